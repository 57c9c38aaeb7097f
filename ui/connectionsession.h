#pragma once

#include "client/ftpclient.h"
#include "logpanel.h"
#include "remoteitem.h"

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

class QSettings;
class QSplitter;

namespace Ferry {

class FilePane;
class FtpOperation;
class LocalPane;
class PasswordStore;
class RemotePane;
class TransferActions;
struct Site;

// One connection of the window (a tab): the browsing connection to a server with its state, the local
// pane (left) and the remote pane (right) in a splitter, and the message log of that connection (its
// own lines and level filter; the window shows it in the log dock). Transfers go through the window's
// one queue (TransferActions); the queue's reports about this session's server come back here (folders to
// list again, failures to show in a pane).
//
// Connecting never blocks: the logon runs in the engine and its outcome shows in the remote pane.
class ConnectionSession final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionSession)

public:
    ConnectionSession(TransferActions* transfers, PasswordStore* passwords, QWidget* parent = nullptr);
    ~ConnectionSession() override;

    FtpClient* client() const { return m_client; }
    LocalPane* localPane() const { return m_localPane; }
    RemotePane* remotePane() const { return m_remotePane; }
    QSplitter* splitter() const { return m_splitter; }
    // The log of this connection; owned by the session, shown by the window in its log dock.
    LogPanel* logPanel() const { return m_logPanel; }
    // The pane that had the focus last (the window's actions work on it).
    FilePane* activePane() const;
    void setActivePane(FilePane* pane);

    FtpClient::State state() const { return m_client->state(); }
    bool isConnected() const { return m_client->state() == FtpClient::State::Connected; }
    FtpLogin login() const { return m_login; }
    // The transfer queue's site of the browsing connection's server ("" before the first connect).
    QString siteId() const { return m_siteId; }
    // The remote folder last shown (kept after a disconnect, for reconnecting there).
    QString lastRemotePath() const { return m_lastRemotePath; }
    // "Connected to dev@host:2121", "Not connected", ... (the status bar's permanent label).
    QString stateText() const;

    // Connects with explicit settings (closing any earlier connection of this session). maxConnections:
    // the site's transfer connections (0: the settings' parallel transfers, one for board servers).
    void connectTo(const FtpLogin& login, const FtpClientOptions& options,
                   const QString& remotePath = QString(), const QString& localPath = QString(),
                   int maxConnections = 0);
    // A saved site: its password from the site, the keychain, or a prompt.
    void connectToSite(const Site& site);
    void disconnectFromServer();
    // Says QUIT to the server when logged in (the window is closing).
    void quitServer();

    void setShowHidden(bool show);
    // The panes' folders, histories and columns, the splitter and the log level, in the current group.
    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

    // "user@host:port" for a person (the port only when not 21, brackets around IPv6 addresses).
    static QString describeLogin(const FtpLogin& login);

public Q_SLOTS:
    // A transfer changed `folder` on the server of `siteId`: listed again if it is this session's
    // (coalesced).
    void remoteFolderChanged(const QString& siteId, const QString& folder);

Q_SIGNALS:
    void stateChanged(Ferry::FtpClient::State state);
    // Logged in (for the recent connections of the quick-connect bar).
    void connected(const Ferry::FtpLogin& login, const QString& remotePath);
    // The login a site or URL is about to use (the quick-connect bar shows it; no password for sites).
    void loginChosen(const Ferry::FtpLogin& login);
    void statusMessage(const QString& text, int timeoutMs);
    // The active pane, its folder or its selection changed: the window's actions follow.
    void actionsChanged();
    void contextMenuRequested(Ferry::FilePane* pane, const QPoint& globalPos);

private:
    void onStateChanged(FtpClient::State state);
    void onDisconnected(const QString& reason);
    void flushRemoteRefresh();

    TransferActions* m_transfers;
    QPointer<PasswordStore> m_passwords;
    FtpClient* m_client;
    QSplitter* m_splitter;
    LocalPane* m_localPane;
    RemotePane* m_remotePane;
    QPointer<LogPanel> m_logPanel;
    QPointer<FilePane> m_activePane;
    QPointer<FtpOperation> m_connectOperation;
    FtpLogin m_login;
    QString m_siteId;
    QString m_lastRemotePath;
    QSet<QString> m_changedRemoteFolders;
    QTimer m_remoteRefreshTimer;
    bool m_sessionUp = false; // logged in (a later disconnect is a lost connection)
};

} // namespace Ferry
