#include "faultproxylink.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <algorithm>
#include <limits>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace Ferry::Test {

using namespace FaultProxySides;

namespace {

constexpr qint64 MaxChunk = 256 * 1024;
constexpr int PendingDataListenMs = 60000; // an announced data port nobody connects to
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

} // namespace

FaultProxy::Link::Link(FaultProxy* proxy, Channel channel)
    : QObject(proxy), m_proxy(proxy), m_channel(channel)
{
    const qint64 chunk = std::min(MaxChunk, proxy->m_bufferSize);
    if (channel == Channel::Data)
        m_chunk.resize(static_cast<qsizetype>(chunk));
    m_pendingTimer.setSingleShot(true);
    connect(&m_pendingTimer, &QTimer::timeout, this, [this] { abortAll(); });
}

FaultProxy::Link::~Link()
{
    closeQuietly();
}

void FaultProxy::Link::closeQuietly()
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

void FaultProxy::Link::adoptClient(QTcpSocket* socket, const QHostAddress& serverAddress, quint16 serverPort)
{
    m_acceptSide = ClientSide;
    m_targetAddress = serverAddress;
    m_targetPort = serverPort;
    adopt(ClientSide, socket);
    m_up[ClientSide] = true;
}

quint16 FaultProxy::Link::listenForData(int acceptSide, const QHostAddress& listenAddress,
                                        const QHostAddress& expectedPeer, const HostPort& target,
                                        const QHostAddress& bindAddress)
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

bool FaultProxy::Link::isListening() const
{
    return m_server && m_server->isListening();
}

void FaultProxy::Link::addDelay(int milliseconds)
{
    m_delayMs += std::max(0, milliseconds);
}

void FaultProxy::Link::arm(int ruleId)
{
    m_armed.push_back({ruleId, {m_bytes[ToServer], m_bytes[ToClient]}, -1});
    if (isEstablished())
        QTimer::singleShot(0, this, [this] { pumpAll(); }); // a threshold may already be reached
}

void FaultProxy::Link::refuseNow()
{
    m_closing = true;
    m_pendingTimer.stop();
    if (m_server)
        m_server->close();
    if (QTcpSocket* client = m_socket[ClientSide])
        client->disconnectFromHost();
    maybeFinish();
}

void FaultProxy::Link::stall(int milliseconds)
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

void FaultProxy::Link::resume()
{
    if (!m_stalled)
        return;
    m_stalled = false;
    ++m_stallGeneration;
    pumpAll();
}

void FaultProxy::Link::drop(bool reset, FaultProxy::Fault::ResetSide resetSide)
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

void FaultProxy::Link::abortAll()
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

void FaultProxy::Link::closePendingData()
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

void FaultProxy::Link::adopt(int side, QTcpSocket* socket)
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

void FaultProxy::Link::onNewDataConnection()
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

void FaultProxy::Link::scheduleConnect()
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

void FaultProxy::Link::connectOtherSide()
{
    const int side = 1 - m_acceptSide;
    auto* socket = new QTcpSocket(this);
    adopt(side, socket);
    if (!m_bindAddress.isNull())
        socket->bind(m_bindAddress, 0); // the peer sees the proxy's address, as on the control link
    socket->connectToHost(m_targetAddress, m_targetPort);
}

void FaultProxy::Link::onConnected(int side)
{
    if (m_closing || m_finished)
        return;
    m_up[side] = true;
    if (m_channel == Channel::Control)
        m_socket[side]->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    pumpAll(); // fires faults at 0 bytes, forwards what arrived while connecting
}

void FaultProxy::Link::onDisconnected(int side)
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

void FaultProxy::Link::onError(int side)
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

void FaultProxy::Link::pumpAll()
{
    pump(ToServer);
    pump(ToClient);
    maybeFinish();
}

void FaultProxy::Link::pump(int direction)
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

void FaultProxy::Link::pumpOnce(int direction)
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
            m_dialogue.feed(direction, in->read(MaxChunk), m_pending[direction]);
            if (m_pending[direction].isEmpty())
                break; // a partial line: wait for the rest
        }
    }
    endOfStream(direction);
}

void FaultProxy::Link::endOfStream(int direction)
{
    const int source = sourceSide(direction);
    const int target = targetSide(direction);
    if (!m_eof[source] || m_shut[target] || m_closing)
        return;
    QTcpSocket* in = m_socket[source];
    if ((in && in->bytesAvailable() > 0) || !m_pending[direction].isEmpty())
        return;
    if (m_channel == Channel::Control && m_dialogue.hasUnfinished(direction)) {
        // An unfinished line or reply at the end: forward it as it is.
        m_pending[direction].append(m_dialogue.takeUnfinished(direction));
        m_pumpAgain[direction] = true;
        return;
    }
    m_shut[target] = true;
    if (QTcpSocket* out = m_socket[target])
        out->disconnectFromHost(); // writes what is queued, then closes
    maybeFinish();
}

quint16 FaultProxy::Link::openDataLink(int acceptSide, const HostPort& target)
{
    QTcpSocket* accepting = m_socket[acceptSide];
    QTcpSocket* connecting = m_socket[1 - acceptSide];
    auto* link = new Link(m_proxy, Channel::Data);
    const quint16 port = link->listenForData(acceptSide, accepting->localAddress(), accepting->peerAddress(),
                                             target, connecting->localAddress());
    if (port == 0) {
        delete link;
        return 0;
    }
    closePendingData();
    m_dataLinks.append(link);
    m_proxy->registerLink(link); // may refuse it: the port is then closed, and announced all the same
    return port;
}

QHostAddress FaultProxy::Link::localAddress(int side) const
{
    return m_socket[side]->localAddress();
}

QHostAddress FaultProxy::Link::peerAddress(int side) const
{
    return m_socket[side]->peerAddress();
}

void FaultProxy::Link::commandSeen(const QByteArray& verb)
{
    if (!m_dataLinks.isEmpty() && m_dataLinks.last() && !m_dataLinks.last()->isClosing())
        m_proxy->transferCommandSeen(m_dataLinks.last(), verb);
}

void FaultProxy::Link::preliminaryReplyQueued(const QByteArray& verb)
{
    qint64 end = m_bytes[ToClient];
    for (const QByteArray& unit : std::as_const(m_pending[ToClient]))
        end += unit.size();
    m_proxy->preliminaryReplySeen(this, verb, end);
}

qint64 FaultProxy::Link::countedFor(const Armed& armed, Direction direction, int forDirection) const
{
    if (direction == Direction::Either)
        return (m_bytes[ToServer] - armed.base[ToServer]) + (m_bytes[ToClient] - armed.base[ToClient]);
    const int d = direction == Direction::ToServer ? ToServer : ToClient;
    if (forDirection >= 0 && d != forDirection)
        return -1;
    return m_bytes[d] - armed.base[d];
}

qint64 FaultProxy::Link::untilFault(int direction, bool lines) const
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

bool FaultProxy::Link::checkFaults()
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

void FaultProxy::Link::account(int direction, qint64 bytes)
{
    m_bytes[direction] += bytes;
    m_proxy->countForwarded(m_channel, direction, bytes);
}

void FaultProxy::Link::maybeFinish()
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

} // namespace Ferry::Test
