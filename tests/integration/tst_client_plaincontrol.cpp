// The client's control connection stays plain TCP until the server accepts AUTH TLS, so that Qt's TLS
// backend (its plugin, OpenSSL's initialisation: about 4 MiB of a `ferry ls`) is never loaded for a
// connection that does not use TLS: vsftpd without TLS refusing AUTH TLS in the default mode, and TLS mode
// off. Checked in this process's memory map (Linux), which must not hold a TLS backend plugin after log-on
// and a listing; nothing before these tests may load one (the peers are separate processes, the test
// harness talks to them in clear text). Then explicit FTPS: AUTH TLS upgrades that same connection (one
// control connection reaches the server, through a counting relay), the listing works, and the backend is
// now in the map, which shows that the check sees it.

#include "client/ftpclient.h"
#include "client/listoperation.h"
#include "operationwait.h"
#include "testcertificates.h"
#include "vsftpdserver.h"

#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace Ferry;
using Ferry::Test::VsftpdServer;

namespace {

constexpr int OperationTimeoutMs = 30000;

// The TLS backend plugins Qt loads from plugins/tls (libqopensslbackend, libqcertonlybackend, ...) that
// are mapped into this process now; empty when none is. Linux only (/proc/self/maps).
QStringList loadedTlsBackends()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {QStringLiteral("(cannot read /proc/self/maps)")};
    QStringList found;
    for (const QByteArray& line : maps.readAll().split('\n')) {
        const qsizetype slash = line.indexOf('/');
        if (slash < 0)
            continue;
        const QString path = QString::fromLocal8Bit(line.mid(slash));
        if (path.contains(QLatin1String("/tls/libq")) && !found.contains(path))
            found.append(path);
    }
    return found;
}

// Forwards every connection it accepts to the server byte for byte, and counts them (FaultProxy reads
// the control connection a line at a time, which a TLS handshake does not fit).
class CountingRelay final : public QObject
{
public:
    bool start(const QHostAddress& serverAddress, quint16 serverPort)
    {
        connect(&m_listener, &QTcpServer::newConnection, this, [this, serverAddress, serverPort] {
            while (QTcpSocket* client = m_listener.nextPendingConnection()) {
                ++m_connections;
                auto* server = new QTcpSocket(client);
                const auto pipe = [](QTcpSocket* from, QTcpSocket* to) {
                    connect(from, &QTcpSocket::readyRead, to, [from, to] { to->write(from->readAll()); });
                    connect(from, &QTcpSocket::disconnected, to, &QTcpSocket::disconnectFromHost);
                };
                pipe(client, server);
                pipe(server, client);
                server->connectToHost(serverAddress, serverPort);
            }
        });
        return m_listener.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_listener.serverPort(); }
    int connections() const { return m_connections; }

private:
    QTcpServer m_listener;
    int m_connections = 0;
};

} // namespace

class TestClientPlainControl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void staysPlainWithoutTls_data();
    void staysPlainWithoutTls();
    void authTlsUpgradesTheSameConnection();

private:
    std::unique_ptr<FtpClient> makeClient(TlsMode mode);
    std::unique_ptr<FtpOperation> logOn(FtpClient* client, const QString& host, quint16 port,
                                        const VsftpdServer& server);

    QStringList m_log;
};

void TestClientPlainControl::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("the check reads /proc/self/maps");
#endif
    // Nothing so far may have loaded a TLS backend, or the checks below would prove nothing.
    QVERIFY2(loadedTlsBackends().isEmpty(), qPrintable(loadedTlsBackends().join(QLatin1String(", "))));
}

void TestClientPlainControl::init()
{
    m_log.clear();
}

void TestClientPlainControl::cleanup()
{
    if (QTest::currentTestFailed()) {
        qInfo("Control dialogue of the failed test:");
        for (const QString& line : std::as_const(m_log))
            qInfo("  %s", qPrintable(line));
    }
}

std::unique_ptr<FtpClient> TestClientPlainControl::makeClient(TlsMode mode)
{
    auto client = std::make_unique<FtpClient>();
    FtpClientOptions options;
    options.tls.mode = mode;
    options.tls.trustStorePath = QStringLiteral("-");
    client->setOptions(options);
    connect(client.get(), &FtpClient::logMessage, this, [this](FtpClient::LogKind kind, const QString& text) {
        static const char* const prefixes[] = {"> ", "< ", "* ", "! "};
        m_log.append(QString::fromLatin1(prefixes[int(kind)]) + text);
    });
    return client;
}

std::unique_ptr<FtpOperation> TestClientPlainControl::logOn(FtpClient* client, const QString& host,
                                                            quint16 port, const VsftpdServer& server)
{
    FtpLogin login;
    login.host = host;
    login.port = port;
    login.user = server.user();
    login.password = server.password();
    return Test::finishOperation(client->connectToHost(login), OperationTimeoutMs);
}

void TestClientPlainControl::staysPlainWithoutTls_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("sendsAuth");
    QTest::newRow("default mode, the server refuses AUTH TLS") << int(TlsMode::Auto) << true;
    QTest::newRow("TLS off (--tls off)") << int(TlsMode::Off) << false;
}

void TestClientPlainControl::staysPlainWithoutTls()
{
    QFETCH(int, mode);
    QFETCH(bool, sendsAuth);
    VsftpdServer server; // without TLS
    FERRY_START_PEER(server, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(server.addFile(QStringLiteral("folder/a.txt"), "a"));
    QVERIFY(server.addFile(QStringLiteral("folder/b.txt"), "bb"));
    auto client = makeClient(TlsMode(mode));
    auto logon = logOn(client.get(), server.host(), server.port(), server);
    QVERIFY2(logon->succeeded(), qPrintable(logon->errorString()));
    auto list = Test::finishOperation(client->list(QStringLiteral("/folder")), OperationTimeoutMs);
    QVERIFY2(list->succeeded(), qPrintable(list->errorString()));
    QCOMPARE(list->entries().size(), 2);
    QVERIFY(!client->security().controlEncrypted);
    const QString log = m_log.join(QLatin1Char('\n'));
    QCOMPARE(log.contains(QLatin1String("> AUTH TLS")), sendsAuth);
    if (sendsAuth)
        QVERIFY2(log.contains(QLatin1String("does not offer TLS")), qPrintable(log));
    QVERIFY2(loadedTlsBackends().isEmpty(), qPrintable(loadedTlsBackends().join(QLatin1String(", "))));
}

void TestClientPlainControl::authTlsUpgradesTheSameConnection()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QString error;
    const auto certificate = Test::TestCertificates::selfSigned(directory.path(), QStringLiteral("server"),
                                                                QStringLiteral("localhost"), &error);
    QVERIFY2(certificate, qPrintable(error));
    VsftpdServer server;
    VsftpdServer::TlsConfig tls;
    tls.mode = VsftpdServer::Tls::Explicit;
    tls.certificatePath = certificate->certificatePath;
    tls.keyPath = certificate->keyPath;
    server.setTls(tls);
    FERRY_START_PEER(server, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(server.addFile(QStringLiteral("folder/a.txt"), "a"));
    // The control connection through a relay that counts connections (the data connections go to vsftpd
    // directly: the encrypted PASV replies name its port).
    CountingRelay relay;
    QVERIFY(relay.start(server.address(), server.port()));

    auto client = std::make_unique<FtpClient>();
    FtpClientOptions options;
    options.tls.mode = TlsMode::Explicit;
    options.tls.acceptedFingerprints = {certificate->sha256};
    options.tls.trustStorePath = QStringLiteral("-");
    client->setOptions(options);
    connect(client.get(), &FtpClient::logMessage, this,
            [this](FtpClient::LogKind, const QString& text) { m_log.append(text); });
    auto logon = logOn(client.get(), QStringLiteral("127.0.0.1"), relay.port(), server);
    QVERIFY2(logon->succeeded(), qPrintable(logon->errorString()));
    QVERIFY(client->security().controlEncrypted);
    QVERIFY(client->security().dataEncrypted);
    auto list = Test::finishOperation(client->list(QStringLiteral("/folder")), OperationTimeoutMs);
    QVERIFY2(list->succeeded(), qPrintable(list->errorString()));
    QCOMPARE(list->entries().size(), 1);
    QCOMPARE(relay.connections(), 1);
    QVERIFY(m_log.join(QLatin1Char('\n')).contains(QLatin1String("AUTH TLS")));
    QVERIFY(!loadedTlsBackends().isEmpty());
}

QTEST_GUILESS_MAIN(TestClientPlainControl)
#include "tst_client_plaincontrol.moc"
