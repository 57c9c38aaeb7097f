// FTP replies are English on the wire whatever the desktop's language, while the server's log (shown in
// the window and by `ferry serve`) follows it. Runs with Ferry's German translation (and Qt's own, when
// installed) loaded, the way a German desktop runs Ferry.
#include "i18n/translationloader.h"
#include "rawftpclient.h"
#include "server/ftpserver.h"
#include "server/memoryfilesystem.h"
#include "server/userauthenticator.h"

#include <QCoreApplication>
#include <QTest>
#include <memory>

using namespace Ferry;
using Ferry::Test::RawFtpClient;

namespace {

const QHostAddress Local4(QHostAddress::LocalHost);

QString german(const char* context, const char* source)
{
    return QCoreApplication::translate(context, source);
}

} // namespace

class TestServerLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void repliesAreEnglish_data();
    void repliesAreEnglish();
    void multiLineRepliesAreEnglish();
    void transferRepliesAreEnglish();
    void closingRepliesAreEnglish();
    void logIsTranslated();

private:
    std::unique_ptr<RawFtpClient> connectClient();
    std::unique_ptr<RawFtpClient> loggedIn();

    ServerOptions m_options;
    std::shared_ptr<MemoryFileSystem> m_fs;
    std::shared_ptr<UserAuthenticator> m_auth;
    std::unique_ptr<FtpServer> m_server;
    QList<ServerLogEntry> m_log;
};

void TestServerLanguage::initTestCase()
{
    QCOMPARE(TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("de")),
             QStringLiteral("de"));
    // The translation is really there: the log and file-system messages have German texts.
    QCOMPARE(german("Ferry::FtpServerSession", "Connected"), QStringLiteral("Verbunden"));
    QCOMPARE(german("MemoryFileSystem", "No such file: %1"), QStringLiteral("Datei nicht vorhanden: %1"));
}

void TestServerLanguage::cleanupTestCase()
{
    TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

void TestServerLanguage::init()
{
    m_fs = std::make_shared<MemoryFileSystem>();
    QVERIFY(m_fs->addFile(QStringLiteral("/hello.txt"), "Hello"));
    QVERIFY(m_fs->addFile(QStringLiteral("/big.bin"), QByteArray(64 * 1024 * 1024, 'x')));
    m_auth = std::make_shared<UserAuthenticator>();
    m_auth->addUser(QStringLiteral("alice"), QStringLiteral("secret"), m_fs,
                    UserAuthenticator::Access::ReadWrite);
    m_options = ServerOptions();
    m_options.port = 0;
    m_options.bindAddresses = {Local4};
    m_options.passivePortMin = 0;
    m_options.passivePortMax = 0;
    m_options.failedLoginDelayMs = 10;
    m_log.clear();
    m_server = std::make_unique<FtpServer>();
    m_server->setOptions(m_options);
    m_server->setAuthenticator(m_auth);
    connect(m_server.get(), &FtpServer::logMessage, this,
            [this](const ServerLogEntry& e) { m_log.append(e); });
    QVERIFY(m_server->start());
}

void TestServerLanguage::cleanup()
{
    m_server.reset();
    m_auth.reset();
    m_fs.reset();
}

std::unique_ptr<RawFtpClient> TestServerLanguage::connectClient()
{
    auto client = std::make_unique<RawFtpClient>();
    if (!client->connectTo(Local4, m_server->port()))
        return nullptr;
    return client;
}

std::unique_ptr<RawFtpClient> TestServerLanguage::loggedIn()
{
    std::unique_ptr<RawFtpClient> client = connectClient();
    if (!client || !client->login("alice", "secret"))
        return nullptr;
    return client;
}

void TestServerLanguage::repliesAreEnglish_data()
{
    QTest::addColumn<QByteArrayList>("commands");
    QTest::addColumn<QByteArray>("reply"); // the last command's, whole first line

    const auto row = [](const char* name, const QByteArrayList& commands, const QByteArray& reply) {
        QTest::newRow(name) << commands << reply;
    };
    row("USER", {"USER alice"}, "331 Please specify the password.");
    row("wrong password", {"USER alice", "PASS wrong"}, "530 Login incorrect.");
    row("not logged in", {"PWD"}, "530 Please log in with USER and PASS.");
    row("login", {"USER alice", "PASS secret"}, "230 Login successful.");
    row("again", {"USER alice", "PASS secret", "USER bob"}, "503 Already logged in.");
    row("NOOP", {"NOOP"}, "200 NOOP ok.");
    row("unknown", {"FOO"}, "502 Command not implemented.");
    row("syntax", {"12 34"}, "500 Syntax error, command unrecognized.");
    row("PWD", {"USER alice", "PASS secret", "PWD"}, "257 \"/\" is the current directory.");
    row("CWD missing", {"USER alice", "PASS secret", "CWD /missing"},
        "550 Failed to change directory: No such file or folder: /missing");
    row("SIZE missing", {"USER alice", "PASS secret", "SIZE /missing"},
        "550 No such file or folder: /missing");
    row("DELE missing", {"USER alice", "PASS secret", "DELE /missing"}, "550 No such file: /missing");
    row("MKD", {"USER alice", "PASS secret", "MKD /new"}, "257 \"/new\" created.");
    row("MKD twice", {"USER alice", "PASS secret", "MKD /new", "MKD /new"}, "550 /new already exists.");
    row("RMD root", {"USER alice", "PASS secret", "RMD /"}, "550 The root folder cannot be removed.");
    row("RNFR", {"USER alice", "PASS secret", "RNFR /hello.txt"}, "350 Ready for RNTO.");
    row("RNTO", {"USER alice", "PASS secret", "RNFR /hello.txt", "RNTO /hi.txt"}, "250 Rename successful.");
    row("RNTO alone", {"USER alice", "PASS secret", "RNTO /hi.txt"}, "503 RNFR required first.");
    row("TYPE", {"USER alice", "PASS secret", "TYPE I"}, "200 Switching to Binary mode.");
    row("TYPE bad", {"USER alice", "PASS secret", "TYPE X"}, "504 Unsupported TYPE: only A and I.");
    row("MODE", {"USER alice", "PASS secret", "MODE B"}, "504 Only stream mode (S) is supported.");
    row("REST", {"USER alice", "PASS secret", "REST 100"},
        "350 Restarting at 100. Send STOR or RETR to start the transfer.");
    row("REST bad", {"USER alice", "PASS secret", "REST x"}, "501 REST needs a byte offset.");
    row("no argument", {"USER alice", "PASS secret", "RETR"}, "501 Syntax error: RETR needs an argument.");
    row("no data connection", {"USER alice", "PASS secret", "LIST"},
        "425 Use PORT, EPRT, PASV or EPSV first.");
    row("PORT elsewhere", {"USER alice", "PASS secret", "PORT 10,0,0,1,200,10"},
        "501 Data connections go only to the client's own address.");
    row("EPRT family", {"USER alice", "PASS secret", "EPRT |2|::1|5000|"},
        "522 Network protocol not supported, use (1)");
    row("ABOR idle", {"USER alice", "PASS secret", "ABOR"}, "226 No transfer to abort.");
    row("OPTS", {"OPTS XYZ"}, "501 Option not understood.");
    row("HELP verb", {"HELP RETR"}, "214 RETR is supported.");
    row("QUIT", {"QUIT"}, "221 Goodbye.");
}

void TestServerLanguage::repliesAreEnglish()
{
    QFETCH(QByteArrayList, commands);
    QFETCH(QByteArray, reply);
    std::unique_ptr<RawFtpClient> client = connectClient();
    QVERIFY(client);
    QCOMPARE(client->greeting().lines.value(0), QByteArray("220 Ferry FTP server ready."));
    FtpReply last;
    for (const QByteArray& command : commands)
        last = client->command(command);
    QCOMPARE(last.lines.value(0), reply);
}

void TestServerLanguage::multiLineRepliesAreEnglish()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    const FtpReply feat = client->command("FEAT");
    QCOMPARE(feat.lines.first(), QByteArray("211-Features:"));
    QCOMPARE(feat.lines.last(), QByteArray("211 End"));
    const FtpReply help = client->command("HELP");
    QCOMPARE(help.lines.first(), QByteArray("214-The following commands are recognized:"));
    QCOMPARE(help.lines.last(), QByteArray("214 Help OK."));
    const FtpReply stat = client->command("STAT");
    QCOMPARE(stat.lines, (QList<QByteArray>{"211-Ferry FTP server status:", " Connected from 127.0.0.1",
                                            " Logged in as alice (read-write)",
                                            " TYPE: ASCII, STRUcture: File, MODE: Stream",
                                            " No data connection", "211 End of status"}));
    const FtpReply mlst = client->command("MLST /hello.txt");
    QCOMPARE(mlst.lines.first(), QByteArray("250-Listing /hello.txt"));
    QCOMPARE(mlst.lines.last(), QByteArray("250 End"));
    const FtpReply statPath = client->command("STAT /missing");
    QCOMPARE(statPath.lines.value(0), QByteArray("550 No such file or folder: /missing"));
}

void TestServerLanguage::transferRepliesAreEnglish()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);

    // An upload: 150 and 226.
    std::unique_ptr<QTcpSocket> data = client->openPassive(false);
    QVERIFY(data);
    QCOMPARE(client->command("STOR up.txt").lines.value(0), QByteArray("150 Ok to send data."));
    data->write("up");
    data->disconnectFromHost();
    QCOMPARE(client->nextReply(10000).lines.value(0), QByteArray("226 Transfer complete."));

    // A missing file.
    data = client->openPassive(false);
    QVERIFY(data);
    QCOMPARE(client->command("RETR missing.bin").lines.value(0),
             QByteArray("550 No such file or folder: /missing.bin"));
    data.reset();

    // A listing.
    data = client->openPassive(true);
    QVERIFY(data);
    QCOMPARE(client->command("LIST").lines.value(0), QByteArray("150 Here comes the directory listing."));
    (void)RawFtpClient::readAll(data.get());
    QCOMPARE(client->nextReply().lines.value(0), QByteArray("226 Directory send OK."));

    // A download aborted by the client.
    data = client->openPassive(false);
    QVERIFY(data);
    QCOMPARE(client->command("RETR big.bin").lines.value(0),
             QByteArray("150 Opening ASCII mode data connection for /big.bin (67108864 bytes)."));
    client->send("ABOR\r\n");
    QCOMPARE(client->nextReply().lines.value(0), QByteArray("426 Transfer aborted: aborted by the client."));
    QCOMPARE(client->nextReply().lines.value(0), QByteArray("226 ABOR successful."));

    // A download whose data connection the client resets: the reason stays in the log.
    data = client->openPassive(false);
    QVERIFY(data);
    QCOMPARE(client->command("RETR big.bin").code, 150);
    data->abort();
    QCOMPARE(client->nextReply(10000).lines.value(0), QByteArray("426 Connection closed; transfer aborted."));
}

void TestServerLanguage::closingRepliesAreEnglish()
{
    // The operator disconnects a session.
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    QTRY_COMPARE(m_server->sessionCount(), 1);
    QVERIFY(m_server->disconnectSession(m_server->sessions().first().id));
    QCOMPARE(client->nextReply().lines.value(0), QByteArray("421 Disconnected by the server's operator."));

    // Too many connections from one address, an idle timeout, the server stopping.
    m_server->stop();
    m_options.maxSessionsPerAddress = 1;
    m_options.idleTimeoutMs = 1000;
    m_server->setOptions(m_options);
    QVERIFY(m_server->start());
    std::unique_ptr<RawFtpClient> first = connectClient();
    QVERIFY(first);
    std::unique_ptr<RawFtpClient> second = connectClient();
    QVERIFY(second);
    QCOMPARE(second->greeting().lines.value(0),
             QByteArray("421 Too many connections from your address (1): try again later."));
    QCOMPARE(first->nextReply(10000).lines.value(0), QByteArray("421 Timeout: no command for 1 seconds."));
    std::unique_ptr<RawFtpClient> third = connectClient();
    QVERIFY(third);
    QTRY_COMPARE(m_server->sessionCount(), 1);
    m_server->stop();
    QCOMPARE(third->nextReply().lines.value(0), QByteArray("421 The server is shutting down."));
}

void TestServerLanguage::logIsTranslated()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    QCOMPARE(client->command("DELE /missing").code, 550);
    QCOMPARE(client->command("QUIT").code, 221);
    QVERIFY(client->waitDisconnected());
    QStringList texts;
    for (const ServerLogEntry& entry : std::as_const(m_log))
        texts.append(entry.text);
    const QString all = texts.join(QLatin1Char('\n'));
    // The session's own lines and the file system's message, in German.
    QVERIFY2(all.contains(QStringLiteral(": Verbunden\n")), qPrintable(all));
    QVERIFY2(all.contains(german("MemoryFileSystem", "No such file: %1").arg(QStringLiteral("/missing"))),
             qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("No such file: /missing")), qPrintable(all));
}

QTEST_GUILESS_MAIN(TestServerLanguage)
#include "tst_serverlanguage.moc"
