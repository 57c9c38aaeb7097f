// The client's FTPS data connection on OpenSSL directly (ClientTlsStream) against the server's
// (ServerTlsStream), in-process over loopback TCP: the control connection is a QSslSocket, as in the
// client, whose session ticket the data connection offers; the server requires resumption (as vsftpd's
// require_ssl_reuse does), so every transfer here proves the session was resumed, on TLS 1.2 and 1.3.
// Ends: a download ended by close_notify is complete, one cut without it is a failure that says so, an
// upload ends with close_notify and arrives whole; a certificate other than the control connection's is
// refused and named.
#include "net/certificates.h"
#include "net/clientsocketfactory.h"
#include "net/clienttlscontext.h"
#include "net/clienttlsstream.h"
#include "net/datalistener.h"
#include "net/streampump.h"
#include "net/tcpconnector.h"
#include "net/tcpstream.h"
#include "net/tlsstream.h"
#include "server/selfsignedcertificate.h"
#include "server/servertlsstream.h"
#include "server/tlscredentials.h"
#include "server/tlssessioncontext.h"
#include "testfiles.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>
#include <memory>
#include <openssl/ssl.h>

using namespace Ferry;

class TestClientTlsStream final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void download_data();
    void download();
    void truncatedDownloadFails();
    void upload_data();
    void upload();
    void otherCertificateRefused();
    void unreadableSessionRefused();
    void factoryFallsBackWithoutSession_data();
    void factoryFallsBackWithoutSession();

private:
    // A connected loopback TCP pair: (client end, server end).
    std::pair<qintptr, qintptr> tcpPair();
    // The control connection: QSslSocket client, ServerTlsStream server; leaves m_ticket and
    // m_controlCertificate set (TLS 1.3 tickets are read past the handshake first).
    void secureControl(TlsSettings::Versions versions);
    // A data connection from m_context's control session; both streams ready.
    void openData(TlsSettings::Versions versions, const QByteArray& acceptedCertificate);
    // secureControl(), then openData() with the control connection's certificate (or `accepted`); false
    // when a step failed.
    bool connectBoth(TlsSettings::Versions versions, const QByteArray& accepted = QByteArray());
    // Pumps `content` from `from` into `to` (StreamPump both ends) and checks it arrived whole.
    void transfer(DataStream* from, DataStream* to, const QByteArray& content);

    std::shared_ptr<const TlsCredentials> m_credentials;
    std::shared_ptr<const TlsCredentials> m_otherCredentials;
    std::unique_ptr<TlsSessionContext> m_context;
    std::unique_ptr<ClientTlsContext> m_clientContext;
    std::unique_ptr<QSslSocket> m_controlClient;
    std::unique_ptr<ServerTlsStream> m_controlServer;
    std::unique_ptr<ClientTlsStream> m_client;
    std::unique_ptr<ServerTlsStream> m_server;
    QByteArray m_ticket;
    QByteArray m_controlCertificate;
};

void TestClientTlsStream::initTestCase()
{
    QString error;
    for (auto* credentials : {&m_credentials, &m_otherCredentials}) {
        const auto pem = SelfSignedCertificate::generate(QStringLiteral("localhost"), {}, 30, &error);
        QVERIFY2(pem, qPrintable(error));
        *credentials = TlsCredentials::fromPem(pem->certificate, pem->key, &error);
        QVERIFY2(*credentials, qPrintable(error));
    }
}

void TestClientTlsStream::init()
{
    QString error;
    m_context = TlsSessionContext::create(m_credentials, TlsSessionContext::Resumption::Required, &error);
    QVERIFY2(m_context, qPrintable(error));
}

void TestClientTlsStream::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_controlClient.reset();
    m_controlServer.reset();
    m_clientContext.reset();
    m_context.reset();
    m_ticket.clear();
    m_controlCertificate.clear();
}

std::pair<qintptr, qintptr> TestClientTlsStream::tcpPair()
{
    DataListener listener;
    if (!listener.listen(QHostAddress::LocalHost, 0))
        return {-1, -1};
    QSignalSpy accepted(&listener, &DataListener::accepted);
    TcpConnector connector;
    QSignalSpy connected(&connector, &TcpConnector::connected);
    connector.connectToHost(QHostAddress(), QHostAddress::LocalHost, listener.serverPort());
    if (!connected.wait(5000) || (accepted.isEmpty() && !accepted.wait(5000)))
        return {-1, -1};
    return {connector.takeDescriptor(), listener.takeConnection().descriptor};
}

void TestClientTlsStream::secureControl(TlsSettings::Versions versions)
{
    const auto [clientEnd, serverEnd] = tcpPair();
    QVERIFY(clientEnd >= 0 && serverEnd >= 0);
    QString error;
    ssl_st* ssl = m_context->newControlSession(&error);
    QVERIFY2(ssl, qPrintable(error));
    m_controlServer = std::make_unique<ServerTlsStream>(new TcpStream(serverEnd), ssl,
                                                        TlsSessionContext::Resumption::Optional);
    QSignalSpy serverReady(m_controlServer.get(), &DataStream::ready);

    m_controlClient = std::make_unique<QSslSocket>();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(versions == TlsSettings::Versions::Tls12Only ? QSsl::TlsV1_2
                                                                           : QSsl::TlsV1_3OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setSslOption(QSsl::SslOptionDisableSessionPersistence, false);
    m_controlClient->setSslConfiguration(configuration);
    QVERIFY(m_controlClient->setSocketDescriptor(clientEnd));
    QSignalSpy encrypted(m_controlClient.get(), &QSslSocket::encrypted);
    m_controlClient->startClientEncryption();
    QVERIFY(encrypted.wait(10000));
    QVERIFY(!serverReady.isEmpty() || serverReady.wait(10000));
    // A reply read past the handshake: the TLS 1.3 tickets that came before it are processed by then.
    QVERIFY(m_controlServer->write("220 ok\r\n", 8) == 8);
    while (!m_controlClient->canReadLine())
        QVERIFY(m_controlClient->waitForReadyRead(10000));
    QCOMPARE(m_controlClient->readLine(), QByteArray("220 ok\r\n"));
    m_ticket = m_controlClient->sslConfiguration().sessionTicket();
    QVERIFY(!m_ticket.isEmpty());
    m_controlCertificate = m_controlClient->peerCertificate().toDer();
    QVERIFY(!m_controlCertificate.isEmpty());
}

void TestClientTlsStream::openData(TlsSettings::Versions versions, const QByteArray& acceptedCertificate)
{
    QString error;
    m_clientContext = ClientTlsContext::create(versions, &error);
    QVERIFY2(m_clientContext, qPrintable(error));
    const auto [clientEnd, serverEnd] = tcpPair();
    QVERIFY(clientEnd >= 0 && serverEnd >= 0);
    ssl_st* serverSsl = m_context->newDataSession(&error);
    QVERIFY2(serverSsl, qPrintable(error));
    m_server = std::make_unique<ServerTlsStream>(new TcpStream(serverEnd), serverSsl,
                                                 TlsSessionContext::Resumption::Required);
    ssl_st* clientSsl = m_clientContext->newDataSession(QStringLiteral("localhost"), m_ticket, &error);
    QVERIFY2(clientSsl, qPrintable(error));
    m_client = std::make_unique<ClientTlsStream>(new TcpStream(clientEnd), clientSsl, acceptedCertificate);
    m_client->begin();
}

bool TestClientTlsStream::connectBoth(TlsSettings::Versions versions, const QByteArray& accepted)
{
    secureControl(versions);
    if (QTest::currentTestFailed())
        return false;
    openData(versions, accepted.isEmpty() ? m_controlCertificate : accepted);
    return !QTest::currentTestFailed();
}

void TestClientTlsStream::transfer(DataStream* from, DataStream* to, const QByteArray& content)
{
    QBuffer source;
    source.setData(content);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QBuffer sink;
    QVERIFY(sink.open(QIODevice::WriteOnly));
    StreamPump sender(from, StreamPump::Options());
    StreamPump receiver(to, StreamPump::Options());
    QSignalSpy sent(&sender, &StreamPump::finished);
    QSignalSpy sendFailed(&sender, &StreamPump::failed);
    QSignalSpy received(&receiver, &StreamPump::finished);
    QSignalSpy receiveFailed(&receiver, &StreamPump::failed);
    receiver.receiveInto(&sink);
    sender.sendFrom(&source);
    QVERIFY2(received.wait(20000), qPrintable(receiveFailed.value(0).value(1).toString()));
    QVERIFY2(!sent.isEmpty() || sent.wait(10000), qPrintable(sendFailed.value(0).value(1).toString()));
    QVERIFY(sink.data() == content);
}

void TestClientTlsStream::download_data()
{
    QTest::addColumn<TlsSettings::Versions>("versions");
    QTest::addColumn<QString>("protocol");
    QTest::newRow("TLS 1.2") << TlsSettings::Versions::Tls12Only << QStringLiteral("TLSv1.2");
    QTest::newRow("TLS 1.3") << TlsSettings::Versions::Tls13Only << QStringLiteral("TLSv1.3");
}

void TestClientTlsStream::download()
{
    QFETCH(TlsSettings::Versions, versions);
    QFETCH(QString, protocol);
    if (!connectBoth(versions))
        return;
    transfer(m_server.get(), m_client.get(), Test::patternData(3 * 1024 * 1024 + 11, 7));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_client->end(), DataStream::End::Finished);
    // The server required resumption; both sides say it happened.
    QVERIFY(m_server->isResumed());
    QVERIFY(m_client->isResumed());
    QCOMPARE(m_client->protocolName(), protocol);
}

void TestClientTlsStream::truncatedDownloadFails()
{
    if (!connectBoth(TlsSettings::Versions::Tls13Only))
        return;
    QSignalSpy serverReady(m_server.get(), &DataStream::ready);
    QVERIFY(serverReady.wait(10000));
    const QByteArray part = Test::patternData(100000, 8);
    QVERIFY(m_server->write(part.constData(), part.size()) == part.size());
    QBuffer sink;
    QVERIFY(sink.open(QIODevice::WriteOnly));
    StreamPump receiver(m_client.get(), StreamPump::Options());
    QSignalSpy failed(&receiver, &StreamPump::failed);
    QSignalSpy finished(&receiver, &StreamPump::finished);
    receiver.receiveInto(&sink);
    QTRY_COMPARE_WITH_TIMEOUT(sink.size(), qint64(part.size()), 10000);
    // The TCP connection ends under the TLS stream, without close_notify (a FIN: nothing is unread).
    m_server->abort();
    QVERIFY(failed.wait(10000));
    QVERIFY(finished.isEmpty());
    QCOMPARE(failed.first().at(0).value<StreamPump::Failure>(), StreamPump::Failure::ConnectionLost);
    QVERIFY2(failed.first().at(1).toString().contains(QLatin1String("close_notify")),
             qPrintable(failed.first().at(1).toString()));
    QCOMPARE(m_client->end(), DataStream::End::Broken);
    QCOMPARE(m_client->failure(), OpenSslTlsStream::Failure::Truncated);
}

void TestClientTlsStream::upload_data()
{
    QTest::addColumn<TlsSettings::Versions>("versions");
    QTest::addColumn<qint64>("size");
    for (const qint64 size : {qint64(0), qint64(1), qint64(5 * 1024 * 1024 + 3)}) {
        QTest::addRow("TLS 1.2, %lld bytes", size) << TlsSettings::Versions::Tls12Only << size;
        QTest::addRow("TLS 1.3, %lld bytes", size) << TlsSettings::Versions::Tls13Only << size;
    }
}

void TestClientTlsStream::upload()
{
    QFETCH(TlsSettings::Versions, versions);
    QFETCH(qint64, size);
    if (!connectBoth(versions))
        return;
    // The server's stream is complete only with our close_notify (a FIN alone would be Truncated).
    transfer(m_client.get(), m_server.get(), Test::patternData(size, 9));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_server->end(), DataStream::End::Finished);
    QCOMPARE(m_client->end(), DataStream::End::Closed);
    QVERIFY(m_server->isResumed());
}

void TestClientTlsStream::otherCertificateRefused()
{
    // The control connection accepted another certificate than the one this server presents.
    const QSslCertificate other(m_otherCredentials->certificatePem(), QSsl::Pem);
    if (!connectBoth(TlsSettings::Versions::Secure, other.toDer()))
        return;
    QSignalSpy ended(m_client.get(), &DataStream::ended);
    QSignalSpy ready(m_client.get(), &DataStream::ready);
    QVERIFY(ended.wait(10000));
    QVERIFY(ready.isEmpty());
    QCOMPARE(m_client->end(), DataStream::End::Broken);
    QCOMPARE(m_client->failure(), OpenSslTlsStream::Failure::Certificate);
    const QString fingerprint = m_credentials->sha256Fingerprint();
    QVERIFY2(m_client->errorString().contains(fingerprint), qPrintable(m_client->errorString()));
}

void TestClientTlsStream::unreadableSessionRefused()
{
    QString error;
    m_clientContext = ClientTlsContext::create(TlsSettings::Versions::Secure, &error);
    QVERIFY2(m_clientContext, qPrintable(error));
    // No session (nothing to resume) and a damaged one: no SSL, a reason (the caller falls back to Qt).
    QVERIFY(!m_clientContext->newDataSession(QStringLiteral("localhost"), QByteArray(), &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!m_clientContext->newDataSession(QStringLiteral("localhost"), QByteArray("\x30\x03\x02\x01", 4),
                                             &error));
    QVERIFY2(error.contains(QLatin1String("session")), qPrintable(error));
}

void TestClientTlsStream::factoryFallsBackWithoutSession_data()
{
    QTest::addColumn<bool>("tickets");
    QTest::newRow("control session resumable: OpenSSL directly") << true;
    QTest::newRow("no session ticket (TLS 1.3): QSslSocket, and the log says why") << false;
}

void TestClientTlsStream::factoryFallsBackWithoutSession()
{
    QFETCH(bool, tickets);
    // The control connection as the client makes it (ClientSocketFactory's QSslSocket), TLS 1.3.
    const QSslCertificate certificate(m_credentials->certificatePem(), QSsl::Pem);
    TlsSettings settings;
    settings.mode = TlsMode::Explicit;
    settings.versions = TlsSettings::Versions::Tls13Only;
    settings.acceptedFingerprints = {certificateFingerprint(certificate)};
    settings.trustStorePath = QStringLiteral("-");
    DataListener listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    ClientSocketFactory factory;
    factory.configure(QStringLiteral("localhost"), listener.serverPort(), settings);
    // Plain TCP first, upgraded on the same connection as after AUTH TLS.
    QTcpSocket* plain = factory.createControlSocket(ClientSocketFactory::ControlStart::Plain, this);
    QVERIFY(plain);
    QSignalSpy accepted(&listener, &DataListener::accepted);
    plain->connectToHost(QHostAddress::LocalHost, listener.serverPort());
    QVERIFY(accepted.wait(5000));
    if (plain->state() != QAbstractSocket::ConnectedState)
        QVERIFY(QSignalSpy(plain, &QTcpSocket::connected).wait(5000));
    QString why;
    auto* control = factory.upgradeControlSocket(plain, nullptr, &why);
    QVERIFY2(control, qPrintable(why));
    std::unique_ptr<QSslSocket> controlOwner(control);
    QString error;
    ssl_st* controlSsl = m_context->newControlSession(&error);
    QVERIFY2(controlSsl, qPrintable(error));
    if (!tickets)
        SSL_set_num_tickets(controlSsl, 0); // nothing the data connection could resume
    m_controlServer = std::make_unique<ServerTlsStream>(new TcpStream(listener.takeConnection().descriptor),
                                                        controlSsl, TlsSessionContext::Resumption::Optional);
    // The pinned self-signed certificate: accepted here as the client's judgeCertificate() would.
    connect(control, &QSslSocket::sslErrors, control, [control] {
        control->ignoreSslErrors();
        control->continueInterruptedHandshake();
    });
    QSignalSpy encrypted(control, &QSslSocket::encrypted);
    QSignalSpy serverReady(m_controlServer.get(), &DataStream::ready);
    QCOMPARE(control->state(), QAbstractSocket::ConnectedState);
    control->startClientEncryption();
    QVERIFY(encrypted.wait(10000));
    QVERIFY(!serverReady.isEmpty() || serverReady.wait(10000));
    QVERIFY(m_controlServer->write("220 ok\r\n", 8) == 8);
    while (!control->canReadLine())
        QVERIFY(QSignalSpy(control, &QSslSocket::readyRead).wait(10000));
    control->readAll();

    // A protected data connection; the server does not insist on resumption (the fallback cannot offer
    // what does not exist).
    factory.setDataProtected(true);
    QSignalSpy notices(&factory, &ClientSocketFactory::dataTlsNotice);
    const auto [clientEnd, serverEnd] = tcpPair();
    QVERIFY(clientEnd >= 0 && serverEnd >= 0);
    std::unique_ptr<DataStream> client(factory.openDataStream(clientEnd, nullptr));
    ssl_st* serverSsl = m_context->newDataSession(&error);
    QVERIFY2(serverSsl, qPrintable(error));
    m_server = std::make_unique<ServerTlsStream>(new TcpStream(serverEnd), serverSsl,
                                                 TlsSessionContext::Resumption::Optional);
    client->begin();
    if (tickets) {
        QVERIFY(qobject_cast<ClientTlsStream*>(client.get()));
        QVERIFY(notices.isEmpty());
    } else {
        QVERIFY(qobject_cast<TlsStream*>(client.get()));
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.first().first().toString().contains(QLatin1String("session")),
                 qPrintable(notices.first().first().toString()));
    }
    transfer(m_server.get(), client.get(), Test::patternData(200000, 10));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(client->end(), DataStream::End::Finished);
    QCOMPARE(m_server->isResumed(), tickets);
}

QTEST_GUILESS_MAIN(TestClientTlsStream)
#include "tst_clienttlsstream.moc"
