#include "faultproxy.h"

#include "faultproxylink.h"
#include "faultproxysides.h"

#include <QPointer>
#include <QTcpSocket>
#include <algorithm>

namespace Ferry::Test {

using namespace FaultProxySides;

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
