// `ferry mirror` end to end: runs the real binary (FERRY_EXECUTABLE) against pyftpdlib and the board
// server on loopback (tests/support), and once through a FaultProxy that drops data connections.
#include "boardserver.h"
#include "faultproxy.h"
#include "pyftpdlibserver.h"
#include "server/ftpserver.h"
#include "server/userauthenticator.h"
#include "testfiles.h"
#include "vsftpdserver.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <csignal>
#include <functional>
#include <memory>
#include <sys/resource.h>

using Ferry::Test::BoardServer;
using Ferry::Test::FaultProxy;
using Ferry::Test::PyftpdlibServer;
using Ferry::Test::sha256HexOfFile;
using Ferry::Test::TestFtpServer;
using Ferry::Test::VsftpdServer;
using Ferry::Test::writePatternFile;

namespace {

constexpr int RunTimeoutMs = 60000;

struct Run
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
};

QString describe(const Run& run)
{
    return QStringLiteral("exit %1%2\n--- stdout:\n%3\n--- stderr:\n%4")
        .arg(run.exitCode)
        .arg(run.finished ? QString() : QStringLiteral(" (did not finish)"))
        .arg(QString::fromUtf8(run.out.right(3000)), QString::fromUtf8(run.err.right(4000)));
}

// Runs ferry with the event loop going (a FaultProxy in this process must keep forwarding).
// childSetup runs in the child before ferry starts (limits).
Run runFerry(const QStringList& arguments, const std::function<void()>& childSetup = {})
{
    QProcess process;
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    process.setProgram(QStringLiteral(FERRY_EXECUTABLE));
    process.setArguments(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FERRY_PASSWORD"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(RunTimeoutMs, &loop, &QEventLoop::quit);
    process.start();
    process.closeWriteChannel();
    loop.exec();
    Run run;
    run.finished = process.state() == QProcess::NotRunning;
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// Files (relative path -> SHA-256) and folders ("dir/" -> empty) under root.
QMap<QString, QString> treeOf(const QString& root)
{
    QMap<QString, QString> tree;
    const QDir base(root);
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString rel = base.relativeFilePath(it.filePath());
        if (it.fileInfo().isDir())
            tree.insert(rel + QLatin1Char('/'), QString());
        else
            tree.insert(rel, sha256HexOfFile(it.filePath()));
    }
    return tree;
}

QString diff(const QMap<QString, QString>& a, const QMap<QString, QString>& b)
{
    QStringList lines;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        if (!b.contains(it.key()))
            lines << QStringLiteral("only in first: ") + it.key();
        else if (b.value(it.key()) != it.value())
            lines << QStringLiteral("differs: ") + it.key();
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (!a.contains(it.key()))
            lines << QStringLiteral("only in second: ") + it.key();
    }
    return lines.mid(0, 20).join(QLatin1Char('\n'));
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// Nested folders, spaces, UTF-8 names, empty files, 300 small files and two MiB-sized ones.
bool makeTree(const QString& root, int smallFiles, qint64 bigSize)
{
    bool ok = true;
    ok = writeFile(root + QStringLiteral("/empty.txt"), QByteArray()) && ok;
    ok = writeFile(root + QStringLiteral("/with space/also empty"), QByteArray()) && ok;
    ok = writeFile(root + QStringLiteral("/with space/a b c.txt"), "spaces\n") && ok;
    ok = writeFile(root + QStringLiteral("/ünïcødé/ファイル.txt"),
                   QStringLiteral("é ü ファイル\n").toUtf8()) &&
         ok;
    ok = QDir().mkpath(root + QStringLiteral("/empty folder")) && ok;
    for (int i = 0; i < smallFiles; ++i) {
        const QString dir = QStringLiteral("/d%1/sub %2").arg(i % 5).arg(i % 3);
        ok = QDir().mkpath(root + dir) && ok;
        ok = writePatternFile(root + dir + QStringLiteral("/f%1.dat").arg(i), 1 + (i * 37) % 3000,
                              quint32(i)) &&
             ok;
    }
    ok = QDir().mkpath(root + QStringLiteral("/big/deeper")) && ok;
    ok = writePatternFile(root + QStringLiteral("/big/one.bin"), bigSize, 1001) && ok;
    ok = writePatternFile(root + QStringLiteral("/big/deeper/two.bin"), bigSize * 3 / 2 + 17, 1002) && ok;
    return ok;
}

// Copies the files and folders under from into to (created as needed).
bool copyTree(const QString& from, const QString& to)
{
    bool ok = QDir().mkpath(to);
    const QDir base(from);
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QString target = to + QLatin1Char('/') + base.relativeFilePath(it.filePath());
        if (it.fileInfo().isDir())
            ok = QDir().mkpath(target) && ok;
        else
            ok = QFile::copy(it.filePath(), target) && ok;
    }
    return ok;
}

} // namespace

class TestMirror final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void usageErrors();
    void uploadThenDownload();
    void newerOnlyTransfersNothing();
    void dryRunChangesNothing();
    void excludeLeavesOut();
    void deleteRemovesExtras();
    void downloadSurvivesDataDrops();
    void boardServerRoundTrip();
    void passiveToDefectiveBoardOverIpv6();
    void passiveMirrorThroughEpsvStalls();
    void getToFullDisk();
    void mirrorThroughRepeatedDrops_data();
    void mirrorThroughRepeatedDrops();

private:
    QString url(const TestFtpServer& server, const QString& path) const
    {
        return QStringLiteral("ftp://%1:%2@%3:%4/%5")
            .arg(server.user(), server.password(), server.host())
            .arg(server.port())
            .arg(path);
    }
    QString url(const QString& path) const { return url(*m_server, path); }

    std::unique_ptr<PyftpdlibServer> m_server;
    QTemporaryDir m_work;
    QString m_tree;
};

void TestMirror::initTestCase()
{
    QVERIFY(m_work.isValid());
    m_tree = m_work.filePath(QStringLiteral("tree"));
    QVERIFY(makeTree(m_tree, 300, 1024 * 1024));
    m_server = std::make_unique<PyftpdlibServer>();
    FERRY_START_PEER(*m_server, QHostAddress(QHostAddress::LocalHost));
}

void TestMirror::cleanupTestCase()
{
    m_server.reset();
}

void TestMirror::usageErrors()
{
    Run run = runFerry({QStringLiteral("mirror"), m_tree, m_work.filePath(QStringLiteral("x"))});
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    run = runFerry({QStringLiteral("mirror"), QStringLiteral("ftp://a/b/"), QStringLiteral("ftp://c/d/")});
    QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
    run = runFerry({QStringLiteral("mirror"), QStringLiteral("--help")});
    QVERIFY2(run.exitCode == 0 && run.out.contains("--newer-only"), qPrintable(describe(run)));
    // A wrong password is a login failure.
    run = runFerry({QStringLiteral("mirror"), m_tree,
                    QStringLiteral("ftp://%1:wrong@%2:%3/x/")
                        .arg(m_server->user(), m_server->host())
                        .arg(m_server->port())});
    QVERIFY2(run.exitCode == 3, qPrintable(describe(run)));
    // A remote source that does not exist: the server refuses.
    run = runFerry({QStringLiteral("mirror"), url(QStringLiteral("no such folder/")),
                    m_work.filePath(QStringLiteral("x"))});
    QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
    // A local source that does not exist.
    run = runFerry(
        {QStringLiteral("mirror"), m_work.filePath(QStringLiteral("missing")), url(QStringLiteral("x/"))});
    QVERIFY2(run.exitCode == 4, qPrintable(describe(run)));
}

void TestMirror::uploadThenDownload()
{
    QElapsedTimer timer;
    timer.start();
    Run run = runFerry({QStringLiteral("mirror"), QStringLiteral("--parallel"), QStringLiteral("4"), m_tree,
                        url(QStringLiteral("up/"))});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const QMap<QString, QString> source = treeOf(m_tree);
    QCOMPARE(diff(source, treeOf(m_server->rootPath() + QStringLiteral("/up"))), QString());

    const QString back = m_work.filePath(QStringLiteral("back"));
    run = runFerry({QStringLiteral("mirror"), QStringLiteral("--parallel"), QStringLiteral("4"),
                    url(QStringLiteral("up/")), back});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(diff(source, treeOf(back)), QString());
    qInfo("upload + download of %d entries: %lld ms", int(source.size()), timer.elapsed());
}

void TestMirror::newerOnlyTransfersNothing()
{
    Run run = runFerry(
        {QStringLiteral("mirror"), QStringLiteral("--newer-only"), m_tree, url(QStringLiteral("up/"))});
    QVERIFY2(run.exitCode == 0 && run.err.contains(": 0 files transferred"), qPrintable(describe(run)));
    run = runFerry({QStringLiteral("mirror"), QStringLiteral("--newer-only"), url(QStringLiteral("up/")),
                    m_work.filePath(QStringLiteral("back"))});
    QVERIFY2(run.exitCode == 0 && run.err.contains(": 0 files transferred"), qPrintable(describe(run)));
}

void TestMirror::dryRunChangesNothing()
{
    const QString remote = m_server->rootPath() + QStringLiteral("/up");
    QVERIFY(writeFile(remote + QStringLiteral("/extra.txt"), "extra"));
    QVERIFY(writeFile(m_tree + QStringLiteral("/new file.txt"), "new"));
    const QMap<QString, QString> before = treeOf(remote);
    const Run run = runFerry({QStringLiteral("mirror"), QStringLiteral("--dry-run"),
                              QStringLiteral("--delete"), m_tree, url(QStringLiteral("up/"))});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.out.contains("would transfer new file.txt"), qPrintable(describe(run)));
    QVERIFY2(run.out.contains("would delete extra.txt"), qPrintable(describe(run)));
    QVERIFY2(!run.out.contains("f1.dat"), qPrintable(describe(run)));
    QCOMPARE(diff(before, treeOf(remote)), QString());
    QVERIFY(QFile::remove(m_tree + QStringLiteral("/new file.txt")));
    QVERIFY(QFile::remove(remote + QStringLiteral("/extra.txt")));
}

void TestMirror::excludeLeavesOut()
{
    const Run run =
        runFerry({QStringLiteral("mirror"), QStringLiteral("--exclude"), QStringLiteral("*.bin"),
                  QStringLiteral("--exclude"), QStringLiteral("d1"), m_tree, url(QStringLiteral("ex/"))});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QMap<QString, QString> expected;
    const QMap<QString, QString> source = treeOf(m_tree);
    for (auto it = source.cbegin(); it != source.cend(); ++it) {
        if (!it.value().isEmpty() &&
            (it.key().endsWith(QLatin1String(".bin")) || it.key().startsWith(QLatin1String("d1/"))))
            continue;
        expected.insert(it.key(), it.value());
    }
    QMap<QString, QString> got = treeOf(m_server->rootPath() + QStringLiteral("/ex"));
    // Folders are created even when all their files are left out; compare files only.
    const auto filesOnly = [](QMap<QString, QString> tree) {
        for (auto it = tree.begin(); it != tree.end();)
            it = it.key().endsWith(QLatin1Char('/')) ? tree.erase(it) : std::next(it);
        return tree;
    };
    QCOMPARE(diff(filesOnly(expected), filesOnly(got)), QString());
    QVERIFY(!got.contains(QStringLiteral("big/one.bin")));
    QVERIFY(got.contains(QStringLiteral("d0/sub 0/f0.dat")));
}

void TestMirror::deleteRemovesExtras()
{
    const QString remote = m_server->rootPath() + QStringLiteral("/up");
    QVERIFY(writeFile(remote + QStringLiteral("/extra.txt"), "extra"));
    QVERIFY(writeFile(remote + QStringLiteral("/extra dir/deep/x.txt"), "x"));
    QVERIFY(writeFile(remote + QStringLiteral("/kept.log"), "excluded, so kept"));
    Run run = runFerry({QStringLiteral("mirror"), QStringLiteral("--delete"), QStringLiteral("--exclude"),
                        QStringLiteral("*.log"), m_tree, url(QStringLiteral("up/"))});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.err.contains("3 deleted") || run.err.contains("4 deleted"), qPrintable(describe(run)));
    QMap<QString, QString> got = treeOf(remote);
    QVERIFY(got.contains(QStringLiteral("kept.log")));
    got.remove(QStringLiteral("kept.log"));
    QCOMPARE(diff(treeOf(m_tree), got), QString());

    // And downloading: a local extra goes.
    const QString back = m_work.filePath(QStringLiteral("back"));
    QVERIFY(writeFile(back + QStringLiteral("/local extra/y.txt"), "y"));
    run = runFerry({QStringLiteral("mirror"), QStringLiteral("--delete"), QStringLiteral("--exclude"),
                    QStringLiteral("*.log"), url(QStringLiteral("up/")), back});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(diff(treeOf(m_tree), treeOf(back)), QString());
    QVERIFY(QFile::remove(remote + QStringLiteral("/kept.log")));
}

void TestMirror::downloadSurvivesDataDrops()
{
    FaultProxy proxy;
    QVERIFY2(proxy.start(m_server->address(), m_server->port()), qPrintable(proxy.errorString()));
    // Five file downloads (RETR) die once 300 KiB have reached the client: only the two big files get
    // that far, one.bin three times and two.bin at least twice, resuming each time.
    FaultProxy::Fault drop;
    drop.kind = FaultProxy::FaultKind::Drop;
    drop.channel = FaultProxy::Channel::Data;
    drop.direction = FaultProxy::Direction::ToClient;
    drop.afterBytes = 300 * 1024;
    drop.count = 5;
    drop.commands = {QByteArray("RETR")};
    const int fault = proxy.addFault(drop);
    const QString target = m_work.filePath(QStringLiteral("dropped"));
    const Run run = runFerry({QStringLiteral("mirror"), QStringLiteral("--parallel"), QStringLiteral("2"),
                              QStringLiteral("-v"),
                              QStringLiteral("ftp://%1:%2@%3:%4/up/")
                                  .arg(m_server->user(), m_server->password(), proxy.host())
                                  .arg(proxy.port()),
                              target});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(diff(treeOf(m_tree), treeOf(target)), QString());
    QVERIFY2(proxy.timesInjected(fault) == 5, qPrintable(QString::number(proxy.timesInjected(fault))));
    qInfo("data connections dropped: %d", proxy.timesInjected(fault));
}

void TestMirror::boardServerRoundTrip()
{
    BoardServer board;
    FERRY_START_PEER(board, QHostAddress(QHostAddress::LocalHost));
    const QString small = m_work.filePath(QStringLiteral("small"));
    QVERIFY(makeTree(small, 20, 64 * 1024));
    Run run = runFerry({QStringLiteral("mirror"), small, url(board, QStringLiteral("m/"))});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(diff(treeOf(small), treeOf(board.rootPath() + QStringLiteral("/m"))), QString());
    const QString back = m_work.filePath(QStringLiteral("small back"));
    run = runFerry({QStringLiteral("mirror"), url(board, QStringLiteral("m/")), back});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(diff(treeOf(small), treeOf(back)), QString());
}

// A board with both upload defects of board-servers.md on IPv6, passive mode forced: EPSV is the only
// passive command there and its uploads are stored empty, and uploads on parallel sessions are cut short
// while the board's thread is busy, all answered 250. Before, `ferry put --passive` exited 0 with 0 bytes
// stored; now verification catches each loss and the session uploads with EPRT from then on.
void TestMirror::passiveToDefectiveBoardOverIpv6()
{
    BoardServer board({QStringLiteral("--epsv-upload-bug"), QStringLiteral("--busy-upload-loss")});
    FERRY_START_PEER(board, QHostAddress(QHostAddress::LocalHostIPv6));
    const QString base = QStringLiteral("ftp://%1:%2@[%3]:%4/")
                             .arg(board.user(), board.password(), board.host())
                             .arg(board.port());
    const QString one = m_work.filePath(QStringLiteral("passive6/one.bin"));
    QVERIFY(QDir().mkpath(QFileInfo(one).absolutePath()));
    QVERIFY(writePatternFile(one, 1800, 77));
    Run run =
        runFerry({QStringLiteral("put"), QStringLiteral("--passive"), one, base + QStringLiteral("one.bin")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(sha256HexOfFile(board.rootPath() + QStringLiteral("/one.bin")), sha256HexOfFile(one));

    // Files within the board's 2 KiB window: a lost EPSV upload is stored empty rather than stalled.
    const QString tree = m_work.filePath(QStringLiteral("passive6/tree"));
    for (int i = 0; i < 30; ++i) {
        QVERIFY(QDir().mkpath(tree + QStringLiteral("/d%1").arg(i % 3)));
        QVERIFY(writePatternFile(tree + QStringLiteral("/d%1/f%2.bin").arg(i % 3).arg(i), 100 + i * 61,
                                 quint32(200 + i)));
    }
    run = runFerry({QStringLiteral("mirror"), QStringLiteral("--passive"), QStringLiteral("--parallel"),
                    QStringLiteral("3"), tree, base + QStringLiteral("m/")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(diff(treeOf(tree), treeOf(board.rootPath() + QStringLiteral("/m"))), QString());
}

// Files beyond the board's 2 KiB window: the EPSV uploads stall (no reply) until the client's 30 s
// timeout. Before, every retry used EPSV again and stalled again while the board's sessions filled up;
// now the first stall switches the site's uploads to EPRT and the mirror completes.
void TestMirror::passiveMirrorThroughEpsvStalls()
{
    BoardServer board({QStringLiteral("--epsv-upload-bug"), QStringLiteral("--busy-upload-loss")});
    FERRY_START_PEER(board, QHostAddress(QHostAddress::LocalHostIPv6));
    const QString base = QStringLiteral("ftp://%1:%2@[%3]:%4/")
                             .arg(board.user(), board.password(), board.host())
                             .arg(board.port());
    const QString tree = m_work.filePath(QStringLiteral("stalls"));
    QVERIFY(QDir().mkpath(tree + QStringLiteral("/d")));
    for (int i = 0; i < 6; ++i) {
        QVERIFY(writePatternFile(tree + QStringLiteral("/d/f%1.bin").arg(i), 200000 + i * 1000,
                                 quint32(300 + i)));
    }
    const Run run =
        runFerry({QStringLiteral("mirror"), QStringLiteral("--passive"), QStringLiteral("--parallel"),
                  QStringLiteral("3"), tree, base + QStringLiteral("m/")});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(diff(treeOf(tree), treeOf(board.rootPath() + QStringLiteral("/m"))), QString());
}

// A disk that fills up during `ferry get` (RLIMIT_FSIZE in the child, SIGXFSZ ignored, so write() fails
// with EFBIG as it would with ENOSPC): exit 4 with the cause named, the part file kept, nothing renamed
// into place; the next get resumes from the part file.
void TestMirror::getToFullDisk()
{
    const qint64 size = 3 * 1024 * 1024;
    const qint64 limit = 1024 * 1024;
    QVERIFY(writePatternFile(m_server->rootPath() + QStringLiteral("/full-disk.bin"), size, 91));
    const QString target = m_work.filePath(QStringLiteral("full/full-disk.bin"));
    const QString part = m_work.filePath(QStringLiteral("full/.full-disk.bin.ferry-part"));
    QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
    Run run = runFerry({QStringLiteral("get"), url(QStringLiteral("full-disk.bin")), target}, [] {
        std::signal(SIGXFSZ, SIG_IGN);
        const struct rlimit fsize = {rlim_t(1024 * 1024), rlim_t(1024 * 1024)};
        setrlimit(RLIMIT_FSIZE, &fsize);
    });
    QVERIFY2(run.exitCode == 4, qPrintable(describe(run)));
    QVERIFY2(run.err.contains("File too large"), qPrintable(describe(run)));
    QVERIFY2(!run.err.contains("Unknown error"), qPrintable(describe(run)));
    QVERIFY(!QFile::exists(target));
    QCOMPARE(QFileInfo(part).size(), limit);

    run = runFerry({QStringLiteral("get"), url(QStringLiteral("full-disk.bin")), target});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QCOMPARE(sha256HexOfFile(target),
             sha256HexOfFile(m_server->rootPath() + QStringLiteral("/full-disk.bin")));
    QVERIFY(!QFile::exists(part));
}

void TestMirror::mirrorThroughRepeatedDrops_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("upload");
    for (const QString& server : {QStringLiteral("vsftpd"), QStringLiteral("pyftpdlib"),
                                  QStringLiteral("ferry"), QStringLiteral("board")}) {
        QTest::addRow("%s upload", qPrintable(server)) << server << true;
        QTest::addRow("%s download", qPrintable(server)) << server << false;
    }
}

// Several data connections and one control connection die mid-run (resets); the engine's retries (with
// resume where the server has REST; the board server has none, so its files start over) must still
// produce an identical tree. The board rows also cover a board answering the NOOP that follows an
// aborted upload before that upload's "250 File Written" (DataOperation's resynchronisation).
void TestMirror::mirrorThroughRepeatedDrops()
{
    QFETCH(QString, server);
    QFETCH(bool, upload);

    // ~200 files: the usual mixed tree plus a few of 1-2 MiB.
    const QString source = m_work.filePath(QStringLiteral("drops source"));
    if (!QFileInfo::exists(source)) {
        QVERIFY(makeTree(source, 190, 1024 * 1024));
        QVERIFY(writePatternFile(source + QStringLiteral("/big/three.bin"), 2 * 1024 * 1024, 1003));
        QVERIFY(writePatternFile(source + QStringLiteral("/d2/four.bin"), 1280 * 1024 + 5, 1004));
    }
    const QMap<QString, QString> expected = treeOf(source);

    std::unique_ptr<TestFtpServer> peer;
    Ferry::FtpServer ferryServer;
    QTemporaryDir ferryRoot;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QString user = QStringLiteral("ferry");
    QString password = QStringLiteral("ferry-pw");
    QString root;
    if (server == QLatin1String("ferry")) {
        QVERIFY(ferryRoot.isValid());
        root = ferryRoot.path();
        auto users = std::make_shared<Ferry::UserAuthenticator>();
        QVERIFY(users->addUser(user, password, root));
        Ferry::ServerOptions options;
        options.port = 0;
        options.bindAddresses = {QHostAddress(QHostAddress::LocalHost)};
        options.passivePortMin = 0;
        options.passivePortMax = 0;
        options.failedLoginDelayMs = 0;
        ferryServer.setOptions(options);
        ferryServer.setAuthenticator(users);
        QVERIFY2(ferryServer.start(), qPrintable(ferryServer.errorString()));
        port = ferryServer.port();
    } else {
        if (server == QLatin1String("vsftpd"))
            peer = std::make_unique<VsftpdServer>();
        else if (server == QLatin1String("board"))
            peer = std::make_unique<BoardServer>();
        else
            peer = std::make_unique<PyftpdlibServer>();
        FERRY_START_PEER(*peer, QHostAddress(QHostAddress::LocalHost));
        host = peer->host();
        port = peer->port();
        user = peer->user();
        password = peer->password();
        root = peer->rootPath();
    }
    const QString remoteFolder = root + QStringLiteral("/m");
    if (!upload) {
        QVERIFY(copyTree(source, remoteFolder));
        if (peer)
            QVERIFY2(peer->fixPermissions(), qPrintable(peer->errorString()));
    }

    FaultProxy proxy;
    QVERIFY2(proxy.start(QHostAddress(host), port), qPrintable(proxy.errorString()));
    // The faults are tied to protocol events, not to byte counts or timing, so that each one happens
    // in every run however the engine orders and batches its commands (a byte count on "the second
    // control connection" hit the idle one of `ferry mirror` in some runs and a pool connection in
    // others).
    const QByteArrayList transferCommand{upload ? QByteArray("STOR") : QByteArray("RETR")};
    // Four file transfers die (reset) once 256 KiB of their data have passed: only the big files get
    // that far; listings are left alone. Uploads: the client's side is reset, the server's closed in
    // order, so that the server stores a short file and answers success (the engine must not take it
    // as complete); a reset of the server's side too leaves pyftpdlib silent in some runs, and the
    // engine waits its 30 s reply timeout.
    FaultProxy::Fault dataDrop;
    dataDrop.kind = FaultProxy::FaultKind::Drop;
    dataDrop.channel = FaultProxy::Channel::Data;
    dataDrop.resetSide = upload ? FaultProxy::Fault::ResetSide::Client : FaultProxy::Fault::ResetSide::Both;
    dataDrop.afterBytes = 256 * 1024;
    dataDrop.count = 4;
    dataDrop.commands = transferCommand;
    const int dataFault = proxy.addFault(dataDrop);
    // And one control connection, right after the server has announced the 21st file transfer (150,
    // the board 125): that transfer is cut off mid-way, in the middle of the run, on whichever pool
    // connection carries it.
    FaultProxy::Fault controlDrop;
    controlDrop.kind = FaultProxy::FaultKind::Drop;
    controlDrop.channel = FaultProxy::Channel::Control;
    controlDrop.afterBytes = 0;
    controlDrop.skip = 20;
    controlDrop.count = 1;
    controlDrop.commands = transferCommand;
    const int controlFault = proxy.addFault(controlDrop);

    const QString remoteUrl =
        QStringLiteral("ftp://%1:%2@%3:%4/m/").arg(user, password, proxy.host()).arg(proxy.port());
    const QString local = m_work.filePath(QStringLiteral("drops %1 %2").arg(server).arg(upload ? 1 : 0));
    QElapsedTimer timer;
    timer.start();
    const Run run = runFerry({QStringLiteral("mirror"), QStringLiteral("--parallel"), QStringLiteral("2"),
                              QStringLiteral("-v"), upload ? source : remoteUrl, upload ? remoteUrl : local});
    const qint64 elapsed = timer.elapsed();
    // The failure message: everything but the "transferred ..." lines, which would hide the reason.
    Run brief = run;
    brief.err.clear();
    for (const QByteArray& line : run.err.split('\n')) {
        if (!line.startsWith("transferred "))
            brief.err += line + '\n';
    }
    QVERIFY2(run.exitCode == 0, qPrintable(describe(brief)));
    qInfo("retries and notes:\n%s", brief.err.right(3000).constData());
    // Every fault is answered at once: no retry waited for a reply timeout.
    QVERIFY2(!run.err.contains("did not answer"), qPrintable(describe(brief)));
    QCOMPARE(diff(expected, treeOf(upload ? remoteFolder : local)), QString());
    QVERIFY2(proxy.timesInjected(dataFault) == 4,
             qPrintable(QString::number(proxy.timesInjected(dataFault))));
    QVERIFY2(proxy.timesInjected(controlFault) == 1,
             qPrintable(QString::number(proxy.timesInjected(controlFault))));
    qInfo("%s %s: %d entries, control connections %d, data connections %d, %lld ms", qPrintable(server),
          upload ? "upload" : "download", int(expected.size()),
          proxy.connectionsSeen(FaultProxy::Channel::Control),
          proxy.connectionsSeen(FaultProxy::Channel::Data), elapsed);
}

QTEST_GUILESS_MAIN(TestMirror)

#include "tst_mirror.moc"
