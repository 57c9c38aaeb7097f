// Ferry's FTP client against real servers started on loopback: vsftpd, pyftpdlib and a scripted NetX Duo
// board server, over IPv4 and IPv6, in passive and active mode.

#include "boardserver.h"
#include "client/ftpclient.h"
#include "client/ftpoperation.h"
#include "client/listoperation.h"
#include "client/transferoperation.h"
#include "operationwait.h"
#include "pyftpdlibserver.h"
#include "testfiles.h"
#include "vsftpdserver.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <map>
#include <memory>

using namespace Ferry;
using Ferry::Test::TestFtpServer;

namespace {

constexpr int OperationTimeoutMs = 120000;

template <typename Op> std::unique_ptr<Op> finish(Op* op, int timeoutMs = OperationTimeoutMs)
{
    return Test::finishOperation(op, timeoutMs);
}

} // namespace

class TestClientInterop final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void listRoot_data() { serverRows(); }
    void listRoot();
    void download_data() { serverRows(); }
    void download();
    void upload_data() { serverRows(); }
    void upload();
    void manageFiles_data() { serverRows(); }
    void manageFiles();
    void unusualNames_data() { serverRows(); }
    void unusualNames();
    void resumeDownload_data() { serverRows(); }
    void resumeDownload();
    void resumeAndAppendUpload_data() { serverRows(); }
    void resumeAndAppendUpload();
    void sizeTimeAndRawCommands_data() { serverRows(); }
    void sizeTimeAndRawCommands();
    void errorsNameTheCause_data() { serverRows(); }
    void errorsNameTheCause();
    void boardSessionLimitTimesOut();
    void largeDownloadStreams_data();
    void largeDownloadStreams();

private:
    void serverRows();
    TestFtpServer* server(const QString& kind, const QString& family);
    // Starts (or reuses) the row's server and logs a client on; QSKIPs/QFAILs as needed.
    bool connectClient(TestFtpServer** serverOut);
    QString remoteRoot() const { return QStringLiteral("/"); }

    std::map<QString, std::unique_ptr<TestFtpServer>> m_servers;
    std::unique_ptr<FtpClient> m_client;
    QStringList m_log;
};

void TestClientInterop::serverRows()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("family");
    QTest::addColumn<DataConnectionMode>("mode");
    for (const char* kind : {"vsftpd", "pyftpdlib", "board"}) {
        for (const char* family : {"ipv4", "ipv6"}) {
            for (const char* mode : {"passive", "active"}) {
                QTest::addRow("%s-%s-%s", kind, family, mode)
                    << QString::fromLatin1(kind) << QString::fromLatin1(family)
                    << (qstrcmp(mode, "passive") == 0 ? DataConnectionMode::Passive
                                                      : DataConnectionMode::Active);
            }
        }
    }
}

void TestClientInterop::initTestCase()
{
    qRegisterMetaType<DataConnectionMode>();
}

void TestClientInterop::cleanupTestCase()
{
    m_servers.clear(); // stops every peer
}

void TestClientInterop::init()
{
    m_log.clear();
}

void TestClientInterop::cleanup()
{
    if (m_client) {
        if (m_client->state() == FtpClient::State::Connected)
            finish(m_client->disconnectFromHost(), 10000);
        m_client.reset();
    }
    if (QTest::currentTestFailed()) {
        qInfo("Control dialogue of the failed test:");
        for (const QString& line : std::as_const(m_log))
            qInfo("  %s", qPrintable(line));
    }
}

TestFtpServer* TestClientInterop::server(const QString& kind, const QString& family)
{
    const QString key = kind + QLatin1Char('/') + family;
    auto it = m_servers.find(key);
    if (it != m_servers.end())
        return it->second.get();
    std::unique_ptr<TestFtpServer> server;
    if (kind == QLatin1String("vsftpd"))
        server = std::make_unique<Test::VsftpdServer>();
    else if (kind == QLatin1String("pyftpdlib"))
        server = std::make_unique<Test::PyftpdlibServer>();
    else
        server = std::make_unique<Test::BoardServer>();
    TestFtpServer* raw = server.get();
    m_servers.emplace(key, std::move(server));
    if (!raw->skipReason().isEmpty())
        return raw;
    const QHostAddress bind =
        family == QLatin1String("ipv6") ? QHostAddress::LocalHostIPv6 : QHostAddress::LocalHost;
    if (!raw->start(bind))
        qWarning("could not start %s: %s", qPrintable(key), qPrintable(raw->errorString()));
    return raw;
}

bool TestClientInterop::connectClient(TestFtpServer** serverOut)
{
    QFETCH(QString, kind);
    QFETCH(QString, family);
    QFETCH(DataConnectionMode, mode);
    TestFtpServer* peer = server(kind, family);
    *serverOut = peer;
    if (!peer->skipReason().isEmpty()) {
        qWarning("%s cannot run here: %s", qPrintable(kind), qPrintable(peer->skipReason()));
        return false;
    }
    if (peer->port() == 0) {
        qWarning("%s did not start: %s", qPrintable(kind), qPrintable(peer->errorString()));
        return false;
    }
    m_client = std::make_unique<FtpClient>();
    FtpClientOptions options;
    options.dataMode = mode;
    options.replyTimeoutMs = 20000;
    options.dataTimeoutMs = 20000;
    m_client->setOptions(options);
    connect(m_client.get(), &FtpClient::logMessage, this,
            [this](FtpClient::LogKind logKind, const QString& text) {
                static const char* const prefixes[] = {"> ", "< ", "* ", "! "};
                m_log.append(QString::fromLatin1(prefixes[int(logKind)]) + text);
            });
    FtpLogin login;
    login.host = peer->host();
    login.port = peer->port();
    login.user = peer->user();
    login.password = peer->password();
    auto op = finish(m_client->connectToHost(login));
    if (!op->succeeded()) {
        qWarning("login failed: %s", qPrintable(op->errorString()));
        return false;
    }
    return m_client->state() == FtpClient::State::Connected;
}

#define CONNECT_OR_FAIL(serverVar)                                                                           \
    TestFtpServer* serverVar = nullptr;                                                                      \
    if (!connectClient(&serverVar)) {                                                                        \
        if (serverVar && !serverVar->skipReason().isEmpty())                                                 \
            QSKIP(qPrintable(serverVar->skipReason()));                                                      \
        QFAIL("could not connect and log in");                                                               \
    }

void TestClientInterop::listRoot()
{
    CONNECT_OR_FAIL(peer);
    const QString dirName = QStringLiteral("list-%1").arg(QString::fromLatin1(QTest::currentDataTag()));
    const QDir root(peer->rootPath());
    QVERIFY(root.mkpath(dirName + QStringLiteral("/sub folder")));
    QVERIFY(Test::writePatternFile(root.filePath(dirName + QStringLiteral("/data.bin")), 12345, 1));
    QVERIFY(Test::writePatternFile(root.filePath(dirName + QStringLiteral("/empty.txt")), 0, 2));
    peer->fixPermissions();

    auto list = finish(m_client->list(remoteRoot() + dirName));
    QVERIFY2(list->succeeded(), qPrintable(list->errorString()));
    QVERIFY2(list->unparsedLines().isEmpty(), list->unparsedLines().join('\n').constData());
    QMap<QString, RemoteEntry> byName;
    for (const RemoteEntry& e : list->entries())
        byName.insert(e.name, e);
    QCOMPARE(byName.keys(), (QStringList{QStringLiteral("data.bin"), QStringLiteral("empty.txt"),
                                         QStringLiteral("sub folder")}));
    QCOMPARE(byName.value(QStringLiteral("data.bin")).size, 12345);
    QVERIFY(byName.value(QStringLiteral("data.bin")).isFile());
    QCOMPARE(byName.value(QStringLiteral("empty.txt")).size, 0);
    QVERIFY(byName.value(QStringLiteral("sub folder")).isDir());
    QVERIFY(byName.value(QStringLiteral("data.bin")).modified.isValid());

    auto names = finish(m_client->nameList(remoteRoot() + dirName));
    QVERIFY2(names->succeeded(), qPrintable(names->errorString()));
    QStringList nlst;
    for (const RemoteEntry& e : names->entries())
        nlst.append(e.name);
    nlst.sort();
    QCOMPARE(nlst, (QStringList{QStringLiteral("data.bin"), QStringLiteral("empty.txt"),
                                QStringLiteral("sub folder")}));

    // Browse into the folder and back.
    auto cd = finish(m_client->cd(remoteRoot() + dirName + QStringLiteral("/sub folder")));
    QVERIFY2(cd->succeeded(), qPrintable(cd->errorString()));
    QVERIFY2(m_client->currentDirectory().endsWith(QStringLiteral("/sub folder")),
             qPrintable(m_client->currentDirectory()));
    auto up = finish(m_client->cdUp());
    QVERIFY2(up->succeeded(), qPrintable(up->errorString()));
    QVERIFY2(m_client->currentDirectory().endsWith(dirName), qPrintable(m_client->currentDirectory()));
    auto emptyList = finish(m_client->nameList(QStringLiteral("sub folder")));
    QVERIFY2(emptyList->succeeded(), qPrintable(emptyList->errorString()));
    QVERIFY(emptyList->entries().isEmpty());
}

void TestClientInterop::download()
{
    CONNECT_OR_FAIL(peer);
    const QDir root(peer->rootPath());
    const QString dirName = QStringLiteral("dl-%1").arg(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(root.mkpath(dirName));
    QTemporaryDir local;
    QVERIFY(local.isValid());
    const QList<qint64> sizes{0, 1, 3 * 1024 * 1024 + 7};
    for (qint64 size : sizes) {
        const QString name = QStringLiteral("file-%1.bin").arg(size);
        QVERIFY(Test::writePatternFile(root.filePath(dirName + QLatin1Char('/') + name), size,
                                       quint32(size + 11)));
    }
    peer->fixPermissions();
    for (qint64 size : sizes) {
        const QString name = QStringLiteral("file-%1.bin").arg(size);
        QFile target(local.filePath(name));
        QVERIFY(target.open(QIODevice::WriteOnly));
        qint64 lastProgress = -1;
        auto op = m_client->download(remoteRoot() + dirName + QLatin1Char('/') + name, &target);
        connect(op, &FtpOperation::progress, this, [&](qint64 done, qint64) { lastProgress = done; });
        auto done = finish(op);
        target.close();
        QVERIFY2(done->succeeded(), qPrintable(done->errorString()));
        QCOMPARE(done->bytesTransferred(), size);
        QCOMPARE(QFileInfo(target.fileName()).size(), size);
        QCOMPARE(Test::sha256OfFile(target.fileName()),
                 Test::sha256OfFile(root.filePath(dirName + QLatin1Char('/') + name)));
        if (size > 0)
            QCOMPARE(lastProgress, size);
    }
}

void TestClientInterop::upload()
{
    CONNECT_OR_FAIL(peer);
    const QDir root(peer->rootPath());
    const QString dirName = QStringLiteral("ul-%1").arg(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(root.mkpath(dirName));
    peer->fixPermissions();
    QTemporaryDir local;
    for (qint64 size : {qint64(0), qint64(1), qint64(3 * 1024 * 1024 + 5)}) {
        const QString name = QStringLiteral("up-%1.bin").arg(size);
        QVERIFY(Test::writePatternFile(local.filePath(name), size, quint32(size + 3)));
        QFile source(local.filePath(name));
        QVERIFY(source.open(QIODevice::ReadOnly));
        auto op = finish(m_client->upload(&source, remoteRoot() + dirName + QLatin1Char('/') + name));
        QVERIFY2(op->succeeded(), qPrintable(op->errorString()));
        QCOMPARE(op->bytesTransferred(), size);
        const QString stored = root.filePath(dirName + QLatin1Char('/') + name);
        QCOMPARE(QFileInfo(stored).size(), size);
        QCOMPARE(Test::sha256OfFile(stored), Test::sha256OfFile(source.fileName()));
    }
}

void TestClientInterop::manageFiles()
{
    CONNECT_OR_FAIL(peer);
    const QDir root(peer->rootPath());
    const QString dirName = QStringLiteral("m-%1").arg(QString::fromLatin1(QTest::currentDataTag()));
    const QString base = remoteRoot() + dirName;

    auto mk = finish(m_client->mkdir(base));
    QVERIFY2(mk->succeeded(), qPrintable(mk->errorString()));
    QVERIFY(root.exists(dirName));
    auto mkSub = finish(m_client->mkdir(base + QStringLiteral("/inner")));
    QVERIFY2(mkSub->succeeded(), qPrintable(mkSub->errorString()));

    QBuffer content;
    content.setData(QByteArrayLiteral("hello board\n"));
    content.open(QIODevice::ReadOnly);
    auto up = finish(m_client->upload(&content, base + QStringLiteral("/a.txt")));
    QVERIFY2(up->succeeded(), qPrintable(up->errorString()));

    auto mv =
        finish(m_client->rename(base + QStringLiteral("/a.txt"), base + QStringLiteral("/inner/b.txt")));
    QVERIFY2(mv->succeeded(), qPrintable(mv->errorString()));
    QVERIFY(!root.exists(dirName + QStringLiteral("/a.txt")));
    QVERIFY(root.exists(dirName + QStringLiteral("/inner/b.txt")));

    // A folder that is not empty cannot be removed.
    auto rmFull = finish(m_client->rmdir(base + QStringLiteral("/inner")));
    QVERIFY(!rmFull->succeeded());
    QCOMPARE(rmFull->error(), FtpOperation::Error::ServerRefused);

    auto del = finish(m_client->remove(base + QStringLiteral("/inner/b.txt")));
    QVERIFY2(del->succeeded(), qPrintable(del->errorString()));
    QVERIFY(!root.exists(dirName + QStringLiteral("/inner/b.txt")));
    auto rm = finish(m_client->rmdir(base + QStringLiteral("/inner")));
    QVERIFY2(rm->succeeded(), qPrintable(rm->errorString()));
    QVERIFY(!root.exists(dirName + QStringLiteral("/inner")));

    // Renaming something that does not exist fails at RNFR, and RNTO is never sent.
    auto bad = finish(m_client->rename(base + QStringLiteral("/missing"), base + QStringLiteral("/x")));
    QVERIFY(!bad->succeeded());
    QVERIFY(!m_log.filter(QStringLiteral("> RNTO ") + base + QStringLiteral("/x")).size());

    // The connection is still in step afterwards.
    auto pwd = finish(m_client->pwd());
    QVERIFY2(pwd->succeeded(), qPrintable(pwd->errorString()));
}

void TestClientInterop::unusualNames()
{
    CONNECT_OR_FAIL(peer);
    const QDir root(peer->rootPath());
    const QString dirName = QStringLiteral("names-%1").arg(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(root.mkpath(dirName));
    peer->fixPermissions();
    const QStringList names{QStringLiteral("with space.txt"), QStringLiteral(" leading and  double.txt"),
                            QStringLiteral("grüße — ünïcødé ✓ 日本.txt")};
    for (const QString& name : names) {
        QBuffer content;
        content.setData(name.toUtf8());
        content.open(QIODevice::ReadOnly);
        auto up = finish(m_client->upload(&content, remoteRoot() + dirName + QLatin1Char('/') + name));
        QVERIFY2(up->succeeded(), qPrintable(up->errorString()));
        QVERIFY2(root.exists(dirName + QLatin1Char('/') + name), qPrintable(name));
    }
    auto list = finish(m_client->list(remoteRoot() + dirName));
    QVERIFY2(list->succeeded(), qPrintable(list->errorString()));
    QStringList listed;
    for (const RemoteEntry& e : list->entries())
        listed.append(e.name);
    for (const QString& name : names)
        QVERIFY2(listed.contains(name), qPrintable(listed.join(QLatin1Char('|'))));
    for (const QString& name : names) {
        QBuffer back;
        back.open(QIODevice::WriteOnly);
        auto dl = finish(m_client->download(remoteRoot() + dirName + QLatin1Char('/') + name, &back));
        QVERIFY2(dl->succeeded(), qPrintable(dl->errorString()));
        QCOMPARE(back.data(), name.toUtf8());
    }
}

void TestClientInterop::resumeDownload()
{
    CONNECT_OR_FAIL(peer);
    QFETCH(QString, kind);
    const QDir root(peer->rootPath());
    const QString dirName = QStringLiteral("resume-%1").arg(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(root.mkpath(dirName));
    const qint64 size = 24 * 1024 * 1024;
    const QString remoteFile = dirName + QStringLiteral("/big.bin");
    QVERIFY(Test::writePatternFile(root.filePath(remoteFile), size, 99));
    peer->fixPermissions();
    QTemporaryDir local;
    const QString localPath = local.filePath(QStringLiteral("big.bin.part"));

    // Interrupt a download after the first MiB.
    {
        QFile target(localPath);
        QVERIFY(target.open(QIODevice::WriteOnly));
        TransferOperation* op = m_client->download(remoteRoot() + remoteFile, &target);
        connect(op, &FtpOperation::progress, op, [op](qint64 done, qint64) {
            if (done >= 1024 * 1024)
                op->abort();
        });
        auto done = finish(op);
        QCOMPARE(done->error(), FtpOperation::Error::Canceled);
    }
    const qint64 partial = QFileInfo(localPath).size();
    QVERIFY2(partial >= 1024 * 1024 && partial < size, qPrintable(QString::number(partial)));

    // The control connection is still usable after the abort.
    auto pwd = finish(m_client->pwd());
    QVERIFY2(pwd->succeeded(), qPrintable(pwd->errorString()));

    QFile target(localPath);
    QVERIFY(target.open(QIODevice::Append));
    auto resumed = finish(m_client->download(remoteRoot() + remoteFile, &target, partial));
    target.close();
    if (kind == QLatin1String("board")) {
        // No REST on a board: resuming fails with a clear message; a full download still works.
        QVERIFY(!resumed->succeeded());
        QVERIFY2(resumed->errorString().contains(QStringLiteral("REST")), qPrintable(resumed->errorString()));
        QFile again(localPath);
        QVERIFY(again.open(QIODevice::WriteOnly | QIODevice::Truncate));
        auto full = finish(m_client->download(remoteRoot() + remoteFile, &again));
        again.close();
        QVERIFY2(full->succeeded(), qPrintable(full->errorString()));
    } else {
        QVERIFY2(resumed->succeeded(), qPrintable(resumed->errorString()));
        QCOMPARE(resumed->bytesTransferred(), size - partial);
    }
    QCOMPARE(QFileInfo(localPath).size(), size);
    QCOMPARE(Test::sha256OfFile(localPath), Test::sha256OfFile(root.filePath(remoteFile)));
}

void TestClientInterop::resumeAndAppendUpload()
{
    CONNECT_OR_FAIL(peer);
    QFETCH(QString, kind);
    const QDir root(peer->rootPath());
    const QString dirName = QStringLiteral("ulresume-%1").arg(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(root.mkpath(dirName));
    peer->fixPermissions();
    QTemporaryDir local;
    const qint64 size = 5 * 1024 * 1024 + 3;
    const QString localPath = local.filePath(QStringLiteral("src.bin"));
    QVERIFY(Test::writePatternFile(localPath, size, 7));
    const QString remote = remoteRoot() + dirName + QStringLiteral("/dst.bin");
    const QString stored = root.filePath(dirName + QStringLiteral("/dst.bin"));

    // The first part arrives as an ordinary upload of a truncated copy.
    const qint64 half = size / 2;
    {
        QFile whole(localPath);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        QBuffer first;
        first.setData(whole.read(half));
        first.open(QIODevice::ReadOnly);
        auto op = finish(m_client->upload(&first, remote));
        QVERIFY2(op->succeeded(), qPrintable(op->errorString()));
    }
    QCOMPARE(QFileInfo(stored).size(), half);

    QFile source(localPath);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QVERIFY(source.seek(half));
    auto resumed = finish(m_client->upload(&source, remote, half));
    if (kind == QLatin1String("board")) {
        QVERIFY(!resumed->succeeded());
        QVERIFY2(resumed->errorString().contains(QStringLiteral("REST")), qPrintable(resumed->errorString()));
        QCOMPARE(QFileInfo(stored).size(), half); // nothing was truncated or sent
    } else {
        QVERIFY2(resumed->succeeded(), qPrintable(resumed->errorString()));
        QCOMPARE(resumed->bytesTransferred(), size - half);
        QCOMPARE(Test::sha256OfFile(stored), Test::sha256OfFile(localPath));
    }

    // APPE adds to the end.
    QBuffer tail;
    tail.setData(QByteArrayLiteral("appended tail"));
    tail.open(QIODevice::ReadOnly);
    const qint64 before = QFileInfo(stored).size();
    auto appended = finish(m_client->upload(&tail, remote, 0, true));
    if (kind == QLatin1String("board")) {
        QVERIFY(!appended->succeeded());
        QVERIFY2(appended->errorString().contains(QStringLiteral("502")),
                 qPrintable(appended->errorString()));
    } else {
        QVERIFY2(appended->succeeded(), qPrintable(appended->errorString()));
        QCOMPARE(QFileInfo(stored).size(), before + tail.size());
    }
}

void TestClientInterop::sizeTimeAndRawCommands()
{
    CONNECT_OR_FAIL(peer);
    QFETCH(QString, kind);
    const QDir root(peer->rootPath());
    const QString name = QStringLiteral("meta-%1.bin").arg(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(Test::writePatternFile(root.filePath(name), 4321, 5));
    peer->fixPermissions();
    const QDateTime mtime = QFileInfo(root.filePath(name)).lastModified().toUTC();

    auto size = finish(m_client->size(remoteRoot() + name));
    auto time = finish(m_client->modificationTime(remoteRoot() + name));
    if (kind == QLatin1String("board")) {
        // No SIZE or MDTM on boards: a clear refusal, and the size is in the listing instead.
        QCOMPARE(size->error(), FtpOperation::Error::ServerRefused);
        QVERIFY2(size->errorString().contains(QStringLiteral("502")), qPrintable(size->errorString()));
        QCOMPARE(time->error(), FtpOperation::Error::ServerRefused);
    } else {
        QVERIFY2(size->succeeded(), qPrintable(size->errorString()));
        QCOMPARE(size->resultSize(), 4321);
        QVERIFY2(time->succeeded(), qPrintable(time->errorString()));
        QVERIFY2(qAbs(time->resultTime().secsTo(mtime)) <= 1,
                 qPrintable(time->resultTime().toString(Qt::ISODate) + QLatin1Char(' ') +
                            mtime.toString(Qt::ISODate)));
    }

    auto noop = finish(m_client->rawCommand(QStringLiteral("NOOP")));
    QVERIFY2(noop->succeeded(), qPrintable(noop->errorString()));
    QCOMPARE(noop->reply().code, 200);
    auto bogus = finish(m_client->rawCommand(QStringLiteral("XYZZY plugh")));
    QVERIFY(!bogus->succeeded());
    QVERIFY(bogus->reply().code >= 500);
    // Still in step.
    auto pwd = finish(m_client->pwd());
    QVERIFY2(pwd->succeeded(), qPrintable(pwd->errorString()));
    QCOMPARE(pwd->resultPath(), QStringLiteral("/"));
}

void TestClientInterop::errorsNameTheCause()
{
    CONNECT_OR_FAIL(peer);
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    auto missing = finish(m_client->download(remoteRoot() + QStringLiteral("no-such-file.bin"), &sink));
    QVERIFY(!missing->succeeded());
    QCOMPARE(missing->error(), FtpOperation::Error::ServerRefused);
    QVERIFY2(missing->errorString().contains(QStringLiteral("no-such-file.bin")),
             qPrintable(missing->errorString()));
    QVERIFY2(missing->errorString().contains(QStringLiteral("550")), qPrintable(missing->errorString()));
    QCOMPARE(missing->reply().code, 550);

    // Still usable.
    auto list = finish(m_client->list());
    QVERIFY2(list->succeeded(), qPrintable(list->errorString()));

    // A wrong password is a login failure that says so.
    FtpClient other;
    FtpLogin login = m_client->login();
    login.password = QStringLiteral("wrong-password");
    auto logon = finish(other.connectToHost(login), 30000);
    QVERIFY(!logon->succeeded());
    QCOMPARE(logon->error(), FtpOperation::Error::LoginFailed);
    QVERIFY2(logon->errorString().contains(QStringLiteral("530")), qPrintable(logon->errorString()));
}

void TestClientInterop::boardSessionLimitTimesOut()
{
    // A NetX board serves four sessions; a fifth gets no greeting. The client must give up with a
    // message that says why, not hang.
    TestFtpServer* peer = server(QStringLiteral("board"), QStringLiteral("ipv4"));
    if (!peer->skipReason().isEmpty())
        QSKIP(qPrintable(peer->skipReason()));
    QVERIFY2(peer->port() != 0, qPrintable(peer->errorString()));
    FtpLogin login;
    login.host = peer->host();
    login.port = peer->port();
    login.user = peer->user();
    login.password = peer->password();
    std::vector<std::unique_ptr<FtpClient>> clients;
    for (int i = 0; i < 4; ++i) {
        clients.push_back(std::make_unique<FtpClient>());
        auto op = finish(clients.back()->connectToHost(login));
        QVERIFY2(op->succeeded(), qPrintable(op->errorString()));
    }
    FtpClient fifth;
    FtpClientOptions options;
    options.connectTimeoutMs = 1500;
    fifth.setOptions(options);
    auto op = finish(fifth.connectToHost(login));
    QCOMPARE(op->error(), FtpOperation::Error::Timeout);
    QVERIFY2(op->errorString().contains(QStringLiteral("sessions")), qPrintable(op->errorString()));
    for (auto& client : clients)
        finish(client->disconnectFromHost(), 10000);
}

void TestClientInterop::largeDownloadStreams_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("family");
    QTest::addColumn<DataConnectionMode>("mode");
    QTest::newRow("vsftpd-ipv4-passive")
        << QStringLiteral("vsftpd") << QStringLiteral("ipv4") << DataConnectionMode::Passive;
    QTest::newRow("vsftpd-ipv6-active")
        << QStringLiteral("vsftpd") << QStringLiteral("ipv6") << DataConnectionMode::Active;
    QTest::newRow("pyftpdlib-ipv4-passive")
        << QStringLiteral("pyftpdlib") << QStringLiteral("ipv4") << DataConnectionMode::Passive;
    QTest::newRow("board-ipv4-passive")
        << QStringLiteral("board") << QStringLiteral("ipv4") << DataConnectionMode::Passive;
}

void TestClientInterop::largeDownloadStreams()
{
    CONNECT_OR_FAIL(peer);
    const QDir root(peer->rootPath());
    const qint64 size = 256LL * 1024 * 1024;
    const QString remoteFile =
        QStringLiteral("large-%1.bin").arg(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(Test::writePatternFile(root.filePath(remoteFile), size, 256));
    peer->fixPermissions();
    QTemporaryDir local;
    const QString localPath = local.filePath(QStringLiteral("large.bin"));
    QFile target(localPath);
    QVERIFY(target.open(QIODevice::WriteOnly));

    const bool canMeasure = Test::resetPeakRss();
    QElapsedTimer timer;
    timer.start();
    auto op = finish(m_client->download(remoteRoot() + remoteFile, &target), 600000);
    const qint64 elapsedMs = qMax<qint64>(1, timer.elapsed());
    const qint64 peak = Test::peakRss();
    target.close();
    QVERIFY2(op->succeeded(), qPrintable(op->errorString()));
    QCOMPARE(QFileInfo(localPath).size(), size);
    qInfo("256 MiB download: %lld ms, %.0f MB/s, peak RSS %.1f MiB", elapsedMs,
          double(size) / 1e6 / (double(elapsedMs) / 1000.0), double(peak) / (1024.0 * 1024.0));
    if (canMeasure && peak > 0)
        QVERIFY2(peak < 64LL * 1024 * 1024, qPrintable(QStringLiteral("peak RSS %1 bytes").arg(peak)));
    QCOMPARE(Test::sha256OfFile(localPath), Test::sha256OfFile(root.filePath(remoteFile)));
    QFile::remove(root.filePath(remoteFile));
}

QTEST_GUILESS_MAIN(TestClientInterop)
#include "tst_client_interop.moc"
