#pragma once

#include "appsettings.h"
#include "browse/remotebrowser.h"
#include "client/ftpclient.h"
#include "connectiontabs.h"
#include "transfer/transfertypes.h"

#include <QMainWindow>
#include <QUrl>
#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace Ferry {

class ConnectionSession;
class FilePane;
class LocalPane;
class LogPanel;
class MainWindowActions;
class PasswordStore;
class QuickConnectBar;
class RemotePane;
class SecurityIndicator;
class ServerPanel;
class SessionBudget;
class SyncFeatures;
class TransferActions;
class TransferPanel;
class TransferEngine;
struct Site;

// Ferry's client window, a thin shell: the quick-connect bar, the connection tabs in the middle (each a
// ConnectionSession: local and remote pane, browsing connection, its message log), the message log dock
// (the shown tab's log), the one transfer queue dock for every tab (TransferPanel over core's
// TransferEngine, driven through TransferActions), the shared embedded server panel (ServerPanel), the
// menus and toolbar (MainWindowActions) and the status bar. Every action works on the active pane of the
// tab shown (the pane that had the focus last) and has a keyboard shortcut. The window never blocks:
// connecting, listing and transferring run in the engine; errors show in the pane where they happened, in
// the queue row and in the status bar, never as a modal box. Geometry, docks, the tabs (servers and
// folders, never passwords) and preferences are remembered in ferry.ini; the queue is kept in queue.json
// (QStandardPaths app data) and comes back paused after a restart. All tabs share one SessionBudget with
// the queue: a board's four sessions are never exceeded. The status bar's lock tells whether the tab
// shown is encrypted (protocol and cipher) and shows its server's certificate.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Connects to an ftp://, ftpes:// or ftps:// URL (user, password, port, encryption and folder from it)
    // and opens its folder; for
    // `ferry ftp://host/path` (a second `ferry URL` reaches the running window with NewIfBusy). Returns
    // false (and says why in the window) when it is not an FTP URL.
    bool openUrl(const QUrl& url, TabChoice where = TabChoice::Current);

    // `ferry [URL]`, from this process's command line or handed over by a later `ferry` (SingleInstance):
    // opens the URL (in a tab of its own unless the one shown is fresh) and brings the window forward.
    void openArguments(const QStringList& arguments);

    // Connects the tab shown with explicit settings. maxConnections: the site's transfer connections (0:
    // the settings' parallel transfers, one for board servers).
    void connectTo(const FtpLogin& login, const FtpClientOptions& options,
                   const QString& remotePath = QString(), const QString& localPath = QString(),
                   int maxConnections = 0);
    // A saved site (the site manager, the Connect to Site menu): in a new tab when the one shown is busy.
    void connectToSite(const Site& site, TabChoice where = TabChoice::NewIfBusy);

    // The tabs: one ConnectionSession each (see ConnectionTabs).
    ConnectionTabs* tabWidget() const { return m_tabs; }
    int tabCount() const;
    ConnectionSession* session() const; // the tab shown
    ConnectionSession* sessionAt(int index) const;
    void closeTab(ConnectionSession* session);
    SessionBudget* sessionBudget() const { return m_budget.get(); }

    // The parts of the tab shown.
    LocalPane* localPane() const;
    RemotePane* remotePane() const;
    LogPanel* logPanel() const;
    RemoteBrowser* client() const;
    FilePane* activePane() const;
    QSplitter* splitter() const;

    QuickConnectBar* quickConnectBar() const { return m_quickConnect; }
    // The status bar's lock for the tab shown.
    SecurityIndicator* securityIndicator() const { return m_securityIndicator; }
    ServerPanel* serverPanel() const { return m_serverPanel; }
    TransferEngine* transferQueue() const { return m_queue; }
    TransferPanel* transferPanel() const { return m_transferPanel; }
    // Comparison, synchronize, keep up to date, remote editing, notifications (the Sync menu).
    SyncFeatures* syncFeatures() const { return m_sync; }
    const AppSettings& settings() const { return m_settings; }

    // Where files dragged out to the desktop are fetched to before the drop completes.
    static QString dragOutFolder();
    // Where the transfer queue is kept between runs.
    static QString queueFile();
    // The transfer queue's site id of a login ("user@host:port"; never the password).
    static QString siteIdFor(const FtpLogin& login);

public Q_SLOTS:
    void disconnectFromServer();
    void openSiteManager(bool newSite = false);
    void openSettings();
    void applySettings(const Ferry::AppSettings& settings);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // `options` plus the certificate of this window's own running server (ServerPanel), trusted.
    FtpClientOptions trustingOwnServer(FtpClientOptions options) const;
    // Connects a new tab to the log dock, the status bar, the quick-connect bar and the actions.
    void attachSession(ConnectionSession* session);
    void onCurrentTabChanged();
    void connectFromQuickBar(const FtpLogin& login, const QString& path, TlsMode mode);
    void connectActions();
    void createMenusAndToolBars();
    void createDocks();
    void createStatusBar();
    void restoreWindowState();
    void saveWindowState();
    void updateActions();
    void updateConnectionState();
    void updateSecurityIndicator();
    void showPaneMenu(FilePane* pane, const QPoint& globalPos);
    void showTransferQueue();
    void updateTransferStatus(const TransferTotals& totals);
    // What quitting now would stop (running transfers, server sessions); empty when nothing.
    QString quitWarning() const;
    void populateSitesMenu();
    void showAbout();

    AppSettings m_settings;
    TransferEngine* m_queue;
    PasswordStore* m_passwords;
    TransferActions* m_transfers;
    QuickConnectBar* m_quickConnect;
    std::shared_ptr<SessionBudget> m_budget;
    SyncFeatures* m_sync = nullptr;
    ConnectionTabs* m_tabs;
    std::unique_ptr<MainWindowActions> m_actions;
    ServerPanel* m_serverPanel = nullptr;
    QDockWidget* m_logDock = nullptr;
    QStackedWidget* m_logStack = nullptr;
    QDockWidget* m_transferDock = nullptr;
    TransferPanel* m_transferPanel = nullptr;
    QDockWidget* m_serverDock = nullptr;
    QAction* m_serverPanelAction = nullptr;
    QToolBar* m_mainToolBar = nullptr;
    QToolBar* m_quickToolBar = nullptr;
    QMenu* m_sitesMenu = nullptr;
    QLabel* m_stateLabel = nullptr;
    SecurityIndicator* m_securityIndicator = nullptr;
    QLabel* m_transferLabel = nullptr;
    QLabel* m_rateLabel = nullptr;
    QProgressBar* m_transferProgress = nullptr;
    bool m_closeConfirmed = false;
};

} // namespace Ferry
