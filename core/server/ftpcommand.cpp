#include "server/ftpcommand.h"

#include <cstring>
#include <utility>

namespace Ferry {

namespace {

constexpr unsigned char Iac = 255;
constexpr unsigned char Will = 251;
constexpr unsigned char Dont = 254;

// The index of the first LF or IAC in bytes[from, size), or size.
qsizetype nextSpecialByte(const char* bytes, qsizetype from, qsizetype size)
{
    const auto* lf = static_cast<const char*>(std::memchr(bytes + from, '\n', size_t(size - from)));
    const qsizetype end = lf ? lf - bytes : size;
    const auto* iac = static_cast<const char*>(std::memchr(bytes + from, Iac, size_t(end - from)));
    return iac ? iac - bytes : end;
}

QByteArray sanitize(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    for (char& c : bytes) {
        if (c == '\r' || c == '\n' || c == '\0')
            c = ' ';
    }
    return bytes;
}

} // namespace

CommandLineReader::CommandLineReader(qsizetype maxLineLength) : m_max(qMax<qsizetype>(16, maxLineLength)) {}

void CommandLineReader::feed(const QByteArray& data)
{
    const char* const bytes = data.constData();
    const qsizetype size = data.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char ch = bytes[i];
        const auto c = static_cast<unsigned char>(ch);
        switch (m_telnet) {
        case Telnet::Data: {
            // The bytes up to the next LF or IAC are plain text: in at once, not byte by byte.
            const qsizetype end = nextSpecialByte(bytes, i, size);
            addBytes(bytes + i, end - i);
            if (end == size)
                return;
            i = end;
            if (static_cast<unsigned char>(bytes[i]) == Iac)
                m_telnet = Telnet::Iac;
            else
                endLine();
            break;
        }
        case Telnet::Iac:
            if (c == Iac) {
                addByte(ch); // IAC IAC: a literal 0xFF
                m_telnet = Telnet::Data;
            } else if (c >= Will && c <= Dont) {
                m_telnet = Telnet::Option; // WILL/WONT/DO/DONT <option>
            } else if (c >= 240) {
                m_telnet = Telnet::Data; // IP, DM, AYT, ...: dropped
            } else {
                // Not a Telnet command: the DM of a Synch sent as urgent data is taken out of the stream
                // by the system, leaving "IAC IP IAC ABOR". Keep the byte.
                m_telnet = Telnet::Data;
                if (c == '\n')
                    endLine();
                else
                    addByte(ch);
            }
            break;
        case Telnet::Option:
            m_telnet = Telnet::Data;
            break;
        }
    }
}

void CommandLineReader::addByte(char c)
{
    addBytes(&c, 1);
}

void CommandLineReader::addBytes(const char* bytes, qsizetype count)
{
    if (m_discarding || count == 0)
        return;
    // A line holds at most one byte more than the limit (room for the CR before LF); a byte past that
    // makes the line too long.
    if (m_current.size() + count > m_max + 1) {
        m_current.clear();
        m_current.squeeze();
        m_discarding = true;
        return;
    }
    m_current.append(bytes, count);
}

void CommandLineReader::endLine()
{
    Line line;
    if (m_discarding) {
        line.tooLong = true;
        m_discarding = false;
    } else {
        if (m_current.endsWith('\r'))
            m_current.chop(1);
        if (m_current.size() > m_max)
            line.tooLong = true;
        else
            line.text = m_current;
    }
    m_current.clear();
    m_lines.append(std::move(line));
}

void CommandLineReader::clear()
{
    m_lines.clear();
    m_current.clear();
    m_telnet = Telnet::Data;
    m_discarding = false;
}

std::optional<CommandLineReader::Line> CommandLineReader::next()
{
    if (m_lines.isEmpty())
        return std::nullopt;
    return m_lines.takeFirst();
}

namespace FtpProtocol {

FtpCommand parseCommand(const QByteArray& line)
{
    FtpCommand command;
    const qsizetype space = line.indexOf(' ');
    const QByteArray verb = space < 0 ? line : line.left(space);
    if (verb.isEmpty() || verb.size() > 8)
        return command;
    for (char c : verb) {
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            return command;
    }
    command.verb = verb.toUpper();
    if (space >= 0) {
        command.argument = line.mid(space + 1);
        command.hasArgument = true;
    }
    return command;
}

QByteArray formatReply(int code, const QString& text)
{
    return QByteArray::number(code) + ' ' + sanitize(text) + "\r\n";
}

QByteArray formatMultiLineReply(int code, const QString& first, const QList<QByteArray>& lines,
                                const QString& last)
{
    QByteArray out = QByteArray::number(code) + '-' + sanitize(first) + "\r\n";
    for (const QByteArray& line : lines) {
        if (!line.startsWith(' '))
            out += ' ';
        const qsizetype start = out.size();
        out += line;
        for (qsizetype i = start; i < out.size(); ++i) {
            if (out.at(i) == '\r' || out.at(i) == '\n')
                out[i] = ' ';
        }
        out += "\r\n";
    }
    out += QByteArray::number(code) + ' ' + sanitize(last) + "\r\n";
    return out;
}

QString quotePath(const QString& path)
{
    QString quoted = path;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace FtpProtocol

} // namespace Ferry
