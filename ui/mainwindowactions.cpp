#include "mainwindowactions.h"

#include "actionfactory.h"
#include "connectionsession.h"
#include "filepane.h"
#include "remotepane.h"

#include <QAction>
#include <QIcon>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace Ferry {

MainWindowActions::MainWindowActions(QMainWindow* window, std::function<FilePane*()> activePane)
    : m_window(window), m_activePane(std::move(activePane))
{
    siteManager = createAction(window, QStringLiteral("actionSiteManager"), QStringLiteral("site-manager"),
                               tr("&Site Manager…"), QKeySequence(tr("Ctrl+S")));
    newSite = createAction(window, QStringLiteral("actionNewSite"), QStringLiteral("site-new"),
                           tr("&New Site…"), QKeySequence::New);
    focusQuickConnect = createAction(window, QStringLiteral("actionQuickConnect"), QStringLiteral("connect"),
                                     tr("&Quick Connect"), QKeySequence(tr("Ctrl+K")));
    disconnect = createAction(window, QStringLiteral("actionDisconnect"), QStringLiteral("disconnect"),
                              tr("&Disconnect"), QKeySequence(tr("Ctrl+Shift+D")));
    // Tabs: one connection each. Ctrl+T stays Upload/Download (as since Ferry's first release), so a new
    // tab is Ctrl+Shift+T; closing, next and previous use the platform's keys (Ctrl+W, Ctrl+Tab,
    // Ctrl+Shift+Tab) and the browsers' Ctrl+PgDown/PgUp.
    newTab = createAction(window, QStringLiteral("actionNewTab"), QStringLiteral("tab-new"), tr("New &Tab"),
                          QKeySequence(tr("Ctrl+Shift+T")));
    closeTab = createAction(window, QStringLiteral("actionCloseTab"), QStringLiteral("close"),
                            tr("&Close Tab"), QKeySequence(tr("Ctrl+W")));
    if (const QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Close); !keys.isEmpty())
        closeTab->setShortcuts(keys);
    nextTab = createAction(window, QStringLiteral("actionNextTab"), QString(), tr("&Next Tab"));
    nextTab->setShortcuts(QKeySequence::keyBindings(QKeySequence::NextChild) +
                          QList<QKeySequence>{QKeySequence(tr("Ctrl+PgDown"))});
    previousTab = createAction(window, QStringLiteral("actionPreviousTab"), QString(), tr("P&revious Tab"));
    previousTab->setShortcuts(QKeySequence::keyBindings(QKeySequence::PreviousChild) +
                              QList<QKeySequence>{QKeySequence(tr("Ctrl+PgUp"))});
    for (QAction* action : {nextTab, previousTab})
        action->setShortcutContext(Qt::WindowShortcut);
    settings = createAction(window, QStringLiteral("actionSettings"), QStringLiteral("settings"),
                            tr("S&ettings…"), QKeySequence::Preferences);
    if (settings->shortcut().isEmpty())
        settings->setShortcut(QKeySequence(tr("Ctrl+,")));
    quit = createAction(window, QStringLiteral("actionQuit"), QStringLiteral("quit"), tr("&Quit"),
                        QKeySequence::Quit);
    if (quit->shortcut().isEmpty())
        quit->setShortcut(QKeySequence(tr("Ctrl+Q")));

    // Enter is handled by the views themselves (it must not steal Enter from the location fields).
    open = makePaneAction(QStringLiteral("actionOpen"), QStringLiteral("open"), tr("&Open\tEnter"),
                          QKeySequence(), &FilePane::openCurrent);
    transfer = makePaneAction(QStringLiteral("actionTransfer"), QStringLiteral("upload"), tr("&Upload"),
                              QKeySequence(tr("Ctrl+T")), &FilePane::transferSelection);
    rename = makePaneAction(QStringLiteral("actionRename"), QStringLiteral("rename"), tr("&Rename"),
                            QKeySequence(Qt::Key_F2), &FilePane::renameCurrent);
    remove = makePaneAction(QStringLiteral("actionDelete"), QStringLiteral("delete"), tr("&Delete…"),
                            QKeySequence::Delete, &FilePane::deleteSelection);
    newFolder = makePaneAction(QStringLiteral("actionNewFolder"), QStringLiteral("folder-new"),
                               tr("New &Folder…"), QKeySequence(Qt::Key_F7), &FilePane::createFolder);
    refresh = makePaneAction(QStringLiteral("actionRefresh"), QStringLiteral("refresh"), tr("Re&fresh"),
                             QKeySequence::Refresh, &FilePane::refresh);
    if (refresh->shortcut().isEmpty())
        refresh->setShortcut(QKeySequence(Qt::Key_F5));
    copyUrl = makePaneAction(QStringLiteral("actionCopyUrl"), QStringLiteral("copy"), tr("&Copy URL"),
                             QKeySequence(tr("Ctrl+Shift+C")), &FilePane::copyUrl);
    properties = makePaneAction(QStringLiteral("actionProperties"), QStringLiteral("properties"),
                                tr("&Properties"), QKeySequence(tr("Alt+Return")), &FilePane::showProperties);

    back = makePaneAction(QStringLiteral("actionBack"), QStringLiteral("back"), tr("&Back"),
                          QKeySequence(tr("Alt+Left")), &FilePane::goBack);
    forward = makePaneAction(QStringLiteral("actionForward"), QStringLiteral("forward"), tr("&Forward"),
                             QKeySequence(tr("Alt+Right")), &FilePane::goForward);
    up = makePaneAction(QStringLiteral("actionUp"), QStringLiteral("up"), tr("&Parent Folder"),
                        QKeySequence(tr("Alt+Up")), &FilePane::goUp);
    location = makePaneAction(QStringLiteral("actionLocation"), QStringLiteral("location"),
                              tr("Edit &Location"), QKeySequence(tr("Ctrl+L")), &FilePane::focusLocation);
    filter = makePaneAction(QStringLiteral("actionFilter"), QStringLiteral("filter"), tr("F&ilter"),
                            QKeySequence::Find, &FilePane::focusFilter);
    showHidden = createAction(window, QStringLiteral("actionShowHidden"), QStringLiteral("hidden"),
                              tr("Show &Hidden Files"), QKeySequence(tr("Ctrl+H")));
    showHidden->setCheckable(true);
    switchPane = createAction(window, QStringLiteral("actionSwitchPane"), QString(), tr("&Switch Pane\tTab"));
    transferQueue =
        createAction(window, QStringLiteral("actionTransferQueue"), QStringLiteral("transfer-queue"),
                     tr("Transfer &Queue"), QKeySequence(tr("Ctrl+J")));
    cancelTransfers = createAction(window, QStringLiteral("actionCancelTransfers"), QStringLiteral("cancel"),
                                   tr("&Cancel All Transfers"), QKeySequence(tr("Ctrl+Shift+X")));
}

MainWindowActions::~MainWindowActions() = default;

QAction* MainWindowActions::makePaneAction(const QString& name, const QString& icon, const QString& text,
                                           const QKeySequence& key, void (FilePane::*slot)())
{
    QAction* action = createAction(m_window, name, icon, text, key);
    QObject::connect(action, &QAction::triggered, m_window, [this, slot] {
        if (FilePane* pane = m_activePane())
            (pane->*slot)();
    });
    return action;
}

void MainWindowActions::update(const ConnectionSession* session, bool transfersPending, int tabCount)
{
    const bool remotePane = session->activePane() == session->remotePane();
    const bool connected = session->isConnected();
    const bool ready = !remotePane || connected;
    const bool hasSelection = !session->activePane()->selectedSourceRows().isEmpty();
    transfer->setText(remotePane ? tr("&Download") : tr("&Upload"));
    transfer->setIcon(QIcon(remotePane ? QStringLiteral(":/ui/icons/download.svg")
                                       : QStringLiteral(":/ui/icons/upload.svg")));
    transfer->setToolTip(remotePane ? tr("Download the selection to the local folder (Ctrl+T)")
                                    : tr("Upload the selection to the remote folder (Ctrl+T)"));
    transfer->setEnabled(connected && hasSelection);
    rename->setEnabled(ready && hasSelection);
    remove->setEnabled(ready && hasSelection);
    properties->setEnabled(ready && (hasSelection || !remotePane));
    open->setEnabled(ready);
    newFolder->setEnabled(ready);
    refresh->setEnabled(ready);
    copyUrl->setEnabled(ready);
    disconnect->setEnabled(session->isBusy());
    cancelTransfers->setEnabled(transfersPending);
    nextTab->setEnabled(tabCount > 1);
    previousTab->setEnabled(tabCount > 1);
}

void MainWindowActions::fillMenuBar(QMenuBar* menuBar, QMenu* sitesMenu, const QList<QAction*>& dockToggles,
                                    QAction* serverPanel, const QList<QAction*>& toolBarToggles,
                                    QAction* about)
{
    QMenu* file = menuBar->addMenu(tr("&File"));
    file->addAction(siteManager);
    file->addAction(newSite);
    sitesMenu->setIcon(QIcon(QStringLiteral(":/ui/icons/server.svg")));
    sitesMenu->setTitle(tr("Connect to S&ite"));
    file->addMenu(sitesMenu);
    file->addAction(focusQuickConnect);
    file->addAction(disconnect);
    file->addSeparator();
    file->addAction(newTab);
    file->addAction(closeTab);
    file->addSeparator();
    file->addAction(settings);
    file->addSeparator();
    file->addAction(quit);

    QMenu* actions = menuBar->addMenu(tr("&Actions"));
    actions->addAction(open);
    actions->addAction(transfer);
    actions->addSeparator();
    actions->addAction(rename);
    actions->addAction(remove);
    actions->addAction(newFolder);
    actions->addSeparator();
    actions->addAction(copyUrl);
    actions->addAction(properties);
    actions->addSeparator();
    actions->addAction(cancelTransfers);

    QMenu* go = menuBar->addMenu(tr("&Go"));
    go->addAction(back);
    go->addAction(forward);
    go->addAction(up);
    go->addAction(refresh);
    go->addSeparator();
    go->addAction(location);
    go->addAction(filter);
    go->addAction(switchPane);
    go->addSeparator();
    go->addAction(nextTab);
    go->addAction(previousTab);

    QMenu* view = menuBar->addMenu(tr("&View"));
    view->addAction(showHidden);
    view->addSeparator();
    view->addActions(dockToggles);
    view->addAction(transferQueue);
    view->addAction(serverPanel);
    view->addSeparator();
    view->addActions(toolBarToggles);

    QMenu* help = menuBar->addMenu(tr("&Help"));
    help->addAction(about);
}

void MainWindowActions::fillToolBar(QToolBar* toolBar, QAction* serverPanel)
{
    toolBar->addAction(siteManager);
    toolBar->addAction(disconnect);
    toolBar->addSeparator();
    toolBar->addAction(transfer);
    toolBar->addAction(newFolder);
    toolBar->addAction(remove);
    toolBar->addAction(refresh);
    toolBar->addSeparator();
    toolBar->addAction(cancelTransfers);
    toolBar->addSeparator();
    toolBar->addAction(serverPanel);
    toolBar->addAction(settings);
}

void MainWindowActions::fillPaneMenu(QMenu* menu)
{
    menu->addAction(open);
    menu->addAction(transfer);
    menu->addSeparator();
    menu->addAction(rename);
    menu->addAction(remove);
    menu->addAction(newFolder);
    menu->addSeparator();
    menu->addAction(refresh);
    menu->addAction(copyUrl);
    menu->addAction(properties);
}

} // namespace Ferry
