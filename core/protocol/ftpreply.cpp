#include "ftpreply.h"

#include "pathcodec.h"

#include <QCoreApplication>
#include <QStringList>
#include <utility>

namespace Ferry {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reply text is ASCII in practice; servers that send file names in it use UTF-8 or a legacy 8-bit set.
QString decodeReplyText(const QByteArray& bytes)
{
    return decodePath(bytes, PathEncoding::Utf8);
}

QString trimmedRight(const QString& s)
{
    qsizetype end = s.size();
    while (end > 0 && s.at(end - 1).isSpace())
        --end;
    return s.left(end);
}

// The three-digit code of a line, or -1. A code is three digits followed by the end of the line, a space
// or a hyphen.
int lineCode(const QByteArray& line)
{
    if (line.size() < 3 || !isDigit(line[0]) || !isDigit(line[1]) || !isDigit(line[2]))
        return -1;
    if (line.size() > 3 && line[3] != ' ' && line[3] != '-')
        return -1;
    return (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
}

} // namespace

QString FtpReply::text() const
{
    QStringList parts;
    parts.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        QByteArray body = line;
        if (i == 0 || lineCode(line) == code)
            body = line.size() > 4 ? line.mid(4) : QByteArray();
        parts.append(trimmedRight(decodeReplyText(body)));
    }
    return parts.join(QLatin1Char('\n')).trimmed();
}

QString FtpReply::toString() const
{
    const QString t = text();
    if (t.isEmpty())
        return QString::number(code);
    return QString::number(code) + QLatin1Char(' ') + t;
}

QList<FtpReply> ReplyReader::feed(const QByteArray& data)
{
    QList<FtpReply> out;
    if (hasError() || data.isEmpty())
        return out;

    // Invariant: between calls m_buffer holds no LF, so only the new bytes need scanning.
    const qsizetype scanFrom = m_buffer.size();
    m_buffer.append(data);

    qsizetype lineStart = 0;
    qsizetype newline = m_buffer.indexOf('\n', scanFrom);
    while (newline >= 0) {
        qsizetype lineEnd = newline;
        if (lineEnd > lineStart && m_buffer.at(lineEnd - 1) == '\r')
            --lineEnd;
        if (lineEnd - lineStart > MaxLineLength) {
            m_error = QCoreApplication::translate("Ferry::ReplyReader",
                                                  "The server sent a reply line longer than %1 bytes.")
                          .arg(MaxLineLength);
            break;
        }
        if (!handleLine(m_buffer.mid(lineStart, lineEnd - lineStart), out))
            break;
        lineStart = newline + 1;
        newline = m_buffer.indexOf('\n', lineStart);
    }

    if (hasError()) {
        m_buffer.clear();
        m_current = FtpReply();
        m_inMultiLine = false;
        return out;
    }

    m_buffer.remove(0, lineStart);
    // A CR may still be followed by its LF, so one byte more than a line is allowed to wait.
    if (m_buffer.size() > MaxLineLength + 1) {
        m_error = QCoreApplication::translate("Ferry::ReplyReader",
                                              "The server sent a reply line longer than %1 bytes.")
                      .arg(MaxLineLength);
        m_buffer.clear();
        m_current = FtpReply();
        m_inMultiLine = false;
    }
    return out;
}

bool ReplyReader::handleLine(QByteArray line, QList<FtpReply>& out)
{
    if (!m_inMultiLine) {
        // A stray empty line between replies carries nothing; skip it rather than fail the session.
        if (line.trimmed().isEmpty())
            return true;
        const int code = lineCode(line);
        if (code < 100 || code > 599) {
            QByteArray shown = line.left(40);
            for (char& c : shown) {
                if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7F)
                    c = '?';
            }
            m_error = QCoreApplication::translate("Ferry::ReplyReader",
                                                  "The server sent something that is not an FTP reply: "
                                                  "\"%1\".")
                          .arg(QString::fromLatin1(shown));
            return false;
        }
        m_current = FtpReply();
        m_current.code = code;
        m_currentBytes = line.size();
        m_current.lines.append(line);
        if (line.size() > 3 && line.at(3) == '-') {
            m_inMultiLine = true;
            return true;
        }
        out.append(std::exchange(m_current, FtpReply()));
        return true;
    }

    if (m_current.lines.size() >= MaxLines) {
        m_error = QCoreApplication::translate("Ferry::ReplyReader",
                                              "The server sent a reply of more than %1 lines.")
                      .arg(MaxLines);
        return false;
    }
    m_currentBytes += line.size();
    if (m_currentBytes > MaxReplyBytes) {
        m_error = QCoreApplication::translate("Ferry::ReplyReader",
                                              "The server sent a reply of more than %1 bytes.")
                      .arg(MaxReplyBytes);
        return false;
    }
    // RFC 959 4.2: the block ends with a line that starts with the same code followed by a space (or,
    // tolerated here, the code alone). Anything else, "NNN-" and other codes included, is text.
    const bool last = lineCode(line) == m_current.code && (line.size() == 3 || line.at(3) == ' ');
    m_current.lines.append(std::move(line));
    if (last) {
        out.append(std::exchange(m_current, FtpReply()));
        m_inMultiLine = false;
    }
    return true;
}

bool ReplyReader::hasPartialReply() const
{
    return !m_buffer.isEmpty() || m_inMultiLine;
}

void ReplyReader::reset()
{
    m_buffer.clear();
    m_current = FtpReply();
    m_inMultiLine = false;
    m_error.clear();
}

} // namespace Ferry
