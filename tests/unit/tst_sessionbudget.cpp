// SessionBudget: sessions per server counted across browsing and transfer connections, a board's four,
// browsing connections first, and the count exact when threads take and give back sessions together.

#include "transfer/sessionbudget.h"

#include <QSignalSpy>
#include <QThread>
#include <QtTest>
#include <atomic>
#include <vector>

using namespace Ferry;
using Use = SessionBudget::Use;

class TestSessionBudget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverKey_data();
    void serverKey();
    void unknownServersHaveNoLimit();
    void boardGetsFourSessions_data();
    void boardGetsFourSessions();
    void browsingComesFirst();
    void releaseSignalsRoom();
    void explicitLimitWins();
    void threadsNeverExceedTheLimit();
};

void TestSessionBudget::serverKey_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("key");
    QTest::newRow("name") << "Board.local" << 21 << "board.local:21";
    QTest::newRow("ipv4") << "192.168.1.20" << 2121 << "192.168.1.20:2121";
    QTest::newRow("ipv6") << "FE80::1" << 21 << "[fe80::1]:21";
}

void TestSessionBudget::serverKey()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, key);
    QCOMPARE(SessionBudget::serverKey(host, quint16(port)), key);
}

void TestSessionBudget::unknownServersHaveNoLimit()
{
    SessionBudget budget;
    const QString server = SessionBudget::serverKey(QStringLiteral("vsftpd"), 21);
    for (int i = 0; i < 20; ++i)
        QVERIFY(budget.tryAcquire(server, i % 2 ? Use::Browsing : Use::Transfer));
    QCOMPARE(budget.inUse(server), 20);
    budget.noteServerKind(server, false); // a full server stays unlimited
    QVERIFY(budget.tryAcquire(server, Use::Transfer));
    QCOMPARE(budget.limit(server), 0);
}

void TestSessionBudget::boardGetsFourSessions_data()
{
    // Any mix of the two kinds: four in all.
    QTest::addColumn<int>("browsing");
    QTest::addColumn<int>("transfers");
    QTest::newRow("4 tabs") << 4 << 0;
    QTest::newRow("3 tabs, 1 transfer") << 3 << 1;
    QTest::newRow("1 tab, 3 transfers") << 1 << 3;
    QTest::newRow("4 transfers") << 0 << 4;
}

void TestSessionBudget::boardGetsFourSessions()
{
    QFETCH(int, browsing);
    QFETCH(int, transfers);
    SessionBudget budget;
    const QString board = SessionBudget::serverKey(QStringLiteral("127.0.0.1"), 2121);
    budget.noteServerKind(board, true);
    QCOMPARE(budget.limit(board), SessionBudget::BoardSessions);
    for (int i = 0; i < browsing; ++i)
        QVERIFY(budget.tryAcquire(board, Use::Browsing));
    for (int i = 0; i < transfers; ++i)
        QVERIFY(budget.tryAcquire(board, Use::Transfer));
    QVERIFY(!budget.tryAcquire(board, Use::Browsing));
    QVERIFY(!budget.tryAcquire(board, Use::Transfer));
    QCOMPARE(budget.inUse(board), 4);
    QCOMPARE(budget.inUse(board, Use::Browsing), browsing);
    QCOMPARE(budget.inUse(board, Use::Transfer), transfers);
    QCOMPARE(budget.peak(board), 4);
    // Another board (another port) has a budget of its own.
    const QString other = SessionBudget::serverKey(QStringLiteral("127.0.0.1"), 2122);
    budget.noteServerKind(other, true);
    QVERIFY(budget.tryAcquire(other, Use::Browsing));
}

void TestSessionBudget::browsingComesFirst()
{
    SessionBudget budget;
    const QString board = QStringLiteral("board:21");
    budget.noteServerKind(board, true);
    for (int i = 0; i < 4; ++i)
        QVERIFY(budget.tryAcquire(board, i < 2 ? Use::Browsing : Use::Transfer));
    // A tab waits: the transfers are asked to close their idle connections ...
    QSignalSpy wanted(&budget, &SessionBudget::wanted);
    budget.setBrowsingWaiting(board, true);
    QCOMPARE(wanted.count(), 1);
    QCOMPARE(wanted.first().first().toString(), board);
    // ... and the session one of them gives back goes to the tab, not to the next transfer.
    budget.release(board, Use::Transfer);
    QVERIFY(!budget.tryAcquire(board, Use::Transfer));
    QVERIFY(budget.tryAcquire(board, Use::Browsing));
    budget.setBrowsingWaiting(board, false);
    budget.release(board, Use::Browsing);
    QVERIFY(budget.tryAcquire(board, Use::Transfer));
}

void TestSessionBudget::releaseSignalsRoom()
{
    SessionBudget budget;
    const QString board = QStringLiteral("board:21");
    budget.setLimit(board, 1);
    QVERIFY(budget.tryAcquire(board, Use::Browsing));
    QSignalSpy released(&budget, &SessionBudget::released);
    budget.release(board, Use::Transfer); // none of that kind taken: nothing happens
    QCOMPARE(released.count(), 0);
    QCOMPARE(budget.inUse(board), 1);
    budget.release(board, Use::Browsing);
    QCOMPARE(released.count(), 1);
    QCOMPARE(budget.inUse(board), 0);
    budget.release(board, Use::Browsing); // never below zero
    QCOMPARE(budget.inUse(board), 0);
    // A higher limit makes room too.
    QVERIFY(budget.tryAcquire(board, Use::Browsing));
    budget.setLimit(board, 2);
    QCOMPARE(released.count(), 2);
}

void TestSessionBudget::explicitLimitWins()
{
    SessionBudget budget;
    const QString board = QStringLiteral("board:21");
    budget.setLimit(board, 2); // e.g. a board configured for two sessions
    budget.noteServerKind(board, true);
    QCOMPARE(budget.limit(board), 2);
}

void TestSessionBudget::threadsNeverExceedTheLimit()
{
    // Pools in an engine thread and tabs in the window's thread take and give back sessions at once.
    SessionBudget budget;
    const QString board = QStringLiteral("board:21");
    budget.noteServerKind(board, true);
    std::atomic<int> holding{0};
    std::atomic<int> worst{0};
    std::atomic<int> taken{0};
    std::vector<QThread*> threads;
    for (int t = 0; t < 6; ++t) {
        threads.push_back(QThread::create([&, t] {
            const Use use = t % 2 ? Use::Browsing : Use::Transfer;
            for (int i = 0; i < 20000; ++i) {
                if (!budget.tryAcquire(board, use))
                    continue;
                const int now = ++holding;
                int seen = worst.load();
                while (now > seen && !worst.compare_exchange_weak(seen, now)) {
                }
                ++taken;
                --holding;
                budget.release(board, use);
            }
        }));
        threads.back()->start();
    }
    for (QThread* thread : threads) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }
    QVERIFY(taken > 0);
    QVERIFY2(worst <= SessionBudget::BoardSessions, qPrintable(QString::number(worst)));
    QVERIFY(budget.peak(board) <= SessionBudget::BoardSessions);
    QCOMPARE(budget.inUse(board), 0);
}

QTEST_GUILESS_MAIN(TestSessionBudget)
#include "tst_sessionbudget.moc"
