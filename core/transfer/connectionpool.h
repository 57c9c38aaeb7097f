#pragma once

#include "client/ftpclient.h"
#include "client/ftpoperation.h"
#include "transfer/transfertypes.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>
#include <memory>

namespace Ferry {

class SessionBudget;

// The logged-on control connections of one site, shared by its transfers: a connection is handed to one
// user at a time (acquire), comes back when that user is done (release) and is reused; idle ones are
// closed after a while. Never more than limit() connections exist at once, those still closing included.
//
// The limit is the site's maxConnections when set. Otherwise it is the default, except that until the
// first connection has logged on only one is opened, and a server that knows no FEAT (a board server:
// four sessions in all, one thread for all of them) keeps that single connection.
class ConnectionPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionPool)

public:
    // The callback gets a logged-on client, or nullptr with the failed logon's error and message.
    using Callback =
        std::function<void(FtpClient* client, FtpOperation::Error error, const QString& message)>;

    explicit ConnectionPool(const TransferSite& site, QObject* parent = nullptr);
    ~ConnectionPool() override;

    TransferSite site() const { return m_site; }
    // New login or options apply to connections opened from now on; idle ones with an old login close.
    void setSite(const TransferSite& site);
    void setDefaultMaxConnections(int count);
    // Sessions to the site's server shared with connections outside this pool (a board's four): a
    // connection opens only when the budget has room, and idle ones close when a browsing connection
    // waits for one. nullptr: no budget.
    void setSessionBudget(std::shared_ptr<SessionBudget> budget);
    void setIdleTimeout(int milliseconds);

    int limit() const;
    // True once a connection has logged on and the server's kind (board-like or not) is known.
    bool serverKnown() const { return m_serverKnown; }
    bool serverIsMinimal() const { return m_serverMinimal; }
    // The server lost an upload over EPSV (a board's defect): every connection of the pool, open now or
    // later, uploads with PASV (IPv4) or EPRT (IPv6) until the login changes.
    void avoidEpsvUploads();
    bool avoidsEpsvUploads() const { return m_avoidEpsvUploads; }

    // True when a new acquire() would be served without waiting for another user's release().
    bool hasCapacity() const;
    // Asks for a connection. The callback runs later from the event loop, never inside this call.
    // Returns a request id for cancel().
    quint64 acquire(Callback callback);
    // Forgets a request that was not served yet.
    void cancel(quint64 requestId);
    // Gives a connection back. A connected one becomes idle (and serves the next request); one that lost
    // its connection is deleted.
    void release(FtpClient* client);
    // Closes every idle connection now (QUIT).
    void closeIdle();
    // Closes every connection at once; pending requests fail with Canceled.
    void closeAll();

    // Connections that exist now (connecting, logged on, closing), the most at once so far, and how many
    // were opened in all.
    int connectionCount() const { return int(m_connections.size()); }
    int busyCount() const;
    int waitingCount() const { return int(m_waiting.size()); }
    int peakConnectionCount() const { return m_peak; }
    int openedConnectionCount() const { return m_opened; }

Q_SIGNALS:
    // The limit or the capacity changed: requests may be made again.
    void capacityChanged();
    void connectionCountChanged(int count);
    // The control dialogue of every connection, tagged with a connection number.
    void logMessage(int connection, Ferry::FtpClient::LogKind kind, const QString& text);

private:
    struct Connection
    {
        FtpClient* client = nullptr;
        int number = 0;
        bool loggedOn = false;
        bool busy = false;
        bool closing = false;
        qint64 idleSinceMs = 0;
        quint64 loginGeneration = 0;
        QString budgetServer; // the session budget's key it counts against ("" when none)
    };
    struct Request
    {
        quint64 id = 0;
        Callback callback;
    };

    void schedulePump();
    void pump();
    void openConnection(const QString& budgetServer);
    QString budgetServer() const;
    void onLogonFinished(FtpClient* client, FtpOperation* operation);
    void onDisconnected(FtpClient* client);
    void closeConnection(Connection& connection);
    void forget(FtpClient* client);
    void checkIdle();
    void closeExcessIdle();
    Connection* find(FtpClient* client);
    int activeCount() const; // connections that are not closing
    void countChanged();

    TransferSite m_site;
    quint64 m_loginGeneration = 1;
    int m_defaultMax = 3;
    int m_idleTimeoutMs = 30000;
    bool m_serverKnown = false;
    bool m_serverMinimal = false;
    bool m_avoidEpsvUploads = false;
    QList<Connection> m_connections;
    QList<Request> m_waiting;
    quint64 m_nextRequest = 1;
    int m_nextNumber = 1;
    int m_peak = 0;
    int m_opened = 0;
    bool m_pumpScheduled = false;
    std::shared_ptr<SessionBudget> m_budget;
    QTimer m_idleTimer;
    QElapsedTimer m_clock;
};

} // namespace Ferry
