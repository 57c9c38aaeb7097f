// Python's ftplib against the real `ferry serve` process: ftplib_driver.py sends every command the
// server implements (and an unknown one), parses the multi-line replies (FEAT, HELP, STAT, MLST) with
// ftplib, lists with mlsd() and checks sizes with size(), in passive and active mode (set_pasv(False)),
// over IPv4 and IPv6, every transferred byte checked by SHA-256. Here, the server's log (-v) must show
// every verb arriving, and the files the driver says it left must be on disk, byte for byte.
#include "ferryserve.h"
#include "interoptools.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Ferry::Test;

namespace {

constexpr int DriverTimeoutMs = 30000;
const QString User = QStringLiteral("py");
const QString Password = QStringLiteral("ftplib-pw");

const char* const verbs[] = {"USER", "PASS", "QUIT", "NOOP", "SYST", "FEAT", "OPTS", "HELP", "STAT",
                             "PWD",  "XPWD", "CWD",  "XCWD", "CDUP", "XCUP", "TYPE", "MODE", "STRU",
                             "PORT", "EPRT", "PASV", "EPSV", "LIST", "NLST", "MLSD", "MLST", "RETR",
                             "STOR", "APPE", "STOU", "REST", "SIZE", "MDTM", "DELE", "MKD",  "XMKD",
                             "RMD",  "XRMD", "RNFR", "RNTO", "ABOR", "ALLO"};

} // namespace

class TestInteropFtplib final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCommand_data();
    void everyCommand();

private:
    QString m_python;
};

void TestInteropFtplib::initTestCase()
{
    m_python = findTool(QString::fromLatin1(systemPython));
}

void TestInteropFtplib::everyCommand_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("active");
    for (const QString& host : {QStringLiteral("127.0.0.1"), QStringLiteral("::1")}) {
        QTest::newRow(qPrintable(host + QStringLiteral(" passive"))) << host << false;
        QTest::newRow(qPrintable(host + QStringLiteral(" active"))) << host << true;
    }
}

void TestInteropFtplib::everyCommand()
{
    QFETCH(QString, host);
    QFETCH(bool, active);
    REQUIRE_TOOL(m_python, QString::fromLatin1(systemPython));
    if (host.contains(QLatin1Char(':')) && !FerryServe::ipv6Available())
        QSKIP("No IPv6 loopback on this machine");

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString served = tmp.filePath(QStringLiteral("served"));
    // For ABOR: large enough that it cannot all sit in the loopback socket buffers when ABOR comes.
    const QString bigHash = writeTestFile(served + QStringLiteral("/big.bin"), 40 * 1024 * 1024, 7);
    QVERIFY(!bigHash.isEmpty());

    FerryServe serve;
    serve.setEnvironmentVariable(QStringLiteral("TZ"), QStringLiteral("America/St_Johns")); // UTC-03:30
    VERIFY_SERVE(serve.start(served, {QStringLiteral("--user"),
                                      User + QLatin1Char(':') + Password + QStringLiteral(":rw"),
                                      QStringLiteral("-v")}),
                 serve);

    QStringList arguments{interopScript(QStringLiteral("ftplib_driver.py")),
                          QStringLiteral("--host"),
                          host,
                          QStringLiteral("--port"),
                          QString::number(serve.port()),
                          QStringLiteral("--user"),
                          User,
                          QStringLiteral("--password"),
                          Password,
                          QStringLiteral("--served"),
                          served};
    if (active)
        arguments << QStringLiteral("--active");
    const ToolRun driver = runTool(m_python, arguments, DriverTimeoutMs, tmp.path());
    const qsizetype ok = driver.out.indexOf("\nOK ");
    qInfo("ftplib session: %lld ms, %s", driver.elapsedMs,
          ok < 0 ? "failed" : driver.out.mid(ok + 1).trimmed().constData());
    VERIFY_TOOL_SERVE(driver, serve);

    VERIFY_SERVE(serve.syncLog(), serve);
    // Every verb reached the server.
    QStringList missing;
    for (const char* verb : verbs) {
        if (serve.countLines(QByteArray("> ") + verb) == 0)
            missing << QString::fromLatin1(verb);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("never sent: ") + missing.join(QLatin1Char(' '))));
    QVERIFY2(serve.countLines("> FOOBAR") == 1 && serve.countLines("< 502 Command not implemented.") == 2,
             qPrintable(serve.logTail()));

    // The files the driver left under /work are on disk, and nothing else (no temporary upload names).
    QMap<QString, QString> expected;
    for (const QByteArray& line : driver.out.split('\n')) {
        // "REMOTE <sha256> /work/<name>"
        if (!line.startsWith("REMOTE "))
            continue;
        const QByteArray hash = line.mid(7, 64);
        const QByteArray path = line.mid(7 + 64 + 1);
        QVERIFY2(path.startsWith("/work/"), line.constData());
        expected.insert(QString::fromUtf8(path.mid(6)), QString::fromLatin1(hash));
    }
    QVERIFY2(expected.size() >= 9, driver.out.constData()); // 9 on IPv6 (no PASV/PORT uploads), 11 on IPv4
    expected.insert(QStringLiteral("sub one"), QStringLiteral("<dir>"));
    const QMap<QString, QString> actual = treeHashes(served + QStringLiteral("/work"));
    QVERIFY2(actual == expected, qPrintable(describeTreeDifference(expected, actual)));
    QCOMPARE(QDir(served).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList({QStringLiteral("big.bin"), QStringLiteral("work")}));
    QCOMPARE(sha256HexOfFile(served + QStringLiteral("/big.bin")), bigHash);

    VERIFY_SERVE(serve.checkServing(host, User, Password), serve);
    VERIFY_SERVE(serve.stop(), serve);
    QCOMPARE(processesMentioning(tmp.path()), QStringList());
}

QTEST_GUILESS_MAIN(TestInteropFtplib)
#include "tst_interop_ftplib.moc"
