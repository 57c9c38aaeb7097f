#include "mainwindow.h"

#include "actionfactory.h"
#include "client/ftpoperation.h"
#include "filepane.h"
#include "filesortproxymodel.h"
#include "fileview.h"
#include "ftplocation.h"
#include "localpane.h"
#include "logpanel.h"
#include "messagebar.h"
#include "passwordstore.h"
#include "quickconnectbar.h"
#include "remotefilemodel.h"
#include "remotepane.h"
#include "serverpanel.h"
#include "settingsdialog.h"
#include "site.h"
#include "sitemanagerdialog.h"
#include "transfer/transferqueue.h"
#include "transferpanel.h"
#include "transferqueuemodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>

// Resources of static libraries must be registered by hand (outside any namespace).
static void initFerryUiResources()
{
    Q_INIT_RESOURCE(ui);
    Q_INIT_RESOURCE(ferry);
}

namespace Ferry {

namespace {

QString describeLogin(const FtpLogin& login)
{
    QString host =
        login.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(login.host) : login.host;
    if (login.port != 21)
        host += QStringLiteral(":%1").arg(login.port);
    return login.user.isEmpty() ? host : login.user + QLatin1Char('@') + host;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_settings(AppSettings::load()), m_client(new FtpClient(this)),
      m_queue(new TransferQueue(this)), m_passwords(new PasswordStore(this)),
      m_quickConnect(new QuickConnectBar(this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_localPane(new LocalPane(m_splitter)), m_remotePane(new RemotePane(m_client, m_splitter)),
      m_logPanel(new LogPanel(this))
{
    initFerryUiResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Ferry"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/ferry.svg")));
    AppSettings::applyTheme(m_settings.theme);

    m_splitter->setObjectName(QStringLiteral("paneSplitter"));
    m_splitter->addWidget(m_localPane);
    m_splitter->addWidget(m_remotePane);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    setCentralWidget(m_splitter);
    m_activePane = m_localPane;

    createTransferQueue();
    createActions();
    createDocks();
    createToolBars();
    createMenus();
    createStatusBar();

    // The browsing connection.
    connect(m_client, &FtpClient::logMessage, this,
            [this](FtpClient::LogKind kind, const QString& text) { m_logPanel->append(kind, text); });
    connect(m_client, &FtpClient::stateChanged, this, &MainWindow::onStateChanged);
    connect(m_client, &FtpClient::disconnected, this, &MainWindow::onDisconnected);
    connect(m_quickConnect, &QuickConnectBar::connectRequested, this,
            [this](const FtpLogin& login, const QString& path) {
                connectTo(login, m_settings.clientOptions(), path);
            });
    connect(m_quickConnect, &QuickConnectBar::invalidInput, this,
            [this](const QString& message) { m_remotePane->showError(message); });

    // Panes.
    for (FilePane* pane : {static_cast<FilePane*>(m_localPane), static_cast<FilePane*>(m_remotePane)}) {
        connect(pane, &FilePane::contextMenuRequested, this,
                [this, pane](const QPoint& pos) { showPaneMenu(pane, pos); });
        connect(pane, &FilePane::switchPaneRequested, this, [this, pane] {
            FilePane* other = pane == m_localPane ? static_cast<FilePane*>(m_remotePane) : m_localPane;
            other->view()->setFocus(Qt::TabFocusReason);
            if (!other->view()->currentIndex().isValid() &&
                other->proxy()->rowCount(other->view()->rootIndex()) > 0)
                other->view()->setCurrentIndex(other->proxy()->index(0, 0, other->view()->rootIndex()));
        });
        connect(pane, &FilePane::statusMessage, this,
                [this](const QString& text) { statusBar()->showMessage(text, 8000); });
        connect(pane, &FilePane::pathChanged, this, &MainWindow::updateActions);
    }
    connect(m_localPane, &LocalPane::uploadRequested, this,
            [this](const QStringList& paths) { startUpload(paths, m_remotePane->currentPath()); });
    connect(m_localPane, &LocalPane::downloadRequested, this, &MainWindow::startDownload);
    connect(m_remotePane, &RemotePane::uploadRequested, this, &MainWindow::startUpload);
    connect(m_remotePane, &RemotePane::downloadRequested, this,
            [this](const QList<RemoteItem>& items) { startDownload(items, m_localPane->currentPath()); });
    connect(m_remotePane, &RemotePane::pathChanged, this,
            [this](const QString& path) { m_lastRemotePath = path; });
    m_remotePane->setDragOutFetcher(
        [this](const QList<RemoteItem>& items) { return fetchForDragOut(items); });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        for (QWidget* w = now; w; w = w->parentWidget()) {
            if (w == m_localPane || w == m_remotePane) {
                setActivePane(static_cast<FilePane*>(w));
                return;
            }
        }
    });
    for (FilePane* pane : {static_cast<FilePane*>(m_localPane), static_cast<FilePane*>(m_remotePane)}) {
        connect(pane->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &MainWindow::updateActions);
        connect(pane->proxy(), &QAbstractItemModel::modelReset, this, [this, pane] {
            // A new listing: keep a current row so the keyboard has somewhere to start.
            if (pane->view()->hasFocus() && !pane->view()->currentIndex().isValid() &&
                pane->proxy()->rowCount(pane->view()->rootIndex()) > 0)
                pane->view()->setCurrentIndex(pane->proxy()->index(0, 0, pane->view()->rootIndex()));
        });
    }

    // Transfers.
    m_remoteRefreshTimer.setSingleShot(true);
    m_remoteRefreshTimer.setInterval(300);
    connect(&m_remoteRefreshTimer, &QTimer::timeout, this, &MainWindow::flushRemoteRefresh);
    connect(m_queue, &TransferQueue::connectionLog, this,
            [this](const QString&, int connection, FtpClient::LogKind kind, const QString& text) {
                m_logPanel->append(kind, text, tr("transfer %1").arg(connection));
            });
    connect(m_queue, &TransferQueue::logMessage, this, [this](TransferJobId, const QString& text) {
        m_logPanel->append(FtpClient::LogKind::Info, text, tr("queue"));
    });
    connect(m_queue, &TransferQueue::fileFinished, this, &MainWindow::onFileFinished);
    connect(m_queue, &TransferQueue::totalsChanged, this, &MainWindow::updateTransferStatus);
    connect(m_transferPanel->model(), &TransferQueueModel::jobFinished, this, &MainWindow::onJobFinished);
    connect(m_transferPanel, &TransferPanel::questionShown, this, [this] {
        m_transferDock->show();
        m_transferDock->raise();
    });

    restoreWindowState();
    updateActions();
    onStateChanged(FtpClient::State::Unconnected);
    restoreQueue();
    updateTransferStatus(m_queue->totals());
    m_localPane->view()->setFocus();

    // Staging folders of earlier drags to the desktop: the file manager has long copied them.
    QDir staging(dragOutFolder());
    const QFileInfoList old = staging.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo& info : old) {
        if (info.lastModified().secsTo(QDateTime::currentDateTime()) > 24 * 3600)
            QDir(info.absoluteFilePath()).removeRecursively();
    }
}

MainWindow::~MainWindow()
{
    disconnect(m_queue, nullptr, this, nullptr);
    disconnect(m_client, nullptr, this, nullptr);
    // Unfinished jobs stay in queue.json (paused, partial files kept) for the next run.
    m_queue->pauseAll();
    m_client->abortConnection();
}

QAction* MainWindow::makeAction(const QString& name, const QString& icon, const QString& text,
                                const QKeySequence& key, void (MainWindow::*slot)())
{
    QAction* action = createAction(this, name, icon, text, key);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    return action;
}

QAction* MainWindow::makePaneAction(const QString& name, const QString& icon, const QString& text,
                                    const QKeySequence& key, void (FilePane::*slot)())
{
    QAction* action = makeAction(name, icon, text, key, nullptr);
    connect(action, &QAction::triggered, this, [this, slot] {
        if (FilePane* pane = activePane())
            (pane->*slot)();
    });
    return action;
}

void MainWindow::createActions()
{
    m_siteManagerAction = makeAction(QStringLiteral("actionSiteManager"), QStringLiteral("site-manager"),
                                     tr("&Site Manager…"), QKeySequence(tr("Ctrl+S")), nullptr);
    connect(m_siteManagerAction, &QAction::triggered, this, [this] { openSiteManager(false); });
    m_newSiteAction = makeAction(QStringLiteral("actionNewSite"), QStringLiteral("site-new"),
                                 tr("&New Site…"), QKeySequence::New, nullptr);
    connect(m_newSiteAction, &QAction::triggered, this, [this] { openSiteManager(true); });
    m_focusQuickConnectAction = makeAction(QStringLiteral("actionQuickConnect"), QStringLiteral("connect"),
                                           tr("&Quick Connect"), QKeySequence(tr("Ctrl+K")), nullptr);
    connect(m_focusQuickConnectAction, &QAction::triggered, this, [this] {
        m_quickConnect->hostBox()->setFocus();
        m_quickConnect->hostBox()->lineEdit()->selectAll();
    });
    m_disconnectAction =
        makeAction(QStringLiteral("actionDisconnect"), QStringLiteral("disconnect"), tr("&Disconnect"),
                   QKeySequence(tr("Ctrl+Shift+D")), &MainWindow::disconnectFromServer);
    m_settingsAction = makeAction(QStringLiteral("actionSettings"), QStringLiteral("settings"),
                                  tr("S&ettings…"), QKeySequence::Preferences, &MainWindow::openSettings);
    if (m_settingsAction->shortcut().isEmpty())
        m_settingsAction->setShortcut(QKeySequence(tr("Ctrl+,")));
    m_quitAction = makeAction(QStringLiteral("actionQuit"), QStringLiteral("quit"), tr("&Quit"),
                              QKeySequence::Quit, nullptr);
    if (m_quitAction->shortcut().isEmpty())
        m_quitAction->setShortcut(QKeySequence(tr("Ctrl+Q")));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Enter is handled by the views themselves (it must not steal Enter from the location fields).
    m_openAction = makePaneAction(QStringLiteral("actionOpen"), QStringLiteral("open"), tr("&Open\tEnter"),
                                  QKeySequence(), &FilePane::openCurrent);
    m_transferAction =
        makePaneAction(QStringLiteral("actionTransfer"), QStringLiteral("upload"), tr("&Upload"),
                       QKeySequence(tr("Ctrl+T")), &FilePane::transferSelection);
    m_renameAction = makePaneAction(QStringLiteral("actionRename"), QStringLiteral("rename"), tr("&Rename"),
                                    QKeySequence(Qt::Key_F2), &FilePane::renameCurrent);
    m_deleteAction = makePaneAction(QStringLiteral("actionDelete"), QStringLiteral("delete"), tr("&Delete…"),
                                    QKeySequence::Delete, &FilePane::deleteSelection);
    m_newFolderAction = makePaneAction(QStringLiteral("actionNewFolder"), QStringLiteral("folder-new"),
                                       tr("New &Folder…"), QKeySequence(Qt::Key_F7), &FilePane::createFolder);
    m_refreshAction = makePaneAction(QStringLiteral("actionRefresh"), QStringLiteral("refresh"),
                                     tr("Re&fresh"), QKeySequence::Refresh, &FilePane::refresh);
    if (m_refreshAction->shortcut().isEmpty())
        m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_copyUrlAction = makePaneAction(QStringLiteral("actionCopyUrl"), QStringLiteral("copy"), tr("&Copy URL"),
                                     QKeySequence(tr("Ctrl+Shift+C")), &FilePane::copyUrl);
    m_propertiesAction =
        makePaneAction(QStringLiteral("actionProperties"), QStringLiteral("properties"), tr("&Properties"),
                       QKeySequence(tr("Alt+Return")), &FilePane::showProperties);

    m_backAction = makePaneAction(QStringLiteral("actionBack"), QStringLiteral("back"), tr("&Back"),
                                  QKeySequence(tr("Alt+Left")), &FilePane::goBack);
    m_forwardAction = makePaneAction(QStringLiteral("actionForward"), QStringLiteral("forward"),
                                     tr("&Forward"), QKeySequence(tr("Alt+Right")), &FilePane::goForward);
    m_upAction = makePaneAction(QStringLiteral("actionUp"), QStringLiteral("up"), tr("&Parent Folder"),
                                QKeySequence(tr("Alt+Up")), &FilePane::goUp);
    m_locationAction =
        makePaneAction(QStringLiteral("actionLocation"), QStringLiteral("location"), tr("Edit &Location"),
                       QKeySequence(tr("Ctrl+L")), &FilePane::focusLocation);
    m_filterAction = makePaneAction(QStringLiteral("actionFilter"), QStringLiteral("filter"), tr("F&ilter"),
                                    QKeySequence::Find, &FilePane::focusFilter);
    m_hiddenAction = makeAction(QStringLiteral("actionShowHidden"), QStringLiteral("hidden"),
                                tr("Show &Hidden Files"), QKeySequence(tr("Ctrl+H")), nullptr);
    m_hiddenAction->setCheckable(true);
    connect(m_hiddenAction, &QAction::toggled, this, [this](bool show) {
        m_localPane->setShowHidden(show);
        m_remotePane->setShowHidden(show);
    });
    m_switchPaneAction = makeAction(QStringLiteral("actionSwitchPane"), QString(), tr("&Switch Pane\tTab"),
                                    QKeySequence(), nullptr);
    connect(m_switchPaneAction, &QAction::triggered, this, [this] {
        FilePane* other = activePane() == m_localPane ? static_cast<FilePane*>(m_remotePane) : m_localPane;
        other->view()->setFocus(Qt::TabFocusReason);
    });
    m_transferQueueAction =
        makeAction(QStringLiteral("actionTransferQueue"), QStringLiteral("transfer-queue"),
                   tr("Transfer &Queue"), QKeySequence(tr("Ctrl+J")), nullptr);
    connect(m_transferQueueAction, &QAction::triggered, this, [this] {
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
    });
    m_cancelTransfersAction =
        makeAction(QStringLiteral("actionCancelTransfers"), QStringLiteral("cancel"),
                   tr("&Cancel All Transfers"), QKeySequence(tr("Ctrl+Shift+X")), nullptr);
    connect(m_cancelTransfersAction, &QAction::triggered, m_queue, &TransferQueue::cancelAll);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_siteManagerAction);
    file->addAction(m_newSiteAction);
    m_sitesMenu = file->addMenu(QIcon(QStringLiteral(":/ui/icons/server.svg")), tr("Connect to S&ite"));
    connect(m_sitesMenu, &QMenu::aboutToShow, this, &MainWindow::populateSitesMenu);
    file->addAction(m_focusQuickConnectAction);
    file->addAction(m_disconnectAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* actions = menuBar()->addMenu(tr("&Actions"));
    actions->addAction(m_openAction);
    actions->addAction(m_transferAction);
    actions->addSeparator();
    actions->addAction(m_renameAction);
    actions->addAction(m_deleteAction);
    actions->addAction(m_newFolderAction);
    actions->addSeparator();
    actions->addAction(m_copyUrlAction);
    actions->addAction(m_propertiesAction);
    actions->addSeparator();
    actions->addAction(m_cancelTransfersAction);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_backAction);
    go->addAction(m_forwardAction);
    go->addAction(m_upAction);
    go->addAction(m_refreshAction);
    go->addSeparator();
    go->addAction(m_locationAction);
    go->addAction(m_filterAction);
    go->addAction(m_switchPaneAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_hiddenAction);
    view->addSeparator();
    view->addAction(m_logDock->toggleViewAction());
    view->addAction(m_transferDock->toggleViewAction());
    view->addAction(m_transferQueueAction);
    view->addAction(m_serverPanelAction);
    view->addSeparator();
    view->addAction(m_mainToolBar->toggleViewAction());
    view->addAction(m_quickToolBar->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Ferry"));
    connect(about, &QAction::triggered, this, [this] {
        auto* box =
            new QMessageBox(QMessageBox::Information, tr("About Ferry"),
                            tr("<h3>Ferry %1</h3><p>File transfer over FTP, for boards and desktops.</p>")
                                .arg(QCoreApplication::applicationVersion()),
                            QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::createToolBars()
{
    m_mainToolBar = addToolBar(tr("Main"));
    m_mainToolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_mainToolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_mainToolBar->addAction(m_siteManagerAction);
    m_mainToolBar->addAction(m_disconnectAction);
    m_mainToolBar->addSeparator();
    m_mainToolBar->addAction(m_transferAction);
    m_mainToolBar->addAction(m_newFolderAction);
    m_mainToolBar->addAction(m_deleteAction);
    m_mainToolBar->addAction(m_refreshAction);
    m_mainToolBar->addSeparator();
    m_mainToolBar->addAction(m_cancelTransfersAction);
    m_mainToolBar->addSeparator();
    m_mainToolBar->addAction(m_serverPanelAction);
    m_mainToolBar->addAction(m_settingsAction);

    m_quickToolBar = addToolBar(tr("Quick Connect"));
    m_quickToolBar->setObjectName(QStringLiteral("quickConnectToolBar"));
    m_quickToolBar->addWidget(m_quickConnect);
}

void MainWindow::createDocks()
{
    m_logDock = new QDockWidget(tr("Message Log"), this);
    m_logDock->setObjectName(QStringLiteral("logDock"));
    m_logDock->setWidget(m_logPanel);
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
    connect(m_serverPanel, &ServerPanel::connectRequested, this, [this](const QUrl& url) { openUrl(url); });
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
    statusBar()->addPermanentWidget(m_stateLabel);
}

FilePane* MainWindow::activePane() const
{
    return m_activePane ? m_activePane.data() : static_cast<FilePane*>(m_localPane);
}

void MainWindow::setActivePane(FilePane* pane)
{
    if (m_activePane == pane)
        return;
    m_activePane = pane;
    updateActions();
}

void MainWindow::updateActions()
{
    const bool remote = activePane() == m_remotePane;
    const bool connected = m_client->state() == FtpClient::State::Connected;
    const bool ready = !remote || connected;
    const bool hasSelection = !activePane()->selectedSourceRows().isEmpty();
    m_transferAction->setText(remote ? tr("&Download") : tr("&Upload"));
    m_transferAction->setIcon(
        QIcon(remote ? QStringLiteral(":/ui/icons/download.svg") : QStringLiteral(":/ui/icons/upload.svg")));
    m_transferAction->setToolTip(remote ? tr("Download the selection to the local folder (Ctrl+T)")
                                        : tr("Upload the selection to the remote folder (Ctrl+T)"));
    m_transferAction->setEnabled(connected && hasSelection);
    m_renameAction->setEnabled(ready && hasSelection);
    m_deleteAction->setEnabled(ready && hasSelection);
    m_propertiesAction->setEnabled(ready && (hasSelection || !remote));
    m_openAction->setEnabled(ready);
    m_newFolderAction->setEnabled(ready);
    m_refreshAction->setEnabled(ready);
    m_copyUrlAction->setEnabled(ready);
    m_disconnectAction->setEnabled(m_client->state() != FtpClient::State::Unconnected);
    m_cancelTransfersAction->setEnabled(!m_queue->isIdle());
}

void MainWindow::showPaneMenu(FilePane* pane, const QPoint& globalPos)
{
    setActivePane(pane);
    pane->view()->setFocus(Qt::PopupFocusReason);
    updateActions();
    QMenu menu(this);
    menu.addAction(m_openAction);
    menu.addAction(m_transferAction);
    menu.addSeparator();
    menu.addAction(m_renameAction);
    menu.addAction(m_deleteAction);
    menu.addAction(m_newFolderAction);
    menu.addSeparator();
    menu.addAction(m_refreshAction);
    menu.addAction(m_copyUrlAction);
    menu.addAction(m_propertiesAction);
    menu.exec(globalPos);
}

void MainWindow::onStateChanged(FtpClient::State state)
{
    QString text;
    switch (state) {
    case FtpClient::State::Unconnected:
        text = tr("Not connected");
        break;
    case FtpClient::State::Connecting:
        text = tr("Connecting to %1…").arg(describeLogin(m_login));
        break;
    case FtpClient::State::LoggingIn:
        text = tr("Logging in to %1…").arg(describeLogin(m_login));
        break;
    case FtpClient::State::Connected:
        text = tr("Connected to %1").arg(describeLogin(m_login));
        break;
    case FtpClient::State::Closing:
        text = tr("Disconnecting…");
        break;
    }
    m_stateLabel->setText(text);
    setWindowTitle(state == FtpClient::State::Connected ? tr("%1 — Ferry").arg(describeLogin(m_login))
                                                        : tr("Ferry"));
    updateActions();
}

void MainWindow::onDisconnected(const QString& reason)
{
    if (m_connectOperation || !m_sessionUp)
        return; // the logon operation reports its own failure
    m_sessionUp = false;
    m_remotePane->setConnected(false);
    if (!reason.isEmpty()) {
        const QString text = tr("The connection to %1 was lost: %2").arg(describeLogin(m_login), reason);
        m_remotePane->showError(text);
        statusBar()->showMessage(text, 15000);
    } else {
        m_remotePane->showInfo(tr("Disconnected from %1.").arg(describeLogin(m_login)));
    }
    updateActions();
}

void MainWindow::connectTo(const FtpLogin& login, const FtpClientOptions& options, const QString& remotePath,
                           const QString& localPath, int maxConnections)
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
    m_options = options;
    m_client->setOptions(options);
    m_remotePane->setLogin(login);
    // The queue's site for this server: transfers open connections of their own with this login (a new
    // password replaces the old one for jobs still waiting, e.g. ones restored from the last run).
    TransferSite site;
    site.id = siteIdFor(login);
    site.name = describeLogin(login);
    site.login = login;
    site.options = options;
    site.maxConnections = maxConnections;
    m_queue->setSite(site);
    m_siteId = site.id;
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
            statusBar()->showMessage(text, 15000);
            return;
        }
        m_sessionUp = true;
        m_quickConnect->addRecent(login, remotePath);
        m_remotePane->setConnected(true, remotePath);
        updateActions(); // the status bar's permanent label says "Connected to …"
    });
}

void MainWindow::connectToSite(const Site& site)
{
    FtpLogin login = site.login();
    m_quickConnect->setFields(FtpLogin{login.host, login.port, login.user, QString()});
    const auto go = [this, site](const QString& password) {
        FtpLogin l = site.login();
        l.password = password;
        FtpClientOptions options = site.options();
        connectTo(l, options, site.remoteFolder, site.localFolder, site.maxConnections);
    };
    if (!site.password.isEmpty() || login.isAnonymous()) {
        go(site.password);
        return;
    }
    const QPointer<MainWindow> self(this);
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
    if (site.rememberPassword && PasswordStore::isAvailable()) {
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

bool MainWindow::openUrl(const QUrl& url)
{
    QString error;
    const std::optional<FtpLocation> location = FtpLocation::parse(url.toString(QUrl::FullyEncoded), &error);
    if (!location) {
        m_remotePane->showError(error);
        statusBar()->showMessage(error, 15000);
        return false;
    }
    FtpLogin login;
    login.host = location->host;
    login.port = location->port;
    login.user = location->user;
    login.password = location->password;
    m_quickConnect->setFields(FtpLogin{login.host, login.port, login.user, login.password});
    connectTo(login, m_settings.clientOptions(), location->path);
    return true;
}

void MainWindow::disconnectFromServer()
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
    updateActions();
}

void MainWindow::startUpload(const QStringList& localPaths, const QString& remoteFolder)
{
    if (m_client->state() != FtpClient::State::Connected || remoteFolder.isEmpty() || m_siteId.isEmpty()) {
        m_remotePane->showError(
            tr("Connect to a server first: uploads go to the folder shown on the right."));
        return;
    }
    QList<TransferJobRequest> requests;
    for (const QString& path : localPaths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            m_localPane->showError(tr("%1 does not exist any more.").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        TransferJobRequest request;
        request.siteId = m_siteId;
        request.direction = TransferDirection::Upload;
        request.folder = info.isDir();
        request.localPath = info.absoluteFilePath();
        request.remotePath = RemotePath::join(remoteFolder, info.fileName());
        requests << request;
    }
    if (enqueue(requests, m_remotePane).isEmpty())
        return;
    statusBar()->showMessage(
        tr("Uploading %n item(s) to %1", nullptr, int(requests.size())).arg(remoteFolder), 5000);
}

void MainWindow::startDownload(const QList<RemoteItem>& items, const QString& localFolder)
{
    if (m_client->state() != FtpClient::State::Connected || m_siteId.isEmpty()) {
        m_remotePane->showError(tr("Not connected."));
        return;
    }
    if (localFolder.isEmpty() || !QFileInfo(localFolder).isDir()) {
        m_localPane->showError(tr("Choose a local folder to download to first."));
        return;
    }
    const QList<TransferJobRequest> requests = downloadRequests(items, localFolder);
    if (enqueue(requests, m_localPane).isEmpty())
        return;
    statusBar()->showMessage(tr("Downloading %n item(s) to %1", nullptr, int(items.size()))
                                 .arg(QDir::toNativeSeparators(localFolder)),
                             5000);
}

QList<TransferJobRequest> MainWindow::downloadRequests(const QList<RemoteItem>& items,
                                                       const QString& localFolder,
                                                       std::optional<FileExistsAction> existsAction) const
{
    QList<TransferJobRequest> requests;
    for (const RemoteItem& item : items) {
        TransferJobRequest request;
        request.siteId = m_siteId;
        request.direction = TransferDirection::Download;
        request.folder = item.isDir;
        request.remotePath = item.path;
        request.localPath = QDir(localFolder).absoluteFilePath(RemotePath::fileName(item.path));
        request.existsAction = existsAction;
        requests << request;
    }
    return requests;
}

QList<TransferJobId> MainWindow::enqueue(const QList<TransferJobRequest>& requests, FilePane* errorPane)
{
    QList<TransferJobId> ids;
    for (const TransferJobRequest& request : requests) {
        QString error;
        const TransferJobId id = m_queue->addJob(request, &error);
        if (id == 0) {
            const QString name = request.direction == TransferDirection::Upload
                                     ? QDir::toNativeSeparators(request.localPath)
                                     : request.remotePath;
            errorPane->showError(tr("Could not queue %1: %2").arg(name, error));
            continue;
        }
        ids << id;
    }
    if (!ids.isEmpty()) {
        m_transferPanel->showCategory(TransferQueueModel::Category::Active);
        m_transferDock->show();
        m_transferDock->raise();
    }
    return ids;
}

QString MainWindow::dragOutFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("drag-out"));
}

QString MainWindow::queueFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("queue.json"));
}

QString MainWindow::siteIdFor(const FtpLogin& login)
{
    const QString host =
        login.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(login.host) : login.host;
    return QStringLiteral("%1@%2:%3")
        .arg(login.user.isEmpty() ? QStringLiteral("anonymous") : login.user, host)
        .arg(login.port);
}

QList<QUrl> MainWindow::fetchForDragOut(const QList<RemoteItem>& items)
{
    // Runs when a drop target outside Ferry asks for the files: download them into a fresh staging folder
    // and hand over their URLs. The event loop keeps running meanwhile (the window repaints, the progress
    // dialog can cancel); a second request while this runs gets nothing (RemoteDragMimeData).
    if (m_dragOutRunning || items.isEmpty() || m_client->state() != FtpClient::State::Connected)
        return {};
    m_dragOutRunning = true;
    const QString folder =
        QDir(dragOutFolder())
            .filePath(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    QDir().mkpath(folder);
    const QList<TransferJobRequest> requests = downloadRequests(items, folder, FileExistsAction::Overwrite);
    QSet<TransferJobId> waiting;
    const QList<TransferJobId> ids = enqueue(requests, m_remotePane);
    for (TransferJobId id : ids) {
        waiting.insert(id);
        m_queue->moveToTop(id); // the drop waits for these: before anything queued earlier
    }
    bool canceled = false;
    if (!waiting.isEmpty()) {
        QEventLoop loop;
        QProgressDialog progress(tr("Downloading for the drop…"), tr("Cancel"), 0, 0, this);
        progress.setObjectName(QStringLiteral("dragOutProgress"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(500);
        const auto settle = [&waiting, &loop](TransferJobId id) {
            if (waiting.remove(id) && waiting.isEmpty())
                loop.quit();
        };
        connect(m_queue, &TransferQueue::jobChanged, &loop,
                [settle](TransferJobId id, const TransferJobSnapshot& job) {
                    if (job.isFinished() || job.state == TransferJobState::Paused)
                        settle(id);
                });
        connect(m_queue, &TransferQueue::jobRemoved, &loop, [settle](TransferJobId id) { settle(id); });
        connect(&progress, &QProgressDialog::canceled, &loop, [this, &canceled, &loop, ids] {
            canceled = true;
            for (TransferJobId id : ids)
                m_queue->cancelJob(id);
            loop.quit();
        });
        loop.exec();
    }
    m_dragOutRunning = false;
    QList<QUrl> urls;
    for (TransferJobId id : ids) {
        const std::optional<TransferJobSnapshot> job = m_queue->job(id);
        if (!job || job->state != TransferJobState::Done || canceled)
            continue;
        urls << QUrl::fromLocalFile(job->localPath);
        m_queue->removeJob(id); // staging copies are not worth a row in the completed list
    }
    return urls;
}

void MainWindow::createTransferQueue()
{
    TransferSettings settings = m_settings.transferSettings(m_queue->settings());
    settings.progressIntervalMs = 250;
    m_queue->setSettings(settings);
}

void MainWindow::restoreQueue()
{
    // The jobs of the last run come back paused: their servers' passwords are not stored with them, and
    // nothing should start moving before the user says so. Resume continues their partial files.
    const QString file = queueFile();
    if (QFileInfo::exists(file)) {
        QString error;
        const int before = m_queue->jobCount();
        if (!m_queue->restoreFromFile(file, &error)) {
            statusBar()->showMessage(
                tr("The transfer queue of the last run could not be read: %1").arg(error), 15000);
        } else {
            const QList<TransferJobId> ids = m_queue->jobIds();
            int paused = 0;
            for (int i = before; i < ids.size(); ++i)
                paused += m_queue->pauseJob(ids.at(i)) ? 1 : 0;
            if (paused > 0)
                statusBar()->showMessage(
                    tr("%n unfinished transfer(s) from the last run are paused in the queue. Connect to "
                       "their server and press Resume to continue.",
                       nullptr, paused),
                    15000);
        }
    }
    QDir().mkpath(QFileInfo(file).absolutePath());
    m_queue->setAutoSaveFile(file);
}

void MainWindow::onFileFinished(TransferJobId id, const QString& sourcePath, bool transferred)
{
    // An upload changed a remote folder: the remote pane lists it again (coalesced).
    const std::optional<TransferJobSnapshot> job = m_queue->job(id);
    if (!transferred || !job || job->direction != TransferDirection::Upload || job->siteId != m_siteId)
        return;
    QString target = job->remotePath;
    if (job->folder) {
        const QString relative = QDir(job->localPath).relativeFilePath(sourcePath);
        target = RemotePath::join(job->remotePath, QDir::fromNativeSeparators(relative));
    }
    // Every folder from the file's up to the job's parent (new subfolders appear too).
    const QString top = RemotePath::parent(job->remotePath);
    for (QString folder = RemotePath::parent(target);; folder = RemotePath::parent(folder)) {
        m_changedRemoteFolders.insert(folder);
        if (folder == top || folder == QLatin1String("/") || folder.isEmpty())
            break;
    }
    m_remoteRefreshTimer.start();
}

void MainWindow::onJobFinished(const TransferJobSnapshot& job)
{
    if (job.direction == TransferDirection::Upload && job.siteId == m_siteId) {
        m_changedRemoteFolders.insert(RemotePath::parent(job.remotePath));
        m_remoteRefreshTimer.start();
    }
    if (job.state == TransferJobState::Failed) {
        const QString name = TransferQueueModel::jobName(job);
        const QString what = job.direction == TransferDirection::Upload
                                 ? tr("Upload of %1 failed: %2").arg(name, job.errorString)
                                 : tr("Download of %1 failed: %2").arg(name, job.errorString);
        m_logPanel->append(FtpClient::LogKind::Error, what, tr("queue"));
        if (job.direction == TransferDirection::Upload)
            m_remotePane->showError(what);
        else
            m_localPane->showError(what);
        statusBar()->showMessage(what, 15000);
    } else if (m_queue->isIdle() && job.state == TransferJobState::Done) {
        statusBar()->showMessage(tr("Transfers complete"), 8000);
    }
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
    m_cancelTransfersAction->setEnabled(busy || totals.pausedJobs > 0);
}

void MainWindow::flushRemoteRefresh()
{
    const QSet<QString> folders = m_changedRemoteFolders;
    m_changedRemoteFolders.clear();
    for (const QString& folder : folders)
        m_remotePane->model()->invalidate(folder);
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
        connect(action, &QAction::triggered, this, [this, site] { connectToSite(site); });
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
    connect(dialog, &SiteManagerDialog::connectRequested, this, &MainWindow::connectToSite);
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
    if (!m_splitter->restoreState(s->value(QStringLiteral("splitter")).toByteArray()))
        m_splitter->setSizes({1, 1});
    const bool hidden = s->value(QStringLiteral("showHidden"), false).toBool();
    m_hiddenAction->setChecked(hidden);
    m_logPanel->setLevel(static_cast<LogPanel::Level>(s->value(QStringLiteral("logLevel"), 0).toInt()));
    m_localPane->view()->header()->restoreState(s->value(QStringLiteral("localColumns")).toByteArray());
    m_remotePane->view()->header()->restoreState(s->value(QStringLiteral("remoteColumns")).toByteArray());
    m_localPane->setHistory(s->value(QStringLiteral("localHistory")).toStringList());
    const QStringList remoteHistory = s->value(QStringLiteral("remoteHistory")).toStringList();
    m_remotePane->setHistory(remoteHistory);
    m_lastRemotePath = s->value(QStringLiteral("remoteFolder")).toString();
    QString local = s->value(QStringLiteral("localFolder")).toString();
    s->endGroup();
    if (local.isEmpty() || !QFileInfo(local).isDir())
        local = QDir::homePath();
    m_localPane->navigateTo(local);
}

void MainWindow::saveWindowState()
{
    const std::unique_ptr<QSettings> s = AppSettings::openSettings();
    s->beginGroup(QStringLiteral("window"));
    s->setValue(QStringLiteral("geometry"), saveGeometry());
    s->setValue(QStringLiteral("state"), saveState());
    s->setValue(QStringLiteral("splitter"), m_splitter->saveState());
    s->setValue(QStringLiteral("showHidden"), m_hiddenAction->isChecked());
    s->setValue(QStringLiteral("logLevel"), int(m_logPanel->level()));
    s->setValue(QStringLiteral("localFolder"), m_localPane->currentPath());
    s->setValue(QStringLiteral("localColumns"), m_localPane->view()->header()->saveState());
    s->setValue(QStringLiteral("remoteColumns"), m_remotePane->view()->header()->saveState());
    s->setValue(QStringLiteral("localHistory"), m_localPane->history());
    s->setValue(QStringLiteral("remoteHistory"), m_remotePane->history());
    s->setValue(QStringLiteral("remoteFolder"), m_lastRemotePath);
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
    m_queue->pauseAll();
    QString error;
    if (!m_queue->saveToFile(queueFile(), false, &error))
        qWarning("Ferry: the transfer queue could not be saved: %s", qPrintable(error));
    if (m_client->state() == FtpClient::State::Connected)
        m_client->disconnectFromHost();
    event->accept();
}

} // namespace Ferry
