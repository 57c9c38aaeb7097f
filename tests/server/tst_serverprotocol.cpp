#include "protocol/listingparser.h"
#include "server/ftpcommand.h"
#include "server/listingformat.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Ferry;

class TestServerProtocol final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseCommand_data();
    void parseCommand();
    void readerSplitsAnywhere();
    void readerLineEndings();
    void readerTooLong();
    void readerTooLongIsBounded();
    void readerTelnet();
    void readerClearDropsEverythingBuffered();
    void randomGarbage();
    void formatReply();
    void multiLineReply();
    void quotePath();
    void unixLine();
    void unixLineOldFileShowsYear();
    void unixLineRoundTrip();
    void mlsxLine();
    void mlsxRoundTrip();
    void timeVal();
};

void TestServerProtocol::parseCommand_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QByteArray>("argument");
    QTest::addColumn<bool>("hasArgument");

    QTest::newRow("user") << QByteArray("USER bob") << QByteArray("USER") << QByteArray("bob") << true;
    QTest::newRow("lower case") << QByteArray("user bob") << QByteArray("USER") << QByteArray("bob") << true;
    QTest::newRow("mixed case") << QByteArray("NlSt x") << QByteArray("NLST") << QByteArray("x") << true;
    QTest::newRow("no argument") << QByteArray("PWD") << QByteArray("PWD") << QByteArray() << false;
    QTest::newRow("trailing space (NetX NLST)")
        << QByteArray("NLST ") << QByteArray("NLST") << QByteArray() << true;
    QTest::newRow("spaces in path") << QByteArray("RETR a b  c ") << QByteArray("RETR")
                                    << QByteArray("a b  c ") << true;
    QTest::newRow("two spaces") << QByteArray("CWD  a") << QByteArray("CWD") << QByteArray(" a") << true;
    QTest::newRow("utf8 path") << QByteArray("MKD \xc3\xa9t\xc3\xa9") << QByteArray("MKD")
                               << QByteArray("\xc3\xa9t\xc3\xa9") << true;
    QTest::newRow("x command") << QByteArray("XMKD d") << QByteArray("XMKD") << QByteArray("d") << true;
    QTest::newRow("empty") << QByteArray() << QByteArray() << QByteArray() << false;
    QTest::newRow("space first") << QByteArray(" USER x") << QByteArray() << QByteArray() << false;
    QTest::newRow("digits") << QByteArray("12AB x") << QByteArray() << QByteArray() << false;
    QTest::newRow("too long verb") << QByteArray("ABCDEFGHI") << QByteArray() << QByteArray() << false;
    QTest::newRow("binary") << QByteArray("\xff\xfe\x01") << QByteArray() << QByteArray() << false;
    QTest::newRow("NUL in verb") << QByteArray("US\0ER", 5) << QByteArray() << QByteArray() << false;
}

void TestServerProtocol::parseCommand()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, verb);
    QFETCH(QByteArray, argument);
    QFETCH(bool, hasArgument);
    const FtpCommand c = FtpProtocol::parseCommand(line);
    QCOMPARE(c.verb, verb);
    QCOMPARE(c.isValid(), !verb.isEmpty());
    if (c.isValid()) {
        QCOMPARE(c.argument, argument);
        QCOMPARE(c.hasArgument, hasArgument);
    }
}

void TestServerProtocol::readerSplitsAnywhere()
{
    const QByteArray stream = "USER bob\r\nPASS secret\r\nLIST\r\n";
    for (int split = 1; split < stream.size(); ++split) {
        CommandLineReader reader;
        QList<QByteArray> lines;
        for (qsizetype i = 0; i < stream.size(); i += split) {
            reader.feed(stream.mid(i, split));
            while (const auto line = reader.next())
                lines.append(line->text);
        }
        QCOMPARE(lines, (QList<QByteArray>{"USER bob", "PASS secret", "LIST"}));
    }
}

void TestServerProtocol::readerLineEndings()
{
    CommandLineReader reader;
    reader.feed("NOOP\nPWD\r\nSYST\r\r\nQUIT");
    QCOMPARE(reader.next()->text, QByteArray("NOOP"));
    QCOMPARE(reader.next()->text, QByteArray("PWD"));
    QCOMPARE(reader.next()->text, QByteArray("SYST\r")); // only one CR is part of the line ending
    QVERIFY(!reader.next());
    QCOMPARE(reader.pendingBytes(), 4);
    reader.feed("\r\n");
    QCOMPARE(reader.next()->text, QByteArray("QUIT"));
}

void TestServerProtocol::readerTooLong()
{
    CommandLineReader reader(32);
    reader.feed("NOOP\r\n" + QByteArray(100, 'A') + "\r\nPWD\r\n");
    QCOMPARE(reader.next()->text, QByteArray("NOOP"));
    const auto tooLong = reader.next();
    QVERIFY(tooLong);
    QVERIFY(tooLong->tooLong);
    QVERIFY(tooLong->text.isEmpty());
    const auto pwd = reader.next();
    QVERIFY(pwd && !pwd->tooLong);
    QCOMPARE(pwd->text, QByteArray("PWD"));

    // Exactly at the limit is fine.
    reader.feed(QByteArray(32, 'B') + "\n");
    const auto atLimit = reader.next();
    QVERIFY(atLimit && !atLimit->tooLong);
    QCOMPARE(atLimit->text.size(), 32);
}

void TestServerProtocol::readerTooLongIsBounded()
{
    CommandLineReader reader(512);
    for (int i = 0; i < 1024; ++i) {
        reader.feed(QByteArray(1024, 'x'));        // 1 MiB without a line end
        QVERIFY(reader.pendingBytes() <= 512 + 1); // the limit plus a CR
        QVERIFY(!reader.hasLine());
    }
    reader.feed("\r\nNOOP\r\n");
    QVERIFY(reader.next()->tooLong);
    QCOMPARE(reader.next()->text, QByteArray("NOOP"));
}

void TestServerProtocol::readerTelnet()
{
    CommandLineReader reader;
    // What clients send to abort: IAC IP, IAC DM (the Synch), then ABOR.
    reader.feed(QByteArray("\xff\xf4\xff\xf2"
                           "ABOR\r\n"));
    QCOMPARE(reader.next()->text, QByteArray("ABOR"));
    // IAC IAC is a literal 0xFF; WILL/DO with their option byte disappear.
    reader.feed(QByteArray("RETR a\xff\xff"
                           "b\xff\xfb\x01"
                           "c\r\n"));
    QCOMPARE(reader.next()->text, QByteArray("RETR a\xff"
                                             "bc"));
    // The DM of the Synch went out as urgent data and is missing from the stream.
    reader.feed(QByteArray("\xff\xf4\xff"
                           "ABOR\r\n"));
    QCOMPARE(reader.next()->text, QByteArray("ABOR"));
    // Split in the middle of a sequence.
    reader.feed(QByteArray("NO\xff"));
    reader.feed(QByteArray("\xfd"));
    reader.feed(QByteArray("\x03OP\r\n"));
    QCOMPARE(reader.next()->text, QByteArray("NOOP"));
}

void TestServerProtocol::readerClearDropsEverythingBuffered()
{
    // AUTH TLS and, in the same segment, commands a man in the middle appended in clear text: after the
    // switch to TLS none of them may be taken as a command, not even the half line or a Telnet sequence.
    CommandLineReader reader;
    reader.feed("AUTH TLS\r\nUSER injected\r\nDELE x\r\nPAS\xff");
    QCOMPARE(reader.next()->text, QByteArray("AUTH TLS"));
    QVERIFY(reader.hasLine());
    reader.clear();
    QVERIFY(!reader.hasLine());
    QVERIFY(!reader.next());
    QCOMPARE(reader.pendingBytes(), 0);
    // The IAC left pending before clear() does not pair with the next byte (IAC IAC would be a literal
    // 0xFF); the new IAC starts a Telnet sequence of its own.
    reader.feed("\xffNOOP\r\n");
    const auto line = reader.next();
    QVERIFY(line && !line->tooLong);
    QCOMPARE(line->text, QByteArray("NOOP"));

    // Also while a too-long line is being discarded.
    CommandLineReader bounded(16);
    bounded.feed(QByteArray(100, 'A'));
    bounded.clear();
    bounded.feed("PWD\r\n");
    const auto pwd = bounded.next();
    QVERIFY(pwd && !pwd->tooLong);
    QCOMPARE(pwd->text, QByteArray("PWD"));
}

void TestServerProtocol::randomGarbage()
{
    QRandomGenerator random(20240601);
    CommandLineReader reader(512);
    for (int round = 0; round < 2000; ++round) {
        QByteArray chunk(int(random.bounded(1, 2048)), Qt::Uninitialized);
        for (char& c : chunk)
            c = char(random.bounded(256));
        reader.feed(chunk);
        QVERIFY(reader.pendingBytes() <= 512 + 1); // the limit plus a CR
        while (const auto line = reader.next()) {
            QVERIFY(line->text.size() <= 512);
            const FtpCommand c = FtpProtocol::parseCommand(line->text);
            if (c.isValid()) {
                QVERIFY(c.verb.size() <= 8);
                QCOMPARE(c.verb, c.verb.toUpper());
            }
        }
    }
}

void TestServerProtocol::formatReply()
{
    QCOMPARE(FtpProtocol::formatReply(200, QStringLiteral("OK")), QByteArray("200 OK\r\n"));
    // A name with a line break can never inject a second reply.
    QCOMPARE(FtpProtocol::formatReply(550, QStringLiteral("No such file: a\r\n230 b")),
             QByteArray("550 No such file: a  230 b\r\n"));
    QCOMPARE(FtpProtocol::formatReply(257, QStringLiteral("\"/\u00e9\" created.")),
             QByteArray("257 \"/\xc3\xa9\" created.\r\n"));
}

void TestServerProtocol::multiLineReply()
{
    const QByteArray reply = FtpProtocol::formatMultiLineReply(
        211, QStringLiteral("Features:"), {"MDTM", " SIZE", "211 fake"}, QStringLiteral("End"));
    QCOMPARE(reply, QByteArray("211-Features:\r\n MDTM\r\n SIZE\r\n 211 fake\r\n211 End\r\n"));
}

void TestServerProtocol::quotePath()
{
    QCOMPARE(FtpProtocol::quotePath(QStringLiteral("/a\"b")), QStringLiteral("\"/a\"\"b\""));
}

static FileInfo makeFile(const QString& name, qint64 size, const QDateTime& modified, int mode = 0644)
{
    FileInfo info;
    info.name = name;
    info.size = size;
    info.modified = modified;
    info.mode = mode;
    return info;
}

void TestServerProtocol::unixLine()
{
    const QDateTime now(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    const FileInfo file =
        makeFile(QStringLiteral("test.txt"), 28, QDateTime(QDate(2024, 4, 2), QTime(8, 5, 7), Qt::UTC));
    QCOMPARE(ListingFormat::unixLine(file, now),
             QByteArray("-rw-r--r--    1 ftp      ftp                28 Apr 02 08:05 test.txt"));
    FileInfo dir =
        makeFile(QStringLiteral("logs"), 0, QDateTime(QDate(2024, 2, 10), QTime(9, 0), Qt::UTC), 0755);
    dir.type = FileInfo::Type::Directory;
    QCOMPARE(ListingFormat::unixLine(dir, now),
             QByteArray("drwxr-xr-x    2 ftp      ftp              4096 Feb 10 09:00 logs"));
}

void TestServerProtocol::unixLineOldFileShowsYear()
{
    const QDateTime now(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    const FileInfo old = makeFile(QStringLiteral("old name.bin"), 1234567890123,
                                  QDateTime(QDate(2019, 12, 31), QTime(23, 59), Qt::UTC), 0444);
    QCOMPARE(ListingFormat::unixLine(old, now),
             QByteArray("-r--r--r--    1 ftp      ftp      1234567890123 Dec 31  2019 old name.bin"));
    // In the future by more than an hour: the year too (as ls does).
    const FileInfo future =
        makeFile(QStringLiteral("f"), 1, QDateTime(QDate(2024, 5, 3), QTime(0, 0), Qt::UTC));
    QVERIFY(ListingFormat::unixLine(future, now).contains("May 03  2024"));
}

void TestServerProtocol::unixLineRoundTrip()
{
    // Ferry's own client parser reads what Ferry's server writes.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const FileInfo file = makeFile(QString::fromUtf8("r\xc3\xa9sum\xc3\xa9 2.pdf"), 987654, now.addDays(-3));
    const std::optional<RemoteEntry> entry =
        ListingParser::parseListLine(ListingFormat::unixLine(file, now), now);
    QVERIFY(entry);
    QCOMPARE(entry->name, file.name);
    QCOMPARE(entry->size, 987654);
    QVERIFY(entry->isFile());
}

void TestServerProtocol::mlsxLine()
{
    FileInfo file =
        makeFile(QStringLiteral("a b.txt"), 42, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC));
    QCOMPARE(ListingFormat::mlsxLine(file, true),
             QByteArray("type=file;size=42;modify=20240102030405;perm=radfw;unix.mode=0644; a b.txt"));
    QCOMPARE(ListingFormat::mlsxLine(file, false),
             QByteArray("type=file;size=42;modify=20240102030405;perm=r;unix.mode=0644; a b.txt"));
    FileInfo dir = file;
    dir.name = QStringLiteral("d");
    dir.type = FileInfo::Type::Directory;
    dir.mode = 0755;
    QCOMPARE(ListingFormat::mlsxLine(dir, true),
             QByteArray("type=dir;modify=20240102030405;perm=elcdfmp;unix.mode=0755; d"));
    QCOMPARE(ListingFormat::mlsxLine(dir, false),
             QByteArray("type=dir;modify=20240102030405;perm=el;unix.mode=0755; d"));
}

void TestServerProtocol::mlsxRoundTrip()
{
    const FileInfo file = makeFile(QStringLiteral(" leading space"), 7,
                                   QDateTime(QDate(2023, 7, 8), QTime(9, 10, 11), Qt::UTC));
    const std::optional<RemoteEntry> entry =
        ListingParser::parseMlsdLine(ListingFormat::mlsxLine(file, true));
    QVERIFY(entry);
    QCOMPARE(entry->name, file.name);
    QCOMPARE(entry->size, 7);
    QCOMPARE(entry->modified, file.modified);
}

void TestServerProtocol::timeVal()
{
    QCOMPARE(ListingFormat::timeVal(QDateTime(QDate(1999, 12, 31), QTime(23, 59, 58), Qt::UTC)),
             QByteArray("19991231235958"));
    // Local times are converted to UTC.
    const QDateTime local(QDate(2020, 6, 1), QTime(12, 0), Qt::OffsetFromUTC, 2 * 3600);
    QCOMPARE(ListingFormat::timeVal(local), QByteArray("20200601100000"));
}

QTEST_GUILESS_MAIN(TestServerProtocol)
#include "tst_serverprotocol.moc"
