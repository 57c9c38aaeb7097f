// The client engine against a scripted in-process server: orderings and faults on demand.

#include "client/ftpclient.h"
#include "client/ftpoperation.h"
#include "client/listoperation.h"
#include "client/transferoperation.h"
#include "operationwait.h"
#include "scriptedserver.h"

#include <QBuffer>
#include <QSignalSpy>
#include <QtTest>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Ferry;

namespace {

template <typename Op> std::unique_ptr<Op> finish(Op* op, int timeoutMs = 10000)
{
    return Test::finishOperation(op, timeoutMs);
}

// "227 Entering Passive Mode (h1,...,p2)" for a data port on `h1..h4` (127,0,0,1 unless told otherwise).
QByteArray pasvReply(quint16 port, const QByteArray& host = QByteArrayLiteral("127,0,0,1"))
{
    return QByteArrayLiteral("227 Entering Passive Mode (") + host + ',' + QByteArray::number(port >> 8) +
           ',' + QByteArray::number(port & 0xff) + ")\r\n";
}

// Answers the log-on sequence like a plain RFC 959 server without FEAT or TLS (the client asks for TLS
// by default: AUTH TLS, refused); returns true if it handled `cmd`.
bool answerBasics(ScriptedServer& s, const QByteArray& cmd)
{
    if (cmd.startsWith("AUTH "))
        s.reply("502 Not Implemented\r\n");
    else if (cmd.startsWith("USER "))
        s.reply("331 Password please\r\n");
    else if (cmd.startsWith("PASS "))
        s.reply("230 Welcome\r\n");
    else if (cmd == "FEAT")
        s.reply("502 Not Implemented \r\n");
    else if (cmd.startsWith("TYPE "))
        s.reply("200 Type set\r\n");
    else if (cmd == "PWD")
        s.reply("257 \"/home/a \"\"quoted\"\" dir\" is current\r\n");
    else if (cmd == "NOOP")
        s.reply("200 NOOP ok\r\n");
    else if (cmd == "QUIT")
        s.reply("221 Bye\r\n");
    else
        return false;
    return true;
}

} // namespace

class TestClientEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logonSplitRepliesAndQuotedPwd();
    void userAnswered230SkipsPassword();
    void featWithUtf8SendsOpts();
    void passwordIsMaskedInLog();
    void pasvElsewhereUsesControlPeer();
    void epsvRefusedFallsBackToPasv();
    void finalReplyBeforeData();
    void downloadCompleteOnlyAfterCleanClose_data();
    void downloadCompleteOnlyAfterCleanClose();
    void passiveRefusedFallsBackToActive();
    void replyTimeout();
    void malformedReplyIsProtocolError();
    void connectionRefused();
    void keepAliveNoopWhileIdle();
    void lineBreakInNameIsRefused();
    void hostNameResolves();
    void latin1ListingSwitchesEncoding();

private:
    std::unique_ptr<FtpClient> connectTo(ScriptedServer& server, FtpClientOptions options = {});
    QStringList m_log;
};

std::unique_ptr<FtpClient> TestClientEngine::connectTo(ScriptedServer& server, FtpClientOptions options)
{
    auto client = std::make_unique<FtpClient>();
    client->setOptions(options);
    m_log.clear();
    connect(client.get(), &FtpClient::logMessage, this,
            [this](FtpClient::LogKind, const QString& text) { m_log.append(text); });
    FtpLogin login;
    login.host = QStringLiteral("127.0.0.1");
    login.port = server.port();
    login.user = QStringLiteral("alice");
    login.password = QStringLiteral("s3cret");
    auto op = finish(client->connectToHost(login));
    if (!op->succeeded())
        qWarning("log-on failed: %s", qPrintable(op->errorString()));
    return client;
}

void TestClientEngine::logonSplitRepliesAndQuotedPwd()
{
    ScriptedServer server;
    server.setHandler([](ScriptedServer& s, const QByteArray& cmd) {
        if (cmd.startsWith("USER ")) {
            // A multi-line reply in three segments, the split inside the code and the CRLF.
            s.reply("331-Hello\r\n33");
            s.reply("1-more text\r");
            s.reply("\n331 Password\r\n");
            return;
        }
        answerBasics(s, cmd);
    });
    QVERIFY(server.start("220-Welcome to\r\n220-the scripted\r\n220 server\r\n"));
    auto client = connectTo(server);
    QCOMPARE(client->state(), FtpClient::State::Connected);
    QCOMPARE(client->currentDirectory(), QStringLiteral("/home/a \"quoted\" dir"));
    QVERIFY(client->capabilities().isMinimal());
    // One command per write: never two commands in one segment.
    for (const QByteArray& chunk : std::as_const(server.readChunks))
        QCOMPARE(chunk.count("\r\n"), 1);
    QCOMPARE(server.commands,
             (QList<QByteArray>{"AUTH TLS", "USER alice", "PASS s3cret", "FEAT", "TYPE I", "PWD"}));
}

void TestClientEngine::userAnswered230SkipsPassword()
{
    ScriptedServer server;
    server.setHandler([](ScriptedServer& s, const QByteArray& cmd) {
        if (cmd.startsWith("USER "))
            s.reply("230 No password needed\r\n");
        else
            answerBasics(s, cmd);
    });
    QVERIFY(server.start("220 ready\r\n"));
    auto client = connectTo(server);
    QCOMPARE(client->state(), FtpClient::State::Connected);
    for (const QByteArray& cmd : std::as_const(server.commands))
        QVERIFY(!cmd.startsWith("PASS"));
}

void TestClientEngine::featWithUtf8SendsOpts()
{
    ScriptedServer server;
    server.setHandler([](ScriptedServer& s, const QByteArray& cmd) {
        if (cmd == "FEAT")
            s.reply(
                "211-Features:\r\n MDTM\r\n REST STREAM\r\n SIZE\r\n MLST type*;size*;modify*;\r\n UTF8\r\n"
                "211 End\r\n");
        else if (cmd == "OPTS UTF8 ON")
            s.reply("200 Always in UTF8 mode.\r\n");
        else
            answerBasics(s, cmd);
    });
    QVERIFY(server.start("220 ready\r\n"));
    auto client = connectTo(server);
    QVERIFY(server.commands.contains("OPTS UTF8 ON"));
    QVERIFY(client->capabilities().supportsMlsd());
    QVERIFY(client->capabilities().supportsRestStream());
    QVERIFY(client->capabilities().supportsSize());
    QVERIFY(!client->capabilities().isMinimal());
}

void TestClientEngine::passwordIsMaskedInLog()
{
    ScriptedServer server;
    server.setHandler([](ScriptedServer& s, const QByteArray& cmd) { answerBasics(s, cmd); });
    QVERIFY(server.start("220 ready\r\n"));
    auto client = connectTo(server);
    QVERIFY(m_log.contains(QStringLiteral("PASS ****")));
    for (const QString& line : std::as_const(m_log))
        QVERIFY2(!line.contains(QStringLiteral("s3cret")), qPrintable(line));
}

void TestClientEngine::pasvElsewhereUsesControlPeer()
{
    ScriptedServer server;
    server.setHandler([](ScriptedServer& s, const QByteArray& cmd) {
        if (answerBasics(s, cmd))
            return;
        if (cmd == "PASV") {
            // Points at a documentation address (never reachable, never contacted): must be ignored.
            s.reply(pasvReply(s.listenForData(), QByteArrayLiteral("192,0,2,1")));
        } else if (cmd.startsWith("RETR ")) {
            s.reply("150 Opening\r\n");
            s.dataSocket()->write("payload");
            s.dataSocket()->disconnectFromHost();
            s.reply("226 Done\r\n");
        } else {
            s.reply("502 Not Implemented\r\n");
        }
    });
    QVERIFY(server.start("220 ready\r\n"));
    FtpClientOptions options;
    options.dataMode = DataConnectionMode::Passive;
    auto client = connectTo(server, options);
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    auto op = finish(client->download(QStringLiteral("f"), &sink));
    QVERIFY2(op->succeeded(), qPrintable(op->errorString()));
    QCOMPARE(sink.data(), QByteArrayLiteral("payload"));
    // Minimal server on IPv4: PASV first, and the data socket was connected before RETR was sent.
    const qsizetype pasv = server.commands.indexOf("PASV");
    QVERIFY(pasv >= 0);
    QVERIFY(!server.commands.contains("EPSV"));
}

void TestClientEngine::epsvRefusedFallsBackToPasv()
{
    ScriptedServer server;
    server.setHandler([](ScriptedServer& s, const QByteArray& cmd) {
        if (cmd == "FEAT") {
            s.reply("211-Features:\r\n SIZE\r\n211 End\r\n");
        } else if (answerBasics(s, cmd)) {
        } else if (cmd == "EPSV") {
            s.reply("500 EPSV not understood\r\n");
        } else if (cmd == "PASV") {
            s.reply(pasvReply(s.listenForData()));
        } else if (cmd.startsWith("LIST")) {
            s.reply("125 Sending\r\n");
            s.dataSocket()->write("-rw-r--r-- 1 u g 5 Jan 01 2020 a.txt\r\n");
            s.dataSocket()->disconnectFromHost();
            s.reply("250 List End\r\n");
        } else {
            s.reply("502 Not Implemented\r\n");
        }
    });
    QVERIFY(server.start("220 ready\r\n"));
    auto client = connectTo(server);
    for (int i = 0; i < 2; ++i) {
        auto list = finish(client->list());
        QVERIFY2(list->succeeded(), qPrintable(list->errorString()));
        QCOMPARE(list->entries().size(), 1);
        QCOMPARE(list->entries().first().name, QStringLiteral("a.txt"));
    }
    // EPSV was refused once and not tried again.
    QCOMPARE(server.commands.count("EPSV"), 1);
    QCOMPARE(server.commands.count("PASV"), 2);
}

void TestClientEngine::finalReplyBeforeData()
{
    ScriptedServer server;
    server.setHandler([](ScriptedServer& s, const QByteArray& cmd) {
        if (answerBasics(s, cmd))
            return;
        if (cmd == "PASV") {
            const quint16 port = s.listenForData();
            s.reply(QByteArrayLiteral("227 =127,0,0,1,") + QByteArray::number(port >> 8) + ',' +
                    QByteArray::number(port & 0xff) + "\r\n");
        } else if (cmd.startsWith("RETR ")) {
            // 150 and 226 in one segment, the data afterwards.
            s.reply("150 Here it comes (11 bytes)\r\n226 Transfer complete\r\n");
            QTimer::singleShot(50, &s, [&s] {
                s.dataSocket()->write("hello world");
                s.dataSocket()->disconnectFromHost();
            });
        } else {
            s.reply("502 Not Implemented\r\n");
        }
    });
    QVERIFY(server.start("220 ready\r\n"));
    auto client = connectTo(server);
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    auto op = finish(client->download(QStringLiteral("f"), &sink));
    QVERIFY2(op->succeeded(), qPrintable(op->errorString()));
    QCOMPARE(sink.data(), QByteArrayLiteral("hello world"));
    QCOMPARE(op->totalBytes(), 11);
}

void TestClientEngine::downloadCompleteOnlyAfterCleanClose_data()
{
    QTest::addColumn<bool>("reset");
    QTest::addColumn<int>("sentBytes");
    QTest::newRow("FIN after every byte: complete") << false << 300 * 1024;
    QTest::newRow("reset after every byte was written") << true << 300 * 1024;
    QTest::newRow("reset after a few bytes") << true << 1000;
}

void TestClientEngine::downloadCompleteOnlyAfterCleanClose()
{
#ifndef Q_OS_UNIX
    QSKIP("SO_LINGER 0 resets are set up with POSIX calls");
#endif
    // Qt reports a reset like an orderly close; a download whose data connection was reset must fail
    // even when the server then claims success (226), never be taken as complete.
    QFETCH(bool, reset);
    QFETCH(int, sentBytes);
    const QByteArray content(sentBytes, 'd');
    ScriptedServer server;
    server.setHandler([&](ScriptedServer& s, const QByteArray& cmd) {
        if (answerBasics(s, cmd))
            return;
        if (cmd == "PASV") {
            s.reply(pasvReply(s.listenForData()));
        } else if (cmd.startsWith("RETR ")) {
            // No size announced (as on boards): only the way the connection ended tells.
            s.reply("150 Here it comes\r\n");
            QTcpSocket* data = s.dataSocket();
            const auto end = [&s, data, reset] {
                if (data->bytesToWrite() > 0)
                    return;
                if (reset) {
                    const linger hard{1, 0};
                    ::setsockopt(int(data->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
                    data->abort();
                } else {
                    data->disconnectFromHost();
                }
                s.reply("226 Transfer complete\r\n");
            };
            connect(data, &QTcpSocket::bytesWritten, data, end);
            data->write(content);
        } else {
            s.reply("502 Not Implemented\r\n");
        }
    });
    QVERIFY(server.start("220 ready\r\n"));
    auto client = connectTo(server);
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    auto op = finish(client->download(QStringLiteral("f"), &sink));
    QVERIFY(op->isFinished());
    if (reset) {
        QVERIFY2(!op->succeeded(),
                 qPrintable(QStringLiteral("%1 of %2 bytes").arg(sink.size()).arg(sentBytes)));
        QCOMPARE(op->error(), FtpOperation::Error::ConnectionLost);
        QVERIFY2(op->errorString().contains(QLatin1String("reset")), qPrintable(op->errorString()));
    } else {
        QVERIFY2(op->succeeded(), qPrintable(op->errorString()));
        QVERIFY(sink.data() == content);
    }
    // The connection carries on.
    auto noop = finish(client->noop());
    QVERIFY2(noop->succeeded(), qPrintable(noop->errorString()));
}

void TestClientEngine::passiveRefusedFallsBackToActive()
{
    ScriptedServer server;
    QTcpSocket activeData;
    server.setHandler([&activeData](ScriptedServer& s, const QByteArray& cmd) {
        if (answerBasics(s, cmd))
            return;
        if (cmd == "PASV" || cmd == "EPSV") {
            s.reply("425 Passive mode not allowed here\r\n");
        } else if (cmd.startsWith("PORT ")) {
            const QList<QByteArray> f = cmd.mid(5).split(',');
            const quint16 port = quint16(f.at(4).toInt() * 256 + f.at(5).toInt());
            activeData.connectToHost(QHostAddress::LocalHost, port);
            s.reply("200 PORT ok\r\n");
        } else if (cmd.startsWith("EPRT ")) {
            s.reply("502 EPRT illegal in IPv4 \r\n");
        } else if (cmd.startsWith("NLST")) {
            s.reply("125 Sending List \r\n");
            activeData.write("one\r\ntwo\r\n");
            activeData.disconnectFromHost();
            s.reply("250 List End \r\n");
        } else {
            s.reply("502 Not Implemented \r\n");
        }
    });
    QVERIFY(server.start("220 Connection Ready \r\n"));
    auto client = connectTo(server);
    auto list = finish(client->nameList());
    QVERIFY2(list->succeeded(), qPrintable(list->errorString()));
    QCOMPARE(list->entries().size(), 2);
    QVERIFY(server.commands.contains("PASV"));
    QVERIFY(std::any_of(server.commands.cbegin(), server.commands.cend(),
                        [](const QByteArray& c) { return c.startsWith("PORT "); }));
}

void TestClientEngine::replyTimeout()
{
    ScriptedServer server;
    server.setHandler([](ScriptedServer& s, const QByteArray& cmd) {
        if (cmd != "NOOP")
            answerBasics(s, cmd); // NOOP: silence
    });
    QVERIFY(server.start("220 ready\r\n"));
    FtpClientOptions options;
    options.replyTimeoutMs = 300;
    auto client = connectTo(server, options);
    QSignalSpy disconnected(client.get(), &FtpClient::disconnected);
    auto op = finish(client->noop());
    QCOMPARE(op->error(), FtpOperation::Error::Timeout);
    QVERIFY2(op->errorString().contains(QStringLiteral("did not answer")), qPrintable(op->errorString()));
    QCOMPARE(client->state(), FtpClient::State::Unconnected);
    QCOMPARE(disconnected.count(), 1);
}

void TestClientEngine::malformedReplyIsProtocolError()
{
    ScriptedServer server;
    server.setHandler([](ScriptedServer& s, const QByteArray& cmd) {
        if (cmd == "NOOP")
            s.reply("HTTP/1.1 400 Bad Request\r\n\r\n");
        else
            answerBasics(s, cmd);
    });
    QVERIFY(server.start("220 ready\r\n"));
    auto client = connectTo(server);
    auto op = finish(client->noop());
    QCOMPARE(op->error(), FtpOperation::Error::ProtocolError);
    QCOMPARE(client->state(), FtpClient::State::Unconnected);
}

void TestClientEngine::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    FtpClient client;
    FtpLogin login;
    login.host = QStringLiteral("127.0.0.1");
    login.port = port;
    auto op = finish(client.connectToHost(login));
    QCOMPARE(op->error(), FtpOperation::Error::ConnectionRefused);
    QVERIFY2(op->errorString().contains(QStringLiteral("refused")), qPrintable(op->errorString()));
    // Operations asked for afterwards fail cleanly.
    auto list = finish(client.list());
    QCOMPARE(list->error(), FtpOperation::Error::NotConnected);
}

void TestClientEngine::keepAliveNoopWhileIdle()
{
    ScriptedServer server;
    server.setHandler([](ScriptedServer& s, const QByteArray& cmd) { answerBasics(s, cmd); });
    QVERIFY(server.start("220 ready\r\n"));
    FtpClientOptions options;
    options.keepAliveIntervalMs = 200;
    auto client = connectTo(server, options);
    QSignalSpy received(&server, &ScriptedServer::commandReceived);
    QVERIFY(received.wait(5000));
    QCOMPARE(received.first().first().toByteArray(), QByteArrayLiteral("NOOP"));
    QVERIFY(received.wait(5000)); // and again
    QCOMPARE(client->state(), FtpClient::State::Connected);
}

void TestClientEngine::lineBreakInNameIsRefused()
{
    ScriptedServer server;
    server.setHandler([](ScriptedServer& s, const QByteArray& cmd) {
        if (!answerBasics(s, cmd))
            s.reply("250 ok\r\n");
    });
    QVERIFY(server.start("220 ready\r\n"));
    auto client = connectTo(server);
    const qsizetype before = server.commands.size();
    auto op = finish(client->remove(QStringLiteral("evil\r\nDELE important")));
    QCOMPARE(op->error(), FtpOperation::Error::InvalidArgument);
    auto rename = finish(client->rename(QStringLiteral("a"), QStringLiteral("b\nRMD /")));
    QCOMPARE(rename->error(), FtpOperation::Error::InvalidArgument);
    QCOMPARE(server.commands.size(), before); // nothing was sent
}

void TestClientEngine::hostNameResolves()
{
    ScriptedServer server;
    server.setHandler([](ScriptedServer& s, const QByteArray& cmd) { answerBasics(s, cmd); });
    QVERIFY(server.start("220 ready\r\n"));
    FtpClient client;
    FtpLogin login;
    login.host = QStringLiteral("localhost"); // may resolve to ::1 first; the client tries every address
    login.port = server.port();
    auto op = finish(client.connectToHost(login));
    QVERIFY2(op->succeeded(), qPrintable(op->errorString()));
    QCOMPARE(server.commands.first(), QByteArrayLiteral("AUTH TLS")); // TLS if available: refused here
    QCOMPARE(server.commands.at(1), QByteArrayLiteral("USER anonymous"));
    QVERIFY(server.commands.at(2).startsWith("PASS ") && server.commands.at(2).contains('@'));
}

void TestClientEngine::latin1ListingSwitchesEncoding()
{
    ScriptedServer server;
    server.setHandler([](ScriptedServer& s, const QByteArray& cmd) {
        if (answerBasics(s, cmd))
            return;
        if (cmd == "PASV") {
            s.reply(pasvReply(s.listenForData()));
        } else if (cmd.startsWith("LIST")) {
            s.reply("150 Here\r\n");
            s.dataSocket()->write("-rw-r--r-- 1 u g 5 Jan 01 2020 caf\xe9.txt\r\n"); // Latin-1 e-acute
            s.dataSocket()->disconnectFromHost();
            s.reply("226 Done\r\n");
        } else if (cmd.startsWith("DELE ")) {
            s.reply("250 Deleted\r\n");
        } else {
            s.reply("502 Not Implemented\r\n");
        }
    });
    QVERIFY(server.start("220 ready\r\n"));
    auto client = connectTo(server);
    auto list = finish(client->list());
    QVERIFY2(list->succeeded(), qPrintable(list->errorString()));
    QCOMPARE(list->entries().size(), 1);
    const QString name = list->entries().first().name;
    QCOMPARE(name, QStringLiteral("caf\u00e9.txt"));
    // The name goes back in the server's own encoding.
    auto del = finish(client->remove(name));
    QVERIFY2(del->succeeded(), qPrintable(del->errorString()));
    QCOMPARE(server.commands.last(), QByteArrayLiteral("DELE caf\xe9.txt"));
}

QTEST_GUILESS_MAIN(TestClientEngine)
#include "tst_client_engine.moc"
