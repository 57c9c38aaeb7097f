#pragma once

#include "browse/remotebrowser.h"
#include "client/ftpclient.h"
#include "logpanel.h"
#include "remoteitem.h"

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QSettings;
class QSplitter;

namespace Ferry {

class BrowseRequest;
class CertificatePrompt;
class FilePane;
class LocalPane;
class PasswordStore;
class RemotePane;
class SessionBudget;
class TransferActions;
struct Site;

// One connection of the window (a tab): the browsing connection to a server with its state, the local
// pane (left) and the remote pane (right) in a splitter, and the message log of that connection (its
// own lines and level filter; the window shows it in the log dock). Transfers go through the window's
// one queue (TransferActions); the queue's reports about this session's server come back here (folders to
// list again, failures to show in a pane).
//
// Connecting never blocks: the logon runs in the engine and its outcome shows in the remote pane. The
// browsing connection takes a session of the server's SessionBudget (a board serves four in all, shared
// with the other tabs and the transfers): when none is free the tab says so and connects as soon as one
// is given back.
//
// A tab remembers its server (never the password) and folders across restarts: a restored tab shows
// them, not connected, and reconnect() takes it back there.
class ConnectionSession final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionSession)

public:
    ConnectionSession(TransferActions* transfers, PasswordStore* passwords,
                      std::shared_ptr<SessionBudget> budget, QWidget* parent = nullptr);
    ~ConnectionSession() override;

    // The browsing connection: its client runs in a worker thread of its own (one per session).
    RemoteBrowser* client() const { return m_client; }
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
    // Logged in, logging in, or waiting for a free session: a new connection had better open a tab.
    bool isBusy() const
    {
        return m_client->state() != FtpClient::State::Unconnected || m_pending.has_value();
    }
    // Waiting for one of the server's sessions (all in use by other tabs and transfers).
    bool isWaitingForSession() const { return m_pending.has_value(); }
    // The server this tab shows or showed (no password); empty host for a fresh tab.
    FtpLogin login() const { return m_login; }
    bool hasServer() const { return !m_login.host.isEmpty(); }
    // The site manager's site this tab connected through ("" when none).
    QString siteRef() const { return m_siteRef; }
    // The tab's title: the site's name, else "user@host:port", else "New tab".
    QString title() const;
    // The transfer queue's site of the browsing connection's server ("" before the first connect).
    QString siteId() const { return m_siteId; }
    // The remote folder last shown (kept after a disconnect, for reconnecting there).
    QString lastRemotePath() const { return m_lastRemotePath; }
    // "Connected to dev@host:2121", "Not connected", ... (the status bar's permanent label).
    QString stateText() const;
    // FTPS: the encryption this tab's connection asks for (the site's, the URL's scheme's), and what
    // protects it now (the status bar's lock).
    TlsMode tlsMode() const { return m_options.tls.mode; }
    ConnectionSecurity security() const { return m_client->security(); }
    // Asks the user about certificates the browsing connection cannot trust by itself.
    CertificatePrompt* certificatePrompt() const { return m_certificatePrompt; }

    // Connects with explicit settings (closing any earlier connection of this session). maxConnections:
    // the site's transfer connections (0: the settings' parallel transfers, one for board servers).
    void connectTo(const FtpLogin& login, const FtpClientOptions& options,
                   const QString& remotePath = QString(), const QString& localPath = QString(),
                   int maxConnections = 0);
    // A saved site: its password from the site, the keychain, or a prompt.
    void connectToSite(const Site& site);
    // Connects again to the server this tab showed, into its last remote folder: through its site
    // (keychain) when it came from one, else asking for the password unless the login is anonymous.
    void reconnect(const FtpClientOptions& options);
    void disconnectFromServer();
    // Says QUIT to the server when logged in (the window is closing).
    void quitServer();

    void setShowHidden(bool show);
    // The panes' folders, histories and columns, the splitter and the log level, in the current group.
    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);
    // The server of the tab (host, port, user, site; no password), in the current group. A restored tab
    // shows it, not connected.
    void saveServer(QSettings& settings) const;
    void restoreServer(const QSettings& settings);
    // A new tab like `other`: its local folder, columns, splitter and log level.
    void copyLayout(const ConnectionSession& other);

    // "user@host:port" for a person (the port only when not 21, brackets around IPv6 addresses).
    static QString describeLogin(const FtpLogin& login);

public Q_SLOTS:
    // A transfer changed `folder` on the server of `siteId`: listed again if it is this session's
    // (coalesced).
    void remoteFolderChanged(const QString& siteId, const QString& folder);

Q_SIGNALS:
    // The connection's state, or the tab's title, changed.
    void stateChanged(Ferry::FtpClient::State state);
    // The remote folder shown changed (tabs on the same server are told apart by it).
    void remoteFolderShown(const QString& path);
    // Logged in (for the recent connections of the quick-connect bar).
    void connected(const Ferry::FtpLogin& login, const QString& remotePath, Ferry::TlsMode mode);
    // The login a site or URL is about to use (the quick-connect bar shows it; no password for sites).
    void loginChosen(const Ferry::FtpLogin& login, Ferry::TlsMode mode);
    // What protects the connection changed (TLS up, PROT P, closed).
    void securityChanged(const Ferry::ConnectionSecurity& security);
    void statusMessage(const QString& text, int timeoutMs);
    // The active pane, its folder or its selection changed: the window's actions follow.
    void actionsChanged();
    void contextMenuRequested(Ferry::FilePane* pane, const QPoint& globalPos);

private:
    struct PendingConnect
    {
        FtpLogin login;
        FtpClientOptions options;
        QString remotePath;
        int maxConnections = 0;
    };

    void onStateChanged(FtpClient::State state);
    // The transfer queue's connections to this server follow the browsing connection: its certificate
    // decision (no second question per connection) and, once the server spoke TLS, TLS required.
    void shareSecurityWithTransfers();
    void onDisconnected(const QString& reason);
    void flushRemoteRefresh();
    // Takes a session of the server's budget and logs on, or waits for one (m_pending).
    void startConnect(const PendingConnect& request);
    void onSessionReleased(const QString& server);
    void stopWaiting();
    void releaseSession();
    // Closes any earlier connection and connects (m_siteRef and m_siteName as they are).
    void beginConnect(const FtpLogin& login, const FtpClientOptions& options, const QString& remotePath,
                      const QString& localPath, int maxConnections);
    // Asks for the password of user on host (why: a line above the question), then calls go with it.
    void askPassword(const QString& user, const QString& host, const QString& why,
                     const std::function<void(const QString&)>& go);

    TransferActions* m_transfers;
    QPointer<PasswordStore> m_passwords;
    std::shared_ptr<SessionBudget> m_budget;
    QString m_heldServer; // the budget's server of the session this tab holds ("" when none)
    std::optional<PendingConnect> m_pending;
    RemoteBrowser* m_client;
    QSplitter* m_splitter;
    LocalPane* m_localPane;
    RemotePane* m_remotePane;
    QPointer<LogPanel> m_logPanel;
    QPointer<FilePane> m_activePane;
    QPointer<BrowseRequest> m_connectOperation;
    FtpLogin m_login;
    FtpClientOptions m_options; // of the current (or last) connection
    int m_maxConnections = 0;
    CertificatePrompt* m_certificatePrompt;
    QString m_siteRef;
    QString m_siteName;
    QString m_siteId;
    QString m_lastRemotePath;
    QSet<QString> m_changedRemoteFolders;
    QTimer m_remoteRefreshTimer;
    bool m_sessionUp = false; // logged in (a later disconnect is a lost connection)
    bool m_alwaysTrustAsked = false; // the user asked to always trust this connection's certificate
};

} // namespace Ferry
