// The NetX Duo-style board client (tests/peers/netx_client.py --strict: one TCP segment per reply, the
// data connection before the command, zero-padded PORT, fully expanded EPRT, an empty NLST as 550
// without 1xx) against the real `ferry serve` process: put/get of 0-byte, 1-byte and multi-MiB files,
// nlst (also of an empty folder), mkdir, rename, delete, rmdir, in passive and active mode over IPv4
// and IPv6. tests/server/tst_servernetx runs the same client against the engine in-process.
#include "ferryserve.h"
#include "interoptools.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Ferry::Test;

namespace {

constexpr int ClientTimeoutMs = 30000;
const QString User = QStringLiteral("board");
const QString Password = QStringLiteral("netx-pw");

} // namespace

class TestInteropNetx final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void session_data();
    void session();

private:
    QString m_python;
};

void TestInteropNetx::initTestCase()
{
    m_python = findTool(QString::fromLatin1(systemPython));
    if (!QFile::exists(netxClientScript()))
        m_python.clear();
}

void TestInteropNetx::session_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("active");
    for (const QString& host : {QStringLiteral("127.0.0.1"), QStringLiteral("::1")}) {
        QTest::newRow(qPrintable(host + QStringLiteral(" passive"))) << host << false;
        QTest::newRow(qPrintable(host + QStringLiteral(" active"))) << host << true;
    }
}

void TestInteropNetx::session()
{
    QFETCH(QString, host);
    QFETCH(bool, active);
    REQUIRE_TOOL(m_python, QStringLiteral("/usr/bin/python3 with tests/peers/netx_client.py"));
    if (host.contains(QLatin1Char(':')) && !FerryServe::ipv6Available())
        QSKIP("No IPv6 loopback on this machine");

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString served = tmp.filePath(QStringLiteral("served"));
    const QString local = tmp.filePath(QStringLiteral("local"));
    QVERIFY(QDir().mkpath(served + QStringLiteral("/emptydir")) && QDir().mkpath(local));
    const QString helloHash = writeTestFile(served + QStringLiteral("/hello.bin"), 1000, 1);
    const QString firmwareHash = writeTestFile(local + QStringLiteral("/fw.bin"), 3 * 1024 * 1024 + 5, 2);
    const QString zeroHash = writeTestFile(local + QStringLiteral("/zero.bin"), 0, 3);
    const QString oneHash = writeTestFile(local + QStringLiteral("/one.bin"), 1, 4);
    QVERIFY(!helloHash.isEmpty() && !firmwareHash.isEmpty() && !zeroHash.isEmpty() && !oneHash.isEmpty());

    FerryServe serve;
    VERIFY_SERVE(serve.start(served, {QStringLiteral("--user"),
                                      User + QLatin1Char(':') + Password + QStringLiteral(":rw"),
                                      QStringLiteral("-v")}),
                 serve);

    QStringList arguments{netxClientScript(),
                          QStringLiteral("--host"),
                          host,
                          QStringLiteral("--port"),
                          QString::number(serve.port()),
                          QStringLiteral("--user"),
                          User,
                          QStringLiteral("--password"),
                          Password,
                          QStringLiteral("--strict"),
                          QStringLiteral("--timeout"),
                          QStringLiteral("10"),
                          QStringLiteral("--log"),
                          tmp.filePath(QStringLiteral("netx-wire.log"))};
    if (active)
        arguments << QStringLiteral("--active");
    const auto l = [&local](const char* name) {
        return local + QLatin1Char('/') + QLatin1String(name);
    };
    // clang-format off
    arguments << QStringLiteral("mkdir") << QStringLiteral("/netxdir")
              << QStringLiteral("cd") << QStringLiteral("/netxdir")
              << QStringLiteral("put") << l("fw.bin") << QStringLiteral("fw.bin")
              << QStringLiteral("put") << l("zero.bin") << QStringLiteral("zero.bin")
              << QStringLiteral("put") << l("one.bin") << QStringLiteral("one.bin")
              << QStringLiteral("nlst") << QString()
              << QStringLiteral("get") << QStringLiteral("fw.bin") << l("got-fw.bin")
              << QStringLiteral("get") << QStringLiteral("zero.bin") << l("got-zero.bin")
              << QStringLiteral("get") << QStringLiteral("one.bin") << l("got-one.bin")
              << QStringLiteral("get") << QStringLiteral("/hello.bin") << l("got-hello.bin")
              << QStringLiteral("nlst") << QStringLiteral("/emptydir")
              << QStringLiteral("!get") << QStringLiteral("/missing") << l("missing")
              << QStringLiteral("rename") << QStringLiteral("fw.bin") << QStringLiteral("fw2.bin")
              << QStringLiteral("get") << QStringLiteral("fw2.bin") << l("got-fw2.bin")
              << QStringLiteral("delete") << QStringLiteral("fw2.bin")
              << QStringLiteral("delete") << QStringLiteral("zero.bin")
              << QStringLiteral("!rmdir") << QStringLiteral("/netxdir")
              << QStringLiteral("delete") << QStringLiteral("one.bin")
              << QStringLiteral("cd") << QStringLiteral("/")
              << QStringLiteral("rmdir") << QStringLiteral("/netxdir");
    // clang-format on
    const ToolRun client = runTool(m_python, arguments, ClientTimeoutMs, local);
    qInfo("NetX-style session: %lld ms", client.elapsedMs);
    VERIFY_TOOL_SERVE(client, serve);
    QVERIFY2(!client.err.contains("DRIFT"), qPrintable(client.describe()));
    // The first nlst lists the three uploads; the empty folder's lists nothing (550 without 1xx).
    QCOMPARE(client.out, QByteArray("fw.bin\none.bin\nzero.bin\n"));

    QCOMPARE(sha256HexOfFile(l("got-fw.bin")), firmwareHash);
    QCOMPARE(sha256HexOfFile(l("got-fw2.bin")), firmwareHash);
    QCOMPARE(sha256HexOfFile(l("got-zero.bin")), zeroHash);
    QCOMPARE(sha256HexOfFile(l("got-one.bin")), oneHash);
    QCOMPARE(sha256HexOfFile(l("got-hello.bin")), helloHash);
    QVERIFY(!QFileInfo::exists(l("missing")));
    QCOMPARE(QDir(served).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList({QStringLiteral("emptydir"), QStringLiteral("hello.bin")}));
    QCOMPARE(sha256HexOfFile(served + QStringLiteral("/hello.bin")), helloHash);

    // The board's way: PASV on IPv4, EPSV on IPv6, zero-padded PORT, fully expanded EPRT.
    const QByteArray dataCommand =
        active ? (host.contains(QLatin1Char(':')) ? "> EPRT |2|0000:0000:" : "> PORT 127,000,000,001,")
               : (host.contains(QLatin1Char(':')) ? "> EPSV" : "> PASV");
    VERIFY_SERVE(serve.syncLog(), serve);
    QVERIFY2(serve.countLines(dataCommand) >= 10, qPrintable(serve.logTail()));
    QCOMPARE(serve.countLines("< 550 No files found."), 1);

    VERIFY_SERVE(serve.checkServing(host, User, Password), serve);
    VERIFY_SERVE(serve.stop(), serve);
    QCOMPARE(processesMentioning(tmp.path()), QStringList());
}

QTEST_GUILESS_MAIN(TestInteropNetx)
#include "tst_interop_netx.moc"
