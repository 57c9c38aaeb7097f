// The budgets that keep a hostile peer from making Ferry collect input without bound: a reply of
// 160 MiB (10,000 lines of 16 KiB, each within the per-line and per-reply line limits) fails the
// client's reply reader cleanly once it passes ReplyReader::MaxReplyBytes, and a 160 MiB command line
// never makes the server's line reader hold more than its line limit.
#include "protocol/ftpreply.h"
#include "server/ftpcommand.h"

#include <QTest>

using Ferry::CommandLineReader;
using Ferry::ReplyReader;

class TestInputBudgets final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hugeMultiLineReplyFails();
    void hugeSingleLineReplyFails();
    void replyJustUnderTheBudgetIsRead();
    void hugeCommandLineIsDropped();
};

namespace {

constexpr qint64 HugeSize = qint64(160) * 1024 * 1024;

// One 64 KiB piece of a multi-line reply body: four lines of 16 KiB (well under MaxLineLength).
QByteArray bodyChunk()
{
    const QByteArray line = " " + QByteArray(16 * 1024 - 3, 'x') + "\r\n";
    return line.repeated(4);
}

} // namespace

void TestInputBudgets::hugeMultiLineReplyFails()
{
    ReplyReader reader;
    QVERIFY(reader.feed("211-Here it comes\r\n").isEmpty());
    const QByteArray chunk = bodyChunk();
    qint64 fed = 0;
    while (fed < HugeSize && !reader.hasError()) {
        QVERIFY(reader.feed(chunk).isEmpty());
        fed += chunk.size();
    }
    QVERIFY(reader.hasError());
    // It stopped within one piece after the budget, long before the 160 MiB were sent.
    QVERIFY2(fed <= ReplyReader::MaxReplyBytes + chunk.size(), qPrintable(QString::number(fed)));
    QVERIFY(reader.errorString().contains(QString::number(ReplyReader::MaxReplyBytes)));
    // Nothing more is collected: the rest of the stream is ignored, and the end line yields nothing.
    QVERIFY(!reader.hasPartialReply());
    QVERIFY(reader.feed(chunk + "211 End\r\n").isEmpty());
    QVERIFY(!reader.hasPartialReply());
    // A new connection starts afresh.
    reader.reset();
    QCOMPARE(reader.feed("220 Ready\r\n").size(), 1);
}

void TestInputBudgets::hugeSingleLineReplyFails()
{
    ReplyReader reader;
    const QByteArray chunk(64 * 1024, 'y');
    QVERIFY(reader.feed("220 ").isEmpty());
    qint64 fed = 0;
    while (fed < HugeSize && !reader.hasError()) {
        QVERIFY(reader.feed(chunk).isEmpty());
        fed += chunk.size();
    }
    QVERIFY(reader.hasError());
    QVERIFY(fed <= ReplyReader::MaxLineLength + chunk.size());
    QVERIFY(!reader.hasPartialReply());
}

void TestInputBudgets::replyJustUnderTheBudgetIsRead()
{
    // A long but legitimate reply (a big HELP or STAT) is still read whole.
    ReplyReader reader;
    const QByteArray first = "214-Help follows\r\n";
    const QByteArray line = " " + QByteArray(1000, 'h') + "\r\n";
    QByteArray reply = first;
    const qsizetype lines = (ReplyReader::MaxReplyBytes - 2000) / (line.size() - 2);
    for (qsizetype i = 0; i < lines; ++i)
        reply += line;
    reply += "214 End\r\n";
    const QList<Ferry::FtpReply> replies = reader.feed(reply);
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies.first().lines.size(), lines + 2);
}

void TestInputBudgets::hugeCommandLineIsDropped()
{
    CommandLineReader reader(512);
    reader.feed("NOOP\r\n");
    const QByteArray chunk(64 * 1024, 'A');
    qsizetype held = 0;
    for (qint64 fed = 0; fed < HugeSize; fed += chunk.size()) {
        reader.feed(chunk);
        held = qMax(held, reader.pendingBytes());
    }
    QVERIFY(held <= reader.maxLineLength() + 1);
    reader.feed("\r\nPWD\r\n");
    QCOMPARE(reader.next()->text, QByteArray("NOOP"));
    const std::optional<CommandLineReader::Line> tooLong = reader.next();
    QVERIFY(tooLong && tooLong->tooLong && tooLong->text.isEmpty());
    QCOMPARE(reader.next()->text, QByteArray("PWD"));
    QVERIFY(!reader.hasLine());
}

QTEST_APPLESS_MAIN(TestInputBudgets)
#include "tst_inputbudgets.moc"
