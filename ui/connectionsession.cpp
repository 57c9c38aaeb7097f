#include "connectionsession.h"

#include "client/ftpoperation.h"
#include "filesortproxymodel.h"
#include "fileview.h"
#include "localpane.h"
#include "logpanel.h"
#include "passwordstore.h"
#include "remotefilemodel.h"
#include "remotepane.h"
#include "site.h"
#include "transferactions.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
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

ConnectionSession::ConnectionSession(TransferActions* transfers, PasswordStore* passwords, QWidget* parent)
    : QWidget(parent), m_transfers(transfers), m_passwords(passwords), m_client(new FtpClient(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_localPane(new LocalPane(m_splitter)),
      m_remotePane(new RemotePane(m_client, m_splitter)), m_logPanel(new LogPanel)
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
    connect(m_client, &FtpClient::logMessage, this, [this](FtpClient::LogKind kind, const QString& text) {
        if (m_logPanel)
            m_logPanel->append(kind, text);
    });
    connect(m_client, &FtpClient::stateChanged, this, &ConnectionSession::onStateChanged);
    connect(m_client, &FtpClient::disconnected, this, &ConnectionSession::onDisconnected);

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
    connect(m_remotePane, &RemotePane::pathChanged, this,
            [this](const QString& path) { m_lastRemotePath = path; });
    m_remotePane->setDragOutFetcher(
        [this](const QList<RemoteItem>& items) { return m_transfers->fetchForDragOut(this, items); });
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
    disconnect(m_client, nullptr, this, nullptr);
    m_client->abortConnection();
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

QString ConnectionSession::stateText() const
{
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
    if (login.host.isEmpty()) {
        m_remotePane->showError(tr("Enter a host name or an ftp:// URL."));
        return;
    }
    if (m_connectOperation)
        disconnect(m_connectOperation, nullptr, this, nullptr);
    m_connectOperation = nullptr;
    m_sessionUp = false;
    if (m_client->state() != FtpClient::State::Unconnected)
        m_client->abortConnection();
    m_remotePane->setConnected(false);
    m_login = login;
    m_client->setOptions(options);
    m_remotePane->setLogin(login);
    // The queue's site for this server: transfers open connections of their own with this login.
    m_siteId = m_transfers->setSite(login, options, maxConnections);
    if (!localPath.isEmpty())
        m_localPane->navigateTo(localPath);
    m_remotePane->showInfo(tr("Connecting to %1…").arg(describeLogin(login)));

    FtpOperation* operation = m_client->connectToHost(login);
    m_connectOperation = operation;
    connect(operation, &FtpOperation::finished, this, [this, operation, login, remotePath] {
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
        Q_EMIT connected(login, remotePath);
        m_remotePane->setConnected(true, remotePath);
        Q_EMIT actionsChanged();
    });
}

void ConnectionSession::connectToSite(const Site& site)
{
    const FtpLogin login = site.login();
    Q_EMIT loginChosen(FtpLogin{login.host, login.port, login.user, QString()});
    const auto go = [this, site](const QString& password) {
        FtpLogin l = site.login();
        l.password = password;
        connectTo(l, site.options(), site.remoteFolder, site.localFolder, site.maxConnections);
    };
    if (!site.password.isEmpty() || login.isAnonymous()) {
        go(site.password);
        return;
    }
    const QPointer<ConnectionSession> self(this);
    const auto ask = [self, site, go](const QString& why) {
        if (!self)
            return;
        auto* dialog = new QInputDialog(self);
        dialog->setObjectName(QStringLiteral("passwordDialog"));
        dialog->setWindowTitle(tr("Password"));
        dialog->setLabelText(why.isEmpty() ? tr("Password for %1 on %2:").arg(site.user, site.host)
                                           : tr("%1\nPassword for %2 on %3:").arg(why, site.user, site.host));
        dialog->setTextEchoMode(QLineEdit::Password);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QInputDialog::textValueSelected, self, go);
        dialog->open();
    };
    if (site.rememberPassword && PasswordStore::isAvailable() && m_passwords) {
        m_passwords->read(Site::keychainKey(site.id),
                          [go, ask](bool ok, const QString& password, const QString& error) {
                              if (ok && !password.isEmpty())
                                  go(password);
                              else
                                  ask(tr("The keychain has no password for this site (%1).").arg(error));
                          });
        return;
    }
    ask(QString());
}

void ConnectionSession::disconnectFromServer()
{
    // Transfers run on connections of their own and go on: the queue panel pauses or cancels them.
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

} // namespace Ferry
