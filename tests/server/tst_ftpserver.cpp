// Command-level tests of Ferry's embedded FTP server over raw sockets: every command and reply code, the
// security rules of RFC 2577, robustness against hostile or vanishing clients, and what NetX Duo
// clients need. The server runs in-process on loopback (port 0).
#include "protocol/dataaddress.h"
#include "rawftpclient.h"
#include "server/authenticator.h"
#include "server/ftpserver.h"
#include "server/localfilesystem.h"
#include "server/memoryfilesystem.h"
#include "server/userauthenticator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <functional>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Ferry;
using Ferry::Test::ActiveListener;
using Ferry::Test::RawFtpClient;

namespace {

const QHostAddress Local4(QHostAddress::LocalHost);
const QHostAddress Local6(QHostAddress::LocalHostIPv6);
const QHostAddress OtherHost(QStringLiteral("127.0.0.2"));
const QByteArray Hello = "Hello, world\n";

QByteArray pattern(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (qint64 i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes[i] = char(x);
    }
    return bytes;
}

// Resets a socket (RST instead of FIN) when it is closed.
void setLingerZero(QTcpSocket* socket)
{
#ifdef Q_OS_UNIX
    struct linger l = {1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &l, sizeof l);
#else
    Q_UNUSED(socket);
#endif
}

QByteArray portArgument(const QHostAddress& address, quint16 port)
{
    return DataAddress::formatPortArgument(address, port);
}

} // namespace

class TestServerCommands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // Login
    void greetingAndLogin();
    void userAlwaysAnswers331();
    void commandsBeforeLogin();
    void failedLoginIsDelayed();
    void bruteForceDisconnects();
    void anonymousIsReadOnly();
    void logoutCallback();
    void passwordsNeverLogged();

    // Commands
    void simpleCommands_data();
    void simpleCommands();
    void featListsExactlyImplemented();
    void pwdCwdCdup();
    void fileCommands();
    void renameCommands();
    void mlst();
    void unknownAndInvalidCommands();
    void overlongCommandLine();
    void randomGarbageOnControl();
    void readOnlySession_data();
    void readOnlySession();

    // Data connections
    void pasvReplyFormat();
    void epsvReplyFormat();
    void listFormats();
    void listOptionsAndWildcards();
    void retrAndStor();
    void storReplacesAtomically();
    void restRetrAndStor();
    void appeAndStou();
    void activePort();
    void activeConnectFails();
    void transferWithoutDataConnection();
    void epsvAll();
    void ipv6Session();

    // Security (RFC 2577)
    void traversal_data();
    void traversal();
    void symlinkEscapeOverFtp();
    void portToAnotherHostRefused();
    void portBelow1024Refused();
    void eprtWrongFamilyOrHost();
    void passiveConnectionFromOtherHostRejected();
    void passivePortsInRange();
    void sessionLimits();
    void loginTimeout();
    void idleTimeout();

    // Robustness
    void clientVanishesMidDownload();
    void serverServesOthersDuringTransfer();
    void aborMidUpload();
    void aborMidDownload();
    void clientVanishesMidUpload();
    void diskFullDuringUpload();
    void commandsDuringTransferWait();

    // NetX Duo clients
    void netxEmptyNlst();
    void netxEmptyNlstActive();
    void netxDataConnectBeforeCommand();
    void netxZeroPaddedPort();
    void netxResetAfterFin();
    void netxNlstTrailingSpace();
    void netxFailedRetrActiveConnectsFirst();

    // API for the GUI and "ferry serve"
    void signalsAndSessionList();
    void disconnectSession();
    void connectionUrls();
    void stopClosesSessions();

private:
    bool startServer();
    std::unique_ptr<RawFtpClient> connectClient(const QHostAddress& host = Local4,
                                                const QHostAddress& bind = QHostAddress());
    std::unique_ptr<RawFtpClient> loggedIn(const QByteArray& user = "alice",
                                           const QByteArray& password = "secret",
                                           const QHostAddress& host = Local4);
    // PASV + connect + `command`: returns the replies' codes and the data received.
    struct Transfer
    {
        int preliminary = 0;
        int final = 0;
        QByteArray data;
        QString finalText;
    };
    Transfer download(RawFtpClient& client, const QByteArray& command, bool extended = false);
    Transfer upload(RawFtpClient& client, const QByteArray& command, const QByteArray& data);
    QStringList uploadLeftovers() const;

    ServerOptions m_options;
    std::unique_ptr<FtpServer> m_server;
    std::shared_ptr<MemoryFileSystem> m_fs;
    std::shared_ptr<UserAuthenticator> m_auth;
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<ServerLogEntry> m_log;
};

void TestServerCommands::init()
{
    m_fs = std::make_shared<MemoryFileSystem>();
    QVERIFY(m_fs->addFile(QStringLiteral("/hello.txt"), Hello));
    QVERIFY(m_fs->addFile(QStringLiteral("/dir/a.bin"), pattern(1000)));
    QVERIFY(m_fs->addFile(QStringLiteral("/dir/b c.txt"), "spaces"));
    QVERIFY(m_fs->addDirectory(QStringLiteral("/dir/sub")));
    QVERIFY(m_fs->addDirectory(QStringLiteral("/empty")));

    // A local jail with a secret next to it, for traversal tests.
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("root/sub")));
    QFile secret(m_dir->filePath(QStringLiteral("secret.txt")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("TOP SECRET");
    secret.close();
    QFile inside(m_dir->filePath(QStringLiteral("root/inside.txt")));
    QVERIFY(inside.open(QIODevice::WriteOnly));
    inside.write("inside");
    inside.close();
    QVERIFY(QFile::link(m_dir->path(), m_dir->filePath(QStringLiteral("root/escape"))));
    QVERIFY(QFile::link(secret.fileName(), m_dir->filePath(QStringLiteral("root/secret-link.txt"))));

    m_auth = std::make_shared<UserAuthenticator>();
    m_auth->addUser(QStringLiteral("alice"), QStringLiteral("secret"), m_fs,
                    UserAuthenticator::Access::ReadWrite);
    m_auth->addUser(QStringLiteral("reader"), QStringLiteral("pw"), m_fs,
                    UserAuthenticator::Access::ReadOnly);
    QVERIFY(m_auth->addUser(QStringLiteral("local"), QStringLiteral("pw"),
                            m_dir->filePath(QStringLiteral("root")), UserAuthenticator::Access::ReadWrite));
    m_auth->setAnonymous(m_fs);

    m_options = ServerOptions();
    m_options.port = 0;
    m_options.bindAddresses = {Local4, Local6};
    m_options.passivePortMin = 0;
    m_options.passivePortMax = 0;
    m_options.failedLoginDelayMs = 50;
    m_options.dataConnectTimeoutMs = 3000;
    m_log.clear();
}

void TestServerCommands::cleanup()
{
    m_server.reset();
    m_fs.reset();
    m_auth.reset();
    m_dir.reset();
}

bool TestServerCommands::startServer()
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

std::unique_ptr<RawFtpClient> TestServerCommands::connectClient(const QHostAddress& host,
                                                                const QHostAddress& bind)
{
    if (!m_server && !startServer())
        return nullptr;
    auto client = std::make_unique<RawFtpClient>(bind);
    if (!client->connectTo(host, m_server->port()))
        return nullptr;
    return client;
}

std::unique_ptr<RawFtpClient> TestServerCommands::loggedIn(const QByteArray& user, const QByteArray& password,
                                                           const QHostAddress& host)
{
    std::unique_ptr<RawFtpClient> client = connectClient(host);
    if (!client || client->greeting().code != 220 || !client->login(user, password))
        return nullptr;
    return client;
}

TestServerCommands::Transfer TestServerCommands::download(RawFtpClient& client, const QByteArray& command,
                                                          bool extended)
{
    Transfer t;
    std::unique_ptr<QTcpSocket> data = client.openPassive(extended);
    if (!data)
        return t;
    const FtpReply first = client.command(command);
    if (!first.isPreliminary()) {
        t.final = first.code;
        t.finalText = first.text();
        return t;
    }
    t.preliminary = first.code;
    t.data = RawFtpClient::readAll(data.get());
    const FtpReply last = client.nextReply();
    t.final = last.code;
    t.finalText = last.text();
    return t;
}

TestServerCommands::Transfer TestServerCommands::upload(RawFtpClient& client, const QByteArray& command,
                                                        const QByteArray& bytes)
{
    Transfer t;
    std::unique_ptr<QTcpSocket> data = client.openPassive(false);
    if (!data)
        return t;
    const FtpReply first = client.command(command);
    if (!first.isPreliminary()) {
        t.final = first.code;
        t.finalText = first.text();
        return t;
    }
    t.preliminary = first.code;
    data->write(bytes);
    data->disconnectFromHost();
    (void)Ferry::Test::waitFor([&data] { return data->state() == QAbstractSocket::UnconnectedState; }, 10000);
    const FtpReply last = client.nextReply(10000);
    t.final = last.code;
    t.finalText = last.text();
    return t;
}

QStringList TestServerCommands::uploadLeftovers() const
{
    QStringList leftovers;
    const std::function<void(const QString&)> walk = [&](const QString& folder) {
        const std::optional<QList<FileInfo>> list = m_fs->list(folder, nullptr);
        for (const FileInfo& info : list.value_or(QList<FileInfo>())) {
            const QString path = folder == QLatin1String("/") ? QLatin1Char('/') + info.name
                                                              : folder + QLatin1Char('/') + info.name;
            if (info.name.startsWith(QLatin1String(".ferry-upload-")))
                leftovers.append(path);
            if (info.isDir())
                walk(path);
        }
    };
    walk(QStringLiteral("/"));
    return leftovers;
}

// ---------------------------------------------------------------------------------------------------
// Login

void TestServerCommands::greetingAndLogin()
{
    std::unique_ptr<RawFtpClient> client = connectClient();
    QVERIFY(client);
    QCOMPARE(client->greeting().code, 220);
    QCOMPARE(client->greeting().lines.size(), 1); // single line: NetX clients read one segment
    QCOMPARE(client->command("USER alice").code, 331);
    const FtpReply pass = client->command("PASS secret");
    QCOMPARE(pass.code, 230);
    QCOMPARE(pass.lines.size(), 1);
    QCOMPARE(client->command("USER bob").code, 503); // already logged in
    QCOMPARE(client->command("QUIT").code, 221);
    QVERIFY(client->waitDisconnected());
}

void TestServerCommands::userAlwaysAnswers331()
{
    std::unique_ptr<RawFtpClient> client = connectClient();
    QVERIFY(client);
    const FtpReply known = client->command("USER alice");
    const FtpReply unknown = client->command("USER nosuchuser");
    const FtpReply anonymous = client->command("USER anonymous");
    QCOMPARE(known.code, 331);
    QCOMPARE(unknown.code, 331);
    QCOMPARE(anonymous.code, 331);
    // Not even the text differs.
    QCOMPARE(known.text(), unknown.text());
    QCOMPARE(client->command("PASS").code, 230); // anonymous, empty password
}

void TestServerCommands::commandsBeforeLogin()
{
    std::unique_ptr<RawFtpClient> client = connectClient();
    QVERIFY(client);
    for (const QByteArray& command :
         {QByteArray("PWD"), QByteArray("LIST"), QByteArray("RETR hello.txt"), QByteArray("CWD /"),
          QByteArray("PASV"), QByteArray("STAT"), QByteArray("STOR x"), QByteArray("MKD x")})
        QCOMPARE(client->command(command).code, 530);
    QCOMPARE(client->command("PASS secret").code, 503); // PASS needs USER first
    QCOMPARE(client->command("NOOP").code, 200);
    QCOMPARE(client->command("SYST").code, 215);
    QCOMPARE(client->command("FEAT").code, 211);
    QCOMPARE(client->command("OPTS UTF8 ON").code, 200);
    QCOMPARE(client->command("QUIT").code, 221);
}

void TestServerCommands::failedLoginIsDelayed()
{
    m_options.failedLoginDelayMs = 300;
    std::unique_ptr<RawFtpClient> client = connectClient();
    QVERIFY(client);
    QCOMPARE(client->command("USER alice").code, 331);
    QElapsedTimer timer;
    timer.start();
    client->send("PASS wrong\r\nNOOP\r\n");
    QVERIFY(client->noReplyWithin(200)); // neither the 530 nor the NOOP's reply yet
    QCOMPARE(client->nextReply().code, 530);
    QVERIFY(timer.elapsed() >= 250);
    QCOMPARE(client->nextReply().code, 200);
    QVERIFY(client->login("alice", "secret"));
}

void TestServerCommands::bruteForceDisconnects()
{
    std::unique_ptr<RawFtpClient> client = connectClient();
    QVERIFY(client);
    for (int i = 1; i <= 2; ++i) {
        QCOMPARE(client->command("USER alice").code, 331);
        QCOMPARE(client->command("PASS guess" + QByteArray::number(i)).code, 530);
    }
    QCOMPARE(client->command("USER alice").code, 331);
    QCOMPARE(client->command("PASS guess3").code, 530);
    QCOMPARE(client->nextReply().code, 421);
    QVERIFY(client->waitDisconnected());
    // Unknown users count the same.
    std::unique_ptr<RawFtpClient> second = connectClient();
    QVERIFY(second);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(second->command("USER ghost").code, 331);
        QCOMPARE(second->command("PASS x").code, 530);
    }
    QCOMPARE(second->nextReply().code, 421);
    QVERIFY(second->waitDisconnected());
    // The server still serves others.
    QVERIFY(loggedIn());
}

void TestServerCommands::anonymousIsReadOnly()
{
    for (const QByteArray& name : {QByteArray("anonymous"), QByteArray("ftp"), QByteArray("Anonymous")}) {
        std::unique_ptr<RawFtpClient> client = loggedIn(name, "me@example.com");
        QVERIFY(client);
        QCOMPARE(download(*client, "RETR hello.txt").data, Hello);
        QCOMPARE(client->command("MKD x").code, 532);
    }
    m_auth->disableAnonymous();
    std::unique_ptr<RawFtpClient> refused = connectClient();
    QVERIFY(refused);
    QCOMPARE(refused->command("USER anonymous").code, 331);
    QCOMPARE(refused->command("PASS x").code, 530);
}

void TestServerCommands::logoutCallback()
{
    QList<LogoutInfo> logouts;
    QList<LoginRequest> logins;
    m_server.reset();
    auto users = m_auth;
    m_auth = nullptr;
    QVERIFY(startServer());
    m_server->setAuthenticator(std::make_shared<CallbackAuthenticator>(
        [&logins, users](const LoginRequest& r) {
            logins.append(r);
            LoginResult result = users->login(r);
            if (result.accepted && r.user == QLatin1String("alice"))
                result.readOnly = true; // the callback may make a session read-only
            return result;
        },
        [&logouts](const LogoutInfo& info) { logouts.append(info); }));

    { // No password tried: no logout.
        std::unique_ptr<RawFtpClient> client = connectClient();
        QCOMPARE(client->command("USER alice").code, 331);
        QCOMPARE(client->command("QUIT").code, 221);
        QVERIFY(client->waitDisconnected());
    }
    QTRY_COMPARE(m_server->sessionCount(), 0);
    QCOMPARE(logouts.size(), 0);
    { // Wrong password, then the client drops the connection.
        std::unique_ptr<RawFtpClient> client = connectClient();
        QCOMPARE(client->command("USER bob").code, 331);
        QCOMPARE(client->command("PASS nope").code, 530);
        client->socket()->abort();
    }
    QTRY_COMPARE(logouts.size(), 1);
    QCOMPARE(logouts.at(0).user, QStringLiteral("bob"));
    QVERIFY(!logouts.at(0).loggedIn);
    { // Logged in, made read-only by the callback, QUIT.
        std::unique_ptr<RawFtpClient> client = loggedIn();
        QVERIFY(client);
        QCOMPARE(client->command("MKD x").code, 532);
        QCOMPARE(logins.last().clientAddress, Local4);
        QCOMPARE(logins.last().clientPort, client->socket()->localPort());
        QCOMPARE(client->command("QUIT").code, 221);
        QVERIFY(client->waitDisconnected());
        QCOMPARE(logins.last().password, QStringLiteral("secret"));
    }
    QTRY_COMPARE(logouts.size(), 2);
    QVERIFY(logouts.at(1).loggedIn);
    QCOMPARE(logouts.at(1).user, QStringLiteral("alice"));
    QCOMPARE(logouts.at(1).clientAddress, Local4);
}

void TestServerCommands::passwordsNeverLogged()
{
    m_options.logProtocol = true;
    QVERIFY(startServer());
    {
        std::unique_ptr<RawFtpClient> client = connectClient();
        QCOMPARE(client->command("USER alice").code, 331);
        QCOMPARE(client->command("PASS hunter2").code, 530);
        QVERIFY(client->login("alice", "secret"));
        QCOMPARE(client->command("QUIT").code, 221);
        QVERIFY(client->waitDisconnected());
    }
    QTRY_VERIFY(!m_log.isEmpty());
    bool sawPass = false;
    for (const ServerLogEntry& entry : std::as_const(m_log)) {
        QVERIFY2(!entry.text.contains(QStringLiteral("hunter2")), qPrintable(entry.text));
        QVERIFY2(!entry.text.contains(QStringLiteral("secret")), qPrintable(entry.text));
        sawPass = sawPass || entry.text.contains(QStringLiteral("PASS ****"));
    }
    QVERIFY(sawPass);
}

// ---------------------------------------------------------------------------------------------------
// Commands

void TestServerCommands::simpleCommands_data()
{
    QTest::addColumn<QByteArray>("command");
    QTest::addColumn<int>("code");
    QTest::newRow("NOOP") << QByteArray("NOOP") << 200;
    QTest::newRow("noop lower case") << QByteArray("noop") << 200;
    QTest::newRow("SYST") << QByteArray("SYST") << 215;
    QTest::newRow("FEAT") << QByteArray("FEAT") << 211;
    QTest::newRow("OPTS UTF8 ON") << QByteArray("OPTS UTF8 ON") << 200;
    QTest::newRow("OPTS UTF8 OFF") << QByteArray("OPTS UTF8 OFF") << 200;
    QTest::newRow("OPTS MLST") << QByteArray("OPTS MLST type;size;") << 200;
    QTest::newRow("OPTS unknown") << QByteArray("OPTS FOO") << 501;
    QTest::newRow("HELP") << QByteArray("HELP") << 214;
    QTest::newRow("HELP RETR") << QByteArray("HELP RETR") << 214;
    QTest::newRow("HELP SITE") << QByteArray("HELP SITE") << 502;
    QTest::newRow("STAT") << QByteArray("STAT") << 211;
    QTest::newRow("STAT path") << QByteArray("STAT /dir") << 213;
    QTest::newRow("STAT missing") << QByteArray("STAT /nope") << 550;
    QTest::newRow("PWD") << QByteArray("PWD") << 257;
    QTest::newRow("XPWD") << QByteArray("XPWD") << 257;
    QTest::newRow("TYPE I") << QByteArray("TYPE I") << 200;
    QTest::newRow("TYPE A") << QByteArray("TYPE A") << 200;
    QTest::newRow("TYPE A N") << QByteArray("TYPE A N") << 200;
    QTest::newRow("TYPE L 8") << QByteArray("TYPE L 8") << 200;
    QTest::newRow("TYPE E") << QByteArray("TYPE E") << 504;
    QTest::newRow("TYPE missing") << QByteArray("TYPE") << 501;
    QTest::newRow("MODE S") << QByteArray("MODE S") << 200;
    QTest::newRow("MODE B") << QByteArray("MODE B") << 504;
    QTest::newRow("STRU F") << QByteArray("STRU F") << 200;
    QTest::newRow("STRU R") << QByteArray("STRU R") << 504;
    QTest::newRow("ALLO") << QByteArray("ALLO 1000") << 202;
    QTest::newRow("REST") << QByteArray("REST 100") << 350;
    QTest::newRow("REST bad") << QByteArray("REST -1") << 501;
    QTest::newRow("REST text") << QByteArray("REST abc") << 501;
    QTest::newRow("SIZE") << QByteArray("SIZE hello.txt") << 213;
    QTest::newRow("SIZE folder") << QByteArray("SIZE dir") << 550;
    QTest::newRow("SIZE missing") << QByteArray("SIZE nope") << 550;
    QTest::newRow("MDTM") << QByteArray("MDTM /hello.txt") << 213;
    QTest::newRow("MDTM missing") << QByteArray("MDTM nope") << 550;
    QTest::newRow("CWD") << QByteArray("CWD dir") << 250;
    QTest::newRow("XCWD") << QByteArray("XCWD /dir/sub") << 250;
    QTest::newRow("CWD file") << QByteArray("CWD hello.txt") << 550;
    QTest::newRow("CWD missing") << QByteArray("CWD nope") << 550;
    QTest::newRow("CWD no argument") << QByteArray("CWD") << 501;
    QTest::newRow("CDUP") << QByteArray("CDUP") << 250;
    QTest::newRow("XCUP") << QByteArray("XCUP") << 250;
    QTest::newRow("MKD") << QByteArray("MKD newdir") << 257;
    QTest::newRow("XMKD") << QByteArray("XMKD newdir2") << 257;
    QTest::newRow("MKD exists") << QByteArray("MKD dir") << 550;
    QTest::newRow("MKD no parent") << QByteArray("MKD /no/such") << 550;
    QTest::newRow("RMD") << QByteArray("RMD empty") << 250;
    QTest::newRow("XRMD") << QByteArray("XRMD /dir/sub") << 250;
    QTest::newRow("RMD not empty") << QByteArray("RMD dir") << 550;
    QTest::newRow("RMD root") << QByteArray("RMD /") << 550;
    QTest::newRow("DELE") << QByteArray("DELE hello.txt") << 250;
    QTest::newRow("DELE missing") << QByteArray("DELE nope") << 550;
    QTest::newRow("DELE folder") << QByteArray("DELE dir") << 550;
    QTest::newRow("RNFR") << QByteArray("RNFR hello.txt") << 350;
    QTest::newRow("RNFR missing") << QByteArray("RNFR nope") << 550;
    QTest::newRow("RNTO without RNFR") << QByteArray("RNTO x") << 503;
    QTest::newRow("ABOR idle") << QByteArray("ABOR") << 226;
    QTest::newRow("MLST") << QByteArray("MLST hello.txt") << 250;
    QTest::newRow("MLST missing") << QByteArray("MLST nope") << 550;
    QTest::newRow("PORT bad") << QByteArray("PORT 1,2,3") << 501;
    QTest::newRow("EPRT bad") << QByteArray("EPRT |9|x|1|") << 501;
    QTest::newRow("EPSV 1") << QByteArray("EPSV 1") << 229;
    QTest::newRow("EPSV 2 on IPv4") << QByteArray("EPSV 2") << 522;
    QTest::newRow("SITE") << QByteArray("SITE CHMOD 777 x") << 502;
    QTest::newRow("ACCT") << QByteArray("ACCT x") << 502;
    QTest::newRow("REIN") << QByteArray("REIN") << 502;
    QTest::newRow("AUTH TLS") << QByteArray("AUTH TLS") << 502;
    QTest::newRow("unknown verb") << QByteArray("FOOBAR") << 502;
    QTest::newRow("not a verb") << QByteArray("12345") << 500;
    QTest::newRow("empty line") << QByteArray("") << 500;
}

void TestServerCommands::simpleCommands()
{
    QFETCH(QByteArray, command);
    QFETCH(int, code);
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    const FtpReply reply = client->command(command);
    QCOMPARE(reply.code, code);
    // After login, every reply but the ones a client asks to be long is a single line (NetX clients).
    const bool multiLine = command.startsWith("FEAT") || command == "HELP" || command.startsWith("STAT") ||
                           (command.startsWith("MLST") && code == 250);
    if (!multiLine)
        QCOMPARE(reply.lines.size(), 1);
    QCOMPARE(client->command("NOOP").code, 200); // still in step
}

void TestServerCommands::featListsExactlyImplemented()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    const FtpReply feat = client->command("FEAT");
    QCOMPARE(feat.code, 211);
    QStringList features;
    for (qsizetype i = 1; i + 1 < feat.lines.size(); ++i) {
        QVERIFY(feat.lines.at(i).startsWith(' '));
        features.append(QString::fromLatin1(feat.lines.at(i).trimmed()));
    }
    QCOMPARE(features, (QStringList{QStringLiteral("EPRT"), QStringLiteral("EPSV"), QStringLiteral("MDTM"),
                                    QStringLiteral("MLST type*;size*;modify*;perm*;unix.mode*;"),
                                    QStringLiteral("PASV"), QStringLiteral("REST STREAM"),
                                    QStringLiteral("SIZE"), QStringLiteral("TVFS"), QStringLiteral("UTF8")}));
    // And each verb named there works.
    QCOMPARE(client->command("SIZE hello.txt").text(), QString::number(Hello.size()));
    QVERIFY(
        client->command("MDTM hello.txt").text().contains(QRegularExpression(QStringLiteral("^\\d{14}$"))));
    QCOMPARE(client->command("REST 0").code, 350);
}

void TestServerCommands::pwdCwdCdup()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    QCOMPARE(client->command("PWD").text(), QStringLiteral("\"/\" is the current directory."));
    QCOMPARE(client->command("CWD dir/sub/").code, 250);
    QVERIFY(client->command("PWD").text().startsWith(QStringLiteral("\"/dir/sub\"")));
    QCOMPARE(client->command("CDUP").code, 250);
    QVERIFY(client->command("PWD").text().startsWith(QStringLiteral("\"/dir\"")));
    QCOMPARE(client->command("CWD ../../../..").code, 250);
    QVERIFY(client->command("PWD").text().startsWith(QStringLiteral("\"/\"")));
    QCOMPARE(client->command("CDUP").code, 250); // at the root, stays there
    QVERIFY(client->command("PWD").text().startsWith(QStringLiteral("\"/\"")));
    // A folder name with a quote is doubled (RFC 959 appendix II).
    QCOMPARE(client->command("MKD say\"hi\"").text(), QStringLiteral("\"/say\"\"hi\"\"\" created."));
    QCOMPARE(client->command("CWD say\"hi\"").code, 250);
    QVERIFY(client->command("PWD").text().startsWith(QStringLiteral("\"/say\"\"hi\"\"\"")));
}

void TestServerCommands::fileCommands()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    QCOMPARE(client->command("SIZE /dir/a.bin").text(), QStringLiteral("1000"));
    const QDateTime when(QDate(2021, 3, 4), QTime(5, 6, 7), Qt::UTC);
    QVERIFY(m_fs->addFile(QStringLiteral("/dated.txt"), "x", when));
    QCOMPARE(client->command("MDTM dated.txt").text(), QStringLiteral("20210304050607"));
    QCOMPARE(client->command("MKD \xc3\xa9t\xc3\xa9").code, 257);
    QVERIFY(m_fs->exists(QString::fromUtf8("/\xc3\xa9t\xc3\xa9")));
    QCOMPARE(client->command("RMD \xc3\xa9t\xc3\xa9").code, 250);
    QVERIFY(!m_fs->exists(QString::fromUtf8("/\xc3\xa9t\xc3\xa9")));
    QCOMPARE(client->command("DELE /dir/b c.txt").code, 250);
    QVERIFY(!m_fs->exists(QStringLiteral("/dir/b c.txt")));
    QCOMPARE(client->command("DELE /dir/b c.txt").code, 550);
}

void TestServerCommands::renameCommands()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    QCOMPARE(client->command("RNFR hello.txt").code, 350);
    QCOMPARE(client->command("RNTO /dir/renamed.txt").code, 250);
    QCOMPARE(m_fs->fileContents(QStringLiteral("/dir/renamed.txt")), std::optional<QByteArray>(Hello));
    QVERIFY(!m_fs->exists(QStringLiteral("/hello.txt")));
    // RNFR is forgotten by any other command.
    QCOMPARE(client->command("RNFR /dir/renamed.txt").code, 350);
    QCOMPARE(client->command("NOOP").code, 200);
    QCOMPARE(client->command("RNTO x").code, 503);
    // A file replaces a file, never a folder.
    QCOMPARE(client->command("RNFR /dir/renamed.txt").code, 350);
    QCOMPARE(client->command("RNTO /dir/a.bin").code, 250);
    QCOMPARE(m_fs->fileContents(QStringLiteral("/dir/a.bin")), std::optional<QByteArray>(Hello));
    QCOMPARE(client->command("RNFR /dir/a.bin").code, 350);
    QCOMPARE(client->command("RNTO /empty").code, 550);
    // Folders move with their contents; never into themselves.
    QCOMPARE(client->command("RNFR dir").code, 350);
    QCOMPARE(client->command("RNTO dir/sub/x").code, 553);
    QCOMPARE(client->command("RNFR dir").code, 350);
    QCOMPARE(client->command("RNTO moved").code, 250);
    QVERIFY(m_fs->exists(QStringLiteral("/moved/sub")));
    QCOMPARE(client->command("RNFR /").code, 550);
}

void TestServerCommands::mlst()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    const FtpReply reply = client->command("MLST dir/a.bin");
    QCOMPARE(reply.code, 250);
    QCOMPARE(reply.lines.size(), 3);
    QVERIFY(reply.lines.at(1).startsWith(" type=file;size=1000;modify="));
    QVERIFY(reply.lines.at(1).endsWith("; /dir/a.bin"));
    QCOMPARE(client->command("MLST").lines.value(1).left(10), QByteArray(" type=dir;"));
}

void TestServerCommands::unknownAndInvalidCommands()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    QCOMPARE(client->command("XYZZY").code, 502);
    QCOMPARE(client->command("RETR").code, 501);
    QCOMPARE(client->command("DELE    ").code, 501);
    QCOMPARE(client->command("\t").code, 500);
    // Path arguments with characters no name can hold.
    QCOMPARE(client->command(QByteArray("MKD a\0b", 7)).code, 553);
    QCOMPARE(client->command("MKD a\rb").code, 553);
    QCOMPARE(client->command("NOOP").code, 200);
}

void TestServerCommands::overlongCommandLine()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    const FtpReply tooLong = client->command("NOOP " + QByteArray(2000, 'x'));
    QCOMPARE(tooLong.code, 500);
    QCOMPARE(client->command("NOOP").code, 200);
    // A megabyte without a line end is not buffered; the session goes on afterwards.
    for (int i = 0; i < 64; ++i)
        client->send(QByteArray(16 * 1024, 'y'));
    QCOMPARE(client->command("").code, 500);
    QCOMPARE(client->command("PWD").code, 257);
    // Exactly the limit is accepted.
    const QByteArray atLimit = "CWD " + QByteArray(m_options.maxCommandLength - 4, 'z');
    QCOMPARE(atLimit.size(), m_options.maxCommandLength);
    QCOMPARE(client->command(atLimit).code, 550); // too long as a name, but read as a command
}

void TestServerCommands::randomGarbageOnControl()
{
    QVERIFY(startServer());
    QRandomGenerator random(42);
    for (int round = 0; round < 4; ++round) {
        std::unique_ptr<RawFtpClient> client = connectClient();
        QVERIFY(client);
        if (round % 2)
            QVERIFY(client->login("alice", "secret"));
        for (int i = 0; i < 64; ++i) {
            QByteArray chunk(1024, Qt::Uninitialized);
            for (char& c : chunk)
                c = char(random.bounded(256));
            client->send(chunk);
        }
        // The server answers the garbage's "lines" (500, 530, 502 ...) and stays up.
        QVERIFY(client->nextReply().isValid() || !client->isConnected());
        client->socket()->abort();
    }
    QTRY_COMPARE(m_server->sessionCount(), 0);
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    QCOMPARE(download(*client, "RETR hello.txt").data, Hello);
}

void TestServerCommands::readOnlySession_data()
{
    QTest::addColumn<QByteArray>("command");
    for (const char* command : {"STOR x", "APPE hello.txt", "STOU", "DELE hello.txt", "MKD d", "XMKD d",
                                "RMD empty", "XRMD empty", "RNFR hello.txt", "RNTO x"})
        QTest::newRow(command) << QByteArray(command);
}

void TestServerCommands::readOnlySession()
{
    QFETCH(QByteArray, command);
    std::unique_ptr<RawFtpClient> client = loggedIn("reader", "pw");
    QVERIFY(client);
    QCOMPARE(client->command(command).code, 532);
    QCOMPARE(m_fs->fileContents(QStringLiteral("/hello.txt")), std::optional<QByteArray>(Hello));
    QVERIFY(m_fs->exists(QStringLiteral("/empty")));
    QVERIFY(!m_fs->exists(QStringLiteral("/x")));
    // Reading works.
    QCOMPARE(download(*client, "RETR hello.txt").data, Hello);
    QCOMPARE(download(*client, "MLSD").final, 226);
}

// ---------------------------------------------------------------------------------------------------
// Data connections

void TestServerCommands::pasvReplyFormat()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    FtpReply reply;
    const quint16 port = client->passive(false, &reply);
    QVERIFY(port != 0);
    const QByteArray line = reply.lines.value(0);
    // NetX Duo: exactly "227 Entering Passive Mode (h1,h2,h3,h4,p1,p2)", five commas, no digit between the
    // code and h1, CR LF at the end (checked by the reply reader).
    static const QRegularExpression re(
        QStringLiteral("^227 Entering Passive Mode \\((\\d{1,3},){5}\\d{1,3}\\)$"));
    QVERIFY2(re.match(QString::fromLatin1(line)).hasMatch(), line.constData());
    QCOMPARE(line.count(','), 5);
    for (char c : line.mid(3, line.indexOf('(') - 3))
        QVERIFY(c < '0' || c > '9');
    QVERIFY(line.startsWith("227 Entering Passive Mode (127,0,0,1,"));
    QCOMPARE(quint16(port), DataAddress::parsePasvReply(line)->port);
}

void TestServerCommands::epsvReplyFormat()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    FtpReply reply;
    const quint16 port = client->passive(true, &reply);
    QVERIFY(port != 0);
    QCOMPARE(reply.lines.value(0),
             QByteArray("229 Entering Extended Passive Mode (|||") + QByteArray::number(port) + "|)");
    // And a transfer through it.
    std::unique_ptr<QTcpSocket> data = client->connectData(port);
    QVERIFY(data);
    QCOMPARE(client->command("RETR hello.txt").code, 150);
    QCOMPARE(RawFtpClient::readAll(data.get()), Hello);
    QCOMPARE(client->nextReply().code, 226);
}

void TestServerCommands::listFormats()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    const Transfer list = download(*client, "LIST /dir");
    QCOMPARE(list.preliminary, 150);
    QCOMPARE(list.final, 226);
    const QList<QByteArray> lines = list.data.split('\n');
    QCOMPARE(lines.size(), 4); // three entries and the empty piece after the last CRLF
    static const QRegularExpression ls(QStringLiteral("^[-d]r[-w][-x]r[-w][-x]r[-w][-x] +\\d+ ftp +ftp +\\d+ "
                                                      "[A-Z][a-z]{2} \\d{2} (\\d{2}:\\d{2}| \\d{4}) .+\\r$"));
    for (int i = 0; i < 3; ++i)
        QVERIFY2(ls.match(QString::fromUtf8(lines.at(i))).hasMatch(), lines.at(i).constData());
    QVERIFY(lines.at(0).contains(" 1000 ") && lines.at(0).endsWith(" a.bin\r"));
    QVERIFY(lines.at(1).endsWith(" b c.txt\r"));
    QVERIFY(lines.at(2).startsWith("d") && lines.at(2).endsWith(" sub\r"));

    const Transfer nlst = download(*client, "NLST /dir");
    QCOMPARE(nlst.data, QByteArray("a.bin\r\nb c.txt\r\nsub\r\n"));
    QCOMPARE(nlst.final, 226);

    const Transfer mlsd = download(*client, "MLSD /dir");
    QCOMPARE(mlsd.final, 226);
    QVERIFY(mlsd.data.contains("type=file;size=1000;"));
    QVERIFY(mlsd.data.contains("perm=radfw;unix.mode=0644; a.bin\r\n"));
    QVERIFY(mlsd.data.contains("type=dir;"));
    QVERIFY(mlsd.data.contains("; sub\r\n"));
    QCOMPARE(download(*client, "MLSD /hello.txt").final, 501);

    // LIST of a file lists the file; of an empty folder, nothing (and succeeds).
    const Transfer file = download(*client, "LIST hello.txt");
    QVERIFY(file.data.endsWith(" hello.txt\r\n"));
    const Transfer empty = download(*client, "LIST /empty");
    QCOMPARE(empty.preliminary, 150);
    QCOMPARE(empty.data, QByteArray());
    QCOMPARE(empty.final, 226);
    QCOMPARE(download(*client, "LIST /nope").final, 550);
    // MLSD without argument lists the current folder.
    QCOMPARE(client->command("CWD dir").code, 250);
    QVERIFY(download(*client, "MLSD").data.contains("; a.bin\r\n"));
}

void TestServerCommands::listOptionsAndWildcards()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    QVERIFY(download(*client, "LIST -la").data.contains(" hello.txt\r\n"));
    QVERIFY(download(*client, "LIST -a -l /dir").data.contains(" a.bin\r\n"));
    QCOMPARE(download(*client, "NLST /dir/*.txt").data, QByteArray("b c.txt\r\n"));
    QCOMPARE(download(*client, "NLST /dir/?.bin").data, QByteArray("a.bin\r\n"));
    // UTF-8 names come back as UTF-8.
    QVERIFY(m_fs->addFile(QString::fromUtf8("/\xe6\x97\xa5\xe6\x9c\xac.txt"), "jp"));
    QVERIFY(download(*client, "NLST").data.contains("\xe6\x97\xa5\xe6\x9c\xac.txt\r\n"));
    QCOMPARE(download(*client, "RETR \xe6\x97\xa5\xe6\x9c\xac.txt").data, QByteArray("jp"));
}

void TestServerCommands::retrAndStor()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    QCOMPARE(client->command("TYPE I").code, 200);
    const Transfer hello = download(*client, "RETR hello.txt");
    QCOMPARE(hello.preliminary, 150);
    QCOMPARE(hello.data, Hello);
    QCOMPARE(hello.final, 226);
    const QByteArray payload = pattern(3 * 1024 * 1024 + 17);
    const Transfer stored = upload(*client, "STOR /dir/up.bin", payload);
    QCOMPARE(stored.preliminary, 150);
    QCOMPARE(stored.final, 226);
    QCOMPARE(m_fs->fileContents(QStringLiteral("/dir/up.bin")), std::optional<QByteArray>(payload));
    QCOMPARE(download(*client, "RETR /dir/up.bin").data, payload);
    QCOMPARE(client->command("SIZE /dir/up.bin").text(), QString::number(payload.size()));
    QVERIFY(uploadLeftovers().isEmpty());
    // Empty upload.
    QCOMPARE(upload(*client, "STOR empty.bin", QByteArray()).final, 226);
    QCOMPARE(m_fs->fileContents(QStringLiteral("/empty.bin")), std::optional<QByteArray>(QByteArray()));
    // Errors before any data connection use.
    QCOMPARE(download(*client, "RETR nope").final, 550);
    QCOMPARE(download(*client, "RETR dir").final, 550);
    QCOMPARE(upload(*client, "STOR /no/such/dir/f", "x").final, 550);
    QCOMPARE(upload(*client, "STOR dir", "x").final, 550);
    QCOMPARE(client->command("NOOP").code, 200);
}

void TestServerCommands::storReplacesAtomically()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    // While the upload runs, the old content is still what others read under the final name.
    std::unique_ptr<QTcpSocket> data = client->openPassive();
    QVERIFY(data);
    QCOMPARE(client->command("STOR hello.txt").code, 150);
    data->write("new content, part 1");
    data->flush();
    QTRY_VERIFY(uploadLeftovers().size() == 1);
    QCOMPARE(m_fs->fileContents(QStringLiteral("/hello.txt")), std::optional<QByteArray>(Hello));
    std::unique_ptr<RawFtpClient> other = loggedIn();
    QVERIFY(other);
    QCOMPARE(download(*other, "RETR hello.txt").data, Hello);
    data->write(", part 2");
    data->disconnectFromHost();
    QCOMPARE(client->nextReply().code, 226);
    QCOMPARE(m_fs->fileContents(QStringLiteral("/hello.txt")),
             std::optional<QByteArray>(QByteArray("new content, part 1, part 2")));
    QVERIFY(uploadLeftovers().isEmpty());
}

void TestServerCommands::restRetrAndStor()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    const QByteArray full = *m_fs->fileContents(QStringLiteral("/dir/a.bin"));
    QCOMPARE(client->command("REST 400").code, 350);
    const Transfer tail = download(*client, "RETR /dir/a.bin");
    QCOMPARE(tail.data, full.mid(400));
    QCOMPARE(tail.final, 226);
    // The offset is used once.
    QCOMPARE(download(*client, "RETR /dir/a.bin").data, full);
    QCOMPARE(client->command("REST 1000").code, 350);
    QCOMPARE(download(*client, "RETR /dir/a.bin").data, QByteArray());
    QCOMPARE(client->command("REST 1001").code, 350);
    QCOMPARE(download(*client, "RETR /dir/a.bin").final, 554);

    // Resume an upload: REST + STOR writes in place from the offset.
    QCOMPARE(client->command("REST 5").code, 350);
    QCOMPARE(upload(*client, "STOR hello.txt", "!!").final, 226);
    QCOMPARE(m_fs->fileContents(QStringLiteral("/hello.txt")),
             std::optional<QByteArray>(QByteArray("Hello!!")));
    QCOMPARE(client->command("REST 50").code, 350);
    QCOMPARE(upload(*client, "STOR hello.txt", "x").final, 554);
    QCOMPARE(client->command("REST 1").code, 350);
    QCOMPARE(upload(*client, "STOR missing.txt", "x").final, 554);
}

void TestServerCommands::appeAndStou()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    QCOMPARE(upload(*client, "APPE hello.txt", "more\n").final, 226);
    QCOMPARE(m_fs->fileContents(QStringLiteral("/hello.txt")), std::optional<QByteArray>(Hello + "more\n"));
    QCOMPARE(upload(*client, "APPE new.txt", "first").final, 226);
    QCOMPARE(m_fs->fileContents(QStringLiteral("/new.txt")), std::optional<QByteArray>(QByteArray("first")));

    std::unique_ptr<QTcpSocket> data = client->openPassive();
    QVERIFY(data);
    const FtpReply first = client->command("STOU");
    QCOMPARE(first.code, 150);
    QVERIFY(first.text().startsWith(QStringLiteral("FILE: ")));
    const QString name = first.text().mid(6);
    data->write("unique");
    data->disconnectFromHost();
    const FtpReply done = client->nextReply();
    QCOMPARE(done.code, 226);
    QVERIFY(done.text().contains(name));
    QCOMPARE(m_fs->fileContents(QLatin1Char('/') + name), std::optional<QByteArray>(QByteArray("unique")));
    // A second STOU never overwrites the first.
    std::unique_ptr<QTcpSocket> data2 = client->openPassive();
    const FtpReply second = client->command("STOU");
    QCOMPARE(second.code, 150);
    QVERIFY(second.text().mid(6) != name);
    data2->write("other");
    data2->disconnectFromHost();
    QCOMPARE(client->nextReply().code, 226);
    QCOMPARE(m_fs->fileContents(QLatin1Char('/') + name), std::optional<QByteArray>(QByteArray("unique")));
    // STOU with a base name.
    QCOMPARE(upload(*client, "STOU hello.txt", "x").final, 226);
    QVERIFY(m_fs->exists(QStringLiteral("/hello.txt.1")));
}

void TestServerCommands::activePort()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    ActiveListener listener(Local4);
    QCOMPARE(client->command("PORT " + portArgument(Local4, listener.port())).code, 200);
    client->send("RETR hello.txt\r\n");
    std::unique_ptr<QTcpSocket> data = listener.accept();
    QVERIFY(data);
    QCOMPARE(listener.lastPeer(), Local4);
    QCOMPARE(client->nextReply().code, 150);
    QCOMPARE(RawFtpClient::readAll(data.get()), Hello);
    QCOMPARE(client->nextReply().code, 226);

    // Upload through EPRT on IPv4.
    ActiveListener listener2(Local4);
    QCOMPARE(client->command("EPRT |1|127.0.0.1|" + QByteArray::number(listener2.port()) + "|").code, 200);
    client->send("STOR active.txt\r\n");
    std::unique_ptr<QTcpSocket> up = listener2.accept();
    QVERIFY(up);
    QCOMPARE(client->nextReply().code, 150);
    up->write("via EPRT");
    up->disconnectFromHost();
    QCOMPARE(client->nextReply().code, 226);
    QCOMPARE(m_fs->fileContents(QStringLiteral("/active.txt")),
             std::optional<QByteArray>(QByteArray("via EPRT")));
}

void TestServerCommands::activeConnectFails()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(Local4, 0));
        closedPort = probe.serverPort();
    }
    QCOMPARE(client->command("PORT " + portArgument(Local4, closedPort)).code, 200);
    QCOMPARE(client->command("RETR hello.txt").code, 425);
    QCOMPARE(client->command("NOOP").code, 200);
}

void TestServerCommands::transferWithoutDataConnection()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    for (const QByteArray& command :
         {QByteArray("RETR hello.txt"), QByteArray("STOR x"), QByteArray("LIST"), QByteArray("NLST"),
          QByteArray("MLSD"), QByteArray("APPE x"), QByteArray("STOU")})
        QCOMPARE(client->command(command).code, 425);
    // A data connection is used once: the next transfer needs PASV/PORT again.
    QCOMPARE(download(*client, "RETR hello.txt").final, 226);
    QCOMPARE(client->command("RETR hello.txt").code, 425);
    QVERIFY(!m_fs->exists(QStringLiteral("/x")));
}

void TestServerCommands::epsvAll()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    QCOMPARE(client->command("EPSV ALL").code, 200);
    QCOMPARE(client->command("PASV").code, 503);
    QCOMPARE(client->command("PORT 127,0,0,1,200,1").code, 503);
    QCOMPARE(client->command("EPRT |1|127.0.0.1|51201|").code, 503);
    QCOMPARE(download(*client, "RETR hello.txt", true).data, Hello);
}

void TestServerCommands::ipv6Session()
{
    QVERIFY(startServer());
    if (!m_server->listeningAddresses().contains(Local6))
        QSKIP("No IPv6 loopback on this machine");
    std::unique_ptr<RawFtpClient> client = loggedIn("alice", "secret", Local6);
    QVERIFY(client);
    QCOMPARE(client->command("PASV").code, 501);
    QCOMPARE(client->command("PORT 127,0,0,1,200,1").code, 501);
    QCOMPARE(client->command("EPSV 1").code, 522);
    QCOMPARE(client->command("EPRT |1|127.0.0.1|51201|").code, 522);
    QCOMPARE(download(*client, "RETR hello.txt", true).data, Hello);
    QCOMPARE(download(*client, "NLST /dir", true).data, QByteArray("a.bin\r\nb c.txt\r\nsub\r\n"));

    // NetX sends EPRT with the fully expanded upper-case address.
    ActiveListener listener(Local6);
    const QByteArray expanded = "0000:0000:0000:0000:0000:0000:0000:0001";
    QCOMPARE(client->command("EPRT |2|" + expanded + "|" + QByteArray::number(listener.port()) + "|").code,
             200);
    client->send("RETR hello.txt\r\n");
    std::unique_ptr<QTcpSocket> data = listener.accept();
    QVERIFY(data);
    QCOMPARE(client->nextReply().code, 150);
    QCOMPARE(RawFtpClient::readAll(data.get()), Hello);
    QCOMPARE(client->nextReply().code, 226);
}

// ---------------------------------------------------------------------------------------------------
// Security

void TestServerCommands::traversal_data()
{
    QTest::addColumn<QByteArray>("path");
    for (const char* path :
         {"../secret.txt", "/../secret.txt", "..\\secret.txt", "\\..\\secret.txt",
          "../../../../../../../secret.txt", "sub/../../secret.txt", "sub\\..\\..\\secret.txt",
          "%2e%2e/secret.txt", "..%2fsecret.txt", "%2e%2e%2fsecret.txt", "/..//secret.txt",
          "....//secret.txt", ".../secret.txt", "//../secret.txt", "./.././secret.txt", "escape/secret.txt",
          "secret-link.txt", "escape/root/../secret.txt"})
        QTest::newRow(path) << QByteArray(path);
}

void TestServerCommands::traversal()
{
    QFETCH(QByteArray, path);
    std::unique_ptr<RawFtpClient> client = loggedIn("local", "pw");
    QVERIFY(client);
    const Transfer t = download(*client, "RETR " + path);
    QVERIFY2(t.data.isEmpty(), t.data.constData());
    QCOMPARE(t.preliminary, 0);
    QVERIFY2(t.final == 550 || t.final == 553, qPrintable(QString::number(t.final)));
    QVERIFY(!t.data.contains("TOP SECRET"));
    QCOMPARE(client->command("SIZE " + path).code, 550);
    // Writes never land outside either (inside the jail they may succeed).
    upload(*client, "STOR " + path + ".new", "pwned");
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("secret.txt.new"))));
    client->command("MKD " + path + ".d");
    QVERIFY(!QDir(m_dir->path()).exists(QStringLiteral("secret.txt.d")));
    client->command("DELE " + path); // at most a link inside the jail goes, never its target
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("secret.txt"))));
    client->command("RNFR " + path);
    client->command("RNTO stolen.txt");
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("secret.txt"))));
    QCOMPARE(client->command("NOOP").code, 200);
}

void TestServerCommands::symlinkEscapeOverFtp()
{
    std::unique_ptr<RawFtpClient> client = loggedIn("local", "pw");
    QVERIFY(client);
    QCOMPARE(client->command("CWD escape").code, 550);
    QCOMPARE(client->command("CWD ..").code, 250);
    QVERIFY(client->command("PWD").text().startsWith(QStringLiteral("\"/\"")));
    const QByteArray names = download(*client, "NLST").data;
    QCOMPARE(names, QByteArray("inside.txt\r\nsub\r\n")); // the links out are not even listed
    QCOMPARE(download(*client, "RETR inside.txt").data, QByteArray("inside"));
    QCOMPARE(download(*client, "LIST escape").final, 550);
    QCOMPARE(download(*client, "MLSD escape").final, 550);
}

void TestServerCommands::portToAnotherHostRefused()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    ActiveListener victim(OtherHost);
    QCOMPARE(client->command("PORT " + portArgument(OtherHost, victim.port())).code, 501);
    QCOMPARE(client->command("EPRT |1|127.0.0.2|" + QByteArray::number(victim.port()) + "|").code, 501);
    QCOMPARE(client->command("PORT 10,0,0,1,200,1").code, 501);
    // Nothing was set up: a transfer gets 425 and the victim sees no connection.
    QCOMPARE(client->command("RETR hello.txt").code, 425);
    QVERIFY(!victim.accept(200));
}

void TestServerCommands::portBelow1024Refused()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    QCOMPARE(client->command("PORT 127,0,0,1,0,21").code, 504);
    QCOMPARE(client->command("PORT 127,0,0,1,3,255").code, 504); // 1023
    QCOMPARE(client->command("EPRT |1|127.0.0.1|25|").code, 504);
    QCOMPARE(client->command("PORT 127,0,0,1,0,0").code, 501); // port 0
    QCOMPARE(client->command("PORT 127,0,0,1,4,0").code, 200); // 1024 is fine
}

void TestServerCommands::eprtWrongFamilyOrHost()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    QCOMPARE(client->command("EPRT |2|::1|5000|").code, 522);
    QCOMPARE(client->command("EPRT |1|127.0.0.2|5000|").code, 501);
    QCOMPARE(client->command("EPRT |1|127.0.0.1|0|").code, 501);
}

void TestServerCommands::passiveConnectionFromOtherHostRejected()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    const quint16 port = client->passive(false);
    QVERIFY(port);
    // A thief from 127.0.0.2 connects first: it is closed, and the wait goes on.
    std::unique_ptr<QTcpSocket> thief = client->connectData(port, OtherHost);
    if (thief) {
        QVERIFY(Ferry::Test::waitFor([&thief] { return thief->state() == QAbstractSocket::UnconnectedState; },
                                     5000));
        QCOMPARE(thief->readAll(), QByteArray());
    }
    QTRY_VERIFY(std::any_of(m_log.cbegin(), m_log.cend(), [](const ServerLogEntry& e) {
        return e.text.contains(QStringLiteral("Refused a data connection from 127.0.0.2"));
    }));
    std::unique_ptr<QTcpSocket> data = client->connectData(port);
    QVERIFY(data);
    QCOMPARE(client->command("RETR hello.txt").code, 150);
    QCOMPARE(RawFtpClient::readAll(data.get()), Hello);
    QCOMPARE(client->nextReply().code, 226);

    // Even when the thief connects after the command was sent.
    const quint16 port2 = client->passive(false);
    client->send("RETR hello.txt\r\n");
    std::unique_ptr<QTcpSocket> thief2 = client->connectData(port2, OtherHost);
    if (thief2)
        QVERIFY(Ferry::Test::waitFor(
            [&thief2] { return thief2->state() == QAbstractSocket::UnconnectedState; }, 5000));
    QVERIFY(client->noReplyWithin(100));
    std::unique_ptr<QTcpSocket> data2 = client->connectData(port2);
    QVERIFY(data2);
    QCOMPARE(client->nextReply().code, 150);
    QCOMPARE(RawFtpClient::readAll(data2.get()), Hello);
    QCOMPARE(client->nextReply().code, 226);
}

void TestServerCommands::passivePortsInRange()
{
    m_options.passivePortMin = 50100;
    m_options.passivePortMax = 50139;
    QVERIFY(startServer());
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    QSet<quint16> ports;
    for (int i = 0; i < 12; ++i) {
        const quint16 port = client->passive(i % 2);
        QVERIFY(port >= 50100 && port <= 50139);
        ports.insert(port);
    }
    QVERIFY2(ports.size() >= 4, "passive ports are not random");
    QCOMPARE(download(*client, "RETR hello.txt").data, Hello);
}

void TestServerCommands::sessionLimits()
{
    m_options.maxSessions = 2;
    m_options.maxSessionsPerAddress = 1;
    QVERIFY(startServer());
    std::unique_ptr<RawFtpClient> first = connectClient(Local4);
    QVERIFY(first);
    QCOMPARE(first->greeting().code, 220);
    std::unique_ptr<RawFtpClient> sameAddress = connectClient(Local4);
    QVERIFY(sameAddress);
    QCOMPARE(sameAddress->greeting().code, 421);
    QVERIFY(sameAddress->waitDisconnected());
    std::unique_ptr<RawFtpClient> other = connectClient(Local4, OtherHost);
    QVERIFY(other);
    QCOMPARE(other->greeting().code, 220);
    std::unique_ptr<RawFtpClient> third = connectClient(Local4, QHostAddress(QStringLiteral("127.0.0.3")));
    QVERIFY(third);
    QCOMPARE(third->greeting().code, 421);
    QVERIFY(third->waitDisconnected());
    // Once one leaves, there is room again.
    QCOMPARE(first->command("QUIT").code, 221);
    QTRY_COMPARE(m_server->sessionCount(), 1);
    std::unique_ptr<RawFtpClient> again = connectClient(Local4);
    QVERIFY(again);
    QCOMPARE(again->greeting().code, 220);
}

void TestServerCommands::loginTimeout()
{
    m_options.loginTimeoutMs = 300;
    QVERIFY(startServer());
    std::unique_ptr<RawFtpClient> client = connectClient();
    QVERIFY(client);
    QCOMPARE(client->command("USER alice").code, 331);
    const FtpReply reply = client->nextReply(3000);
    QCOMPARE(reply.code, 421);
    QVERIFY(client->waitDisconnected());
    // A login in time is not affected.
    std::unique_ptr<RawFtpClient> quick = loggedIn();
    QVERIFY(quick);
    QVERIFY(quick->noReplyWithin(500));
    QCOMPARE(quick->command("NOOP").code, 200);
}

void TestServerCommands::idleTimeout()
{
    m_options.idleTimeoutMs = 400;
    QVERIFY(startServer());
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    for (int i = 0; i < 4; ++i) { // commands keep it alive
        QVERIFY(client->noReplyWithin(200));
        QCOMPARE(client->command("NOOP").code, 200);
    }
    const FtpReply reply = client->nextReply(3000);
    QCOMPARE(reply.code, 421);
    QVERIFY(client->waitDisconnected());
}

// ---------------------------------------------------------------------------------------------------
// Robustness

void TestServerCommands::clientVanishesMidDownload()
{
    QVERIFY(m_fs->addFile(QStringLiteral("/big.bin"), QByteArray(64 * 1024 * 1024, 'b')));
    QVERIFY(startServer());
    QSignalSpy finished(m_server.get(), &FtpServer::transferFinished);
    {
        std::unique_ptr<RawFtpClient> client = loggedIn();
        QVERIFY(client);
        std::unique_ptr<QTcpSocket> data = client->openPassive();
        QCOMPARE(client->command("RETR big.bin").code, 150);
        qint64 received = 0;
        QVERIFY(Ferry::Test::waitFor(
            [&] {
                received += data->readAll().size();
                return received > 1024 * 1024;
            },
            10000));
        setLingerZero(data.get());
        data->abort();
        client->socket()->abort();
    }
    QTRY_COMPARE(finished.size(), 1);
    const ServerTransferInfo info = finished.at(0).at(0).value<ServerTransferInfo>();
    QVERIFY(!info.succeeded);
    QVERIFY(info.bytes < 64 * 1024 * 1024);
    QTRY_COMPARE(m_server->sessionCount(), 0);
    std::unique_ptr<RawFtpClient> next = loggedIn();
    QVERIFY(next);
    QCOMPARE(download(*next, "RETR hello.txt").data, Hello);
}

void TestServerCommands::serverServesOthersDuringTransfer()
{
    const qint64 size = 128 * 1024 * 1024;
    QVERIFY(m_fs->addFile(QStringLiteral("/big.bin"), QByteArray(size, 'b')));
    std::unique_ptr<RawFtpClient> busy = loggedIn();
    std::unique_ptr<RawFtpClient> other = loggedIn();
    QVERIFY(busy && other);
    std::unique_ptr<QTcpSocket> data = busy->openPassive();
    qint64 received = 0;
    QObject::connect(data.get(), &QTcpSocket::readyRead, data.get(),
                     [&] { received += data->readAll().size(); });
    QCOMPARE(busy->command("RETR big.bin").code, 150);
    QTRY_VERIFY(received > 0);
    QElapsedTimer timer;
    timer.start();
    int answered = 0;
    while (received < size / 2 && answered < 20) {
        QCOMPARE(other->command("NOOP").code, 200);
        ++answered;
    }
    const qint64 perCommandMs = timer.elapsed() / qMax(1, answered);
    qInfo("%d NOOPs answered in %lld ms while %lld of %lld bytes arrived", answered, timer.elapsed(),
          received, size);
    QVERIFY2(answered > 0 && received < size, "the transfer ended before anything could be checked");
    QVERIFY2(perCommandMs < 200, qPrintable(QString::number(perCommandMs)));
    QVERIFY(Ferry::Test::waitFor([&] { return data->state() == QAbstractSocket::UnconnectedState; }, 60000));
    received += data->readAll().size();
    QCOMPARE(received, size);
    QCOMPARE(busy->nextReply().code, 226);
}

void TestServerCommands::aborMidUpload()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    for (const QByteArray& target : {QByteArray("hello.txt"), QByteArray("fresh.bin")}) {
        std::unique_ptr<QTcpSocket> data = client->openPassive();
        QVERIFY(data);
        QCOMPARE(client->command("STOR " + target).code, 150);
        data->write(pattern(1024 * 1024));
        QTRY_VERIFY(uploadLeftovers().size() == 1);
        // ABOR as clients send it: Telnet IP and Synch first.
        client->send(QByteArray("\xff\xf4\xff\xf2"
                                "ABOR\r\n"));
        QCOMPARE(client->nextReply().code, 426);
        QCOMPARE(client->nextReply().code, 226);
        QVERIFY(Ferry::Test::waitFor([&data] { return data->state() == QAbstractSocket::UnconnectedState; },
                                     5000));
        QVERIFY(uploadLeftovers().isEmpty());
    }
    QCOMPARE(m_fs->fileContents(QStringLiteral("/hello.txt")), std::optional<QByteArray>(Hello));
    QVERIFY(!m_fs->exists(QStringLiteral("/fresh.bin")));
    QCOMPARE(client->command("NOOP").code, 200);
}

void TestServerCommands::aborMidDownload()
{
    QVERIFY(m_fs->addFile(QStringLiteral("/big.bin"), QByteArray(32 * 1024 * 1024, 'b')));
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    std::unique_ptr<QTcpSocket> data = client->openPassive();
    QCOMPARE(client->command("RETR big.bin").code, 150);
    QTRY_VERIFY(data->bytesAvailable() > 0);
    client->send("ABOR\r\n");
    QCOMPARE(client->nextReply().code, 426);
    QCOMPARE(client->nextReply().code, 226);
    QCOMPARE(download(*client, "RETR hello.txt").data, Hello);
}

void TestServerCommands::clientVanishesMidUpload()
{
    QVERIFY(startServer());
    for (const QString& target : {QStringLiteral("hello.txt"), QStringLiteral("fresh.bin")}) {
        std::unique_ptr<RawFtpClient> client = loggedIn();
        QVERIFY(client);
        std::unique_ptr<QTcpSocket> data = client->openPassive();
        QVERIFY(data);
        QCOMPARE(client->command("STOR " + target.toUtf8()).code, 150);
        data->write(pattern(512 * 1024));
        QTRY_VERIFY(uploadLeftovers().size() == 1);
        // The client process dies: its sockets are closed (FIN on both) with no ABOR.
        data->close();
        client->socket()->close();
        QTRY_COMPARE(m_server->sessionCount(), 0);
        QVERIFY(uploadLeftovers().isEmpty());
    }
    QCOMPARE(m_fs->fileContents(QStringLiteral("/hello.txt")), std::optional<QByteArray>(Hello));
    QVERIFY(!m_fs->exists(QStringLiteral("/fresh.bin")));
    // A reset on the data connection alone, with the control connection kept: FTP stream mode cannot tell
    // it from the end of the file (Qt reports both as a close), so this upload is stored; see the notes.
}

void TestServerCommands::diskFullDuringUpload()
{
    m_fs->setCapacity(m_fs->usedBytes() + 100 * 1024);
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    const Transfer t = upload(*client, "STOR hello.txt", pattern(1024 * 1024));
    QCOMPARE(t.preliminary, 150);
    QCOMPARE(t.final, 452);
    QCOMPARE(m_fs->fileContents(QStringLiteral("/hello.txt")), std::optional<QByteArray>(Hello));
    QVERIFY(uploadLeftovers().isEmpty());
    // Small files still fit.
    QCOMPARE(upload(*client, "STOR small.txt", "ok").final, 226);
}

void TestServerCommands::commandsDuringTransferWait()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    std::unique_ptr<QTcpSocket> data = client->openPassive();
    QCOMPARE(client->command("STOR later.txt").code, 150);
    // Commands sent during the transfer are answered after it (STAT at once).
    client->send("PWD\r\n");
    QCOMPARE(client->command("STAT").code, 213);
    QVERIFY(client->noReplyWithin(100));
    data->write("abc");
    data->disconnectFromHost();
    QCOMPARE(client->nextReply().code, 226);
    QCOMPARE(client->nextReply().code, 257);
    // QUIT during a transfer closes after it.
    std::unique_ptr<QTcpSocket> data2 = client->openPassive();
    QCOMPARE(client->command("STOR later2.txt").code, 150);
    client->send("QUIT\r\n");
    QVERIFY(client->noReplyWithin(100));
    data2->write("def");
    data2->disconnectFromHost();
    QCOMPARE(client->nextReply().code, 226);
    QCOMPARE(client->nextReply().code, 221);
    QVERIFY(client->waitDisconnected());
    QCOMPARE(m_fs->fileContents(QStringLiteral("/later2.txt")), std::optional<QByteArray>(QByteArray("def")));
}

// ---------------------------------------------------------------------------------------------------
// NetX Duo clients (board-servers.md, "The client")

void TestServerCommands::netxEmptyNlst()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    QCOMPARE(client->command("TYPE I").code, 200);
    std::unique_ptr<QTcpSocket> data = client->openPassive(); // connected before NLST, as NetX does
    QVERIFY(data);
    const FtpReply reply = client->command("NLST /empty");
    QCOMPARE(reply.code, 550); // no 1xx before it
    QVERIFY(
        Ferry::Test::waitFor([&data] { return data->state() == QAbstractSocket::UnconnectedState; }, 5000));
    QCOMPARE(data->readAll(), QByteArray());
    QVERIFY(client->noReplyWithin(100)); // nothing else follows
    QCOMPARE(client->command("NOOP").code, 200);
    // The same for a pattern that matches nothing.
    std::unique_ptr<QTcpSocket> data2 = client->openPassive();
    QCOMPARE(client->command("NLST /dir/*.none").code, 550);
    // A client that sends what NetX clients never send (FEAT, PWD, LIST ...) gets RFC 959: 150, nothing, 226.
    QCOMPARE(client->command("PWD").code, 257);
    const Transfer rfc = download(*client, "NLST /empty");
    QCOMPARE(rfc.preliminary, 150);
    QCOMPARE(rfc.data, QByteArray());
    QCOMPARE(rfc.final, 226);
    // Always550 forces the NetX answer for everyone.
    m_server.reset();
    m_options.emptyNameList = ServerOptions::EmptyNameList::Always550;
    std::unique_ptr<RawFtpClient> forced = loggedIn();
    QVERIFY(forced);
    QCOMPARE(forced->command("FEAT").code, 211);
    QCOMPARE(download(*forced, "NLST /empty").final, 550);
}

void TestServerCommands::netxEmptyNlstActive()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    ActiveListener listener(Local4);
    QCOMPARE(client->command("PORT " + portArgument(Local4, listener.port())).code, 200);
    client->send("NLST /empty\r\n");
    std::unique_ptr<QTcpSocket> data = listener.accept(); // the server connects first ...
    QVERIFY(data);
    QCOMPARE(client->nextReply().code, 550); // ... then answers 550 without 1xx ...
    QVERIFY(
        Ferry::Test::waitFor([&data] { return data->state() == QAbstractSocket::UnconnectedState; }, 5000));
    QCOMPARE(data->readAll(), QByteArray()); // ... and closes
}

void TestServerCommands::netxDataConnectBeforeCommand()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    for (bool extended : {false, true}) {
        std::unique_ptr<QTcpSocket> data = client->openPassive(extended);
        QVERIFY(data);
        QVERIFY(client->noReplyWithin(300)); // held, not dropped
        QCOMPARE(data->state(), QAbstractSocket::ConnectedState);
        QCOMPARE(client->command("RETR hello.txt").code, 150);
        QCOMPARE(RawFtpClient::readAll(data.get()), Hello);
        QCOMPARE(client->nextReply().code, 226);
    }
    // Upload through a held connection; NetX sends the data after the 1xx.
    std::unique_ptr<QTcpSocket> data = client->openPassive();
    QVERIFY(client->noReplyWithin(200));
    QCOMPARE(client->command("STOR board.bin").code, 150);
    data->write("firmware");
    data->disconnectFromHost();
    QCOMPARE(client->nextReply().code, 226);
    QCOMPARE(m_fs->fileContents(QStringLiteral("/board.bin")),
             std::optional<QByteArray>(QByteArray("firmware")));
    // NLST with names: 150, names one per line, 226.
    std::unique_ptr<QTcpSocket> list = client->openPassive();
    QCOMPARE(client->command("NLST /dir").code, 150);
    QCOMPARE(RawFtpClient::readAll(list.get()), QByteArray("a.bin\r\nb c.txt\r\nsub\r\n"));
    QCOMPARE(client->nextReply().code, 226);
}

void TestServerCommands::netxZeroPaddedPort()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    ActiveListener listener(Local4);
    const quint16 port = listener.port();
    const QByteArray argument = QByteArray("127,000,000,001,") +
                                QByteArray::number(port >> 8).rightJustified(3, '0') + ',' +
                                QByteArray::number(port & 0xFF).rightJustified(3, '0');
    QCOMPARE(client->command("PORT " + argument).code, 200);
    client->send("RETR hello.txt\r\n");
    std::unique_ptr<QTcpSocket> data = listener.accept();
    QVERIFY(data);
    QCOMPARE(client->nextReply().code, 150);
    QCOMPARE(RawFtpClient::readAll(data.get()), Hello);
    QCOMPARE(client->nextReply().code, 226);
    // "010" is ten, not octal eight: a zero-padded port that would differ in octal.
    QCOMPARE(client->command("PORT 127,000,000,001,010,010").code, 200);
}

void TestServerCommands::netxResetAfterFin()
{
    QVERIFY(startServer());
    QSignalSpy finished(m_server.get(), &FtpServer::transferFinished);
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    std::unique_ptr<QTcpSocket> data = client->openPassive();
    QCOMPARE(client->command("RETR hello.txt").code, 150);
    QByteArray received;
    QVERIFY(Ferry::Test::waitFor(
        [&] {
            received += data->readAll();
            return received.size() == Hello.size();
        },
        5000));
    setLingerZero(data.get()); // the board answers the server's FIN with a reset
    data->abort();
    QCOMPARE(client->nextReply().code, 226);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.at(0).at(0).value<ServerTransferInfo>().succeeded);
}

void TestServerCommands::netxNlstTrailingSpace()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    QCOMPARE(client->command("CWD dir").code, 250);
    QCOMPARE(download(*client, "NLST ").data, QByteArray("a.bin\r\nb c.txt\r\nsub\r\n"));
    // Trailing '/' on folder commands (NetX strips them; so does the server's path normalisation).
    QCOMPARE(client->command("MKD /newdir/").code, 257);
    QCOMPARE(client->command("CWD /newdir/").code, 250);
    QCOMPARE(client->command("RMD /newdir/").code, 250);
}

void TestServerCommands::netxFailedRetrActiveConnectsFirst()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    ActiveListener listener(Local4);
    QCOMPARE(client->command("PORT " + portArgument(Local4, listener.port())).code, 200);
    client->send("RETR nope.bin\r\n");
    std::unique_ptr<QTcpSocket> data = listener.accept(); // the client waits in accept() before reading
    QVERIFY(data);
    QCOMPARE(client->nextReply().code, 550);
    QVERIFY(
        Ferry::Test::waitFor([&data] { return data->state() == QAbstractSocket::UnconnectedState; }, 5000));
}

// ---------------------------------------------------------------------------------------------------
// API

void TestServerCommands::signalsAndSessionList()
{
    QVERIFY(startServer());
    QSignalSpy started(m_server.get(), &FtpServer::sessionStarted);
    QSignalSpy ended(m_server.get(), &FtpServer::sessionEnded);
    QSignalSpy state(m_server.get(), &FtpServer::sessionStateChanged);
    QSignalSpy transferStarted(m_server.get(), &FtpServer::transferStarted);
    QSignalSpy transferFinished(m_server.get(), &FtpServer::transferFinished);
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    QCOMPARE(started.size(), 1);
    const ServerSessionInfo first = started.at(0).at(0).value<ServerSessionInfo>();
    QCOMPARE(first.address, Local4);
    QCOMPARE(first.port, client->socket()->localPort());
    QCOMPARE(m_server->sessions().size(), 1);
    const ServerSessionInfo info = m_server->sessions().at(0);
    QCOMPARE(info.user, QStringLiteral("alice"));
    QVERIFY(info.loggedIn);
    QVERIFY(!info.readOnly);
    QVERIFY(info.who().startsWith(QStringLiteral("alice@127.0.0.1:")));
    QVERIFY(!state.isEmpty());

    QCOMPARE(download(*client, "RETR hello.txt").data, Hello);
    QCOMPARE(transferStarted.size(), 1);
    QTRY_COMPARE(transferFinished.size(), 1);
    const ServerTransferInfo t = transferFinished.at(0).at(0).value<ServerTransferInfo>();
    QCOMPARE(t.command, QStringLiteral("RETR"));
    QCOMPARE(t.path, QStringLiteral("/hello.txt"));
    QCOMPARE(t.bytes, Hello.size());
    QVERIFY(t.succeeded);
    QCOMPARE(t.direction, ServerTransferDirection::Download);
    QVERIFY(t.result.startsWith(QStringLiteral("226")));
    QCOMPARE(m_server->sessions().at(0).bytesDownloaded, Hello.size());

    QCOMPARE(client->command("QUIT").code, 221);
    QTRY_COMPARE(ended.size(), 1);
    QCOMPARE(ended.at(0).at(0).value<ServerSessionInfo>().id, first.id);
    QCOMPARE(m_server->sessions().size(), 0);
    // The log names who did what, with bytes and result.
    QVERIFY(std::any_of(m_log.cbegin(), m_log.cend(), [](const ServerLogEntry& e) {
        return e.text.startsWith(QStringLiteral("alice@127.0.0.1:")) &&
               e.text.contains(QStringLiteral("RETR /hello.txt: 13 bytes")) &&
               e.text.contains(QStringLiteral("226"));
    }));
}

void TestServerCommands::disconnectSession()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    const quint64 id = m_server->sessions().at(0).id;
    QVERIFY(!m_server->disconnectSession(id + 100));
    QVERIFY(m_server->disconnectSession(id, QStringLiteral("Bye now.")));
    const FtpReply reply = client->nextReply();
    QCOMPARE(reply.code, 421);
    QCOMPARE(reply.text(), QStringLiteral("Bye now."));
    QVERIFY(client->waitDisconnected());
    QTRY_COMPARE(m_server->sessionCount(), 0);
}

void TestServerCommands::connectionUrls()
{
    QVERIFY(startServer());
    const quint16 port = m_server->port();
    QVERIFY(port != 0);
    const QList<QUrl> urls = m_server->connectionUrls();
    QVERIFY(urls.contains(QUrl(QStringLiteral("ftp://127.0.0.1:%1/").arg(port))));
    if (m_server->listeningAddresses().contains(Local6))
        QVERIFY(urls.contains(QUrl(QStringLiteral("ftp://[::1]:%1/").arg(port))));
    // Wildcard binds expand to the interface addresses, loopback last.
    const QList<QUrl> all = serverConnectionUrls({QHostAddress(QHostAddress::AnyIPv4)}, 2121);
    QVERIFY(all.contains(QUrl(QStringLiteral("ftp://127.0.0.1:2121/"))));
    QCOMPARE(all.last(), QUrl(QStringLiteral("ftp://127.0.0.1:2121/")));
    for (const QUrl& url : all)
        QCOMPARE(url.port(), 2121);

    // Default options: IPv4 and IPv6 on the same port.
    FtpServer defaults;
    ServerOptions options;
    options.port = 0;
    defaults.setOptions(options);
    QVERIFY(defaults.start());
    QVERIFY(defaults.listeningAddresses().contains(QHostAddress(QHostAddress::AnyIPv4)));
    RawFtpClient viaDefault;
    QVERIFY(viaDefault.connectTo(Local4, defaults.port()));
    QCOMPARE(viaDefault.greeting().code, 220);
}

void TestServerCommands::stopClosesSessions()
{
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    std::unique_ptr<QTcpSocket> data = client->openPassive();
    QCOMPARE(client->command("STOR partial.bin").code, 150);
    data->write("partial");
    QTRY_VERIFY(uploadLeftovers().size() == 1);
    const quint16 port = m_server->port();
    m_server->stop();
    QVERIFY(!m_server->isListening());
    QCOMPARE(client->nextReply().code, 426);
    QCOMPARE(client->nextReply().code, 421);
    QVERIFY(client->waitDisconnected());
    QVERIFY(uploadLeftovers().isEmpty());
    QVERIFY(!m_fs->exists(QStringLiteral("/partial.bin")));
    RawFtpClient late;
    QVERIFY(!late.connectTo(Local4, port, 1000));
}

QTEST_GUILESS_MAIN(TestServerCommands)
#include "tst_ftpserver.moc"
