// curl against the real `ferry serve` process: passive (EPSV, and PASV with --disable-epsv) and active
// (EPRT with -P -, and PORT with --disable-eprt) over 127.0.0.1 and [::1]: uploads (-T, creating
// folders with --ftp-create-dirs), downloads, listings (-l and plain), MKD/RNFR/RNTO/DELE/RMD through -Q,
// resumed uploads and downloads (-C -) with 0-byte, 1-byte and multi-MiB files, every file compared by
// SHA-256 on both sides. The server runs with -v, so its log shows which data commands curl really used.
// Plus anonymous access: reading works, writing is refused.
#include "ferryserve.h"
#include "interoptools.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Ferry::Test;

namespace {

// curl turns the CRLF of ASCII listings into LF on Unix; either is fine here.
QStringList listingLines(const QByteArray& out)
{
    QStringList lines;
    for (const QString& line : QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line != QLatin1String("\r"))
            lines << (line.endsWith(QLatin1Char('\r')) ? line.chopped(1) : line);
    }
    return lines;
}

constexpr int CurlTimeoutMs = 40000;
const QString User = QStringLiteral("alice");
const QString Password = QStringLiteral("s3cret");

struct TestFile
{
    QString name;
    qint64 size;
    quint32 seed;
};

const QList<TestFile> files = {
    {QStringLiteral("zero.bin"), 0, 1},
    {QStringLiteral("one.bin"), 1, 2},
    {QStringLiteral("multi.bin"), 6 * 1024 * 1024 + 321, 3},
};

} // namespace

class TestInteropCurl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void transfers_data();
    void transfers();
    void anonymousReadOnly();

private:
    ToolRun curl(const QStringList& arguments) const;
    QString m_curl;
};

void TestInteropCurl::initTestCase()
{
    m_curl = findTool(QStringLiteral("curl"));
}

ToolRun TestInteropCurl::curl(const QStringList& arguments) const
{
    return runTool(m_curl,
                   QStringList{QStringLiteral("-sS"), QStringLiteral("--connect-timeout"),
                               QStringLiteral("10"), QStringLiteral("--max-time"), QStringLiteral("30")} +
                       arguments,
                   CurlTimeoutMs);
}

void TestInteropCurl::transfers_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("mode");
    // curl always uses EPSV/EPRT on IPv6 (--disable-epsv/--disable-eprt only apply to IPv4).
    for (const char* mode : {"EPSV", "PASV", "EPRT", "PORT"})
        QTest::newRow(qPrintable(QStringLiteral("127.0.0.1 %1").arg(QLatin1String(mode))))
            << QStringLiteral("127.0.0.1") << QString::fromLatin1(mode);
    for (const char* mode : {"EPSV", "EPRT"})
        QTest::newRow(qPrintable(QStringLiteral("::1 %1").arg(QLatin1String(mode))))
            << QStringLiteral("::1") << QString::fromLatin1(mode);
}

void TestInteropCurl::transfers()
{
    QFETCH(QString, host);
    QFETCH(QString, mode);
    REQUIRE_TOOL(m_curl, QStringLiteral("curl"));
    if (host.contains(QLatin1Char(':')) && !FerryServe::ipv6Available())
        QSKIP("No IPv6 loopback on this machine");

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString served = tmp.filePath(QStringLiteral("served"));
    const QString local = tmp.filePath(QStringLiteral("local"));
    QVERIFY(QDir().mkpath(served) && QDir().mkpath(local));

    FerryServe serve;
    VERIFY_SERVE(serve.start(served, {QStringLiteral("--user"),
                                      User + QLatin1Char(':') + Password + QStringLiteral(":rw"),
                                      QStringLiteral("-v")}),
                 serve);

    const QString hostPart =
        host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    const QString base = QStringLiteral("ftp://%1:%2@%3:%4/").arg(User, Password, hostPart).arg(serve.port());
    QStringList modeArguments{QStringLiteral("-g")};
    if (mode == QLatin1String("PASV"))
        modeArguments << QStringLiteral("--disable-epsv");
    else if (mode == QLatin1String("EPRT"))
        modeArguments << QStringLiteral("-P") << QStringLiteral("-");
    else if (mode == QLatin1String("PORT"))
        modeArguments << QStringLiteral("-P") << QStringLiteral("-") << QStringLiteral("--disable-eprt");
    const auto run = [&](const QStringList& arguments) {
        return curl(modeArguments + arguments);
    };

    // Uploads into folders that do not exist yet ("up dir/deep": MKD from --ftp-create-dirs).
    const QString remoteDir = QStringLiteral("up dir/deep");
    const QString remoteUrl = base + QStringLiteral("up%20dir/deep/");
    QMap<QString, QString> hashes;
    for (const TestFile& f : files) {
        const QString source = local + QLatin1Char('/') + f.name;
        const QString hash = writeTestFile(source, f.size, f.seed);
        QVERIFY(!hash.isEmpty());
        hashes.insert(f.name, hash);
        const ToolRun upload =
            run({QStringLiteral("--ftp-create-dirs"), QStringLiteral("-T"), source, remoteUrl + f.name});
        VERIFY_TOOL_SERVE(upload, serve);
        QCOMPARE(sha256HexOfFile(served + QLatin1Char('/') + remoteDir + QLatin1Char('/') + f.name), hash);
    }

    // Downloads.
    for (const TestFile& f : files) {
        const QString target = local + QStringLiteral("/dl-") + f.name;
        const ToolRun download = run({QStringLiteral("-o"), target, remoteUrl + f.name});
        VERIFY_TOOL_SERVE(download, serve);
        QCOMPARE(sha256HexOfFile(target), hashes.value(f.name));
    }

    // Listings: names only (NLST) and long (LIST).
    const ToolRun names = run({QStringLiteral("-l"), remoteUrl});
    VERIFY_TOOL_SERVE(names, serve);
    QStringList listed = listingLines(names.out);
    listed.sort();
    QStringList expectedNames = hashes.keys();
    expectedNames.sort();
    QCOMPARE(listed, expectedNames);
    const ToolRun longList = run({remoteUrl});
    VERIFY_TOOL_SERVE(longList, serve);
    const QStringList lines = listingLines(longList.out);
    QCOMPARE(lines.size(), files.size());
    for (const TestFile& f : files) {
        const auto line = std::find_if(lines.cbegin(), lines.cend(), [&](const QString& l) {
            return l.endsWith(QLatin1Char(' ') + f.name);
        });
        QVERIFY2(line != lines.cend(), qPrintable(QString::fromUtf8(longList.out)));
        QVERIFY2(line->startsWith(QLatin1Char('-')), qPrintable(*line));
        QVERIFY2(line->contains(QStringLiteral(" %1 ").arg(f.size)), qPrintable(*line));
    }
    const ToolRun rootList = run({base});
    VERIFY_TOOL_SERVE(rootList, serve);
    const QStringList rootLines = listingLines(rootList.out);
    QVERIFY2(rootLines.size() == 1 && rootLines.first().startsWith(QLatin1Char('d')) &&
                 rootLines.first().endsWith(QStringLiteral(" up dir")),
             rootList.out.constData());

    // MKD, rename, delete and RMD through -Q (sent in the login folder, before the CWD to the URL's).
    const auto quote = [&](const QString& command) {
        return QStringList{QStringLiteral("-Q"), command.arg(QStringLiteral("up dir/deep/"))};
    };
    const ToolRun quoted =
        run(quote(QStringLiteral("MKD %1made here")) + quote(QStringLiteral("RNFR %1one.bin")) +
            quote(QStringLiteral("RNTO %1made here/renamed.bin")) + quote(QStringLiteral("DELE %1zero.bin")) +
            QStringList{QStringLiteral("-l"), remoteUrl});
    VERIFY_TOOL_SERVE(quoted, serve);
    const QString deep = served + QLatin1Char('/') + remoteDir;
    QVERIFY(QFileInfo(deep + QStringLiteral("/made here")).isDir());
    QVERIFY(!QFileInfo::exists(deep + QStringLiteral("/one.bin")));
    QVERIFY(!QFileInfo::exists(deep + QStringLiteral("/zero.bin")));
    QCOMPARE(sha256HexOfFile(deep + QStringLiteral("/made here/renamed.bin")),
             hashes.value(QStringLiteral("one.bin")));
    QVERIFY2(quoted.out.contains("made here") && !quoted.out.contains("zero.bin"), quoted.out.constData());
    // A failing quote command fails curl (the file is gone now).
    const ToolRun gone = run(quote(QStringLiteral("DELE %1zero.bin")) + QStringList{remoteUrl});
    QVERIFY2(gone.finished && gone.exitCode == 21, qPrintable(gone.describe())); // CURLE_QUOTE_ERROR
    const ToolRun cleanup =
        run(quote(QStringLiteral("DELE %1made here/renamed.bin")) + quote(QStringLiteral("RMD %1made here")) +
            QStringList{QStringLiteral("-l"), remoteUrl});
    VERIFY_TOOL_SERVE(cleanup, serve);
    QVERIFY(!QFileInfo::exists(deep + QStringLiteral("/made here")));

    // Resumed download (-C -: SIZE, REST, RETR): the local file holds the first 2 MiB + 5 bytes.
    const TestFile& multi = files.at(2);
    const QString partial = local + QStringLiteral("/resumed.bin");
    QVERIFY(writePatternFile(partial, 2 * 1024 * 1024 + 5, multi.seed));
    const ToolRun resumeDown = run(
        {QStringLiteral("-C"), QStringLiteral("-"), QStringLiteral("-o"), partial, remoteUrl + multi.name});
    VERIFY_TOOL_SERVE(resumeDown, serve);
    QCOMPARE(sha256HexOfFile(partial), hashes.value(multi.name));
    VERIFY_SERVE(serve.syncLog(), serve);
    QCOMPARE(serve.countLines("> REST 2097157"), 1);

    // Resumed upload (-C -: SIZE, APPE of the rest): the server first gets the first 3 MiB + 7 bytes.
    const QString head = local + QStringLiteral("/head.bin");
    QVERIFY(writePatternFile(head, 3 * 1024 * 1024 + 7, multi.seed));
    const ToolRun headUp = run({QStringLiteral("-T"), head, remoteUrl + QStringLiteral("appended.bin")});
    VERIFY_TOOL_SERVE(headUp, serve);
    QCOMPARE(QFileInfo(deep + QStringLiteral("/appended.bin")).size(), 3 * 1024 * 1024 + 7);
    const ToolRun resumeUp =
        run({QStringLiteral("-C"), QStringLiteral("-"), QStringLiteral("-T"),
             local + QLatin1Char('/') + multi.name, remoteUrl + QStringLiteral("appended.bin")});
    VERIFY_TOOL_SERVE(resumeUp, serve);
    QCOMPARE(sha256HexOfFile(deep + QStringLiteral("/appended.bin")), hashes.value(multi.name));
    VERIFY_SERVE(serve.syncLog(), serve);
    QCOMPARE(serve.countLines("> APPE appended.bin"), 1);
    // Resuming a complete upload sends nothing more and leaves the file as it is.
    const ToolRun again =
        run({QStringLiteral("-C"), QStringLiteral("-"), QStringLiteral("-T"),
             local + QLatin1Char('/') + multi.name, remoteUrl + QStringLiteral("appended.bin")});
    VERIFY_TOOL_SERVE(again, serve);
    QCOMPARE(sha256HexOfFile(deep + QStringLiteral("/appended.bin")), hashes.value(multi.name));

    // Nothing was left behind by the atomic uploads, and the data commands were the ones asked for.
    QCOMPARE(QDir(deep).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList({QStringLiteral("appended.bin"), QStringLiteral("multi.bin")}));
    VERIFY_SERVE(serve.syncLog(), serve);
    for (const char* command : {"EPSV", "PASV", "EPRT", "PORT"}) {
        const int count = serve.countLines(QByteArray("> ") + command);
        if (mode == QLatin1String(command))
            QVERIFY2(count >= 10,
                     qPrintable(QStringLiteral("%1 %2 times").arg(QLatin1String(command)).arg(count)));
        else
            QVERIFY2(count == 0, qPrintable(QStringLiteral("%1 sent %2 times in %3 mode\n%4")
                                                .arg(QLatin1String(command))
                                                .arg(count)
                                                .arg(mode, serve.logTail())));
    }
    for (const char* failure : {"< 425", "< 426", "< 451", "< 452"})
        QVERIFY2(serve.countLines(failure) == 0, qPrintable(serve.logTail()));

    VERIFY_SERVE(serve.checkServing(host, User, Password), serve);
    VERIFY_SERVE(serve.stop(), serve);
    QCOMPARE(processesMentioning(tmp.path()), QStringList());
}

void TestInteropCurl::anonymousReadOnly()
{
    REQUIRE_TOOL(m_curl, QStringLiteral("curl"));
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString served = tmp.filePath(QStringLiteral("served"));
    QVERIFY(QDir().mkpath(served));
    const QString hash = writeTestFile(served + QStringLiteral("/pub.bin"), 100000, 9);
    QVERIFY(!hash.isEmpty());
    const QString upload = tmp.filePath(QStringLiteral("upload.bin"));
    QVERIFY(writePatternFile(upload, 1000, 10));

    FerryServe serve;
    VERIFY_SERVE(serve.start(served, {QStringLiteral("--user"),
                                      User + QLatin1Char(':') + Password + QStringLiteral(":rw"),
                                      QStringLiteral("--anonymous")}),
                 serve);
    const QString anonymous = QStringLiteral("ftp://127.0.0.1:%1/").arg(serve.port());

    const QString target = tmp.filePath(QStringLiteral("got.bin"));
    const ToolRun get = curl({QStringLiteral("-o"), target, anonymous + QStringLiteral("pub.bin")});
    VERIFY_TOOL_SERVE(get, serve);
    QCOMPARE(sha256HexOfFile(target), hash);
    const ToolRun list = curl({QStringLiteral("-l"), anonymous});
    VERIFY_TOOL_SERVE(list, serve);
    QCOMPARE(listingLines(list.out), QStringList{QStringLiteral("pub.bin")});

    // Read-only: STOR and DELE are refused (curl 25 "upload failed", 21 "quote error"), nothing changes.
    const ToolRun put = curl({QStringLiteral("-T"), upload, anonymous + QStringLiteral("new.bin")});
    QVERIFY2(put.finished && put.exitCode == 25, qPrintable(put.describe()));
    const ToolRun dele = curl({QStringLiteral("-Q"), QStringLiteral("DELE pub.bin"), anonymous});
    QVERIFY2(dele.finished && dele.exitCode == 21, qPrintable(dele.describe()));
    QCOMPARE(QDir(served).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("pub.bin")});
    QCOMPARE(sha256HexOfFile(served + QStringLiteral("/pub.bin")), hash);

    // The named user may still write, over IPv6 too.
    const QString named =
        QStringLiteral("ftp://%1:%2@%3:%4/")
            .arg(User, Password, serve.hasIpv6() ? QStringLiteral("[::1]") : QStringLiteral("127.0.0.1"))
            .arg(serve.port());
    const ToolRun namedPut =
        curl({QStringLiteral("-g"), QStringLiteral("-T"), upload, named + QStringLiteral("new.bin")});
    VERIFY_TOOL_SERVE(namedPut, serve);
    QCOMPARE(sha256HexOfFile(served + QStringLiteral("/new.bin")), sha256HexOfFile(upload));

    VERIFY_SERVE(
        serve.checkServing(QStringLiteral("127.0.0.1"), QStringLiteral("anonymous"), QStringLiteral("x@y")),
        serve);
    VERIFY_SERVE(serve.stop(), serve);
    QCOMPARE(processesMentioning(tmp.path()), QStringList());
}

QTEST_GUILESS_MAIN(TestInteropCurl)
#include "tst_interop_curl.moc"
