// Ferry's own command line (`ferry ls/get/put/mkdir/mv/rm/rmdir`) against `ferry serve`, both the real
// binary: --passive and --active over IPv4 and IPv6, 0-byte, 1-byte and multi-MiB files compared by
// SHA-256 on both sides, a resumed download (get -c), names with spaces and UTF-8, refusals with
// exit code 1 and a wrong password with exit code 3. The server's log (-v) shows the data commands used.
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

constexpr int FerryTimeoutMs = 30000;
const QString User = QStringLiteral("ferryuser");
const QString Password = QStringLiteral("pw:with:colons");

} // namespace

class TestInteropFerryCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operations_data();
    void operations();
};

void TestInteropFerryCli::operations_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("active");
    for (const QString& host : {QStringLiteral("127.0.0.1"), QStringLiteral("::1")}) {
        QTest::newRow(qPrintable(host + QStringLiteral(" passive"))) << host << false;
        QTest::newRow(qPrintable(host + QStringLiteral(" active"))) << host << true;
    }
}

void TestInteropFerryCli::operations()
{
    QFETCH(QString, host);
    QFETCH(bool, active);
    const bool ipv6 = host.contains(QLatin1Char(':'));
    if (ipv6 && !FerryServe::ipv6Available())
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

    // The password comes from the environment, as the help recommends; the user from the URL.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FERRY_PASSWORD"), Password);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString base = QStringLiteral("ftp://%1@%2:%3/")
                             .arg(User, ipv6 ? QLatin1Char('[') + host + QLatin1Char(']') : host)
                             .arg(serve.port());
    const QString modeOption = active ? QStringLiteral("--active") : QStringLiteral("--passive");
    // ferry serve offers FTPS with its self-signed certificate and the client asks for TLS: the client
    // trusts it by the fingerprint the server printed, as a user would (the whole dialogue is encrypted).
    QVERIFY2(!serve.fingerprint().isEmpty(), "ferry serve printed no certificate fingerprint");
    const QStringList trust{QStringLiteral("--fingerprint"), serve.fingerprint()};
    const auto ferry = [&](const QString& command, const QStringList& arguments) {
        return runTool(FerryServe::executable(), QStringList{command, modeOption} + trust + arguments,
                       FerryTimeoutMs, local, QByteArray(), env);
    };

    // mkdir (UTF-8 and a space, percent-encoded), then put into it.
    const QString folderUrl = base + QStringLiteral("d%C3%A9p%C3%B4t%20files/");
    const QString folderPath = served + QStringLiteral("/dépôt files");
    VERIFY_TOOL_SERVE(ferry(QStringLiteral("mkdir"), {folderUrl}), serve);
    QVERIFY(QFileInfo(folderPath).isDir());
    const struct
    {
        QString name;
        qint64 size;
    } files[] = {{QStringLiteral("zero.bin"), 0},
                 {QStringLiteral("one.bin"), 1},
                 {QStringLiteral("multi.bin"), 5 * 1024 * 1024 + 77}};
    QMap<QString, QString> hashes;
    quint32 seed = 20;
    for (const auto& f : files) {
        const QString path = local + QLatin1Char('/') + f.name;
        hashes.insert(f.name, writeTestFile(path, f.size, ++seed));
        VERIFY_TOOL_SERVE(ferry(QStringLiteral("put"), {path, folderUrl}), serve);
        QCOMPARE(sha256HexOfFile(folderPath + QLatin1Char('/') + f.name), hashes.value(f.name));
    }

    // ls, plain and long.
    const ToolRun names = ferry(QStringLiteral("ls"), {folderUrl});
    VERIFY_TOOL_SERVE(names, serve);
    QCOMPARE(names.out, QByteArray("multi.bin\none.bin\nzero.bin\n"));
    const ToolRun root = ferry(QStringLiteral("ls"), {base});
    VERIFY_TOOL_SERVE(root, serve);
    QCOMPARE(QString::fromUtf8(root.out), QStringLiteral("dépôt files/\n"));
    const ToolRun longList = ferry(QStringLiteral("ls"), {QStringLiteral("-l"), folderUrl});
    VERIFY_TOOL_SERVE(longList, serve);
    const QList<QByteArray> lines = longList.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith('-') && lines.at(0).contains(" 5242957 ") &&
                 lines.at(0).endsWith(" multi.bin"),
             longList.out.constData());

    // get each file back.
    for (const auto& f : files) {
        const QString target = local + QStringLiteral("/got-") + f.name;
        VERIFY_TOOL_SERVE(ferry(QStringLiteral("get"), {folderUrl + f.name, target}), serve);
        QCOMPARE(sha256HexOfFile(target), hashes.value(f.name));
    }
    // get -c resumes from the partial file .NAME.ferry-part (REST).
    const QString partial = local + QStringLiteral("/.resumed.bin.ferry-part");
    QVERIFY(writePatternFile(partial, 1024 * 1024 + 1, seed)); // seed: multi.bin's, a prefix of it
    const ToolRun resumed =
        ferry(QStringLiteral("get"), {QStringLiteral("-c"), folderUrl + QStringLiteral("multi.bin"),
                                      local + QStringLiteral("/resumed.bin")});
    VERIFY_TOOL_SERVE(resumed, serve);
    QCOMPARE(sha256HexOfFile(local + QStringLiteral("/resumed.bin")),
             hashes.value(QStringLiteral("multi.bin")));
    QVERIFY(!QFileInfo::exists(partial));
    VERIFY_SERVE(serve.syncLog(), serve);
    QCOMPARE(serve.countLines("> REST 1048577"), 1);

    // mv: a rename in the folder, then a move to the root by absolute path.
    VERIFY_TOOL_SERVE(
        ferry(QStringLiteral("mv"), {folderUrl + QStringLiteral("one.bin"), QStringLiteral("uno ü.bin")}),
        serve);
    QCOMPARE(sha256HexOfFile(folderPath + QStringLiteral("/uno ü.bin")),
             hashes.value(QStringLiteral("one.bin")));
    VERIFY_TOOL_SERVE(ferry(QStringLiteral("mv"),
                            {folderUrl + QStringLiteral("uno%20%C3%BC.bin"), QStringLiteral("/moved.bin")}),
                      serve);
    QCOMPARE(sha256HexOfFile(served + QStringLiteral("/moved.bin")), hashes.value(QStringLiteral("one.bin")));

    // Refusals: exit code 1, nothing changes.
    const ToolRun rmdirFull = ferry(QStringLiteral("rmdir"), {folderUrl});
    QVERIFY2(rmdirFull.finished && rmdirFull.exitCode == 1, qPrintable(rmdirFull.describe()));
    const ToolRun rmMissing = ferry(QStringLiteral("rm"), {folderUrl + QStringLiteral("missing.bin")});
    QVERIFY2(rmMissing.finished && rmMissing.exitCode == 1, qPrintable(rmMissing.describe()));
    const ToolRun getMissing = ferry(QStringLiteral("get"), {folderUrl + QStringLiteral("missing.bin")});
    QVERIFY2(getMissing.finished && getMissing.exitCode == 1, qPrintable(getMissing.describe()));
    QVERIFY(!QFileInfo::exists(local + QStringLiteral("/missing.bin")));

    // rm every file, then rmdir.
    for (const QString& name : {QStringLiteral("zero.bin"), QStringLiteral("multi.bin")})
        VERIFY_TOOL_SERVE(ferry(QStringLiteral("rm"), {folderUrl + name}), serve);
    VERIFY_TOOL_SERVE(ferry(QStringLiteral("rm"), {base + QStringLiteral("moved.bin")}), serve);
    VERIFY_TOOL_SERVE(ferry(QStringLiteral("rmdir"), {folderUrl}), serve);
    QCOMPARE(QDir(served).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());

    // A wrong password: exit code 3 (after the server's delayed 530).
    QProcessEnvironment wrong = env;
    wrong.insert(QStringLiteral("FERRY_PASSWORD"), QStringLiteral("not-the-password"));
    const ToolRun refused = runTool(FerryServe::executable(), {QStringLiteral("ls"), modeOption, base},
                                    FerryTimeoutMs, local, QByteArray(), wrong);
    QVERIFY2(refused.finished && refused.exitCode == 3, qPrintable(refused.describe()));

    // The data commands were the ones asked for: EPSV first in passive mode, EPRT first in active mode
    // (Ferry tries them before PASV/PORT; this server accepts them on both families).
    VERIFY_SERVE(serve.syncLog(), serve);
    const QByteArray expectedCommand = active ? "> EPRT" : "> EPSV";
    QVERIFY2(serve.countLines(expectedCommand) >= 10, qPrintable(serve.logTail()));
    for (const char* other : {"> EPSV", "> PASV", "> EPRT", "> PORT"}) {
        if (expectedCommand != other)
            QVERIFY2(serve.countLines(other) == 0,
                     qPrintable(QStringLiteral("%1 sent").arg(QLatin1String(other))));
    }
    for (const char* failure : {"< 425", "< 426", "< 451", "< 452"})
        QVERIFY2(serve.countLines(failure) == 0, qPrintable(serve.logTail()));

    VERIFY_SERVE(serve.checkServing(host, User, Password), serve);
    VERIFY_SERVE(serve.stop(), serve);
    QCOMPARE(processesMentioning(tmp.path()), QStringList());
}

QTEST_GUILESS_MAIN(TestInteropFerryCli)
#include "tst_interop_ferrycli.moc"
