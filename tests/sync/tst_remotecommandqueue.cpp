// The sync features' shared connection (RemoteCommandQueue) against pyftpdlib: its FTP work (commands,
// listings parsed for Stat, the Synchronize dialog's scan) runs in the queue's worker thread, never in the
// caller's; results and callbacks come back in the caller's thread in the order they were asked for; a
// cancelled scan stops and gives the connection back; a command whose owner went away is not run; and
// destroying the queue with a scan and a listing running is safe (the ASan build runs this too).
#include "sync/remotecommandqueue.h"
#include "syncpeers.h"
#include "testftpserver.h"
#include "transfer/transfertypes.h"

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QPointer>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <ctime>
#include <memory>

using namespace Ferry;
using namespace Ferry::Test;

namespace {

constexpr int WaitMs = 60000;
constexpr int ManyFiles = 3000;  // /many: a listing big enough to take a while to arrive and parse
constexpr int TreeFolders = 200; // /tree: a scan of that many LISTs

// What the queue's thread probe saw: the thread that took each result and the FtpClient's thread.
struct ThreadLog
{
    QMutex mutex;
    QList<QPair<QThread*, QThread*>> seen;

    QList<QPair<QThread*, QThread*>> snapshot()
    {
        QMutexLocker lock(&mutex);
        return seen;
    }
};

std::shared_ptr<ThreadLog> watchThreads(RemoteCommandQueue& queue)
{
    auto log = std::make_shared<ThreadLog>();
    queue.setThreadProbe([log](QThread* current, QThread* client) {
        QMutexLocker lock(&log->mutex);
        log->seen.append(qMakePair(current, client));
    });
    return log;
}

} // namespace

// Emitted by the callbacks, so that the test waits on a signal.
class Arrivals final : public QObject
{
    Q_OBJECT

public:
    void note() { Q_EMIT arrived(); }

Q_SIGNALS:
    void arrived();
};

class TestRemoteCommandQueue final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestFtpServer> m_server;
    QTemporaryDir m_local;

    TransferSite site() const { return syncSite(QStringLiteral("s"), *m_server); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
        tzset();
        m_server = makeSyncPeer(QStringLiteral("pyftpdlib"));
        FERRY_START_PEER(*m_server, QHostAddress(QHostAddress::LocalHost));
        for (int i = 0; i < ManyFiles; ++i)
            QVERIFY(m_server->addFile(QStringLiteral("many/f%1.txt").arg(i, 5, 10, QLatin1Char('0')),
                                      QByteArray::number(i)));
        for (int i = 0; i < TreeFolders; ++i)
            QVERIFY(m_server->addFile(QStringLiteral("tree/d%1/a.txt").arg(i, 4, 10, QLatin1Char('0')), "a"));
        QVERIFY(m_server->addFile(QStringLiteral("small/listed.txt"), "same"));
        QVERIFY(m_server->addFile(QStringLiteral("small/only-there.txt"), "there"));
        QVERIFY(m_server->fixPermissions());
        QVERIFY(m_local.isValid());
        QVERIFY(writeSyncFile(m_local.filePath(QStringLiteral("only-here.txt")), "here"));
    }

    void cleanupTestCase() { m_server.reset(); }

    // Every command's FTP work and listing parse in the worker; callbacks here, in the order added.
    void commandsRunOffTheCallersThread()
    {
        RemoteCommandQueue queue(site());
        QVERIFY(queue.workerThread() != QThread::currentThread());
        QVERIFY(queue.workerThread()->isRunning());
        const std::shared_ptr<ThreadLog> threads = watchThreads(queue);

        Arrivals arrivals;
        QSignalSpy arrived(&arrivals, &Arrivals::arrived);
        QList<int> order;
        QList<QThread*> callbackThreads;
        QList<RemoteCommandQueue::Result> results;
        const QList<QPair<RemoteCommandQueue::Kind, QString>> commands{
            {RemoteCommandQueue::Kind::MakeFolder, QStringLiteral("/fresh")},
            {RemoteCommandQueue::Kind::Stat, QStringLiteral("/many/f01234.txt")},
            {RemoteCommandQueue::Kind::Stat, QStringLiteral("/many/not-there.txt")},
            {RemoteCommandQueue::Kind::MakeFolder, QStringLiteral("/many")}, // there already: success
            {RemoteCommandQueue::Kind::DeleteFolder, QStringLiteral("/fresh")},
            {RemoteCommandQueue::Kind::DeleteFile, QStringLiteral("/gone.txt")}, // not there: success
        };
        for (int i = 0; i < commands.size(); ++i) {
            queue.add(commands.at(i).first, commands.at(i).second,
                      [&, i](const RemoteCommandQueue::Result& result) {
                          order << i;
                          callbackThreads << QThread::currentThread();
                          results << result;
                          arrivals.note();
                      });
        }
        QVERIFY(!queue.isIdle());
        QVERIFY(waitOnSignal(
            arrived, [&] { return order.size() == commands.size(); }, WaitMs));
        QVERIFY(queue.isIdle());
        QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4, 5}));
        for (QThread* thread : std::as_const(callbackThreads))
            QCOMPARE(thread, QThread::currentThread());
        for (const RemoteCommandQueue::Result& result : std::as_const(results))
            QVERIFY2(result.ok, qPrintable(result.message));
        QVERIFY(results.at(1).entry);
        QVERIFY(results.at(1).entry->isFile());
        QCOMPARE(results.at(1).entry->size, qint64(4)); // "1234"
        QVERIFY(!results.at(2).entry);
        QVERIFY(!QFileInfo::exists(m_server->rootPath() + QStringLiteral("/fresh")));

        // Each result was taken in the worker, from a client of the worker.
        const QList<QPair<QThread*, QThread*>> seen = threads->snapshot();
        QCOMPARE(seen.size(), commands.size());
        for (const auto& [current, client] : seen) {
            QCOMPARE(current, queue.workerThread());
            QCOMPARE(client, queue.workerThread());
        }
    }

    // The Synchronize dialog's scan: both trees read and compared in the worker, the comparisons come
    // back as values, between the commands added before and after it.
    void scanRunsOffTheCallersThread()
    {
        RemoteCommandQueue queue(site());
        const std::shared_ptr<ThreadLog> threads = watchThreads(queue);
        Arrivals arrivals;
        QSignalSpy arrived(&arrivals, &Arrivals::arrived);
        QStringList order;
        QObject owner;
        queue.add(RemoteCommandQueue::Kind::Stat, QStringLiteral("/small/listed.txt"),
                  [&](const RemoteCommandQueue::Result&) {
                      order << QStringLiteral("stat before");
                      arrivals.note();
                  });
        QStringList statuses;
        std::optional<RemoteCommandQueue::ScanResult> scanned;
        queue.scan(
            m_local.path(), QStringLiteral("/small"), SyncCompareOptions(),
            [&](const RemoteCommandQueue::ScanResult& result) {
                QCOMPARE(QThread::currentThread(), thread());
                order << QStringLiteral("scan");
                scanned = result;
                arrivals.note();
            },
            &owner,
            [&](const QString& text) {
                QCOMPARE(QThread::currentThread(), thread());
                statuses << text;
            });
        queue.add(RemoteCommandQueue::Kind::Stat, QStringLiteral("/small/listed.txt"),
                  [&](const RemoteCommandQueue::Result&) {
                      order << QStringLiteral("stat after");
                      arrivals.note();
                  });
        QVERIFY(waitOnSignal(
            arrived, [&] { return order.size() == 3; }, WaitMs));
        QCOMPARE(order, (QStringList{QStringLiteral("stat before"), QStringLiteral("scan"),
                                     QStringLiteral("stat after")}));
        QVERIFY(scanned);
        QVERIFY2(scanned->succeeded(), qPrintable(scanned->errorString));
        QMap<QString, QString> states;
        for (const SyncComparison& comparison : std::as_const(scanned->comparisons))
            states.insert(comparison.path, syncStateKey(comparison.state));
        QCOMPARE(states,
                 (QMap<QString, QString>{{QStringLiteral("only-here.txt"), QStringLiteral("only-local")},
                                         {QStringLiteral("only-there.txt"), QStringLiteral("only-remote")},
                                         {QStringLiteral("listed.txt"), QStringLiteral("only-remote")}}));
        QVERIFY(!statuses.isEmpty());
        QVERIFY2(statuses.first().contains(QStringLiteral("/small")), qPrintable(statuses.first()));
        const QList<QPair<QThread*, QThread*>> seen = threads->snapshot();
        QCOMPARE(seen.size(), 3);
        for (const auto& [current, client] : seen) {
            QCOMPARE(current, queue.workerThread());
            QCOMPARE(client, queue.workerThread());
        }
    }

    // An owner that goes away (the dialog closed) stops its scan, which gives the connection back for the
    // next command; a command whose owner went away before it started is not run.
    void ownerGoneStopsItsWork()
    {
        RemoteCommandQueue queue(site());
        const std::shared_ptr<ThreadLog> threads = watchThreads(queue);
        Arrivals arrivals;
        QSignalSpy arrived(&arrivals, &Arrivals::arrived);
        auto* owner = new QObject;
        bool scanDone = false;
        int statuses = 0;
        queue.scan(
            m_local.path(), QStringLiteral("/tree"), SyncCompareOptions(),
            [&](const RemoteCommandQueue::ScanResult&) { scanDone = true; }, owner,
            [&](const QString&) {
                ++statuses;
                arrivals.note();
            });
        // The first status comes as the scan starts, before its first listing.
        QVERIFY(waitOnSignal(
            arrived, [&] { return statuses > 0; }, WaitMs));
        delete owner;

        // Waits behind the stopped scan; its owner goes before it can start.
        auto* second = new QObject;
        queue.add(
            RemoteCommandQueue::Kind::MakeFolder, QStringLiteral("/never"),
            [&](const RemoteCommandQueue::Result&) { scanDone = true; }, second);
        delete second;
        std::optional<RemoteCommandQueue::Result> stat;
        queue.add(RemoteCommandQueue::Kind::Stat, QStringLiteral("/many/f00007.txt"),
                  [&](const RemoteCommandQueue::Result& result) {
                      stat = result;
                      arrivals.note();
                  });
        QVERIFY(waitOnSignal(
            arrived, [&] { return stat.has_value(); }, WaitMs));
        QVERIFY2(stat->ok, qPrintable(stat->message));
        QVERIFY(stat->entry);
        QVERIFY(!scanDone);
        QVERIFY(!QFileInfo::exists(m_server->rootPath() + QStringLiteral("/never")));
        // The scan ended (stopped) and the Stat ran on the connection it gave back, both in the worker.
        const QList<QPair<QThread*, QThread*>> seen = threads->snapshot();
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.first().first, queue.workerThread());
    }

    // Destroying the queue while a scan and a long listing are under way: no callback afterwards, no
    // use of freed memory (ASan), the thread and the connection are gone.
    void destroyMidOperation()
    {
        auto* queue = new RemoteCommandQueue(site());
        QPointer<QThread> worker = queue->workerThread();
        Arrivals arrivals;
        QSignalSpy arrived(&arrivals, &Arrivals::arrived);
        int statuses = 0;
        int calls = 0;
        QObject owner;
        queue->scan(
            m_local.path(), QStringLiteral("/tree"), SyncCompareOptions(),
            [&](const RemoteCommandQueue::ScanResult&) { ++calls; }, &owner,
            [&](const QString&) {
                ++statuses;
                arrivals.note();
            });
        queue->add(RemoteCommandQueue::Kind::Stat, QStringLiteral("/many/f00001.txt"),
                   [&](const RemoteCommandQueue::Result&) { ++calls; });
        QVERIFY(waitOnSignal(
            arrived, [&] { return statuses > 0; }, WaitMs));
        delete queue;
        QVERIFY(worker.isNull());
        // Whatever the worker had in flight is gone with it.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(calls, 0);

        // Destroyed at once after the call, before the worker started it.
        auto* quick = new RemoteCommandQueue(site());
        quick->add(RemoteCommandQueue::Kind::Stat, QStringLiteral("/many/f00002.txt"),
                   [&](const RemoteCommandQueue::Result&) { ++calls; });
        delete quick;
        QCoreApplication::sendPostedEvents();
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestRemoteCommandQueue)
#include "tst_remotecommandqueue.moc"
