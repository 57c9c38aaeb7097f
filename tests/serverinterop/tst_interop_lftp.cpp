// lftp against the real `ferry serve` process: `mirror` of a tree (nested folders, names with spaces and
// UTF-8, 0-byte files, an empty folder, files of a few MiB) from the server and `mirror -R` to it, in
// passive mode (IPv4 and IPv6), with --parallel=3, and in active mode on IPv4 (lftp 4.9.2 sends a
// malformed EPRT on IPv6: "EPRT |2|::|port|", which the server rightly refuses; not tested). Trees are
// compared by SHA-256 and downloaded files must keep the server's modification times (MLSD "modify"
// facts in UTC: the server runs in another time zone to catch local-time mistakes).
#include "ferryserve.h"
#include "interoptools.h"
#include "testfiles.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Ferry::Test;

namespace {

constexpr int LftpTimeoutMs = 30000;
const QString User = QStringLiteral("mirror");
const QString Password = QStringLiteral("pw-for-mirror");

struct TreeFile
{
    const char* path; // UTF-8, relative
    qint64 size;
};

const TreeFile treeFiles[] = {
    {"top.bin", 2 * 1024 * 1024 + 17},
    {"zero", 0},
    {"a b/one.txt", 1},
    {"a b/empty file", 0},
    {"a b/ünï cödé/big file.bin", 3 * 1024 * 1024 + 3},
    {"a b/ünï cödé/deep/ß.txt", 4097},
    {"日本語/データ.bin", 1024 * 1024},
    {"x/y/z/w/deep.txt", 100},
    {"with  two spaces/ trailing and leading .txt", 10},
};
const char* emptyFolders[] = {"empty dir", "a b/ünï cödé/empty"};

// Every file and folder of the tree, with a fixed modification time in the past.
bool writeTree(const QString& root)
{
    const QDateTime stamp = QDateTime(QDate(2021, 2, 28), QTime(21, 34, 56), Qt::UTC);
    quint32 seed = 100;
    for (const TreeFile& f : treeFiles) {
        const QString path = root + QLatin1Char('/') + QString::fromUtf8(f.path);
        if (writeTestFile(path, f.size, ++seed).isEmpty())
            return false;
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite) || !file.setFileTime(stamp, QFileDevice::FileModificationTime))
            return false;
    }
    for (const char* folder : emptyFolders) {
        if (!QDir().mkpath(root + QLatin1Char('/') + QString::fromUtf8(folder)))
            return false;
    }
    return true;
}

// Files under `root` whose modification time differs from the one writeTree() gave them.
QStringList wrongTimes(const QString& root)
{
    const QDateTime stamp = QDateTime(QDate(2021, 2, 28), QTime(21, 34, 56), Qt::UTC);
    QStringList wrong;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QDateTime modified = it.fileInfo().lastModified().toUTC();
        if (modified != stamp)
            wrong << QStringLiteral("%1: %2").arg(it.filePath(), modified.toString(Qt::ISODate));
    }
    return wrong;
}

} // namespace

class TestInteropLftp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mirror_data();
    void mirror();

private:
    QString m_lftp;
};

void TestInteropLftp::initTestCase()
{
    m_lftp = findTool(QStringLiteral("lftp"));
}

void TestInteropLftp::mirror_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("active");
    QTest::addColumn<int>("parallel");
    QTest::newRow("127.0.0.1 passive") << QStringLiteral("127.0.0.1") << false << 1;
    QTest::newRow("127.0.0.1 active") << QStringLiteral("127.0.0.1") << true << 1;
    QTest::newRow("::1 passive") << QStringLiteral("::1") << false << 1;
    QTest::newRow("127.0.0.1 passive parallel=3") << QStringLiteral("127.0.0.1") << false << 3;
}

void TestInteropLftp::mirror()
{
    QFETCH(QString, host);
    QFETCH(bool, active);
    QFETCH(int, parallel);
    REQUIRE_TOOL(m_lftp, QStringLiteral("lftp"));
    const bool ipv6 = host.contains(QLatin1Char(':'));
    if (ipv6 && !FerryServe::ipv6Available())
        QSKIP("No IPv6 loopback on this machine");

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString served = tmp.filePath(QStringLiteral("served"));
    const QString source = tmp.filePath(QStringLiteral("source"));
    const QString down = tmp.filePath(QStringLiteral("down"));
    QVERIFY(writeTree(served + QStringLiteral("/seed")));
    QVERIFY(writeTree(source));
    const QMap<QString, QString> expected = treeHashes(source);
    QCOMPARE(expected.size(), int(std::size(treeFiles)) + 11); // files and folders

    FerryServe serve;
    serve.setEnvironmentVariable(QStringLiteral("TZ"), QStringLiteral("Asia/Kolkata")); // UTC+05:30
    VERIFY_SERVE(serve.start(served, {QStringLiteral("--user"),
                                      User + QLatin1Char(':') + Password + QStringLiteral(":rw"),
                                      QStringLiteral("-v")}),
                 serve);

    const QString url = QStringLiteral("ftp://%1:%2")
                            .arg(ipv6 ? QLatin1Char('[') + host + QLatin1Char(']') : host)
                            .arg(serve.port());
    const QString settings =
        QStringLiteral("set ftp:ssl-allow no; set net:max-retries 1; set net:timeout 10; "
                       "set net:reconnect-interval-base 1; set cmd:fail-exit yes; "
                       "set file:charset utf-8; set ftp:passive-mode %1; ")
            .arg(active ? QStringLiteral("off") : QStringLiteral("on"));
    const QString parallelOption = parallel > 1 ? QStringLiteral(" --parallel=%1").arg(parallel) : QString();
    const QString script =
        settings +
        QStringLiteral("open -u %1,%2 %3; mirror%4 seed \"%5\"; mirror -R%4 \"%6\" \"up/new tree\"")
            .arg(User, Password, url, parallelOption, down, source);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), tmp.path()); // no ~/.lftprc, bookmarks or history of the user
    const ToolRun lftp =
        runTool(m_lftp, {QStringLiteral("-c"), script}, LftpTimeoutMs, tmp.path(), QByteArray(), env);
    qInfo("lftp mirror both ways: %lld ms", lftp.elapsedMs);
    VERIFY_TOOL_SERVE(lftp, serve);
    QVERIFY2(lftp.err.isEmpty(), qPrintable(lftp.describe()));

    const QMap<QString, QString> downloaded = treeHashes(down);
    QVERIFY2(downloaded == expected, qPrintable(describeTreeDifference(expected, downloaded)));
    const QMap<QString, QString> uploaded = treeHashes(served + QStringLiteral("/up/new tree"));
    QVERIFY2(uploaded == expected, qPrintable(describeTreeDifference(expected, uploaded)));
    QCOMPARE(wrongTimes(down), QStringList());
    // Nothing else appeared on the server (no temporary upload names left behind).
    const QMap<QString, QString> seed = treeHashes(served + QStringLiteral("/seed"));
    QVERIFY2(seed == expected, qPrintable(describeTreeDifference(expected, seed)));
    QCOMPARE(QDir(served).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList({QStringLiteral("seed"), QStringLiteral("up")}));
    QCOMPARE(QDir(served + QStringLiteral("/up"))
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("new tree")});

    VERIFY_SERVE(serve.syncLog(), serve);
    // The data connections were the ones asked for.
    if (active) {
        QVERIFY2(serve.countLines("> PORT ") > 0, qPrintable(serve.logTail()));
        QCOMPARE(serve.countLines("> PASV") + serve.countLines("> EPSV"), 0);
    } else {
        QVERIFY2(serve.countLines(ipv6 ? "> EPSV" : "> PASV") > 0, qPrintable(serve.logTail()));
        QCOMPARE(serve.countLines("> PORT") + serve.countLines("> EPRT"), 0);
    }
    for (const char* failure : {"< 425", "< 426", "< 451", "< 452"})
        QVERIFY2(serve.countLines(failure) == 0, qPrintable(serve.logTail()));

    VERIFY_SERVE(serve.checkServing(host, User, Password), serve);
    VERIFY_SERVE(serve.stop(), serve);
    QCOMPARE(processesMentioning(tmp.path()), QStringList());
}

QTEST_GUILESS_MAIN(TestInteropLftp)
#include "tst_interop_lftp.moc"
