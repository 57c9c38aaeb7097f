#include "mainwindow.h"

#include "connectionsession.h"
#include "filepane.h"
#include "filesortproxymodel.h"
#include "fileview.h"
#include "ftplocation.h"
#include "localpane.h"
#include "logpanel.h"
#include "mainwindowactions.h"
#include "net/certificates.h"
#include "passwordstore.h"
#include "quickconnectbar.h"
#include "remotepane.h"
#include "securityindicator.h"
#include "serverpanel.h"
#include "servertlssection.h"
#include "settingsdialog.h"
#include "site.h"
#include "sitemanagerdialog.h"
#include "syncfeatures.h"
#include "transfer/sessionbudget.h"
#include "transfer/transferengine.h"
#include "transferactions.h"
#include "transferpanel.h"
#include "transferqueuemodel.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

// Resources of static libraries must be registered by hand (outside any namespace).
static void initFerryUiResources()
{
    Q_INIT_RESOURCE(ui);
    Q_INIT_RESOURCE(ferry);
}

namespace Ferry {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_settings(AppSettings::load()), m_queue(new TransferEngine(this)),
      m_passwords(new PasswordStore(this)), m_transfers(new TransferActions(m_queue, this)),
      m_quickConnect(new QuickConnectBar(this)), m_budget(std::make_shared<SessionBudget>()),
      m_tabs(new ConnectionTabs(m_transfers, m_passwords, m_budget, this))
{
    initFerryUiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Ferry"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ferry.svg")));
    AppSettings::applyTheme(m_settings.theme);

    TransferSettings transferSettings = m_settings.transferSettings(m_queue->settings());
    transferSettings.progressIntervalMs = 250;
    transferSettings.sessionBudget = m_budget; // the tabs' connections and the queue's share a board's four
    m_queue->setSettings(transferSettings);

    setCentralWidget(m_tabs);
    m_actions = std::make_unique<MainWindowActions>(this, [this] { return activePane(); });
    createDocks();
    createMenusAndToolBars();
    createStatusBar();
    connectActions();
    m_sync = new SyncFeatures(this, m_queue);
    connect(m_tabs, &ConnectionTabs::sessionAdded, this, &MainWindow::attachSession);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onCurrentTabChanged);
    connect(m_tabs, &ConnectionTabs::tabsChanged, this, &MainWindow::updateActions);

    connect(m_quickConnect, &QuickConnectBar::connectRequested, this, &MainWindow::connectFromQuickBar);
    connect(m_quickConnect, &QuickConnectBar::invalidInput, this,
            [this](const QString& message) { remotePane()->showError(message); });

    // Transfers: the queue's reports go to the tabs on their server.
    connect(m_transfers, &TransferActions::jobsQueued, this, [this] {
        m_transferPanel->showCategory(TransferQueueModel::Category::Active);
        m_transferDock->show();
        m_transferDock->raise();
    });
    connect(m_transfers, &TransferActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(
        m_transfers, &TransferActions::logLine, this,
        [this](const QString& siteId, FtpClient::LogKind kind, const QString& text, const QString& source) {
            for (ConnectionSession* session : m_tabs->sessionsFor(siteId))
                session->logPanel()->append(kind, text, source);
        });
    connect(m_transfers, &TransferActions::jobFailed, this,
            [this](const QString& siteId, TransferDirection direction, const QString& text) {
                for (ConnectionSession* session : m_tabs->sessionsFor(siteId)) {
                    if (direction == TransferDirection::Upload)
                        session->remotePane()->showError(text);
                    else
                        session->localPane()->showError(text);
                }
            });
    connect(m_queue, &TransferEngine::totalsChanged, this, &MainWindow::updateTransferStatus);
    connect(m_transferPanel->model(), &TransferQueueModel::jobFinished, m_transfers,
            &TransferActions::onJobFinished);
    connect(m_transferPanel, &TransferPanel::questionShown, this, [this] {
        m_transferDock->show();
        m_transferDock->raise();
    });

    restoreWindowState();
    updateActions();
    updateConnectionState();
    m_transfers->restoreQueue();
    updateTransferStatus(m_queue->totals());
    localPane()->view()->setFocus();
    TransferActions::removeOldDragOutFolders();
}

MainWindow::~MainWindow()
{
    disconnect(m_queue, nullptr, this, nullptr);
    disconnect(m_tabs, nullptr, this, nullptr);
    for (int i = 0; i < tabCount(); ++i)
        disconnect(sessionAt(i), nullptr, this, nullptr);
    // Unfinished jobs stay in queue.json (paused, partial files kept) for the next run.
    m_queue->pauseAll();
}

int MainWindow::tabCount() const
{
    return m_tabs->count();
}

ConnectionSession* MainWindow::session() const
{
    return m_tabs->current();
}

ConnectionSession* MainWindow::sessionAt(int index) const
{
    return m_tabs->at(index);
}

void MainWindow::closeTab(ConnectionSession* session)
{
    m_tabs->closeTab(session);
}

void MainWindow::attachSession(ConnectionSession* session)
{
    m_logStack->addWidget(session->logPanel());
    connect(session, &ConnectionSession::stateChanged, this, [this, session] {
        if (session == this->session())
            updateConnectionState();
    });
    connect(session, &ConnectionSession::securityChanged, this, [this, session] {
        if (session == this->session())
            updateSecurityIndicator();
    });
    connect(session, &ConnectionSession::actionsChanged, this, [this, session] {
        if (session == this->session())
            updateActions();
    });
    connect(session, &ConnectionSession::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(session, &ConnectionSession::contextMenuRequested, this, &MainWindow::showPaneMenu);
    connect(session, &ConnectionSession::loginChosen, this,
            [this, session](const FtpLogin& login, TlsMode mode) {
                if (session == this->session())
                    m_quickConnect->setFields(login, mode);
            });
    connect(session, &ConnectionSession::connected, m_quickConnect, &QuickConnectBar::addRecent);
}

void MainWindow::onCurrentTabChanged()
{
    ConnectionSession* shown = session();
    if (!shown)
        return;
    m_sync->setSession(shown);
    m_logStack->setCurrentWidget(shown->logPanel());
    // The quick-connect bar shows the tab's server (never a password): Connect reconnects it.
    if (shown->hasServer()) {
        const FtpLogin login = shown->login();
        m_quickConnect->setFields(FtpLogin{login.host, login.port, login.user, QString()}, shown->tlsMode());
    }
    updateConnectionState();
    if (isActiveWindow())
        shown->activePane()->view()->setFocus(Qt::OtherFocusReason);
}

LocalPane* MainWindow::localPane() const
{
    return session()->localPane();
}

RemotePane* MainWindow::remotePane() const
{
    return session()->remotePane();
}

LogPanel* MainWindow::logPanel() const
{
    return session()->logPanel();
}

RemoteBrowser* MainWindow::client() const
{
    return session()->client();
}

FilePane* MainWindow::activePane() const
{
    return session()->activePane();
}

QSplitter* MainWindow::splitter() const
{
    return session()->splitter();
}

QString MainWindow::dragOutFolder()
{
    return TransferActions::dragOutFolder();
}

QString MainWindow::queueFile()
{
    return TransferActions::queueFile();
}

QString MainWindow::siteIdFor(const FtpLogin& login)
{
    return TransferActions::siteIdFor(login);
}

void MainWindow::connectActions()
{
    MainWindowActions& a = *m_actions;
    connect(a.siteManager, &QAction::triggered, this, [this] { openSiteManager(false); });
    connect(a.newSite, &QAction::triggered, this, [this] { openSiteManager(true); });
    connect(a.focusQuickConnect, &QAction::triggered, this, [this] {
        m_quickConnect->hostBox()->setFocus();
        m_quickConnect->hostBox()->lineEdit()->selectAll();
    });
    connect(a.disconnect, &QAction::triggered, this, &MainWindow::disconnectFromServer);
    connect(a.settings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(a.showHidden, &QAction::toggled, m_tabs, &ConnectionTabs::setShowHidden);
    connect(a.newTab, &QAction::triggered, this, [this] {
        m_tabs->newTab();
        m_actions->focusQuickConnect->trigger(); // type the next server right away
    });
    connect(a.closeTab, &QAction::triggered, this, [this] { m_tabs->closeTab(session()); });
    connect(a.nextTab, &QAction::triggered, m_tabs, &ConnectionTabs::showNext);
    connect(a.previousTab, &QAction::triggered, m_tabs, &ConnectionTabs::showPrevious);
    connect(a.switchPane, &QAction::triggered, this, [this] {
        FilePane* other = activePane() == localPane() ? static_cast<FilePane*>(remotePane())
                                                      : static_cast<FilePane*>(localPane());
        other->view()->setFocus(Qt::TabFocusReason);
    });
    connect(a.transferQueue, &QAction::triggered, this, &MainWindow::showTransferQueue);
    connect(a.cancelTransfers, &QAction::triggered, m_queue, &TransferEngine::cancelAll);
}

void MainWindow::createMenusAndToolBars()
{
    m_mainToolBar = addToolBar(tr("Main"));
    m_mainToolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_mainToolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_actions->fillToolBar(m_mainToolBar, m_serverPanelAction);
    m_quickToolBar = addToolBar(tr("Quick Connect"));
    m_quickToolBar->setObjectName(QStringLiteral("quickConnectToolBar"));
    m_quickToolBar->addWidget(m_quickConnect);

    m_sitesMenu = new QMenu(this);
    connect(m_sitesMenu, &QMenu::aboutToShow, this, &MainWindow::populateSitesMenu);
    auto* about = new QAction(tr("&About Ferry"), this);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    m_actions->fillMenuBar(
        menuBar(), m_sitesMenu, {m_logDock->toggleViewAction(), m_transferDock->toggleViewAction()},
        m_serverPanelAction, {m_mainToolBar->toggleViewAction(), m_quickToolBar->toggleViewAction()}, about);
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(QMessageBox::Information, tr("About Ferry"),
                                tr("<h3>Ferry %1</h3><p>File transfer over FTP, for boards and desktops.</p>")
                                    .arg(QCoreApplication::applicationVersion()),
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::createDocks()
{
    // The message log of the session shown.
    m_logStack = new QStackedWidget(this);
    m_logStack->setObjectName(QStringLiteral("logStack"));
    m_logDock = new QDockWidget(tr("Message Log"), this);
    m_logDock->setObjectName(QStringLiteral("logDock"));
    m_logDock->setWidget(m_logStack);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);

    m_transferPanel = new TransferPanel(m_queue, this);
    m_transferDock = new QDockWidget(tr("Transfers"), this);
    m_transferDock->setObjectName(QStringLiteral("transferDock"));
    m_transferDock->setWidget(m_transferPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_transferDock);
    tabifyDockWidget(m_logDock, m_transferDock);
    m_logDock->raise();

    // The embedded server (core/server): share a folder over FTP.
    m_serverPanel = new ServerPanel(m_passwords, this);
    m_serverDock = new QDockWidget(tr("Server"), this);
    m_serverDock->setObjectName(QStringLiteral("serverDock"));
    m_serverDock->setWidget(m_serverPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_serverDock);
    connect(m_serverPanel, &ServerPanel::connectRequested, this,
            [this](const QUrl& url) { openUrl(url, TabChoice::NewIfBusy); });
    connect(m_serverPanel, &ServerPanel::runningChanged, this, [this](bool running) {
        statusBar()->showMessage(running
                                     ? tr("The FTP server is running on port %1.").arg(m_serverPanel->port())
                                     : tr("The FTP server is stopped."),
                                 8000);
    });
    m_serverPanelAction = m_serverDock->toggleViewAction();
    m_serverPanelAction->setObjectName(QStringLiteral("actionServerPanel"));
    m_serverPanelAction->setIcon(QIcon(QStringLiteral(":/ui/icons/server.svg")));
    m_serverPanelAction->setText(tr("FTP &Server"));
    m_serverPanelAction->setToolTip(tr("Show or hide the FTP server panel: share a folder over FTP"));
    m_serverPanelAction->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_serverDock->hide();
}

void MainWindow::createStatusBar()
{
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("connectionState"));
    m_transferLabel = new QLabel(this);
    m_transferLabel->setObjectName(QStringLiteral("transferState"));
    m_transferProgress = new QProgressBar(this);
    m_transferProgress->setMaximumWidth(140);
    m_transferProgress->setMaximumHeight(statusBar()->fontMetrics().height());
    m_transferProgress->setTextVisible(false);
    m_transferProgress->setVisible(false);
    m_rateLabel = new QLabel(this);
    m_rateLabel->setObjectName(QStringLiteral("throughput"));
    statusBar()->addPermanentWidget(m_transferLabel);
    statusBar()->addPermanentWidget(m_transferProgress);
    statusBar()->addPermanentWidget(m_rateLabel);
    m_securityIndicator = new SecurityIndicator(this);
    statusBar()->addPermanentWidget(m_securityIndicator);
    statusBar()->addPermanentWidget(m_stateLabel);
}

void MainWindow::updateActions()
{
    if (session())
        m_actions->update(session(), !m_queue->isIdle(), tabCount());
}

void MainWindow::updateConnectionState()
{
    ConnectionSession* shown = session();
    m_stateLabel->setText(shown->stateText());
    setWindowTitle(shown->isConnected()
                       ? tr("%1 — Ferry").arg(ConnectionSession::describeLogin(shown->login()))
                       : tr("Ferry"));
    updateSecurityIndicator();
    updateActions();
}

void MainWindow::updateSecurityIndicator()
{
    ConnectionSession* shown = session();
    const FtpLogin login = shown->login();
    m_securityIndicator->setConnection(shown->isConnected(), shown->security(), login.host, login.port);
}

void MainWindow::showPaneMenu(FilePane* pane, const QPoint& globalPos)
{
    session()->setActivePane(pane);
    pane->view()->setFocus(Qt::PopupFocusReason);
    updateActions();
    QMenu menu(this);
    m_actions->fillPaneMenu(&menu);
    m_sync->addPaneActions(&menu, pane);
    menu.exec(globalPos);
}

void MainWindow::showTransferQueue()
{
    m_transferDock->show();
    m_transferDock->raise();
    m_transferPanel->view()->setFocus(Qt::ShortcutFocusReason);
    QAbstractItemView* view = m_transferPanel->view();
    // Keys act on the selection: start with the current (or first) job selected.
    QModelIndex current = view->currentIndex();
    if (!current.isValid() && view->model()->rowCount() > 0)
        current = view->model()->index(0, 0);
    if (current.isValid() && !view->selectionModel()->hasSelection()) {
        view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    }
}

FtpClientOptions MainWindow::trustingOwnServer(FtpClientOptions options) const
{
    // The server panel's own certificate (self-signed, made and kept by this Ferry) is trusted without a
    // question while the panel serves: connecting to it ("Connect to this server", or typing its address)
    // pins this very key. Any other server's certificate is judged as usual.
    if (m_serverPanel && m_serverPanel->isRunning()) {
        if (const auto fingerprint = parseFingerprint(m_serverPanel->tlsSection()->fingerprint()))
            options.tls.acceptedFingerprints << *fingerprint;
    }
    return options;
}

void MainWindow::connectTo(const FtpLogin& login, const FtpClientOptions& options, const QString& remotePath,
                           const QString& localPath, int maxConnections)
{
    session()->connectTo(login, trustingOwnServer(options), remotePath, localPath, maxConnections);
}

void MainWindow::connectToSite(const Site& site, TabChoice where)
{
    m_tabs->sessionFor(where)->connectToSite(site);
}

void MainWindow::connectFromQuickBar(const FtpLogin& login, const QString& path, TlsMode mode)
{
    // A connected tab stays as it is: the new connection gets a tab of its own.
    ConnectionSession* target = m_tabs->sessionFor(TabChoice::NewIfBusy);
    const FtpLogin shown = target->login();
    const bool sameServer = target->hasServer() && shown.host == login.host && shown.port == login.port &&
                            shown.user == login.user && target->tlsMode() == mode;
    if (sameServer && path.isEmpty() && login.password.isEmpty() && !login.isAnonymous()) {
        // The tab's own server without a password typed (a tab restored after a restart): its site's
        // keychain entry, or a question, and back to the folder it showed.
        target->reconnect(trustingOwnServer(m_settings.clientOptions()));
        return;
    }
    FtpClientOptions options = trustingOwnServer(m_settings.clientOptions());
    options.tls.mode = mode;
    target->connectTo(login, options, path.isEmpty() && sameServer ? target->lastRemotePath() : path);
}

bool MainWindow::openUrl(const QUrl& url, TabChoice where)
{
    QString error;
    const std::optional<FtpLocation> location = FtpLocation::parse(url.toString(QUrl::FullyEncoded), &error);
    if (!location) {
        remotePane()->showError(error);
        statusBar()->showMessage(error, 15000);
        return false;
    }
    FtpLogin login;
    login.host = location->host;
    login.port = location->port;
    login.user = location->user;
    login.password = location->password;
    ConnectionSession* target = m_tabs->sessionFor(where);
    m_quickConnect->setFields(login, location->tlsMode);
    FtpClientOptions options = trustingOwnServer(m_settings.clientOptions());
    options.tls.mode = location->tlsMode;
    target->connectTo(login, options, location->path);
    return true;
}

void MainWindow::openArguments(const QStringList& arguments)
{
    if (!arguments.isEmpty())
        openUrl(QUrl(arguments.first(), QUrl::TolerantMode), TabChoice::NewUnlessBlank);
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::disconnectFromServer()
{
    session()->disconnectFromServer();
}

void MainWindow::updateTransferStatus(const TransferTotals& totals)
{
    const bool busy = totals.runningJobs > 0 || totals.queuedJobs > 0;
    m_transferProgress->setVisible(busy);
    if (!busy) {
        m_transferLabel->clear();
        m_rateLabel->clear();
    } else {
        m_transferLabel->setText(tr("%n transfer(s)", nullptr, totals.runningJobs + totals.queuedJobs));
        m_rateLabel->setText(TransferQueueModel::formatRate(totals.bytesPerSecond));
        if (totals.bytesTotal > 0) {
            m_transferProgress->setRange(0, 1000);
            m_transferProgress->setValue(
                int(qBound(qint64(0), totals.bytesDone * 1000 / totals.bytesTotal, qint64(1000))));
        } else {
            m_transferProgress->setRange(0, 0);
        }
    }
    m_actions->cancelTransfers->setEnabled(busy || totals.pausedJobs > 0);
}

void MainWindow::populateSitesMenu()
{
    m_sitesMenu->clear();
    const QList<Site> sites = Site::loadAll();
    if (sites.isEmpty()) {
        QAction* none = m_sitesMenu->addAction(tr("No saved sites"));
        none->setEnabled(false);
        return;
    }
    for (const Site& site : sites) {
        QAction* action =
            m_sitesMenu->addAction(QIcon(QStringLiteral(":/ui/icons/server.svg")), site.fullName());
        connect(action, &QAction::triggered, this,
                [this, site] { connectToSite(site, TabChoice::NewIfBusy); });
    }
}

void MainWindow::openSiteManager(bool newSite)
{
    const QList<SiteManagerDialog*> open = findChildren<SiteManagerDialog*>();
    for (SiteManagerDialog* existing : open) {
        if (!existing->isVisible())
            continue; // closed, about to be deleted
        existing->raise();
        existing->activateWindow();
        if (newSite)
            existing->newSite();
        return;
    }
    auto* dialog = new SiteManagerDialog(m_passwords, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SiteManagerDialog::connectRequested, this,
            [this](const Site& site) { connectToSite(site, TabChoice::NewIfBusy); });
    connect(dialog, &SiteManagerDialog::passwordsStored, this, [this](bool ok, const QString& message) {
        if (!ok)
            statusBar()->showMessage(message, 15000);
    });
    if (newSite)
        dialog->newSite();
    dialog->show();
}

void MainWindow::openSettings()
{
    const QList<SettingsDialog*> open = findChildren<SettingsDialog*>();
    for (SettingsDialog* existing : open) {
        if (existing->isVisible()) {
            existing->raise();
            return;
        }
    }
    auto* dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::settingsChanged, this, &MainWindow::applySettings);
    dialog->show();
}

void MainWindow::applySettings(const AppSettings& settings)
{
    const bool languageChanged = settings.language != m_settings.language;
    m_settings = settings;
    AppSettings::applyTheme(settings.theme);
    m_queue->setSettings(settings.transferSettings(m_queue->settings()));
    if (languageChanged)
        statusBar()->showMessage(tr("The new language takes effect when Ferry starts again."), 10000);
}

void MainWindow::restoreWindowState()
{
    const std::unique_ptr<QSettings> s = AppSettings::openSettings();
    s->beginGroup(QStringLiteral("window"));
    if (!restoreGeometry(s->value(QStringLiteral("geometry")).toByteArray()))
        resize(1100, 720);
    restoreState(s->value(QStringLiteral("state")).toByteArray());
    m_actions->showHidden->setChecked(s->value(QStringLiteral("showHidden"), false).toBool());
    // The tabs of the last run: their servers (not connected, no passwords) and folders.
    m_tabs->restoreTabs(*s);
    s->endGroup();
    onCurrentTabChanged();
}

void MainWindow::saveWindowState()
{
    const std::unique_ptr<QSettings> s = AppSettings::openSettings();
    s->beginGroup(QStringLiteral("window"));
    s->setValue(QStringLiteral("geometry"), saveGeometry());
    s->setValue(QStringLiteral("state"), saveState());
    s->setValue(QStringLiteral("showHidden"), m_actions->showHidden->isChecked());
    m_tabs->saveTabs(*s);
    s->endGroup();
    s->sync();
    m_serverPanel->saveSettings();
}

QString MainWindow::quitWarning() const
{
    QStringList reasons;
    const TransferTotals totals = m_queue->totals();
    const int transfers = totals.runningJobs + totals.queuedJobs;
    if (transfers > 0)
        reasons << tr("%n transfer(s) are still running. They stay in the queue, paused, and continue when "
                      "you resume them after Ferry starts again.",
                      nullptr, transfers);
    const int sessions = m_serverPanel && m_serverPanel->isRunning() ? m_serverPanel->sessionCount() : 0;
    if (sessions > 0)
        reasons << tr("The FTP server has %n connected session(s); quitting disconnects them.", nullptr,
                      sessions);
    return reasons.join(QStringLiteral("\n\n"));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    const QString warning = m_closeConfirmed ? QString() : quitWarning();
    if (!warning.isEmpty()) {
        event->ignore();
        auto* box =
            new QMessageBox(QMessageBox::Question, tr("Quit Ferry?"), warning, QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("confirmQuit"));
        QPushButton* quit = box->addButton(tr("&Quit"), QMessageBox::DestructiveRole);
        box->addButton(tr("&Keep running"), QMessageBox::RejectRole);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box, quit](int) {
            if (box->clickedButton() != quit)
                return;
            m_closeConfirmed = true;
            close();
        });
        box->open();
        return;
    }
    saveWindowState();
    m_transfers->pauseAndSave();
    m_tabs->quitServers();
    event->accept();
}

} // namespace Ferry
