#include "connectionsession.h"

#include "browse/browserequest.h"
#include "certificatedialog.h"
#include "certificateprompt.h"
#include "filesortproxymodel.h"
#include "fileview.h"
#include "localpane.h"
#include "logpanel.h"
#include "net/certificatetruststore.h"
#include "passwordstore.h"
#include "remotefilemodel.h"
#include "remotepane.h"
#include "site.h"
#include "transfer/sessionbudget.h"
#include "transferactions.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

namespace Ferry {

namespace {

// Keeps a current row in a pane that has the focus, so that the keyboard has somewhere to start.
void ensureCurrentRow(FilePane* pane)
{
    if (!pane->view()->currentIndex().isValid() && pane->proxy()->rowCount(pane->view()->rootIndex()) > 0)
        pane->view()->setCurrentIndex(pane->proxy()->index(0, 0, pane->view()->rootIndex()));
}

} // namespace

ConnectionSession::ConnectionSession(TransferActions* transfers, PasswordStore* passwords,
                                     std::shared_ptr<SessionBudget> budget, QWidget* parent)
    : QWidget(parent), m_transfers(transfers), m_passwords(passwords), m_budget(std::move(budget)),
      m_client(new RemoteBrowser(this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_localPane(new LocalPane(m_splitter)), m_remotePane(new RemotePane(m_client, m_splitter)),
      m_logPanel(new LogPanel), m_certificatePrompt(new CertificatePrompt(m_client, this))
{
    setObjectName(QStringLiteral("connectionSession"));
    m_splitter->setObjectName(QStringLiteral("paneSplitter"));
    m_splitter->addWidget(m_localPane);
    m_splitter->addWidget(m_remotePane);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    m_activePane = m_localPane;

    // The browsing connection.
    connect(m_client, &RemoteBrowser::logMessage, this, [this](FtpClient::LogKind kind, const QString& text) {
        if (m_logPanel)
            m_logPanel->append(kind, text);
    });
    connect(m_client, &RemoteBrowser::stateChanged, this, &ConnectionSession::onStateChanged);
    connect(m_client, &RemoteBrowser::disconnected, this, &ConnectionSession::onDisconnected);
    connect(m_client, &RemoteBrowser::securityChanged, this, &ConnectionSession::securityChanged);
    connect(m_certificatePrompt, &CertificatePrompt::answered, this, [this](CertificateAnswer answer) {
        m_alwaysTrustAsked = answer == CertificateAnswer::AcceptAlways;
    });
    if (m_budget)
        connect(m_budget.get(), &SessionBudget::released, this, &ConnectionSession::onSessionReleased);

    // Panes.
    for (FilePane* pane : {static_cast<FilePane*>(m_localPane), static_cast<FilePane*>(m_remotePane)}) {
        connect(pane, &FilePane::contextMenuRequested, this,
                [this, pane](const QPoint& pos) { Q_EMIT contextMenuRequested(pane, pos); });
        connect(pane, &FilePane::switchPaneRequested, this, [this, pane] {
            FilePane* other = pane == m_localPane ? static_cast<FilePane*>(m_remotePane) : m_localPane;
            other->view()->setFocus(Qt::TabFocusReason);
            ensureCurrentRow(other);
        });
        connect(pane, &FilePane::statusMessage, this,
                [this](const QString& text) { Q_EMIT statusMessage(text, 8000); });
        connect(pane, &FilePane::pathChanged, this, &ConnectionSession::actionsChanged);
        connect(pane->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &ConnectionSession::actionsChanged);
        connect(pane->proxy(), &QAbstractItemModel::modelReset, this, [pane] {
            // A new listing.
            if (pane->view()->hasFocus())
                ensureCurrentRow(pane);
        });
    }
    connect(m_localPane, &LocalPane::uploadRequested, this, [this](const QStringList& paths) {
        m_transfers->upload(this, paths, m_remotePane->currentPath());
    });
    connect(m_localPane, &LocalPane::downloadRequested, this,
            [this](const QList<RemoteItem>& items, const QString& localFolder) {
                m_transfers->download(this, items, localFolder);
            });
    connect(m_remotePane, &RemotePane::uploadRequested, this,
            [this](const QStringList& paths, const QString& remoteFolder) {
                m_transfers->upload(this, paths, remoteFolder);
            });
    connect(m_remotePane, &RemotePane::downloadRequested, this, [this](const QList<RemoteItem>& items) {
        m_transfers->download(this, items, m_localPane->currentPath());
    });
    connect(m_remotePane, &RemotePane::pathChanged, this, [this](const QString& path) {
        m_lastRemotePath = path;
        Q_EMIT remoteFolderShown(path);
    });
    // A drag's data may outlive the window: the fetcher checks that both are still there.
    m_remotePane->setDragOutFetcher(
        [session = QPointer<ConnectionSession>(this),
         transfers = QPointer<TransferActions>(m_transfers)](const QList<RemoteItem>& items) {
            return session && transfers ? transfers->fetchForDragOut(session, items) : QList<QUrl>();
        });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        for (QWidget* w = now; w; w = w->parentWidget()) {
            if (w == m_localPane || w == m_remotePane) {
                setActivePane(static_cast<FilePane*>(w));
                return;
            }
        }
    });

    // Uploads change the server's folders: list them again, a moment after the last change.
    m_remoteRefreshTimer.setSingleShot(true);
    m_remoteRefreshTimer.setInterval(300);
    connect(&m_remoteRefreshTimer, &QTimer::timeout, this, &ConnectionSession::flushRemoteRefresh);
    onStateChanged(FtpClient::State::Unconnected);
}

ConnectionSession::~ConnectionSession()
{
    stopWaiting();
    disconnect(m_client, nullptr, this, nullptr);
    m_client->abortConnection();
    releaseSession();
    delete m_logPanel; // shown in the window's log dock, which does not own it
}

QString ConnectionSession::describeLogin(const FtpLogin& login)
{
    QString host =
        login.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(login.host) : login.host;
    if (login.port != 21)
        host += QStringLiteral(":%1").arg(login.port);
    return login.user.isEmpty() ? host : login.user + QLatin1Char('@') + host;
}

FilePane* ConnectionSession::activePane() const
{
    return m_activePane ? m_activePane.data() : static_cast<FilePane*>(m_localPane);
}

void ConnectionSession::setActivePane(FilePane* pane)
{
    if (m_activePane == pane)
        return;
    m_activePane = pane;
    Q_EMIT actionsChanged();
}

QString ConnectionSession::title() const
{
    if (!m_siteName.isEmpty())
        return m_siteName;
    return hasServer() ? describeLogin(m_login) : tr("New tab");
}

QString ConnectionSession::stateText() const
{
    if (m_pending)
        return tr("Waiting for a free session on %1…").arg(describeLogin(m_login));
    switch (m_client->state()) {
    case FtpClient::State::Unconnected:
        return tr("Not connected");
    case FtpClient::State::Connecting:
        return tr("Connecting to %1…").arg(describeLogin(m_login));
    case FtpClient::State::LoggingIn:
        return tr("Logging in to %1…").arg(describeLogin(m_login));
    case FtpClient::State::Connected:
        return tr("Connected to %1").arg(describeLogin(m_login));
    case FtpClient::State::Closing:
        return tr("Disconnecting…");
    }
    return QString();
}

void ConnectionSession::onStateChanged(FtpClient::State state)
{
    if (state == FtpClient::State::Unconnected)
        releaseSession(); // every connection, whatever its end, ends here
    Q_EMIT stateChanged(state);
    Q_EMIT actionsChanged();
}

void ConnectionSession::onDisconnected(const QString& reason)
{
    if (m_connectOperation || !m_sessionUp)
        return; // the logon operation reports its own failure
    m_sessionUp = false;
    m_remotePane->setConnected(false);
    if (!reason.isEmpty()) {
        const QString text = tr("The connection to %1 was lost: %2").arg(describeLogin(m_login), reason);
        m_remotePane->showError(text);
        Q_EMIT statusMessage(text, 15000);
    } else {
        m_remotePane->showInfo(tr("Disconnected from %1.").arg(describeLogin(m_login)));
    }
    Q_EMIT actionsChanged();
}

void ConnectionSession::connectTo(const FtpLogin& login, const FtpClientOptions& options,
                                  const QString& remotePath, const QString& localPath, int maxConnections)
{
    m_siteRef.clear();
    m_siteName.clear();
    beginConnect(login, options, remotePath, localPath, maxConnections);
}

void ConnectionSession::beginConnect(const FtpLogin& login, const FtpClientOptions& options,
                                     const QString& remotePath, const QString& localPath, int maxConnections)
{
    if (login.host.isEmpty()) {
        m_remotePane->showError(tr("Enter a host name or an ftp:// URL."));
        return;
    }
    stopWaiting();
    if (m_connectOperation)
        disconnect(m_connectOperation, nullptr, this, nullptr);
    m_connectOperation = nullptr;
    m_sessionUp = false;
    if (m_client->state() != FtpClient::State::Unconnected)
        m_client->abortConnection();
    releaseSession();
    m_remotePane->setConnected(false);
    m_login = login;
    m_options = options;
    m_maxConnections = maxConnections;
    m_client->setOptions(options);
    m_remotePane->setLogin(login);
    // The queue's site for this server: transfers open connections of their own with this login.
    m_siteId = m_transfers->setSite(login, options, maxConnections);
    if (!localPath.isEmpty())
        m_localPane->navigateTo(localPath);
    startConnect(PendingConnect{login, options, remotePath, maxConnections});
}

void ConnectionSession::startConnect(const PendingConnect& request)
{
    const QString server = SessionBudget::serverKey(request.login.host, request.login.port);
    if (m_budget && !m_budget->tryAcquire(server, SessionBudget::Use::Browsing)) {
        // Every session of the server is taken (a board's four): wait for one, first in line.
        if (!m_pending)
            m_budget->setBrowsingWaiting(server, true);
        m_pending = request;
        const int limit = m_budget->limit(server);
        m_remotePane->showInfo(
            tr("Waiting for a free session: %1 serves %n session(s) at once and all of them are in use "
               "(%2 by tabs, %3 by transfers). This tab connects as soon as one is free; closing another "
               "tab on this server frees one.",
               nullptr, limit)
                .arg(describeLogin(request.login))
                .arg(m_budget->inUse(server, SessionBudget::Use::Browsing))
                .arg(m_budget->inUse(server, SessionBudget::Use::Transfer)));
        Q_EMIT stateChanged(m_client->state());
        Q_EMIT actionsChanged();
        return;
    }
    if (m_pending) {
        m_budget->setBrowsingWaiting(server, false);
        m_pending.reset();
    }
    m_heldServer = m_budget ? server : QString();
    m_alwaysTrustAsked = false;
    m_remotePane->showInfo(tr("Connecting to %1…").arg(describeLogin(request.login)));

    const FtpLogin login = request.login;
    const QString remotePath = request.remotePath;
    BrowseRequest* operation = m_client->connectToHost(login);
    m_connectOperation = operation;
    connect(operation, &BrowseRequest::finished, this, [this, operation, login, remotePath] {
        if (m_connectOperation != operation)
            return;
        m_connectOperation = nullptr;
        if (!operation->succeeded()) {
            const QString text =
                tr("Could not connect to %1: %2").arg(describeLogin(login), operation->errorString());
            m_remotePane->setConnected(false);
            m_remotePane->showError(text);
            Q_EMIT statusMessage(text, 15000);
            return;
        }
        m_sessionUp = true;
        if (m_budget && !m_heldServer.isEmpty())
            m_budget->noteServerKind(m_heldServer, m_client->capabilities().isMinimal());
        shareSecurityWithTransfers();
        Q_EMIT connected(login, remotePath, m_options.tls.mode);
        m_remotePane->setConnected(true, remotePath);
        if (m_alwaysTrustAsked && m_client->security().trust != ConnectionSecurity::Trust::TrustStore) {
            // "Always" was asked for but the trust store could not keep it.
            const QString text =
                tr("The certificate of %1 is trusted for this connection only: Ferry could not keep it in %2 "
                   "for the next time.")
                    .arg(CertificateDialog::hostAndPort(login.host, login.port),
                         QDir::toNativeSeparators(CertificateTrustStore::defaultPath()));
            m_remotePane->showError(text);
            Q_EMIT statusMessage(text, 15000);
        }
        Q_EMIT actionsChanged();
    });
}

void ConnectionSession::shareSecurityWithTransfers()
{
    const ConnectionSecurity security = m_client->security();
    if (!security.isEncrypted())
        return; // transfers find out for themselves (a board: one refused AUTH each)
    FtpClientOptions options = m_options;
    // A server that spoke TLS to this connection is not talked to in clear text by the transfers: a
    // refused AUTH on their connections is an attack or a fault, not a reason to send the password openly.
    if (options.tls.mode == TlsMode::Auto)
        options.tls.mode = TlsMode::Explicit;
    // The user's decision about this server's certificate holds for the transfers' connections too.
    if (!security.acceptedFingerprint.isEmpty() &&
        !options.tls.acceptedFingerprints.contains(security.acceptedFingerprint))
        options.tls.acceptedFingerprints.append(security.acceptedFingerprint);
    m_siteId = m_transfers->setSite(m_login, options, m_maxConnections);
}

void ConnectionSession::onSessionReleased(const QString& server)
{
    if (m_pending && server == SessionBudget::serverKey(m_pending->login.host, m_pending->login.port))
        startConnect(*m_pending);
}

void ConnectionSession::stopWaiting()
{
    if (!m_pending)
        return;
    if (m_budget)
        m_budget->setBrowsingWaiting(SessionBudget::serverKey(m_pending->login.host, m_pending->login.port),
                                     false);
    m_pending.reset();
}

void ConnectionSession::releaseSession()
{
    if (m_heldServer.isEmpty())
        return;
    const QString server = m_heldServer;
    m_heldServer.clear();
    m_budget->release(server, SessionBudget::Use::Browsing);
}

void ConnectionSession::connectToSite(const Site& site)
{
    const FtpLogin login = site.login();
    Q_EMIT loginChosen(FtpLogin{login.host, login.port, login.user, QString()}, site.tlsMode);
    if (site.isBoardPreset() && m_budget) // a board before its first connection says so
        m_budget->noteServerKind(SessionBudget::serverKey(login.host, login.port), true);
    const auto go = [this, site](const QString& password) {
        FtpLogin l = site.login();
        l.password = password;
        m_siteRef = site.id;
        m_siteName = site.displayName();
        beginConnect(l, site.options(), site.remoteFolder, site.localFolder, site.maxConnections);
    };
    if (!site.password.isEmpty() || login.isAnonymous()) {
        go(site.password);
        return;
    }
    if (site.rememberPassword && PasswordStore::isAvailable() && m_passwords) {
        const QPointer<ConnectionSession> self(this);
        m_passwords->read(Site::keychainKey(site.id), [self, site, go](bool ok, const QString& password,
                                                                       const QString& error) {
            if (!self)
                return;
            if (ok && !password.isEmpty())
                go(password);
            else
                self->askPassword(site.user, site.host,
                                  tr("The keychain has no password for this site (%1).").arg(error), go);
        });
        return;
    }
    askPassword(site.user, site.host, QString(), go);
}

void ConnectionSession::askPassword(const QString& user, const QString& host, const QString& why,
                                    const std::function<void(const QString&)>& go)
{
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("passwordDialog"));
    dialog->setWindowTitle(tr("Password"));
    dialog->setLabelText(why.isEmpty() ? tr("Password for %1 on %2:").arg(user, host)
                                       : tr("%1\nPassword for %2 on %3:").arg(why, user, host));
    dialog->setTextEchoMode(QLineEdit::Password);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, go);
    dialog->open();
}

void ConnectionSession::reconnect(const FtpClientOptions& options)
{
    if (!hasServer())
        return;
    const QString folder = m_lastRemotePath;
    if (!m_siteRef.isEmpty()) {
        const QList<Site> sites = Site::loadAll();
        for (Site site : sites) {
            if (site.id != m_siteRef)
                continue;
            if (!folder.isEmpty())
                site.remoteFolder = folder;
            site.localFolder.clear(); // the tab keeps the local folder it shows
            connectToSite(site);
            return;
        }
        // The site was deleted meanwhile: reconnect with what the tab knows.
    }
    const FtpLogin login = m_login;
    FtpClientOptions tabOptions = options;
    tabOptions.tls.mode = m_options.tls.mode; // the encryption the tab was connected with
    if (login.isAnonymous() || !login.password.isEmpty()) {
        connectTo(login, tabOptions, folder);
        return;
    }
    Q_EMIT loginChosen(FtpLogin{login.host, login.port, login.user, QString()}, tabOptions.tls.mode);
    askPassword(login.user, login.host, QString(),
                [this, login, options = tabOptions, folder](const QString& password) {
                    FtpLogin l = login;
                    l.password = password;
                    connectTo(l, options, folder);
                });
}

void ConnectionSession::disconnectFromServer()
{
    // Transfers run on connections of their own and go on: the queue panel pauses or cancels them.
    stopWaiting();
    if (m_connectOperation) {
        disconnect(m_connectOperation, nullptr, this, nullptr);
        m_connectOperation = nullptr;
        m_client->abortConnection();
    } else if (m_client->state() == FtpClient::State::Connected) {
        m_client->disconnectFromHost();
    } else {
        m_client->abortConnection();
    }
    m_sessionUp = false;
    m_remotePane->setConnected(false);
    m_remotePane->showInfo(tr("Disconnected."));
    Q_EMIT actionsChanged();
}

void ConnectionSession::quitServer()
{
    if (m_client->state() == FtpClient::State::Connected)
        m_client->disconnectFromHost();
}

void ConnectionSession::setShowHidden(bool show)
{
    m_localPane->setShowHidden(show);
    m_remotePane->setShowHidden(show);
}

void ConnectionSession::remoteFolderChanged(const QString& siteId, const QString& folder)
{
    if (siteId != m_siteId || m_siteId.isEmpty())
        return;
    m_changedRemoteFolders.insert(folder);
    m_remoteRefreshTimer.start();
}

void ConnectionSession::flushRemoteRefresh()
{
    const QSet<QString> folders = m_changedRemoteFolders;
    m_changedRemoteFolders.clear();
    for (const QString& folder : folders)
        m_remotePane->model()->invalidate(folder);
}

void ConnectionSession::saveState(QSettings& settings) const
{
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    if (m_logPanel)
        settings.setValue(QStringLiteral("logLevel"), int(m_logPanel->level()));
    settings.setValue(QStringLiteral("localFolder"), m_localPane->currentPath());
    settings.setValue(QStringLiteral("localColumns"), m_localPane->view()->header()->saveState());
    settings.setValue(QStringLiteral("remoteColumns"), m_remotePane->view()->header()->saveState());
    settings.setValue(QStringLiteral("localHistory"), m_localPane->history());
    settings.setValue(QStringLiteral("remoteHistory"), m_remotePane->history());
    settings.setValue(QStringLiteral("remoteFolder"), m_lastRemotePath);
}

void ConnectionSession::restoreState(const QSettings& settings)
{
    if (!m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray()))
        m_splitter->setSizes({1, 1});
    if (m_logPanel)
        m_logPanel->setLevel(
            static_cast<LogPanel::Level>(settings.value(QStringLiteral("logLevel"), 0).toInt()));
    m_localPane->view()->header()->restoreState(settings.value(QStringLiteral("localColumns")).toByteArray());
    m_remotePane->view()->header()->restoreState(
        settings.value(QStringLiteral("remoteColumns")).toByteArray());
    m_localPane->setHistory(settings.value(QStringLiteral("localHistory")).toStringList());
    m_remotePane->setHistory(settings.value(QStringLiteral("remoteHistory")).toStringList());
    m_lastRemotePath = settings.value(QStringLiteral("remoteFolder")).toString();
    QString local = settings.value(QStringLiteral("localFolder")).toString();
    if (local.isEmpty() || !QFileInfo(local).isDir())
        local = QDir::homePath();
    m_localPane->navigateTo(local);
}

void ConnectionSession::saveServer(QSettings& settings) const
{
    settings.setValue(QStringLiteral("host"), m_login.host);
    settings.setValue(QStringLiteral("port"), m_login.port);
    settings.setValue(QStringLiteral("user"), m_login.user);
    settings.setValue(QStringLiteral("encryption"), Site::tlsModeKey(m_options.tls.mode));
    settings.setValue(QStringLiteral("site"), m_siteRef);
    settings.setValue(QStringLiteral("siteName"), m_siteName);
}

void ConnectionSession::restoreServer(const QSettings& settings)
{
    FtpLogin login;
    login.host = settings.value(QStringLiteral("host")).toString();
    login.port = quint16(settings.value(QStringLiteral("port"), 21).toUInt());
    login.user = settings.value(QStringLiteral("user")).toString();
    if (login.host.isEmpty())
        return;
    m_login = login;
    m_options.tls.mode = Site::tlsModeFromKey(settings.value(QStringLiteral("encryption")).toString());
    m_siteRef = settings.value(QStringLiteral("site")).toString();
    m_siteName = settings.value(QStringLiteral("siteName")).toString();
    m_siteId = TransferActions::siteIdFor(login); // the queue's reports about its jobs come here
    m_remotePane->setLogin(login);
    m_remotePane->showInfo(
        m_lastRemotePath.isEmpty()
            ? tr("Not connected. When Ferry last ran, this tab was connected to %1. Press Connect to go back "
                 "(Ferry does not keep passwords).")
                  .arg(describeLogin(login))
            : tr("Not connected. When Ferry last ran, this tab showed the folder “%1” of %2. Press Connect "
                 "to "
                 "go back there (Ferry does not keep passwords).")
                  .arg(m_lastRemotePath, describeLogin(login)));
    Q_EMIT stateChanged(m_client->state());
}

void ConnectionSession::copyLayout(const ConnectionSession& other)
{
    m_splitter->restoreState(other.m_splitter->saveState());
    m_localPane->view()->header()->restoreState(other.m_localPane->view()->header()->saveState());
    m_remotePane->view()->header()->restoreState(other.m_remotePane->view()->header()->saveState());
    if (m_logPanel && other.m_logPanel)
        m_logPanel->setLevel(other.m_logPanel->level());
    m_localPane->setHistory(other.m_localPane->history());
    m_localPane->navigateTo(other.m_localPane->currentPath());
}

} // namespace Ferry
