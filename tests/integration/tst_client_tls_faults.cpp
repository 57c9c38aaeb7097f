// FTPS faults that real servers do not produce on demand, against a scripted in-process server with TLS:
// the STARTTLS injection (clear-text bytes after the 234, in the same segment, must be dropped, never read
// as replies that came over TLS), a server that drops the connection in the middle of the handshake
// (explicit and implicit), a server that speaks clear text on an implicit FTPS port, AUTH SSL after a 504
// to AUTH TLS, PROT P refused (an error where TLS is required, said aloud in auto mode), and a TLS download
// cut without close_notify (a failure, even when the server then says 226) next to one ended properly.

#include "client/ftpclient.h"
#include "client/ftpoperation.h"
#include "client/transferoperation.h"
#include "operationwait.h"
#include "scriptedserver.h"
#include "testcertificates.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace Ferry;
using Ferry::Test::TestCertificates;

namespace {

template <typename Op> std::unique_ptr<Op> finish(Op* op, int timeoutMs = 15000)
{
    return Test::finishOperation(op, timeoutMs);
}

QByteArray pasvReply(quint16 port)
{
    return "227 Entering Passive Mode (127,0,0,1," + QByteArray::number(port >> 8) + ',' +
           QByteArray::number(port & 0xff) + ")\r\n";
}

// The log-on after TLS like a small FTPS server: PBSZ, PROT, USER, PASS, FEAT refused, TYPE, PWD.
bool answerSecureBasics(ScriptedServer& s, const QByteArray& cmd)
{
    if (cmd == "PBSZ 0")
        s.reply("200 PBSZ=0\r\n");
    else if (cmd == "PROT P")
        s.reply("200 Protection set to Private\r\n");
    else if (cmd.startsWith("USER "))
        s.reply("331 Password please\r\n");
    else if (cmd.startsWith("PASS "))
        s.reply("230 Welcome\r\n");
    else if (cmd == "FEAT")
        s.reply("502 Not Implemented\r\n");
    else if (cmd.startsWith("TYPE "))
        s.reply("200 Type set\r\n");
    else if (cmd == "PWD")
        s.reply("257 \"/\" is current\r\n");
    else if (cmd == "NOOP")
        s.reply("200 NOOP ok\r\n");
    else if (cmd == "QUIT")
        s.reply("221 Bye\r\n");
    else
        return false;
    return true;
}

} // namespace

class TestClientTlsFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startTlsInjectionIsDropped_data();
    void startTlsInjectionIsDropped();
    void serverDropsMidHandshake_data();
    void serverDropsMidHandshake();
    void clearTextOnImplicitPort();
    void authSslAfterAuthTlsRefused();
    void protRefused_data();
    void protRefused();
    void downloadEndsOnlyWithCloseNotify_data();
    void downloadEndsOnlyWithCloseNotify();

private:
    std::unique_ptr<FtpClient> client(TlsMode mode, int timeoutMs = 10000);
    std::unique_ptr<FtpOperation> logOn(FtpClient* client, const ScriptedServer& server);
    void setUpTls(ScriptedServer& server);

    QTemporaryDir m_dir;
    TestCertificates::Files m_certificate;
    QSslKey m_key;
    QStringList m_log;
};

void TestClientTlsFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const auto certificate = TestCertificates::selfSigned(m_dir.path(), QStringLiteral("scripted"),
                                                          QStringLiteral("localhost"), &error);
    QVERIFY2(certificate, qPrintable(error));
    m_certificate = *certificate;
    QFile keyFile(m_certificate.keyPath);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    m_key = QSslKey(keyFile.readAll(), QSsl::Ec);
    QVERIFY(!m_key.isNull());
}

void TestClientTlsFaults::init()
{
    m_log.clear();
}

void TestClientTlsFaults::cleanup()
{
    if (QTest::currentTestFailed()) {
        qInfo("Control dialogue of the failed test:");
        for (const QString& line : std::as_const(m_log))
            qInfo("  %s", qPrintable(line));
    }
}

void TestClientTlsFaults::setUpTls(ScriptedServer& server)
{
    server.setCertificate(m_certificate.certificate, m_key);
}

std::unique_ptr<FtpClient> TestClientTlsFaults::client(TlsMode mode, int timeoutMs)
{
    auto result = std::make_unique<FtpClient>();
    FtpClientOptions options;
    options.tls.mode = mode;
    options.tls.acceptedFingerprints = {m_certificate.sha256};
    options.tls.trustStorePath = QStringLiteral("-");
    options.connectTimeoutMs = timeoutMs;
    options.replyTimeoutMs = timeoutMs;
    options.dataTimeoutMs = timeoutMs;
    result->setOptions(options);
    connect(result.get(), &FtpClient::logMessage, this, [this](FtpClient::LogKind kind, const QString& text) {
        static const char* const prefixes[] = {"> ", "< ", "* ", "! "};
        m_log.append(QString::fromLatin1(prefixes[int(kind)]) + text);
    });
    return result;
}

std::unique_ptr<FtpOperation> TestClientTlsFaults::logOn(FtpClient* client, const ScriptedServer& server)
{
    FtpLogin login;
    login.host = QStringLiteral("127.0.0.1");
    login.port = server.port();
    login.user = QStringLiteral("alice");
    login.password = QStringLiteral("s3cret");
    return finish(client->connectToHost(login));
}

void TestClientTlsFaults::startTlsInjectionIsDropped_data()
{
    QTest::addColumn<QByteArray>("injected");
    QTest::newRow("whole replies") << QByteArray("331 injected\r\n230 injected too\r\n");
    QTest::newRow("a partial line") << QByteArray("230 inj");
    QTest::newRow("a reply and a partial one") << QByteArray("200 injected\r\n23");
}

void TestClientTlsFaults::startTlsInjectionIsDropped()
{
    // The server (or anyone on the path) sends clear-text bytes right behind the 234, in the same segment.
    // The client must drop them: switching to TLS, nothing received before the handshake counts.
    QFETCH(QByteArray, injected);
    ScriptedServer server;
    setUpTls(server);
    server.setHandler([&](ScriptedServer& s, const QByteArray& cmd) {
        if (cmd == "AUTH TLS") {
            s.reply("234 Proceed with negotiation.\r\n" + injected); // one write, one segment
            s.startControlTls();
            return;
        }
        if (!answerSecureBasics(s, cmd))
            s.reply("502 Not Implemented\r\n");
    });
    QVERIFY(server.start("220 scripted FTPS\r\n"));
    auto c = client(TlsMode::Explicit);
    auto logon = logOn(c.get(), server);
    QVERIFY2(logon->succeeded(), qPrintable(logon->errorString()));
    QVERIFY(c->security().controlEncrypted);
    QVERIFY(c->security().dataEncrypted);
    const QString log = m_log.join(QLatin1Char('\n'));
    QVERIFY2(!log.contains(QLatin1String("inj")), qPrintable(log));
    QCOMPARE(server.commands, (QList<QByteArray>{"AUTH TLS", "PBSZ 0", "PROT P", "USER alice", "PASS s3cret",
                                                 "FEAT", "TYPE I", "PWD"}));
    // Replies stay in step afterwards.
    auto noop = finish(c->noop());
    QVERIFY2(noop->succeeded(), qPrintable(noop->errorString()));
    QCOMPARE(noop->reply().code, 200);
}

void TestClientTlsFaults::serverDropsMidHandshake_data()
{
    QTest::addColumn<TlsMode>("mode");
    QTest::newRow("explicit, after 234") << TlsMode::Explicit;
    QTest::newRow("implicit, on connect") << TlsMode::Implicit;
    QTest::newRow("auto, after 234: no fallback to clear text") << TlsMode::Auto;
}

void TestClientTlsFaults::serverDropsMidHandshake()
{
    QFETCH(TlsMode, mode);
    ScriptedServer server;
    setUpTls(server);
    server.setHandler([](ScriptedServer& s, const QByteArray& cmd) {
        if (cmd == "AUTH TLS") {
            s.reply("234 Proceed with negotiation.\r\n");
            s.dropOnNextData(); // the ClientHello
        }
    });
    if (mode == TlsMode::Implicit)
        server.dropOnNextData();
    QVERIFY(server.start(mode == TlsMode::Implicit ? QByteArray() : QByteArray("220 scripted\r\n")));
    auto c = client(mode, 5000);
    QElapsedTimer timer;
    timer.start();
    auto logon = logOn(c.get(), server);
    QVERIFY(logon->isFinished());
    QVERIFY(!logon->succeeded());
    QCOMPARE(logon->error(), FtpOperation::Error::TlsFailed);
    QVERIFY2(logon->errorString().contains(QLatin1String("handshake")), qPrintable(logon->errorString()));
    QVERIFY2(timer.elapsed() < 4000, "no waiting for a timeout");
    QCOMPARE(c->state(), FtpClient::State::Unconnected);
    QVERIFY(!server.commands.contains("USER alice"));
}

void TestClientTlsFaults::clearTextOnImplicitPort()
{
    ScriptedServer server;
    server.setHandler([](ScriptedServer& s, const QByteArray&) { s.reply("500 What?\r\n"); });
    QVERIFY(server.start("220 plain FTP here\r\n"));
    auto c = client(TlsMode::Implicit, 5000);
    QElapsedTimer timer;
    timer.start();
    auto logon = logOn(c.get(), server);
    QVERIFY(!logon->succeeded());
    QCOMPARE(logon->error(), FtpOperation::Error::TlsFailed);
    QVERIFY2(logon->errorString().contains(QLatin1String("implicit")), qPrintable(logon->errorString()));
    QVERIFY2(timer.elapsed() < 4000, "no waiting for a timeout");
}

void TestClientTlsFaults::authSslAfterAuthTlsRefused()
{
    // A server that knows AUTH but only the old mechanism name (504 to TLS) is asked for SSL once.
    ScriptedServer server;
    setUpTls(server);
    server.setHandler([](ScriptedServer& s, const QByteArray& cmd) {
        if (cmd == "AUTH TLS") {
            s.reply("504 Unknown AUTH type.\r\n");
        } else if (cmd == "AUTH SSL") {
            s.reply("234 Proceed with negotiation.\r\n");
            s.startControlTls();
        } else if (!answerSecureBasics(s, cmd)) {
            s.reply("502 Not Implemented\r\n");
        }
    });
    QVERIFY(server.start("220 scripted FTPS\r\n"));
    auto c = client(TlsMode::Explicit);
    auto logon = logOn(c.get(), server);
    QVERIFY2(logon->succeeded(), qPrintable(logon->errorString()));
    QVERIFY(c->security().controlEncrypted);
    QVERIFY(c->security().dataEncrypted);
    QCOMPARE(server.commands.mid(0, 4), (QList<QByteArray>{"AUTH TLS", "AUTH SSL", "PBSZ 0", "PROT P"}));
}

void TestClientTlsFaults::protRefused_data()
{
    QTest::addColumn<TlsMode>("mode");
    QTest::addColumn<bool>("loggedIn");
    QTest::newRow("required (ftpes://): an error") << TlsMode::Explicit << false;
    QTest::newRow("auto: logged in, data not encrypted and said so") << TlsMode::Auto << true;
}

void TestClientTlsFaults::protRefused()
{
    // The server accepts TLS on the control connection but refuses PROT P: files would cross in clear text.
    QFETCH(TlsMode, mode);
    QFETCH(bool, loggedIn);
    ScriptedServer server;
    setUpTls(server);
    server.setHandler([](ScriptedServer& s, const QByteArray& cmd) {
        if (cmd == "AUTH TLS") {
            s.reply("234 Proceed with negotiation.\r\n");
            s.startControlTls();
        } else if (cmd == "PROT P") {
            s.reply("534 PROT P refused by policy.\r\n");
        } else if (!answerSecureBasics(s, cmd)) {
            s.reply("502 Not Implemented\r\n");
        }
    });
    QVERIFY(server.start("220 scripted FTPS\r\n"));
    auto c = client(mode);
    auto logon = logOn(c.get(), server);
    QCOMPARE(logon->succeeded(), loggedIn);
    if (!loggedIn) {
        QCOMPARE(logon->error(), FtpOperation::Error::TlsFailed);
        QVERIFY2(logon->errorString().contains(QLatin1String("PROT P")), qPrintable(logon->errorString()));
        QVERIFY(!server.commands.contains("USER alice"));
        return;
    }
    QVERIFY(c->security().controlEncrypted);
    QVERIFY(!c->security().dataEncrypted);
    QVERIFY(c->security().summary().contains(QLatin1String("data not encrypted")));
    QVERIFY(m_log.join(QLatin1Char('\n')).contains(QLatin1String("refused to encrypt data connections")));
}

void TestClientTlsFaults::downloadEndsOnlyWithCloseNotify_data()
{
    QTest::addColumn<bool>("closeNotify");
    QTest::addColumn<int>("sent");
    QTest::newRow("close_notify after every byte: complete") << true << 200000;
    QTest::newRow("cut without close_notify, fewer bytes than announced") << false << 50000;
    QTest::newRow("cut without close_notify after the announced bytes") << false << 200000;
}

void TestClientTlsFaults::downloadEndsOnlyWithCloseNotify()
{
    QFETCH(bool, closeNotify);
    QFETCH(int, sent);
    const QByteArray content(200000, 'z');
    ScriptedServer server;
    setUpTls(server);
    server.setHandler([&](ScriptedServer& s, const QByteArray& cmd) {
        if (cmd == "AUTH TLS") {
            s.reply("234 Proceed\r\n");
            s.startControlTls();
        } else if (cmd == "EPSV") {
            s.reply("502 Not Implemented\r\n");
        } else if (cmd == "PASV") {
            s.reply(pasvReply(s.listenForData(true)));
        } else if (cmd.startsWith("SIZE ")) {
            s.reply("213 200000\r\n");
        } else if (cmd.startsWith("RETR ")) {
            s.reply("150 Opening BINARY mode data connection (200000 bytes)\r\n");
            QSslSocket* data = s.dataSocket();
            const auto send = [&s, data, sent, closeNotify, &content] {
                data->write(content.left(sent));
                connect(data, &QSslSocket::encryptedBytesWritten, data, [&s, data, closeNotify] {
                    if (data->encryptedBytesToWrite() > 0 || data->bytesToWrite() > 0)
                        return;
                    data->disconnect();
                    if (closeNotify)
                        data->disconnectFromHost(); // close_notify, then FIN
                    else
                        data->abort(); // TCP closed under the TLS stream
                    s.reply("226 Transfer complete\r\n");
                });
            };
            if (data->isEncrypted())
                send();
            else
                connect(&s, &ScriptedServer::dataEncrypted, data, send);
        } else if (!answerSecureBasics(s, cmd)) {
            s.reply("502 Not Implemented\r\n");
        }
    });
    QVERIFY(server.start("220 scripted FTPS\r\n"));
    auto c = client(TlsMode::Explicit);
    auto logon = logOn(c.get(), server);
    QVERIFY2(logon->succeeded(), qPrintable(logon->errorString()));
    QBuffer sink;
    QVERIFY(sink.open(QIODevice::WriteOnly));
    auto down = finish(c->download(QStringLiteral("file.bin"), &sink));
    QVERIFY(down->isFinished());
    if (closeNotify) {
        QVERIFY2(down->succeeded(), qPrintable(down->errorString()));
        QVERIFY(sink.data() == content);
    } else {
        QVERIFY2(!down->succeeded(), qPrintable(QStringLiteral("%1 bytes").arg(sink.size())));
        QCOMPARE(down->error(), FtpOperation::Error::ConnectionLost);
        QVERIFY2(down->errorString().contains(QLatin1String("close_notify")),
                 qPrintable(down->errorString()));
    }
    // The control connection carries on either way.
    auto noop = finish(c->noop());
    QVERIFY2(noop->succeeded(), qPrintable(noop->errorString()));
    // The data connection ran OpenSSL directly (ClientTlsStream), not the QSslSocket fallback.
    for (const QString& line : std::as_const(m_log))
        QVERIFY2(!line.contains(QLatin1String("TLS on the data connection through Qt")), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestClientTlsFaults)
#include "tst_client_tls_faults.moc"
