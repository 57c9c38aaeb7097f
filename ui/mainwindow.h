#pragma once

#include "appsettings.h"
#include "client/ftpclient.h"
#include "transfercontroller.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QToolBar;

namespace Ferry {

class FilePane;
class LocalPane;
class LogPanel;
class PasswordStore;
class QuickConnectBar;
class RemotePane;
class ServerPanel;
struct Site;

// Ferry's client window: the quick-connect bar, the local pane (left) and the remote pane (right) in a
// splitter, the message log dock, and the docks that part 2 fills (the transfer queue, now a small
// status of the TransferController; the embedded server panel, ServerPanel). Every action works on the active
// pane (the one that had the focus last) and has a keyboard shortcut. The window never blocks: connecting,
// listing and transferring run in the engine; errors show in the pane where they happened and in the
// status bar, never as a modal box. Geometry, splitter, docks, folders and preferences are remembered
// in ferry.ini.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Connects to an ftp:// URL (user, password, port and folder from it) and opens its folder; for
    // `ferry ftp://host/path`. Returns false (and says why in the window) when it is not an FTP URL.
    bool openUrl(const QUrl& url);

    // Connects with explicit settings (the quick-connect bar and the site manager end here).
    void connectTo(const FtpLogin& login, const FtpClientOptions& options,
                   const QString& remotePath = QString(), const QString& localPath = QString());
    void connectToSite(const Site& site);

    LocalPane* localPane() const { return m_localPane; }
    RemotePane* remotePane() const { return m_remotePane; }
    QuickConnectBar* quickConnectBar() const { return m_quickConnect; }
    LogPanel* logPanel() const { return m_logPanel; }
    ServerPanel* serverPanel() const { return m_serverPanel; }
    TransferController* transferController() const { return m_transfers; }
    FtpClient* client() const { return m_client; }
    FilePane* activePane() const;
    QSplitter* splitter() const { return m_splitter; }
    const AppSettings& settings() const { return m_settings; }

    // Where files dragged out to the desktop are fetched to before the drop completes.
    static QString dragOutFolder();

public Q_SLOTS:
    void disconnectFromServer();
    void openSiteManager(bool newSite = false);
    void openSettings();
    void applySettings(const Ferry::AppSettings& settings);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBars();
    void createDocks();
    void createStatusBar();
    void restoreWindowState();
    void saveWindowState();
    void setActivePane(FilePane* pane);
    void updateActions();
    void showPaneMenu(FilePane* pane, const QPoint& globalPos);
    void onStateChanged(FtpClient::State state);
    void onDisconnected(const QString& reason);
    void startUpload(const QStringList& localPaths, const QString& remoteFolder);
    void startDownload(const QList<TransferController::RemoteItem>& items, const QString& localFolder);
    QList<QUrl> fetchForDragOut(const QList<TransferController::RemoteItem>& items);
    void onConflict(TransferController::Direction direction, const QString& target);
    void updateTransferStatus();
    void showTransferProgress();
    void flushRemoteRefresh();
    QAction* makeAction(const QString& name, const QString& icon, const QString& text,
                        const QKeySequence& key, void (MainWindow::*slot)());
    QAction* makePaneAction(const QString& name, const QString& icon, const QString& text,
                            const QKeySequence& key, void (FilePane::*slot)());
    void populateSitesMenu();

    AppSettings m_settings;
    FtpClient* m_client;
    TransferController* m_transfers;
    PasswordStore* m_passwords;
    QuickConnectBar* m_quickConnect;
    QSplitter* m_splitter;
    LocalPane* m_localPane;
    RemotePane* m_remotePane;
    LogPanel* m_logPanel;
    ServerPanel* m_serverPanel = nullptr;
    QPointer<FilePane> m_activePane;
    QDockWidget* m_logDock = nullptr;
    QDockWidget* m_transferDock = nullptr;
    QDockWidget* m_serverDock = nullptr;
    QToolBar* m_mainToolBar = nullptr;
    QToolBar* m_quickToolBar = nullptr;
    QMenu* m_sitesMenu = nullptr;
    QLabel* m_stateLabel = nullptr;
    QLabel* m_transferLabel = nullptr;
    QLabel* m_rateLabel = nullptr;
    QProgressBar* m_transferProgress = nullptr;
    QLabel* m_queueStatus = nullptr;
    QPointer<FtpOperation> m_connectOperation;
    FtpLogin m_login;
    FtpClientOptions m_options;
    QString m_lastRemotePath;
    QSet<QString> m_changedRemoteFolders;
    QTimer m_remoteRefreshTimer;
    QTimer m_progressTimer; // coalesces the transfer progress shown in the status bar
    QString m_progressName;
    qint64 m_progressDone = 0;
    qint64 m_progressTotal = -1;
    bool m_sessionUp = false; // logged in (a later disconnect is a lost connection)
    bool m_closeConfirmed = false;
    bool m_dragOutRunning = false;

    // Actions, named for tests and for the key map.
    QAction* m_siteManagerAction = nullptr;
    QAction* m_newSiteAction = nullptr;
    QAction* m_disconnectAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_transferAction = nullptr;
    QAction* m_renameAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_newFolderAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_copyUrlAction = nullptr;
    QAction* m_propertiesAction = nullptr;
    QAction* m_backAction = nullptr;
    QAction* m_forwardAction = nullptr;
    QAction* m_upAction = nullptr;
    QAction* m_locationAction = nullptr;
    QAction* m_filterAction = nullptr;
    QAction* m_hiddenAction = nullptr;
    QAction* m_switchPaneAction = nullptr;
    QAction* m_cancelTransfersAction = nullptr;
    QAction* m_focusQuickConnectAction = nullptr;
    QAction* m_serverPanelAction = nullptr;
};

} // namespace Ferry
