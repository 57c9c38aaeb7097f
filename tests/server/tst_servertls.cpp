// FTPS in the embedded server (RFC 4217), in-process on loopback, with Qt's QSslSocket as the client:
// AUTH TLS/SSL, PBSZ and PROT and their order, FEAT, the STARTTLS command injection (clear text sent
// after AUTH in the same segment is never run), the Required policy (534 for clear logins, 522 for
// clear data), implicit TLS on a second port, a failed handshake, TLS 1.2 and 1.3; data connections over
// TLS (PROT P) resuming the control connection's session, passive and active, IPv4 and IPv6, downloads and
// uploads, and --tls-require-reuse refusing a data connection that does not resume (522).
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
    void dataOverTls_data();
    void dataOverTls();
    void requiredReuseRefusesNewSessions_data();
    void requiredReuseRefusesNewSessions();
    void clearDataUnderOptionalPolicy();

private:
    enum class Direction
    {
        Download,
        Upload
    };
    struct DataResult
    {
        int preliminary = 0;
        int final = 0;
        QByteArray received;
        bool encrypted = false;
    };
    // One transfer over a TLS data connection (the client is the TLS client, also in active mode),
    // offering `ticket` (the control session) unless it is empty.
    DataResult tlsTransfer(RawFtpClient& client, const QByteArray& command, Direction direction, bool active,
                           const QByteArray& ticket, const QByteArray& upload = QByteArray());
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

namespace {

// For active mode: the server connects, we accept as a QSslSocket and are the TLS client all the same.
class TlsActiveListener final : public QTcpServer
{
public:
    std::unique_ptr<QSslSocket> take()
    {
        if (m_accepted.isEmpty())
            return nullptr;
        return std::unique_ptr<QSslSocket>(m_accepted.takeFirst());
    }
    bool hasConnection() const { return !m_accepted.isEmpty(); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto* socket = new QSslSocket;
        socket->setSocketDescriptor(descriptor);
        m_accepted.append(socket);
    }

private:
    QList<QSslSocket*> m_accepted;
};

} // namespace

TestServerTls::DataResult TestServerTls::tlsTransfer(RawFtpClient& client, const QByteArray& command,
                                                     Direction direction, bool active,
                                                     const QByteArray& ticket, const QByteArray& upload)
{
    DataResult result;
    // As the control connection (protocol, trust), offering its session.
    QSslConfiguration configuration = client.socket()->sslConfiguration();
    configuration.setSslOption(QSsl::SslOptionDisableSessionPersistence, false);
    configuration.setSessionTicket(ticket);
    const bool ipv6 = client.serverAddress().protocol() == QAbstractSocket::IPv6Protocol;

    std::unique_ptr<QSslSocket> data;
    TlsActiveListener listener;
    if (active) {
        if (!listener.listen(client.serverAddress(), 0))
            return result;
        const QByteArray eprt = "EPRT |" + QByteArray(ipv6 ? "2" : "1") + "|" +
                                client.serverAddress().toString().toLatin1() + "|" +
                                QByteArray::number(listener.serverPort()) + "|";
        if (client.command(eprt).code != 200)
            return result;
    } else {
        const quint16 port = client.passive(true);
        if (port == 0)
            return result;
        data = std::make_unique<QSslSocket>();
        data->connectToHost(client.serverAddress(), port);
        if (!waitFor([&data] { return data->state() == QAbstractSocket::ConnectedState; }))
            return result;
    }
    result.preliminary = client.command(command).code;
    if (result.preliminary != 150) {
        result.final = result.preliminary;
        return result;
    }
    if (active) {
        if (!waitFor([&listener] { return listener.hasConnection(); }))
            return result;
        data = listener.take();
    }
    data->setSslConfiguration(configuration);
    data->setPeerVerifyName(QStringLiteral("localhost"));
    data->startClientEncryption();
    (void)waitFor(
        [&data] { return data->isEncrypted() || data->state() == QAbstractSocket::UnconnectedState; });
    result.encrypted = data->isEncrypted();
    if (direction == Direction::Upload && result.encrypted) {
        data->write(upload);
        (void)waitFor([&data] { return data->encryptedBytesToWrite() == 0 && data->bytesToWrite() == 0; });
        data->disconnectFromHost(); // close_notify, then FIN
    }
    result.received = RawFtpClient::readAll(data.get());
    result.final = client.nextReply().code;
    return result;
}

void TestServerTls::dataOverTls_data()
{
    QTest::addColumn<QSsl::SslProtocol>("protocol");
    QTest::addColumn<QHostAddress>("host");
    QTest::addColumn<bool>("active");
    for (const QSsl::SslProtocol protocol : {QSsl::TlsV1_3, QSsl::TlsV1_2}) {
        for (const QHostAddress& host : {Local4, Local6}) {
            for (const bool active : {false, true}) {
                const QString name =
                    QStringLiteral("%1 %2 %3")
                        .arg(protocol == QSsl::TlsV1_3 ? QStringLiteral("TLS 1.3")
                                                       : QStringLiteral("TLS 1.2"),
                             host == Local4 ? QStringLiteral("IPv4") : QStringLiteral("IPv6"),
                             active ? QStringLiteral("active") : QStringLiteral("passive"));
                QTest::newRow(qPrintable(name)) << protocol << host << active;
            }
        }
    }
}

void TestServerTls::dataOverTls()
{
    QFETCH(QSsl::SslProtocol, protocol);
    QFETCH(QHostAddress, host);
    QFETCH(bool, active);
    m_options.tlsRequireSessionReuse = true; // every data connection below resumes
    QSslConfiguration configuration = clientConfiguration(protocol);
    configuration.setSslOption(QSsl::SslOptionDisableSessionPersistence, false);
    if (!startServer())
        QFAIL("server");
    RawFtpClient client;
    QVERIFY(client.connectTo(host, m_server->port()));
    QCOMPARE(client.command("AUTH TLS").code, 234);
    QVERIFY(client.startTls(configuration, QStringLiteral("localhost")));
    QVERIFY(client.login("alice", "secret"));
    QCOMPARE(client.command("PBSZ 0").code, 200);
    QCOMPARE(client.command("PROT P").code, 200);
    QCOMPARE(client.command("TYPE I").code, 200);
    // TLS 1.3: the control session's ticket came after the handshake and was read with the replies.
    const QByteArray ticket = client.socket()->sslConfiguration().sessionTicket();
    QVERIFY(!ticket.isEmpty());

    const QByteArray big = QByteArray(3 * 1024 * 1024 + 17, 'x') + "end";
    for (int i = 0; i < 3; ++i) { // three data connections in a row resume the same control session
        const DataResult up = tlsTransfer(client, "STOR up.bin", Direction::Upload, active, ticket, big);
        QCOMPARE(up.preliminary, 150);
        QVERIFY(up.encrypted);
        QCOMPARE(up.final, 226);
        QCOMPARE(m_fs->stat(QStringLiteral("/up.bin"), nullptr)->size, big.size());
        const DataResult down = tlsTransfer(client, "RETR up.bin", Direction::Download, active, ticket);
        QCOMPARE(down.final, 226);
        QVERIFY(down.received == big);
    }
    const DataResult list = tlsTransfer(client, "NLST", Direction::Download, active, ticket);
    QCOMPARE(list.final, 226);
    QVERIFY2(list.received.contains("up.bin") && list.received.contains("hello.txt"),
             list.received.constData());
    const QString expected =
        protocol == QSsl::TlsV1_3 ? QStringLiteral("TLSv1.3") : QStringLiteral("TLSv1.2");
    QVERIFY(waitFor([&] { return countLog(QStringLiteral("TLS session resumed")) == 7; }));
    QCOMPARE(countLog(QStringLiteral("Data connection: ") + expected), 7);
    QCOMPARE(countLog(QStringLiteral("new TLS session")), 0);
}

void TestServerTls::requiredReuseRefusesNewSessions_data()
{
    QTest::addColumn<bool>("required");
    QTest::newRow("reuse required") << true;
    QTest::newRow("reuse optional") << false;
}

void TestServerTls::requiredReuseRefusesNewSessions()
{
    // A client that does not offer the control session on the data connection (Python's FTP_TLS does
    // not): a full handshake, which --tls-require-reuse refuses with 522 (as vsftpd does).
    QFETCH(bool, required);
    m_options.tlsRequireSessionReuse = required;
    std::unique_ptr<RawFtpClient> client = secureClient(QSsl::TlsV1_3);
    QVERIFY(client);
    QVERIFY(client->login("alice", "secret"));
    QCOMPARE(client->command("PBSZ 0").code, 200);
    QCOMPARE(client->command("PROT P").code, 200);
    for (const bool active : {false, true}) {
        const DataResult result =
            tlsTransfer(*client, "RETR hello.txt", Direction::Download, active, QByteArray());
        QCOMPARE(result.preliminary, 150);
        QCOMPARE(result.final, required ? 522 : 226);
        QCOMPARE(result.received, required ? QByteArray() : QByteArray("Hello over TLS\n"));
        const DataResult upload =
            tlsTransfer(*client, "STOR new.txt", Direction::Upload, active, QByteArray(), "refused?");
        QCOMPARE(upload.final, required ? 522 : 226);
        QCOMPARE(bool(m_fs->stat(QStringLiteral("/new.txt"), nullptr)), !required);
    }
    QCOMPARE(countLog(QStringLiteral("< 522 SSL connection failed: session reuse required.")), required ? 4 : 0);
    // The log says why.
    QCOMPARE(countLog(QStringLiteral("did not resume the control connection's TLS session")), required ? 4 : 0);
    QCOMPARE(client->command("NOOP").code, 200); // the session goes on
}

void TestServerTls::clearDataUnderOptionalPolicy()
{
    // Optional policy, TLS control connection, PROT C: data in clear is allowed.
    std::unique_ptr<RawFtpClient> client = secureClient();
    QVERIFY(client);
    QVERIFY(client->login("alice", "secret"));
    QCOMPARE(client->command("PBSZ 0").code, 200);
    QCOMPARE(client->command("PROT C").code, 200);
    std::unique_ptr<QTcpSocket> data = client->openPassive(true);
    QVERIFY(data);
    QCOMPARE(client->command("RETR hello.txt").code, 150);
    QCOMPARE(RawFtpClient::readAll(data.get()), QByteArray("Hello over TLS\n"));
    QCOMPARE(client->nextReply().code, 226);
}

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_servertls.moc"
