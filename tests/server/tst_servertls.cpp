// FTPS in the embedded server (RFC 4217), in-process on loopback, with Qt's QSslSocket as the client:
// AUTH TLS/SSL, PBSZ and PROT and their order, FEAT, the STARTTLS command injection (clear text sent
// after AUTH in the same segment is never run), the Required policy (534 for clear logins, 522 for
// clear data), implicit TLS on a second port, a failed handshake, TLS 1.2 and 1.3.
#include "rawftpclient.h"
#include "server/ftpserver.h"
#include "server/memoryfilesystem.h"
#include "server/selfsignedcertificate.h"
#include "server/tlscredentials.h"
#include "server/userauthenticator.h"

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTest>

using namespace Ferry;
using namespace Ferry::Test;

namespace {

const QHostAddress Local4(QHostAddress::LocalHost);
const QHostAddress Local6(QHostAddress::LocalHostIPv6);

} // namespace

class TestServerTls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void featListsTlsOnlyWhenOffered();
    void authTlsThenLogin_data();
    void authTlsThenLogin();
    void startTlsInjectionIsDropped_data();
    void startTlsInjectionIsDropped();
    void pbszAndProtOrder();
    void authArguments();
    void requiredPolicyRefusesClearLogins();
    void optionalPolicyKeepsClearTextWorking();
    void implicitTls_data();
    void implicitTls();
    void failedHandshakeClosesTheConnection();
    void serverNeedsCertificate();

private:
    bool startServer();
    std::unique_ptr<RawFtpClient> connectClient(const QHostAddress& host = Local4);
    // Connected, AUTH TLS accepted and the handshake done.
    std::unique_ptr<RawFtpClient> secureClient(QSsl::SslProtocol protocol = QSsl::TlsV1_2OrLater,
                                               const QHostAddress& host = Local4);
    QSslConfiguration clientConfiguration(QSsl::SslProtocol protocol = QSsl::TlsV1_2OrLater) const;
    int countLog(const QString& text) const;

    std::shared_ptr<const TlsCredentials> m_credentials;
    ServerOptions m_options;
    std::unique_ptr<FtpServer> m_server;
    std::shared_ptr<MemoryFileSystem> m_fs;
    std::shared_ptr<UserAuthenticator> m_auth;
    QList<ServerLogEntry> m_log;
};

void TestServerTls::initTestCase()
{
    QString error;
    const std::optional<SelfSignedCertificate::Pem> pem =
        SelfSignedCertificate::generate(QStringLiteral("localhost"), {Local4, Local6}, 30, &error);
    QVERIFY2(pem, qPrintable(error));
    m_credentials = TlsCredentials::fromPem(pem->certificate, pem->key, &error);
    QVERIFY2(m_credentials, qPrintable(error));
}

void TestServerTls::init()
{
    m_fs = std::make_shared<MemoryFileSystem>();
    QVERIFY(m_fs->addFile(QStringLiteral("/hello.txt"), "Hello over TLS\n"));
    m_auth = std::make_shared<UserAuthenticator>();
    m_auth->addUser(QStringLiteral("alice"), QStringLiteral("secret"), m_fs,
                    UserAuthenticator::Access::ReadWrite);
    m_auth->setAnonymous(m_fs);
    m_options = ServerOptions();
    m_options.port = 0;
    m_options.bindAddresses = {Local4, Local6};
    m_options.passivePortMin = 0;
    m_options.passivePortMax = 0;
    m_options.failedLoginDelayMs = 50;
    m_options.dataConnectTimeoutMs = 3000;
    m_options.logProtocol = true;
    m_options.tlsPolicy = ServerOptions::TlsPolicy::Optional;
    m_options.tlsCredentials = m_credentials;
    m_log.clear();
}

void TestServerTls::cleanup()
{
    m_server.reset();
}

bool TestServerTls::startServer()
{
    m_server = std::make_unique<FtpServer>();
    m_server->setOptions(m_options);
    m_server->setAuthenticator(m_auth);
    connect(m_server.get(), &FtpServer::logMessage, this,
            [this](const ServerLogEntry& e) { m_log.append(e); });
    if (!m_server->start()) {
        qWarning() << m_server->errorString();
        return false;
    }
    return true;
}

std::unique_ptr<RawFtpClient> TestServerTls::connectClient(const QHostAddress& host)
{
    if (!m_server && !startServer())
        return nullptr;
    auto client = std::make_unique<RawFtpClient>();
    if (!client->connectTo(host, m_server->port()) || client->greeting().code != 220)
        return nullptr;
    return client;
}

QSslConfiguration TestServerTls::clientConfiguration(QSsl::SslProtocol protocol) const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // The server's own certificate is the only one trusted, and it is verified (name: localhost).
    configuration.setCaCertificates({QSslCertificate(m_credentials->certificatePem())});
    configuration.setProtocol(protocol);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

std::unique_ptr<RawFtpClient> TestServerTls::secureClient(QSsl::SslProtocol protocol,
                                                          const QHostAddress& host)
{
    std::unique_ptr<RawFtpClient> client = connectClient(host);
    if (!client || client->command("AUTH TLS").code != 234)
        return nullptr;
    if (!client->startTls(clientConfiguration(protocol), QStringLiteral("localhost"))) {
        qWarning() << client->socket()->sslHandshakeErrors() << client->socket()->errorString();
        return nullptr;
    }
    return client;
}

int TestServerTls::countLog(const QString& text) const
{
    int n = 0;
    for (const ServerLogEntry& entry : m_log)
        n += entry.text.contains(text) ? 1 : 0;
    return n;
}

void TestServerTls::featListsTlsOnlyWhenOffered()
{
    std::unique_ptr<RawFtpClient> client = connectClient();
    QVERIFY(client);
    const FtpReply feat = client->command("FEAT");
    QCOMPARE(feat.code, 211);
    for (const QByteArray& feature :
         {QByteArray(" AUTH TLS"), QByteArray(" AUTH SSL"), QByteArray(" PBSZ"), QByteArray(" PROT")})
        QVERIFY2(feat.lines.contains(feature), feat.lines.join('|').constData());
    const FtpReply help = client->command("HELP AUTH");
    QCOMPARE(help.code, 214);

    // Without TLS: no AUTH in FEAT, and AUTH is not implemented (what a board answers).
    m_server.reset();
    m_options.tlsPolicy = ServerOptions::TlsPolicy::Off;
    client = connectClient();
    QVERIFY(client);
    QVERIFY(!client->command("FEAT").lines.join('|').contains("AUTH"));
    QCOMPARE(client->command("AUTH TLS").code, 502);
    QCOMPARE(client->command("PBSZ 0").code, 502);
    QCOMPARE(client->command("PROT P").code, 502);
}

void TestServerTls::authTlsThenLogin_data()
{
    QTest::addColumn<QSsl::SslProtocol>("protocol");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QHostAddress>("host");
    QTest::newRow("TLS 1.3 IPv4") << QSsl::TlsV1_3 << QStringLiteral("TLSv1.3") << Local4;
    QTest::newRow("TLS 1.2 IPv4") << QSsl::TlsV1_2 << QStringLiteral("TLSv1.2") << Local4;
    QTest::newRow("TLS 1.3 IPv6") << QSsl::TlsV1_3 << QStringLiteral("TLSv1.3") << Local6;
}

void TestServerTls::authTlsThenLogin()
{
    QFETCH(QSsl::SslProtocol, protocol);
    QFETCH(QString, expected);
    QFETCH(QHostAddress, host);
    std::unique_ptr<RawFtpClient> client = secureClient(protocol, host);
    QVERIFY(client);
    QVERIFY(client->socket()->isEncrypted());
    QVERIFY(client->login("alice", "secret"));
    const FtpReply pwd = client->command("PWD");
    QCOMPARE(pwd.code, 257);
    QCOMPARE(client->command("PBSZ 0").lines.value(0), QByteArray("200 PBSZ=0"));
    QCOMPARE(client->command("PROT P").code, 200);
    QCOMPARE(client->command("QUIT").code, 221);
    QVERIFY(client->waitDisconnected());
    QVERIFY2(countLog(QStringLiteral("TLS established (") + expected) == 1,
             qPrintable(m_log.isEmpty() ? QString() : m_log.last().text));
}

void TestServerTls::startTlsInjectionIsDropped_data()
{
    QTest::addColumn<QByteArray>("injected");
    QTest::newRow("USER") << QByteArray("USER evil\r\n");
    QTest::newRow("USER and PASS") << QByteArray("USER alice\r\nPASS secret\r\n");
    QTest::newRow("partial line") << QByteArray("USER ev");
}

void TestServerTls::startTlsInjectionIsDropped()
{
    // A man in the middle appends commands in clear text after the client's AUTH TLS, in the same
    // segment: the server must not run them as if they came over TLS (CVE-2011-0411 class).
    QFETCH(QByteArray, injected);
    std::unique_ptr<RawFtpClient> client = connectClient();
    QVERIFY(client);
    client->send("AUTH TLS\r\n" + injected);
    QCOMPARE(client->nextReply().code, 234);
    QVERIFY(client->startTls(clientConfiguration(), QStringLiteral("localhost")));
    // Nothing of the injection was answered or taken: PASS finds no USER, and the session is not logged in.
    QVERIFY(client->noReplyWithin(100));
    QCOMPARE(client->command("PASS secret").code, 503);
    QCOMPARE(client->command("PWD").code, 530);
    QCOMPARE(countLog(QStringLiteral("> USER")), 0);
    // The session goes on normally over TLS.
    QVERIFY(client->login("alice", "secret"));
    QCOMPARE(countLog(QStringLiteral("> USER alice")), 1);
}

void TestServerTls::pbszAndProtOrder()
{
    std::unique_ptr<RawFtpClient> client = connectClient();
    QVERIFY(client);
    // Before AUTH: 503 (RFC 4217 section 8/9).
    QCOMPARE(client->command("PBSZ 0").code, 503);
    QCOMPARE(client->command("PROT P").code, 503);
    QCOMPARE(client->command("AUTH TLS").code, 234);
    QVERIFY(client->startTls(clientConfiguration(), QStringLiteral("localhost")));
    QCOMPARE(client->command("PROT P").code, 503); // PBSZ first
    QCOMPARE(client->command("PBSZ 1024").lines.value(0), QByteArray("200 PBSZ=0"));
    QCOMPARE(client->command("PROT S").code, 536);
    QCOMPARE(client->command("PROT E").code, 536);
    QCOMPARE(client->command("PROT X").code, 504);
    QCOMPARE(client->command("PROT C").code, 200);
    QCOMPARE(client->command("PROT P").code, 200);
    QCOMPARE(client->command("PROT").code, 501);
    QCOMPARE(client->command("AUTH TLS").code, 503); // already
}

void TestServerTls::authArguments()
{
    for (const QByteArray& mechanism :
         {QByteArray("TLS-C"), QByteArray("tls"), QByteArray("SSL"), QByteArray("TLS-P")}) {
        std::unique_ptr<RawFtpClient> client = connectClient();
        QVERIFY(client);
        QCOMPARE(client->command("AUTH " + mechanism).code, 234);
        QVERIFY(client->startTls(clientConfiguration(), QStringLiteral("localhost")));
        QVERIFY(client->login("alice", "secret"));
    }
    std::unique_ptr<RawFtpClient> client = connectClient();
    QVERIFY(client);
    QCOMPARE(client->command("AUTH KERBEROS_V4").code, 504);
    QCOMPARE(client->command("AUTH").code, 501);
    // AUTH after login: refused (the session would change hands half-way).
    QVERIFY(client->login("alice", "secret"));
    QCOMPARE(client->command("AUTH TLS").code, 503);
    QCOMPARE(client->command("NOOP").code, 200);
}

void TestServerTls::requiredPolicyRefusesClearLogins()
{
    m_options.tlsPolicy = ServerOptions::TlsPolicy::Required;
    std::unique_ptr<RawFtpClient> client = connectClient();
    QVERIFY(client);
    QCOMPARE(client->command("USER alice").code, 534);
    QCOMPARE(client->command("PASS secret").code, 534);
    QCOMPARE(client->command("USER anonymous").code, 534);
    QCOMPARE(client->command("PWD").code, 530);

    client = secureClient();
    QVERIFY(client);
    QVERIFY(client->login("alice", "secret"));
    // Clear data connections are refused: PROT C (the default after AUTH TLS) gets 522.
    QVERIFY(client->passive(true) != 0);
    QCOMPARE(client->command("RETR hello.txt").code, 522);
    QVERIFY(client->passive(true) != 0);
    QCOMPARE(client->command("LIST").code, 522);
    QCOMPARE(client->command("STOR x.txt").code, 522);
    QCOMPARE(client->command("PBSZ 0").code, 200);
    QCOMPARE(client->command("PROT C").code, 200);
    QCOMPARE(client->command("NLST").code, 522);
    QVERIFY(!m_fs->stat(QStringLiteral("/x.txt"), nullptr));
}

void TestServerTls::optionalPolicyKeepsClearTextWorking()
{
    // Boards and anonymous clients that never say AUTH keep working.
    std::unique_ptr<RawFtpClient> client = connectClient();
    QVERIFY(client);
    QVERIFY(client->login("anonymous", "guest@"));
    std::unique_ptr<QTcpSocket> data = client->openPassive();
    QVERIFY(data);
    QCOMPARE(client->command("RETR hello.txt").code, 150);
    QCOMPARE(RawFtpClient::readAll(data.get()), QByteArray("Hello over TLS\n"));
    QCOMPARE(client->nextReply().code, 226);
}

void TestServerTls::implicitTls_data()
{
    QTest::addColumn<QHostAddress>("host");
    QTest::newRow("IPv4") << Local4;
    QTest::newRow("IPv6") << Local6;
}

void TestServerTls::implicitTls()
{
    QFETCH(QHostAddress, host);
    m_options.implicitTlsPort = 0;
    QVERIFY(startServer());
    QVERIFY(m_server->implicitTlsPort() != 0);
    QVERIFY(m_server->implicitTlsPort() != m_server->port());
    RawFtpClient client;
    QVERIFY(client.connectImplicitTls(host, m_server->implicitTlsPort(), clientConfiguration(),
                                      QStringLiteral("localhost")));
    QCOMPARE(client.greeting().code, 220);
    QVERIFY(client.login("alice", "secret"));
    QCOMPARE(client.command("PBSZ 0").code, 200);
    QCOMPARE(client.command("AUTH TLS").code, 503);
    QVERIFY(countLog(QStringLiteral("Connected (implicit TLS)")) == 1);

    // The plain port stays plain.
    std::unique_ptr<RawFtpClient> plain = connectClient(host);
    QVERIFY(plain);
    QVERIFY(!plain->socket()->isEncrypted());
}

void TestServerTls::failedHandshakeClosesTheConnection()
{
    std::unique_ptr<RawFtpClient> client = connectClient();
    QVERIFY(client);
    QCOMPARE(client->command("AUTH TLS").code, 234);
    // Not a ClientHello: the server gives up on the connection, and says why in its log.
    client->send("USER alice\r\n");
    QVERIFY(client->waitDisconnected());
    QVERIFY(
        waitFor([this] { return countLog(QStringLiteral("TLS on the control connection failed")) == 1; }));
    QCOMPARE(countLog(QStringLiteral("> USER")), 0);
    // The server goes on.
    QVERIFY(secureClient());
}

void TestServerTls::serverNeedsCertificate()
{
    m_options.tlsCredentials.reset();
    FtpServer server;
    server.setOptions(m_options);
    QVERIFY(!server.start());
    QVERIFY(server.errorString().contains(QLatin1String("certificate")));
    m_options.tlsPolicy = ServerOptions::TlsPolicy::Off;
    m_options.implicitTlsPort = 0;
    server.setOptions(m_options);
    QVERIFY(!server.start());
}

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_servertls.moc"
