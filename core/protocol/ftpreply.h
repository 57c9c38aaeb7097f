#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Ferry {

// One complete FTP reply (RFC 959 section 4.2): a three-digit code and one or more text lines.
struct FtpReply
{
    int code = 0;
    // The raw lines of the reply without their line ending, first line first ("227 Entering ...").
    QList<QByteArray> lines;

    bool isValid() const { return code >= 100 && code <= 599; }
    bool isPreliminary() const { return code >= 100 && code < 200; }  // 1yz
    bool isCompletion() const { return code >= 200 && code < 300; }   // 2yz
    bool isIntermediate() const { return code >= 300 && code < 400; } // 3yz
    bool isTransientError() const { return code >= 400 && code < 500; }
    bool isPermanentError() const { return code >= 500 && code < 600; }
    bool isError() const { return code >= 400; }

    // The human-readable text: the first line without its code, continuation lines appended after a
    // newline, trailing white space trimmed (board servers end lines with "text \r\n").
    QString text() const;
    // "553 Permission denied": the code and text() as a user would read them in an error message.
    QString toString() const;
};

// Turns the bytes of a control connection into replies. Pure: no sockets, no Qt event loop; feed it
// any split of the stream (a byte at a time works) and it returns each reply once it is complete.
// Tolerates LF without CR, trailing spaces, continuation lines that do not start with the code, and
// "NNN" alone as the last line. Input that cannot be an FTP reply (a first line that does not start
// with three digits, a line over MaxLineLength, more than MaxLines lines or MaxReplyBytes bytes in one
// reply) sets an error; the reader then returns nothing more until reset(). So a hostile server cannot
// make the client collect an endless reply: at most MaxReplyBytes + MaxLineLength bytes are held.
class ReplyReader
{
public:
    static constexpr qsizetype MaxLineLength = 16 * 1024;
    static constexpr qsizetype MaxLines = 10000;
    static constexpr qsizetype MaxReplyBytes = 1024 * 1024;

    QList<FtpReply> feed(const QByteArray& data);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // True while a reply has been started but not finished (a partial line or an open NNN- block).
    bool hasPartialReply() const;
    void reset();

private:
    bool handleLine(QByteArray line, QList<FtpReply>& out);

    QByteArray m_buffer;
    FtpReply m_current;
    qsizetype m_currentBytes = 0; // bytes of the lines in m_current
    bool m_inMultiLine = false;
    QString m_error;
};

} // namespace Ferry
