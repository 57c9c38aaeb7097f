// FTPS from the command line: the real ferry binary (FERRY_EXECUTABLE) against vsftpd with TLS (explicit,
// and an implicit_ssl instance) on loopback. Every command over FTPS (ls, get, put, mkdir, mv, rm, rmdir,
// mirror both ways), `ls -v` naming the TLS version and cipher, the schemes and --tls, and the certificate
// flows: an untrusted certificate refused with its fingerprint and how to trust it, --fingerprint in the
// forms people paste, --cacert, a certificate trusted in the window trusted here too, a changed one refused.
// And a download cut without close_notify (scripted in-process server): an error, and no partial file
// renamed into place.

#include "net/certificates.h"
#include "net/certificatetruststore.h"
#include "scriptedserver.h"
#include "testcertificates.h"
#include "testfiles.h"
#include "vsftpdserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Ferry;
using Ferry::Test::TestCertificates;
using Ferry::Test::VsftpdServer;

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
        .arg(QString::fromUtf8(run.out.left(2000)), QString::fromUtf8(run.err.left(4000)));
}

} // namespace

class TestCliTls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void everyCommandOverFtps();
    void verboseListingNamesTlsVersionAndCipher();
    void untrustedRefusedNamingFingerprint();
    void fingerprintForms_data();
    void fingerprintForms();
    void cacertAccepted();
    void trustedInTheWindowTrustedHere();
    void changedCertificateRefused();
    void schemesAndTlsOption_data();
    void schemesAndTlsOption();
    void truncatedDownloadNotRenamed();

private:
    // Runs ferry with a private application data folder (the trust store) and waits (event loop).
    Run ferry(const QStringList& arguments, const QString& workingDirectory = QString());
    QString url(const VsftpdServer& server, const QString& scheme, const QString& path = QString()) const;
    QString fingerprintArgument() const { return formatFingerprint(m_certificate.sha256); }
    QString storePath() const;

    QTemporaryDir m_dir;
    QTemporaryDir m_dataHome;
    TestCertificates::Files m_certificate;
    TestCertificates::Files m_other;
    std::unique_ptr<VsftpdServer> m_explicit;
    std::unique_ptr<VsftpdServer> m_implicit;
    QString m_skip;
};

void TestCliTls::initTestCase()
{
    QVERIFY(m_dir.isValid() && m_dataHome.isValid());
    QString error;
    const auto certificate = TestCertificates::selfSigned(m_dir.path(), QStringLiteral("server"),
                                                          QStringLiteral("localhost"), &error);
    QVERIFY2(certificate, qPrintable(error));
    m_certificate = *certificate;
    const auto other = TestCertificates::selfSigned(m_dir.path(), QStringLiteral("other"),
                                                    QStringLiteral("localhost"), &error);
    QVERIFY2(other, qPrintable(error));
    m_other = *other;
    for (const bool implicit : {false, true}) {
        auto server = std::make_unique<VsftpdServer>();
        VsftpdServer::TlsConfig tls;
        tls.mode = implicit ? VsftpdServer::Tls::Implicit : VsftpdServer::Tls::Explicit;
        tls.certificatePath = m_certificate.certificatePath;
        tls.keyPath = m_certificate.keyPath;
        server->setTls(tls);
        if (!server->skipReason().isEmpty()) {
            m_skip = server->skipReason();
            return;
        }
        QVERIFY2(server->start(QHostAddress(QHostAddress::LocalHost)), qPrintable(server->errorString()));
        (implicit ? m_implicit : m_explicit) = std::move(server);
    }
}

void TestCliTls::cleanupTestCase()
{
    m_explicit.reset();
    m_implicit.reset();
}

void TestCliTls::init()
{
    QFile::remove(storePath());
}

QString TestCliTls::storePath() const
{
    // QStandardPaths::AppDataLocation of the ferry binary (organization and application "Ferry").
    return m_dataHome.filePath(QStringLiteral("Ferry/Ferry/trusted-certificates.json"));
}

#define REQUIRE_PEERS()                                                                                      \
    if (!m_skip.isEmpty())                                                                                   \
        QSKIP(qPrintable(m_skip));

Run TestCliTls::ferry(const QStringList& arguments, const QString& workingDirectory)
{
    QProcess process;
    process.setProgram(QStringLiteral(FERRY_EXECUTABLE));
    process.setArguments(arguments);
    process.setWorkingDirectory(workingDirectory.isEmpty() ? m_dir.path() : workingDirectory);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FERRY_PASSWORD"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dataHome.path());
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    process.closeWriteChannel();
    Run run;
    // The event loop runs meanwhile: the scripted server of truncatedDownloadNotRenamed() lives here.
    run.finished = finished.wait(RunTimeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString TestCliTls::url(const VsftpdServer& server, const QString& scheme, const QString& path) const
{
    return QStringLiteral("%1://%2:%3@127.0.0.1:%4/%5")
        .arg(scheme, server.user(), server.password())
        .arg(server.port())
        .arg(path);
}

void TestCliTls::everyCommandOverFtps()
{
    REQUIRE_PEERS();
    VsftpdServer& server = *m_explicit;
    const QString pin = fingerprintArgument();
    const QString local = m_dir.filePath(QStringLiteral("local.bin"));
    QVERIFY(Test::writePatternFile(local, 2 * 1024 * 1024 + 3, 21));
    const auto ok = [&](const QStringList& arguments) {
        const Run run =
            ferry(QStringList{arguments.first(), QStringLiteral("--fingerprint"), pin} + arguments.mid(1));
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(describe(run)));
        return run;
    };
    QCOMPARE(
        ok({QStringLiteral("mkdir"), url(server, QStringLiteral("ftpes"), QStringLiteral("cli"))}).exitCode,
        0);
    QCOMPARE(
        ok({QStringLiteral("put"), local, url(server, QStringLiteral("ftpes"), QStringLiteral("cli/a.bin"))})
            .exitCode,
        0);
    QCOMPARE(Test::sha256OfFile(QDir(server.rootPath()).filePath(QStringLiteral("cli/a.bin"))),
             Test::sha256OfFile(local));
    const Run ls = ok({QStringLiteral("ls"), url(server, QStringLiteral("ftp"), QStringLiteral("cli/"))});
    QCOMPARE(ls.exitCode, 0);
    QCOMPARE(ls.out.trimmed(), QByteArray("a.bin"));
    const QString back = m_dir.filePath(QStringLiteral("back.bin"));
    QCOMPARE(
        ok({QStringLiteral("get"), url(server, QStringLiteral("ftp"), QStringLiteral("cli/a.bin")), back})
            .exitCode,
        0);
    QCOMPARE(Test::sha256OfFile(back), Test::sha256OfFile(local));
    QCOMPARE(ok({QStringLiteral("mv"), url(server, QStringLiteral("ftpes"), QStringLiteral("cli/a.bin")),
                 QStringLiteral("b.bin")})
                 .exitCode,
             0);
    QVERIFY(QFileInfo::exists(QDir(server.rootPath()).filePath(QStringLiteral("cli/b.bin"))));

    // mirror both ways over FTPS, its transfer connections taking the same pin.
    const QString tree = m_dir.filePath(QStringLiteral("tree"));
    QVERIFY(QDir().mkpath(tree + QStringLiteral("/sub")));
    QVERIFY(Test::writePatternFile(tree + QStringLiteral("/one.bin"), 300000, 1));
    QVERIFY(Test::writePatternFile(tree + QStringLiteral("/sub/two.bin"), 70000, 2));
    QCOMPARE(ok({QStringLiteral("mirror"), tree,
                 url(server, QStringLiteral("ftpes"), QStringLiteral("cli/tree/"))})
                 .exitCode,
             0);
    QCOMPARE(Test::sha256OfFile(QDir(server.rootPath()).filePath(QStringLiteral("cli/tree/sub/two.bin"))),
             Test::sha256OfFile(tree + QStringLiteral("/sub/two.bin")));
    const QString copy = m_dir.filePath(QStringLiteral("copy"));
    QCOMPARE(
        ok({QStringLiteral("mirror"), url(server, QStringLiteral("ftp"), QStringLiteral("cli/tree/")), copy})
            .exitCode,
        0);
    QCOMPARE(Test::sha256OfFile(copy + QStringLiteral("/one.bin")),
             Test::sha256OfFile(tree + QStringLiteral("/one.bin")));

    QCOMPARE(ok({QStringLiteral("rm"), url(server, QStringLiteral("ftpes"), QStringLiteral("cli/b.bin"))})
                 .exitCode,
             0);
    QCOMPARE(
        ok({QStringLiteral("rm"), url(server, QStringLiteral("ftpes"), QStringLiteral("cli/tree/one.bin"))})
            .exitCode,
        0);
    QCOMPARE(ok({QStringLiteral("rm"),
                 url(server, QStringLiteral("ftpes"), QStringLiteral("cli/tree/sub/two.bin"))})
                 .exitCode,
             0);
    QCOMPARE(
        ok({QStringLiteral("rmdir"), url(server, QStringLiteral("ftpes"), QStringLiteral("cli/tree/sub"))})
            .exitCode,
        0);
    QCOMPARE(ok({QStringLiteral("rmdir"), url(server, QStringLiteral("ftpes"), QStringLiteral("cli/tree"))})
                 .exitCode,
             0);
    QCOMPARE(
        ok({QStringLiteral("rmdir"), url(server, QStringLiteral("ftpes"), QStringLiteral("cli"))}).exitCode,
        0);
    QVERIFY(!QFileInfo::exists(QDir(server.rootPath()).filePath(QStringLiteral("cli"))));
}

void TestCliTls::verboseListingNamesTlsVersionAndCipher()
{
    REQUIRE_PEERS();
    const Run run = ferry({QStringLiteral("ls"), QStringLiteral("-v"), QStringLiteral("--fingerprint"),
                           fingerprintArgument(), url(*m_explicit, QStringLiteral("ftp"))});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.err.contains("Encrypted: TLS 1.3, TLS_"), qPrintable(describe(run)));
    QVERIFY2(run.err.contains("data encrypted"), qPrintable(describe(run)));
}

void TestCliTls::untrustedRefusedNamingFingerprint()
{
    REQUIRE_PEERS();
    const Run run = ferry({QStringLiteral("ls"), url(*m_explicit, QStringLiteral("ftp"))});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(fingerprintArgument().toLatin1()), qPrintable(describe(run)));
    QVERIFY2(run.err.contains("--fingerprint"), qPrintable(describe(run)));
    QVERIFY2(run.err.contains("not trusted"), qPrintable(describe(run)));
    QVERIFY(run.out.isEmpty());
}

void TestCliTls::fingerprintForms_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<int>("exitCode");
    const QString colons = formatFingerprint(m_certificate.sha256);
    QTest::newRow("upper case with colons") << colons << 0;
    QTest::newRow("lower case without colons") << colons.toLower().remove(QLatin1Char(':')) << 0;
    QTest::newRow("SHA256: prefix") << QStringLiteral("SHA256:") + colons << 0;
    QTest::newRow("another certificate's") << formatFingerprint(m_other.sha256) << 3;
    QTest::newRow("too short") << colons.left(20) << 2;
    QTest::newRow("not hex") << QString(64, QLatin1Char('g')) << 2;
}

void TestCliTls::fingerprintForms()
{
    REQUIRE_PEERS();
    QFETCH(QString, form);
    QFETCH(int, exitCode);
    const Run run = ferry({QStringLiteral("ls"), QStringLiteral("--fingerprint"), form,
                           url(*m_explicit, QStringLiteral("ftp"))});
    QVERIFY2(run.exitCode == exitCode, qPrintable(describe(run)));
}

void TestCliTls::cacertAccepted()
{
    REQUIRE_PEERS();
    const Run run = ferry({QStringLiteral("ls"), QStringLiteral("--cacert"), m_certificate.certificatePath,
                           url(*m_explicit, QStringLiteral("ftpes"))});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    const Run wrong = ferry({QStringLiteral("ls"), QStringLiteral("--cacert"), m_other.certificatePath,
                             url(*m_explicit, QStringLiteral("ftpes"))});
    QVERIFY2(wrong.exitCode == 3, qPrintable(describe(wrong)));
    const Run missing =
        ferry({QStringLiteral("ls"), QStringLiteral("--cacert"), m_dir.filePath(QStringLiteral("nope.pem")),
               url(*m_explicit, QStringLiteral("ftpes"))});
    QVERIFY2(missing.exitCode == 2, qPrintable(describe(missing)));
}

void TestCliTls::trustedInTheWindowTrustedHere()
{
    REQUIRE_PEERS();
    CertificateTrustStore store(storePath());
    QVERIFY2(store.trust(QStringLiteral("127.0.0.1"), m_explicit->port(), m_certificate.certificate),
             qPrintable(store.errorString()));
    const Run run =
        ferry({QStringLiteral("ls"), QStringLiteral("-v"), url(*m_explicit, QStringLiteral("ftp"))});
    QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
    QVERIFY2(run.err.contains("trusted before for this server"), qPrintable(describe(run)));
}

void TestCliTls::changedCertificateRefused()
{
    REQUIRE_PEERS();
    CertificateTrustStore store(storePath());
    QVERIFY(store.trust(QStringLiteral("127.0.0.1"), m_explicit->port(), m_other.certificate));
    const Run run = ferry({QStringLiteral("ls"), url(*m_explicit, QStringLiteral("ftp"))});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains("CHANGED"), qPrintable(describe(run)));
    QVERIFY2(run.err.contains(fingerprintArgument().toLatin1()), qPrintable(describe(run)));
    QVERIFY2(run.err.contains(formatFingerprint(m_other.sha256).toLatin1()), qPrintable(describe(run)));
}

void TestCliTls::schemesAndTlsOption_data()
{
    QTest::addColumn<bool>("implicitServer");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("tls");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("ftp:// (TLS if available)") << false << QStringLiteral("ftp") << QString() << 0;
    QTest::newRow("ftpes:// (TLS required)") << false << QStringLiteral("ftpes") << QString() << 0;
    QTest::newRow("--tls require") << false << QStringLiteral("ftp") << QStringLiteral("require") << 0;
    QTest::newRow("--tls off: vsftpd refuses the login")
        << false << QStringLiteral("ftpes") << QStringLiteral("off") << 3;
    QTest::newRow("ftps:// (implicit)") << true << QStringLiteral("ftps") << QString() << 0;
    QTest::newRow("--tls implicit overrides ftp://")
        << true << QStringLiteral("ftp") << QStringLiteral("implicit") << 0;
    QTest::newRow("--tls bogus") << false << QStringLiteral("ftp") << QStringLiteral("bogus") << 2;
}

void TestCliTls::schemesAndTlsOption()
{
    REQUIRE_PEERS();
    QFETCH(bool, implicitServer);
    QFETCH(QString, scheme);
    QFETCH(QString, tls);
    QFETCH(int, exitCode);
    QStringList arguments{QStringLiteral("ls"), QStringLiteral("--fingerprint"), fingerprintArgument()};
    if (!tls.isEmpty())
        arguments << QStringLiteral("--tls") << tls;
    arguments << url(implicitServer ? *m_implicit : *m_explicit, scheme);
    const Run run = ferry(arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(describe(run)));
}

void TestCliTls::truncatedDownloadNotRenamed()
{
    QFile keyFile(m_certificate.keyPath);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QSslKey key(keyFile.readAll(), QSsl::Ec);
    ScriptedServer server;
    server.setCertificate(m_certificate.certificate, key);
    const QByteArray content(300000, 'q');
    server.setHandler([&](ScriptedServer& s, const QByteArray& cmd) {
        if (cmd == "AUTH TLS") {
            s.reply("234 Proceed\r\n");
            s.startControlTls();
        } else if (cmd == "PASV") {
            const quint16 port = s.listenForData(true);
            s.reply("227 Entering Passive Mode (127,0,0,1," + QByteArray::number(port >> 8) + ',' +
                    QByteArray::number(port & 0xff) + ")\r\n");
        } else if (cmd.startsWith("RETR ")) {
            s.reply("150 Opening BINARY mode data connection (300000 bytes)\r\n");
            // Each attempt (the command retries) sends a third of the file, then cuts the data connection.
            const auto send = [&s, &content] {
                QSslSocket* data = s.dataSocket();
                data->write(content.left(100000));
                connect(data, &QSslSocket::encryptedBytesWritten, data, [&s, data] {
                    if (data->encryptedBytesToWrite() > 0 || data->bytesToWrite() > 0)
                        return;
                    data->disconnect();
                    data->abort(); // cut under the TLS stream: no close_notify
                    s.reply("226 Transfer complete\r\n");
                });
            };
            const auto whenConnected = [&s, send] {
                if (s.dataSocket()->isEncrypted())
                    send();
                else
                    connect(&s, &ScriptedServer::dataEncrypted, s.dataSocket(), send,
                            Qt::SingleShotConnection);
            };
            if (s.dataSocket())
                whenConnected();
            else
                connect(&s, &ScriptedServer::dataConnected, &s, whenConnected, Qt::SingleShotConnection);
        } else if (cmd == "PBSZ 0" || cmd == "PROT P" || cmd.startsWith("TYPE ") || cmd == "NOOP") {
            s.reply("200 OK\r\n");
        } else if (cmd.startsWith("USER ")) {
            s.reply("331 Password\r\n");
        } else if (cmd.startsWith("PASS ")) {
            s.reply("230 Welcome\r\n");
        } else if (cmd == "PWD") {
            s.reply("257 \"/\"\r\n");
        } else if (cmd.startsWith("SIZE ")) {
            s.reply("213 300000\r\n");
        } else if (cmd == "QUIT") {
            s.reply("221 Bye\r\n");
        } else {
            s.reply("502 Not Implemented\r\n");
        }
    });
    QVERIFY(server.start("220 scripted FTPS\r\n"));
    QTemporaryDir target;
    const Run run = ferry({QStringLiteral("get"), QStringLiteral("--passive"),
                           QStringLiteral("--fingerprint"), fingerprintArgument(),
                           QStringLiteral("ftp://alice:pw@127.0.0.1:%1/big.bin").arg(server.port()),
                           target.filePath(QStringLiteral("big.bin"))});
    QVERIFY2(run.finished, qPrintable(describe(run)));
    QVERIFY2(run.exitCode == 3, qPrintable(describe(run)));
    QVERIFY2(run.err.contains("close_notify"), qPrintable(describe(run)));
    // Nothing renamed into place, and the partial file is gone (no -c).
    QCOMPARE(QDir(target.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

QTEST_GUILESS_MAIN(TestCliTls)
#include "tst_cli_tls.moc"
