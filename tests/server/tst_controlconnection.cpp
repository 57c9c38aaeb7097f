// The server session's control connection (ControlConnection) on a real loopback socket pair: command
// lines in, replies out, the drop of buffered input for the switch to TLS, flow control against a client
// that does not read, and how a client's close is seen.
#include "server/controlconnection.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace Ferry;

class TestControlConnection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void linesAndReplies();
    void discardBufferedInputForTls();
    void repliesBackUpAgainstAClientThatDoesNotRead();
    void peerGoneAndClose();
    void timeouts();

private:
    QTcpServer m_listener;
    std::unique_ptr<QTcpSocket> m_client;
    std::unique_ptr<ControlConnection> m_connection;
};

void TestControlConnection::init()
{
    QVERIFY(m_listener.listen(QHostAddress::LocalHost, 0));
    m_client = std::make_unique<QTcpSocket>();
    m_client->connectToHost(QHostAddress::LocalHost, m_listener.serverPort());
    QVERIFY(m_client->waitForConnected(5000));
    QVERIFY(m_listener.hasPendingConnections() || m_listener.waitForNewConnection(5000));
    QTcpSocket* accepted = m_listener.nextPendingConnection();
    QVERIFY(accepted);
    m_connection = std::make_unique<ControlConnection>(accepted, 512);
}

void TestControlConnection::cleanup()
{
    m_connection.reset();
    m_client.reset();
    m_listener.close();
}

void TestControlConnection::linesAndReplies()
{
    QSignalSpy input(m_connection.get(), &ControlConnection::inputReady);
    QCOMPARE(m_connection->peerAddress(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(m_connection->peerPort(), m_client->localPort());
    QVERIFY(!m_connection->isIpv6());
    m_client->write("USER alice\r\nPASS se");
    QVERIFY(input.wait());
    QCOMPARE(m_connection->takeLine()->text, QByteArray("USER alice"));
    QVERIFY(!m_connection->takeLine());
    m_client->write("cret\r\n");
    QVERIFY(input.wait());
    QCOMPARE(m_connection->takeLine()->text, QByteArray("PASS secret"));

    m_connection->send("230 Login successful.\r\n");
    QTRY_VERIFY(m_client->canReadLine());
    QCOMPARE(m_client->readLine(), QByteArray("230 Login successful.\r\n"));
}

void TestControlConnection::discardBufferedInputForTls()
{
    // AUTH TLS with commands appended in clear text in the same segment (the STARTTLS injection): once
    // the server switches to TLS, nothing received before the switch may run as a command.
    QSignalSpy input(m_connection.get(), &ControlConnection::inputReady);
    m_client->write("AUTH TLS\r\nUSER injected\r\nDELE important.txt\r\nPAS");
    std::optional<CommandLineReader::Line> auth;
    QVERIFY(QTest::qWaitFor([&] { return (auth = m_connection->takeLine()).has_value(); }));
    QCOMPARE(auth->text, QByteArray("AUTH TLS"));
    m_connection->discardBufferedInput();
    QVERIFY(!m_connection->takeLine());

    // What arrives after the switch is read as usual.
    m_client->write("NOOP\r\n");
    QVERIFY(input.wait());
    const std::optional<CommandLineReader::Line> line = m_connection->takeLine();
    QVERIFY(line);
    QCOMPARE(line->text, QByteArray("NOOP"));
    QVERIFY(!m_connection->takeLine());
}

void TestControlConnection::repliesBackUpAgainstAClientThatDoesNotRead()
{
    m_client->setReadBufferSize(1); // Qt reads nothing ahead for the client: the kernel buffers fill
    const QByteArray reply = "211-" + QByteArray(4000, 'x') + "\r\n211 End\r\n";
    int sent = 0;
    while (!m_connection->isOutputBackedUp() && sent < 20000) {
        m_connection->send(reply);
        ++sent;
    }
    QVERIFY2(m_connection->isOutputBackedUp(), qPrintable(QStringLiteral("%1 replies sent").arg(sent)));

    // Once the client reads, the connection says it may take commands again.
    QSignalSpy input(m_connection.get(), &ControlConnection::inputReady);
    m_client->setReadBufferSize(0);
    qint64 received = 0;
    const qint64 expected = qint64(sent) * reply.size();
    QVERIFY(QTest::qWaitFor(
        [&] {
            received += m_client->readAll().size();
            return received == expected && !input.isEmpty();
        },
        20000));
    QVERIFY(!m_connection->isOutputBackedUp());
}

void TestControlConnection::peerGoneAndClose()
{
    QVERIFY(!m_connection->peerGone());
    QSignalSpy disconnected(m_connection.get(), &ControlConnection::disconnected);
    m_connection->send("221 Goodbye.\r\n");
    m_connection->close();
    QVERIFY(m_connection->isClosing());
    // The reply sent before close() arrives, then the end of the connection.
    QSignalSpy clientDisconnected(m_client.get(), &QTcpSocket::disconnected);
    QVERIFY(clientDisconnected.wait());
    QCOMPARE(m_client->readAll(), QByteArray("221 Goodbye.\r\n"));
    QTRY_COMPARE(disconnected.size(), 1);
    QVERIFY(m_connection->peerGone());
    QVERIFY(!m_connection->isConnected());

    // A client that closes first is seen as gone even before the event loop processed its FIN.
    cleanup();
    init();
    m_client->disconnectFromHost();
    QTRY_VERIFY(m_connection->peerGone());
}

void TestControlConnection::timeouts()
{
    QSignalSpy login(m_connection.get(), &ControlConnection::loginTimedOut);
    QSignalSpy idle(m_connection.get(), &ControlConnection::idleTimedOut);
    m_connection->startTimeouts(100, 300);
    QVERIFY(login.wait(5000));
    QVERIFY(idle.isEmpty());
    QVERIFY(idle.wait(5000));

    // A stopped login timeout does not fire; a restarted idle timeout fires once, later.
    login.clear();
    idle.clear();
    m_connection->startTimeouts(100, 300);
    m_connection->stopLoginTimeout();
    QVERIFY(idle.wait(5000));
    QVERIFY(login.isEmpty());
    QCOMPARE(idle.size(), 1);

    // Closing stops both.
    idle.clear();
    m_connection->startTimeouts(100, 100);
    m_connection->close();
    QVERIFY(!idle.wait(300));
    QVERIFY(login.isEmpty());
}

QTEST_GUILESS_MAIN(TestControlConnection)
#include "tst_controlconnection.moc"
