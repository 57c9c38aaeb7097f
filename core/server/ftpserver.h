#pragma once

#include "server/serveroptions.h"
#include "server/servertext.h"
#include "server/servertypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>
#include <memory>

class QTcpSocket;

namespace Ferry {

class Authenticator;
class ConnectionListener;
class FtpServerSession;
class LoginGuard;

// The embedded FTP server: one ConnectionListener per bind address (IPv4 and IPv6 by default), one
// FtpServerSession per control connection, all in the thread the server lives in and never blocking it
// (slow file operations run in workers: FileSystem::renameInBackground()). Serves what an Authenticator
// allows (UserAuthenticator: named users and anonymous, each with a FileSystem jail); failed logins are
// counted per client address (LoginGuard). Observed by the GUI through its signals; ServerHost runs it in
// a thread of its own for the window's server panel and for "ferry serve".
//
//   FtpServer server;
//   auto users = std::make_shared<UserAuthenticator>();
//   users->setAnonymous(QStringLiteral("/srv/share"));
//   server.setAuthenticator(users);
//   if (!server.start()) qWarning() << server.errorString();
//   for (const QUrl& url : server.connectionUrls()) ...
class FtpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FtpServer)

public:
    explicit FtpServer(QObject* parent = nullptr);
    ~FtpServer() override;

    ServerOptions options() const { return m_options; }
    // Takes effect for listeners at the next start() and for sessions that start afterwards.
    void setOptions(const ServerOptions& options);
    std::shared_ptr<Authenticator> authenticator() const { return m_authenticator; }
    void setAuthenticator(std::shared_ptr<Authenticator> authenticator);

    // Listens on every bind address. With the default addresses (0.0.0.0 and ::) it is enough that one
    // of them works (a machine without IPv6); explicit addresses must all work. With port 0 the system
    // picks a port, the same for all addresses where possible. False and errorString() on failure.
    bool start();
    // Stops listening and closes every session (421 to each client; uploads in progress are discarded).
    void stop();
    bool isListening() const;
    QString errorString() const { return m_error; }
    // Warnings of the last start() (e.g. "IPv6 is not available: listening on IPv4 only").
    QStringList warnings() const { return m_warnings; }

    // The port actually listened on (useful with port 0).
    quint16 port() const;
    // The implicit-FTPS port (ServerOptions::implicitTlsPort), 0 when there is none.
    quint16 implicitTlsPort() const;
    QList<QHostAddress> listeningAddresses() const;
    // ftp://host:port/ for every address a client can use: each local interface address of the bound
    // families for a wildcard bind (loopback last, IPv6 link-local left out), the bound address otherwise.
    QList<QUrl> connectionUrls() const;

    QList<ServerSessionInfo> sessions() const;
    int sessionCount() const { return int(m_sessions.size()); }
    // Closes a session (421). False if there is no such session.
    bool disconnectSession(quint64 id, const QString& reason = QString());

Q_SIGNALS:
    void sessionStarted(const Ferry::ServerSessionInfo& info);
    void sessionEnded(const Ferry::ServerSessionInfo& info);
    // Login, current action and, at most four times a second, bytes of the running transfer.
    void sessionStateChanged(const Ferry::ServerSessionInfo& info);
    void transferStarted(const Ferry::ServerTransferInfo& info);
    void transferFinished(const Ferry::ServerTransferInfo& info);
    // Sessions, logins, transfers and file operations (and the whole dialogue with logProtocol);
    // passwords never appear.
    void logMessage(const Ferry::ServerLogEntry& entry);

private:
    // A listener whose connections start sessions (with TLS from connect for the implicit-FTPS port).
    ConnectionListener* createListener(bool implicitTls);
    bool startImplicitTlsListeners();
    void onNewConnection(QTcpSocket* socket, bool implicitTls);
    // Out of file descriptors, typically: logged once (ConnectionListener refuses and retries).
    void onAcceptFailed(const QString& reason, bool outOfDescriptors);
    // Answers 421 with `reason` (English on the wire, the user's language in the log) and closes.
    void refuse(QTcpSocket* socket, const ServerText& reason, bool logIt = true);
    static ServerText text(const char* source, std::initializer_list<ServerText> args = {});
    void onSessionClosed(quint64 id);
    void log(ServerLogEntry::Level level, const QString& text);

    ServerOptions m_options;
    std::shared_ptr<Authenticator> m_authenticator;
    // Failed logins per client address, kept across start() and stop().
    std::shared_ptr<LoginGuard> m_loginGuard;
    QList<ConnectionListener*> m_listeners;
    QList<ConnectionListener*> m_implicitTlsListeners;
    QHash<quint64, FtpServerSession*> m_sessions;
    quint64 m_nextId = 1;
    QString m_error;
    QStringList m_warnings;
};

// Every ftp:// URL (or `scheme`://: ftpes for explicit FTPS, ftps for implicit) a client could use to reach
// a server listening on `addresses` at `port` (wildcard addresses expand to the machine's interface
// addresses). Pure apart from reading the interface list.
QList<QUrl> serverConnectionUrls(const QList<QHostAddress>& addresses, quint16 port,
                                 const QString& scheme = QStringLiteral("ftp"));

} // namespace Ferry
