// The transfer engine driven from another thread: the test's thread plays the window, the queue and
// its connections live in the engine's worker. Against pyftpdlib on loopback: values arrive in the
// caller's thread, pause/resume/cancel and file-exists questions work across the threads, quitting in
// the middle of a transfer keeps the queue and its partial file, and the remote tasks of the command line
// (where the login lands, listing a tree, deleting) report their results as values.

#include "pyftpdlibserver.h"
#include "testfiles.h"
#include "transfer/transferengine.h"
#include "transfer/transferpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <functional>
#include <memory>

using namespace Ferry;

namespace {

constexpr int WaitMs = 60000;

bool writePattern(const QString& path, qint64 size, quint32 seed)
{
    return QDir().mkpath(QFileInfo(path).absolutePath()) && Test::writePatternFile(path, size, seed);
}

} // namespace

class TestTransferEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void valuesArriveInTheCallersThread();
    void pauseResumeCancelAcrossThreads();
    void questionsAcrossThreads();
    void withoutReceiverAskSkips();
    void quittingMidTransferKeepsTheQueue();
    void structuralChangesAreImmediate();
    void remoteTasks();

private:
    TransferSite site(qint64 speedLimit = 0) const;
    TransferJobRequest request(TransferDirection direction, const QString& local,
                               const QString& remote) const;
    // Waits (the event loop running) until `done` holds.
    bool waitUntil(const std::function<bool()>& done, int timeoutMs = WaitMs);
    std::unique_ptr<TransferEngine> newEngine();

    std::unique_ptr<Test::PyftpdlibServer> m_server;
    std::unique_ptr<QTemporaryDir> m_local;
};

void TestTransferEngine::initTestCase()
{
    m_server = std::make_unique<Test::PyftpdlibServer>();
    FERRY_START_PEER(*m_server, QHostAddress(QHostAddress::LocalHost));
}

void TestTransferEngine::cleanupTestCase()
{
    m_server.reset();
}

void TestTransferEngine::init()
{
    m_local = std::make_unique<QTemporaryDir>();
    QVERIFY(m_local->isValid());
}

void TestTransferEngine::cleanup()
{
    m_local.reset();
}

TransferSite TestTransferEngine::site(qint64 speedLimit) const
{
    TransferSite s;
    s.id = QStringLiteral("s");
    s.login.host = m_server->host();
    s.login.port = m_server->port();
    s.login.user = m_server->user();
    s.login.password = m_server->password();
    s.speedLimit = speedLimit;
    return s;
}

TransferJobRequest TestTransferEngine::request(TransferDirection direction, const QString& local,
                                               const QString& remote) const
{
    TransferJobRequest r;
    r.siteId = QStringLiteral("s");
    r.direction = direction;
    r.localPath = local;
    r.remotePath = remote;
    return r;
}

bool TestTransferEngine::waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

std::unique_ptr<TransferEngine> TestTransferEngine::newEngine()
{
    auto engine = std::make_unique<TransferEngine>();
    TransferSettings settings;
    settings.defaultExistsAction = FileExistsAction::Overwrite;
    settings.progressIntervalMs = 50;
    settings.retryBaseDelayMs = 100;
    engine->setSettings(settings);
    return engine;
}

void TestTransferEngine::valuesArriveInTheCallersThread()
{
    const qint64 size = 3 * 1024 * 1024 + 17;
    QVERIFY(writePattern(m_server->rootPath() + QStringLiteral("/values/a.bin"), size, 1));
    std::unique_ptr<TransferEngine> engine = newEngine();
    QVERIFY(engine->workerThread() != QThread::currentThread());
    QVERIFY(engine->workerThread()->isRunning());
    engine->setSite(site());
    int wrongThread = 0;
    int changes = 0;
    connect(engine.get(), &TransferEngine::jobChanged, this, [&](TransferJobId, const TransferJobSnapshot&) {
        ++changes;
        if (QThread::currentThread() != thread())
            ++wrongThread;
    });
    QSignalSpy idle(engine.get(), &TransferEngine::idle);
    // Forwarded from the worker only once something listens (connected here, after the engine started).
    QSignalSpy finished(engine.get(), &TransferEngine::fileFinished);
    QSignalSpy log(engine.get(), &TransferEngine::connectionLog);
    const QString local = m_local->filePath(QStringLiteral("a.bin"));
    const TransferJobId id =
        engine->addJob(request(TransferDirection::Download, local, QStringLiteral("/values/a.bin")));
    QVERIFY(id != 0);
    // In the copy at once, before the worker said anything.
    QCOMPARE(engine->jobIds(), QList<TransferJobId>{id});
    QCOMPARE(engine->job(id)->state, TransferJobState::Queued);
    QVERIFY(!engine->isIdle());
    QVERIFY(idle.wait(WaitMs));
    QCOMPARE(engine->job(id)->state, TransferJobState::Done);
    QCOMPARE(engine->job(id)->bytesDone, size);
    QCOMPARE(Test::sha256HexOfFile(local),
             Test::sha256HexOfFile(m_server->rootPath() + QStringLiteral("/values/a.bin")));
    QVERIFY(changes > 0);
    QCOMPARE(wrongThread, 0);
    QCOMPARE(finished.count(), 1);
    bool sawRetr = false;
    for (const QList<QVariant>& line : std::as_const(log))
        sawRetr = sawRetr || line.at(3).toString().startsWith(QLatin1String("RETR "));
    QVERIFY2(sawRetr, qPrintable(QString::number(log.count())));
    QVERIFY(engine->peakConnectionCount(QStringLiteral("s")) >= 1);
    QCOMPARE(engine->totals().finishedJobs, 1);
}

void TestTransferEngine::pauseResumeCancelAcrossThreads()
{
    const qint64 size = 6 * 1024 * 1024;
    const QString source = m_server->rootPath() + QStringLiteral("/pause/big.bin");
    QVERIFY(writePattern(source, size, 2));
    QVERIFY(writePattern(m_server->rootPath() + QStringLiteral("/pause/second.bin"), size, 3));
    std::unique_ptr<TransferEngine> engine = newEngine();
    engine->setSite(site(3 * 1024 * 1024)); // about two seconds a file: time to act in the middle
    const QString local = m_local->filePath(QStringLiteral("big.bin"));
    const TransferJobId id =
        engine->addJob(request(TransferDirection::Download, local, QStringLiteral("/pause/big.bin")));
    QVERIFY(waitUntil([&]() { return engine->job(id)->bytesDone >= 1024 * 1024; }));
    QVERIFY(engine->pauseJob(id));
    QVERIFY(waitUntil([&]() {
        return engine->job(id)->state == TransferJobState::Paused && engine->job(id)->activeTransfers == 0;
    }));
    const qint64 partial = QFileInfo(partFilePath(local)).size();
    QVERIFY2(partial >= 1024 * 1024 && partial < size, qPrintable(QString::number(partial)));
    QVERIFY(!QFile::exists(local));
    QVERIFY(!engine->pauseJob(id)); // the copy knows it is paused
    QVERIFY(engine->resumeJob(id));
    QVERIFY(waitUntil([&]() { return engine->job(id)->state == TransferJobState::Done; }));
    QCOMPARE(Test::sha256HexOfFile(local), Test::sha256HexOfFile(source));

    const QString second = m_local->filePath(QStringLiteral("second.bin"));
    const TransferJobId cancelMe =
        engine->addJob(request(TransferDirection::Download, second, QStringLiteral("/pause/second.bin")));
    QVERIFY(waitUntil([&]() { return engine->job(cancelMe)->bytesDone >= 512 * 1024; }));
    QVERIFY(engine->cancelJob(cancelMe));
    QVERIFY(waitUntil([&]() {
        return engine->job(cancelMe)->state == TransferJobState::Canceled &&
               engine->job(cancelMe)->activeTransfers == 0;
    }));
    QVERIFY(!QFile::exists(partFilePath(second)));
    QVERIFY(!QFile::exists(second));
    QVERIFY(!engine->cancelJob(cancelMe));
    QVERIFY(engine->retryJob(cancelMe));
    QVERIFY(waitUntil([&]() { return engine->job(cancelMe)->state == TransferJobState::Done; }));
    QCOMPARE(QFileInfo(second).size(), size);
}

void TestTransferEngine::questionsAcrossThreads()
{
    QVERIFY(m_server->addFile(QStringLiteral("ask/one.txt"), "the server's one\n"));
    QVERIFY(m_server->addFile(QStringLiteral("ask/two.txt"), "the server's two\n"));
    const QString one = m_local->filePath(QStringLiteral("one.txt"));
    const QString two = m_local->filePath(QStringLiteral("two.txt"));
    QVERIFY(writePattern(one, 100, 4));
    QVERIFY(writePattern(two, 100, 5));
    std::unique_ptr<TransferEngine> engine = newEngine();
    TransferSettings settings = engine->settings();
    settings.defaultExistsAction = FileExistsAction::Ask;
    engine->setSettings(settings);
    engine->setSite(site());
    QList<FileExistsQuestion> asked;
    bool wrongThread = false;
    connect(engine.get(), &TransferEngine::existsQuestion, this, [&](const FileExistsQuestion& question) {
        wrongThread = wrongThread || QThread::currentThread() != thread();
        asked.append(question);
    });
    QSignalSpy withdrawn(engine.get(), &TransferEngine::questionWithdrawn);
    const TransferJobId first =
        engine->addJob(request(TransferDirection::Download, one, QStringLiteral("/ask/one.txt")));
    const TransferJobId second =
        engine->addJob(request(TransferDirection::Download, two, QStringLiteral("/ask/two.txt")));
    QVERIFY(waitUntil([&]() { return !asked.isEmpty(); }));
    QVERIFY(!wrongThread);
    QCOMPARE(asked.first().jobId, first);
    QCOMPARE(asked.first().targetPath, one);
    QCOMPARE(asked.first().targetSize, qint64(100));
    QVERIFY(engine->pendingQuestion());
    // One at a time: the second waits until the first is answered.
    QTest::qWait(200);
    QCOMPARE(asked.size(), 1);
    QVERIFY(engine->answerExistsQuestion(asked.first().id, FileExistsAction::Overwrite));
    QVERIFY(waitUntil([&]() { return asked.size() == 2; }));
    QCOMPARE(asked.at(1).jobId, second);
    QVERIFY(waitUntil([&]() { return engine->job(first)->state == TransferJobState::Done; }));
    QCOMPARE(Test::sha256HexOfFile(one),
             Test::sha256HexOfFile(m_server->rootPath() + QStringLiteral("/ask/one.txt")));
    // Pausing the job withdraws its question; resuming asks again; Skip leaves the file alone.
    QVERIFY(engine->pauseJob(second));
    QVERIFY(withdrawn.wait(WaitMs));
    QCOMPARE(withdrawn.last().at(0).toULongLong(), asked.at(1).id);
    QVERIFY(!engine->pendingQuestion());
    QVERIFY(waitUntil([&]() { return engine->job(second)->state == TransferJobState::Paused; }));
    QVERIFY(engine->resumeJob(second));
    QVERIFY(waitUntil([&]() { return asked.size() == 3; }));
    QVERIFY(engine->answerExistsQuestion(asked.at(2).id, FileExistsAction::Skip, AnswerScope::AllJobs));
    QVERIFY(waitUntil([&]() { return engine->job(second)->state == TransferJobState::Skipped; }));
    QVERIFY(Test::sha256HexOfFile(two) !=
            Test::sha256HexOfFile(m_server->rootPath() + QStringLiteral("/ask/two.txt")));
}

void TestTransferEngine::withoutReceiverAskSkips()
{
    QVERIFY(m_server->addFile(QStringLiteral("noask/x.txt"), "server\n"));
    const QString local = m_local->filePath(QStringLiteral("x.txt"));
    QVERIFY(writePattern(local, 10, 6));
    std::unique_ptr<TransferEngine> engine = newEngine();
    TransferSettings settings = engine->settings();
    settings.defaultExistsAction = FileExistsAction::Ask;
    engine->setSettings(settings);
    engine->setSite(site());
    QSignalSpy idle(engine.get(), &TransferEngine::idle);
    const TransferJobId id =
        engine->addJob(request(TransferDirection::Download, local, QStringLiteral("/noask/x.txt")));
    QVERIFY(idle.wait(WaitMs));
    QCOMPARE(engine->job(id)->state, TransferJobState::Skipped);
    QCOMPARE(QFileInfo(local).size(), qint64(10));
}

void TestTransferEngine::quittingMidTransferKeepsTheQueue()
{
    const qint64 size = 8 * 1024 * 1024;
    const QString source = m_local->filePath(QStringLiteral("up/big.bin"));
    QVERIFY(writePattern(source, size, 7));
    QVERIFY(writePattern(m_server->rootPath() + QStringLiteral("/quit/down.bin"), size, 8));
    const QString queueFile = m_local->filePath(QStringLiteral("state/queue.json"));
    const QString downloaded = m_local->filePath(QStringLiteral("down.bin"));
    {
        std::unique_ptr<TransferEngine> engine = newEngine();
        engine->setSite(site(2 * 1024 * 1024));
        const TransferJobId up =
            engine->addJob(request(TransferDirection::Upload, source, QStringLiteral("/quit/big.bin")));
        const TransferJobId down = engine->addJob(
            request(TransferDirection::Download, downloaded, QStringLiteral("/quit/down.bin")));
        QVERIFY(waitUntil([&]() {
            return engine->job(up)->bytesDone >= 1024 * 1024 && engine->job(down)->bytesDone >= 1024 * 1024;
        }));
        QElapsedTimer clock;
        clock.start();
        QString error;
        QVERIFY2(engine->shutdown(queueFile, 10000, &error), qPrintable(error));
        qInfo("shutdown in the middle of two transfers: %lld ms", clock.elapsed());
        QVERIFY(!engine->isRunning());
        QVERIFY(!engine->workerThread()->isRunning());
        // What the worker reported before it ended is in the copy: both paused.
        QCOMPARE(engine->job(up)->state, TransferJobState::Paused);
        QCOMPARE(engine->job(down)->state, TransferJobState::Paused);
        QVERIFY(engine->addJob(request(TransferDirection::Upload, source, QStringLiteral("/x"))) == 0);
        QVERIFY(engine->shutdown()); // again: nothing to do
    }
    QVERIFY(QFileInfo::exists(queueFile));
    const qint64 partial = QFileInfo(partFilePath(downloaded)).size();
    QVERIFY2(partial > 0 && partial < size, qPrintable(QString::number(partial)));
    QVERIFY(!QFile::exists(downloaded));

    // The next run: both come back paused and finish after Resume, continuing the partial data.
    std::unique_ptr<TransferEngine> engine = newEngine();
    engine->setSite(site());
    int paused = 0;
    QString error;
    QVERIFY2(engine->restoreFromFile(queueFile, TransferQueue::RestoreAs::Paused, &paused, &error),
             qPrintable(error));
    QCOMPARE(paused, 2);
    QCOMPARE(engine->jobCount(), 2);
    const QList<TransferJobId> ids = engine->jobIds();
    for (TransferJobId id : ids)
        QCOMPARE(engine->job(id)->state, TransferJobState::Paused);
    engine->resumeAll();
    QVERIFY(waitUntil([&]() {
        return engine->job(ids.at(0))->state == TransferJobState::Done &&
               engine->job(ids.at(1))->state == TransferJobState::Done;
    }));
    QCOMPARE(Test::sha256HexOfFile(m_server->rootPath() + QStringLiteral("/quit/big.bin")),
             Test::sha256HexOfFile(source));
    QCOMPARE(Test::sha256HexOfFile(downloaded),
             Test::sha256HexOfFile(m_server->rootPath() + QStringLiteral("/quit/down.bin")));
}

void TestTransferEngine::structuralChangesAreImmediate()
{
    std::unique_ptr<TransferEngine> engine = newEngine();
    TransferSite one = site(64 * 1024);
    one.maxConnections = 1;
    engine->setSite(one);
    QVERIFY(engine->site(QStringLiteral("s")));
    QVERIFY(writePattern(m_server->rootPath() + QStringLiteral("/order/f.bin"), 1024 * 1024, 9));
    QList<TransferJobId> ids;
    for (int i = 0; i < 3; ++i)
        ids.append(engine->addJob(request(TransferDirection::Download,
                                          m_local->filePath(QStringLiteral("f%1.bin").arg(i)),
                                          QStringLiteral("/order/f.bin"))));
    QSignalSpy moved(engine.get(), &TransferEngine::jobMoved);
    QVERIFY(engine->moveToTop(ids.at(2)));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(engine->jobIds(), (QList<TransferJobId>{ids.at(2), ids.at(0), ids.at(1)}));
    QSignalSpy removed(engine.get(), &TransferEngine::jobRemoved);
    QVERIFY(engine->removeJob(ids.at(0)));
    QCOMPARE(removed.size(), 1);
    QVERIFY(!engine->job(ids.at(0)));
    QVERIFY(!engine->removeSite(QStringLiteral("s"))); // jobs still use it
    QString error;
    TransferJobRequest bad =
        request(TransferDirection::Download, QStringLiteral("relative"), QStringLiteral("/x"));
    QCOMPARE(engine->addJob(bad, &error), TransferJobId(0));
    QVERIFY(error.contains(QStringLiteral("not absolute")));
    // The worker saw the same order: with one connection, the moved job runs first.
    QVERIFY(waitUntil([&]() { return engine->job(ids.at(2))->state == TransferJobState::Running; }));
    QCOMPARE(engine->job(ids.at(1))->state, TransferJobState::Queued);
    engine->cancelAll();
    QVERIFY(waitUntil([&]() { return engine->isIdle(); }));
    engine->clearFinished();
    QCOMPARE(engine->jobCount(), 0);
    QVERIFY(engine->removeSite(QStringLiteral("s")));
}

void TestTransferEngine::remoteTasks()
{
    QVERIFY(m_server->addFile(QStringLiteral("tree/a.txt"), "a"));
    QVERIFY(m_server->addFile(QStringLiteral("tree/sub/b.txt"), "bb"));
    QVERIFY(m_server->addDirectory(QStringLiteral("tree/sub/empty")));
    std::unique_ptr<TransferEngine> engine = newEngine();
    engine->setSite(site());

    QSignalSpy homes(engine.get(), &TransferEngine::homeLocated);
    const quint64 home = engine->locateHome(QStringLiteral("s"));
    QVERIFY(homes.wait(WaitMs));
    QCOMPARE(homes.first().at(0).toULongLong(), home);
    QCOMPARE(homes.first().at(1).value<SiteHome>().path, QStringLiteral("/"));

    QSignalSpy trees(engine.get(), &TransferEngine::remoteTreeListed);
    const quint64 list = engine->listRemoteTree(QStringLiteral("s"), QStringLiteral("/tree"));
    QVERIFY(trees.wait(WaitMs));
    QCOMPARE(trees.first().at(0).toULongLong(), list);
    const RemoteTree tree = trees.first().at(1).value<RemoteTree>();
    QVERIFY2(tree.succeeded(), qPrintable(tree.errorString));
    QStringList found;
    for (const RemoteTreeEntry& entry : tree.entries)
        found << (entry.folder ? entry.path + QLatin1Char('/')
                               : QStringLiteral("%1=%2").arg(entry.path).arg(entry.size));
    found.sort();
    QCOMPARE(found, (QStringList{QStringLiteral("a.txt=1"), QStringLiteral("sub/"),
                                 QStringLiteral("sub/b.txt=2"), QStringLiteral("sub/empty/")}));
    QVERIFY(!QFileInfo::exists(QDir::tempPath() + QStringLiteral("/sub"))); // nothing made locally

    engine->listRemoteTree(QStringLiteral("s"), QStringLiteral("/no such tree"));
    QVERIFY(trees.wait(WaitMs));
    QVERIFY(trees.last().at(1).value<RemoteTree>().rootMissing);

    QSignalSpy removals(engine.get(), &TransferEngine::remoteRemoved);
    engine->removeRemote(QStringLiteral("s"),
                         {RemoteTreeEntry{QStringLiteral("/tree/sub/b.txt"), false, -1, {}},
                          RemoteTreeEntry{QStringLiteral("/tree/sub/empty"), true, -1, {}},
                          RemoteTreeEntry{QStringLiteral("/tree/missing.txt"), false, -1, {}}});
    QVERIFY(removals.wait(WaitMs));
    const auto failures = removals.first().at(1).value<QList<TransferFileError>>();
    QCOMPARE(failures.size(), 1);
    QCOMPARE(failures.first().path, QStringLiteral("/tree/missing.txt"));
    QVERIFY(!QFileInfo::exists(m_server->rootPath() + QStringLiteral("/tree/sub/b.txt")));
    QVERIFY(!QFileInfo::exists(m_server->rootPath() + QStringLiteral("/tree/sub/empty")));

    // A wrong password ends the login with LoginFailed, at once.
    TransferSite wrong = site();
    wrong.id = QStringLiteral("wrong");
    wrong.login.password = QStringLiteral("not the password");
    engine->setSite(wrong);
    engine->locateHome(QStringLiteral("wrong"));
    QVERIFY(homes.wait(WaitMs));
    QCOMPARE(homes.last().at(1).value<SiteHome>().error, FtpOperation::Error::LoginFailed);
}

QTEST_GUILESS_MAIN(TestTransferEngine)
#include "tst_transferengine.moc"
