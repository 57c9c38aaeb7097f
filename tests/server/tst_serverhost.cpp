// ServerHost: the FtpServer in a worker thread of its own, driven from another thread (this test's, as
// from the window or from `ferry serve`) only through queued calls and signals that carry values. Also
// the bounded waits of start() and stop() when the worker is busy.
#include "rawftpclient.h"
#include "server/ftpserver.h"
#include "server/serverhost.h"
#include "server/userauthenticator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>

using namespace Ferry;
using Ferry::Test::RawFtpClient;

namespace {

const QHostAddress Local4(QHostAddress::LocalHost);

// Runs fn in the server's thread and waits for it (the test's own way to look inside the worker).
void runAndWait(ServerHost& host, const std::function<void(FtpServer*)>& fn)
{
    QSemaphore done;
    host.runInServerThread([&done, &fn](FtpServer* server) {
        fn(server);
        done.release();
    });
    QVERIFY(done.tryAcquire(1, 10000));
}

} // namespace

class TestServerHost final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void serverLivesInItsOwnThread();
    void signalsCarryValuesToTheCallersThread();
    void disconnectSessionIsQueued();
    void stopClosesSessionsAndStartsAgain();
    void startFailureIsReported();
    void startGivesUpWhenTheWorkerIsBusy();
    void stopWaitRunsOutWhenTheWorkerIsBusy();

private:
    ServerOptions options() const;
    std::unique_ptr<RawFtpClient> loggedIn(const ServerHost& host);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<UserAuthenticator> m_auth;
};

void TestServerHost::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_auth = std::make_shared<UserAuthenticator>();
    QVERIFY(m_auth->addUser(QStringLiteral("alice"), QStringLiteral("secret"), m_dir->path(),
                            UserAuthenticator::Access::ReadWrite));
}

void TestServerHost::cleanup()
{
    m_auth.reset();
    m_dir.reset();
}

ServerOptions TestServerHost::options() const
{
    ServerOptions options;
    options.port = 0;
    options.bindAddresses = {Local4};
    options.passivePortMin = 0;
    options.passivePortMax = 0;
    return options;
}

std::unique_ptr<RawFtpClient> TestServerHost::loggedIn(const ServerHost& host)
{
    auto client = std::make_unique<RawFtpClient>();
    if (!client->connectTo(Local4, host.port()) || !client->login("alice", "secret"))
        return nullptr;
    return client;
}

void TestServerHost::serverLivesInItsOwnThread()
{
    ServerHost host;
    QSignalSpy log(&host, &ServerHost::logMessage);
    QVERIFY2(host.start(options(), m_auth), qPrintable(host.errorString()));
    QVERIFY(host.isListening());
    QVERIFY(host.port() != 0);
    QCOMPARE(host.listeningAddresses(), QList<QHostAddress>{Local4});
    QCOMPARE(host.connectionUrls().size(), 1);
    QCOMPARE(host.connectionUrls().first().port(), int(host.port()));
    // "Listening on ..." was delivered before start() returned.
    QVERIFY(!log.isEmpty());
    QVERIFY(log.first().first().value<ServerLogEntry>().text.contains(QString::number(host.port())));

    QThread* serverThread = nullptr;
    QThread* runningIn = nullptr;
    runAndWait(host, [&](FtpServer* server) {
        serverThread = server->thread();
        runningIn = QThread::currentThread();
    });
    QCOMPARE(serverThread, host.serverThread());
    QCOMPARE(runningIn, host.serverThread());
    QVERIFY(serverThread != QThread::currentThread());
}

void TestServerHost::signalsCarryValuesToTheCallersThread()
{
    ServerHost host;
    QThread* const testThread = QThread::currentThread();
    std::atomic<bool> allInTestThread = true;
    const auto check = [&] {
        allInTestThread = allInTestThread && QThread::currentThread() == testThread;
    };
    connect(&host, &ServerHost::sessionStarted, this, check);
    connect(&host, &ServerHost::sessionStateChanged, this, check);
    connect(&host, &ServerHost::transferFinished, this, check);
    connect(&host, &ServerHost::logMessage, this, check);
    QSignalSpy started(&host, &ServerHost::sessionStarted);
    QSignalSpy ended(&host, &ServerHost::sessionEnded);
    QSignalSpy finished(&host, &ServerHost::transferFinished);
    QVERIFY(host.start(options(), m_auth));

    std::unique_ptr<RawFtpClient> client = loggedIn(host);
    QVERIFY(client);
    QTRY_COMPARE(started.size(), 1);
    QTRY_VERIFY(host.sessionCount() == 1 && host.sessions().first().loggedIn);
    const ServerSessionInfo session = host.sessions().first();
    QCOMPARE(session.user, QStringLiteral("alice"));
    QCOMPARE(session.address, Local4);
    QVERIFY(!session.readOnly);

    // An upload: the transfer's values reach this thread; the file is in place.
    std::unique_ptr<QTcpSocket> data = client->openPassive(false);
    QVERIFY(data);
    QCOMPARE(client->command("STOR up.txt").code, 150);
    data->write("hello from another thread");
    data->disconnectFromHost();
    QCOMPARE(client->nextReply(10000).code, 226);
    QTRY_COMPARE(finished.size(), 1);
    const ServerTransferInfo transfer = finished.first().first().value<ServerTransferInfo>();
    QCOMPARE(transfer.command, QStringLiteral("STOR"));
    QCOMPARE(transfer.path, QStringLiteral("/up.txt"));
    QCOMPARE(transfer.bytes, 25);
    QVERIFY(transfer.succeeded);
    QFile file(QDir(m_dir->path()).filePath(QStringLiteral("up.txt")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("hello from another thread"));
    QTRY_COMPARE(host.sessions().first().bytesUploaded, 25);

    QCOMPARE(client->command("QUIT").code, 221);
    QTRY_COMPARE(ended.size(), 1);
    QCOMPARE(ended.first().first().value<ServerSessionInfo>().id, session.id);
    QCOMPARE(host.sessionCount(), 0);
    QVERIFY(allInTestThread);
}

void TestServerHost::disconnectSessionIsQueued()
{
    ServerHost host;
    QSignalSpy ended(&host, &ServerHost::sessionEnded);
    QVERIFY(host.start(options(), m_auth));
    std::unique_ptr<RawFtpClient> client = loggedIn(host);
    QVERIFY(client);
    QTRY_COMPARE(host.sessionCount(), 1);
    host.disconnectSession(host.sessions().first().id, QStringLiteral("Bye from the operator."));
    const FtpReply reply = client->nextReply();
    QCOMPARE(reply.code, 421);
    QCOMPARE(reply.text(), QStringLiteral("Bye from the operator."));
    QVERIFY(client->waitDisconnected());
    QTRY_COMPARE(ended.size(), 1);
    QCOMPARE(host.sessionCount(), 0);
}

void TestServerHost::stopClosesSessionsAndStartsAgain()
{
    ServerHost host;
    QVERIFY(host.start(options(), m_auth));
    const quint16 firstPort = host.port();
    std::unique_ptr<RawFtpClient> client = loggedIn(host);
    QVERIFY(client);
    host.stop();
    QVERIFY(!host.isListening());
    QCOMPARE(host.port(), quint16(0));
    QVERIFY(host.connectionUrls().isEmpty());
    QCOMPARE(client->nextReply().code, 421);
    QVERIFY(client->waitDisconnected());
    QTcpSocket refused;
    refused.connectToHost(Local4, firstPort);
    QVERIFY(!refused.waitForConnected(5000));

    QVERIFY(host.start(options(), m_auth));
    QVERIFY(host.isListening());
    QVERIFY(loggedIn(host));
}

void TestServerHost::startFailureIsReported()
{
    QTcpServer taken;
    QVERIFY(taken.listen(Local4, 0));
    ServerOptions busy = options();
    busy.port = taken.serverPort();
    ServerHost host;
    QVERIFY(!host.start(busy, m_auth));
    QVERIFY(!host.isListening());
    QVERIFY2(host.errorString().contains(QString::number(busy.port)), qPrintable(host.errorString()));
}

void TestServerHost::startGivesUpWhenTheWorkerIsBusy()
{
    ServerHost host;
    QSignalSpy log(&host, &ServerHost::logMessage);
    // The worker is stuck in something long (a rename over a huge file, a hung mount).
    QSemaphore busy;
    QSemaphore entered;
    host.runInServerThread([&](FtpServer*) {
        entered.release();
        busy.acquire();
    });
    QVERIFY(entered.tryAcquire(1, 10000));
    host.setStartWaitMs(200);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!host.start(options(), m_auth));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!host.isListening());
    QVERIFY(!host.errorString().isEmpty());

    // The withdrawn start never runs, even once the worker is free again.
    busy.release();
    bool listening = true;
    runAndWait(host, [&listening](FtpServer* server) { listening = server->isListening(); });
    QVERIFY(!listening);
    QCoreApplication::sendPostedEvents(&host, QEvent::MetaCall);
    QVERIFY(log.isEmpty());

    host.setStartWaitMs(ServerHost::DefaultStartWaitMs);
    QVERIFY2(host.start(options(), m_auth), qPrintable(host.errorString()));
    QVERIFY(loggedIn(host));
}

void TestServerHost::stopWaitRunsOutWhenTheWorkerIsBusy()
{
    ServerHost host;
    QVERIFY(host.start(options(), m_auth));
    const quint16 port = host.port();
    QSemaphore busy;
    QSemaphore entered;
    host.runInServerThread([&](FtpServer*) {
        entered.release();
        busy.acquire();
    });
    QVERIFY(entered.tryAcquire(1, 10000));
    host.setStopWaitMs(200);
    QElapsedTimer timer;
    timer.start();
    host.stop();
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    // Reported stopped at once; the worker stops the server once it is free.
    QVERIFY(!host.isListening());
    busy.release();
    bool listening = true;
    runAndWait(host, [&listening](FtpServer* server) { listening = server->isListening(); });
    QVERIFY(!listening);
    QTcpSocket refused;
    refused.connectToHost(Local4, port);
    QVERIFY(!refused.waitForConnected(5000));
}

QTEST_GUILESS_MAIN(TestServerHost)
#include "tst_serverhost.moc"
