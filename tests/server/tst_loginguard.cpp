// Failed logins counted per client address across connections: LoginGuard's arithmetic on a fake clock,
// then the server against a guesser who reconnects, with legitimate users from other loopback addresses
// (127.0.0.2, ::1) logging in meanwhile.
#include "rawftpclient.h"
#include "server/ftpserver.h"
#include "server/loginguard.h"
#include "server/memoryfilesystem.h"
#include "server/userauthenticator.h"

#include <QElapsedTimer>
#include <QTest>
#include <memory>

using namespace Ferry;
using Ferry::Test::RawFtpClient;

namespace {

const QHostAddress Local4(QHostAddress::LocalHost);
const QHostAddress Local6(QHostAddress::LocalHostIPv6);
const QHostAddress OtherHost(QStringLiteral("127.0.0.2"));

ServerOptions guardOptions(int delayMs, int maxDelayMs, int banAfter, int windowMs, int banMs)
{
    ServerOptions options;
    options.failedLoginDelayMs = delayMs;
    options.maxFailedLoginDelayMs = maxDelayMs;
    options.banAfterFailures = banAfter;
    options.loginFailureWindowMs = windowMs;
    options.banMs = banMs;
    return options;
}

} // namespace

class TestLoginGuard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // LoginGuard on a fake clock
    void delayDoublesPerFailureUpToTheCap();
    void banAfterFailuresWithinTheWindow();
    void windowForgetsOldFailures();
    void successClearsTheCount();
    void addressesAreCountedApart();
    void neverBanWhenDisabled();
    void memoryIsBounded();

    // The server
    void guesserWhoReconnectsIsBanned();
    void backOffGrowsAcrossConnections();
    void bannedAddressOpenSessionsAreNotChecked();
    void banEnds();

private:
    std::unique_ptr<RawFtpClient> connectFrom(const QHostAddress& host,
                                              const QHostAddress& bind = QHostAddress());
    bool startServer();
    // USER + PASS with a wrong password: the 530's arrival time in ms.
    qint64 failOnce(RawFtpClient& client);

    qint64 m_now = 1000;
    ServerOptions m_options;
    std::shared_ptr<MemoryFileSystem> m_fs;
    std::shared_ptr<UserAuthenticator> m_auth;
    std::unique_ptr<FtpServer> m_server;
    QStringList m_log;
};

void TestLoginGuard::init()
{
    m_now = 1000;
    m_fs = std::make_shared<MemoryFileSystem>();
    m_auth = std::make_shared<UserAuthenticator>();
    m_auth->addUser(QStringLiteral("alice"), QStringLiteral("secret"), m_fs);
    m_options = guardOptions(20, 160, 5, 60000, 60000);
    m_options.port = 0;
    m_options.bindAddresses = {Local4, Local6};
    m_log.clear();
}

void TestLoginGuard::cleanup()
{
    m_server.reset();
    m_auth.reset();
    m_fs.reset();
}

bool TestLoginGuard::startServer()
{
    m_server = std::make_unique<FtpServer>();
    m_server->setOptions(m_options);
    m_server->setAuthenticator(m_auth);
    connect(m_server.get(), &FtpServer::logMessage, this,
            [this](const ServerLogEntry& entry) { m_log.append(entry.text); });
    return m_server->start();
}

std::unique_ptr<RawFtpClient> TestLoginGuard::connectFrom(const QHostAddress& host, const QHostAddress& bind)
{
    auto client = std::make_unique<RawFtpClient>(bind);
    if (!client->connectTo(host, m_server->port()))
        return nullptr;
    return client;
}

qint64 TestLoginGuard::failOnce(RawFtpClient& client)
{
    if (client.command("USER alice").code != 331)
        return -1;
    QElapsedTimer timer;
    timer.start();
    if (client.command("PASS wrong", 10000).code != 530)
        return -1;
    return timer.elapsed();
}

void TestLoginGuard::delayDoublesPerFailureUpToTheCap()
{
    LoginGuard guard([this] { return m_now; });
    guard.setOptions(guardOptions(1000, 8000, 0, 600000, 900000));
    QList<int> delays;
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(guard.recordFailure(Local4), LoginGuard::Verdict::Allowed);
        delays.append(guard.failureDelayMs(Local4));
        m_now += 10;
    }
    QCOMPARE(delays, (QList<int>{1000, 2000, 4000, 8000, 8000, 8000, 8000}));
    QCOMPARE(guard.failures(Local4), 7);
}

void TestLoginGuard::banAfterFailuresWithinTheWindow()
{
    LoginGuard guard([this] { return m_now; });
    guard.setOptions(guardOptions(1000, 8000, 3, 600000, 900000));
    QCOMPARE(guard.recordFailure(Local4), LoginGuard::Verdict::Allowed);
    QCOMPARE(guard.recordFailure(Local4), LoginGuard::Verdict::Allowed);
    QVERIFY(!guard.isBanned(Local4));
    QCOMPARE(guard.recordFailure(Local4), LoginGuard::Verdict::BannedNow);
    QVERIFY(guard.isBanned(Local4));
    QCOMPARE(guard.banRemainingMs(Local4), 900000);
    QCOMPARE(guard.failureDelayMs(Local4), 1000); // then closed: no need to make it wait longer
    QCOMPARE(guard.countRefusal(Local4), 1);
    QCOMPARE(guard.countRefusal(Local4), 2);
    // A success during the ban changes nothing.
    guard.recordSuccess(Local4);
    QVERIFY(guard.isBanned(Local4));
    m_now += 900000 - 1;
    QCOMPARE(guard.banRemainingMs(Local4), 1);
    m_now += 1;
    QVERIFY(!guard.isBanned(Local4));
    QCOMPARE(guard.failures(Local4), 0); // a fresh start after the ban
    QCOMPARE(guard.recordFailure(Local4), LoginGuard::Verdict::Allowed);
    QCOMPARE(guard.failureDelayMs(Local4), 1000);
}

void TestLoginGuard::windowForgetsOldFailures()
{
    LoginGuard guard([this] { return m_now; });
    guard.setOptions(guardOptions(1000, 8000, 3, 60000, 900000));
    guard.recordFailure(Local4);
    guard.recordFailure(Local4);
    m_now += 60000; // the window has passed: the count starts again
    QCOMPARE(guard.failures(Local4), 0);
    QCOMPARE(guard.recordFailure(Local4), LoginGuard::Verdict::Allowed);
    QCOMPARE(guard.failureDelayMs(Local4), 1000);
    QCOMPARE(guard.recordFailure(Local4), LoginGuard::Verdict::Allowed);
    QCOMPARE(guard.recordFailure(Local4), LoginGuard::Verdict::BannedNow);
}

void TestLoginGuard::successClearsTheCount()
{
    LoginGuard guard([this] { return m_now; });
    guard.setOptions(guardOptions(1000, 8000, 3, 600000, 900000));
    guard.recordFailure(Local4);
    guard.recordFailure(Local4);
    guard.recordSuccess(Local4);
    QCOMPARE(guard.failures(Local4), 0);
    QCOMPARE(guard.trackedAddresses(), 0);
    QCOMPARE(guard.recordFailure(Local4), LoginGuard::Verdict::Allowed);
    QCOMPARE(guard.failureDelayMs(Local4), 1000);
}

void TestLoginGuard::addressesAreCountedApart()
{
    LoginGuard guard([this] { return m_now; });
    guard.setOptions(guardOptions(1000, 8000, 2, 600000, 900000));
    guard.recordFailure(Local4);
    QCOMPARE(guard.recordFailure(Local4), LoginGuard::Verdict::BannedNow);
    QVERIFY(!guard.isBanned(OtherHost));
    QVERIFY(!guard.isBanned(Local6));
    QCOMPARE(guard.recordFailure(OtherHost), LoginGuard::Verdict::Allowed);
    QCOMPARE(guard.failureDelayMs(OtherHost), 1000);
}

void TestLoginGuard::neverBanWhenDisabled()
{
    LoginGuard guard([this] { return m_now; });
    guard.setOptions(guardOptions(1000, 8000, 0, 600000, 900000));
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(guard.recordFailure(Local4), LoginGuard::Verdict::Allowed);
    QVERIFY(!guard.isBanned(Local4));
    QCOMPARE(guard.failureDelayMs(Local4), 8000);
}

void TestLoginGuard::memoryIsBounded()
{
    LoginGuard guard([this] { return m_now; });
    guard.setOptions(guardOptions(1000, 8000, 2, 600000, 900000));
    guard.recordFailure(Local4);
    guard.recordFailure(Local4); // banned: kept while others come and go
    for (quint32 i = 0; i < 3 * LoginGuard::MaxAddresses; ++i) {
        guard.recordFailure(QHostAddress(0x0a000000u + i)); // 10.0.0.0/8, as a spoofing guesser would
        m_now += 1;
        QVERIFY(guard.trackedAddresses() <= LoginGuard::MaxAddresses);
    }
    QVERIFY(guard.isBanned(Local4));
}

void TestLoginGuard::guesserWhoReconnectsIsBanned()
{
    m_options.maxLoginFailures = 3;
    QVERIFY(startServer());
    // Three wrong passwords close the connection; the guesser reconnects and goes on.
    std::unique_ptr<RawFtpClient> first = connectFrom(Local4);
    QVERIFY(first);
    for (int i = 0; i < 3; ++i)
        QVERIFY(failOnce(*first) >= 0);
    QCOMPARE(first->nextReply().code, 421);
    QVERIFY(first->waitDisconnected());
    std::unique_ptr<RawFtpClient> second = connectFrom(Local4);
    QVERIFY(second);
    QVERIFY(failOnce(*second) >= 0);
    // The fifth failure from this address bans it: 530, then 421 and the end of the connection.
    QCOMPARE(second->command("USER alice").code, 331);
    QCOMPARE(second->command("PASS wrong", 10000).code, 530);
    const FtpReply bye = second->nextReply();
    QCOMPARE(bye.code, 421);
    QCOMPARE(bye.text(), QStringLiteral("Too many failed logins from your address: try again later."));
    QVERIFY(second->waitDisconnected());
    // New connections from it are refused at once, and logged once.
    for (int i = 0; i < 3; ++i) {
        RawFtpClient refused;
        QVERIFY(refused.connectTo(Local4, m_server->port()));
        QCOMPARE(refused.greeting().code, 421);
        QVERIFY(refused.waitDisconnected());
    }
    QCOMPARE(m_log.filter(QStringLiteral("5 failed logins from 127.0.0.1 within 1 minutes")).size(), 1);
    QCOMPARE(m_log.filter(QStringLiteral("127.0.0.1 is banned for")).size(), 1);
    QCOMPARE(m_server->sessionCount(), 0);

    // Legitimate users from other addresses are not affected.
    std::unique_ptr<RawFtpClient> other = connectFrom(Local4, OtherHost);
    QVERIFY(other);
    QCOMPARE(other->greeting().code, 220);
    QVERIFY(other->login("alice", "secret"));
    std::unique_ptr<RawFtpClient> v6 = connectFrom(Local6);
    QVERIFY(v6);
    QVERIFY(v6->login("alice", "secret"));
}

void TestLoginGuard::backOffGrowsAcrossConnections()
{
    // 100 ms, 200, 400, then 800 for each further failure (the cap), whatever the connection.
    m_options = guardOptions(100, 800, 0, 60000, 60000);
    m_options.port = 0;
    m_options.bindAddresses = {Local4};
    m_options.maxLoginFailures = 2;
    QVERIFY(startServer());
    QList<qint64> delays;
    for (int connection = 0; connection < 2; ++connection) {
        std::unique_ptr<RawFtpClient> client = connectFrom(Local4);
        QVERIFY(client);
        delays.append(failOnce(*client));
        delays.append(failOnce(*client));
        QCOMPARE(client->nextReply().code, 421);
    }
    // Each delay at least the doubled one (QTimer's coarse timers may fire 5 % early); the second connection
    // starts where the first left off.
    const QList<qint64> minimum{100, 200, 400, 800};
    for (int i = 0; i < 4; ++i)
        QVERIFY2(delays.at(i) >= minimum.at(i) * 9 / 10,
                 qPrintable(QStringLiteral("delay %1: %2 ms").arg(i).arg(delays.at(i))));
    // Another address starts at the base delay.
    std::unique_ptr<RawFtpClient> other = connectFrom(Local4, OtherHost);
    QVERIFY(other);
    const qint64 otherDelay = failOnce(*other);
    QVERIFY2(otherDelay >= 90 && otherDelay < 800, qPrintable(QString::number(otherDelay)));
    // A successful login clears the address's count.
    QVERIFY(other->login("alice", "secret"));
    std::unique_ptr<RawFtpClient> again = connectFrom(Local4, OtherHost);
    QVERIFY(again);
    const qint64 fresh = failOnce(*again);
    QVERIFY2(fresh >= 90 && fresh < 400, qPrintable(QString::number(fresh)));
}

void TestLoginGuard::bannedAddressOpenSessionsAreNotChecked()
{
    m_options.banAfterFailures = 2;
    QVERIFY(startServer());
    // A connection opened before the ban, with the right password ready.
    std::unique_ptr<RawFtpClient> waiting = connectFrom(Local4);
    QVERIFY(waiting);
    std::unique_ptr<RawFtpClient> guesser = connectFrom(Local4);
    QVERIFY(guesser);
    QVERIFY(failOnce(*guesser) >= 0);
    QVERIFY(failOnce(*guesser) >= 0);
    QCOMPARE(guesser->nextReply().code, 421);
    QCOMPARE(waiting->command("USER alice").code, 331);
    QCOMPARE(waiting->command("PASS secret", 10000).code, 530); // right password, not even checked
    QCOMPARE(waiting->nextReply().code, 421);
    QVERIFY(waiting->waitDisconnected());
    QCOMPARE(m_log.filter(QStringLiteral("refused without checking the password")).size(), 1);
}

void TestLoginGuard::banEnds()
{
    m_options.banAfterFailures = 1;
    m_options.banMs = 500;
    QVERIFY(startServer());
    std::unique_ptr<RawFtpClient> guesser = connectFrom(Local4);
    QVERIFY(guesser);
    QVERIFY(failOnce(*guesser) >= 0);
    QCOMPARE(guesser->nextReply().code, 421);
    RawFtpClient refused;
    QVERIFY(refused.connectTo(Local4, m_server->port()));
    QCOMPARE(refused.greeting().code, 421);
    // Once the ban is over the address is served again.
    std::unique_ptr<RawFtpClient> later;
    QVERIFY(Ferry::Test::waitFor(
        [&] {
            later = connectFrom(Local4);
            return later && later->greeting().code == 220;
        },
        5000));
    QVERIFY(later->login("alice", "secret"));
}

QTEST_GUILESS_MAIN(TestLoginGuard)
#include "tst_loginguard.moc"
