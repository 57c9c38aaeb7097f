#pragma once

#include "appsettings.h"
#include "client/ftpclient.h"
#include "remoteitem.h"
#include "transfer/transfertypes.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <optional>

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
class TransferPanel;
class TransferQueue;
struct Site;

// Ferry's client window: the quick-connect bar, the local pane (left) and the remote pane (right) in a
// splitter, the message log dock, the transfer queue dock (TransferPanel over core's TransferQueue, which
// moves files over connections of its own, never the browsing one) and the embedded server panel
// (ServerPanel). Every action works on the active pane (the one that had the focus last) and has a
// keyboard shortcut. The window never blocks: connecting, listing and transferring run in the engine;
// errors show in the pane where they happened, in the queue row and in the status bar, never as a modal
// box. Geometry, splitter, docks, folders and preferences are remembered in ferry.ini; the queue is kept
// in queue.json (QStandardPaths app data) and comes back paused after a restart.
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
    // maxConnections: the site's transfer connections (0: the settings' parallel transfers, one for board
    // servers).
    void connectTo(const FtpLogin& login, const FtpClientOptions& options,
                   const QString& remotePath = QString(), const QString& localPath = QString(),
                   int maxConnections = 0);
    void connectToSite(const Site& site);

    LocalPane* localPane() const { return m_localPane; }
    RemotePane* remotePane() const { return m_remotePane; }
    QuickConnectBar* quickConnectBar() const { return m_quickConnect; }
    LogPanel* logPanel() const { return m_logPanel; }
    ServerPanel* serverPanel() const { return m_serverPanel; }
    TransferQueue* transferQueue() const { return m_queue; }
    TransferPanel* transferPanel() const { return m_transferPanel; }
    FtpClient* client() const { return m_client; }
    FilePane* activePane() const;
    QSplitter* splitter() const { return m_splitter; }
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
    void startDownload(const QList<RemoteItem>& items, const QString& localFolder);
    // One download job per item into localFolder, on the browsing connection's site.
    QList<TransferJobRequest>
    downloadRequests(const QList<RemoteItem>& items, const QString& localFolder,
                     std::optional<FileExistsAction> existsAction = std::nullopt) const;
    // Queues the jobs and shows the queue; returns the ids queued (an error in errorPane for any refused).
    QList<TransferJobId> enqueue(const QList<TransferJobRequest>& requests, FilePane* errorPane);
    QList<QUrl> fetchForDragOut(const QList<RemoteItem>& items);
    void createTransferQueue();
    void restoreQueue();
    void onFileFinished(TransferJobId id, const QString& sourcePath, bool transferred);
    void onJobFinished(const TransferJobSnapshot& job);
    void updateTransferStatus(const TransferTotals& totals);
    void flushRemoteRefresh();
    // What quitting now would stop (running transfers, server sessions); empty when nothing.
    QString quitWarning() const;
    QAction* makeAction(const QString& name, const QString& icon, const QString& text,
                        const QKeySequence& key, void (MainWindow::*slot)());
    QAction* makePaneAction(const QString& name, const QString& icon, const QString& text,
                            const QKeySequence& key, void (FilePane::*slot)());
    void populateSitesMenu();

    AppSettings m_settings;
    FtpClient* m_client;
    TransferQueue* m_queue;
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
    TransferPanel* m_transferPanel = nullptr;
    QDockWidget* m_serverDock = nullptr;
    QToolBar* m_mainToolBar = nullptr;
    QToolBar* m_quickToolBar = nullptr;
    QMenu* m_sitesMenu = nullptr;
    QLabel* m_stateLabel = nullptr;
    QLabel* m_transferLabel = nullptr;
    QLabel* m_rateLabel = nullptr;
    QProgressBar* m_transferProgress = nullptr;
    QPointer<FtpOperation> m_connectOperation;
    FtpLogin m_login;
    FtpClientOptions m_options;
    QString m_siteId; // the transfer queue's site of the browsing connection
    QString m_lastRemotePath;
    QSet<QString> m_changedRemoteFolders;
    QTimer m_remoteRefreshTimer;
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
    QAction* m_transferQueueAction = nullptr;
};

} // namespace Ferry
