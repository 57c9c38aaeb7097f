// FTPS (RFC 4217): Ferry's client against real TLS servers started on loopback. vsftpd with its defaults
// (TLS required for logins and data, session reuse required: every data connection must resume the
// control connection's TLS session), with TLS 1.2 and 1.3 forced each way, and pyftpdlib's TLS_FTPHandler
// (TLS required on control and data), over IPv4 and IPv6, passive and active: list, upload, download
// (byte-identical), resume, mkdir/rename/delete; a 256 MiB file both ways; implicit FTPS against a vsftpd
// implicit_ssl instance. Certificate decisions: untrusted refused with the fingerprint, pinned and CA
// certificates accepted, "always trust" kept and reused without a second question, a changed certificate
// refused, one connection's decision reused by another. Board servers under the default mode: clear text
// after one refused AUTH TLS.

#include "boardserver.h"
#include "client/ftpclient.h"
#include "client/ftpoperation.h"
#include "client/listoperation.h"
#include "client/transferoperation.h"
#include "net/certificates.h"
#include "net/certificatetruststore.h"
#include "operationwait.h"
#include "pyftpdlibserver.h"
#include "testcertificates.h"
#include "testfiles.h"
#include "vsftpdserver.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <map>
#include <memory>

using namespace Ferry;
using Ferry::Test::TestCertificates;
using Ferry::Test::TestFtpServer;
using Ferry::Test::VsftpdServer;

namespace {

constexpr int OperationTimeoutMs = 120000;

template <typename Op> std::unique_ptr<Op> finish(Op* op, int timeoutMs = OperationTimeoutMs)
{
    return Test::finishOperation(op, timeoutMs);
}

QHostAddress bindAddress(const QString& family)
{
    return family == QLatin1String("ipv6") ? QHostAddress(QHostAddress::LocalHostIPv6)
                                           : QHostAddress(QHostAddress::LocalHost);
}

} // namespace

class TestClientTls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void transfers_data();
    void transfers();
    void largeFileBothWays();
    void implicitFtps_data();
    void implicitFtps();
    void untrustedCertificateRefused();
    void caCertificateAccepted_data();
    void caCertificateAccepted();
    void alwaysTrustIsKeptAndReused();
    void changedCertificateRefused();
    void decisionSharedWithOtherConnections();
    void requiredTlsRefusedWithoutIt();
    void boardServerInAutoMode();
    void boardServerRefusesRequiredTls();

private:
    // Starts (or reuses) a peer for `key`; nullptr with a QSKIP/QFAIL reason in *why.
    TestFtpServer* peer(const QString& kind, const QString& family, QString* why);
    std::unique_ptr<FtpClient> makeClient(const FtpClientOptions& options);
    // Logs `client` on to `server`; the operation, finished.
    std::unique_ptr<FtpOperation> logOn(FtpClient* client, TestFtpServer* server);
    FtpClientOptions pinnedOptions(DataConnectionMode mode = DataConnectionMode::Auto) const;

    QTemporaryDir m_certificates;
    TestCertificates::Files m_selfSigned;
    TestCertificates::Files m_other; // another self-signed certificate for the same names
    TestCertificates::Files m_caSigned;
    TestCertificates::Files m_ca;
    QString m_storePath;
    std::map<QString, std::unique_ptr<TestFtpServer>> m_servers;
    QStringList m_log;
};

void TestClientTls::initTestCase()
{
    qRegisterMetaType<DataConnectionMode>();
    qRegisterMetaType<CertificateCheck>();
    QVERIFY(m_certificates.isValid());
    QString error;
    const auto selfSigned = TestCertificates::selfSigned(m_certificates.path(), QStringLiteral("server"),
                                                         QStringLiteral("localhost"), &error);
    QVERIFY2(selfSigned, qPrintable(error));
    m_selfSigned = *selfSigned;
    const auto other = TestCertificates::selfSigned(m_certificates.path(), QStringLiteral("other"),
                                                    QStringLiteral("localhost"), &error);
    QVERIFY2(other, qPrintable(error));
    m_other = *other;
    const auto caSigned =
        TestCertificates::signedByCa(m_certificates.path(), QStringLiteral("leaf"), &m_ca, &error);
    QVERIFY2(caSigned, qPrintable(error));
    m_caSigned = *caSigned;
    m_storePath = m_certificates.filePath(QStringLiteral("trusted-certificates.json"));
}

void TestClientTls::cleanupTestCase()
{
    m_servers.clear();
}

void TestClientTls::init()
{
    m_log.clear();
    QFile::remove(m_storePath);
}

void TestClientTls::cleanup()
{
    if (QTest::currentTestFailed()) {
        qInfo("Control dialogue of the failed test:");
        for (const QString& line : std::as_const(m_log))
            qInfo("  %s", qPrintable(line));
    }
}

TestFtpServer* TestClientTls::peer(const QString& kind, const QString& family, QString* why)
{
    const QString key = kind + QLatin1Char('/') + family;
    auto it = m_servers.find(key);
    if (it == m_servers.end()) {
        std::unique_ptr<TestFtpServer> server;
        if (kind.startsWith(QLatin1String("vsftpd"))) {
            auto vsftpd = std::make_unique<VsftpdServer>();
            VsftpdServer::TlsConfig tls;
            tls.mode = kind == QLatin1String("vsftpd-implicit") ? VsftpdServer::Tls::Implicit
                                                                : VsftpdServer::Tls::Explicit;
            const TestCertificates::Files& certificate = kind == QLatin1String("vsftpd-ca") ? m_caSigned
                                                         : kind == QLatin1String("vsftpd-other")
                                                             ? m_other
                                                             : m_selfSigned;
            tls.certificatePath = certificate.certificatePath;
            tls.keyPath = certificate.keyPath;
            if (kind == QLatin1String("vsftpd-tls12"))
                tls.version = VsftpdServer::TlsVersion::Tls12Only;
            else if (kind == QLatin1String("vsftpd-tls13"))
                tls.version = VsftpdServer::TlsVersion::Tls13Only;
            vsftpd->setTls(tls);
            server = std::move(vsftpd);
        } else if (kind == QLatin1String("pyftpdlib")) {
            auto pyftpdlib = std::make_unique<Test::PyftpdlibServer>();
            pyftpdlib->setTls(m_selfSigned.certificatePath, m_selfSigned.keyPath);
            server = std::move(pyftpdlib);
        } else {
            server = std::make_unique<Test::BoardServer>();
        }
        if (server->skipReason().isEmpty() && !server->start(bindAddress(family)))
            qWarning("could not start %s: %s", qPrintable(key), qPrintable(server->errorString()));
        it = m_servers.emplace(key, std::move(server)).first;
    }
    TestFtpServer* server = it->second.get();
    if (!server->skipReason().isEmpty()) {
        *why = server->skipReason();
        return nullptr;
    }
    if (server->port() == 0 || !server->isRunning()) {
        *why = QStringLiteral("%1 did not start: %2").arg(key, server->errorString());
        return nullptr;
    }
    return server;
}

#define PEER_OR_SKIP(var, kind, family)                                                                      \
    QString var##Why;                                                                                        \
    TestFtpServer* var = peer(kind, family, &var##Why);                                                      \
    if (!var) {                                                                                              \
        if (var##Why.contains(QLatin1String("did not start")))                                               \
            QFAIL(qPrintable(var##Why));                                                                     \
        QSKIP(qPrintable(var##Why));                                                                         \
    }

std::unique_ptr<FtpClient> TestClientTls::makeClient(const FtpClientOptions& options)
{
    auto client = std::make_unique<FtpClient>();
    client->setOptions(options);
    connect(client.get(), &FtpClient::logMessage, this, [this](FtpClient::LogKind kind, const QString& text) {
        static const char* const prefixes[] = {"> ", "< ", "* ", "! "};
        m_log.append(QString::fromLatin1(prefixes[int(kind)]) + text);
    });
    return client;
}

std::unique_ptr<FtpOperation> TestClientTls::logOn(FtpClient* client, TestFtpServer* server)
{
    FtpLogin login;
    login.host = server->host();
    login.port = server->port();
    login.user = server->user();
    login.password = server->password();
    return finish(client->connectToHost(login), 30000);
}

FtpClientOptions TestClientTls::pinnedOptions(DataConnectionMode mode) const
{
    FtpClientOptions options;
    options.dataMode = mode;
    options.replyTimeoutMs = 20000;
    options.dataTimeoutMs = 20000;
    options.tls.mode = TlsMode::Explicit;
    options.tls.acceptedFingerprints = {m_selfSigned.sha256};
    options.tls.trustStorePath = m_storePath;
    return options;
}

void TestClientTls::transfers_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("family");
    QTest::addColumn<DataConnectionMode>("mode");
    QTest::addColumn<QString>("protocol");
    const auto rows = [](const char* kind, const char* family, const char* protocol) {
        for (const char* mode : {"passive", "active"}) {
            QTest::addRow("%s-%s-%s", kind, family, mode)
                << QString::fromLatin1(kind) << QString::fromLatin1(family)
                << (qstrcmp(mode, "passive") == 0 ? DataConnectionMode::Passive : DataConnectionMode::Active)
                << QString::fromLatin1(protocol);
        }
    };
    rows("vsftpd", "ipv4", "");
    rows("vsftpd", "ipv6", "");
    rows("vsftpd-tls12", "ipv4", "TLS 1.2");
    rows("vsftpd-tls13", "ipv4", "TLS 1.3");
    rows("pyftpdlib", "ipv4", "");
    rows("pyftpdlib", "ipv6", "");
}

void TestClientTls::transfers()
{
    QFETCH(QString, kind);
    QFETCH(QString, family);
    QFETCH(DataConnectionMode, mode);
    QFETCH(QString, protocol);
    PEER_OR_SKIP(server, kind, family);
    auto client = makeClient(pinnedOptions(mode));
    QSignalSpy security(client.get(), &FtpClient::securityChanged);
    auto logon = logOn(client.get(), server);
    QVERIFY2(logon->succeeded(), qPrintable(logon->errorString()));
    const ConnectionSecurity state = client->security();
    QVERIFY(state.controlEncrypted);
    QVERIFY(state.dataEncrypted);
    QCOMPARE(state.trust, ConnectionSecurity::Trust::Pinned);
    QCOMPARE(state.acceptedFingerprint, m_selfSigned.sha256);
    QVERIFY(!state.cipher.isEmpty());
    QCOMPARE(certificateFingerprint(state.peerCertificateChain.value(0)), m_selfSigned.sha256);
    if (!protocol.isEmpty())
        QCOMPARE(state.protocol, protocol);
    QVERIFY(!security.isEmpty());

    const QDir root(server->rootPath());
    const QString dir = QStringLiteral("t-%1").arg(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(root.mkpath(dir));
    QVERIFY(Test::writePatternFile(root.filePath(dir + QStringLiteral("/down.bin")), 3 * 1024 * 1024 + 7, 5));
    QVERIFY(server->fixPermissions());
    const QString base = QLatin1Char('/') + dir;

    // List.
    auto list = finish(client->list(base));
    QVERIFY2(list->succeeded(), qPrintable(list->errorString()));
    QCOMPARE(list->entries().size(), 1);
    QCOMPARE(list->entries().first().name, QStringLiteral("down.bin"));

    // Download, byte-identical; then resume it from the middle.
    QTemporaryDir local;
    QFile target(local.filePath(QStringLiteral("down.bin")));
    QVERIFY(target.open(QIODevice::WriteOnly));
    auto down = finish(client->download(base + QStringLiteral("/down.bin"), &target));
    target.close();
    QVERIFY2(down->succeeded(), qPrintable(down->errorString()));
    QCOMPARE(Test::sha256OfFile(target.fileName()),
             Test::sha256OfFile(root.filePath(dir + QStringLiteral("/down.bin"))));
    QVERIFY(target.resize(1234567));
    QVERIFY(target.open(QIODevice::WriteOnly | QIODevice::Append));
    auto resumed = finish(client->download(base + QStringLiteral("/down.bin"), &target, 1234567));
    target.close();
    QVERIFY2(resumed->succeeded(), qPrintable(resumed->errorString()));
    QCOMPARE(resumed->bytesTransferred(), 3 * 1024 * 1024 + 7 - 1234567);
    QCOMPARE(Test::sha256OfFile(target.fileName()),
             Test::sha256OfFile(root.filePath(dir + QStringLiteral("/down.bin"))));

    // Upload (empty, one byte, several MiB), byte-identical.
    for (qint64 size : {qint64(0), qint64(1), qint64(3 * 1024 * 1024 + 5)}) {
        const QString name = QStringLiteral("up-%1.bin").arg(size);
        QVERIFY(Test::writePatternFile(local.filePath(name), size, quint32(size + 3)));
        QFile source(local.filePath(name));
        QVERIFY(source.open(QIODevice::ReadOnly));
        auto up = finish(client->upload(&source, base + QLatin1Char('/') + name));
        QVERIFY2(up->succeeded(), qPrintable(up->errorString()));
        QCOMPARE(QFileInfo(root.filePath(dir + QLatin1Char('/') + name)).size(), size);
        QCOMPARE(Test::sha256OfFile(root.filePath(dir + QLatin1Char('/') + name)),
                 Test::sha256OfFile(source.fileName()));
    }

    // mkdir, rename, delete.
    auto mk = finish(client->mkdir(base + QStringLiteral("/made")));
    QVERIFY2(mk->succeeded(), qPrintable(mk->errorString()));
    QVERIFY(root.exists(dir + QStringLiteral("/made")));
    auto mv =
        finish(client->rename(base + QStringLiteral("/up-1.bin"), base + QStringLiteral("/made/moved.bin")));
    QVERIFY2(mv->succeeded(), qPrintable(mv->errorString()));
    QVERIFY(root.exists(dir + QStringLiteral("/made/moved.bin")));
    auto rm = finish(client->remove(base + QStringLiteral("/made/moved.bin")));
    QVERIFY2(rm->succeeded(), qPrintable(rm->errorString()));
    auto rd = finish(client->rmdir(base + QStringLiteral("/made")));
    QVERIFY2(rd->succeeded(), qPrintable(rd->errorString()));
    QVERIFY(!root.exists(dir + QStringLiteral("/made")));

    auto quit = finish(client->disconnectFromHost());
    QVERIFY2(quit->succeeded(), qPrintable(quit->errorString()));
    // Every data connection ran OpenSSL directly (ClientTlsStream), none fell back to QSslSocket; against
    // vsftpd (session reuse required) each of them resumed the control session, or it would have been
    // refused with 522.
    for (const QString& line : std::as_const(m_log))
        QVERIFY2(!line.contains(QLatin1String("TLS on the data connection through Qt")), qPrintable(line));
}

void TestClientTls::largeFileBothWays()
{
    PEER_OR_SKIP(server, QStringLiteral("vsftpd"), QStringLiteral("ipv4"));
    constexpr qint64 Size = qint64(256) * 1024 * 1024;
    QTemporaryDir local;
    const QString source = local.filePath(QStringLiteral("big-up.bin"));
    QVERIFY(Test::writePatternFile(source, Size, 77));
    auto client = makeClient(pinnedOptions(DataConnectionMode::Passive));
    auto logon = logOn(client.get(), server);
    QVERIFY2(logon->succeeded(), qPrintable(logon->errorString()));

    QFile file(source);
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto up = finish(client->upload(&file, QStringLiteral("/big.bin")));
    file.close();
    QVERIFY2(up->succeeded(), qPrintable(up->errorString()));
    const QString stored = QDir(server->rootPath()).filePath(QStringLiteral("big.bin"));
    QCOMPARE(QFileInfo(stored).size(), Size);
    const QByteArray sourceHash = Test::sha256OfFile(source);
    QCOMPARE(Test::sha256OfFile(stored), sourceHash);
    QFile::remove(source);

    QFile target(local.filePath(QStringLiteral("big-down.bin")));
    QVERIFY(target.open(QIODevice::WriteOnly));
    auto down = finish(client->download(QStringLiteral("/big.bin"), &target));
    target.close();
    QVERIFY2(down->succeeded(), qPrintable(down->errorString()));
    QCOMPARE(target.size(), Size);
    QCOMPARE(Test::sha256OfFile(target.fileName()), sourceHash);
    QFile::remove(stored);
    finish(client->disconnectFromHost());
}

void TestClientTls::implicitFtps_data()
{
    QTest::addColumn<DataConnectionMode>("mode");
    QTest::newRow("passive") << DataConnectionMode::Passive;
    QTest::newRow("active") << DataConnectionMode::Active;
}

void TestClientTls::implicitFtps()
{
    QFETCH(DataConnectionMode, mode);
    PEER_OR_SKIP(server, QStringLiteral("vsftpd-implicit"), QStringLiteral("ipv4"));
    FtpClientOptions options = pinnedOptions(mode);
    options.tls.mode = TlsMode::Implicit;
    auto client = makeClient(options);
    auto logon = logOn(client.get(), server);
    QVERIFY2(logon->succeeded(), qPrintable(logon->errorString()));
    QVERIFY(client->security().controlEncrypted);
    QVERIFY(client->security().dataEncrypted);
    // The greeting came over TLS: the client never asked for AUTH.
    QVERIFY(!m_log.join(QLatin1Char('\n')).contains(QLatin1String("> AUTH")));
    QBuffer content;
    content.setData(Test::patternData(100000, 9));
    QVERIFY(content.open(QIODevice::ReadOnly));
    const QString name = QStringLiteral("/implicit-%1.bin").arg(QString::fromLatin1(QTest::currentDataTag()));
    auto up = finish(client->upload(&content, name));
    QVERIFY2(up->succeeded(), qPrintable(up->errorString()));
    QBuffer back;
    QVERIFY(back.open(QIODevice::WriteOnly));
    auto down = finish(client->download(name, &back));
    QVERIFY2(down->succeeded(), qPrintable(down->errorString()));
    QVERIFY(back.data() == content.data());
    auto list = finish(client->list(QStringLiteral("/")));
    QVERIFY2(list->succeeded(), qPrintable(list->errorString()));
}

void TestClientTls::untrustedCertificateRefused()
{
    PEER_OR_SKIP(server, QStringLiteral("vsftpd"), QStringLiteral("ipv4"));
    FtpClientOptions options = pinnedOptions();
    options.tls.acceptedFingerprints.clear();
    options.tls.mode = TlsMode::Auto; // refused all the same: no fallback to clear text once TLS was offered
    auto client = makeClient(options);
    auto logon = logOn(client.get(), server);
    QVERIFY(!logon->succeeded());
    QCOMPARE(logon->error(), FtpOperation::Error::TlsFailed);
    QVERIFY2(logon->errorString().contains(formatFingerprint(m_selfSigned.sha256)),
             qPrintable(logon->errorString()));
    QCOMPARE(client->state(), FtpClient::State::Unconnected);
    QVERIFY(!m_log.join(QLatin1Char('\n')).contains(QLatin1String("> USER")));
}

void TestClientTls::caCertificateAccepted_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("trusted");
    QTest::newRow("the CA that signed it") << QStringLiteral("vsftpd-ca") << QStringLiteral("ca");
    QTest::newRow("the server's own certificate") << QStringLiteral("vsftpd") << QStringLiteral("self");
}

void TestClientTls::caCertificateAccepted()
{
    QFETCH(QString, kind);
    QFETCH(QString, trusted);
    PEER_OR_SKIP(server, kind, QStringLiteral("ipv4"));
    FtpClientOptions options = pinnedOptions();
    options.tls.acceptedFingerprints.clear();
    options.tls.caCertificates = {trusted == QLatin1String("ca") ? m_ca.certificate
                                                                 : m_selfSigned.certificate};
    auto client = makeClient(options);
    QSignalSpy asked(client.get(), &FtpClient::certificateCheckRequired);
    auto logon = logOn(client.get(), server);
    QVERIFY2(logon->succeeded(), qPrintable(logon->errorString()));
    QCOMPARE(asked.size(), 0);
    QCOMPARE(client->security().trust, ConnectionSecurity::Trust::System);
    QVERIFY(client->security().acceptedFingerprint.isEmpty());
    auto list = finish(client->list(QStringLiteral("/")));
    QVERIFY2(list->succeeded(), qPrintable(list->errorString()));
}

void TestClientTls::alwaysTrustIsKeptAndReused()
{
    PEER_OR_SKIP(server, QStringLiteral("vsftpd"), QStringLiteral("ipv4"));
    FtpClientOptions options = pinnedOptions();
    options.tls.acceptedFingerprints.clear();
    {
        auto client = makeClient(options);
        QList<CertificateCheck> checks;
        connect(client.get(), &FtpClient::certificateCheckRequired, this, [&](const CertificateCheck& check) {
            checks.append(check);
            client->answerCertificateCheck(CertificateAnswer::AcceptAlways);
        });
        auto logon = logOn(client.get(), server);
        QVERIFY2(logon->succeeded(), qPrintable(logon->errorString()));
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.first().reason, CertificateCheck::Reason::Untrusted);
        QCOMPARE(checks.first().host, server->host());
        QCOMPARE(checks.first().port, server->port());
        QCOMPARE(certificateFingerprint(checks.first().certificate()), m_selfSigned.sha256);
        QVERIFY(!checks.first().errors.isEmpty());
        QCOMPARE(client->security().trust, ConnectionSecurity::Trust::TrustStore);
        // Data connections take the decision: no second question.
        auto list = finish(client->list(QStringLiteral("/")));
        QVERIFY2(list->succeeded(), qPrintable(list->errorString()));
        QCOMPARE(checks.size(), 1);
    }
    CertificateTrustStore store(m_storePath);
    QVERIFY(store.load());
    QCOMPARE(store.entries().size(), 1);
    QCOMPARE(store.check(server->host(), server->port(), m_selfSigned.certificate),
             CertificateTrustStore::Verdict::Trusted);

    auto again = makeClient(options);
    QSignalSpy asked(again.get(), &FtpClient::certificateCheckRequired);
    auto logon = logOn(again.get(), server);
    QVERIFY2(logon->succeeded(), qPrintable(logon->errorString()));
    QCOMPARE(asked.size(), 0);
    QCOMPARE(again->security().trust, ConnectionSecurity::Trust::TrustStore);
}

void TestClientTls::changedCertificateRefused()
{
    PEER_OR_SKIP(server, QStringLiteral("vsftpd-other"), QStringLiteral("ipv4"));
    CertificateTrustStore store(m_storePath);
    QVERIFY(store.trust(server->host(), server->port(), m_selfSigned.certificate));
    FtpClientOptions options = pinnedOptions();
    options.tls.acceptedFingerprints.clear();

    auto client = makeClient(options);
    QList<CertificateCheck> checks;
    connect(client.get(), &FtpClient::certificateCheckRequired, this, [&](const CertificateCheck& check) {
        checks.append(check);
        client->answerCertificateCheck(CertificateAnswer::Reject);
    });
    auto logon = logOn(client.get(), server);
    QVERIFY(!logon->succeeded());
    QCOMPARE(logon->error(), FtpOperation::Error::TlsFailed);
    QCOMPARE(checks.size(), 1);
    QCOMPARE(checks.first().reason, CertificateCheck::Reason::Changed);
    QCOMPARE(checks.first().previous, m_selfSigned.certificate);
    QCOMPARE(certificateFingerprint(checks.first().certificate()), m_other.sha256);

    // Nobody to ask (the command line): refused too, naming the fingerprint.
    auto unattended = makeClient(options);
    auto refused = logOn(unattended.get(), server);
    QVERIFY(!refused->succeeded());
    QVERIFY2(refused->errorString().contains(formatFingerprint(m_other.sha256)),
             qPrintable(refused->errorString()));
}

void TestClientTls::decisionSharedWithOtherConnections()
{
    PEER_OR_SKIP(server, QStringLiteral("vsftpd"), QStringLiteral("ipv4"));
    FtpClientOptions options = pinnedOptions();
    options.tls.acceptedFingerprints.clear();
    auto browsing = makeClient(options);
    connect(browsing.get(), &FtpClient::certificateCheckRequired, this, [&](const CertificateCheck&) {
        browsing->answerCertificateCheck(CertificateAnswer::AcceptOnce);
    });
    auto logon = logOn(browsing.get(), server);
    QVERIFY2(logon->succeeded(), qPrintable(logon->errorString()));
    QCOMPARE(browsing->security().trust, ConnectionSecurity::Trust::User);
    QCOMPARE(browsing->security().acceptedFingerprint, m_selfSigned.sha256);
    // Accepted once: not kept.
    CertificateTrustStore store(m_storePath);
    QVERIFY(store.load());
    QVERIFY(store.entries().isEmpty());

    // A transfer connection gets the browsing connection's decision through its options.
    options.tls.acceptedFingerprints = {browsing->security().acceptedFingerprint};
    auto transfer = makeClient(options);
    QSignalSpy asked(transfer.get(), &FtpClient::certificateCheckRequired);
    auto second = logOn(transfer.get(), server);
    QVERIFY2(second->succeeded(), qPrintable(second->errorString()));
    QCOMPARE(asked.size(), 0);
    QCOMPARE(transfer->security().trust, ConnectionSecurity::Trust::Pinned);
}

void TestClientTls::requiredTlsRefusedWithoutIt()
{
    // vsftpd's defaults refuse logins and data in clear text: --tls off cannot log in, and says why.
    PEER_OR_SKIP(server, QStringLiteral("vsftpd"), QStringLiteral("ipv4"));
    FtpClientOptions options = pinnedOptions();
    options.tls.mode = TlsMode::Off;
    auto client = makeClient(options);
    auto logon = logOn(client.get(), server);
    QVERIFY(!logon->succeeded());
    QCOMPARE(logon->error(), FtpOperation::Error::LoginFailed);
    QVERIFY2(logon->errorString().contains(QLatin1String("530")), qPrintable(logon->errorString()));
    QVERIFY(!client->security().controlEncrypted);
}

void TestClientTls::boardServerInAutoMode()
{
    PEER_OR_SKIP(server, QStringLiteral("board"), QStringLiteral("ipv4"));
    FtpClientOptions options;
    options.tls.trustStorePath = m_storePath; // TlsMode::Auto, the default
    auto client = makeClient(options);
    auto logon = logOn(client.get(), server);
    QVERIFY2(logon->succeeded(), qPrintable(logon->errorString()));
    QVERIFY(!client->security().controlEncrypted);
    QVERIFY(!client->security().dataEncrypted);
    // One extra round trip: AUTH TLS, refused (530 before login), and nothing else.
    const QString log = m_log.join(QLatin1Char('\n'));
    QCOMPARE(log.count(QLatin1String("> AUTH")), 1);
    QVERIFY(log.contains(QLatin1String("> AUTH TLS")));
    QVERIFY(log.contains(QLatin1String("not encrypted")));
    QBuffer content;
    content.setData(Test::patternData(5000, 3));
    QVERIFY(content.open(QIODevice::ReadOnly));
    auto up = finish(client->upload(&content, QStringLiteral("/auto.bin")));
    QVERIFY2(up->succeeded(), qPrintable(up->errorString()));
    auto list = finish(client->list(QStringLiteral("/")));
    QVERIFY2(list->succeeded(), qPrintable(list->errorString()));
}

void TestClientTls::boardServerRefusesRequiredTls()
{
    PEER_OR_SKIP(server, QStringLiteral("board"), QStringLiteral("ipv4"));
    FtpClientOptions options;
    options.tls.mode = TlsMode::Explicit;
    auto client = makeClient(options);
    auto logon = logOn(client.get(), server);
    QVERIFY(!logon->succeeded());
    QCOMPARE(logon->error(), FtpOperation::Error::TlsFailed);
    QVERIFY2(logon->errorString().contains(QLatin1String("does not offer TLS")),
             qPrintable(logon->errorString()));
    QVERIFY(!m_log.join(QLatin1Char('\n')).contains(QLatin1String("> USER")));
}

QTEST_GUILESS_MAIN(TestClientTls)
#include "tst_client_tls.moc"
