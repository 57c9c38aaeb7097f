#include "dataaddress.h"

namespace Ferry {
namespace DataAddress {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads the decimal number at `pos` (advancing it) and saturates at `cap`, so that long runs of digits
// cannot overflow. Returns -1 when there is no digit at `pos`.
qint64 readNumber(const QByteArray& s, qsizetype& pos, qint64 cap)
{
    if (pos >= s.size() || !isDigit(s.at(pos)))
        return -1;
    qint64 value = 0;
    while (pos < s.size() && isDigit(s.at(pos))) {
        value = value * 10 + (s.at(pos) - '0');
        if (value > cap)
            value = cap + 1;
        ++pos;
    }
    return value;
}

// A number made only of 1..maxDigits decimal digits, at most `max`; -1 otherwise.
qint64 strictNumber(const QByteArray& s, int maxDigits, qint64 max)
{
    if (s.isEmpty() || s.size() > maxDigits)
        return -1;
    qint64 value = 0;
    for (char c : s) {
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
    }
    return value <= max ? value : -1;
}

std::optional<quint32> ipv4Of(const QHostAddress& address)
{
    if (address.isNull())
        return std::nullopt;
    bool ok = false;
    const quint32 ip = address.toIPv4Address(&ok); // also accepts IPv4-mapped IPv6
    if (!ok)
        return std::nullopt;
    return ip;
}

// The six fields of PORT/PASV, given the numbers.
std::optional<HostPort> fromFields(const qint64 (&f)[6])
{
    for (qint64 v : f) {
        if (v < 0 || v > 255)
            return std::nullopt;
    }
    const quint16 port = static_cast<quint16>(f[4] * 256 + f[5]);
    if (port == 0)
        return std::nullopt;
    const quint32 ip = static_cast<quint32>((f[0] << 24) | (f[1] << 16) | (f[2] << 8) | f[3]);
    return HostPort{QHostAddress(ip), port};
}

// Strict dotted quad "a.b.c.d" (QHostAddress also takes shorthand forms such as "1.2.3").
std::optional<QHostAddress> parseDottedQuad(const QByteArray& s)
{
    const QList<QByteArray> parts = s.split('.');
    if (parts.size() != 4)
        return std::nullopt;
    quint32 ip = 0;
    for (const QByteArray& part : parts) {
        const qint64 v = strictNumber(part, 3, 255);
        if (v < 0)
            return std::nullopt;
        ip = (ip << 8) | static_cast<quint32>(v);
    }
    return QHostAddress(ip);
}

} // namespace

std::optional<HostPort> parsePasvReply(const QByteArray& replyText)
{
    // Look for the first comma-separated list of numbers that has exactly six of them; text around it
    // ("227 Entering Passive Mode (", ")." or a version number such as "v2,0") is ignored. Spaces after
    // the commas are tolerated.
    const QByteArray& s = replyText;
    qsizetype i = 0;
    while (i < s.size()) {
        if (!isDigit(s.at(i)) || (i > 0 && isDigit(s.at(i - 1)))) {
            ++i;
            continue;
        }
        qint64 fields[6] = {};
        int count = 0;
        qsizetype pos = i;
        while (true) {
            const qint64 v = readNumber(s, pos, 255);
            if (v < 0)
                break;
            if (count < 6)
                fields[count] = v;
            ++count;
            if (pos >= s.size() || s.at(pos) != ',')
                break;
            qsizetype next = pos + 1;
            while (next < s.size() && s.at(next) == ' ')
                ++next;
            if (next >= s.size() || !isDigit(s.at(next)))
                break;
            pos = next;
        }
        if (count == 6)
            return fromFields(fields);
        i = pos > i ? pos : i + 1;
    }
    return std::nullopt;
}

std::optional<quint16> parseEpsvReply(const QByteArray& replyText)
{
    // RFC 2428: "(<d><d><d><tcp-port><d>)" where <d> is one character in 33..126; the parentheses are
    // not required here.
    const QByteArray& s = replyText;
    for (qsizetype i = 0; i + 4 < s.size(); ++i) {
        const char d = s.at(i);
        if (d < 33 || d > 126 || isDigit(d))
            continue;
        if (s.at(i + 1) != d || s.at(i + 2) != d)
            continue;
        qsizetype pos = i + 3;
        const qsizetype start = pos;
        const qint64 port = readNumber(s, pos, 65535);
        if (port < 0 || pos - start > 5 || pos >= s.size() || s.at(pos) != d)
            continue;
        if (port < 1 || port > 65535)
            return std::nullopt;
        return static_cast<quint16>(port);
    }
    return std::nullopt;
}

QByteArray formatPortArgument(const QHostAddress& address, quint16 port)
{
    const std::optional<quint32> ip = ipv4Of(address);
    if (!ip)
        return QByteArray();
    QByteArray out;
    out += QByteArray::number((*ip >> 24) & 0xFF) + ',';
    out += QByteArray::number((*ip >> 16) & 0xFF) + ',';
    out += QByteArray::number((*ip >> 8) & 0xFF) + ',';
    out += QByteArray::number(*ip & 0xFF) + ',';
    out += QByteArray::number(port >> 8) + ',';
    out += QByteArray::number(port & 0xFF);
    return out;
}

QByteArray formatEprtArgument(const QHostAddress& address, quint16 port)
{
    if (address.isNull())
        return QByteArray();
    if (const std::optional<quint32> ip = ipv4Of(address)) {
        return "|1|" + QHostAddress(*ip).toString().toLatin1() + '|' + QByteArray::number(port) + '|';
    }
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return QByteArray();
    QHostAddress plain(address);
    plain.setScopeId(QString()); // a zone id means nothing to the peer
    return "|2|" + plain.toString().toLatin1() + '|' + QByteArray::number(port) + '|';
}

std::optional<HostPort> parsePortArgument(const QByteArray& argument)
{
    const QList<QByteArray> parts = argument.trimmed().split(',');
    if (parts.size() != 6)
        return std::nullopt;
    qint64 fields[6] = {};
    for (int i = 0; i < 6; ++i) {
        fields[i] = strictNumber(parts.at(i), 3, 255); // "001" is decimal 1, not octal
        if (fields[i] < 0)
            return std::nullopt;
    }
    return fromFields(fields);
}

std::optional<HostPort> parseEprtArgument(const QByteArray& argument)
{
    const QByteArray s = argument.trimmed();
    if (s.size() < 7)
        return std::nullopt;
    const char d = s.at(0);
    if (d < 33 || d > 126 || isDigit(d) || d == '.' || d == ':' || s.at(s.size() - 1) != d)
        return std::nullopt;
    const QList<QByteArray> parts = s.mid(1, s.size() - 2).split(d);
    if (parts.size() != 3)
        return std::nullopt;
    const QByteArray& proto = parts.at(0);
    const QByteArray& host = parts.at(1);
    const qint64 port = strictNumber(parts.at(2), 5, 65535);
    if (port < 1)
        return std::nullopt;

    HostPort result;
    result.port = static_cast<quint16>(port);
    if (proto == "1") {
        const std::optional<QHostAddress> a = parseDottedQuad(host);
        if (!a)
            return std::nullopt;
        result.address = *a;
        return result;
    }
    if (proto == "2") {
        // Only hex digits, colons and dots (for an embedded IPv4 tail): no zone ids, no brackets.
        if (host.isEmpty() || host.size() > 45 || !host.contains(':'))
            return std::nullopt;
        for (char c : host) {
            const bool ok =
                isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':' || c == '.';
            if (!ok)
                return std::nullopt;
        }
        QHostAddress a;
        if (!a.setAddress(QString::fromLatin1(host)) || a.protocol() != QAbstractSocket::IPv6Protocol)
            return std::nullopt;
        result.address = a;
        return result;
    }
    return std::nullopt;
}

QByteArray formatPasvReplyText(const QHostAddress& address, quint16 port)
{
    const QByteArray argument = formatPortArgument(address, port);
    if (argument.isEmpty())
        return QByteArray();
    return "Entering Passive Mode (" + argument + ").";
}

} // namespace DataAddress
} // namespace Ferry
