#include "faultproxy.h"

#include "protocol/dataaddress.h"
#include "protocol/ftpreply.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>
#include <limits>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace Ferry::Test {

namespace {

// Directions (index into per-direction state) and sides (index into the two sockets of a link).
constexpr int ToServer = 0;
constexpr int ToClient = 1;
constexpr int ClientSide = 0;
constexpr int ServerSide = 1;

constexpr qint64 MaxChunk = 256 * 1024;
constexpr qsizetype MaxControlLine = 64 * 1024;      // a longer "line" is forwarded as it is
constexpr qsizetype MaxReplyBytes = 4 * 1024 * 1024; // a longer reply switches to raw forwarding
constexpr int PendingDataListenMs = 60000;           // an announced data port nobody connects to
constexpr qint64 NoLimit = std::numeric_limits<qint64>::max();

int sourceSide(int direction)
{
    return direction == ToServer ? ClientSide : ServerSide;
}

int targetSide(int direction)
{
    return direction == ToServer ? ServerSide : ClientSide;
}

int directionFrom(int side)
{
    return side == ClientSide ? ToServer : ToClient;
}

bool sameHost(const QHostAddress& a, const QHostAddress& b)
{
    return a.isEqual(b, QHostAddress::TolerantConversion);
}

bool isIpv4(const QHostAddress& address)
{
    bool ok = false;
    address.toIPv4Address(&ok);
    return ok;
}

// The next close of `socket` sends a RST instead of a FIN.
void resetOnClose(QTcpSocket* socket)
{
#ifdef Q_OS_UNIX
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor >= 0) {
        linger option{};
        option.l_onoff = 1;
        option.l_linger = 0;
        ::setsockopt(static_cast<int>(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    }
#else
    Q_UNUSED(socket);
#endif
}

// "VERB" of a command line, upper case, and its argument without the line end.
QByteArray commandVerb(const QByteArray& line, QByteArray* argument)
{
    QByteArray text = line;
    while (text.endsWith('\n') || text.endsWith('\r'))
        text.chop(1);
    const qsizetype space = text.indexOf(' ');
    *argument = space < 0 ? QByteArray() : text.mid(space + 1);
    return (space < 0 ? text : text.left(space)).toUpper();
}

} // namespace

// One proxied TCP connection: the half towards the client (ClientSide) and the half towards the server
// (ServerSide). A control link is created with the client's socket and connects to the server. A data
// link first listens for one side (the client in passive mode, the server in active mode), then connects
// the other. Control links rewrite the data addresses that pass through them and create the data links.
class FaultProxy::Link final : public QObject
{
public:
    Link(FaultProxy* proxy, Channel channel) : QObject(proxy), m_proxy(proxy), m_channel(channel)
    {
        const qint64 chunk = std::min(MaxChunk, proxy->m_bufferSize);
        if (channel == Channel::Data)
            m_chunk.resize(static_cast<qsizetype>(chunk));
        m_pendingTimer.setSingleShot(true);
        connect(&m_pendingTimer, &QTimer::timeout, this, [this] { abortAll(); });
    }

    ~Link() override { closeQuietly(); }

    // Closes everything without telling anyone (FaultProxy::stop()).
    void closeQuietly()
    {
        m_finished = true;
        m_closing = true;
        m_pendingTimer.stop();
        if (m_server)
            m_server->close();
        for (QTcpSocket* socket : m_socket) {
            if (socket) {
                socket->disconnect(this);
                socket->abort();
            }
        }
    }

    Channel channel() const { return m_channel; }
    int index() const { return m_index; }
    void setIndex(int index) { m_index = index; }
    bool isClosing() const { return m_closing || m_finished; }
    bool isListening() const { return m_server && m_server->isListening(); }

    // Control: the client's connection, accepted by the proxy; the server is the target.
    void adoptClient(QTcpSocket* socket, const QHostAddress& serverAddress, quint16 serverPort)
    {
        m_acceptSide = ClientSide;
        m_targetAddress = serverAddress;
        m_targetPort = serverPort;
        adopt(ClientSide, socket);
        m_up[ClientSide] = true;
    }

    // Data: listens on listenAddress for one connection from expectedPeer on acceptSide, then connects
    // the other side to target (from bindAddress). Returns the port, 0 on failure.
    quint16 listenForData(int acceptSide, const QHostAddress& listenAddress, const QHostAddress& expectedPeer,
                          const HostPort& target, const QHostAddress& bindAddress)
    {
        m_acceptSide = acceptSide;
        m_expectedPeer = expectedPeer;
        m_targetAddress = target.address;
        m_targetPort = target.port;
        m_bindAddress = bindAddress;
        m_server = new QTcpServer(this);
        m_server->setMaxPendingConnections(1);
        connect(m_server, &QTcpServer::newConnection, this, &Link::onNewDataConnection);
        if (!m_server->listen(listenAddress, 0))
            return 0;
        m_pendingTimer.start(PendingDataListenMs);
        return m_server->serverPort();
    }

    void addDelay(int milliseconds) { m_delayMs += std::max(0, milliseconds); }
    void arm(int ruleId)
    {
        m_armed.push_back({ruleId, {m_bytes[ToServer], m_bytes[ToClient]}, -1});
        if (isEstablished())
            QTimer::singleShot(0, this, [this] { pumpAll(); }); // a threshold may already be reached
    }
    // Control links: arms a rule whose count starts once the server-to-client stream has reached
    // byte `startAt` (the end of a reply queued for the client).
    void armAt(int ruleId, qint64 startAt) { m_armed.push_back({ruleId, {0, 0}, startAt}); }

    // Refuse: a data link's port is closed before anyone connects; a control link's client is closed at
    // once, in order. Not with a reset: a RST that reaches the client before its socket has seen the
    // connect complete makes Qt connect again by itself, so one attempt would use up several refusals.
    void refuseNow()
    {
        m_closing = true;
        m_pendingTimer.stop();
        if (m_server)
            m_server->close();
        if (QTcpSocket* client = m_socket[ClientSide])
            client->disconnectFromHost();
        maybeFinish();
    }

    // Control links: starts the connection to the server (after the delay, if any).
    void start() { scheduleConnect(); }

    void stall(int milliseconds)
    {
        m_stalled = true;
        const int generation = ++m_stallGeneration;
        if (milliseconds >= 0) {
            QTimer::singleShot(milliseconds, this, [this, generation] {
                if (generation == m_stallGeneration)
                    resume();
            });
        }
    }

    void resume()
    {
        if (!m_stalled)
            return;
        m_stalled = false;
        ++m_stallGeneration;
        pumpAll();
    }

    void drop(bool reset, FaultProxy::Fault::ResetSide resetSide = FaultProxy::Fault::ResetSide::Both)
    {
        using ResetSide = FaultProxy::Fault::ResetSide;
        m_closing = true;
        m_pendingTimer.stop();
        if (m_server)
            m_server->close();
        for (int side : {ClientSide, ServerSide}) {
            QTcpSocket* socket = m_socket[side];
            if (!socket || socket->state() == QAbstractSocket::UnconnectedState)
                continue;
            const bool resetThis = reset && (resetSide == ResetSide::Both ||
                                             (resetSide == ResetSide::Client) == (side == ClientSide));
            if (resetThis) {
                socket->flush(); // what was forwarded goes to the kernel before the RST
                resetOnClose(socket);
                socket->abort();
            } else {
                socket->disconnectFromHost();
            }
        }
        maybeFinish();
    }

    void abortAll()
    {
        m_closing = true;
        m_pendingTimer.stop();
        if (m_server)
            m_server->close();
        for (QTcpSocket* socket : m_socket) {
            if (socket)
                socket->abort();
        }
        maybeFinish();
    }

    // Control links: closes the data links announced before that nobody connected to.
    void closePendingData()
    {
        const QList<QPointer<Link>> links = m_dataLinks;
        m_dataLinks.clear();
        for (const QPointer<Link>& link : links) {
            if (link && link->isListening())
                link->abortAll();
            else if (link)
                m_dataLinks.append(link);
        }
    }

private:
    struct Armed
    {
        int ruleId;
        qint64 base[2];
        // >= 0: the count has not started; it starts when m_bytes[ToClient] reaches this.
        qint64 startAt;
    };

    bool isEstablished() const { return m_up[ClientSide] && m_up[ServerSide]; }
    bool canForward() const { return !m_closing && !m_finished && !m_stalled && isEstablished(); }

    void adopt(int side, QTcpSocket* socket)
    {
        m_socket[side] = socket;
        socket->setParent(this);
        socket->setReadBufferSize(m_proxy->m_bufferSize);
        if (m_channel == Channel::Control)
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(socket, &QTcpSocket::connected, this, [this, side] { onConnected(side); });
        connect(socket, &QTcpSocket::readyRead, this, [this, side] { pump(directionFrom(side)); });
        connect(socket, &QTcpSocket::bytesWritten, this,
                [this, side] { pump(side == ServerSide ? ToServer : ToClient); });
        connect(socket, &QTcpSocket::disconnected, this, [this, side] { onDisconnected(side); });
        connect(socket, &QTcpSocket::errorOccurred, this, [this, side] { onError(side); });
    }

    void onNewDataConnection()
    {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            if (m_closing || m_socket[m_acceptSide] || !sameHost(socket->peerAddress(), m_expectedPeer)) {
                socket->abort();
                socket->deleteLater();
                continue;
            }
            m_pendingTimer.stop();
            adopt(m_acceptSide, socket);
            m_up[m_acceptSide] = true;
            m_server->close();
            scheduleConnect();
        }
    }

    void scheduleConnect()
    {
        if (m_closing)
            return;
        if (m_delayMs <= 0) {
            connectOtherSide();
            return;
        }
        m_connectScheduled = true;
        QTimer::singleShot(m_delayMs, this, [this] {
            m_connectScheduled = false;
            if (m_closing || m_finished) {
                maybeFinish();
                return;
            }
            connectOtherSide();
        });
    }

    void connectOtherSide()
    {
        const int side = 1 - m_acceptSide;
        auto* socket = new QTcpSocket(this);
        adopt(side, socket);
        if (!m_bindAddress.isNull())
            socket->bind(m_bindAddress, 0); // the peer sees the proxy's address, as on the control link
        socket->connectToHost(m_targetAddress, m_targetPort);
    }

    void onConnected(int side)
    {
        if (m_closing || m_finished)
            return;
        m_up[side] = true;
        if (m_channel == Channel::Control)
            m_socket[side]->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        pumpAll(); // fires faults at 0 bytes, forwards what arrived while connecting
    }

    void onDisconnected(int side)
    {
        if (m_finished)
            return;
        m_eof[side] = true;
        if (m_closing) {
            maybeFinish();
            return;
        }
        QTcpSocket* socket = m_socket[side];
        const bool otherSideComing = m_connectScheduled || (m_socket[1 - side] && !m_up[1 - side]);
        if (!isEstablished() && side == m_acceptSide && otherSideComing) {
            // The accepted side closed (an empty upload: connect, nothing, close) while the proxy is
            // still connecting the other side: the close is forwarded in order once that side is up,
            // as the peer would have seen it without the proxy.
            m_pending[directionFrom(1 - side)].clear();
            m_shut[side] = true;
            return;
        }
        if (!isEstablished() && (!socket || socket->bytesAvailable() == 0)) {
            // Nothing to hand on to a side that is not connected yet.
            abortAll();
            return;
        }
        // Nothing can be written to this side any more.
        m_pending[directionFrom(1 - side)].clear();
        m_shut[side] = true;
        pump(directionFrom(side)); // forward what is left, then close the other side
        maybeFinish();
    }

    void onError(int side)
    {
        if (m_finished || m_closing)
            return;
        QTcpSocket* socket = m_socket[side];
        if (!socket || socket->error() == QAbstractSocket::RemoteHostClosedError)
            return; // disconnected() follows
        if (!m_up[side]) {
            // Our connect to the target failed: the accepted side cannot be served.
            abortAll();
            return;
        }
        if (socket->state() != QAbstractSocket::UnconnectedState)
            socket->abort(); // emits disconnected()
        else
            onDisconnected(side);
    }

    void pumpAll()
    {
        pump(ToServer);
        pump(ToClient);
        maybeFinish();
    }

    // Reentrant calls (flush() may emit bytesWritten()) only ask the running pump to go round again.
    void pump(int direction)
    {
        if (m_inPump[direction]) {
            m_pumpAgain[direction] = true;
            return;
        }
        m_inPump[direction] = true;
        do {
            m_pumpAgain[direction] = false;
            pumpOnce(direction);
        } while (m_pumpAgain[direction] && !m_finished);
        m_inPump[direction] = false;
    }

    void pumpOnce(int direction)
    {
        if (!canForward() || !checkFaults() || !canForward())
            return;
        QTcpSocket* in = m_socket[sourceSide(direction)];
        QTcpSocket* out = m_socket[targetSide(direction)];
        if (m_shut[targetSide(direction)] || out->state() != QAbstractSocket::ConnectedState) {
            // The target is gone: drop what arrives for it.
            m_pending[direction].clear();
            if (in->isOpen())
                in->skip(in->bytesAvailable());
            return;
        }
        const qint64 limit = m_proxy->m_bufferSize;
        if (m_channel == Channel::Data) {
            while (in->bytesAvailable() > 0 && out->bytesToWrite() < limit) {
                const qint64 allowed = std::min<qint64>(m_chunk.size(), untilFault(direction));
                if (allowed == 0) {
                    if (!checkFaults() || !canForward())
                        return;
                    continue;
                }
                const qint64 n = in->read(m_chunk.data(), allowed);
                if (n <= 0)
                    break;
                out->write(m_chunk.constData(), n);
                account(direction, n);
                if (!checkFaults() || !canForward())
                    return;
            }
        } else {
            for (;;) {
                // One command or reply per write, flushed, so that each goes out in a segment of its own.
                while (!m_pending[direction].isEmpty()) {
                    if (out->bytesToWrite() >= limit)
                        return; // bytesWritten() brings us back
                    const qint64 allowed = untilFault(direction, true);
                    if (allowed == 0) {
                        if (!checkFaults() || !canForward())
                            return;
                        continue;
                    }
                    QByteArray& unit = m_pending[direction].first();
                    if (unit.size() <= allowed) {
                        const QByteArray whole = unit;
                        m_pending[direction].removeFirst();
                        out->write(whole);
                        account(direction, whole.size());
                    } else {
                        out->write(unit.constData(), allowed);
                        unit.remove(0, static_cast<qsizetype>(allowed));
                        account(direction, allowed);
                    }
                    out->flush();
                    if (!checkFaults() || !canForward())
                        return;
                }
                if (in->bytesAvailable() <= 0 || out->bytesToWrite() >= limit)
                    break;
                readControl(direction);
                if (m_pending[direction].isEmpty())
                    break; // a partial line: wait for the rest
            }
        }
        endOfStream(direction);
    }

    // After the source of `direction` closed and everything it sent was forwarded: close the target.
    void endOfStream(int direction)
    {
        const int source = sourceSide(direction);
        const int target = targetSide(direction);
        if (!m_eof[source] || m_shut[target] || m_closing)
            return;
        QTcpSocket* in = m_socket[source];
        if ((in && in->bytesAvailable() > 0) || !m_pending[direction].isEmpty())
            return;
        if (m_channel == Channel::Control && (!m_lineBuffer[direction].isEmpty() || !m_replyRaw.isEmpty())) {
            // An unfinished line or reply at the end: forward it as it is.
            if (direction == ToClient) {
                m_pending[direction].append(m_replyRaw + m_lineBuffer[direction]);
                m_replyRaw.clear();
            } else {
                m_pending[direction].append(m_lineBuffer[direction]);
            }
            m_lineBuffer[direction].clear();
            m_pumpAgain[direction] = true;
            return;
        }
        m_shut[target] = true;
        if (QTcpSocket* out = m_socket[target])
            out->disconnectFromHost(); // writes what is queued, then closes
        maybeFinish();
    }

    // Reads what the source of a control direction has, splits it into lines and queues whole commands
    // (client to server, PORT/EPRT rewritten) or whole replies (server to client, 227/229 rewritten).
    void readControl(int direction)
    {
        QTcpSocket* in = m_socket[sourceSide(direction)];
        QByteArray& buffer = m_lineBuffer[direction];
        buffer += in->read(MaxChunk);
        for (;;) {
            const qsizetype end = buffer.indexOf('\n');
            if (end < 0)
                break;
            const QByteArray line = buffer.left(end + 1);
            buffer.remove(0, end + 1);
            if (direction == ToServer)
                m_pending[ToServer].append(filterCommand(line));
            else
                filterReplyLine(line);
        }
        if (buffer.size() > MaxControlLine) {
            m_pending[direction].append(direction == ToClient ? m_replyRaw + buffer : buffer);
            if (direction == ToClient) {
                m_replyRaw.clear();
                m_rawReplies = true; // the reply reader lost track of the line structure
            }
            buffer.clear();
        }
    }

    QByteArray filterCommand(const QByteArray& line)
    {
        QByteArray argument;
        const QByteArray verb = commandVerb(line, &argument);
        m_sentVerbs.append(verb);
        if (verb != "PORT" && verb != "EPRT") {
            if (!m_dataLinks.isEmpty() && m_dataLinks.last() && !m_dataLinks.last()->isClosing())
                m_proxy->transferCommandSeen(m_dataLinks.last(), verb);
            return line;
        }
        const std::optional<HostPort> client = verb == "PORT" ? DataAddress::parsePortArgument(argument)
                                                              : DataAddress::parseEprtArgument(argument);
        if (!client)
            return line; // the server answers 501 for us
        const QHostAddress local = m_socket[ServerSide]->localAddress();
        const quint16 port = openDataLink(ServerSide, *client);
        if (port == 0)
            return line;
        if (verb == "PORT" && isIpv4(local))
            return "PORT " + DataAddress::formatPortArgument(local, port) + "\r\n";
        return "EPRT " + DataAddress::formatEprtArgument(local, port) + "\r\n";
    }

    void filterReplyLine(const QByteArray& line)
    {
        if (m_rawReplies) {
            m_pending[ToClient].append(line);
            return;
        }
        m_replyRaw += line;
        const QList<FtpReply> replies = m_reader.feed(line);
        if (m_reader.hasError() || m_replyRaw.size() > MaxReplyBytes) {
            m_rawReplies = true;
            m_pending[ToClient].append(m_replyRaw);
            m_replyRaw.clear();
            return;
        }
        for (const FtpReply& reply : replies) {
            QByteArray out = m_replyRaw;
            if (reply.code == 227 || reply.code == 229)
                out = rewritePassiveReply(reply, out);
            m_pending[ToClient].append(out);
            m_replyRaw.clear();
            const QByteArray verb = commandAnswered(reply.code);
            if (reply.code < 200 && !verb.isEmpty()) {
                qint64 end = m_bytes[ToClient];
                for (const QByteArray& unit : std::as_const(m_pending[ToClient]))
                    end += unit.size();
                m_proxy->preliminaryReplySeen(this, verb, end);
            }
        }
    }

    // The verb of the command a reply answers (commands are answered in order; a preliminary reply
    // leaves its command waiting for the final one). Empty for the greeting and unasked replies.
    QByteArray commandAnswered(int code)
    {
        if (!m_greeted) {
            m_greeted = code >= 200; // 120 then 220
            return {};
        }
        if (m_sentVerbs.isEmpty())
            return {};
        return code < 200 ? m_sentVerbs.first() : m_sentVerbs.takeFirst();
    }

    QByteArray rewritePassiveReply(const FtpReply& reply, const QByteArray& original)
    {
        const QByteArray text = reply.text().toLatin1();
        const QHostAddress serverPeer = m_socket[ServerSide]->peerAddress();
        HostPort target{serverPeer, 0};
        if (reply.code == 229) {
            const std::optional<quint16> port = DataAddress::parseEpsvReply(text);
            if (!port)
                return original;
            target.port = *port;
        } else {
            const std::optional<HostPort> parsed = DataAddress::parsePasvReply(text);
            if (!parsed)
                return original;
            target.port = parsed->port;
            // vsftpd answers PASV on IPv6 with 0,0,0,0: the data goes to the host we talk to.
            if (parsed->address != QHostAddress(QHostAddress::AnyIPv4))
                target.address = parsed->address;
        }
        const quint16 port = openDataLink(ClientSide, target);
        if (port == 0)
            return original;
        if (reply.code == 229)
            return "229 Entering Extended Passive Mode (|||" + QByteArray::number(port) + "|)\r\n";
        const QHostAddress local = m_socket[ClientSide]->localAddress();
        const QHostAddress announced = isIpv4(local) ? local : QHostAddress(QHostAddress::AnyIPv4);
        return "227 " + DataAddress::formatPasvReplyText(announced, port) + "\r\n";
    }

    // Creates the data link for an announced data address; returns the proxy's port for it (0 if it
    // cannot listen, then the original line is forwarded).
    quint16 openDataLink(int acceptSide, const HostPort& target)
    {
        QTcpSocket* accepting = m_socket[acceptSide];
        QTcpSocket* connecting = m_socket[1 - acceptSide];
        auto* link = new Link(m_proxy, Channel::Data);
        const quint16 port =
            link->listenForData(acceptSide, accepting->localAddress(), accepting->peerAddress(), target,
                                connecting->localAddress());
        if (port == 0) {
            delete link;
            return 0;
        }
        closePendingData();
        m_dataLinks.append(link);
        m_proxy->registerLink(link); // may refuse it: the port is then closed, and announced all the same
        return port;
    }

    qint64 countedFor(const Armed& armed, Direction direction, int forDirection) const
    {
        if (direction == Direction::Either)
            return (m_bytes[ToServer] - armed.base[ToServer]) + (m_bytes[ToClient] - armed.base[ToClient]);
        const int d = direction == Direction::ToServer ? ToServer : ToClient;
        if (forDirection >= 0 && d != forDirection)
            return -1;
        return m_bytes[d] - armed.base[d];
    }

    // Bytes that may still go in `direction` before an armed fault is due. With lines, faults that cut
    // between lines do not limit (the line goes whole, then checkFaults() fires them).
    qint64 untilFault(int direction, bool lines = false) const
    {
        qint64 limit = NoLimit;
        for (const Armed& armed : m_armed) {
            const Rule* rule = m_proxy->findRule(armed.ruleId);
            if (!rule || rule->exhausted())
                continue;
            if (armed.startAt >= 0) {
                // Not started: the reply that starts it goes whole, then checkFaults() starts it.
                if (direction == ToClient)
                    limit = std::min(limit, std::max<qint64>(0, armed.startAt - m_bytes[ToClient]));
                continue;
            }
            if (lines && rule->fault.cut == FaultProxy::Fault::Cut::BetweenLines)
                continue;
            const qint64 counted = countedFor(armed, rule->fault.direction, direction);
            if (counted < 0)
                continue;
            limit = std::min(limit, std::max<qint64>(0, rule->fault.afterBytes - counted));
        }
        return limit;
    }

    // Fires the armed faults that are due. False when the link is closing afterwards.
    bool checkFaults()
    {
        if (!isEstablished())
            return !m_closing;
        for (std::size_t i = 0; i < m_armed.size();) {
            Armed& pending = m_armed[i];
            Rule* rule = m_proxy->findRule(pending.ruleId);
            if (!rule || rule->exhausted()) {
                m_armed.erase(m_armed.begin() + static_cast<std::ptrdiff_t>(i));
                continue;
            }
            if (pending.startAt >= 0) {
                if (m_bytes[ToClient] < pending.startAt) {
                    ++i;
                    continue;
                }
                pending.startAt = -1;
                pending.base[ToServer] = m_bytes[ToServer];
                pending.base[ToClient] = m_bytes[ToClient];
            }
            const Armed armed = pending;
            if (countedFor(armed, rule->fault.direction, -1) < rule->fault.afterBytes) {
                ++i;
                continue;
            }
            m_armed.erase(m_armed.begin() + static_cast<std::ptrdiff_t>(i));
            const Fault fault = rule->fault;
            if (!m_proxy->fire(*rule, this))
                continue;
            if (fault.kind == FaultKind::Drop) {
                drop(fault.reset, fault.resetSide);
                return false;
            }
            stall(fault.durationMs);
        }
        return !m_closing;
    }

    void account(int direction, qint64 bytes)
    {
        m_bytes[direction] += bytes;
        m_proxy->countForwarded(m_channel, direction, bytes);
    }

    void maybeFinish()
    {
        if (m_finished || m_connectScheduled || isListening())
            return;
        for (QTcpSocket* socket : m_socket) {
            if (socket && socket->state() != QAbstractSocket::UnconnectedState)
                return;
        }
        if (!m_closing && !m_socket[ClientSide] && !m_socket[ServerSide])
            return; // not started yet
        if (!m_closing && (!m_socket[ClientSide] || !m_socket[ServerSide]))
            return; // the other side is about to be connected
        m_finished = true;
        m_closing = true;
        m_pendingTimer.stop();
        if (m_channel == Channel::Control)
            closePendingData();
        m_proxy->linkFinished(this);
        deleteLater();
    }

    FaultProxy* m_proxy;
    Channel m_channel;
    int m_index = 0;
    int m_acceptSide = ClientSide;
    QTcpSocket* m_socket[2] = {nullptr, nullptr};
    bool m_up[2] = {false, false};   // connected
    bool m_eof[2] = {false, false};  // the peer on that side closed
    bool m_shut[2] = {false, false}; // nothing more is written to that side
    qint64 m_bytes[2] = {0, 0};      // forwarded per direction
    QList<QByteArray> m_pending[2];  // control: whole commands / replies waiting to be written
    QByteArray m_lineBuffer[2];      // control: an incomplete line
    bool m_inPump[2] = {false, false};
    bool m_pumpAgain[2] = {false, false};
    QByteArray m_chunk;

    QTcpServer* m_server = nullptr;
    QTimer m_pendingTimer;
    QHostAddress m_expectedPeer;
    QHostAddress m_targetAddress;
    quint16 m_targetPort = 0;
    QHostAddress m_bindAddress;
    int m_delayMs = 0;
    bool m_connectScheduled = false;

    std::vector<Armed> m_armed;
    bool m_stalled = false;
    int m_stallGeneration = 0;
    bool m_closing = false;
    bool m_finished = false;

    // Control links only.
    ReplyReader m_reader;
    QByteArray m_replyRaw; // the bytes of the reply being read
    bool m_rawReplies = false;
    bool m_greeted = false;
    QList<QByteArray> m_sentVerbs; // commands forwarded and not answered yet (final reply), in order
    QList<QPointer<Link>> m_dataLinks;
};

FaultProxy::FaultProxy(QObject* parent) : QObject(parent)
{
    connect(&m_listener, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
}

FaultProxy::~FaultProxy()
{
    stop();
}

bool FaultProxy::start(const QHostAddress& serverAddress, quint16 serverPort,
                       const QHostAddress& listenAddress)
{
    stop();
    m_errorString.clear();
    if (!serverAddress.isLoopback() || !listenAddress.isLoopback()) {
        m_errorString = QStringLiteral("the fault proxy only works on loopback addresses (%1, %2)")
                            .arg(serverAddress.toString(), listenAddress.toString());
        return false;
    }
    if (serverPort == 0) {
        m_errorString = QStringLiteral("no server port");
        return false;
    }
    if (!m_listener.listen(listenAddress, 0)) {
        m_errorString =
            QStringLiteral("cannot listen on %1: %2").arg(listenAddress.toString(), m_listener.errorString());
        return false;
    }
    m_address = listenAddress;
    m_port = m_listener.serverPort();
    m_serverAddress = serverAddress;
    m_serverPort = serverPort;
    m_accepting = true;
    std::fill(std::begin(m_seen), std::end(m_seen), 0);
    std::fill(std::begin(m_faults), std::end(m_faults), 0);
    m_bytes[0][0] = m_bytes[0][1] = m_bytes[1][0] = m_bytes[1][1] = 0;
    return true;
}

void FaultProxy::stop()
{
    m_listener.close();
    const QList<Link*> links = m_links;
    m_links.clear();
    for (Link* link : links) {
        link->closeQuietly(); // nothing is signalled
        link->deleteLater();  // stop() may run inside one of its handlers
    }
    std::fill(std::begin(m_active), std::end(m_active), 0);
}

bool FaultProxy::isListening() const
{
    return m_listener.isListening();
}

QHostAddress FaultProxy::address() const
{
    return m_address;
}

QString FaultProxy::host() const
{
    return m_address.toString();
}

quint16 FaultProxy::port() const
{
    return m_port;
}

QHostAddress FaultProxy::serverAddress() const
{
    return m_serverAddress;
}

quint16 FaultProxy::serverPort() const
{
    return m_serverPort;
}

QString FaultProxy::errorString() const
{
    return m_errorString;
}

bool FaultProxy::setAccepting(bool accepting)
{
    if (m_port == 0)
        return false;
    m_accepting = accepting;
    if (!accepting) {
        m_listener.close();
        return true;
    }
    if (m_listener.isListening())
        return true;
    if (!m_listener.listen(m_address, m_port)) {
        m_errorString = QStringLiteral("cannot listen again on %1 port %2: %3")
                            .arg(m_address.toString())
                            .arg(m_port)
                            .arg(m_listener.errorString());
        return false;
    }
    return true;
}

bool FaultProxy::isAccepting() const
{
    return m_accepting;
}

void FaultProxy::setBufferSize(qint64 bytes)
{
    m_bufferSize = std::max<qint64>(bytes, 4096);
}

qint64 FaultProxy::bufferSize() const
{
    return m_bufferSize;
}

int FaultProxy::addFault(const Fault& fault)
{
    Rule rule;
    rule.id = m_nextRuleId++;
    rule.fault = fault;
    rule.fault.afterBytes = std::max<qint64>(0, fault.afterBytes);
    rule.fault.skip = std::max(0, fault.skip);
    m_rules.push_back(rule);
    // Drop and Stall also apply to the connections that are open now, counting bytes from here.
    if (fault.kind == FaultKind::Drop || fault.kind == FaultKind::Stall) {
        QList<Link*> open;
        for (Link* link : std::as_const(m_links)) {
            if (link->channel() == fault.channel && !link->isClosing())
                open.append(link);
        }
        std::sort(open.begin(), open.end(), [](Link* a, Link* b) { return a->index() < b->index(); });
        for (Link* link : std::as_const(open)) {
            Rule* added = findRule(rule.id);
            if (!added->fault.commands.isEmpty())
                break; // armed by protocol events
            if (++added->seen > added->fault.skip)
                link->arm(rule.id);
        }
    }
    return rule.id;
}

int FaultProxy::dropAfter(Channel channel, qint64 bytes, int count, Direction direction, bool reset)
{
    Fault fault;
    fault.kind = FaultKind::Drop;
    fault.channel = channel;
    fault.afterBytes = bytes;
    fault.count = count;
    fault.direction = direction;
    fault.reset = reset;
    return addFault(fault);
}

int FaultProxy::stallAfter(Channel channel, qint64 bytes, int resumeAfterMs, int count, Direction direction)
{
    Fault fault;
    fault.kind = FaultKind::Stall;
    fault.channel = channel;
    fault.afterBytes = bytes;
    fault.durationMs = resumeAfterMs;
    fault.count = count;
    fault.direction = direction;
    return addFault(fault);
}

int FaultProxy::refuse(Channel channel, int count)
{
    Fault fault;
    fault.kind = FaultKind::Refuse;
    fault.channel = channel;
    fault.count = count;
    return addFault(fault);
}

int FaultProxy::delay(Channel channel, int milliseconds, int count)
{
    Fault fault;
    fault.kind = FaultKind::Delay;
    fault.channel = channel;
    fault.durationMs = milliseconds;
    fault.count = count;
    return addFault(fault);
}

bool FaultProxy::removeFault(int id)
{
    const auto it = std::find_if(m_rules.begin(), m_rules.end(), [id](const Rule& r) { return r.id == id; });
    if (it == m_rules.end())
        return false;
    m_rules.erase(it);
    return true;
}

void FaultProxy::clearFaults()
{
    m_rules.clear();
}

int FaultProxy::timesInjected(int id) const
{
    for (const Rule& rule : m_rules) {
        if (rule.id == id)
            return rule.fired;
    }
    return 0;
}

void FaultProxy::resumeStalled()
{
    const QList<Link*> links = m_links;
    for (Link* link : links) {
        if (m_links.contains(link))
            link->resume();
    }
}

int FaultProxy::connectionsSeen(Channel channel) const
{
    return m_seen[int(channel)];
}

int FaultProxy::activeConnections(Channel channel) const
{
    return m_active[int(channel)];
}

int FaultProxy::faultsInjected() const
{
    int total = 0;
    for (int n : m_faults)
        total += n;
    return total;
}

int FaultProxy::faultsInjected(FaultKind kind) const
{
    return m_faults[int(kind)];
}

qint64 FaultProxy::bytesForwarded(Channel channel, Direction direction) const
{
    const qint64* bytes = m_bytes[int(channel)];
    switch (direction) {
    case Direction::ToServer:
        return bytes[ToServer];
    case Direction::ToClient:
        return bytes[ToClient];
    case Direction::Either:
        break;
    }
    return bytes[ToServer] + bytes[ToClient];
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket* socket = m_listener.nextPendingConnection()) {
        auto* link = new Link(this, Channel::Control);
        link->adoptClient(socket, m_serverAddress, m_serverPort);
        const QPointer<Link> guard(link);
        registerLink(link);
        if (guard && !link->isClosing())
            link->start();
    }
}

void FaultProxy::registerLink(Link* link)
{
    const Channel channel = link->channel();
    m_links.append(link);
    link->setIndex(++m_seen[int(channel)]);
    ++m_active[int(channel)];
    Q_EMIT connectionSeen(channel, link->index());
    // By position, not by reference: a slot connected to a signal may add faults meanwhile.
    for (std::size_t i = 0; i < m_rules.size(); ++i) {
        Rule& rule = m_rules[i];
        if (rule.fault.channel != channel || link->isClosing())
            continue;
        const bool byEvent = rule.fault.kind == FaultKind::Drop || rule.fault.kind == FaultKind::Stall;
        if (byEvent && !rule.fault.commands.isEmpty())
            continue; // armed by preliminaryReplySeen() / transferCommandSeen()
        if (++rule.seen <= rule.fault.skip || rule.exhausted())
            continue;
        switch (rule.fault.kind) {
        case FaultKind::Refuse:
            if (fire(rule, link)) {
                link->refuseNow();
                return;
            }
            break;
        case FaultKind::Delay: {
            const int milliseconds = rule.fault.durationMs;
            if (fire(rule, link))
                link->addDelay(milliseconds);
            break;
        }
        case FaultKind::Drop:
        case FaultKind::Stall:
            link->arm(rule.id);
            break;
        }
    }
}

void FaultProxy::linkFinished(Link* link)
{
    if (!m_links.removeOne(link))
        return;
    const Channel channel = link->channel();
    --m_active[int(channel)];
    Q_EMIT connectionClosed(channel, link->index());
}

bool FaultProxy::takesEvent(Rule& rule, Channel channel, const QByteArray& verb)
{
    if (rule.fault.channel != channel || !rule.fault.commands.contains(verb) || rule.exhausted())
        return false;
    if (rule.fault.kind != FaultKind::Drop && rule.fault.kind != FaultKind::Stall)
        return false;
    return ++rule.seen > rule.fault.skip;
}

void FaultProxy::preliminaryReplySeen(Link* link, const QByteArray& verb, qint64 replyEnd)
{
    for (Rule& rule : m_rules) {
        if (takesEvent(rule, Channel::Control, verb))
            link->armAt(rule.id, replyEnd);
    }
}

void FaultProxy::transferCommandSeen(Link* dataLink, const QByteArray& verb)
{
    for (Rule& rule : m_rules) {
        if (takesEvent(rule, Channel::Data, verb))
            dataLink->arm(rule.id);
    }
}

FaultProxy::Rule* FaultProxy::findRule(int id)
{
    for (Rule& rule : m_rules) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

bool FaultProxy::fire(Rule& rule, Link* link)
{
    if (rule.exhausted())
        return false;
    ++rule.fired;
    ++m_faults[int(rule.fault.kind)];
    Q_EMIT faultInjected(rule.fault.kind, link->channel(), link->index(), rule.id);
    return true;
}

void FaultProxy::countForwarded(Channel channel, int directionIndex, qint64 bytes)
{
    m_bytes[int(channel)][directionIndex] += bytes;
}

} // namespace Ferry::Test
