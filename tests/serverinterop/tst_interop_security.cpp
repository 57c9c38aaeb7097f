// Security at process level, briefly (tests/server covers the rules in detail): real clients against the
// real `ferry serve`. Path traversal with curl (RETR ../../etc/passwd, CWD ..) and ftplib (RETR, SIZE,
// MDTM, CWD /.., LIST, writes with "..", a symlink leading out of the shared folder), three wrong
// passwords (421 and disconnected), a guesser who reconnects banned (--ban-after 4) while another
// address logs in, PORT/EPRT to 127.0.0.2 or to port 80 refused, a passive data
// connection from another address refused; after all that the server still serves, on both addresses.
// security_driver.py holds the ftplib part.
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

constexpr int ToolTimeoutMs = 30000;
const QString User = QStringLiteral("guard");
const QString Password = QStringLiteral("guard-pw");

QStringList entries(const QString& path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

} // namespace

class TestInteropSecurity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void attacks();

private:
    QString m_curl;
    QString m_python;
};

void TestInteropSecurity::initTestCase()
{
    m_curl = findTool(QStringLiteral("curl"));
    m_python = findTool(QString::fromLatin1(systemPython));
}

void TestInteropSecurity::attacks()
{
    REQUIRE_TOOL(m_curl, QStringLiteral("curl"));
    REQUIRE_TOOL(m_python, QString::fromLatin1(systemPython));

    // tmp/secret.txt is outside the shared folder tmp/served; served/link points at tmp.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString served = tmp.filePath(QStringLiteral("served"));
    QVERIFY(QDir().mkpath(served));
    QVERIFY(!writeTestFile(tmp.filePath(QStringLiteral("secret.txt")), 64, 1).isEmpty());
    const QString insideHash = writeTestFile(served + QStringLiteral("/inside.txt"), 64, 2);
    QVERIFY(!insideHash.isEmpty());
    QVERIFY(QFile::link(tmp.path(), served + QStringLiteral("/link")));
    const QStringList outsideBefore = entries(tmp.path());
    const QStringList insideBefore = entries(served);

    FerryServe serve;
    VERIFY_SERVE(
        serve.start(served,
                    {QStringLiteral("--user"), User + QLatin1Char(':') + Password + QStringLiteral(":rw"),
                     QStringLiteral("--ban-after"), QStringLiteral("4"), QStringLiteral("-v")}),
        serve);
    const QString base = QStringLiteral("ftp://%1:%2@127.0.0.1:%3/").arg(User, Password).arg(serve.port());

    // curl: RETR with "..", without curl's own normalisation (--path-as-is) and without its SIZE check.
    const QString target = tmp.filePath(QStringLiteral("got"));
    const QStringList common{QStringLiteral("-sS"), QStringLiteral("--ignore-content-length"),
                             QStringLiteral("--path-as-is"), QStringLiteral("-o"), target};
    const struct
    {
        QStringList arguments;
        int exitCode; // 78: RETR got 550; 9: CWD refused
        const char* command;
    } curlAttacks[] = {
        {{QStringLiteral("--ftp-method"), QStringLiteral("nocwd"), base + QStringLiteral("../../etc/passwd")},
         78,
         "> RETR ../../etc/passwd"},
        {{base + QStringLiteral("../secret.txt")}, 78, "> RETR secret.txt"},
        {{QStringLiteral("--ftp-method"), QStringLiteral("nocwd"), base + QStringLiteral("link/secret.txt")},
         78,
         "> RETR link/secret.txt"},
        {{base + QStringLiteral("link/secret.txt")}, 9, "> CWD link"},
        {{base + QStringLiteral("%2F../../etc/passwd")}, 9, "> CWD etc"},
    };
    for (const auto& attack : curlAttacks) {
        const ToolRun run = runTool(m_curl, common + attack.arguments, ToolTimeoutMs);
        QVERIFY2(run.finished && run.exitCode == attack.exitCode,
                 qPrintable(run.describe() + serve.logTail()));
        VERIFY_SERVE(serve.syncLog(), serve);
        QVERIFY2(serve.countLines(attack.command) > 0, qPrintable(serve.logTail()));
        QVERIFY2(!QFileInfo::exists(target), qPrintable(run.describe()));
    }

    // ftplib: traversal, brute force, bounce, passive theft.
    const auto driver = [&](const QString& host, const QStringList& checks) {
        return runTool(m_python,
                       QStringList{interopScript(QStringLiteral("security_driver.py")),
                                   QStringLiteral("--host"), host, QStringLiteral("--port"),
                                   QString::number(serve.port()), QStringLiteral("--user"), User,
                                   QStringLiteral("--password"), Password} +
                           checks,
                       ToolTimeoutMs, tmp.path());
    };
    const ToolRun v4 = driver(QStringLiteral("127.0.0.1"),
                              {QStringLiteral("traversal"), QStringLiteral("bruteforce"),
                               QStringLiteral("ban"), QStringLiteral("bounce"), QStringLiteral("theft")});
    qInfo("IPv4 checks: %lld ms; %s", v4.elapsedMs, v4.out.trimmed().replace('\n', "; ").constData());
    VERIFY_TOOL_SERVE(v4, serve);
    if (serve.hasIpv6()) {
        const ToolRun v6 =
            driver(QStringLiteral("::1"), {QStringLiteral("traversal"), QStringLiteral("bounce")});
        VERIFY_TOOL_SERVE(v6, serve);
    }
    VERIFY_SERVE(serve.syncLog(), serve);
    QCOMPARE(serve.countLines("3 failed logins: disconnecting"),
             2); // bruteforce, and the ban's first connection
    QCOMPARE(serve.countLines("4 failed logins from 127.0.0.3 within 10 minutes"), 1);
    QCOMPARE(serve.countLines("127.0.0.3 is banned for 15 more minutes"), 1); // logged once, refused 3 times
    QVERIFY2(serve.countLines("Refused an active data connection to 127.0.0.2") == 2,
             qPrintable(serve.logTail()));
    QVERIFY2(serve.countLines("Refused a data connection from 127.0.0.1") == 1, qPrintable(serve.logTail()));

    // Nothing was written outside, nothing was left inside.
    QCOMPARE(entries(tmp.path()), outsideBefore);
    QCOMPARE(entries(served), insideBefore);
    QCOMPARE(sha256HexOfFile(served + QStringLiteral("/inside.txt")), insideHash);

    // Still serving, on both addresses, and a download still works.
    VERIFY_SERVE(serve.checkServing(QStringLiteral("127.0.0.1"), User, Password), serve);
    if (serve.hasIpv6())
        VERIFY_SERVE(serve.checkServing(QStringLiteral("::1"), User, Password), serve);
    const ToolRun get = runTool(
        m_curl, {QStringLiteral("-sS"), QStringLiteral("-o"), target, base + QStringLiteral("inside.txt")},
        ToolTimeoutMs);
    VERIFY_TOOL_SERVE(get, serve);
    QCOMPARE(sha256HexOfFile(target), insideHash);

    VERIFY_SERVE(serve.stop(), serve);
    QCOMPARE(processesMentioning(tmp.path()), QStringList());
}

QTEST_GUILESS_MAIN(TestInteropSecurity)
#include "tst_interop_security.moc"
