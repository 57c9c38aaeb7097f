// Ferry's client engine (core/client) against Ferry's server (core/server), in-process on loopback: a
// quick round trip of every file operation in passive and active mode over IPv4 and IPv6, resume, and
// the throughput of a large download and upload.
#include "client/ftpclient.h"
#include "client/ftpoperation.h"
#include "client/listoperation.h"
#include "client/transferoperation.h"
#include "operationwait.h"
#include "server/ftpserver.h"
#include "server/localfilesystem.h"
#include "server/memoryfilesystem.h"
#include "server/userauthenticator.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Ferry;

namespace {

template <typename Op> std::unique_ptr<Op> finish(Op* op, int timeoutMs = 30000)
{
    return Test::finishOperation(op, timeoutMs);
}

// Evaluates `op` once.
#define VERIFY_OK(op)                                                                                        \
    do {                                                                                                     \
        const auto& verified = (op);                                                                         \
        QVERIFY2(verified->succeeded(),                                                                      \
                 qPrintable(verified->description() + QStringLiteral(": ") + verified->errorString()));      \
    } while (false)

QByteArray pattern(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint64 x = 88172645463325252ull;
    qint64 i = 0;
    for (; i + 8 <= size; i += 8) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        memcpy(bytes.data() + i, &x, 8);
    }
    for (; i < size; ++i)
        bytes[i] = char(i);
    return bytes;
}

// Counts what it is given and keeps nothing.
class NullSink final : public QIODevice
{
public:
    NullSink() { open(QIODevice::WriteOnly); }
    qint64 received = 0;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 n) override
    {
        received += n;
        return n;
    }
};

// Produces `size` bytes without holding them.
class PatternSource final : public QIODevice
{
public:
    explicit PatternSource(qint64 size) : m_size(size) { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_pos >= m_size && QIODevice::atEnd(); }
    qint64 bytesAvailable() const override { return (m_size - m_pos) + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, m_size - m_pos);
        memset(data, 'p', size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 m_size;
    qint64 m_pos = 0;
};

} // namespace

class TestServerClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void resumeAndAppend();
    void readOnlyRefusal();
    void throughput();

private:
    bool startServer();
    std::unique_ptr<FtpClient> connectClient(const QString& host, DataConnectionMode mode,
                                             const QString& user = QStringLiteral("alice"),
                                             const QString& password = QStringLiteral("secret"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<MemoryFileSystem> m_memory;
    std::unique_ptr<FtpServer> m_server;
};

void TestServerClient::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_memory = std::make_shared<MemoryFileSystem>();
    QVERIFY(startServer());
}

void TestServerClient::cleanup()
{
    m_server.reset();
    m_memory.reset();
    m_dir.reset();
}

bool TestServerClient::startServer()
{
    auto users = std::make_shared<UserAuthenticator>();
    if (!users->addUser(QStringLiteral("alice"), QStringLiteral("secret"), m_dir->path()))
        return false;
    users->addUser(QStringLiteral("mem"), QStringLiteral("pw"), m_memory);
    users->setAnonymous(m_dir->path());
    ServerOptions options;
    options.port = 0;
    options.bindAddresses = {QHostAddress(QHostAddress::LocalHost),
                             QHostAddress(QHostAddress::LocalHostIPv6)};
    options.failedLoginDelayMs = 10;
    m_server = std::make_unique<FtpServer>();
    m_server->setOptions(options);
    m_server->setAuthenticator(users);
    if (qEnvironmentVariableIsSet("FERRY_SERVER_LOG"))
        connect(m_server.get(), &FtpServer::logMessage, this,
                [](const ServerLogEntry& e) { qInfo() << e.text; });
    return m_server->start();
}

std::unique_ptr<FtpClient> TestServerClient::connectClient(const QString& host, DataConnectionMode mode,
                                                           const QString& user, const QString& password)
{
    auto client = std::make_unique<FtpClient>();
    FtpClientOptions options;
    options.dataMode = mode;
    options.connectTimeoutMs = 5000;
    options.replyTimeoutMs = 10000;
    client->setOptions(options);
    FtpLogin login;
    login.host = host;
    login.port = m_server->port();
    login.user = user;
    login.password = password;
    auto op = finish(client->connectToHost(login));
    if (!op->succeeded()) {
        qWarning() << op->errorString();
        return nullptr;
    }
    return client;
}

void TestServerClient::roundTrip_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<DataConnectionMode>("mode");
    QTest::newRow("IPv4 passive") << QStringLiteral("127.0.0.1") << DataConnectionMode::Passive;
    QTest::newRow("IPv4 active") << QStringLiteral("127.0.0.1") << DataConnectionMode::Active;
    QTest::newRow("IPv6 passive") << QStringLiteral("::1") << DataConnectionMode::Passive;
    QTest::newRow("IPv6 active") << QStringLiteral("::1") << DataConnectionMode::Active;
}

void TestServerClient::roundTrip()
{
    QFETCH(QString, host);
    QFETCH(DataConnectionMode, mode);
    if (host.contains(QLatin1Char(':')) &&
        !m_server->listeningAddresses().contains(QHostAddress(QHostAddress::LocalHostIPv6)))
        QSKIP("No IPv6 loopback on this machine");

    std::unique_ptr<FtpClient> client = connectClient(host, mode);
    QVERIFY(client);
    QCOMPARE(client->currentDirectory(), QStringLiteral("/"));
    QVERIFY(client->capabilities().supportsMlsd());
    QVERIFY(client->capabilities().supportsUtf8());
    QVERIFY(client->capabilities().supportsRestStream());

    VERIFY_OK(finish(client->mkdir(QStringLiteral("/docs"))));
    QVERIFY(QFileInfo(m_dir->filePath(QStringLiteral("docs"))).isDir());
    VERIFY_OK(finish(client->cd(QStringLiteral("docs"))));
    QCOMPARE(client->currentDirectory(), QStringLiteral("/docs"));

    const QByteArray payload = pattern(1024 * 1024 + 3);
    const QString name = QString::fromUtf8("r\xc3\xa9sum\xc3\xa9 1.bin");
    {
        QBuffer source;
        source.setData(payload);
        source.open(QIODevice::ReadOnly);
        VERIFY_OK(finish(client->upload(&source, QStringLiteral("/docs/") + name)));
    }
    QFile local(m_dir->filePath(QStringLiteral("docs/") + name));
    QVERIFY(local.open(QIODevice::ReadOnly));
    QCOMPARE(local.readAll(), payload);
    local.close();

    {
        auto list = finish(client->list(QStringLiteral("/docs")));
        VERIFY_OK(list);
        QCOMPARE(list->entries().size(), 1);
        QCOMPARE(list->entries().at(0).name, name);
        QCOMPARE(list->entries().at(0).size, payload.size());
        QVERIFY(list->entries().at(0).modified.isValid());
    }
    {
        auto names = finish(client->nameList(QStringLiteral("/docs")));
        VERIFY_OK(names);
        QCOMPARE(names->entries().size(), 1);
        QCOMPARE(names->entries().at(0).name, name);
    }
    {
        QBuffer target;
        target.open(QIODevice::WriteOnly);
        auto download = finish(client->download(QStringLiteral("/docs/") + name, &target));
        VERIFY_OK(download);
        QCOMPARE(target.data(), payload);
    }
    {
        auto size = finish(client->size(QStringLiteral("/docs/") + name));
        VERIFY_OK(size);
        QCOMPARE(size->resultSize(), payload.size());
        auto mdtm = finish(client->modificationTime(QStringLiteral("/docs/") + name));
        VERIFY_OK(mdtm);
        QVERIFY(qAbs(mdtm->resultTime().secsTo(QDateTime::currentDateTimeUtc())) < 120);
    }
    VERIFY_OK(finish(client->rename(QStringLiteral("/docs/") + name, QStringLiteral("/docs/renamed.bin"))));
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("docs/renamed.bin"))));
    VERIFY_OK(finish(client->remove(QStringLiteral("/docs/renamed.bin"))));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("docs/renamed.bin"))));
    {
        auto names =
            finish(client->nameList(QStringLiteral("/docs"))); // empty: the server's 550 means "none"
        VERIFY_OK(names);
        QVERIFY(names->entries().isEmpty());
    }
    VERIFY_OK(finish(client->cdUp()));
    VERIFY_OK(finish(client->rmdir(QStringLiteral("/docs"))));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("docs"))));
    {
        auto missing = finish(client->download(QStringLiteral("/nope"), new QBuffer(client.get())));
        QVERIFY(!missing->succeeded());
        QCOMPARE(missing->error(), FtpOperation::Error::ServerRefused);
    }
    VERIFY_OK(finish(client->noop()));
    VERIFY_OK(finish(client->disconnectFromHost()));
    QTRY_COMPARE(m_server->sessionCount(), 0);
}

void TestServerClient::resumeAndAppend()
{
    std::unique_ptr<FtpClient> client = connectClient(QStringLiteral("127.0.0.1"), DataConnectionMode::Auto);
    QVERIFY(client);
    const QByteArray payload = pattern(300000);
    { // An interrupted upload: the first 100000 bytes are there; resume from there.
        QFile partial(m_dir->filePath(QStringLiteral("resume.bin")));
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write(payload.left(100000));
        partial.write("garbage after the offset");
    }
    {
        QBuffer source;
        source.setData(payload);
        source.open(QIODevice::ReadOnly);
        source.seek(100000);
        VERIFY_OK(finish(client->upload(&source, QStringLiteral("/resume.bin"), 100000)));
    }
    QFile stored(m_dir->filePath(QStringLiteral("resume.bin")));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QCOMPARE(stored.readAll(), payload);
    { // Download resume.
        QBuffer target;
        target.setData(payload.left(200000));
        target.open(QIODevice::WriteOnly | QIODevice::Append);
        VERIFY_OK(finish(client->download(QStringLiteral("/resume.bin"), &target, 200000)));
        QCOMPARE(target.data(), payload);
    }
    { // Append.
        QBuffer more;
        more.setData("tail");
        more.open(QIODevice::ReadOnly);
        VERIFY_OK(finish(client->upload(&more, QStringLiteral("/resume.bin"), 0, true)));
        stored.seek(0);
        QCOMPARE(stored.readAll(), payload + "tail");
    }
}

void TestServerClient::readOnlyRefusal()
{
    std::unique_ptr<FtpClient> client = connectClient(
        QStringLiteral("127.0.0.1"), DataConnectionMode::Passive, QStringLiteral("anonymous"), QString());
    QVERIFY(client);
    auto mkdir = finish(client->mkdir(QStringLiteral("/x")));
    QVERIFY(!mkdir->succeeded());
    QCOMPARE(mkdir->reply().code, 532);
    QBuffer source;
    source.setData("x");
    source.open(QIODevice::ReadOnly);
    auto up = finish(client->upload(&source, QStringLiteral("/x.txt")));
    QVERIFY(!up->succeeded());
    QCOMPARE(up->reply().code, 532);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("x.txt"))));
    // Wrong password.
    QVERIFY(!connectClient(QStringLiteral("127.0.0.1"), DataConnectionMode::Passive, QStringLiteral("alice"),
                           QStringLiteral("wrong")));
}

void TestServerClient::throughput()
{
    // FERRY_SERVER_BENCH_MIB=256 for the figure in the notes; a smaller default keeps the suite quick.
    const qint64 mib = qEnvironmentVariableIsSet("FERRY_SERVER_BENCH_MIB")
                           ? qEnvironmentVariableIntValue("FERRY_SERVER_BENCH_MIB")
                           : 64;
    const qint64 size = mib * 1024 * 1024;
    QVERIFY(m_memory->addFile(QStringLiteral("/big.bin"), QByteArray(size, 'b')));
    std::unique_ptr<FtpClient> client =
        connectClient(QStringLiteral("127.0.0.1"), DataConnectionMode::Passive, QStringLiteral("mem"),
                      QStringLiteral("pw"));
    QVERIFY(client);

    NullSink sink;
    QElapsedTimer timer;
    timer.start();
    auto download = finish(client->download(QStringLiteral("/big.bin"), &sink), 120000);
    const qint64 downMs = qMax<qint64>(1, timer.elapsed());
    VERIFY_OK(download);
    QCOMPARE(sink.received, size);

    PatternSource source(size);
    timer.restart();
    auto upload = finish(client->upload(&source, QStringLiteral("/up.bin")), 120000);
    const qint64 upMs = qMax<qint64>(1, timer.elapsed());
    VERIFY_OK(upload);
    QCOMPARE(m_memory->stat(QStringLiteral("/up.bin"), nullptr)->size, size);

    const auto rate = [size](qint64 ms) {
        return double(size) / 1e6 / (double(ms) / 1000.0);
    };
    qInfo("memory file system: RETR %lld MiB in %lld ms (%.0f MB/s), STOR in %lld ms (%.0f MB/s)", mib,
          downMs, rate(downMs), upMs, rate(upMs));

    // The same through a LocalFileSystem (a file in the temporary folder, so mostly the page cache).
    {
        QFile file(m_dir->filePath(QStringLiteral("local.bin")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray block(1024 * 1024, 'l');
        for (qint64 i = 0; i < mib; ++i)
            QCOMPARE(file.write(block), block.size());
    }
    std::unique_ptr<FtpClient> local =
        connectClient(QStringLiteral("127.0.0.1"), DataConnectionMode::Passive);
    QVERIFY(local);
    NullSink localSink;
    timer.restart();
    auto localDownload = finish(local->download(QStringLiteral("/local.bin"), &localSink), 120000);
    const qint64 localDownMs = qMax<qint64>(1, timer.elapsed());
    VERIFY_OK(localDownload);
    QCOMPARE(localSink.received, size);
    PatternSource localSource(size);
    timer.restart();
    auto localUpload = finish(local->upload(&localSource, QStringLiteral("/local-up.bin")), 120000);
    const qint64 localUpMs = qMax<qint64>(1, timer.elapsed());
    VERIFY_OK(localUpload);
    QCOMPARE(QFileInfo(m_dir->filePath(QStringLiteral("local-up.bin"))).size(), size);
    qInfo("local file system:  RETR %lld MiB in %lld ms (%.0f MB/s), STOR in %lld ms (%.0f MB/s)", mib,
          localDownMs, rate(localDownMs), localUpMs, rate(localUpMs));
}

QTEST_GUILESS_MAIN(TestServerClient)
#include "tst_serverclient.moc"
