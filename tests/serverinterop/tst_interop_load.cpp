// Load on the real `ferry serve` process (--max-sessions 250 --max-per-address 250, passive ports
// 40000-44999):
//   connectionBurst:     200 connections opened while the server is busy for a moment (SIGSTOP) all get
//                        their 220 greeting once it runs again (the listen backlog holds them).
//   concurrentTransfers: 200 ftplib sessions (load_driver.py), all logged in at the same time, IPv4 and
//                        IPv6, passive and active, each uploading two small files and one of 1 MiB and
//                        downloading them back, SHA-256 checked by the client and here on disk; none lost,
//                        every session ends, the server still serves afterwards. Prints the wall time.
#include "ferryserve.h"
#include "interoptools.h"
#include "testfiles.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>
#include <vector>

using namespace Ferry::Test;

namespace {

constexpr int Clients = 200;
constexpr int DriverTimeoutMs = 90000;
const QString User = QStringLiteral("load");
const QString Password = QStringLiteral("load-pw");

QStringList serveOptions()
{
    return {QStringLiteral("--user"),
            User + QLatin1Char(':') + Password + QStringLiteral(":rw"),
            QStringLiteral("--max-sessions"),
            QStringLiteral("250"),
            QStringLiteral("--max-per-address"),
            QStringLiteral("250"),
            QStringLiteral("--passive-ports"),
            QStringLiteral("40000-44999")};
}

} // namespace

class TestInteropLoad final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionBurst();
    void concurrentTransfers();
};

void TestInteropLoad::connectionBurst()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    FerryServe serve;
    VERIFY_SERVE(serve.start(tmp.path(), serveOptions()), serve);

    // 200 clients connect while the server is busy for a moment (SIGSTOP here, a long event-loop turn in
    // real life). The kernel completes the handshakes into the listen backlog; the server must accept them
    // all once it runs again. FTP is server-speaks-first: a client whose handshake was lost in an overflowing
    // backlog (with SYN cookies it believes it is connected) waits for a 220 that never comes.
    VERIFY_SERVE(serve.suspend(), serve);
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    int connected = 0;
    int greeted = 0;
    bool waitingForHandshakes = true;
    QEventLoop loop;
    for (int i = 0; i < Clients; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket* s = socket.get();
        connect(s, &QTcpSocket::connected, &loop, [&connected, &waitingForHandshakes, &loop] {
            if (++connected == Clients && waitingForHandshakes)
                loop.quit();
        });
        connect(s, &QTcpSocket::readyRead, &loop, [s, &greeted, &loop] {
            if (s->property("greeted").toBool() || !s->canReadLine())
                return;
            if (s->readLine().startsWith("220 ")) {
                s->setProperty("greeted", true);
                if (++greeted == Clients)
                    loop.quit();
            }
        });
        s->connectToHost(QHostAddress::LocalHost, serve.port());
        sockets.push_back(std::move(socket));
    }
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(3000); // all handshakes complete at once when they fit in the backlog
    if (connected < Clients)
        loop.exec();
    const int connectedWhileBusy = connected;
    waitingForHandshakes = false;
    VERIFY_SERVE(serve.resume(), serve);
    QElapsedTimer timer;
    timer.start();
    deadline.start(10000); // 200 greetings take a few milliseconds
    if (greeted < Clients)
        loop.exec();
    const qint64 greetingMs = timer.elapsed();
    qInfo("%d simultaneous connections to a busy server: %d handshakes completed, %d greeted within %lld ms",
          Clients, connectedWhileBusy, greeted, greetingMs);
    for (const auto& socket : sockets)
        socket->abort();
    QVERIFY2(
        greeted == Clients,
        qPrintable(QStringLiteral("%1 of %2 clients that connected at once never got a 220 (%3 handshakes "
                                  "completed while the server was busy: the listen backlog is too small)")
                       .arg(Clients - greeted)
                       .arg(Clients)
                       .arg(connectedWhileBusy)));
    QCOMPARE(connectedWhileBusy, Clients);

    VERIFY_SERVE(serve.waitForLines("Disconnected after", greeted), serve);
    VERIFY_SERVE(serve.checkServing(QStringLiteral("127.0.0.1"), User, Password), serve);
    VERIFY_SERVE(serve.stop(), serve);
    QCOMPARE(processesMentioning(tmp.path()), QStringList());
}

void TestInteropLoad::concurrentTransfers()
{
    const QString python = findTool(QString::fromLatin1(systemPython));
    REQUIRE_TOOL(python, QString::fromLatin1(systemPython));

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString served = tmp.filePath(QStringLiteral("served"));
    QVERIFY(QDir().mkpath(served));
    FerryServe serve;
    VERIFY_SERVE(serve.start(served, serveOptions()), serve);

    const QString hosts = serve.hasIpv6() ? QStringLiteral("127.0.0.1,::1") : QStringLiteral("127.0.0.1");
    const ToolRun driver =
        runTool(python,
                {interopScript(QStringLiteral("load_driver.py")), QStringLiteral("--port"),
                 QString::number(serve.port()), QStringLiteral("--user"), User, QStringLiteral("--password"),
                 Password, QStringLiteral("--clients"), QString::number(Clients), QStringLiteral("--hosts"),
                 hosts, QStringLiteral("--mixed-modes"), QStringLiteral("--timeout"), QStringLiteral("30")},
                DriverTimeoutMs, tmp.path());
    QByteArray wall;
    QByteArray concurrent;
    for (const QByteArray& line : driver.out.split('\n')) {
        if (line.startsWith("WALL "))
            wall = line.mid(5);
        else if (line.startsWith("CONCURRENT "))
            concurrent = line.mid(11);
    }
    qInfo("%d concurrent sessions (%s logged in at once), each 2 small files + 1 MiB up and down: wall time "
          "%s s "
          "(driver process %lld ms)",
          Clients, concurrent.constData(), wall.constData(), driver.elapsedMs);
    VERIFY_TOOL_SERVE(driver, serve);
    QCOMPARE(concurrent.toInt(), Clients);

    // Every uploaded file is on disk, byte for byte; nothing else (no temporary upload names).
    QMap<QString, QString> expected;
    for (const QByteArray& line : driver.out.split('\n')) {
        if (line.startsWith("REMOTE "))
            expected.insert(QString::fromUtf8(line.mid(7 + 64 + 2)), QString::fromLatin1(line.mid(7, 64)));
    }
    QCOMPARE(expected.size(), Clients * 3);
    for (int i = 0; i < Clients; ++i)
        expected.insert(QStringLiteral("c%1").arg(i), QStringLiteral("<dir>"));
    const QMap<QString, QString> actual = treeHashes(served);
    QVERIFY2(actual == expected, qPrintable(describeTreeDifference(expected, actual).left(3000)));

    // Every session ended, none was refused, and the server still serves on both addresses.
    VERIFY_SERVE(serve.waitForLines("Disconnected after", Clients), serve);
    QCOMPARE(serve.countLines("Refused"), 0);
    QCOMPARE(serve.countLines("Logged in"), Clients);
    VERIFY_SERVE(serve.checkServing(QStringLiteral("127.0.0.1"), User, Password), serve);
    if (serve.hasIpv6())
        VERIFY_SERVE(serve.checkServing(QStringLiteral("::1"), User, Password), serve);
    VERIFY_SERVE(serve.stop(), serve);
    QCOMPARE(processesMentioning(tmp.path()), QStringList());
}

QTEST_GUILESS_MAIN(TestInteropLoad)
#include "tst_interop_load.moc"
