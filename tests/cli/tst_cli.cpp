// The ferry executable end to end: runs the real binary (FERRY_EXECUTABLE) with QProcess against
// pyftpdlib on loopback (tests/support), and against a small in-test server that stalls, for Ctrl-C.
#include "pyftpdlibserver.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using Ferry::Test::PyftpdlibServer;
using Ferry::Test::sha256HexOfFile;
using Ferry::Test::writePatternFile;

namespace {

constexpr int RunTimeoutMs = 60000;

struct Run
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
};

QString ferryExecutable()
{
    return QStringLiteral(FERRY_EXECUTABLE);
}

QString describe(const Run& run)
{
    return QStringLiteral("exit %1%2\n--- stdout:\n%3\n--- stderr:\n%4")
        .arg(run.exitCode)
        .arg(run.finished ? QString() : QStringLiteral(" (did not finish)"))
        .arg(QString::fromUtf8(run.out.left(2000)), QString::fromUtf8(run.err.left(4000)));
}

QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FERRY_PASSWORD"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

Run runFerry(const QStringList& arguments, const QString& workingDirectory,
             const QProcessEnvironment& env = cleanEnvironment())
{
    QProcess process;
    process.setProgram(ferryExecutable());
    process.setArguments(arguments);
    process.setWorkingDirectory(workingDirectory);
    process.setProcessEnvironment(env);
    process.start();
    process.closeWriteChannel();
    Run run;
    run.finished = process.waitForFinished(RunTimeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished();
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QStringList filesIn(const QString& directory)
{
    QDir dir(directory);
    return dir.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

bool clearDirectory(const QString& path)
{
    QDir dir(path);
    bool ok = true;
    const QFileInfoList entries = dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo& info : entries) {
        if (info.isDir() && !info.isSymLink())
            ok = QDir(info.absoluteFilePath()).removeRecursively() && ok;
        else
            ok = QFile::remove(info.absoluteFilePath()) && ok;
    }
    return ok;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A minimal FTP server in the test process that logs anyone in, answers what a download needs and then
// stalls: the greeting (StallGreeting), or the data after the first `sendBytes` bytes of RETR
// (StallTransfer). Lets a test interrupt ferry at a known point.
class StallingServer final : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        StallGreeting,
        StallTransfer
    };

    StallingServer(Mode mode, qint64 fileSize, qint64 sendBytes)
        : m_mode(mode), m_fileSize(fileSize), m_sendBytes(sendBytes)
    {
        connect(&m_control, &QTcpServer::newConnection, this, &StallingServer::onControlConnection);
        connect(&m_data, &QTcpServer::newConnection, this, &StallingServer::onDataConnection);
    }

    bool listen() { return m_control.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_control.serverPort(); }
    QByteArrayList commands() const { return m_commands; }

private:
    void onControlConnection()
    {
        m_socket = m_control.nextPendingConnection();
        connect(m_socket, &QTcpSocket::readyRead, this, &StallingServer::onReadyRead);
        if (m_mode == Mode::StallTransfer)
            reply("220 stalling test server");
    }

    void onDataConnection()
    {
        m_dataSocket = m_data.nextPendingConnection();
        maybeSend();
    }

    void reply(const QByteArray& line) { m_socket->write(line + "\r\n"); }

    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        qsizetype end;
        while ((end = m_buffer.indexOf("\r\n")) >= 0) {
            const QByteArray line = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            m_commands << line;
            handle(line);
        }
    }

    void handle(const QByteArray& line)
    {
        const QByteArray verb = line.split(' ').constFirst().toUpper();
        if (verb == "USER") {
            reply("331 Password please");
        } else if (verb == "PASS") {
            reply("230 Logged in");
        } else if (verb == "TYPE") {
            reply("200 Type set");
        } else if (verb == "PWD") {
            reply("257 \"/\" is the current directory");
        } else if (verb == "SIZE") {
            reply("213 " + QByteArray::number(m_fileSize));
        } else if (verb == "REST") {
            reply("350 Restarting");
        } else if (verb == "EPSV") {
            if (!m_data.isListening())
                m_data.listen(QHostAddress::LocalHost);
            reply("229 Entering Extended Passive Mode (|||" + QByteArray::number(m_data.serverPort()) + "|)");
        } else if (verb == "RETR") {
            m_retrieving = true;
            reply("150 Opening BINARY mode data connection");
            maybeSend();
        } else if (verb == "ABOR") {
            if (m_dataSocket)
                m_dataSocket->abort();
            reply("426 Transfer aborted");
            reply("226 ABOR successful");
        } else if (verb == "NOOP") {
            reply("200 NOOP ok");
        } else if (verb == "QUIT") {
            reply("221 Bye");
            m_socket->disconnectFromHost();
        } else {
            reply("502 Not implemented");
        }
    }

    void maybeSend()
    {
        if (!m_retrieving || !m_dataSocket || m_sent)
            return;
        m_sent = true;
        m_dataSocket->write(QByteArray(m_sendBytes, 'x')); // and then nothing more
    }

    Mode m_mode;
    qint64 m_fileSize;
    qint64 m_sendBytes;
    QTcpServer m_control;
    QTcpServer m_data;
    QTcpSocket* m_socket = nullptr;
    QTcpSocket* m_dataSocket = nullptr;
    QByteArray m_buffer;
    QByteArrayList m_commands;
    bool m_retrieving = false;
    bool m_sent = false;
};

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    // No server needed.
    void version();
    void help();
    void helpPerCommand_data();
    void helpPerCommand();
    void usageErrors_data();
    void usageErrors();
    void serveRefusesBadArguments();
    void noArguments();
    void bareUrl();
    void connectionRefused();

    // pyftpdlib on 127.0.0.1.
    void wrongPassword();
    void anonymousRefused();
    void passwordFromEnvironment();
    void verboseMasksPassword();
    void listRoot();
    void listLong();
    void listDirectoryWithoutSlash();
    void listSingleFile();
    void listMissing();
    void listEmptyDirectory();
    void listWithoutTlsLoadsNoTlsBackend_data();
    void listWithoutTlsLoadsNoTlsBackend();
    void getToCurrentDirectory();
    void getToDirectory();
    void getToFileName();
    void getReplacesExistingFile();
    void getToStdout();
    void getEmptyFile();
    void getMissingLeavesNothing();
    void getMissingWithContinueLeavesNothing();
    void getIntoMissingDirectory();
    void getResume();
    void getDirectoryUrlIsUsageError();
    void put();
    void putIntoDirectory();
    void putMissingLocalFile();
    void putToMissingDirectory();
    void mkdir();
    void mkdirExisting();
    void rename();
    void renameAbsolute();
    void renameWithUrl();
    void rm();
    void rmMissing();
    void rmdir();
    void rmdirNotEmpty();
    void encodedNames();
    void utf8Names();
    void dataModes_data();
    void dataModes();
    void noProgressWhenNotATerminal();

    // pyftpdlib on ::1.
    void ipv6();

    // The stalling in-test server.
    void interruptWhileConnecting();
    void interruptDownload_data();
    void interruptDownload();

private:
    bool serverUsable();
    QString url(const QString& path = QString(), bool withPassword = true) const;
    QString root(const QString& relative = QString()) const;
    QString work(const QString& relative = QString()) const;
    Run ferry(const QStringList& arguments, const QProcessEnvironment& env = cleanEnvironment())
    {
        return runFerry(arguments, m_work->path(), env);
    }

    std::unique_ptr<PyftpdlibServer> m_server;
    QString m_serverProblem; // why the server could not start (a skip or a failure)
    bool m_serverSkipped = false;
    std::unique_ptr<QTemporaryDir> m_work;
};

#define REQUIRE_SERVER()                                                                                     \
    do {                                                                                                     \
        if (!serverUsable()) {                                                                               \
            if (m_serverSkipped)                                                                             \
                QSKIP(qPrintable(m_serverProblem));                                                          \
            QFAIL(qPrintable(m_serverProblem));                                                              \
        }                                                                                                    \
    } while (false)

#define VERIFY_RUN(run, expectedExit) QVERIFY2((run).exitCode == (expectedExit), qPrintable(describe(run)))

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(ferryExecutable()).isExecutable(), qPrintable(ferryExecutable()));
    m_server = std::make_unique<PyftpdlibServer>();
    if (const QString reason = m_server->skipReason(); !reason.isEmpty()) {
        m_serverSkipped = true;
        m_serverProblem = reason;
    } else if (!m_server->start(QHostAddress(QHostAddress::LocalHost))) {
        m_serverProblem = m_server->errorString();
    }
}

void TestCli::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    if (serverUsable())
        QVERIFY(clearDirectory(m_server->rootPath()));
}

bool TestCli::serverUsable()
{
    return m_serverProblem.isEmpty() && m_server && m_server->isRunning();
}

QString TestCli::url(const QString& path, bool withPassword) const
{
    const QString credentials =
        withPassword ? m_server->user() + QLatin1Char(':') + m_server->password() : m_server->user();
    return QStringLiteral("ftp://%1@%2:%3/%4")
        .arg(credentials, m_server->host())
        .arg(m_server->port())
        .arg(path);
}

QString TestCli::root(const QString& relative) const
{
    return relative.isEmpty() ? m_server->rootPath() : QDir(m_server->rootPath()).filePath(relative);
}

QString TestCli::work(const QString& relative) const
{
    return relative.isEmpty() ? m_work->path() : QDir(m_work->path()).filePath(relative);
}

void TestCli::version()
{
    const Run run = ferry({QStringLiteral("--version")});
    VERIFY_RUN(run, 0);
    QCOMPARE(run.out, QByteArray("ferry " FERRY_VERSION "\n"));
    QVERIFY(run.err.isEmpty());
}

void TestCli::help()
{
    for (const QStringList& arguments :
         {QStringList{QStringLiteral("--help")}, QStringList{QStringLiteral("-h")},
          QStringList{QStringLiteral("help")}}) {
        const Run run = ferry(arguments);
        VERIFY_RUN(run, 0);
        QVERIFY(run.out.startsWith("Usage: ferry"));
        for (const char* word :
             {"ls URL", "get URL [LOCAL]", "put LOCAL URL", "mkdir URL", "rm URL", "rmdir URL",
              "mv URL NEWNAME", "--active", "--passive", "--verbose", "FERRY_PASSWORD", "Exit status", "130"})
            QVERIFY2(run.out.contains(word), word);
        QVERIFY(run.err.isEmpty());
    }
}

void TestCli::helpPerCommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QByteArray>("mustContain");
    QTest::newRow("ls") << "ls" << QByteArray("--long");
    QTest::newRow("get") << "get" << QByteArray("--continue");
    QTest::newRow("put") << "put" << QByteArray("LOCAL URL");
    QTest::newRow("mkdir") << "mkdir" << QByteArray("Create");
    QTest::newRow("rm") << "rm" << QByteArray("Delete");
    QTest::newRow("rmdir") << "rmdir" << QByteArray("empty");
    QTest::newRow("mv") << "mv" << QByteArray("NEWNAME");
    QTest::newRow("serve") << "serve" << QByteArray("--passive-ports A-B");
}

void TestCli::helpPerCommand()
{
    QFETCH(QString, command);
    QFETCH(QByteArray, mustContain);
    const Run viaHelp = ferry({QStringLiteral("help"), command});
    VERIFY_RUN(viaHelp, 0);
    QVERIFY(viaHelp.out.startsWith("Usage: ferry " + command.toUtf8()));
    QVERIFY2(viaHelp.out.contains(mustContain), viaHelp.out.constData());
    const Run viaOption = ferry({command, QStringLiteral("--help")});
    VERIFY_RUN(viaOption, 0);
    QCOMPARE(viaOption.out, viaHelp.out);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    // Port 1 on loopback: nothing of these may get as far as connecting.
    const QString url = QStringLiteral("ftp://127.0.0.1:1/");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("ls"), QStringLiteral("--frob"), url};
    QTest::newRow("missing argument") << QStringList{QStringLiteral("get")};
    QTest::newRow("too many arguments") << QStringList{QStringLiteral("rm"), url + QLatin1Char('a'), url};
    QTest::newRow("not a url") << QStringList{QStringLiteral("ls"), QStringLiteral("example.com/dir")};
    QTest::newRow("http url") << QStringList{QStringLiteral("ls"), QStringLiteral("http://example.com/")};
    QTest::newRow("no host") << QStringList{QStringLiteral("ls"), QStringLiteral("ftp:///x")};
    QTest::newRow("active and passive")
        << QStringList{QStringLiteral("ls"), QStringLiteral("--active"), QStringLiteral("--passive"), url};
    QTest::newRow("get a directory") << QStringList{QStringLiteral("get"), url + QStringLiteral("dir/")};
    QTest::newRow("rm a directory") << QStringList{QStringLiteral("rm"), url + QStringLiteral("dir/")};
    QTest::newRow("mkdir root") << QStringList{QStringLiteral("mkdir"), url};
    QTest::newRow("mv root") << QStringList{QStringLiteral("mv"), url, QStringLiteral("x")};
    QTest::newRow("mv other server") << QStringList{QStringLiteral("mv"), url + QLatin1Char('a'),
                                                    QStringLiteral("ftp://other.example/b")};
    QTest::newRow("put from stdin") << QStringList{QStringLiteral("put"), QStringLiteral("-"),
                                                   url + QLatin1Char('a')};
    QTest::newRow("line break") << QStringList{QStringLiteral("rm"), url + QStringLiteral("a%0D%0AQUIT")};
    QTest::newRow("help unknown") << QStringList{QStringLiteral("help"), QStringLiteral("frobnicate")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = ferry(arguments);
    VERIFY_RUN(run, 2);
    QVERIFY2(run.out.isEmpty(), run.out.constData());
    QVERIFY2(run.err.startsWith("ferry: "), run.err.constData());
    QVERIFY2(!run.err.contains("onnect"), run.err.constData()); // no connection attempted
}

void TestCli::serveRefusesBadArguments()
{
    // Real clients against `ferry serve` are in tests/serverinterop; here only what fails before listening.
    const Run missing = ferry({QStringLiteral("serve"), QStringLiteral("/nonexistent/folder")});
    VERIFY_RUN(missing, 4);
    QVERIFY2(missing.err.contains("not a folder"), missing.err.constData());
    const Run badUser =
        ferry({QStringLiteral("serve"), QStringLiteral("--user"), QStringLiteral("nopassword")});
    VERIFY_RUN(badUser, 2);
    QVERIFY2(badUser.err.contains("NAME:PASSWORD"), badUser.err.constData());
    const Run badPort = ferry({QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("70000")});
    VERIFY_RUN(badPort, 2);
    const Run badRange =
        ferry({QStringLiteral("serve"), QStringLiteral("--passive-ports"), QStringLiteral("2000-1000")});
    VERIFY_RUN(badRange, 2);
}

void TestCli::noArguments()
{
#ifdef FERRY_TEST_GUI_BUILD
    // The main window opens (offscreen here) and stays until closed.
    QProcess process;
    process.setProcessEnvironment(cleanEnvironment());
    process.start(ferryExecutable(), {});
    QVERIFY(process.waitForStarted());
    QVERIFY2(!process.waitForFinished(1500), process.readAllStandardError().constData());
    process.kill();
    process.waitForFinished();
#else
    const Run run = ferry({});
    VERIFY_RUN(run, 2);
    QVERIFY(run.err.contains("Usage: ferry"));
#endif
}

void TestCli::bareUrl()
{
#ifdef FERRY_TEST_GUI_BUILD
    QProcess process;
    process.setProcessEnvironment(cleanEnvironment());
    process.start(ferryExecutable(), {QStringLiteral("ftp://127.0.0.1:1/")});
    QVERIFY(process.waitForStarted());
    QVERIFY2(!process.waitForFinished(1500), process.readAllStandardError().constData());
    process.kill();
    process.waitForFinished();
#else
    const Run run = ferry({QStringLiteral("ftp://127.0.0.1:1/")});
    VERIFY_RUN(run, 2);
    QVERIFY(run.err.contains("graphical interface"));
#endif
}

void TestCli::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const Run run = ferry({QStringLiteral("ls"), QStringLiteral("ftp://127.0.0.1:%1/").arg(port)});
    VERIFY_RUN(run, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.startsWith("ferry: "));
}

void TestCli::wrongPassword()
{
    REQUIRE_SERVER();
    const QString bad = QStringLiteral("ftp://%1:wrong-pw@%2:%3/")
                            .arg(m_server->user(), m_server->host())
                            .arg(m_server->port());
    const Run run = ferry({QStringLiteral("ls"), bad});
    VERIFY_RUN(run, 3);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("530"), run.err.constData());
    // --password overrides the URL's password
    const Run fixed = ferry({QStringLiteral("ls"), QStringLiteral("--password"), m_server->password(), bad});
    VERIFY_RUN(fixed, 0);
}

void TestCli::anonymousRefused()
{
    REQUIRE_SERVER();
    const Run run = ferry(
        {QStringLiteral("ls"), QStringLiteral("ftp://%1:%2/").arg(m_server->host()).arg(m_server->port())});
    VERIFY_RUN(run, 3);
    // --user and --password instead of the URL's
    const Run named = ferry({QStringLiteral("ls"), QStringLiteral("--user"), m_server->user(),
                             QStringLiteral("--password=") + m_server->password(),
                             QStringLiteral("ftp://%1:%2/").arg(m_server->host()).arg(m_server->port())});
    VERIFY_RUN(named, 0);
}

void TestCli::passwordFromEnvironment()
{
    REQUIRE_SERVER();
    QVERIFY(writeFile(root(QStringLiteral("a.txt")), "a"));
    const Run without = ferry({QStringLiteral("ls"), url(QString(), false)});
    VERIFY_RUN(without, 3);
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("FERRY_PASSWORD"), m_server->password());
    const Run with = runFerry({QStringLiteral("ls"), url(QString(), false)}, work(), env);
    VERIFY_RUN(with, 0);
    QCOMPARE(with.out, QByteArray("a.txt\n"));
}

void TestCli::verboseMasksPassword()
{
    REQUIRE_SERVER();
    const Run run = ferry({QStringLiteral("-v"), QStringLiteral("ls"), url()});
    VERIFY_RUN(run, 0);
    QVERIFY2(run.err.contains("> USER " + m_server->user().toUtf8()), run.err.constData());
    QVERIFY2(run.err.contains("> PASS "), run.err.constData());
    QVERIFY2(run.err.contains("< 230"), run.err.constData());
    QVERIFY2(!run.err.contains(m_server->password().toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty()); // the dialogue never goes to stdout
}

void TestCli::listRoot()
{
    REQUIRE_SERVER();
    QVERIFY(writeFile(root(QStringLiteral("b.txt")), "bb"));
    QVERIFY(writeFile(root(QStringLiteral("a.txt")), "a"));
    QVERIFY(QDir(root()).mkpath(QStringLiteral("logs/sub")));
    const Run run = ferry({QStringLiteral("ls"), url()});
    VERIFY_RUN(run, 0);
    QCOMPARE(run.out, QByteArray("a.txt\nb.txt\nlogs/\n"));
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    // ftp://host without a slash is the login directory too
    const Run bare = ferry({QStringLiteral("ls"), url().chopped(1)});
    VERIFY_RUN(bare, 0);
    QCOMPARE(bare.out, run.out);
}

void TestCli::listLong()
{
    REQUIRE_SERVER();
    QVERIFY(writeFile(root(QStringLiteral("data.bin")), QByteArray(12345, 'd')));
    QVERIFY(QDir(root()).mkpath(QStringLiteral("logs")));
    const Run run = ferry({QStringLiteral("ls"), QStringLiteral("-l"), url()});
    VERIFY_RUN(run, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith("-") && lines.at(0).contains(" 12345 ") &&
                 lines.at(0).endsWith(" data.bin"),
             lines.at(0).constData());
    QVERIFY2(lines.at(1).startsWith("d") && lines.at(1).endsWith(" logs"), lines.at(1).constData());
    // The date of the file, in local time, as YYYY-MM-DD HH:MM
    const QString date =
        QFileInfo(root(QStringLiteral("data.bin"))).lastModified().toString(QStringLiteral("yyyy-MM-dd"));
    QVERIFY2(lines.at(0).contains(date.toUtf8()), lines.at(0).constData());
}

void TestCli::listDirectoryWithoutSlash()
{
    REQUIRE_SERVER();
    QVERIFY(writeFile(root(QStringLiteral("dir/inner.txt")), "i"));
    for (const QString& path : {QStringLiteral("dir"), QStringLiteral("dir/")}) {
        const Run run = ferry({QStringLiteral("ls"), url(path)});
        VERIFY_RUN(run, 0);
        QCOMPARE(run.out, QByteArray("inner.txt\n"));
    }
}

void TestCli::listSingleFile()
{
    REQUIRE_SERVER();
    QVERIFY(writeFile(root(QStringLiteral("dir/inner.txt")), "inner"));
    QVERIFY(writeFile(root(QStringLiteral("dir/other.txt")), "o"));
    const Run run = ferry({QStringLiteral("ls"), url(QStringLiteral("dir/inner.txt"))});
    VERIFY_RUN(run, 0);
    QCOMPARE(run.out, QByteArray("inner.txt\n"));
    const Run longRun =
        ferry({QStringLiteral("ls"), QStringLiteral("-l"), url(QStringLiteral("dir/inner.txt"))});
    VERIFY_RUN(longRun, 0);
    QVERIFY2(longRun.out.startsWith("-") && longRun.out.contains(" 5 ") &&
                 longRun.out.endsWith(" inner.txt\n"),
             longRun.out.constData());
}

void TestCli::listMissing()
{
    REQUIRE_SERVER();
    const Run run = ferry({QStringLiteral("ls"), url(QStringLiteral("nothing-here"))});
    VERIFY_RUN(run, 1);
    QVERIFY(run.out.isEmpty());
    const Run dir = ferry({QStringLiteral("ls"), url(QStringLiteral("nothing-here/"))});
    VERIFY_RUN(dir, 1);
}

void TestCli::listEmptyDirectory()
{
    REQUIRE_SERVER();
    QVERIFY(QDir(root()).mkdir(QStringLiteral("empty")));
    const Run run = ferry({QStringLiteral("ls"), QStringLiteral("-l"), url(QStringLiteral("empty/"))});
    VERIFY_RUN(run, 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.isEmpty(), run.err.constData());
}

void TestCli::listWithoutTlsLoadsNoTlsBackend_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("default: the server refuses AUTH TLS") << QStringList();
    QTest::newRow("--tls off") << QStringList{QStringLiteral("--tls"), QStringLiteral("off")};
}

void TestCli::listWithoutTlsLoadsNoTlsBackend()
{
    // The control connection stays plain until a server accepts AUTH TLS: Qt's TLS backend (a plugin
    // from plugins/tls, OpenSSL's initialisation) is never loaded. The dynamic loader names every
    // library it loads (glibc's LD_DEBUG=files, one file per process).
#ifndef __GLIBC__
    QSKIP("the check uses glibc's LD_DEBUG");
#endif
    QFETCH(QStringList, options);
    REQUIRE_SERVER();
    QVERIFY(writeFile(root(QStringLiteral("a.txt")), "a"));
    QProcessEnvironment env = cleanEnvironment();
    const QString trace = m_work->filePath(QStringLiteral("loader"));
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    env.insert(QStringLiteral("LD_DEBUG_OUTPUT"), trace);
    const Run run = ferry(QStringList{QStringLiteral("ls")} << options << url(), env);
    VERIFY_RUN(run, 0);
    QCOMPARE(run.out, QByteArray("a.txt\n"));
    QByteArray loaded;
    for (const QFileInfo& file :
         QDir(m_work->path()).entryInfoList({QStringLiteral("loader.*")}, QDir::Files)) {
        QFile log(file.filePath());
        QVERIFY(log.open(QIODevice::ReadOnly));
        loaded += log.readAll();
    }
    QVERIFY2(loaded.contains("libQt6Core"), "LD_DEBUG=files wrote nothing useful");
    QByteArrayList tlsLines;
    for (const QByteArray& line : loaded.split('\n')) {
        if (line.contains("plugins/tls/"))
            tlsLines.append(line.trimmed());
    }
    QVERIFY2(tlsLines.isEmpty(), tlsLines.join('\n').constData());
}

void TestCli::getToCurrentDirectory()
{
    REQUIRE_SERVER();
    QVERIFY(QDir(root()).mkdir(QStringLiteral("dir")));
    QVERIFY(writePatternFile(root(QStringLiteral("dir/big.bin")), 3 * 1024 * 1024 + 17, 7));
    const Run run = ferry({QStringLiteral("get"), url(QStringLiteral("dir/big.bin"))});
    VERIFY_RUN(run, 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(filesIn(work()), QStringList{QStringLiteral("big.bin")}); // the temporary file is gone
    QCOMPARE(sha256HexOfFile(work(QStringLiteral("big.bin"))),
             sha256HexOfFile(root(QStringLiteral("dir/big.bin"))));
}

void TestCli::getToDirectory()
{
    REQUIRE_SERVER();
    QVERIFY(writePatternFile(root(QStringLiteral("f.bin")), 100000, 3));
    QVERIFY(QDir(work()).mkdir(QStringLiteral("into")));
    const Run run = ferry({QStringLiteral("get"), url(QStringLiteral("f.bin")), QStringLiteral("into")});
    VERIFY_RUN(run, 0);
    QCOMPARE(filesIn(work(QStringLiteral("into"))), QStringList{QStringLiteral("f.bin")});
    QCOMPARE(sha256HexOfFile(work(QStringLiteral("into/f.bin"))),
             sha256HexOfFile(root(QStringLiteral("f.bin"))));
    // an absolute directory path with a trailing slash
    const Run again = ferry({QStringLiteral("get"), url(QStringLiteral("f.bin")),
                             work(QStringLiteral("into")) + QLatin1Char('/')});
    VERIFY_RUN(again, 0);
    QCOMPARE(filesIn(work(QStringLiteral("into"))), QStringList{QStringLiteral("f.bin")});
}

void TestCli::getToFileName()
{
    REQUIRE_SERVER();
    QVERIFY(writePatternFile(root(QStringLiteral("f.bin")), 5000, 4));
    const Run run =
        ferry({QStringLiteral("get"), url(QStringLiteral("f.bin")), QStringLiteral("renamed.dat")});
    VERIFY_RUN(run, 0);
    QCOMPARE(filesIn(work()), QStringList{QStringLiteral("renamed.dat")});
    QCOMPARE(sha256HexOfFile(work(QStringLiteral("renamed.dat"))),
             sha256HexOfFile(root(QStringLiteral("f.bin"))));
}

void TestCli::getReplacesExistingFile()
{
    REQUIRE_SERVER();
    QVERIFY(writeFile(root(QStringLiteral("f.txt")), "new contents"));
    QVERIFY(writeFile(work(QStringLiteral("f.txt")), "old contents that are longer"));
    const Run run = ferry({QStringLiteral("get"), url(QStringLiteral("f.txt"))});
    VERIFY_RUN(run, 0);
    QCOMPARE(readFile(work(QStringLiteral("f.txt"))), QByteArray("new contents"));
    QCOMPARE(filesIn(work()), QStringList{QStringLiteral("f.txt")});
}

void TestCli::getToStdout()
{
    REQUIRE_SERVER();
    QVERIFY(writePatternFile(root(QStringLiteral("f.bin")), 300000, 5));
    const Run run = ferry({QStringLiteral("get"), url(QStringLiteral("f.bin")), QStringLiteral("-")});
    VERIFY_RUN(run, 0);
    QCOMPARE(run.out.size(), 300000);
    QCOMPARE(run.out, Ferry::Test::patternData(300000, 5));
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QVERIFY(filesIn(work()).isEmpty());
}

void TestCli::getEmptyFile()
{
    REQUIRE_SERVER();
    QVERIFY(writeFile(root(QStringLiteral("empty.txt")), QByteArray()));
    const Run run = ferry({QStringLiteral("get"), url(QStringLiteral("empty.txt"))});
    VERIFY_RUN(run, 0);
    QCOMPARE(filesIn(work()), QStringList{QStringLiteral("empty.txt")});
    QCOMPARE(QFileInfo(work(QStringLiteral("empty.txt"))).size(), 0);
}

void TestCli::getMissingLeavesNothing()
{
    REQUIRE_SERVER();
    const Run run = ferry({QStringLiteral("get"), url(QStringLiteral("missing.bin"))});
    VERIFY_RUN(run, 1);
    QVERIFY2(run.err.contains("550"), run.err.constData());
    QVERIFY2(filesIn(work()).isEmpty(), qPrintable(filesIn(work()).join(QLatin1Char(' '))));
}

void TestCli::getMissingWithContinueLeavesNothing()
{
    REQUIRE_SERVER();
    const Run run = ferry({QStringLiteral("get"), QStringLiteral("-c"), url(QStringLiteral("missing.bin"))});
    VERIFY_RUN(run, 1);
    QVERIFY2(filesIn(work()).isEmpty(), qPrintable(filesIn(work()).join(QLatin1Char(' '))));
}

void TestCli::getIntoMissingDirectory()
{
    REQUIRE_SERVER();
    QVERIFY(writeFile(root(QStringLiteral("f.txt")), "x"));
    const Run run =
        ferry({QStringLiteral("get"), url(QStringLiteral("f.txt")), QStringLiteral("no/such/dir/f.txt")});
    VERIFY_RUN(run, 4);
    const Run slash = ferry({QStringLiteral("get"), url(QStringLiteral("f.txt")), QStringLiteral("nodir/")});
    VERIFY_RUN(slash, 4);
    QVERIFY(filesIn(work()).isEmpty());
}

void TestCli::getResume()
{
    REQUIRE_SERVER();
    const qint64 size = 2 * 1024 * 1024 + 5;
    QVERIFY(writePatternFile(root(QStringLiteral("r.bin")), size, 11));
    // A previous, interrupted run left the first 700000 bytes (a shorter pattern file is a prefix).
    QVERIFY(writePatternFile(work(QStringLiteral(".r.bin.ferry-part")), 700000, 11));
    const Run run = ferry(
        {QStringLiteral("get"), QStringLiteral("-c"), QStringLiteral("-v"), url(QStringLiteral("r.bin"))});
    VERIFY_RUN(run, 0);
    QVERIFY2(run.err.contains("> REST 700000"), run.err.constData());
    QCOMPARE(filesIn(work()), QStringList{QStringLiteral("r.bin")});
    QCOMPARE(QFileInfo(work(QStringLiteral("r.bin"))).size(), size);
    QCOMPARE(sha256HexOfFile(work(QStringLiteral("r.bin"))), sha256HexOfFile(root(QStringLiteral("r.bin"))));

    // Without -c, a leftover temporary file is overwritten, not resumed.
    QVERIFY(QFile::remove(work(QStringLiteral("r.bin"))));
    QVERIFY(writeFile(work(QStringLiteral(".r.bin.ferry-part")), "garbage"));
    const Run fresh = ferry({QStringLiteral("get"), QStringLiteral("-v"), url(QStringLiteral("r.bin"))});
    VERIFY_RUN(fresh, 0);
    QVERIFY(!fresh.err.contains("> REST"));
    QCOMPARE(sha256HexOfFile(work(QStringLiteral("r.bin"))), sha256HexOfFile(root(QStringLiteral("r.bin"))));
    QCOMPARE(filesIn(work()), QStringList{QStringLiteral("r.bin")});
}

void TestCli::getDirectoryUrlIsUsageError()
{
    REQUIRE_SERVER();
    QVERIFY(QDir(root()).mkdir(QStringLiteral("dir")));
    const Run run = ferry({QStringLiteral("get"), url(QStringLiteral("dir/"))});
    VERIFY_RUN(run, 2);
    // Without the slash the server refuses to send a directory.
    const Run noSlash = ferry({QStringLiteral("get"), url(QStringLiteral("dir"))});
    VERIFY_RUN(noSlash, 1);
    QVERIFY(filesIn(work()).isEmpty());
}

void TestCli::put()
{
    REQUIRE_SERVER();
    QVERIFY(writePatternFile(work(QStringLiteral("up.bin")), 1024 * 1024 + 3, 21));
    const Run run =
        ferry({QStringLiteral("put"), QStringLiteral("up.bin"), url(QStringLiteral("stored.bin"))});
    VERIFY_RUN(run, 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(sha256HexOfFile(root(QStringLiteral("stored.bin"))),
             sha256HexOfFile(work(QStringLiteral("up.bin"))));
    // Replaces an existing remote file.
    QVERIFY(writePatternFile(work(QStringLiteral("small.bin")), 10, 22));
    const Run again =
        ferry({QStringLiteral("put"), QStringLiteral("small.bin"), url(QStringLiteral("stored.bin"))});
    VERIFY_RUN(again, 0);
    QCOMPARE(QFileInfo(root(QStringLiteral("stored.bin"))).size(), 10);
}

void TestCli::putIntoDirectory()
{
    REQUIRE_SERVER();
    QVERIFY(QDir(root()).mkdir(QStringLiteral("incoming")));
    QVERIFY(QDir(work()).mkdir(QStringLiteral("sub")));
    QVERIFY(writePatternFile(work(QStringLiteral("sub/local.bin")), 4096, 23));
    const Run run = ferry(
        {QStringLiteral("put"), work(QStringLiteral("sub/local.bin")), url(QStringLiteral("incoming/"))});
    VERIFY_RUN(run, 0);
    QCOMPARE(sha256HexOfFile(root(QStringLiteral("incoming/local.bin"))),
             sha256HexOfFile(work(QStringLiteral("sub/local.bin"))));
    // and into the login directory
    const Run top = ferry({QStringLiteral("put"), QStringLiteral("sub/local.bin"), url()});
    VERIFY_RUN(top, 0);
    QVERIFY(QFileInfo::exists(root(QStringLiteral("local.bin"))));
}

void TestCli::putMissingLocalFile()
{
    REQUIRE_SERVER();
    const Run run =
        ferry({QStringLiteral("put"), QStringLiteral("does-not-exist.bin"), url(QStringLiteral("x.bin"))});
    VERIFY_RUN(run, 4);
    QVERIFY(!QFileInfo::exists(root(QStringLiteral("x.bin"))));
    QVERIFY(QDir(work()).mkdir(QStringLiteral("adir")));
    const Run dir = ferry({QStringLiteral("put"), QStringLiteral("adir"), url(QStringLiteral("x.bin"))});
    VERIFY_RUN(dir, 4);
}

void TestCli::putToMissingDirectory()
{
    REQUIRE_SERVER();
    QVERIFY(writeFile(work(QStringLiteral("a.txt")), "a"));
    const Run run =
        ferry({QStringLiteral("put"), QStringLiteral("a.txt"), url(QStringLiteral("no/such/dir/a.txt"))});
    VERIFY_RUN(run, 1);
    QVERIFY(run.err.startsWith("ferry: "));
}

void TestCli::mkdir()
{
    REQUIRE_SERVER();
    const Run run = ferry({QStringLiteral("mkdir"), url(QStringLiteral("newdir"))});
    VERIFY_RUN(run, 0);
    QVERIFY(QFileInfo(root(QStringLiteral("newdir"))).isDir());
    const Run nested = ferry({QStringLiteral("mkdir"), url(QStringLiteral("newdir/inner/"))});
    VERIFY_RUN(nested, 0);
    QVERIFY(QFileInfo(root(QStringLiteral("newdir/inner"))).isDir());
}

void TestCli::mkdirExisting()
{
    REQUIRE_SERVER();
    QVERIFY(QDir(root()).mkdir(QStringLiteral("there")));
    const Run run = ferry({QStringLiteral("mkdir"), url(QStringLiteral("there"))});
    VERIFY_RUN(run, 1);
    const Run noParent = ferry({QStringLiteral("mkdir"), url(QStringLiteral("a/b/c"))});
    VERIFY_RUN(noParent, 1);
}

void TestCli::rename()
{
    REQUIRE_SERVER();
    QVERIFY(writeFile(root(QStringLiteral("dir/old.txt")), "o"));
    const Run run =
        ferry({QStringLiteral("mv"), url(QStringLiteral("dir/old.txt")), QStringLiteral("new.txt")});
    VERIFY_RUN(run, 0);
    QCOMPARE(filesIn(root(QStringLiteral("dir"))), QStringList{QStringLiteral("new.txt")});
    // a directory
    const Run dir = ferry({QStringLiteral("mv"), url(QStringLiteral("dir/")), QStringLiteral("renamed")});
    VERIFY_RUN(dir, 0);
    QCOMPARE(filesIn(root()), QStringList{QStringLiteral("renamed")});
    const Run missing =
        ferry({QStringLiteral("mv"), url(QStringLiteral("nope.txt")), QStringLiteral("x.txt")});
    VERIFY_RUN(missing, 1);
}

void TestCli::renameAbsolute()
{
    REQUIRE_SERVER();
    QVERIFY(writeFile(root(QStringLiteral("a/b/file.txt")), "f"));
    QVERIFY(QDir(root()).mkdir(QStringLiteral("target")));
    const Run run = ferry(
        {QStringLiteral("mv"), url(QStringLiteral("a/b/file.txt")), QStringLiteral("/target/moved.txt")});
    VERIFY_RUN(run, 0);
    QVERIFY(QFileInfo::exists(root(QStringLiteral("target/moved.txt"))));
    QVERIFY(!QFileInfo::exists(root(QStringLiteral("a/b/file.txt"))));
    // relative with ..
    const Run up =
        ferry({QStringLiteral("mv"), url(QStringLiteral("target/moved.txt")), QStringLiteral("../back.txt")});
    VERIFY_RUN(up, 0);
    QVERIFY(QFileInfo::exists(root(QStringLiteral("back.txt"))));
}

void TestCli::renameWithUrl()
{
    REQUIRE_SERVER();
    QVERIFY(writeFile(root(QStringLiteral("a b.txt")), "f"));
    QVERIFY(QDir(root()).mkdir(QStringLiteral("dir")));
    const Run run =
        ferry({QStringLiteral("mv"), url(QStringLiteral("a%20b.txt")), url(QStringLiteral("dir/c%20d.txt"))});
    VERIFY_RUN(run, 0);
    QVERIFY(QFileInfo::exists(root(QStringLiteral("dir/c d.txt"))));
}

void TestCli::rm()
{
    REQUIRE_SERVER();
    QVERIFY(writeFile(root(QStringLiteral("dir/gone.txt")), "g"));
    QVERIFY(writeFile(root(QStringLiteral("dir/stays.txt")), "s"));
    const Run run = ferry({QStringLiteral("rm"), url(QStringLiteral("dir/gone.txt"))});
    VERIFY_RUN(run, 0);
    QCOMPARE(filesIn(root(QStringLiteral("dir"))), QStringList{QStringLiteral("stays.txt")});
}

void TestCli::rmMissing()
{
    REQUIRE_SERVER();
    const Run run = ferry({QStringLiteral("rm"), url(QStringLiteral("nope.txt"))});
    VERIFY_RUN(run, 1);
    QVERIFY2(run.err.contains("550"), run.err.constData());
}

void TestCli::rmdir()
{
    REQUIRE_SERVER();
    QVERIFY(QDir(root()).mkpath(QStringLiteral("empty")));
    const Run run = ferry({QStringLiteral("rmdir"), url(QStringLiteral("empty/"))});
    VERIFY_RUN(run, 0);
    QVERIFY(!QFileInfo::exists(root(QStringLiteral("empty"))));
    const Run missing = ferry({QStringLiteral("rmdir"), url(QStringLiteral("empty"))});
    VERIFY_RUN(missing, 1);
}

void TestCli::rmdirNotEmpty()
{
    REQUIRE_SERVER();
    QVERIFY(writeFile(root(QStringLiteral("full/f.txt")), "f"));
    const Run run = ferry({QStringLiteral("rmdir"), url(QStringLiteral("full"))});
    // pyftpdlib removes only empty directories (os.rmdir)
    VERIFY_RUN(run, 1);
    QVERIFY(QFileInfo::exists(root(QStringLiteral("full/f.txt"))));
}

void TestCli::encodedNames()
{
    REQUIRE_SERVER();
    QVERIFY(writeFile(root(QStringLiteral("a b.txt")), "space"));
    QVERIFY(writeFile(root(QStringLiteral("100%.txt")), "percent"));
    QVERIFY(writeFile(root(QStringLiteral("what#?.txt")), "hash"));

    Run run = ferry({QStringLiteral("get"), url(QStringLiteral("a%20b.txt")), QStringLiteral("-")});
    VERIFY_RUN(run, 0);
    QCOMPARE(run.out, QByteArray("space"));
    run = ferry({QStringLiteral("get"), url(QStringLiteral("a b.txt"))}); // unencoded space works too
    VERIFY_RUN(run, 0);
    QCOMPARE(readFile(work(QStringLiteral("a b.txt"))), QByteArray("space"));
    run = ferry({QStringLiteral("get"), url(QStringLiteral("100%25.txt")), QStringLiteral("-")});
    VERIFY_RUN(run, 0);
    QCOMPARE(run.out, QByteArray("percent"));
    run = ferry({QStringLiteral("get"), url(QStringLiteral("what%23%3F.txt")), QStringLiteral("-")});
    VERIFY_RUN(run, 0);
    QCOMPARE(run.out, QByteArray("hash"));

    QVERIFY(writeFile(work(QStringLiteral("up load.txt")), "up"));
    run = ferry({QStringLiteral("put"), QStringLiteral("up load.txt"), url(QStringLiteral("dir%20x/"))});
    VERIFY_RUN(run, 1); // no such directory yet
    run = ferry({QStringLiteral("mkdir"), url(QStringLiteral("dir%20x"))});
    VERIFY_RUN(run, 0);
    run = ferry({QStringLiteral("put"), QStringLiteral("up load.txt"), url(QStringLiteral("dir%20x/"))});
    VERIFY_RUN(run, 0);
    QCOMPARE(readFile(root(QStringLiteral("dir x/up load.txt"))), QByteArray("up"));
}

void TestCli::utf8Names()
{
    REQUIRE_SERVER();
    const QString e = QString::fromUtf8("\xc3\xa9"); // é
    QVERIFY(writeFile(root(e + QStringLiteral("t") + e + QStringLiteral(".txt")), "summer"));

    Run run = ferry({QStringLiteral("ls"), url()});
    VERIFY_RUN(run, 0);
    QCOMPARE(run.out, QByteArray("\xc3\xa9t\xc3\xa9.txt\n"));

    run = ferry({QStringLiteral("get"), url(QStringLiteral("%C3%A9t%C3%A9.txt"))});
    VERIFY_RUN(run, 0);
    QCOMPARE(readFile(work(e + QStringLiteral("t") + e + QStringLiteral(".txt"))), QByteArray("summer"));

    run = ferry({QStringLiteral("get"), url(e + QStringLiteral("t") + e + QStringLiteral(".txt")),
                 QStringLiteral("-")});
    VERIFY_RUN(run, 0);
    QCOMPARE(run.out, QByteArray("summer"));

    run = ferry({QStringLiteral("mkdir"), url(QStringLiteral("d%C3%A9j%C3%A0"))});
    VERIFY_RUN(run, 0);
    QVERIFY(QFileInfo(root(QString::fromUtf8("d\xc3\xa9j\xc3\xa0"))).isDir());
    QVERIFY(writeFile(work(QString::fromUtf8("caf\xc3\xa9.txt")), "coffee"));
    run = ferry({QStringLiteral("put"), QString::fromUtf8("caf\xc3\xa9.txt"),
                 url(QStringLiteral("d%C3%A9j%C3%A0/"))});
    VERIFY_RUN(run, 0);
    QCOMPARE(readFile(root(QString::fromUtf8("d\xc3\xa9j\xc3\xa0/caf\xc3\xa9.txt"))), QByteArray("coffee"));
    run = ferry({QStringLiteral("mv"), url(QStringLiteral("d%C3%A9j%C3%A0/caf%C3%A9.txt")),
                 QString::fromUtf8("th\xc3\xa9.txt")});
    VERIFY_RUN(run, 0);
    QVERIFY(QFileInfo::exists(root(QString::fromUtf8("d\xc3\xa9j\xc3\xa0/th\xc3\xa9.txt"))));
}

void TestCli::dataModes_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QByteArrayList>("expectedCommands");
    QTest::addColumn<QByteArrayList>("forbiddenCommands");
    QTest::newRow("auto") << QString() << QByteArrayList{"> EPSV", "> PASV"}
                          << QByteArrayList{"> EPRT", "> PORT"};
    QTest::newRow("passive") << QStringLiteral("--passive") << QByteArrayList{"> EPSV", "> PASV"}
                             << QByteArrayList{"> EPRT", "> PORT"};
    QTest::newRow("active") << QStringLiteral("--active") << QByteArrayList{"> EPRT", "> PORT"}
                            << QByteArrayList{"> EPSV", "> PASV"};
}

void TestCli::dataModes()
{
    REQUIRE_SERVER();
    QFETCH(QString, option);
    QFETCH(QByteArrayList, expectedCommands);
    QFETCH(QByteArrayList, forbiddenCommands);
    const auto check = [&](const Run& run) {
        bool any = false;
        for (const QByteArray& command : expectedCommands)
            any = any || run.err.contains(command);
        for (const QByteArray& command : forbiddenCommands) {
            if (run.err.contains(command))
                return false;
        }
        return any;
    };
    QStringList options{QStringLiteral("-v")};
    if (!option.isEmpty())
        options << option;

    QVERIFY(writePatternFile(work(QStringLiteral("m.bin")), 512 * 1024 + 1, 31));
    Run run =
        ferry(QStringList{QStringLiteral("put")} + options + QStringList{QStringLiteral("m.bin"), url()});
    VERIFY_RUN(run, 0);
    QVERIFY2(check(run), run.err.constData());

    run = ferry(QStringList{QStringLiteral("ls")} + options + QStringList{url()});
    VERIFY_RUN(run, 0);
    QCOMPARE(run.out, QByteArray("m.bin\n"));
    QVERIFY2(check(run), run.err.constData());

    run = ferry(QStringList{QStringLiteral("get")} + options +
                QStringList{url(QStringLiteral("m.bin")), QStringLiteral("back.bin")});
    VERIFY_RUN(run, 0);
    QVERIFY2(check(run), run.err.constData());
    QCOMPARE(sha256HexOfFile(work(QStringLiteral("back.bin"))),
             sha256HexOfFile(work(QStringLiteral("m.bin"))));
    QVERIFY2(run.err.contains("Downloaded 524289 bytes"), run.err.constData()); // the -v summary
}

void TestCli::noProgressWhenNotATerminal()
{
    REQUIRE_SERVER();
    QVERIFY(writePatternFile(root(QStringLiteral("p.bin")), 2 * 1024 * 1024, 41));
    const Run run = ferry({QStringLiteral("get"), url(QStringLiteral("p.bin"))});
    VERIFY_RUN(run, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData()); // no \r progress line into a pipe or a log
}

void TestCli::ipv6()
{
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHostIPv6))
            QSKIP("No IPv6 loopback (::1) on this machine");
    }
    PyftpdlibServer server;
    FERRY_START_PEER(server, QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(server.host(), QStringLiteral("::1"));
    QVERIFY(writePatternFile(QDir(server.rootPath()).filePath(QStringLiteral("six.bin")), 200000, 61));
    const QString base =
        QStringLiteral("ftp://%1:%2@[::1]:%3/").arg(server.user(), server.password()).arg(server.port());

    for (const QString& mode : {QStringLiteral("--passive"), QStringLiteral("--active")}) {
        Run run = ferry({QStringLiteral("ls"), QStringLiteral("-v"), mode, base});
        VERIFY_RUN(run, 0);
        QVERIFY(run.out.contains("six.bin\n"));
        QVERIFY2(run.err.contains(mode == QLatin1String("--active") ? "> EPRT |2|" : "> EPSV"),
                 run.err.constData());

        run = ferry({QStringLiteral("get"), mode, base + QStringLiteral("six.bin"),
                     QStringLiteral("six-") + mode.mid(2)});
        VERIFY_RUN(run, 0);
        QCOMPARE(sha256HexOfFile(work(QStringLiteral("six-") + mode.mid(2))),
                 sha256HexOfFile(QDir(server.rootPath()).filePath(QStringLiteral("six.bin"))));

        run = ferry({QStringLiteral("put"), mode, QStringLiteral("six-") + mode.mid(2),
                     base + QStringLiteral("back-") + mode.mid(2)});
        VERIFY_RUN(run, 0);
        QCOMPARE(sha256HexOfFile(QDir(server.rootPath()).filePath(QStringLiteral("back-") + mode.mid(2))),
                 sha256HexOfFile(QDir(server.rootPath()).filePath(QStringLiteral("six.bin"))));
    }
}

void TestCli::interruptWhileConnecting()
{
#ifndef Q_OS_UNIX
    QSKIP("Sends SIGINT");
#else
    StallingServer server(StallingServer::Mode::StallGreeting, 0, 0);
    QVERIFY(server.listen());
    QProcess process;
    process.setProcessEnvironment(cleanEnvironment());
    process.setWorkingDirectory(work());
    process.start(ferryExecutable(),
                  {QStringLiteral("ls"), QStringLiteral("ftp://127.0.0.1:%1/").arg(server.port())});
    QVERIFY(process.waitForStarted());
    // The connection is accepted but no greeting comes: ferry waits (for up to its 15 s timeout).
    QTest::qWait(500);
    QCOMPARE(process.state(), QProcess::Running);
    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 5000);
    QCOMPARE(process.exitStatus(), QProcess::NormalExit); // exited by itself, not killed by the signal
    QCOMPARE(process.exitCode(), 130);
    QVERIFY(process.readAllStandardError().contains("Interrupted"));
#endif
}

void TestCli::interruptDownload_data()
{
    QTest::addColumn<bool>("resume");
    QTest::newRow("temporary file removed") << false;
    QTest::newRow("-c keeps it") << true;
}

void TestCli::interruptDownload()
{
#ifndef Q_OS_UNIX
    QSKIP("Sends SIGINT");
#else
    QFETCH(bool, resume);
    const qint64 sent = 64 * 1024;
    StallingServer server(StallingServer::Mode::StallTransfer, 10 * 1024 * 1024, sent);
    QVERIFY(server.listen());
    QProcess process;
    process.setProcessEnvironment(cleanEnvironment());
    process.setWorkingDirectory(work());
    QStringList arguments{QStringLiteral("get"), QStringLiteral("--passive")};
    if (resume)
        arguments << QStringLiteral("-c");
    arguments << QStringLiteral("ftp://127.0.0.1:%1/stall.bin").arg(server.port());
    process.start(ferryExecutable(), arguments);
    QVERIFY(process.waitForStarted());

    const QString temp = work(QStringLiteral(".stall.bin.ferry-part"));
    QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(temp).size(), sent, 10000);
    QCOMPARE(process.state(), QProcess::Running);
    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 8000);
    const QByteArray err = process.readAllStandardError();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 130, err.constData());
    QVERIFY2(err.contains("Interrupted"), err.constData());
    QVERIFY(!QFileInfo::exists(work(QStringLiteral("stall.bin"))));
    if (resume) {
        QCOMPARE(QFileInfo(temp).size(), sent);
        QVERIFY2(err.contains(".stall.bin.ferry-part"), err.constData());
    } else {
        QVERIFY2(filesIn(work()).isEmpty(), qPrintable(filesIn(work()).join(QLatin1Char(' '))));
    }
#endif
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
