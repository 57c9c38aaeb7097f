#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace Ferry {

// One command as a client sent it (RFC 959 section 5.3): the verb, upper-cased, and the raw argument
// bytes after the single space that follows it.
struct FtpCommand
{
    QByteArray verb;     // "RETR"; empty when the line is not a command
    QByteArray argument; // everything after the first space, as sent (may be empty)
    bool hasArgument = false;

    bool isValid() const { return !verb.isEmpty(); }
};

// Pure parser of the control connection's bytes (server side). Feed it any split of the stream; it
// returns complete lines one at a time. Bounded: a line longer than maxLineLength is dropped as it
// arrives (never buffered whole) and reported once as tooLong when its end is seen. Telnet sequences
// (RFC 854, as clients send them around ABOR: IAC IP, IAC DM, option negotiation) are removed; IAC IAC
// is a literal 0xFF. A line ends at LF; a CR before it is dropped.
class CommandLineReader
{
public:
    struct Line
    {
        QByteArray text;      // without CR LF
        bool tooLong = false; // the line exceeded the limit; text is empty
    };

    explicit CommandLineReader(qsizetype maxLineLength = 512);

    void feed(const QByteArray& data);
    // The next complete line, if any.
    std::optional<Line> next();
    bool hasLine() const { return !m_lines.isEmpty(); }
    // Forgets every complete line not yet taken and the line being assembled (the connection switches to
    // TLS: nothing received in clear text before the switch may be taken as a command after it).
    void clear();
    // Bytes held for the line being assembled: at most maxLineLength + 1 (a CR may follow a full line).
    qsizetype pendingBytes() const { return m_current.size(); }
    qsizetype maxLineLength() const { return m_max; }

private:
    void addByte(char c);
    void addBytes(const char* bytes, qsizetype count);
    void endLine();

    enum class Telnet
    {
        Data,
        Iac,
        Option
    };
    qsizetype m_max;
    QByteArray m_current;
    QList<Line> m_lines;
    Telnet m_telnet = Telnet::Data;
    bool m_discarding = false;
};

namespace FtpProtocol {

// Splits a line into verb and argument. The verb is 1 to 8 ASCII letters, case-insensitive; anything
// else gives an invalid command (reply 500). Pure; never fails on any input.
FtpCommand parseCommand(const QByteArray& line);

// One reply line, "CODE text\r\n". CR and LF in the text are replaced by spaces, so a file name can never
// inject a reply.
QByteArray formatReply(int code, const QString& text);
// A multi-line reply: "CODE-first\r\n", " line\r\n"..., "CODE last\r\n" (RFC 959 section 4.2). Inner lines
// are sent with a leading space so that none can be mistaken for the end.
QByteArray formatMultiLineReply(int code, const QString& first, const QList<QByteArray>& lines,
                                const QString& last);
// A path in double quotes for 257 replies, embedded quotes doubled (RFC 959 appendix II).
QString quotePath(const QString& path);

} // namespace FtpProtocol

} // namespace Ferry
