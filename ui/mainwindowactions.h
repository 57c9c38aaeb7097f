#pragma once

#include <QCoreApplication>
#include <QList>
#include <functional>

class QAction;
class QKeySequence;
class QMainWindow;
class QMenu;
class QMenuBar;
class QToolBar;

namespace Ferry {

class ConnectionSession;
class FilePane;

// The window's actions, each named "action…" (for tests and the key map) with its icon, text and
// shortcut, parented to the window so that their keys work anywhere in it; and the menus, toolbar and
// pane context menu that show them. Like a uic-generated Ui class: plain members the window connects.
// Pane actions (open, rename, delete, …) act on the active pane that `activePane` returns.
class MainWindowActions final
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::MainWindowActions)
    Q_DISABLE_COPY_MOVE(MainWindowActions)

public:
    MainWindowActions(QMainWindow* window, std::function<FilePane*()> activePane);
    ~MainWindowActions();

    // Enables what the session's active pane allows (a remote pane needs the connection) and names the
    // transfer action after the pane's direction; tab switching needs more than one tab.
    void update(const ConnectionSession* session, bool transfersPending, int tabCount);
    // File (with the saved sites' submenu), Actions, Go, View (the docks' and toolbars' toggles, the
    // server panel) and Help.
    void fillMenuBar(QMenuBar* menuBar, QMenu* sitesMenu, const QList<QAction*>& dockToggles,
                     QAction* serverPanel, const QList<QAction*>& toolBarToggles, QAction* about);
    void fillToolBar(QToolBar* toolBar, QAction* serverPanel);
    void fillPaneMenu(QMenu* menu);

    QAction* siteManager = nullptr;
    QAction* newSite = nullptr;
    QAction* focusQuickConnect = nullptr;
    QAction* disconnect = nullptr;
    QAction* newTab = nullptr;
    QAction* closeTab = nullptr;
    QAction* nextTab = nullptr;
    QAction* previousTab = nullptr;
    QAction* settings = nullptr;
    QAction* quit = nullptr;
    QAction* open = nullptr;
    QAction* transfer = nullptr;
    QAction* rename = nullptr;
    QAction* remove = nullptr;
    QAction* newFolder = nullptr;
    QAction* refresh = nullptr;
    QAction* copyUrl = nullptr;
    QAction* properties = nullptr;
    QAction* back = nullptr;
    QAction* forward = nullptr;
    QAction* up = nullptr;
    QAction* location = nullptr;
    QAction* filter = nullptr;
    QAction* showHidden = nullptr;
    QAction* switchPane = nullptr;
    QAction* transferQueue = nullptr;
    QAction* cancelTransfers = nullptr;

private:
    QAction* makePaneAction(const QString& name, const QString& icon, const QString& text,
                            const QKeySequence& key, void (FilePane::*slot)());

    QMainWindow* m_window;
    std::function<FilePane*()> m_activePane;
};

} // namespace Ferry
