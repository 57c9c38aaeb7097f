#include "protocol/ftpreply.h"

#include <QTest>

using Ferry::FtpReply;
using Ferry::ReplyReader;

namespace {

// One string per reply: code, raw lines and text, so that comparisons cover everything.
QStringList describe(const QList<FtpReply>& replies)
{
    QStringList out;
    for (const FtpReply& r : replies) {
        QStringList lines;
        for (const QByteArray& line : r.lines)
            lines.append(QString::fromLatin1(line.toPercentEncoding(" -()\",.:|'")));
        out.append(QString::number(r.code) + QLatin1String(" [") + lines.join(QLatin1String("/")) +
                   QLatin1String("] ") + r.text());
    }
    return out;
}

struct Outcome
{
    QStringList replies;
    bool error = false;
    bool partial = false;
};

Outcome feedInChunks(const QByteArray& data, const QList<qsizetype>& cuts)
{
    ReplyReader reader;
    QList<FtpReply> replies;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        replies += reader.feed(data.mid(from, cut - from));
        from = cut;
    }
    replies += reader.feed(data.mid(from));
    return {describe(replies), reader.hasError(), reader.hasPartialReply()};
}

} // namespace

class TestReplyReader : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void everySplit_data() { parse_data(); }
    void everySplit();
    void byteByByte_data() { parse_data(); }
    void byteByByte();

    void rawLinesKept();
    void longestLineAccepted();
    void overlongLine_data();
    void overlongLine();
    void tooManyLines();
    void errorIsSticky();
    void resetClearsEverything();
    void partialState();
    void toStringAndText_data();
    void toStringAndText();
    void categories();
};

void TestReplyReader::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<int>>("codes");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<bool>("error");
    QTest::addColumn<bool>("partial");

    using L = QList<int>;
    using S = QStringList;
    const QString none;

    QTest::newRow("single") << QByteArray("220 Service ready for new user.\r\n") << L{220}
                            << S{QStringLiteral("Service ready for new user.")} << false << false;
    QTest::newRow("netx greeting, trailing space") << QByteArray("220 Connection Ready \r\n") << L{220}
                                                   << S{QStringLiteral("Connection Ready")} << false << false;
    QTest::newRow("netx login sequence, one reply per segment")
        << QByteArray("331 Enter password \r\n230 Logged in \r\n200 Type Binary \r\n") << L{331, 230, 200}
        << S{QStringLiteral("Enter password"), QStringLiteral("Logged in"), QStringLiteral("Type Binary")}
        << false << false;
    QTest::newRow("netx transfer: 125 then 250 in one chunk")
        << QByteArray("125 File Opened \r\n250 File Sent \r\n") << L{125, 250}
        << S{QStringLiteral("File Opened"), QStringLiteral("File Sent")} << false << false;
    QTest::newRow("netx pasv, no trailing space")
        << QByteArray("227 Entering Passive Mode (192,168,1,10,195,80).\r\n") << L{227}
        << S{QStringLiteral("Entering Passive Mode (192,168,1,10,195,80).")} << false << false;
    QTest::newRow("netx mkd answers 200 with a quoted path")
        << QByteArray("200 \"/data/new\" Directory Created \r\n") << L{200}
        << S{QStringLiteral("\"/data/new\" Directory Created")} << false << false;
    QTest::newRow("bare LF") << QByteArray("331 Please specify the password.\n") << L{331}
                             << S{QStringLiteral("Please specify the password.")} << false << false;
    QTest::newRow("mixed LF and CRLF") << QByteArray("230-Welcome\n230-Second\r\n230 Done\n") << L{230}
                                       << S{QStringLiteral("Welcome\nSecond\nDone")} << false << false;
    QTest::newRow("multi-line, all lines coded")
        << QByteArray("230-Welcome to the server\r\n230-Be nice\r\n230 Login successful.\r\n") << L{230}
        << S{QStringLiteral("Welcome to the server\nBe nice\nLogin successful.")} << false << false;
    QTest::newRow("rfc 959 4.2 example")
        << QByteArray("123-First line\r\nSecond line\r\n  234 A line beginning with numbers\r\n123 The last "
                      "line\r\n")
        << L{123}
        << S{QStringLiteral("First line\nSecond line\n  234 A line beginning with numbers\nThe last line")}
        << false << false;
    QTest::newRow("feat with space-indented lines")
        << QByteArray("211-Features:\r\n EPRT\r\n EPSV\r\n MDTM\r\n MLST type*;size*;modify*;\r\n REST "
                      "STREAM\r\n SIZE\r\n UTF8\r\n211 End\r\n")
        << L{211}
        << S{QStringLiteral("Features:\n EPRT\n EPSV\n MDTM\n MLST type*;size*;modify*;\n REST STREAM\n "
                            "SIZE\n UTF8\nEnd")}
        << false << false;
    QTest::newRow("continuation starting with another code and a space")
        << QByteArray("250-Status follows\r\n200 this is not the end\r\n550 nor this\r\n250 End\r\n")
        << L{250} << S{QStringLiteral("Status follows\n200 this is not the end\n550 nor this\nEnd")} << false
        << false;
    QTest::newRow("continuation repeating the code with a hyphen")
        << QByteArray("220-a\r\n220-b\r\n220-c\r\n220 d\r\n") << L{220} << S{QStringLiteral("a\nb\nc\nd")}
        << false << false;
    QTest::newRow("continuation with same code but no separator")
        << QByteArray("220-a\r\n2201 not the end\r\n220 end\r\n") << L{220}
        << S{QStringLiteral("a\n2201 not the end\nend")} << false << false;
    QTest::newRow("last line is the code alone")
        << QByteArray("220-Hello\r\n220\r\n") << L{220} << S{QStringLiteral("Hello")} << false << false;
    QTest::newRow("single line that is the code alone")
        << QByteArray("200\r\n") << L{200} << S{none} << false << false;
    QTest::newRow("last line with trailing spaces")
        << QByteArray("230-Hi \r\n230   \r\n") << L{230} << S{QStringLiteral("Hi")} << false << false;
    QTest::newRow("blank continuation lines")
        << QByteArray("220-Banner\r\n\r\n   \r\n220 Ready\r\n") << L{220}
        << S{QStringLiteral("Banner\n\n\nReady")} << false << false;
    QTest::newRow("multi-line followed by single in one chunk")
        << QByteArray("220-Hi\r\n220 There\r\n331 Password\r\n") << L{220, 331}
        << S{QStringLiteral("Hi\nThere"), QStringLiteral("Password")} << false << false;
    QTest::newRow("nested-looking other code block inside")
        << QByteArray("226-Transfer done\r\n150-Opening\r\n150 Opened\r\n226 Closing\r\n") << L{226}
        << S{QStringLiteral("Transfer done\n150-Opening\n150 Opened\nClosing")} << false << false;
    QTest::newRow("blank line between replies is skipped")
        << QByteArray("\r\n200 A\r\n\r\n200 B\r\n") << L{200, 200}
        << S{QStringLiteral("A"), QStringLiteral("B")} << false << false;
    QTest::newRow("utf-8 text") << QByteArray("550 Datei \xc3\xa4rger.txt fehlt\r\n") << L{550}
                                << S{QStringLiteral("Datei \u00e4rger.txt fehlt")} << false << false;
    QTest::newRow("latin-1 text") << QByteArray("550 Datei \xe4rger.txt fehlt\r\n") << L{550}
                                  << S{QStringLiteral("Datei \u00e4rger.txt fehlt")} << false << false;
    QTest::newRow("tab inside text") << QByteArray("214 Help\tOK\r\n") << L{214}
                                     << S{QStringLiteral("Help\tOK")} << false << false;
    QTest::newRow("unfinished single line") << QByteArray("220 Hello") << L{} << S{} << false << true;
    QTest::newRow("unfinished CR") << QByteArray("220 Hello\r") << L{} << S{} << false << true;
    QTest::newRow("open multi-line block")
        << QByteArray("220-Hello\r\nmore text\r\n") << L{} << S{} << false << true;
    QTest::newRow("complete then unfinished")
        << QByteArray("200 OK\r\n226-Transfer\r\n") << L{200} << S{QStringLiteral("OK")} << false << true;
    QTest::newRow("empty input") << QByteArray() << L{} << S{} << false << false;

    QTest::newRow("not a reply") << QByteArray("hello\r\n") << L{} << S{} << true << false;
    QTest::newRow("two digits") << QByteArray("22 short\r\n") << L{} << S{} << true << false;
    QTest::newRow("four digits") << QByteArray("2201 x\r\n") << L{} << S{} << true << false;
    QTest::newRow("code glued to text") << QByteArray("220Ready\r\n") << L{} << S{} << true << false;
    QTest::newRow("code out of range") << QByteArray("099 x\r\n") << L{} << S{} << true << false;
    QTest::newRow("code 6xx") << QByteArray("631 protected\r\n") << L{} << S{} << true << false;
    QTest::newRow("leading space") << QByteArray(" 220 x\r\n") << L{} << S{} << true << false;
    QTest::newRow("http response") << QByteArray("HTTP/1.1 400 Bad Request\r\n") << L{} << S{} << true
                                   << false;
    QTest::newRow("binary junk") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\n", 12) << L{}
                                 << S{} << true << false;
    QTest::newRow("valid reply, then garbage") << QByteArray("220 OK\r\nbogus\r\n331 never seen\r\n")
                                               << L{220} << S{QStringLiteral("OK")} << true << false;
}

void TestReplyReader::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<int>, codes);
    QFETCH(QStringList, texts);
    QFETCH(bool, error);
    QFETCH(bool, partial);

    ReplyReader reader;
    const QList<FtpReply> replies = reader.feed(input);
    QList<int> gotCodes;
    QStringList gotTexts;
    for (const FtpReply& r : replies) {
        gotCodes.append(r.code);
        gotTexts.append(r.text());
        QVERIFY(r.isValid());
        QVERIFY(!r.lines.isEmpty());
    }
    QCOMPARE(gotCodes, codes);
    QCOMPARE(gotTexts, texts);
    QCOMPARE(reader.hasError(), error);
    QCOMPARE(reader.errorString().isEmpty(), !error);
    QCOMPARE(reader.hasPartialReply(), partial);
}

void TestReplyReader::everySplit()
{
    QFETCH(QByteArray, input);
    const Outcome whole = feedInChunks(input, {});
    for (qsizetype i = 0; i <= input.size(); ++i) {
        const Outcome split = feedInChunks(input, {i});
        QCOMPARE(split.replies, whole.replies);
        QCOMPARE(split.error, whole.error);
        QCOMPARE(split.partial, whole.partial);
        // and every pair of cut positions, for short inputs
        if (input.size() <= 80) {
            for (qsizetype j = i; j <= input.size(); ++j) {
                const Outcome split2 = feedInChunks(input, {i, j});
                QCOMPARE(split2.replies, whole.replies);
                QCOMPARE(split2.error, whole.error);
            }
        }
    }
}

void TestReplyReader::byteByByte()
{
    QFETCH(QByteArray, input);
    const Outcome whole = feedInChunks(input, {});
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < input.size(); ++i)
        cuts.append(i);
    const Outcome bytes = feedInChunks(input, cuts);
    QCOMPARE(bytes.replies, whole.replies);
    QCOMPARE(bytes.error, whole.error);
    QCOMPARE(bytes.partial, whole.partial);
}

void TestReplyReader::rawLinesKept()
{
    ReplyReader reader;
    const QList<FtpReply> replies = reader.feed("150-Here\r\n data \r\n150 Go \r\n");
    QCOMPARE(replies.size(), 1);
    const QList<QByteArray> expected{"150-Here", " data ", "150 Go "};
    QCOMPARE(replies.first().lines, expected);
}

void TestReplyReader::longestLineAccepted()
{
    const QByteArray line = "220 " + QByteArray(ReplyReader::MaxLineLength - 4, 'a');
    for (const QByteArray& ending : {QByteArray("\r\n"), QByteArray("\n")}) {
        ReplyReader reader;
        QList<FtpReply> replies;
        // also in pieces, so that the pending-buffer bound is exercised at the edge
        const QByteArray data = line + ending;
        for (qsizetype i = 0; i < data.size(); i += 4096)
            replies += reader.feed(data.mid(i, 4096));
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.first().lines.first().size(), ReplyReader::MaxLineLength);
    }
}

void TestReplyReader::overlongLine_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("chunk");
    const QByteArray longLine = "220 " + QByteArray(ReplyReader::MaxLineLength, 'x');
    QTest::newRow("with newline, one chunk") << QByteArray(longLine + "\r\n") << 0;
    QTest::newRow("with newline, 1000-byte chunks") << QByteArray(longLine + "\r\n") << 1000;
    QTest::newRow("without newline, one chunk") << longLine << 0;
    QTest::newRow("without newline, 7-byte chunks") << longLine << 7;
    QTest::newRow("continuation line too long")
        << QByteArray("220-ok\r\n" + QByteArray(ReplyReader::MaxLineLength + 1, 'y') + "\n") << 0;
    QTest::newRow("endless stream of one line") << QByteArray(4 * ReplyReader::MaxLineLength, '2') << 100;
}

void TestReplyReader::overlongLine()
{
    QFETCH(QByteArray, data);
    QFETCH(int, chunk);
    ReplyReader reader;
    QList<FtpReply> replies;
    if (chunk == 0) {
        replies = reader.feed(data);
    } else {
        for (qsizetype i = 0; i < data.size(); i += chunk)
            replies += reader.feed(data.mid(i, chunk));
    }
    QVERIFY(reader.hasError());
    QVERIFY(replies.isEmpty());
    QVERIFY(!reader.hasPartialReply()); // the buffer was released
}

void TestReplyReader::tooManyLines()
{
    ReplyReader reader;
    QByteArray data = "220-start\r\n";
    for (qsizetype i = 0; i < ReplyReader::MaxLines; ++i)
        data += "line\r\n";
    data += "220 end\r\n";
    const QList<FtpReply> replies = reader.feed(data);
    QVERIFY(replies.isEmpty());
    QVERIFY(reader.hasError());

    // exactly MaxLines lines is fine
    ReplyReader ok;
    QByteArray fits = "220-start\r\n";
    for (qsizetype i = 0; i < ReplyReader::MaxLines - 2; ++i)
        fits += "line\r\n";
    fits += "220 end\r\n";
    const QList<FtpReply> one = ok.feed(fits);
    QVERIFY(!ok.hasError());
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().lines.size(), ReplyReader::MaxLines);
}

void TestReplyReader::errorIsSticky()
{
    ReplyReader reader;
    QVERIFY(reader.feed("garbage\r\n").isEmpty());
    QVERIFY(reader.hasError());
    QVERIFY(reader.feed("220 fine\r\n").isEmpty());
    QVERIFY(reader.hasError());
    QVERIFY(!reader.hasPartialReply());
}

void TestReplyReader::resetClearsEverything()
{
    ReplyReader reader;
    reader.feed("garbage\r\n");
    QVERIFY(reader.hasError());
    reader.reset();
    QVERIFY(!reader.hasError());
    QVERIFY(reader.errorString().isEmpty());
    QCOMPARE(reader.feed("220 fine\r\n").size(), 1);

    reader.feed("220-open block\r\n");
    QVERIFY(reader.hasPartialReply());
    reader.reset();
    QVERIFY(!reader.hasPartialReply());
    const QList<FtpReply> replies = reader.feed("331 Password\r\n");
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.first().code, 331);
    QCOMPARE(replies.first().lines.size(), 1);
}

void TestReplyReader::partialState()
{
    ReplyReader reader;
    QVERIFY(!reader.hasPartialReply());
    QVERIFY(reader.feed("2").isEmpty());
    QVERIFY(reader.hasPartialReply());
    QVERIFY(reader.feed("20-a\r\n").isEmpty());
    QVERIFY(reader.hasPartialReply());
    QCOMPARE(reader.feed("220 b\r\n").size(), 1);
    QVERIFY(!reader.hasPartialReply());
}

void TestReplyReader::toStringAndText_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("string");

    QTest::newRow("netx permission") << QByteArray("553 Permission denied \r\n")
                                     << QStringLiteral("Permission denied")
                                     << QStringLiteral("553 Permission denied");
    QTest::newRow("netx login fail") << QByteArray("530 Login Fail \r\n") << QStringLiteral("Login Fail")
                                     << QStringLiteral("530 Login Fail");
    QTest::newRow("code only") << QByteArray("200\r\n") << QString() << QStringLiteral("200");
    QTest::newRow("code and space") << QByteArray("200 \r\n") << QString() << QStringLiteral("200");
    QTest::newRow("multi-line") << QByteArray("550-Cannot delete\r\n550 Directory not empty\r\n")
                                << QStringLiteral("Cannot delete\nDirectory not empty")
                                << QStringLiteral("550 Cannot delete\nDirectory not empty");
    QTest::newRow("leading spaces of text trimmed")
        << QByteArray("421   Timeout.  \r\n") << QStringLiteral("Timeout.") << QStringLiteral("421 Timeout.");
    QTest::newRow("pwd quotes kept") << QByteArray("257 \"/abs/path\" is current Directory \r\n")
                                     << QStringLiteral("\"/abs/path\" is current Directory")
                                     << QStringLiteral("257 \"/abs/path\" is current Directory");
}

void TestReplyReader::toStringAndText()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, text);
    QFETCH(QString, string);
    ReplyReader reader;
    const QList<FtpReply> replies = reader.feed(input);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.first().text(), text);
    QCOMPARE(replies.first().toString(), string);
}

void TestReplyReader::categories()
{
    FtpReply r;
    QVERIFY(!r.isValid());
    r.code = 150;
    QVERIFY(r.isValid() && r.isPreliminary() && !r.isError());
    r.code = 226;
    QVERIFY(r.isCompletion() && !r.isError());
    r.code = 350;
    QVERIFY(r.isIntermediate());
    r.code = 421;
    QVERIFY(r.isTransientError() && r.isError());
    r.code = 553;
    QVERIFY(r.isPermanentError() && r.isError());
}

QTEST_APPLESS_MAIN(TestReplyReader)
#include "tst_replyreader.moc"
