#include "faultproxydialogue.h"

#include "faultproxysides.h"

namespace Ferry::Test {

using namespace FaultProxySides;

namespace {

constexpr qsizetype MaxControlLine = 64 * 1024;      // a longer "line" is forwarded as it is
constexpr qsizetype MaxReplyBytes = 4 * 1024 * 1024; // a longer reply switches to raw forwarding

bool isIpv4(const QHostAddress& address)
{
    bool ok = false;
    address.toIPv4Address(&ok);
    return ok;
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

FaultProxyDialogue::FaultProxyDialogue(Host& host) : m_host(host) {}

void FaultProxyDialogue::feed(int direction, const QByteArray& bytes, QList<QByteArray>& queue)
{
    QByteArray& buffer = m_lineBuffer[direction];
    buffer += bytes;
    for (;;) {
        const qsizetype end = buffer.indexOf('\n');
        if (end < 0)
            break;
        const QByteArray line = buffer.left(end + 1);
        buffer.remove(0, end + 1);
        if (direction == ToServer)
            queue.append(filterCommand(line));
        else
            filterReplyLine(line, queue);
    }
    if (buffer.size() > MaxControlLine) {
        queue.append(direction == ToClient ? m_replyRaw + buffer : buffer);
        if (direction == ToClient) {
            m_replyRaw.clear();
            m_rawReplies = true; // the reply reader lost track of the line structure
        }
        buffer.clear();
    }
}

bool FaultProxyDialogue::hasUnfinished(int direction) const
{
    // The half-read reply belongs to the server's direction only: counting it for the client's end too
    // queued an empty piece towards the server and went round again for ever (a client that closed while
    // the server was in the middle of a multi-line reply).
    return !m_lineBuffer[direction].isEmpty() || (direction == ToClient && !m_replyRaw.isEmpty());
}

QByteArray FaultProxyDialogue::takeUnfinished(int direction)
{
    QByteArray held;
    if (direction == ToClient) {
        held = m_replyRaw + m_lineBuffer[direction];
        m_replyRaw.clear();
    } else {
        held = m_lineBuffer[direction];
    }
    m_lineBuffer[direction].clear();
    return held;
}

QByteArray FaultProxyDialogue::filterCommand(const QByteArray& line)
{
    QByteArray argument;
    const QByteArray verb = commandVerb(line, &argument);
    m_sentVerbs.append(verb);
    if (verb != "PORT" && verb != "EPRT") {
        m_host.commandSeen(verb);
        return line;
    }
    const std::optional<HostPort> client =
        verb == "PORT" ? DataAddress::parsePortArgument(argument) : DataAddress::parseEprtArgument(argument);
    if (!client)
        return line; // the server answers 501 for us
    const QHostAddress local = m_host.localAddress(ServerSide);
    const quint16 port = m_host.openDataLink(ServerSide, *client);
    if (port == 0)
        return line;
    if (verb == "PORT" && isIpv4(local))
        return "PORT " + DataAddress::formatPortArgument(local, port) + "\r\n";
    return "EPRT " + DataAddress::formatEprtArgument(local, port) + "\r\n";
}

void FaultProxyDialogue::filterReplyLine(const QByteArray& line, QList<QByteArray>& queue)
{
    if (m_rawReplies) {
        queue.append(line);
        return;
    }
    m_replyRaw += line;
    const QList<FtpReply> replies = m_reader.feed(line);
    if (m_reader.hasError() || m_replyRaw.size() > MaxReplyBytes) {
        m_rawReplies = true;
        queue.append(m_replyRaw);
        m_replyRaw.clear();
        return;
    }
    for (const FtpReply& reply : replies) {
        QByteArray out = m_replyRaw;
        if (reply.code == 227 || reply.code == 229)
            out = rewritePassiveReply(reply, out);
        queue.append(out);
        m_replyRaw.clear();
        const QByteArray verb = commandAnswered(reply.code);
        if (reply.code < 200 && !verb.isEmpty())
            m_host.preliminaryReplyQueued(verb);
    }
}

QByteArray FaultProxyDialogue::commandAnswered(int code)
{
    if (!m_greeted) {
        m_greeted = code >= 200; // 120 then 220
        return {};
    }
    if (m_sentVerbs.isEmpty())
        return {};
    return code < 200 ? m_sentVerbs.first() : m_sentVerbs.takeFirst();
}

QByteArray FaultProxyDialogue::rewritePassiveReply(const FtpReply& reply, const QByteArray& original)
{
    const QByteArray text = reply.text().toLatin1();
    const QHostAddress serverPeer = m_host.peerAddress(ServerSide);
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
    const quint16 port = m_host.openDataLink(ClientSide, target);
    if (port == 0)
        return original;
    if (reply.code == 229)
        return "229 Entering Extended Passive Mode (|||" + QByteArray::number(port) + "|)\r\n";
    const QHostAddress local = m_host.localAddress(ClientSide);
    const QHostAddress announced = isIpv4(local) ? local : QHostAddress(QHostAddress::AnyIPv4);
    return "227 " + DataAddress::formatPasvReplyText(announced, port) + "\r\n";
}

} // namespace Ferry::Test
