#pragma once

#include <QByteArrayList>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QTcpServer>
#include <vector>

namespace Ferry::Test {

// A man in the middle for FTP on loopback that breaks things on purpose, deterministically.
//
//   VsftpdServer server;                      // or any FTP server on loopback
//   FERRY_START_PEER(server, QHostAddress(QHostAddress::LocalHost));
//   FaultProxy proxy;
//   QVERIFY2(proxy.start(server.address(), server.port()), qPrintable(proxy.errorString()));
//   proxy.dropAfter(FaultProxy::Channel::Data, 1024 * 1024, 3); // the next 3 data connections die at 1 MiB
//   ... connect the client to proxy.host() / proxy.port() instead of the server ...
//
// Every control connection accepted on address():port() is forwarded to the server. Data connections
// are proxied too, in both modes:
// - passive: the server's 227 (PASV) and 229 (EPSV) replies are rewritten to point at a data listener
//   of the proxy (on the address the client reached the proxy at); the client's connection to it is
//   forwarded to the server's real data port (connected from the proxy's address towards the server).
// - active: the client's PORT and EPRT commands are rewritten to point at a listener of the proxy (on
//   the address the server sees the proxy at); the server's connection to it is forwarded to the
//   client's address. PORT stays PORT where the server side is IPv4, EPRT otherwise.
// Each listener accepts one connection, only from the host on its control connection, and is closed when
// the control connection announces another data address or closes.
//
// The control dialogue is forwarded a whole command or a whole reply per write (sockets with
// TCP_NODELAY), byte for byte except for the rewritten lines, because board servers and their clients
// read one TCP segment per command or reply. Data is streamed in chunks with flow control: a side is
// read only while the other side's write queue is below bufferSize(), and Qt's read buffers are bounded
// too, so memory stays at a few times bufferSize() per connection however much is carried.
//
// Faults (see Fault): drop a connection after N bytes (reset or orderly close), stall it (optionally
// resuming after a time), refuse it, delay it. Faults can be added or removed at any time; a fault added
// while connections are open also applies to them, counting bytes from that moment. The schedule is
// deterministic: connections are numbered in the order they are seen (per channel, from 1), each fault
// looks at the connections of its channel in that order, leaves the first `skip` alone and then hits
// `count` of them. There is no randomness. Where several connections run at once, which one is seen
// first depends on timing; faults tied to protocol events (Fault::commands: "after the 21st STOR has
// been answered 150", "256 KiB into a RETR's data") count those events instead, so they hit however
// the client orders and batches its commands. A connection reset by its peer is forwarded as an orderly
// close (Qt does not tell the two apart). A side that closes before the proxy has connected the other
// one (an empty upload) is closed in order towards the other side once that is connected.
//
// Counters and signals let a test observe what happened: connectionsSeen(), activeConnections(),
// faultsInjected(), bytesForwarded(), connectionSeen(), connectionClosed(), faultInjected().
//
// Not thread-safe: use it from the thread it lives in (the test's). Loopback addresses only.
class FaultProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultProxy)

public:
    enum class Channel
    {
        Control,
        Data
    };
    Q_ENUM(Channel)

    // Which bytes count towards a fault's afterBytes: the client's (commands, upload data), the
    // server's (replies, download data), or both together.
    enum class Direction
    {
        ToServer,
        ToClient,
        Either
    };
    Q_ENUM(Direction)

    enum class FaultKind
    {
        // Once afterBytes have been forwarded, both halves of the connection are closed: reset (RST,
        // what is not yet delivered is lost) or, with reset false, closed in order (FIN, everything
        // forwarded arrives first).
        Drop,
        // Once afterBytes have been forwarded, nothing more is forwarded in either direction (the sockets
        // stay open, so the peers see silence, then TCP flow control) until durationMs have passed (a
        // negative duration: until resumeStalled() or the end).
        Stall,
        // The connection never gets through. Control: accepted and closed at once (FIN), before any
        // greeting (the client's connect succeeds, then the server is gone). Data: the announced data port is
        // closed before the peer connects, so its connect is refused (passive: the client's, which may
        // then try another method; active: the server's, which answers 425). For a client's connect
        // refused by the system (ECONNREFUSED), use setAccepting(false).
        Refuse,
        // The proxy waits durationMs after accepting the connection before it opens the other half
        // (control: to the server, so the greeting comes late; passive data: to the server's data port;
        // active data: to the client). Bytes received meanwhile are held (bounded) and forwarded later.
        Delay
    };
    Q_ENUM(FaultKind)

    struct Fault
    {
        FaultKind kind = FaultKind::Drop;
        Channel channel = Channel::Data;
        // Drop and Stall: when the fault happens. 0 means as soon as the connection is through.
        Direction direction = Direction::Either;
        qint64 afterBytes = 0;
        // Control channel, Drop and Stall: AtByte cuts exactly after afterBytes, in the middle of a
        // command or reply if that is where they end; BetweenLines lets the line they end in through
        // whole first, as a connection that dies loses whole segments. Use it against a server that takes
        // each segment as a command (the board): a cut line would be run as a command of its own
        // ("STOR /m/big/thr" creates a file of that name).
        enum class Cut
        {
            AtByte,
            BetweenLines
        };
        Cut cut = Cut::AtByte;
        // Stall: resume after this long (negative: never). Delay: how long to wait.
        int durationMs = -1;
        // Drop: reset (true) or orderly close (false).
        bool reset = true;
        // Drop with reset: which halves are reset; the other one is closed in order (FIN, after what
        // was forwarded). Client: the client sees its connection reset while the server sees an orderly
        // end, so that an upload cut there looks complete to the server (pyftpdlib answers a reset STOR
        // connection only now and then, and the client would wait for its reply timeout).
        enum class ResetSide
        {
            Both,
            Client,
            Server
        };
        ResetSide resetSide = ResetSide::Both;
        // The schedule: leave the first `skip` connections of the channel alone (counted from when the
        // fault was added, open ones first), then hit `count` connections (Unlimited: every one). Drop
        // and Stall count the connections they actually hit: one that closes before afterBytes does
        // not use up the count.
        int skip = 0;
        int count = 1;
        // Drop and Stall: a protocol event instead of the connection's start begins the count of
        // afterBytes, so that the fault does not depend on how many bytes the commands before took or
        // on how the client batches them. Empty: bytes from the start, as above. Not empty: verbs such
        // as "STOR", "RETR".
        // - Control channel: the event is the server's preliminary reply (1xx) to one of these commands,
        //   forwarded whole to the client; afterBytes = 0 drops the connection right after it, while
        //   the data transfer it announced is running.
        // - Data channel: the event is one of these commands passing on the control connection; it
        //   arms the data connection it uses (the one announced last on that control connection), so
        //   listings and other transfers are left alone.
        // Events are counted over all connections of the proxy (not per connection) from when the
        // fault was added: the first `skip` are left alone, then `count` hit. As with bytes, a data
        // connection that closes before afterBytes does not use up the count.
        QByteArrayList commands;
    };
    static constexpr int Unlimited = -1;

    explicit FaultProxy(QObject* parent = nullptr);
    ~FaultProxy() override;

    // Listens on listenAddress (port chosen by the system) and forwards to serverAddress:serverPort.
    // Both must be loopback addresses. False with errorString() on failure.
    bool start(const QHostAddress& serverAddress, quint16 serverPort,
               const QHostAddress& listenAddress = QHostAddress(QHostAddress::LocalHost));
    // Closes the listener and every connection at once (no signals about the closed connections).
    void stop();
    bool isListening() const;

    QHostAddress address() const;
    // The address as a URL host without brackets ("127.0.0.1", "::1").
    QString host() const;
    quint16 port() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    QString errorString() const;

    // While false, the listening socket is closed, so connection attempts are refused by the system
    // (the client sees ECONNREFUSED: connection refused); true listens again on the same port. Open
    // connections are not affected.
    bool setAccepting(bool accepting);
    bool isAccepting() const;

    // Upper bound of the bytes queued per direction of a connection (read buffer and write queue each);
    // default 1 MiB. Applies to connections opened afterwards.
    void setBufferSize(qint64 bytes);
    qint64 bufferSize() const;

    // Adds a fault to the schedule and returns its id (> 0).
    int addFault(const Fault& fault);
    // Convenience forms of addFault().
    int dropAfter(Channel channel, qint64 bytes, int count = 1, Direction direction = Direction::Either,
                  bool reset = true);
    int stallAfter(Channel channel, qint64 bytes, int resumeAfterMs = -1, int count = 1,
                   Direction direction = Direction::Either);
    int refuse(Channel channel, int count = 1);
    int delay(Channel channel, int milliseconds, int count = 1);
    // Removes a fault: it hits no more connections (a running stall or delay continues).
    bool removeFault(int id);
    void clearFaults();
    // How often the fault has hit so far (0 for an unknown id).
    int timesInjected(int id) const;
    // Ends every running stall now.
    void resumeStalled();

    // Connections seen on a channel, from the start: control connections accepted (refused ones too),
    // data connections announced (each rewritten 227/229/PORT/EPRT counts once, refused or not).
    int connectionsSeen(Channel channel) const;
    // Connections of a channel that are open or being set up right now.
    int activeConnections(Channel channel) const;
    int faultsInjected() const;
    int faultsInjected(FaultKind kind) const;
    // Bytes forwarded on a channel in one direction (Either: both), from the start.
    qint64 bytesForwarded(Channel channel, Direction direction) const;

Q_SIGNALS:
    // A connection was seen; index counts from 1 per channel (connectionsSeen()).
    void connectionSeen(Ferry::Test::FaultProxy::Channel channel, int index);
    // A connection that was seen is completely closed (both halves).
    void connectionClosed(Ferry::Test::FaultProxy::Channel channel, int index);
    // A fault hit connection `index` of `channel`; faultId is the id addFault() returned.
    void faultInjected(Ferry::Test::FaultProxy::FaultKind kind, Ferry::Test::FaultProxy::Channel channel,
                       int index, int faultId);

private:
    class Link;
    friend class Link;

    struct Rule
    {
        int id = 0;
        Fault fault;
        int seen = 0;  // connections of the channel this rule looked at
        int fired = 0; // times it hit
        bool exhausted() const { return fault.count >= 0 && fired >= fault.count; }
    };

    void onNewConnection();
    // A new connection of `channel`: numbers it, applies Refuse/Delay and arms Drop/Stall on it.
    void registerLink(Link* link);
    // Protocol events seen by a control link (see Fault::commands): the 1xx reply to `verb` that ends
    // at byte `replyEnd` of the link's server-to-client stream; `verb` sent, using `dataLink`.
    void preliminaryReplySeen(Link* link, const QByteArray& verb, qint64 replyEnd);
    void transferCommandSeen(Link* dataLink, const QByteArray& verb);
    // The rule counts this event (one more seen) and it falls in its window of skip/count.
    bool takesEvent(Rule& rule, Channel channel, const QByteArray& verb);
    void linkFinished(Link* link);
    Rule* findRule(int id);
    // Records a hit of `rule` on `link`; false if the rule is exhausted (then nothing happens).
    bool fire(Rule& rule, Link* link);
    void countForwarded(Channel channel, int directionIndex, qint64 bytes);

    QTcpServer m_listener;
    QHostAddress m_address;
    quint16 m_port = 0;
    QHostAddress m_serverAddress;
    quint16 m_serverPort = 0;
    QString m_errorString;
    bool m_accepting = true;
    qint64 m_bufferSize = 1024 * 1024;

    std::vector<Rule> m_rules;
    int m_nextRuleId = 1;
    QList<Link*> m_links;
    int m_seen[2] = {0, 0};
    int m_active[2] = {0, 0};
    int m_faults[4] = {0, 0, 0, 0};
    qint64 m_bytes[2][2] = {{0, 0}, {0, 0}}; // [channel][ToServer, ToClient]
};

} // namespace Ferry::Test
