// The transfer queue against real servers on loopback (vsftpd, pyftpdlib, the NetX-like board server),
// some behind the fault-injection proxy: folder trees both ways, connection limits, file-exists
// policies, pause/resume/cancel, persistence, retries after transient faults, upload verification and
// speed limits. Timings are measured and printed, and asserted only loosely.

#include "boardserver.h"
#include "faultproxy.h"
#include "pyftpdlibserver.h"
#include "testfiles.h"
#include "transfer/transferpaths.h"
#include "transfer/transferqueue.h"
#include "vsftpdserver.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <functional>
#include <map>
#include <memory>
#include <sys/resource.h>

using namespace Ferry;
using Ferry::Test::FaultProxy;
using Ferry::Test::TestFtpServer;

Q_DECLARE_METATYPE(Ferry::TransferDirection)
Q_DECLARE_METATYPE(Ferry::FileExistsAction)

namespace {

constexpr int LongWaitMs = 240000;

// Every file and folder under root: relative path -> "dir" or the file's SHA-256. Links to folders are
// left out, links to files count as the file they point at (that is what an upload sends).
QMap<QString, QString> treeOf(const QString& root)
{
    QMap<QString, QString> tree;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    const QDir base(root);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink() && (info.isDir() || !info.exists()))
            continue;
        const QString relative = base.relativeFilePath(info.filePath());
        tree.insert(relative, info.isDir() ? QStringLiteral("dir") : Test::sha256HexOfFile(info.filePath()));
    }
    return tree;
}

QString describeDifference(const QMap<QString, QString>& expected, const QMap<QString, QString>& actual)
{
    QStringList lines;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()))
            lines.append(QStringLiteral("missing: ") + it.key());
        else if (actual.value(it.key()) != it.value())
            lines.append(QStringLiteral("differs: ") + it.key());
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!expected.contains(it.key()))
            lines.append(QStringLiteral("extra: ") + it.key());
    }
    return lines.join(QLatin1Char('\n'));
}

bool writeFile(const QString& path, const QByteArray& data, const QDateTime& time = QDateTime())
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return false;
    if (time.isValid())
        file.setFileTime(time, QFileDevice::FileModificationTime);
    return true;
}

// A pattern file (testfiles.h), its folders created first.
bool writePattern(const QString& path, qint64 size, quint32 seed)
{
    return QDir().mkpath(QFileInfo(path).absolutePath()) && Test::writePatternFile(path, size, seed);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A local tree with nested folders, spaces and UTF-8 in names, empty files and folders, a file larger
// than a few transfer chunks, a link to a file and a link back up (a loop).
bool makeTree(const QString& root)
{
    bool ok = true;
    ok &= writePattern(root + QStringLiteral("/top.txt"), 1000, 1);
    ok &= writePattern(root + QStringLiteral("/empty.bin"), 0, 2);
    ok &= writePattern(root + QStringLiteral("/big.bin"), 700 * 1024 + 3, 3);
    ok &= QDir().mkpath(root + QStringLiteral("/with space/deep/deeper"));
    ok &= writePattern(root + QStringLiteral("/with space/file with space.txt"), 5000, 4);
    ok &= writePattern(root + QStringLiteral("/with space/grüße ✓ 日本.txt"), 3000, 5);
    ok &= writePattern(root + QStringLiteral("/with space/deep/deeper/zero.dat"), 0, 6);
    ok &= writePattern(root + QStringLiteral("/with space/deep/deeper/leaf.bin"), 70000, 7);
    ok &= QDir().mkpath(root + QStringLiteral("/ünïcødé dir"));
    ok &= writePattern(root + QStringLiteral("/ünïcødé dir/a.txt"), 10, 8);
    ok &= QDir().mkpath(root + QStringLiteral("/emptydir"));
    ok &= QFile::link(QStringLiteral("../.."), root + QStringLiteral("/with space/deep/loop"));
    ok &= QFile::link(QStringLiteral("top.txt"), root + QStringLiteral("/link-to-top.txt"));
    return ok;
}

TransferSettings fastSettings()
{
    TransferSettings settings;
    settings.defaultExistsAction = FileExistsAction::Overwrite;
    settings.maxRetries = 3;
    settings.retryBaseDelayMs = 100;
    settings.retryMaxDelayMs = 1000;
    settings.progressIntervalMs = 100;
    settings.idleConnectionTimeoutMs = 5000;
    return settings;
}

TransferSite siteFor(const QString& id, const QString& host, quint16 port, const QString& user,
                     const QString& password)
{
    TransferSite site;
    site.id = id;
    site.name = id;
    site.login.host = host;
    site.login.port = port;
    site.login.user = user;
    site.login.password = password;
    site.options.connectTimeoutMs = 10000;
    site.options.replyTimeoutMs = 20000;
    site.options.dataTimeoutMs = 20000;
    return site;
}

TransferSite siteFor(const QString& id, const TestFtpServer& server)
{
    return siteFor(id, server.host(), server.port(), server.user(), server.password());
}

TransferJobRequest request(const QString& siteId, TransferDirection direction, const QString& local,
                           const QString& remote, bool folder = false)
{
    TransferJobRequest r;
    r.siteId = siteId;
    r.direction = direction;
    r.localPath = local;
    r.remotePath = remote;
    r.folder = folder;
    return r;
}

// Waits (on the queue's signals) until pred() holds; false on timeout.
bool waitUntil(TransferQueue& queue, const std::function<bool()>& pred, int timeoutMs = LongWaitMs)
{
    QSignalSpy changed(&queue, &TransferQueue::jobChanged);
    QElapsedTimer clock;
    clock.start();
    while (!pred()) {
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0)
            return false;
        changed.wait(int(qMin<qint64>(left, 1000)));
    }
    return true;
}

TransferJobSnapshot waitFinished(TransferQueue& queue, TransferJobId id, int timeoutMs = LongWaitMs)
{
    waitUntil(
        queue, [&queue, id]() { return !queue.job(id) || queue.job(id)->isFinished(); }, timeoutMs);
    return queue.job(id).value_or(TransferJobSnapshot());
}

QString describe(const TransferQueue& queue, TransferJobId id)
{
    const std::optional<TransferJobSnapshot> s = queue.job(id);
    if (!s)
        return QStringLiteral("no such job");
    QString text =
        QStringLiteral("state %1, %2/%3 bytes, files %4 done %5 skipped %6 failed of %7, retries %8: %9")
            .arg(transferJobStateKey(s->state))
            .arg(s->bytesDone)
            .arg(s->bytesTotal)
            .arg(s->filesDone)
            .arg(s->filesSkipped)
            .arg(s->filesFailed)
            .arg(s->filesTotal)
            .arg(s->retries)
            .arg(s->errorString);
    for (const TransferFileError& error : queue.fileErrors(id))
        text += QStringLiteral("\n  ") + error.path + QStringLiteral(": ") + error.message;
    return text;
}

} // namespace

class TestTransferQueue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void folderRoundTrip_data();
    void folderRoundTrip();
    void followLocalSymlinks();
    void connectionLimit_data();
    void connectionLimit();
    void existsPolicies_data();
    void existsPolicies();
    void askQuestions();
    void askWithoutReceiverSkips();
    void queueOrderAndStates();
    void pauseResumeCancel_data();
    void pauseResumeCancel();
    void pauseAllResumeAllCancelAll();
    void persistenceRoundTrip();
    void persistenceKeepsFilters();
    void cancelDeletesPartialUpload_data();
    void cancelDeletesPartialUpload();
    void retryAfterTransientFault_data();
    void retryAfterTransientFault();
    void epsvUploadLostSwitchesDataMode_data();
    void epsvUploadLostSwitchesDataMode();
    void uploadVerificationFailsWithoutRetries();
    void busyBoardLosesNoUpload();
    void folderUploadChecksSizesPerFolder_data();
    void folderUploadChecksSizesPerFolder();
    void downloadToFullDisk();
    void damagedQueueFileIsSetAside_data();
    void damagedQueueFileIsSetAside();
    void queueFileSurvivesFullDisk();
    void speedLimit_data();
    void speedLimit();
    void idleConnectionsClose();
    void loginFailureFailsTheJob();

private:
    TestFtpServer* server(const QString& kind);
    // The queue of the current test, with its control dialogue recorded.
    TransferQueue* newQueue(const TransferSettings& settings = fastSettings());
    QStringList commandsSent(const QString& prefix) const;

    std::map<QString, std::unique_ptr<TestFtpServer>> m_servers;
    std::unique_ptr<TransferQueue> m_queue;
    QStringList m_log;
    std::unique_ptr<QTemporaryDir> m_local;
};

void TestTransferQueue::initTestCase()
{
    qRegisterMetaType<TransferDirection>();
    qRegisterMetaType<FileExistsAction>();
}

void TestTransferQueue::cleanupTestCase()
{
    m_servers.clear();
}

void TestTransferQueue::init()
{
    m_log.clear();
    m_local = std::make_unique<QTemporaryDir>();
    QVERIFY(m_local->isValid());
}

void TestTransferQueue::cleanup()
{
    if (QTest::currentTestFailed()) {
        qInfo("Transfer log of the failed test (last 80 lines):");
        for (qsizetype i = qMax<qsizetype>(0, m_log.size() - 80); i < m_log.size(); ++i)
            qInfo("  %s", qPrintable(m_log.at(i)));
    }
    m_queue.reset();
    m_local.reset();
}

TestFtpServer* TestTransferQueue::server(const QString& kind)
{
    auto it = m_servers.find(kind);
    if (it != m_servers.end())
        return it->second.get();
    std::unique_ptr<TestFtpServer> peer;
    if (kind == QLatin1String("vsftpd"))
        peer = std::make_unique<Test::VsftpdServer>();
    else if (kind == QLatin1String("pyftpdlib"))
        peer = std::make_unique<Test::PyftpdlibServer>();
    else if (kind == QLatin1String("board"))
        peer = std::make_unique<Test::BoardServer>();
    else if (kind == QLatin1String("board-epsv-bug"))
        peer = std::make_unique<Test::BoardServer>(QStringList{QStringLiteral("--epsv-upload-bug")});
    else
        peer = std::make_unique<Test::BoardServer>(QStringList{QStringLiteral("--busy-upload-loss")});
    TestFtpServer* raw = peer.get();
    m_servers.emplace(kind, std::move(peer));
    if (raw->skipReason().isEmpty()) {
        const QHostAddress bind = kind == QLatin1String("board-epsv-bug")
                                      ? QHostAddress(QHostAddress::LocalHostIPv6)
                                      : QHostAddress(QHostAddress::LocalHost);
        if (!raw->start(bind))
            qWarning("could not start %s: %s", qPrintable(kind), qPrintable(raw->errorString()));
    }
    return raw;
}

#define START_OR_SKIP(var, kind)                                                                             \
    TestFtpServer* var = server(kind);                                                                       \
    do {                                                                                                     \
        if (!var->skipReason().isEmpty())                                                                    \
            QSKIP(qPrintable(var->skipReason()));                                                            \
        QVERIFY2(var->isRunning(), qPrintable(var->errorString()));                                          \
    } while (false)

TransferQueue* TestTransferQueue::newQueue(const TransferSettings& settings)
{
    m_queue = std::make_unique<TransferQueue>();
    m_queue->setSettings(settings);
    connect(m_queue.get(), &TransferQueue::logMessage, this, [this](TransferJobId id, const QString& text) {
        m_log.append(QStringLiteral("[job %1] %2").arg(id).arg(text));
    });
    connect(m_queue.get(), &TransferQueue::connectionLog, this,
            [this](const QString& site, int connection, FtpClient::LogKind kind, const QString& text) {
                static const char* const prefixes[] = {"> ", "< ", "* ", "! "};
                m_log.append(QStringLiteral("%1#%2 %3%4")
                                 .arg(site)
                                 .arg(connection)
                                 .arg(QString::fromLatin1(prefixes[int(kind)]), text));
            });
    return m_queue.get();
}

QStringList TestTransferQueue::commandsSent(const QString& prefix) const
{
    QStringList found;
    for (const QString& line : m_log) {
        const qsizetype mark = line.indexOf(QLatin1String(" > "));
        if (mark >= 0 && line.mid(mark + 3).startsWith(prefix))
            found.append(line.mid(mark + 3));
    }
    return found;
}

// ---- folders -------------------------------------------------------------------------------------------

void TestTransferQueue::folderRoundTrip_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("vsftpd") << QStringLiteral("vsftpd");
    QTest::newRow("pyftpdlib") << QStringLiteral("pyftpdlib");
    QTest::newRow("board") << QStringLiteral("board");
}

void TestTransferQueue::folderRoundTrip()
{
    QFETCH(QString, kind);
    START_OR_SKIP(peer, kind);
    const QString source = m_local->filePath(QStringLiteral("source tree"));
    QVERIFY(makeTree(source));
    const QMap<QString, QString> expected = treeOf(source);
    QVERIFY(expected.contains(QStringLiteral("link-to-top.txt")));
    QVERIFY(!expected.contains(QStringLiteral("with space/deep/loop")));

    TransferQueue* queue = newQueue();
    queue->setSite(siteFor(QStringLiteral("s"), *peer));
    const QString remoteFolder = QStringLiteral("/round trip %1").arg(kind);

    QElapsedTimer clock;
    clock.start();
    const TransferJobId up = queue->addJob(request(QStringLiteral("s"), TransferDirection::Upload, source,
                                                   remoteFolder + QStringLiteral("/nested/target"), true));
    QVERIFY(up != 0);
    const TransferJobSnapshot upDone = waitFinished(*queue, up);
    const qint64 upMs = clock.elapsed();
    QVERIFY2(upDone.state == TransferJobState::Done, qPrintable(describe(*queue, up)));
    const QString remoteOnDisk = peer->rootPath() + remoteFolder + QStringLiteral("/nested/target");
    QCOMPARE(treeOf(remoteOnDisk), expected);
    QCOMPARE(upDone.filesDone, 9);
    QCOMPARE(upDone.bytesDone, upDone.bytesTotal);
    const QString upNotes = queue->notes(up).join(QLatin1Char('\n'));
    QVERIFY2(upNotes.contains(QLatin1String("loop")) || upNotes.contains(QLatin1String("not followed")),
             qPrintable(upNotes));

    // A link loop on the server side too (the board shows no links).
    if (kind != QLatin1String("board"))
        QVERIFY(QFile::link(QStringLiteral(".."), remoteOnDisk + QStringLiteral("/with space/back")));
    peer->fixPermissions();

    const QString target = m_local->filePath(QStringLiteral("downloaded"));
    clock.restart();
    const TransferJobId down = queue->addJob(request(QStringLiteral("s"), TransferDirection::Download, target,
                                                     remoteFolder + QStringLiteral("/nested/target"), true));
    const TransferJobSnapshot downDone = waitFinished(*queue, down);
    const qint64 downMs = clock.elapsed();
    QVERIFY2(downDone.state == TransferJobState::Done, qPrintable(describe(*queue, down)));
    const QMap<QString, QString> got = treeOf(target);
    QVERIFY2(got == expected, qPrintable(describeDifference(expected, got)));
    if (kind != QLatin1String("board")) {
        const QString downNotes = queue->notes(down).join(QLatin1Char('\n'));
        QVERIFY2(downNotes.contains(QLatin1String("loop")), qPrintable(downNotes));
    }
    // Downloads keep the remote times (to the minute on LIST servers).
    const QDateTime remoteTime = QFileInfo(remoteOnDisk + QStringLiteral("/big.bin")).lastModified();
    const QDateTime localTime = QFileInfo(target + QStringLiteral("/big.bin")).lastModified();
    QVERIFY2(
        qAbs(remoteTime.secsTo(localTime)) <= 60,
        qPrintable(remoteTime.toString(Qt::ISODate) + QLatin1Char(' ') + localTime.toString(Qt::ISODate)));

    const int peak = queue->peakConnectionCount(QStringLiteral("s"));
    qInfo("%s: tree of %d files up in %lld ms, down in %lld ms, peak %d connection(s)", qPrintable(kind),
          upDone.filesTotal, upMs, downMs, peak);
    if (kind == QLatin1String("board"))
        QCOMPARE(peak, 1); // no FEAT: one transfer connection unless the site says otherwise
    else
        QVERIFY(peak <= fastSettings().defaultMaxConnections);
}

void TestTransferQueue::followLocalSymlinks()
{
    START_OR_SKIP(peer, QStringLiteral("pyftpdlib"));
    // a/ holds a file and a link back up to the root (a loop); b is a link to a (followed: a copy).
    const QString source = m_local->filePath(QStringLiteral("links"));
    QVERIFY(writePattern(source + QStringLiteral("/a/file.bin"), 5000, 91));
    QVERIFY(QFile::link(QStringLiteral(".."), source + QStringLiteral("/a/up")));
    QVERIFY(QFile::link(QStringLiteral("a"), source + QStringLiteral("/b")));
    TransferSettings settings = fastSettings();
    settings.followLocalSymlinks = true;
    TransferQueue* queue = newQueue(settings);
    queue->setSite(siteFor(QStringLiteral("s"), *peer));
    const TransferJobId id = queue->addJob(
        request(QStringLiteral("s"), TransferDirection::Upload, source, QStringLiteral("/links"), true));
    const TransferJobSnapshot done = waitFinished(*queue, id, 60000);
    QVERIFY2(done.state == TransferJobState::Done, qPrintable(describe(*queue, id)));
    const QMap<QString, QString> remote = treeOf(peer->rootPath() + QStringLiteral("/links"));
    const QString sha = Test::sha256HexOfFile(source + QStringLiteral("/a/file.bin"));
    const QMap<QString, QString> expected{{QStringLiteral("a"), QStringLiteral("dir")},
                                          {QStringLiteral("a/file.bin"), sha},
                                          {QStringLiteral("b"), QStringLiteral("dir")},
                                          {QStringLiteral("b/file.bin"), sha}};
    QVERIFY2(remote == expected, qPrintable(describeDifference(expected, remote)));
    const QString notes = queue->notes(id).join(QLatin1Char('\n'));
    QVERIFY2(notes.count(QLatin1String("loop")) == 2, qPrintable(notes)); // a/up and b/up
}

void TestTransferQueue::connectionLimit_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("siteLimit"); // 0: automatic
    QTest::addColumn<int>("expectedPeak");
    QTest::newRow("vsftpd, 1") << QStringLiteral("vsftpd") << 1 << 1;
    QTest::newRow("vsftpd, 3") << QStringLiteral("vsftpd") << 3 << 3;
    QTest::newRow("pyftpdlib, 4") << QStringLiteral("pyftpdlib") << 4 << 4;
    QTest::newRow("pyftpdlib, automatic") << QStringLiteral("pyftpdlib") << 0 << 3;
    QTest::newRow("board, automatic") << QStringLiteral("board") << 0 << 1;
    QTest::newRow("board, site says 2") << QStringLiteral("board") << 2 << 2;
}

void TestTransferQueue::connectionLimit()
{
    QFETCH(QString, kind);
    QFETCH(int, siteLimit);
    QFETCH(int, expectedPeak);
    START_OR_SKIP(peer, kind);
    const QString source = m_local->filePath(QStringLiteral("many"));
    for (int i = 0; i < 24; ++i)
        QVERIFY(writePattern(source + QStringLiteral("/f%1.bin").arg(i, 2, 10, QLatin1Char('0')), 256 * 1024,
                             quint32(100 + i)));
    TransferQueue* queue = newQueue();
    TransferSite site = siteFor(QStringLiteral("s"), *peer);
    site.maxConnections = siteLimit;
    // Loopback is too fast to see transfers overlap in progress reports; a shared limit stretches
    // the run to about a second without serialising it.
    site.speedLimit = 12 * 1024 * 1024;
    queue->setSite(site);
    int maxActive = 0;
    int maxOpen = 0;
    connect(queue, &TransferQueue::jobChanged, this,
            [&maxActive](TransferJobId, const TransferJobSnapshot& s) {
                maxActive = qMax(maxActive, s.activeTransfers);
            });
    connect(queue, &TransferQueue::connectionCountChanged, this,
            [&maxOpen](const QString&, int count) { maxOpen = qMax(maxOpen, count); });
    const QString remote = QStringLiteral("/limit-%1-%2").arg(kind).arg(siteLimit);
    QElapsedTimer clock;
    clock.start();
    // Two jobs at once: they share the site's connections.
    const TransferJobId first = queue->addJob(
        request(QStringLiteral("s"), TransferDirection::Upload, source, remote + QStringLiteral("/a"), true));
    const TransferJobId second = queue->addJob(
        request(QStringLiteral("s"), TransferDirection::Upload, source, remote + QStringLiteral("/b"), true));
    QCOMPARE(waitFinished(*queue, first).state, TransferJobState::Done);
    QCOMPARE(waitFinished(*queue, second).state, TransferJobState::Done);
    const qint64 elapsed = clock.elapsed();
    const int peak = queue->peakConnectionCount(QStringLiteral("s"));
    qInfo("%s limit %d: 48 x 256 KiB up in %lld ms; peak %d connection(s), %d opened, %d transfers at once",
          qPrintable(kind), siteLimit, elapsed, peak, queue->openedConnectionCount(QStringLiteral("s")),
          maxActive);
    QVERIFY2(peak <= expectedPeak, qPrintable(QString::number(peak)));
    QVERIFY(maxOpen <= expectedPeak);
    QVERIFY(maxActive <= expectedPeak);
    if (expectedPeak > 1)
        QVERIFY2(peak >= 2 && maxActive >= 2, "parallel connections were not used");
    QCOMPARE(queue->connectionLimit(QStringLiteral("s")), expectedPeak);
    QCOMPARE(treeOf(peer->rootPath() + remote + QStringLiteral("/a")), treeOf(source));
    QCOMPARE(treeOf(peer->rootPath() + remote + QStringLiteral("/b")), treeOf(source));
}

// ---- file-exists policies ------------------------------------------------------------------------------

void TestTransferQueue::existsPolicies_data()
{
    QTest::addColumn<TransferDirection>("direction");
    QTest::addColumn<FileExistsAction>("action");
    QTest::addColumn<QString>("targetKind"); // other (same size), prefix, same
    QTest::addColumn<bool>("targetNewer");
    QTest::addColumn<QString>("outcome"); // source, target, renamed
    QTest::addColumn<bool>("expectRest");

    using A = FileExistsAction;
    for (TransferDirection direction : {TransferDirection::Download, TransferDirection::Upload}) {
        const char* d = direction == TransferDirection::Download ? "download" : "upload";
        const auto row = [d, direction](const char* name, A action, const char* target, bool newer,
                                        const char* outcome, bool rest = false) {
            QTest::addRow("%s %s", d, name) << direction << action << QString::fromLatin1(target) << newer
                                            << QString::fromLatin1(outcome) << rest;
        };
        row("overwrite", A::Overwrite, "other", true, "source");
        row("skip", A::Skip, "other", false, "target");
        row("newer: source newer", A::OverwriteIfNewer, "other", false, "source");
        row("newer: source older", A::OverwriteIfNewer, "other", true, "target");
        row("size: same size", A::OverwriteIfSizeDiffers, "other", false, "target");
        row("size: other size", A::OverwriteIfSizeDiffers, "prefix", true, "source");
        row("newer or size: neither", A::OverwriteIfNewerOrSizeDiffers, "same", true, "target");
        row("newer or size: size", A::OverwriteIfNewerOrSizeDiffers, "prefix", true, "source");
        row("resume: smaller target", A::Resume, "prefix", true, "source", true);
        row("resume: complete target", A::Resume, "same", true, "target");
        row("rename", A::Rename, "other", true, "renamed");
    }
}

void TestTransferQueue::existsPolicies()
{
    QFETCH(TransferDirection, direction);
    QFETCH(FileExistsAction, action);
    QFETCH(QString, targetKind);
    QFETCH(bool, targetNewer);
    QFETCH(QString, outcome);
    QFETCH(bool, expectRest);
    START_OR_SKIP(peer, QStringLiteral("pyftpdlib"));

    const QByteArray source = Test::patternData(200 * 1024, 11);
    QByteArray target;
    if (targetKind == QLatin1String("other"))
        target = Test::patternData(200 * 1024, 12);
    else if (targetKind == QLatin1String("prefix"))
        target = source.left(80 * 1024);
    else
        target = source;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime targetTime = targetNewer ? now.addDays(2) : now.addDays(-400);
    const QDateTime sourceTime = now.addSecs(-3600);

    const QString tag =
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(':'), QLatin1Char('-'));
    const QString remoteDir = QStringLiteral("/policies/") + tag;
    const QString remoteOnDisk = peer->rootPath() + remoteDir;
    const QString localDir = m_local->filePath(QStringLiteral("local"));
    const QString name = QStringLiteral("data file.bin");
    const QString renamed = QStringLiteral("data file (1).bin");
    const bool download = direction == TransferDirection::Download;
    const QString sourcePath = (download ? remoteOnDisk : localDir) + QLatin1Char('/') + name;
    const QString targetPath = (download ? localDir : remoteOnDisk) + QLatin1Char('/') + name;
    QVERIFY(QDir().mkpath(remoteOnDisk));
    QVERIFY(QDir().mkpath(localDir));
    QVERIFY(writeFile(sourcePath, source, sourceTime));
    QVERIFY(writeFile(targetPath, target, targetTime));

    TransferQueue* queue = newQueue();
    queue->setSite(siteFor(QStringLiteral("s"), *peer));
    TransferJobRequest job = request(QStringLiteral("s"), direction, localDir + QLatin1Char('/') + name,
                                     remoteDir + QLatin1Char('/') + name);
    job.existsAction = action;
    const TransferJobId id = queue->addJob(job);
    const TransferJobSnapshot done = waitFinished(*queue, id, 60000);
    const TransferJobState expectedState =
        outcome == QLatin1String("target") ? TransferJobState::Skipped : TransferJobState::Done;
    QVERIFY2(done.state == expectedState, qPrintable(describe(*queue, id)));
    if (outcome == QLatin1String("source")) {
        QVERIFY(readFile(targetPath) == source);
    } else if (outcome == QLatin1String("target")) {
        QVERIFY(readFile(targetPath) == target);
    } else {
        QVERIFY(readFile(targetPath) == target);
        QVERIFY(readFile(QFileInfo(targetPath).dir().filePath(renamed)) == source);
    }
    const QStringList rest = commandsSent(QStringLiteral("REST "));
    if (expectRest)
        QVERIFY2(rest.contains(QStringLiteral("REST %1").arg(80 * 1024)),
                 qPrintable(rest.join(QLatin1Char(','))));
    else
        QVERIFY2(rest.isEmpty(), qPrintable(rest.join(QLatin1Char(','))));
    QVERIFY(!QFile::exists(partFilePath(targetPath)));
}

void TestTransferQueue::askQuestions()
{
    START_OR_SKIP(peer, QStringLiteral("pyftpdlib"));
    const QString remoteDir = QStringLiteral("/ask");
    const QString local = m_local->filePath(QStringLiteral("ask"));
    QMap<QString, QByteArray> remoteData;
    for (const char* n : {"a.bin", "b.bin", "c.bin"}) {
        const QString name = QString::fromLatin1(n);
        remoteData.insert(name, Test::patternData(50000, quint32(name.at(0).unicode())));
        QVERIFY(writeFile(peer->rootPath() + remoteDir + QLatin1Char('/') + name, remoteData.value(name)));
        QVERIFY(writeFile(local + QLatin1Char('/') + name, "old local content"));
    }
    TransferQueue* queue = newQueue();
    queue->setSite(siteFor(QStringLiteral("s"), *peer));
    QList<FileExistsQuestion> asked;
    connect(queue, &TransferQueue::existsQuestion, this, [&asked, queue](const FileExistsQuestion& question) {
        asked.append(question);
        // The first conflict is skipped, the second answer applies to everything after it.
        if (asked.size() == 1)
            QVERIFY(queue->answerExistsQuestion(question.id, FileExistsAction::Skip, AnswerScope::ThisFile));
        else
            QVERIFY(
                queue->answerExistsQuestion(question.id, FileExistsAction::Overwrite, AnswerScope::AllJobs));
    });
    TransferJobRequest job =
        request(QStringLiteral("s"), TransferDirection::Download, local, remoteDir, true);
    job.existsAction = FileExistsAction::Ask;
    const TransferJobId id = queue->addJob(job);
    const TransferJobSnapshot done = waitFinished(*queue, id, 60000);
    QVERIFY2(done.state == TransferJobState::Done, qPrintable(describe(*queue, id)));
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.first().jobId, id);
    QCOMPARE(asked.first().sourceSize, 50000);
    QCOMPARE(asked.first().targetSize, 17);
    QVERIFY(!asked.first().canResume || asked.first().targetSize < asked.first().sourceSize);
    QCOMPARE(done.filesSkipped, 1);
    QCOMPARE(done.filesDone, 2);
    int kept = 0;
    for (const QString& name : remoteData.keys()) {
        const QByteArray now = readFile(local + QLatin1Char('/') + name);
        if (now == "old local content")
            ++kept;
        else
            QCOMPARE(now, remoteData.value(name));
    }
    QCOMPARE(kept, 1);
    // "All jobs" lasts until the queue is idle; a new conflict asks again.
    QVERIFY(!queue->pendingQuestion());
}

void TestTransferQueue::askWithoutReceiverSkips()
{
    START_OR_SKIP(peer, QStringLiteral("pyftpdlib"));
    QVERIFY(writeFile(peer->rootPath() + QStringLiteral("/headless.bin"), "remote"));
    const QString local = m_local->filePath(QStringLiteral("headless.bin"));
    QVERIFY(writeFile(local, "local"));
    TransferQueue* queue = newQueue();
    queue->setSite(siteFor(QStringLiteral("s"), *peer));
    TransferJobRequest job =
        request(QStringLiteral("s"), TransferDirection::Download, local, QStringLiteral("/headless.bin"));
    job.existsAction = FileExistsAction::Ask;
    const TransferJobId id = queue->addJob(job);
    QCOMPARE(waitFinished(*queue, id, 60000).state, TransferJobState::Skipped);
    QCOMPARE(readFile(local), QByteArray("local"));
    QVERIFY(m_log.join(QLatin1Char('\n')).contains(QLatin1String("nobody to ask")));
}

// ---- the queue -----------------------------------------------------------------------------------------

void TestTransferQueue::queueOrderAndStates()
{
    START_OR_SKIP(peer, QStringLiteral("pyftpdlib"));
    for (const char* n : {"A", "B", "C", "D"})
        QVERIFY(writePattern(peer->rootPath() + QStringLiteral("/order/%1.bin").arg(QLatin1String(n)),
                             300 * 1024, 7));
    TransferQueue* queue = newQueue();
    TransferSite site = siteFor(QStringLiteral("s"), *peer);
    site.maxConnections = 1; // one job at a time: the order shows
    queue->setSite(site);
    QSignalSpy added(queue, &TransferQueue::jobAdded);
    QSignalSpy moved(queue, &TransferQueue::jobMoved);
    QSignalSpy removed(queue, &TransferQueue::jobRemoved);
    QSignalSpy idle(queue, &TransferQueue::idle);
    QMap<QString, TransferJobId> ids;
    QList<TransferJobId> started;
    QList<TransferJobId> finished;
    QMap<TransferJobId, QList<TransferJobState>> states;
    connect(queue, &TransferQueue::jobChanged, this, [&](TransferJobId id, const TransferJobSnapshot& s) {
        QList<TransferJobState>& seen = states[id];
        if (!seen.isEmpty() && seen.last() == s.state)
            return;
        seen.append(s.state);
        if (s.state == TransferJobState::Running)
            started.append(id);
        if (s.state == TransferJobState::Done)
            finished.append(id);
    });
    for (const char* n : {"A", "B", "C", "D"}) {
        const QString name = QString::fromLatin1(n);
        ids.insert(name, queue->addJob(request(QStringLiteral("s"), TransferDirection::Download,
                                               m_local->filePath(name + QStringLiteral(".bin")),
                                               QStringLiteral("/order/") + name + QStringLiteral(".bin"))));
    }
    QCOMPARE(added.count(), 4);
    QCOMPARE(added.at(3).at(1).toInt(), 3);
    QCOMPARE(queue->job(ids.value(QStringLiteral("A")))->state, TransferJobState::Queued);
    // Before anything starts: [A B C D] -> [D A B C] -> [D B A C] -> [D A C B] -> [D C A B].
    QVERIFY(queue->moveToTop(ids.value(QStringLiteral("D"))));
    QVERIFY(queue->moveDown(ids.value(QStringLiteral("A"))));
    QVERIFY(queue->moveToBottom(ids.value(QStringLiteral("B"))));
    QVERIFY(queue->moveUp(ids.value(QStringLiteral("C"))));
    QVERIFY(!queue->moveUp(ids.value(QStringLiteral("D"))));   // already first
    QVERIFY(!queue->moveDown(ids.value(QStringLiteral("B")))); // already last
    QCOMPARE(moved.count(), 4);
    QCOMPARE(moved.at(0).at(1).toInt(), 3);
    QCOMPARE(moved.at(0).at(2).toInt(), 0);
    const QList<TransferJobId> order{ids.value(QStringLiteral("D")), ids.value(QStringLiteral("C")),
                                     ids.value(QStringLiteral("A")), ids.value(QStringLiteral("B"))};
    QCOMPARE(queue->jobIds(), order);
    QCOMPARE(queue->indexOf(ids.value(QStringLiteral("A"))), 2);
    // B is paused before it ever runs; the others run in queue order.
    QVERIFY(queue->pauseJob(ids.value(QStringLiteral("B"))));
    QVERIFY(!queue->resumeJob(ids.value(QStringLiteral("A")))); // not paused
    const TransferJobId missing =
        queue->addJob(request(QStringLiteral("s"), TransferDirection::Download,
                              m_local->filePath(QStringLiteral("x")), QStringLiteral("/order/missing.bin")));
    QVERIFY(waitUntil(*queue, [&]() { return finished.size() == 3; }));
    QCOMPARE(finished, order.mid(0, 3));
    QCOMPARE(started.mid(0, 3), order.mid(0, 3));
    QCOMPARE(queue->job(ids.value(QStringLiteral("B")))->state, TransferJobState::Paused);
    const TransferJobSnapshot failed = waitFinished(*queue, missing, 60000);
    QCOMPARE(failed.state, TransferJobState::Failed);
    QVERIFY2(failed.errorString.contains(QLatin1String("not on the server")), qPrintable(failed.errorString));
    QVERIFY(idle.count() >= 1); // everything finished or paused
    QVERIFY(queue->resumeJob(ids.value(QStringLiteral("B"))));
    QCOMPARE(waitFinished(*queue, ids.value(QStringLiteral("B"))).state, TransferJobState::Done);
    QCOMPARE(states.value(ids.value(QStringLiteral("B"))),
             (QList<TransferJobState>{TransferJobState::Paused, TransferJobState::Queued,
                                      TransferJobState::Running, TransferJobState::Done}));
    QCOMPARE(states.value(ids.value(QStringLiteral("D"))).last(), TransferJobState::Done);
    for (const char* n : {"A", "B", "C", "D"})
        QCOMPARE(
            Test::sha256HexOfFile(m_local->filePath(QLatin1String(n) + QStringLiteral(".bin"))),
            Test::sha256HexOfFile(peer->rootPath() + QStringLiteral("/order/%1.bin").arg(QLatin1String(n))));
    const TransferTotals totals = queue->totals();
    QCOMPARE(totals.jobs, 5);
    QCOMPARE(totals.finishedJobs, 5);
    QCOMPARE(totals.runningJobs, 0);
    // A failed job can be retried; it fails the same way.
    QVERIFY(queue->retryJob(missing));
    QCOMPARE(waitFinished(*queue, missing, 60000).state, TransferJobState::Failed);
    queue->clearFinished();
    QCOMPARE(queue->jobCount(), 0);
    QCOMPARE(removed.count(), 5);
}

void TestTransferQueue::pauseResumeCancel_data()
{
    QTest::addColumn<TransferDirection>("direction");
    QTest::newRow("download") << TransferDirection::Download;
    QTest::newRow("upload") << TransferDirection::Upload;
}

void TestTransferQueue::pauseResumeCancel()
{
    QFETCH(TransferDirection, direction);
    START_OR_SKIP(peer, QStringLiteral("pyftpdlib"));
    const bool download = direction == TransferDirection::Download;
    const qint64 size = 6 * 1024 * 1024;
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString remoteDir = QStringLiteral("/pause-") + tag;
    const QString remoteOnDisk = peer->rootPath() + remoteDir;
    const QString localDir = m_local->filePath(QStringLiteral("pause"));
    const QString sourcePath = (download ? remoteOnDisk : localDir) + QStringLiteral("/big.bin");
    QVERIFY(writePattern(sourcePath, size, 21));
    QVERIFY(QDir().mkpath(download ? localDir : remoteOnDisk));

    TransferQueue* queue = newQueue();
    TransferSite site = siteFor(QStringLiteral("s"), *peer);
    site.speedLimit = 3 * 1024 * 1024; // about two seconds: time to pause in the middle
    queue->setSite(site);
    const auto job = [&](const QString& name) {
        return queue->addJob(request(QStringLiteral("s"), direction, localDir + QLatin1Char('/') + name,
                                     remoteDir + QLatin1Char('/') + name));
    };
    const TransferJobId id = job(QStringLiteral("big.bin"));
    QVERIFY(waitUntil(*queue, [&]() { return queue->job(id)->bytesDone >= 1024 * 1024; }));
    QVERIFY(queue->pauseJob(id));
    QCOMPARE(queue->job(id)->state, TransferJobState::Paused);
    QVERIFY(!queue->pauseJob(id));
    QVERIFY(waitUntil(*queue, [&]() { return queue->job(id)->activeTransfers == 0; }));
    const QString targetPath = (download ? localDir : remoteOnDisk) + QStringLiteral("/big.bin");
    // Upload: what the server got (the kernel may still have held some of what the client sent).
    const qint64 partial = QFileInfo(download ? partFilePath(targetPath) : targetPath).size();
    QVERIFY2(partial >= (download ? 1024 * 1024 : 256 * 1024) && partial < size,
             qPrintable(QString::number(partial)));
    if (download)
        QVERIFY(!QFile::exists(targetPath));

    QVERIFY(queue->resumeJob(id));
    const TransferJobSnapshot done = waitFinished(*queue, id);
    QVERIFY2(done.state == TransferJobState::Done, qPrintable(describe(*queue, id)));
    QCOMPARE(Test::sha256HexOfFile(targetPath), Test::sha256HexOfFile(sourcePath));
    QCOMPARE(done.bytesDone, size);
    // It continued rather than starting over.
    const QStringList rest = commandsSent(QStringLiteral("REST "));
    QVERIFY2(!rest.isEmpty() && rest.last().mid(5).toLongLong() >= partial,
             qPrintable(rest.join(QLatin1Char(','))));

    // Cancel: the job ends at once, a partial download is removed.
    if (!download) {
        QVERIFY(QFile::copy(sourcePath, localDir + QStringLiteral("/second.bin")));
    } else {
        QVERIFY(QFile::copy(sourcePath, remoteOnDisk + QStringLiteral("/second.bin")));
    }
    const TransferJobId second = job(QStringLiteral("second.bin"));
    QVERIFY(waitUntil(*queue, [&]() { return queue->job(second)->bytesDone >= 512 * 1024; }));
    QVERIFY(queue->cancelJob(second));
    QCOMPARE(queue->job(second)->state, TransferJobState::Canceled);
    QVERIFY(waitUntil(*queue, [&]() { return queue->job(second)->activeTransfers == 0; }));
    if (download) {
        QVERIFY(!QFile::exists(partFilePath(localDir + QStringLiteral("/second.bin"))));
        QVERIFY(!QFile::exists(localDir + QStringLiteral("/second.bin")));
    }
    QVERIFY(!queue->cancelJob(second));
    QVERIFY(queue->removeJob(second));
    QCOMPARE(queue->jobCount(), 1);
}

void TestTransferQueue::pauseAllResumeAllCancelAll()
{
    START_OR_SKIP(peer, QStringLiteral("pyftpdlib"));
    const qint64 size = 3 * 1024 * 1024;
    for (int i = 0; i < 3; ++i)
        QVERIFY(
            writePattern(peer->rootPath() + QStringLiteral("/all/f%1.bin").arg(i), size, quint32(80 + i)));
    TransferQueue* queue = newQueue();
    TransferSite site = siteFor(QStringLiteral("s"), *peer);
    site.speedLimit = 1536 * 1024; // three files at once: about six seconds
    queue->setSite(site);
    QList<TransferJobId> ids;
    for (int i = 0; i < 3; ++i)
        ids.append(queue->addJob(request(QStringLiteral("s"), TransferDirection::Download,
                                         m_local->filePath(QStringLiteral("f%1.bin").arg(i)),
                                         QStringLiteral("/all/f%1.bin").arg(i))));
    QSignalSpy totalsSpy(queue, &TransferQueue::totalsChanged);
    QVERIFY(waitUntil(*queue, [&]() {
        const TransferTotals t = queue->totals();
        return t.runningJobs == 3 && t.bytesDone >= 1024 * 1024 && t.bytesPerSecond > 0;
    }));
    TransferTotals t = queue->totals();
    QCOMPARE(t.bytesTotal, 3 * size);
    QVERIFY(t.bytesDone < t.bytesTotal);
    QVERIFY(t.etaSeconds > 0);
    QCOMPARE(t.connections, 3);
    QVERIFY(totalsSpy.count() > 0);
    const TransferJobSnapshot running = *queue->job(ids.first());
    QVERIFY(running.etaSeconds > 0);
    QVERIFY(running.bytesPerSecond > 0);
    QCOMPARE(running.currentFile, QStringLiteral("/all/f0.bin"));

    queue->pauseAll();
    for (TransferJobId id : ids)
        QCOMPARE(queue->job(id)->state, TransferJobState::Paused);
    QVERIFY(queue->isIdle());
    QCOMPARE(queue->totals().pausedJobs, 3);
    queue->resumeAll();
    QVERIFY(waitUntil(*queue, [&]() { return queue->totals().bytesDone >= size + size / 2; }));
    for (TransferJobId id : ids)
        QVERIFY2(queue->job(id)->state == TransferJobState::Running, qPrintable(describe(*queue, id)));
    queue->cancelAll();
    for (TransferJobId id : ids)
        QCOMPARE(queue->job(id)->state, TransferJobState::Canceled);
    QVERIFY(waitUntil(*queue, [&]() {
        for (TransferJobId id : ids) {
            if (queue->job(id)->activeTransfers > 0)
                return false;
        }
        return true;
    }));
    for (int i = 0; i < 3; ++i) {
        const QString local = m_local->filePath(QStringLiteral("f%1.bin").arg(i));
        QVERIFY(!QFile::exists(local));
        QVERIFY(!QFile::exists(partFilePath(local)));
    }
    // Canceled jobs can be retried from the start.
    QVERIFY(queue->retryJob(ids.first()));
    QCOMPARE(waitFinished(*queue, ids.first()).state, TransferJobState::Done);
    QCOMPARE(Test::sha256HexOfFile(m_local->filePath(QStringLiteral("f0.bin"))),
             Test::sha256HexOfFile(peer->rootPath() + QStringLiteral("/all/f0.bin")));
}

void TestTransferQueue::persistenceRoundTrip()
{
    START_OR_SKIP(peer, QStringLiteral("pyftpdlib"));
    const qint64 bigSize = 8 * 1024 * 1024;
    QVERIFY(writePattern(peer->rootPath() + QStringLiteral("/persist/small.bin"), 1000, 31));
    QVERIFY(writePattern(peer->rootPath() + QStringLiteral("/persist/big.bin"), bigSize, 32));
    QVERIFY(writePattern(peer->rootPath() + QStringLiteral("/persist/later.bin"), 200000, 33));
    const QString localUp = m_local->filePath(QStringLiteral("up"));
    QVERIFY(makeTree(localUp));
    const QString queueFile = m_local->filePath(QStringLiteral("state/queue.json"));
    const QString localDir = m_local->filePath(QStringLiteral("persist"));

    TransferSite site = siteFor(QStringLiteral("py"), *peer);
    site.speedLimit = 2 * 1024 * 1024;
    site.maxConnections = 1;
    QList<TransferJobId> oldIds;
    {
        TransferQueue* queue = newQueue();
        queue->setSite(site);
        oldIds.append(queue->addJob(request(QStringLiteral("py"), TransferDirection::Download,
                                            localDir + QStringLiteral("/small.bin"),
                                            QStringLiteral("/persist/small.bin"))));
        oldIds.append(queue->addJob(request(QStringLiteral("py"), TransferDirection::Download,
                                            localDir + QStringLiteral("/big.bin"),
                                            QStringLiteral("/persist/big.bin"))));
        oldIds.append(queue->addJob(request(QStringLiteral("py"), TransferDirection::Upload, localUp,
                                            QStringLiteral("/persist/up"), true)));
        oldIds.append(queue->addJob(request(QStringLiteral("py"), TransferDirection::Download,
                                            localDir + QStringLiteral("/later.bin"),
                                            QStringLiteral("/persist/later.bin"))));
        QVERIFY(queue->pauseJob(oldIds.at(2)));
        QVERIFY(waitUntil(*queue, [&]() { return queue->job(oldIds.at(1))->bytesDone >= 2 * 1024 * 1024; }));
        QCOMPARE(queue->job(oldIds.at(0))->state, TransferJobState::Done);
        QCOMPARE(queue->job(oldIds.at(1))->state, TransferJobState::Running);
        QString error;
        QVERIFY2(queue->saveToFile(queueFile, false, &error), qPrintable(error));
        QVERIFY(!readFile(queueFile).contains(site.login.password.toUtf8()));
        m_queue.reset(); // as if the program ended in the middle of big.bin
    }
    QVERIFY(QFile::exists(partFilePath(localDir + QStringLiteral("/big.bin"))));
    const qint64 partial = QFileInfo(partFilePath(localDir + QStringLiteral("/big.bin"))).size();
    QVERIFY2(partial >= 1024 * 1024, qPrintable(QString::number(partial)));

    TransferQueue* queue = newQueue();
    queue->setSite(site); // with its password; the file has none
    QSignalSpy added(queue, &TransferQueue::jobAdded);
    QString error;
    QVERIFY2(queue->restoreFromFile(queueFile, &error), qPrintable(error));
    QCOMPARE(added.count(), 4);
    const QList<TransferJobId> ids = queue->jobIds();
    QCOMPARE(ids.size(), 4);
    const std::optional<TransferJobSnapshot> small = queue->job(ids.at(0));
    QCOMPARE(small->state, TransferJobState::Done);
    QCOMPARE(small->localPath, localDir + QStringLiteral("/small.bin"));
    QCOMPARE(queue->job(ids.at(1))->state, TransferJobState::Queued); // was running
    QCOMPARE(queue->job(ids.at(2))->state, TransferJobState::Paused);
    QCOMPARE(queue->job(ids.at(2))->folder, true);
    QCOMPARE(queue->job(ids.at(3))->state, TransferJobState::Queued);
    QCOMPARE(queue->site(QStringLiteral("py"))->maxConnections, 1);

    QCOMPARE(waitFinished(*queue, ids.at(1)).state, TransferJobState::Done);
    QCOMPARE(waitFinished(*queue, ids.at(3)).state, TransferJobState::Done);
    QCOMPARE(Test::sha256HexOfFile(localDir + QStringLiteral("/big.bin")),
             Test::sha256HexOfFile(peer->rootPath() + QStringLiteral("/persist/big.bin")));
    // big.bin went on from its part file.
    const QStringList rest = commandsSent(QStringLiteral("REST "));
    QVERIFY2(!rest.isEmpty() && rest.first().mid(5).toLongLong() >= partial - 512 * 1024,
             qPrintable(rest.join(QLatin1Char(','))));
    QCOMPARE(queue->job(ids.at(2))->state, TransferJobState::Paused);
    QVERIFY(queue->resumeJob(ids.at(2)));
    QCOMPARE(waitFinished(*queue, ids.at(2)).state, TransferJobState::Done);
    QCOMPARE(treeOf(peer->rootPath() + QStringLiteral("/persist/up")), treeOf(localUp));

    // Saved by itself a moment after changes.
    const QString autoFile = m_local->filePath(QStringLiteral("auto/queue.json"));
    queue->setAutoSaveFile(autoFile);
    QVERIFY(queue->moveToTop(ids.at(3)));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(autoFile), 10000);
    TransferQueue reloaded;
    reloaded.setSettings(fastSettings());
    QVERIFY(reloaded.restoreFromFile(autoFile, &error));
    QCOMPARE(reloaded.jobCount(), 4);
    QCOMPARE(reloaded.job(reloaded.jobIds().first())->localPath, localDir + QStringLiteral("/later.bin"));

    // A restored site that was not set keeps its settings but has no password: its jobs fail to log on.
    TransferQueue other;
    QVERIFY(other.restoreFromFile(queueFile, &error));
    QVERIFY(other.site(QStringLiteral("py")));
    QVERIFY(other.site(QStringLiteral("py"))->login.password.isEmpty());
    QVERIFY(!other.restoreFromFile(m_local->filePath(QStringLiteral("nothing.json")), &error));
    QVERIFY(error.contains(QLatin1String("nothing.json")));
}

// A folder job's include/exclude globs survive saveToFile()/restoreFromFile(): a job restored before it
// walked its folders still leaves out what the globs leave out.
void TestTransferQueue::persistenceKeepsFilters()
{
    START_OR_SKIP(peer, QStringLiteral("pyftpdlib"));
    const QString localUp = m_local->filePath(QStringLiteral("filtered"));
    QVERIFY(makeTree(localUp));
    const QString queueFile = m_local->filePath(QStringLiteral("state/filters.json"));
    const QStringList include = {QStringLiteral("*.txt"), QStringLiteral("*.bin")};
    const QStringList exclude = {QStringLiteral("big.bin"), QStringLiteral("deeper")};
    const TransferSite site = siteFor(QStringLiteral("py"), *peer);
    {
        TransferQueue* queue = newQueue();
        queue->setSite(site);
        TransferJobRequest r = request(QStringLiteral("py"), TransferDirection::Upload, localUp,
                                       QStringLiteral("/filtered"), true);
        r.includeGlobs = include;
        r.excludeGlobs = exclude;
        const TransferJobId id = queue->addJob(r);
        QVERIFY(queue->pauseJob(id)); // before it walks its folders
        QCOMPARE(queue->job(id)->planning, true);
        QCOMPARE(queue->job(id)->includeGlobs, include);
        QCOMPARE(queue->job(id)->excludeGlobs, exclude);
        QString error;
        QVERIFY2(queue->saveToFile(queueFile, false, &error), qPrintable(error));
        m_queue.reset();
    }
    QVERIFY(readFile(queueFile).contains("deeper"));

    TransferQueue* queue = newQueue();
    queue->setSite(site);
    QString error;
    QVERIFY2(queue->restoreFromFile(queueFile, &error), qPrintable(error));
    QCOMPARE(queue->jobCount(), 1);
    const TransferJobId id = queue->jobIds().first();
    QCOMPARE(queue->job(id)->includeGlobs, include);
    QCOMPARE(queue->job(id)->excludeGlobs, exclude);
    QVERIFY(queue->resumeJob(id));
    const TransferJobSnapshot done = waitFinished(*queue, id);
    QVERIFY2(done.state == TransferJobState::Done, qPrintable(describe(*queue, id)));

    // Files only: folders are created even when all their files are left out.
    QMap<QString, QString> expected;
    const QMap<QString, QString> local = treeOf(localUp);
    for (auto it = local.cbegin(); it != local.cend(); ++it) {
        if (it.value() != QLatin1String("dir") && transferFilterAccepts(it.key(), include, exclude))
            expected.insert(it.key(), it.value());
    }
    QMap<QString, QString> got = treeOf(peer->rootPath() + QStringLiteral("/filtered"));
    for (auto it = got.begin(); it != got.end();)
        it = it.value() == QLatin1String("dir") ? got.erase(it) : std::next(it);
    QCOMPARE(describeDifference(expected, got), QString());
    QVERIFY(got.contains(QStringLiteral("top.txt")));
    QVERIFY(got.contains(QStringLiteral("empty.bin")));
    QVERIFY(!got.contains(QStringLiteral("big.bin")));
    QVERIFY(!got.contains(QStringLiteral("with space/deep/deeper/leaf.bin")));
    QCOMPARE(done.filesTotal, expected.size());
}

void TestTransferQueue::cancelDeletesPartialUpload_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("pyftpdlib") << QStringLiteral("pyftpdlib");
    QTest::newRow("vsftpd") << QStringLiteral("vsftpd");
    QTest::newRow("board") << QStringLiteral("board");
}

// Canceling an upload deletes the partial remote file when the job created it (running, or paused
// before), and leaves a file that was there before the job alone. Pausing keeps the partial file.
void TestTransferQueue::cancelDeletesPartialUpload()
{
    QFETCH(QString, kind);
    START_OR_SKIP(peer, kind);
    const qint64 size = 6 * 1024 * 1024;
    const QString remoteDir = QStringLiteral("/cancel-") + kind;
    const QString remoteOnDisk = peer->rootPath() + remoteDir;
    const QString localDir = m_local->filePath(QStringLiteral("cancel"));
    for (const char* name : {"new.bin", "existing.bin", "paused.bin"})
        QVERIFY(writePattern(localDir + QLatin1Char('/') + QLatin1String(name), size, 51));
    QVERIFY(peer->addDirectory(remoteDir.mid(1)));
    QVERIFY(peer->addFile(remoteDir.mid(1) + QStringLiteral("/existing.bin"), QByteArray(1000, 'x')));

    TransferQueue* queue = newQueue(); // policy Overwrite
    TransferSite site = siteFor(QStringLiteral("s"), *peer);
    site.speedLimit = 3 * 1024 * 1024; // about two seconds a file: time to stop it in the middle
    queue->setSite(site);
    const auto start = [&](const QString& name) {
        const TransferJobId id =
            queue->addJob(request(QStringLiteral("s"), TransferDirection::Upload,
                                  localDir + QLatin1Char('/') + name, remoteDir + QLatin1Char('/') + name));
        if (!waitUntil(*queue, [&]() { return queue->job(id)->bytesDone >= 1024 * 1024; }))
            qWarning("%s did not get going: %s", qPrintable(name), qPrintable(describe(*queue, id)));
        return id;
    };
    const auto stopped = [&](TransferJobId id) {
        return waitUntil(*queue, [&]() { return queue->job(id)->activeTransfers == 0; });
    };

    // Running, created by the job: canceled, then deleted before the transfer ends.
    const QString newRemote = remoteOnDisk + QStringLiteral("/new.bin");
    const TransferJobId created = start(QStringLiteral("new.bin"));
    QVERIFY(QFile::exists(newRemote));
    QVERIFY(queue->cancelJob(created));
    QVERIFY(stopped(created));
    QVERIFY2(!QFile::exists(newRemote), qPrintable(QString::number(QFileInfo(newRemote).size())));
    QVERIFY(commandsSent(QStringLiteral("DELE "))
                .contains(QStringLiteral("DELE ") + remoteDir + QStringLiteral("/new.bin")));

    // There before the job: overwritten in part, but not deleted.
    const QString existingRemote = remoteOnDisk + QStringLiteral("/existing.bin");
    const TransferJobId existing = start(QStringLiteral("existing.bin"));
    QVERIFY(queue->cancelJob(existing));
    QVERIFY(stopped(existing));
    QVERIFY(QFile::exists(existingRemote));
    QCOMPARE(commandsSent(QStringLiteral("DELE ")).size(), 1);

    // Paused first: the partial file stays (for resume); a cancel then deletes it.
    const QString pausedRemote = remoteOnDisk + QStringLiteral("/paused.bin");
    const TransferJobId paused = start(QStringLiteral("paused.bin"));
    QVERIFY(queue->pauseJob(paused));
    QVERIFY(stopped(paused));
    QVERIFY(QFile::exists(pausedRemote));
    QVERIFY(QFileInfo(pausedRemote).size() > 0);
    QCOMPARE(commandsSent(QStringLiteral("DELE ")).size(), 1);
    QSignalSpy dialogue(queue, &TransferQueue::connectionLog);
    QVERIFY(queue->cancelJob(paused));
    QElapsedTimer clock;
    clock.start();
    while (QFile::exists(pausedRemote) && clock.elapsed() < 20000)
        dialogue.wait(1000);
    QVERIFY(!QFile::exists(pausedRemote));
    QCOMPARE(commandsSent(QStringLiteral("DELE ")).size(), 2);
    for (const QString& line : std::as_const(m_log))
        QVERIFY2(!line.contains(QLatin1String("could not be deleted")), qPrintable(line));
}

// ---- faults --------------------------------------------------------------------------------------------

void TestTransferQueue::retryAfterTransientFault_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<TransferDirection>("direction");
    QTest::addColumn<int>("channel"); // FaultProxy::Channel
    QTest::addColumn<int>("count");   // faults injected in a row (FaultProxy::Unlimited: always)
    QTest::addColumn<bool>("expectRest");
    QTest::addColumn<bool>("expectDone");
    const int data = int(FaultProxy::Channel::Data);
    const int control = int(FaultProxy::Channel::Control);
    QTest::newRow("pyftpdlib download, data drop")
        << QStringLiteral("pyftpdlib") << TransferDirection::Download << data << 1 << true << true;
    QTest::newRow("pyftpdlib upload, data drop")
        << QStringLiteral("pyftpdlib") << TransferDirection::Upload << data << 1 << true << true;
    QTest::newRow("vsftpd download, data drop")
        << QStringLiteral("vsftpd") << TransferDirection::Download << data << 2 << true << true;
    QTest::newRow("vsftpd upload, data drop")
        << QStringLiteral("vsftpd") << TransferDirection::Upload << data << 1 << true << true;
    QTest::newRow("board download, data drop")
        << QStringLiteral("board") << TransferDirection::Download << data << 1 << false << true;
    QTest::newRow("board upload, data drop")
        << QStringLiteral("board") << TransferDirection::Upload << data << 1 << false << true;
    QTest::newRow("pyftpdlib download, control drop")
        << QStringLiteral("pyftpdlib") << TransferDirection::Download << control << 1 << false << true;
    QTest::newRow("pyftpdlib download, retries exhausted")
        << QStringLiteral("pyftpdlib") << TransferDirection::Download << data << FaultProxy::Unlimited << true
        << false;
}

void TestTransferQueue::retryAfterTransientFault()
{
    QFETCH(QString, kind);
    QFETCH(TransferDirection, direction);
    QFETCH(int, channel);
    QFETCH(int, count);
    QFETCH(bool, expectRest);
    QFETCH(bool, expectDone);
    START_OR_SKIP(peer, kind);
    const bool download = direction == TransferDirection::Download;
    const qint64 size = 3 * 1024 * 1024 + 5;
    const QString tag =
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(','), QLatin1Char('-'));
    const QString remoteDir = QStringLiteral("/retry ") + tag;
    const QString remoteOnDisk = peer->rootPath() + remoteDir;
    const QString sourcePath = (download ? remoteOnDisk : m_local->path()) + QStringLiteral("/file.bin");
    const QString targetPath = (download ? m_local->path() : remoteOnDisk) + QStringLiteral("/file.bin");
    QVERIFY(writePattern(sourcePath, size, 41));
    QVERIFY(peer->addDirectory(remoteDir.mid(1)));
    peer->fixPermissions();

    FaultProxy proxy;
    QVERIFY2(proxy.start(peer->address(), peer->port()), qPrintable(proxy.errorString()));
    FaultProxy::Fault fault;
    fault.kind = FaultProxy::FaultKind::Drop;
    fault.channel = FaultProxy::Channel(channel);
    fault.count = count;
    if (fault.channel == FaultProxy::Channel::Data) {
        // Listings are far smaller: only file data reaches this. Downloads get a reset; uploads an
        // orderly close, so that the server keeps what it received (a reset may make it lose what
        // waits in its socket) and the retry has something to continue.
        fault.afterBytes = 1024 * 1024;
        fault.direction = download ? FaultProxy::Direction::ToClient : FaultProxy::Direction::ToServer;
        fault.reset = download;
    } else {
        // The first control connection dies once the client has sent 150 bytes: after the log-on,
        // around the listing or the transfer command.
        fault.afterBytes = 150;
        fault.direction = FaultProxy::Direction::ToServer;
    }
    proxy.addFault(fault);

    TransferSettings settings = fastSettings();
    settings.maxRetries = 2;
    TransferQueue* queue = newQueue(settings);
    queue->setSite(siteFor(QStringLiteral("s"), proxy.host(), proxy.port(), peer->user(), peer->password()));
    const TransferJobId id =
        queue->addJob(request(QStringLiteral("s"), direction, m_local->filePath(QStringLiteral("file.bin")),
                              remoteDir + QStringLiteral("/file.bin")));
    const TransferJobSnapshot done = waitFinished(*queue, id);
    qInfo("%s: %d fault(s) injected, %d retries, state %s", QTest::currentDataTag(), proxy.faultsInjected(),
          done.retries, qPrintable(transferJobStateKey(done.state)));
    QVERIFY(proxy.faultsInjected() >= 1);
    if (!expectDone) {
        QVERIFY2(done.state == TransferJobState::Failed, qPrintable(describe(*queue, id)));
        QCOMPARE(done.retries, settings.maxRetries);
        QVERIFY(!done.errorString.isEmpty());
        return;
    }
    QVERIFY2(done.state == TransferJobState::Done, qPrintable(describe(*queue, id)));
    QVERIFY(done.retries >= 1);
    QCOMPARE(Test::sha256HexOfFile(targetPath), Test::sha256HexOfFile(sourcePath));
    const QStringList rest = commandsSent(QStringLiteral("REST "));
    if (expectRest && download) {
        QVERIFY2(!rest.isEmpty() && rest.last().mid(5).toLongLong() > 0,
                 qPrintable(rest.join(QLatin1Char(','))));
    } else if (expectRest) {
        // An upload resumes from what the server holds when the retry asks SIZE; a server still busy with
        // the dropped connection (pyftpdlib under load) may report nothing yet, and the upload restarts
        // from zero. The SHA-256 comparison above is what must hold either way.
        if (rest.isEmpty())
            qInfo("%s: the retry restarted the upload from zero", QTest::currentDataTag());
        else
            QVERIFY2(rest.last().mid(5).toLongLong() > 0, qPrintable(rest.join(QLatin1Char(','))));
    } else {
        QVERIFY2(rest.isEmpty() || channel == int(FaultProxy::Channel::Control),
                 qPrintable(rest.join(QLatin1Char(','))));
    }
    if (download)
        QVERIFY(!QFile::exists(partFilePath(targetPath)));
}

void TestTransferQueue::epsvUploadLostSwitchesDataMode_data()
{
    QTest::addColumn<qint64>("size");
    // Up to the board's 2 KiB window the EPSV upload is stored empty and answered 250; beyond it the
    // upload stalls with no reply.
    QTest::newRow("stored empty") << qint64(1500);
    QTest::newRow("stalls") << qint64(300000);
}

void TestTransferQueue::epsvUploadLostSwitchesDataMode()
{
    QFETCH(qint64, size);
    START_OR_SKIP(peer, QStringLiteral("board-epsv-bug"));
    const QString local = m_local->filePath(QStringLiteral("firmware.bin"));
    QVERIFY(writePattern(local, size, 51));
    const QString second = m_local->filePath(QStringLiteral("config.bin"));
    QVERIFY(writePattern(second, 1000, 52));
    TransferSettings settings = fastSettings();
    settings.maxRetries = 1;
    TransferQueue* queue = newQueue(settings);
    // IPv6 with passive mode forced means EPSV on this server, which loses uploads; the session must
    // switch to EPRT for the rest of its uploads, whatever the user forced.
    TransferSite passive = siteFor(QStringLiteral("epsv"), *peer);
    passive.options.dataMode = DataConnectionMode::Passive;
    passive.options.dataTimeoutMs = 2000;
    passive.options.replyTimeoutMs = 3000;
    queue->setSite(passive);
    const TransferJobId first = queue->addJob(
        request(QStringLiteral("epsv"), TransferDirection::Upload, local, QStringLiteral("/firmware.bin")));
    const TransferJobSnapshot done = waitFinished(*queue, first, 120000);
    QVERIFY2(done.state == TransferJobState::Done, qPrintable(describe(*queue, first)));
    QCOMPARE(done.retries, 1); // the EPSV attempt was caught, the EPRT one stored the file
    QCOMPARE(Test::sha256HexOfFile(peer->rootPath() + QStringLiteral("/firmware.bin")),
             Test::sha256HexOfFile(local));
    QVERIFY2(m_log.join(QLatin1Char('\n')).contains(QLatin1String("went over EPSV")),
             qPrintable(m_log.join(QLatin1Char('\n'))));
    const QStringList stores = commandsSent(QStringLiteral("STOR"));
    QCOMPARE(stores.size(), 2);

    // The rest of the session's uploads go without EPSV at once (listings may still use it).
    const TransferJobId next = queue->addJob(
        request(QStringLiteral("epsv"), TransferDirection::Upload, second, QStringLiteral("/config.bin")));
    const TransferJobSnapshot nextDone = waitFinished(*queue, next, 60000);
    QVERIFY2(nextDone.state == TransferJobState::Done, qPrintable(describe(*queue, next)));
    QCOMPARE(nextDone.retries, 0);
    const QStringList sent = commandsSent(QString());
    const qsizetype lastStore = sent.lastIndexOf(QStringLiteral("STOR /config.bin"));
    QVERIFY2(lastStore > 0 && sent.at(lastStore - 1).startsWith(QLatin1String("EPRT")),
             qPrintable(sent.join(QLatin1Char(','))));
    QCOMPARE(Test::sha256HexOfFile(peer->rootPath() + QStringLiteral("/config.bin")),
             Test::sha256HexOfFile(second));
}

void TestTransferQueue::uploadVerificationFailsWithoutRetries()
{
    START_OR_SKIP(peer, QStringLiteral("board-epsv-bug"));
    const QString local = m_local->filePath(QStringLiteral("lost.bin"));
    QVERIFY(writePattern(local, 1500, 53));
    TransferSettings settings = fastSettings();
    settings.maxRetries = 0;
    TransferQueue* queue = newQueue(settings);
    TransferSite passive = siteFor(QStringLiteral("epsv"), *peer);
    passive.options.dataMode = DataConnectionMode::Passive;
    queue->setSite(passive);
    const TransferJobId bad = queue->addJob(
        request(QStringLiteral("epsv"), TransferDirection::Upload, local, QStringLiteral("/lost.bin")));
    const TransferJobSnapshot failed = waitFinished(*queue, bad, 60000);
    // Stored empty yet answered 250: a failure, never a success.
    QVERIFY2(failed.state == TransferJobState::Failed, qPrintable(describe(*queue, bad)));
    QVERIFY2(failed.errorString.contains(QLatin1String("Verification failed")),
             qPrintable(failed.errorString));
    QCOMPARE(QFileInfo(peer->rootPath() + QStringLiteral("/lost.bin")).size(), 0);
}

void TestTransferQueue::busyBoardLosesNoUpload()
{
    START_OR_SKIP(peer, QStringLiteral("board-busy-loss"));
    const QString source = m_local->filePath(QStringLiteral("busy"));
    QVERIFY(QDir().mkpath(source));
    for (int i = 0; i < 24; ++i)
        QVERIFY(
            writePattern(source + QStringLiteral("/f%1.bin").arg(i, 2, 10, QLatin1Char('0')), 3000 + i, i));
    TransferSettings settings = fastSettings();
    settings.maxRetries = 5;
    TransferQueue* queue = newQueue(settings);
    TransferSite site = siteFor(QStringLiteral("busy"), *peer);
    site.maxConnections = 3; // with browsing, the board's four sessions
    queue->setSite(site);
    // The board loses an upload only when another session's upload ends while it waits on one: usually
    // in the first round, but timing decides, so up to three rounds (each to a folder of its own).
    int retries = 0;
    for (int round = 0; round < 3 && retries == 0; ++round) {
        const QString remote = QStringLiteral("/busy%1").arg(round);
        const TransferJobId id =
            queue->addJob(request(QStringLiteral("busy"), TransferDirection::Upload, source, remote, true));
        const TransferJobSnapshot done = waitFinished(*queue, id, 300000);
        QVERIFY2(done.state == TransferJobState::Done, qPrintable(describe(*queue, id)));
        QCOMPARE(treeOf(peer->rootPath() + remote), treeOf(source));
        retries = done.retries;
        qInfo("round %d: %d retries", round + 1, retries);
    }
    // The board did cut uploads short (and answered 250): verification caught each and retried.
    QVERIFY2(retries > 0, qPrintable(peer->logTail(40)));
}

// A folder's uploads are checked together once they are sent (UploadVerifier): one listing of a folder
// with many of them, SIZE only for a folder with one or two (where the server has SIZE), instead of a SIZE
// (a board: a listing with its data connection) after each file while the connection waits.
void TestTransferQueue::folderUploadChecksSizesPerFolder_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("vsftpd") << QStringLiteral("vsftpd");
    QTest::newRow("board") << QStringLiteral("board");
}

void TestTransferQueue::folderUploadChecksSizesPerFolder()
{
    QFETCH(QString, kind);
    START_OR_SKIP(peer, kind);
    const QString source = m_local->filePath(QStringLiteral("checked %1").arg(kind));
    QVERIFY(QDir().mkpath(source + QStringLiteral("/many")));
    QVERIFY(QDir().mkpath(source + QStringLiteral("/one")));
    for (int i = 0; i < 12; ++i)
        QVERIFY(writePattern(source + QStringLiteral("/many/f%1.bin").arg(i), 1000 + i, i));
    QVERIFY(writePattern(source + QStringLiteral("/one/lone.bin"), 777, 99));
    TransferQueue* queue = newQueue();
    queue->setSite(siteFor(QStringLiteral("s"), *peer));
    const QString remote = QStringLiteral("/checked");
    const TransferJobId id =
        queue->addJob(request(QStringLiteral("s"), TransferDirection::Upload, source, remote, true));
    const TransferJobSnapshot done = waitFinished(*queue, id);
    QVERIFY2(done.state == TransferJobState::Done, qPrintable(describe(*queue, id)));
    QCOMPARE(done.filesDone, 13);
    QCOMPARE(done.bytesDone, done.bytesTotal);
    QCOMPARE(treeOf(peer->rootPath() + remote), treeOf(source));

    const QStringList sizes = commandsSent(QStringLiteral("SIZE "));
    const QStringList listingsOfMany = commandsSent(QStringLiteral("LIST ")).filter(QStringLiteral("/many")) +
                                       commandsSent(QStringLiteral("MLSD ")).filter(QStringLiteral("/many"));
    qInfo("%s: SIZE %s; listings of many/: %s", qPrintable(kind), qPrintable(sizes.join(QLatin1String(", "))),
          qPrintable(listingsOfMany.join(QLatin1String(", "))));
    if (kind == QLatin1String("board")) {
        QVERIFY2(sizes.isEmpty(), qPrintable(sizes.join(QLatin1String(", "))));
    } else {
        QCOMPARE(sizes, QStringList{QStringLiteral("SIZE %1/one/lone.bin").arg(remote)});
    }
    // The planner looks for many/ (not there yet), the check lists it once.
    QVERIFY2(listingsOfMany.size() <= 2, qPrintable(listingsOfMany.join(QLatin1String(", "))));
}

// The disk fills up during a download (RLIMIT_FSIZE on this process for the job's duration, SIGXFSZ
// ignored: write() fails with EFBIG as with ENOSPC): the row names the cause, the part file stays for a
// resume, nothing is renamed into place.
void TestTransferQueue::downloadToFullDisk()
{
    START_OR_SKIP(peer, QStringLiteral("pyftpdlib"));
    const qint64 limit = 1024 * 1024;
    QVERIFY(writePattern(peer->rootPath() + QStringLiteral("/full.bin"), 3 * limit, 92));
    const QString target = m_local->filePath(QStringLiteral("full.bin"));
    TransferQueue* queue = newQueue(fastSettings());
    queue->setSite(siteFor(QStringLiteral("s"), *peer));
    struct rlimit before = {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = before;
    small.rlim_cur = rlim_t(limit);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const TransferJobId id = queue->addJob(
        request(QStringLiteral("s"), TransferDirection::Download, target, QStringLiteral("/full.bin")));
    const TransferJobSnapshot failed = waitFinished(*queue, id, 60000);
    setrlimit(RLIMIT_FSIZE, &before);
    std::signal(SIGXFSZ, oldHandler);
    QVERIFY2(failed.state == TransferJobState::Failed, qPrintable(describe(*queue, id)));
    QCOMPARE(failed.error, FtpOperation::Error::LocalIoError);
    QVERIFY2(failed.errorString.contains(QLatin1String("File too large")), qPrintable(failed.errorString));
    QCOMPARE(failed.retries, 0); // a full disk is not worth retrying
    QVERIFY(!QFile::exists(target));
    QCOMPARE(QFileInfo(partFilePath(target)).size(), limit);
}

void TestTransferQueue::damagedQueueFileIsSetAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("truncated") << QByteArray("{\"format\": \"ferry-queue\", \"jobs\": [{\"id\": ");
    QTest::newRow("not a queue") << QByteArray("{\"format\": \"something else\"}");
    QTest::newRow("binary") << QByteArray("\x00\x01\xff garbage", 12);
}

// A damaged queue file is reported and set aside (queue.json.damaged-<time>), never replaced by the empty
// queue that the next save writes.
void TestTransferQueue::damagedQueueFileIsSetAside()
{
    QFETCH(QByteArray, content);
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("queue.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }
    TransferQueue* queue = newQueue(fastSettings());
    QString error;
    QVERIFY(!queue->restoreFromFile(path, &error));
    QVERIFY2(error.contains(QLatin1String("kept as")), qPrintable(error));
    const QStringList aside =
        QDir(folder.path()).entryList({QStringLiteral("queue.json.damaged-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY2(error.contains(aside.first()), qPrintable(error));
    QFile kept(folder.filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), content);
    QVERIFY(!QFile::exists(path));
    // The next save writes a fresh queue.json; the damaged one stays where it was put.
    QVERIFY2(queue->saveToFile(path, false, &error), qPrintable(error));
    QVERIFY(QFile::exists(path));
    QVERIFY(QFile::exists(folder.filePath(aside.first())));
}

// A save that fails half way (the disk full: RLIMIT_FSIZE on this process, SIGXFSZ ignored) leaves the
// queue file as it was: it is written to a temporary file and renamed only when complete.
void TestTransferQueue::queueFileSurvivesFullDisk()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("queue.json"));
    TransferQueue* queue = newQueue(fastSettings());
    TransferSite site = siteFor(QStringLiteral("s"), QStringLiteral("127.0.0.1"), 1, QStringLiteral("u"),
                                QStringLiteral("p"));
    queue->setSite(site);
    queue->pauseAll();
    for (int i = 0; i < 200; ++i) {
        queue->addJob(
            request(QStringLiteral("s"), TransferDirection::Download,
                    m_local->filePath(QStringLiteral("never-%1.bin").arg(i)),
                    QStringLiteral("/a/rather/long/remote/path/to/make/the/file/big-%1.bin").arg(i)));
    }
    QString error;
    QVERIFY2(queue->saveToFile(path, false, &error), qPrintable(error));
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();
    QVERIFY(before.size() > 8192);
    queue->addJob(request(QStringLiteral("s"), TransferDirection::Download,
                          m_local->filePath(QStringLiteral("x")), QStringLiteral("/x")));

    struct rlimit limits = {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &limits), 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit small = limits;
    small.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const bool saved = queue->saveToFile(path, false, &error);
    setrlimit(RLIMIT_FSIZE, &limits);
    std::signal(SIGXFSZ, oldHandler);
    QVERIFY(!saved);
    QVERIFY2(error.contains(QLatin1String("File too large")), qPrintable(error));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("queue.json")});
}

// ---- speed and connections -----------------------------------------------------------------------------

void TestTransferQueue::speedLimit_data()
{
    QTest::addColumn<TransferDirection>("direction");
    QTest::addColumn<bool>("global");
    QTest::newRow("download, site limit") << TransferDirection::Download << false;
    QTest::newRow("upload, global limit") << TransferDirection::Upload << true;
}

void TestTransferQueue::speedLimit()
{
    QFETCH(TransferDirection, direction);
    QFETCH(bool, global);
    START_OR_SKIP(peer, QStringLiteral("pyftpdlib"));
    const bool download = direction == TransferDirection::Download;
    const qint64 size = 2 * 1000 * 1000;
    const qint64 limit = 1000 * 1000;
    const QString tag =
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(','), QLatin1Char('-'));
    const QString remoteDir = QStringLiteral("/speed ") + tag;
    const QString sourceDir = download ? peer->rootPath() + remoteDir : m_local->path();
    QVERIFY(writePattern(sourceDir + QStringLiteral("/limited.bin"), size, 61));
    QVERIFY(writePattern(sourceDir + QStringLiteral("/free.bin"), size, 62));
    QVERIFY(QDir().mkpath(peer->rootPath() + remoteDir));

    TransferSettings settings = fastSettings();
    TransferQueue* queue = newQueue(settings);
    queue->setSite(siteFor(QStringLiteral("s"), *peer));
    const auto run = [&](const QString& name) {
        QElapsedTimer clock;
        clock.start();
        const TransferJobId id = queue->addJob(request(
            QStringLiteral("s"), direction, m_local->filePath(name), remoteDir + QLatin1Char('/') + name));
        double shown = 0;
        QMetaObject::Connection c =
            connect(queue, &TransferQueue::jobChanged, this,
                    [&shown, id](TransferJobId changed, const TransferJobSnapshot& s) {
                        if (changed == id && s.state == TransferJobState::Running) {
                            shown = qMax(shown, s.bytesPerSecond);
                            if (s.bytesPerSecond > 0 && s.etaSeconds < 0)
                                qWarning("a speed but no ETA");
                        }
                    });
        const TransferJobSnapshot done = waitFinished(*queue, id);
        disconnect(c);
        return std::make_tuple(done.state, clock.elapsed(), shown);
    };
    // Without a limit first, for comparison.
    const auto [freeState, freeMs, freeShown] = run(QStringLiteral("free.bin"));
    QCOMPARE(freeState, TransferJobState::Done);
    if (global) {
        settings.globalSpeedLimit = limit;
        queue->setSettings(settings);
    } else {
        TransferSite site = siteFor(QStringLiteral("s"), *peer);
        site.speedLimit = limit;
        queue->setSite(site);
    }
    const auto [state, ms, shown] = run(QStringLiteral("limited.bin"));
    QCOMPARE(state, TransferJobState::Done);
    const QString target =
        (download ? m_local->path() : peer->rootPath() + remoteDir) + QStringLiteral("/limited.bin");
    QCOMPARE(Test::sha256HexOfFile(target),
             Test::sha256HexOfFile(sourceDir + QStringLiteral("/limited.bin")));
    qInfo("%s: 2 MB unlimited in %lld ms; at 1 MB/s in %lld ms (%.0f kB/s average, %.0f kB/s peak shown)",
          QTest::currentDataTag(), freeMs, ms, size / double(ms), shown / 1000.0);
    Q_UNUSED(freeShown);
    QVERIFY2(ms >= 1500, qPrintable(QString::number(ms)));
    QVERIFY2(ms < 6000, qPrintable(QString::number(ms)));
    QVERIFY(shown > 0 && shown < 1.6 * limit);
}

void TestTransferQueue::idleConnectionsClose()
{
    START_OR_SKIP(peer, QStringLiteral("pyftpdlib"));
    QVERIFY(writePattern(peer->rootPath() + QStringLiteral("/idle.bin"), 1000, 71));
    TransferSettings settings = fastSettings();
    settings.idleConnectionTimeoutMs = 300;
    TransferQueue* queue = newQueue(settings);
    queue->setSite(siteFor(QStringLiteral("s"), *peer));
    QSignalSpy counts(queue, &TransferQueue::connectionCountChanged);
    const TransferJobId id =
        queue->addJob(request(QStringLiteral("s"), TransferDirection::Download,
                              m_local->filePath(QStringLiteral("idle.bin")), QStringLiteral("/idle.bin")));
    QCOMPARE(waitFinished(*queue, id, 60000).state, TransferJobState::Done);
    QElapsedTimer clock;
    clock.start();
    while (queue->connectionCount(QStringLiteral("s")) > 0 && clock.elapsed() < 10000)
        counts.wait(1000);
    QCOMPARE(queue->connectionCount(QStringLiteral("s")), 0);
    QVERIFY(!commandsSent(QStringLiteral("QUIT")).isEmpty()); // closed politely
    // A new job opens a new one.
    const TransferJobId again =
        queue->addJob(request(QStringLiteral("s"), TransferDirection::Download,
                              m_local->filePath(QStringLiteral("idle2.bin")), QStringLiteral("/idle.bin")));
    QCOMPARE(waitFinished(*queue, again, 60000).state, TransferJobState::Done);
    QCOMPARE(queue->openedConnectionCount(QStringLiteral("s")), 2);
}

void TestTransferQueue::loginFailureFailsTheJob()
{
    START_OR_SKIP(peer, QStringLiteral("pyftpdlib"));
    TransferQueue* queue = newQueue();
    queue->setSite(
        siteFor(QStringLiteral("s"), peer->host(), peer->port(), peer->user(), QStringLiteral("wrong")));
    const TransferJobId id =
        queue->addJob(request(QStringLiteral("s"), TransferDirection::Download,
                              m_local->filePath(QStringLiteral("x.bin")), QStringLiteral("/x.bin")));
    const TransferJobSnapshot done = waitFinished(*queue, id, 60000);
    QCOMPARE(done.state, TransferJobState::Failed);
    QVERIFY2(done.errorString.contains(QLatin1String("530")) ||
                 done.errorString.contains(QLatin1String("Login")),
             qPrintable(done.errorString));
    QCOMPARE(done.retries, 0); // a wrong password is not retried
    QString error;
    QCOMPARE(queue->addJob(request(QStringLiteral("nope"), TransferDirection::Download, m_local->path(),
                                   QStringLiteral("/")),
                           &error),
             TransferJobId(0));
    QVERIFY(error.contains(QLatin1String("nope")));
    QCOMPARE(queue->addJob(request(QStringLiteral("s"), TransferDirection::Download, m_local->path(),
                                   QStringLiteral("relative")),
                           &error),
             TransferJobId(0));
}

QTEST_GUILESS_MAIN(TestTransferQueue)
#include "tst_transferqueue.moc"
