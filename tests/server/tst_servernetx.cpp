// Ferry's server against a NetX Duo FTP client: tests/peers/netx_client.py behaves on the wire like
// nxd_ftp_client.c (one segment per reply, data connection before the command, zero-padded PORT, fully
// expanded EPRT, reset after FIN, empty NLST as 550 without 1xx). The server runs in-process; the client
// is a separate process. Skipped when /usr/bin/python3 or the script is missing, unless
// FERRY_REQUIRE_PEERS=1.
#include "server/ftpserver.h"
#include "server/memoryfilesystem.h"
#include "server/userauthenticator.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ferry;

class TestServerNetx final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void session_data();
    void session();
};

void TestServerNetx::session_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("active");
    QTest::addColumn<bool>("resetAfterFin");
    for (const QString& host : {QStringLiteral("127.0.0.1"), QStringLiteral("::1")}) {
        for (bool active : {false, true}) {
            for (bool reset : {false, true}) {
                const QString name = host +
                                     (active ? QStringLiteral(" active") : QStringLiteral(" passive")) +
                                     (reset ? QStringLiteral(" rst-after-fin") : QString());
                QTest::newRow(qPrintable(name)) << host << active << reset;
            }
        }
    }
}

void TestServerNetx::session()
{
    QFETCH(QString, host);
    QFETCH(bool, active);
    QFETCH(bool, resetAfterFin);
    const QString python = QStringLiteral("/usr/bin/python3");
    const QString script = QStringLiteral(FERRY_NETX_CLIENT_SCRIPT);
    const bool required = qEnvironmentVariableIntValue("FERRY_REQUIRE_PEERS") == 1;
    if (!QFile::exists(python) || !QFile::exists(script)) {
        if (required)
            QFAIL("FERRY_REQUIRE_PEERS=1 but /usr/bin/python3 or tests/peers/netx_client.py is missing");
        QSKIP("/usr/bin/python3 or tests/peers/netx_client.py is missing");
    }

    auto fs = std::make_shared<MemoryFileSystem>();
    QVERIFY(fs->addFile(QStringLiteral("/hello.txt"), "hello\n"));
    QVERIFY(fs->addDirectory(QStringLiteral("/emptydir")));
    auto users = std::make_shared<UserAuthenticator>();
    users->addUser(QStringLiteral("board"), QStringLiteral("pw"), fs);
    ServerOptions options;
    options.port = 0;
    options.bindAddresses = {QHostAddress(host)};
    FtpServer server;
    server.setOptions(options);
    server.setAuthenticator(users);
    if (!server.start()) {
        if (host.contains(QLatin1Char(':')))
            QSKIP("No IPv6 loopback on this machine");
        QFAIL(qPrintable(server.errorString()));
    }

    QTemporaryDir local;
    QByteArray firmware(3 * 1024 * 1024 + 5, Qt::Uninitialized);
    for (qsizetype i = 0; i < firmware.size(); ++i)
        firmware[i] = char((i * 7 + i / 1000) & 0xFF);
    QFile fw(local.filePath(QStringLiteral("fw.bin")));
    QVERIFY(fw.open(QIODevice::WriteOnly));
    fw.write(firmware);
    fw.close();

    QStringList arguments = {script,
                             QStringLiteral("--host"),
                             host,
                             QStringLiteral("--port"),
                             QString::number(server.port()),
                             QStringLiteral("--user"),
                             QStringLiteral("board"),
                             QStringLiteral("--password"),
                             QStringLiteral("pw"),
                             QStringLiteral("--strict"),
                             QStringLiteral("--timeout"),
                             QStringLiteral("10")};
    if (active)
        arguments << QStringLiteral("--active");
    if (resetAfterFin)
        arguments << QStringLiteral("--rst-after-fin");
    arguments << QStringLiteral("mkdir") << QStringLiteral("/netxdir") << QStringLiteral("cd")
              << QStringLiteral("/netxdir") << QStringLiteral("put") << fw.fileName()
              << QStringLiteral("fw.bin") << QStringLiteral("nlst") << QString() << QStringLiteral("get")
              << QStringLiteral("fw.bin") << local.filePath(QStringLiteral("got.bin"))
              << QStringLiteral("nlst") << QStringLiteral("/emptydir") << QStringLiteral("!get")
              << QStringLiteral("/missing") << local.filePath(QStringLiteral("x")) << QStringLiteral("get")
              << QStringLiteral("/hello.txt") << local.filePath(QStringLiteral("hello.txt"))
              << QStringLiteral("rename") << QStringLiteral("fw.bin") << QStringLiteral("fw2.bin")
              << QStringLiteral("delete") << QStringLiteral("fw2.bin") << QStringLiteral("cd")
              << QStringLiteral("/") << QStringLiteral("rmdir") << QStringLiteral("/netxdir");

    QProcess client;
    QSignalSpy finished(&client, &QProcess::finished);
    client.start(python, arguments);
    QVERIFY2(finished.wait(120000), "the NetX client did not finish");
    const QByteArray out = client.readAllStandardOutput();
    const QByteArray err = client.readAllStandardError();
    QVERIFY2(
        client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0,
        qPrintable(
            QStringLiteral("exit %1\n%2").arg(client.exitCode()).arg(QString::fromUtf8(err.right(3000)))));
    QVERIFY2(!err.contains("DRIFT"), err.constData());
    QCOMPARE(out, QByteArray("fw.bin\n"));
    QFile got(local.filePath(QStringLiteral("got.bin")));
    QVERIFY(got.open(QIODevice::ReadOnly));
    QCOMPARE(got.readAll(), firmware);
    QFile hello(local.filePath(QStringLiteral("hello.txt")));
    QVERIFY(hello.open(QIODevice::ReadOnly));
    QCOMPARE(hello.readAll(), QByteArray("hello\n"));
    QVERIFY(!fs->exists(QStringLiteral("/netxdir")));
}

QTEST_GUILESS_MAIN(TestServerNetx)
#include "tst_servernetx.moc"
