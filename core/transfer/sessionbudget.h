#pragma once

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QString>

namespace Ferry {

// How many control connections (FTP sessions) to one server may be open at once, counted across
// everything that shares the budget: the window's browsing connections (one per tab) and the transfer
// queue's connections (TransferSettings::sessionBudget reaches its ConnectionPools).
//
// Board servers (NetX Duo) serve four sessions in all and never answer a fifth: its connect or greeting
// just hangs (shared/docs/board-servers.md). Once a connection has found a server to be such a board
// (no FEAT), or a site says it is one, at most BoardSessions sessions to that host and port exist together.
// Other servers have no limit unless one is set.
//
// Browsing connections come first: while one waits for a session, transfers get none (they are asked to
// close their idle connections instead), so that a tab opened on a busy board connects as soon as a
// transfer connection is given back.
//
// Thread-safe: the queue's pools and the browsing connections may live in different threads. Signals
// are emitted from the thread that caused them; connect to them with a receiver (queued across threads).
class SessionBudget final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionBudget)

public:
    static constexpr int BoardSessions = 4;

    enum class Use
    {
        Browsing, // a tab's connection: waits first in line
        Transfer  // a transfer queue connection
    };
    Q_ENUM(Use)

    explicit SessionBudget(QObject* parent = nullptr);
    ~SessionBudget() override;

    // The budget's key of a server: "host:port", the host in lower case, IPv6 in brackets.
    static QString serverKey(const QString& host, quint16 port);

    // Sessions allowed to a server at once; 0: no limit (the default).
    void setLimit(const QString& server, int limit);
    int limit(const QString& server) const;
    // What a logged-on connection found out: a minimal server (no FEAT: a board) gets BoardSessions,
    // unless a limit was set already.
    void noteServerKind(const QString& server, bool minimal);

    // Takes one session for `use` when the server's budget has room for it; false otherwise (nothing
    // taken). A Transfer is refused while browsing connections wait for the room there is.
    bool tryAcquire(const QString& server, Use use);
    // Gives back a session taken for `use` (the connection is closed or was never opened).
    void release(const QString& server, Use use);

    // A browsing connection waits for a session (true) or stopped waiting (false): wanted() asks the
    // transfer connections to close their idle ones.
    void setBrowsingWaiting(const QString& server, bool waiting);

    int inUse(const QString& server) const;
    int inUse(const QString& server, Use use) const;
    // The most sessions to the server at once so far.
    int peak(const QString& server) const;

Q_SIGNALS:
    // A session to the server was given back or the limit rose: waiting connections may try again.
    void released(const QString& server);
    // A browsing connection waits for a session to the server: idle transfer connections should close.
    void wanted(const QString& server);

private:
    struct Server
    {
        int limit = 0;
        bool limitSet = false; // by setLimit(): noteServerKind() leaves it alone
        int browsing = 0;
        int transfers = 0;
        int waiting = 0;
        int peak = 0;
    };

    mutable QMutex m_mutex;
    QHash<QString, Server> m_servers;
};

} // namespace Ferry
