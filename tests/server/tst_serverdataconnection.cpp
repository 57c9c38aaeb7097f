// How the server streams files: FileReadAhead (a local file read in a thread of its own, in order, bounded,
// stoppable at any time) and transfers of local files large enough to use it, through the whole server
// over raw sockets: whole files and resumed ones, a client that vanishes mid-download, an upload of many
// chunks. The event-loop stall itself is measured by tests/bench/bench_server_stall.
#include "net/filereadahead.h"
#include "rawftpclient.h"
#include "server/ftpserver.h"
#include "server/userauthenticator.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Ferry;
using Ferry::Test::ActiveListener;
using Ferry::Test::RawFtpClient;

namespace {

constexpr qint64 Chunk = 64 * 1024;

QByteArray pattern(qint64 size, quint32 seed = 2463534242u)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = seed;
    for (qint64 i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes[i] = char(x);
    }
    return bytes;
}

// Closes `socket` with a TCP reset (SO_LINGER 0) instead of a FIN.
void resetConnection(QTcpSocket* socket)
{
#ifdef Q_OS_UNIX
    const linger hard{1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
    socket->abort();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Takes every chunk the reader produces, in the event loop, until its end or failure.
QByteArray readAllFrom(FileReadAhead* reader, int timeoutMs = 10000)
{
    QByteArray all;
    const auto takeReady = [&] {
        for (QByteArray chunk = reader->take(); !chunk.isEmpty(); chunk = reader->take())
            all += chunk;
    };
    const QMetaObject::Connection connection =
        QObject::connect(reader, &FileReadAhead::chunkReady, reader, takeReady);
    reader->start();
    (void)Ferry::Test::waitFor(
        [&] {
            takeReady();
            return reader->atEnd() || reader->hasFailed();
        },
        timeoutMs);
    QObject::disconnect(connection); // a queued chunkReady() may still come: `all` is gone by then
    return all;
}

} // namespace

class TestServerDataConnection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    // FileReadAhead
    void readAheadInOrder_data();
    void readAheadInOrder();
    void readAheadOutlivesTheDevice();
    void readAheadOnlyForLocalFiles();
    void readAheadStopsAtOnce();

    // Through the server, with chunks small enough that these files use the read-ahead thread
    void retrLocalFile_data();
    void retrLocalFile();
    void clientVanishesMidLocalDownload();
    void storLocalFile();
    void storResetMidwayKeepsOldFile_data();
    void storResetMidwayKeepsOldFile();

private:
    bool startServer();
    std::unique_ptr<RawFtpClient> loggedIn();
    QByteArray retrieve(RawFtpClient& client, const QByteArray& command, int* finalCode);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FtpServer> m_server;
};

void TestServerDataConnection::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("root")));
}

void TestServerDataConnection::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

bool TestServerDataConnection::startServer()
{
    auto users = std::make_shared<UserAuthenticator>();
    if (!users->addUser(QStringLiteral("local"), QStringLiteral("pw"),
                        m_dir->filePath(QStringLiteral("root")), UserAuthenticator::Access::ReadWrite))
        return false;
    ServerOptions options;
    options.port = 0;
    options.bindAddresses = {QHostAddress(QHostAddress::LocalHost)};
    options.passivePortMin = 0;
    options.passivePortMax = 0;
    options.chunkSize = Chunk;
    m_server = std::make_unique<FtpServer>();
    m_server->setOptions(options);
    m_server->setAuthenticator(users);
    return m_server->start();
}

std::unique_ptr<RawFtpClient> TestServerDataConnection::loggedIn()
{
    if (!m_server && !startServer())
        return nullptr;
    auto client = std::make_unique<RawFtpClient>();
    if (!client->connectTo(QHostAddress(QHostAddress::LocalHost), m_server->port()) ||
        !client->login("local", "pw") || client->command("TYPE I").code != 200)
        return nullptr;
    return client;
}

QByteArray TestServerDataConnection::retrieve(RawFtpClient& client, const QByteArray& command, int* finalCode)
{
    *finalCode = 0;
    std::unique_ptr<QTcpSocket> data = client.openPassive(true);
    if (!data)
        return QByteArray();
    const FtpReply first = client.command(command);
    if (!first.isPreliminary()) {
        *finalCode = first.code;
        return QByteArray();
    }
    const QByteArray bytes = RawFtpClient::readAll(data.get(), 30000);
    *finalCode = client.nextReply(10000).code;
    return bytes;
}

void TestServerDataConnection::readAheadInOrder_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<int>("depth");
    QTest::newRow("several chunks and a piece") << 5 * Chunk + 17 << qint64(0) << 2;
    QTest::newRow("exact chunks") << 4 * Chunk << qint64(0) << 4;
    QTest::newRow("from an offset") << 3 * Chunk + 5 << Chunk / 2 + 3 << 1;
    QTest::newRow("one byte") << qint64(1) << qint64(0) << 1;
}

void TestServerDataConnection::readAheadInOrder()
{
    QFETCH(qint64, size);
    QFETCH(qint64, offset);
    QFETCH(int, depth);
    const QString path = m_dir->filePath(QStringLiteral("source.bin"));
    const QByteArray content = pattern(size);
    QVERIFY(writeFile(path, content));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    QVERIFY(file.seek(offset));
    std::unique_ptr<FileReadAhead> reader = FileReadAhead::open(&file, Chunk, depth, 0);
#ifndef Q_OS_UNIX
    QVERIFY(!reader);
    QSKIP("FileReadAhead reads with pread(): POSIX only, other systems read in the server's thread");
#endif
    QVERIFY(reader);
    QCOMPARE(readAllFrom(reader.get()), content.mid(offset));
    QVERIFY(reader->atEnd());
    QVERIFY(!reader->hasFailed());
    QVERIFY(reader->take().isEmpty());
    QCOMPARE(file.pos(), offset); // the device itself is not read
}

void TestServerDataConnection::readAheadOutlivesTheDevice()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX only");
#endif
    // The session may close and destroy the device while the thread still reads: the thread reads its own
    // duplicate of the descriptor.
    const QString path = m_dir->filePath(QStringLiteral("source.bin"));
    const QByteArray content = pattern(6 * Chunk + 1);
    QVERIFY(writeFile(path, content));
    auto file = std::make_unique<QFile>(path);
    QVERIFY(file->open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    std::unique_ptr<FileReadAhead> reader = FileReadAhead::open(file.get(), Chunk, 2, 0);
    QVERIFY(reader);
    file.reset();
    QCOMPARE(readAllFrom(reader.get()), content);
}

void TestServerDataConnection::readAheadOnlyForLocalFiles()
{
    const QString path = m_dir->filePath(QStringLiteral("source.bin"));
    QVERIFY(writeFile(path, pattern(4 * Chunk)));
    // Not a file.
    QBuffer buffer;
    buffer.setData(pattern(4 * Chunk));
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QVERIFY(!FileReadAhead::open(&buffer, Chunk, 2, 0));
    // Not open for reading.
    QFile writeOnly(m_dir->filePath(QStringLiteral("other.bin")));
    QVERIFY(writeOnly.open(QIODevice::WriteOnly));
    QVERIFY(!FileReadAhead::open(&writeOnly, Chunk, 2, 0));
    QFile closed(path);
    QVERIFY(!FileReadAhead::open(&closed, Chunk, 2, 0));
    // Not more than the minimum left after the position.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!FileReadAhead::open(&file, Chunk, 2, 4 * Chunk));
    QVERIFY(file.seek(Chunk));
    QVERIFY(!FileReadAhead::open(&file, Chunk, 2, 3 * Chunk));
    QVERIFY(!FileReadAhead::open(nullptr, Chunk, 2, 0));
}

void TestServerDataConnection::readAheadStopsAtOnce()
{
#ifndef Q_OS_UNIX
    QSKIP("POSIX only");
#endif
    // Destroyed while its queue is full and while it reads: it stops without waiting for the rest.
    const QString path = m_dir->filePath(QStringLiteral("big.bin"));
    QFile big(path);
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(qint64(256) * 1024 * 1024)); // sparse
    big.close();
    for (int round = 0; round < 20; ++round) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        std::unique_ptr<FileReadAhead> reader = FileReadAhead::open(&file, Chunk, 2, 0);
        QVERIFY(reader);
        if (round % 3 != 2) // and once never started
            reader->start();
        if (round % 3 == 1) {
            bool took = false;
            QVERIFY(Ferry::Test::waitFor([&] { return took = took || !reader->take().isEmpty(); }));
        }
        reader.reset(); // joins the thread
    }
}

void TestServerDataConnection::retrLocalFile_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("rest");
    QTest::newRow("many chunks") << 40 * Chunk + 123 << qint64(0);
    QTest::newRow("many chunks, resumed") << 40 * Chunk + 123 << 7 * Chunk + 9;
    QTest::newRow("just above the read-ahead minimum") << 2 * Chunk + 1 << qint64(0);
    QTest::newRow("resumed below the minimum") << 3 * Chunk << 2 * Chunk - 1;
    QTest::newRow("small, read in the server's thread") << Chunk + 1 << qint64(0);
}

void TestServerDataConnection::retrLocalFile()
{
    QFETCH(qint64, size);
    QFETCH(qint64, rest);
    const QByteArray content = pattern(size, quint32(size));
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("root/file.bin")), content));
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    if (rest > 0)
        QCOMPARE(client->command("REST " + QByteArray::number(rest)).code, 350);
    int code = 0;
    const QByteArray received = retrieve(*client, "RETR file.bin", &code);
    QCOMPARE(code, 226);
    QCOMPARE(received.size(), content.size() - rest);
    QVERIFY(received == content.mid(rest));
    // The session goes on.
    QCOMPARE(retrieve(*client, "RETR file.bin", &code), content);
    QCOMPARE(code, 226);
}

void TestServerDataConnection::clientVanishesMidLocalDownload()
{
    const qint64 size = qint64(256) * 1024 * 1024;
    {
        QFile big(m_dir->filePath(QStringLiteral("root/big.bin")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(size)); // sparse: costs no disk
    }
    QVERIFY(startServer());
    QSignalSpy finished(m_server.get(), &FtpServer::transferFinished);
    {
        std::unique_ptr<RawFtpClient> client = loggedIn();
        QVERIFY(client);
        std::unique_ptr<QTcpSocket> data = client->openPassive();
        QVERIFY(data);
        QCOMPARE(client->command("RETR big.bin").code, 150);
        qint64 received = 0;
        QVERIFY(Ferry::Test::waitFor(
            [&] {
                received += data->readAll().size();
                return received > 4 * Chunk;
            },
            10000));
        data->abort();
        client->socket()->abort();
    }
    QTRY_COMPARE(finished.size(), 1);
    const ServerTransferInfo info = finished.at(0).at(0).value<ServerTransferInfo>();
    QVERIFY(!info.succeeded);
    QVERIFY(info.bytes < size);
    QTRY_COMPARE(m_server->sessionCount(), 0);
    // And again, the data connection dropped while the control connection stays: 426, then the session
    // carries on.
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    std::unique_ptr<QTcpSocket> data = client->openPassive();
    QVERIFY(data);
    QCOMPARE(client->command("RETR big.bin").code, 150);
    qint64 received = 0;
    QVERIFY(Ferry::Test::waitFor(
        [&] {
            received += data->readAll().size();
            return received > 0;
        },
        10000));
    data->abort();
    const FtpReply reply = client->nextReply(10000);
    QVERIFY2(reply.code == 426 || reply.code == 451, qPrintable(reply.text()));
    QCOMPARE(client->command("NOOP").code, 200);
}

void TestServerDataConnection::storLocalFile()
{
    const QByteArray content = pattern(37 * Chunk + 11, 7);
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    std::unique_ptr<QTcpSocket> data = client->openPassive();
    QVERIFY(data);
    QCOMPARE(client->command("STOR up.bin").code, 150);
    data->write(content);
    data->disconnectFromHost();
    QVERIFY(Ferry::Test::waitFor([&] { return data->state() == QAbstractSocket::UnconnectedState; }, 10000));
    QCOMPARE(client->nextReply(10000).code, 226);
    QFile stored(m_dir->filePath(QStringLiteral("root/up.bin")));
    QVERIFY(stored.open(QIODevice::ReadOnly));
    const QByteArray storedBytes = stored.readAll();
    QCOMPARE(storedBytes.size(), content.size());
    QVERIFY(storedBytes == content);
    int code = 0;
    QVERIFY(retrieve(*client, "RETR up.bin", &code) == content);
    QCOMPARE(code, 226);
}

void TestServerDataConnection::storResetMidwayKeepsOldFile_data()
{
    QTest::addColumn<bool>("passive");
    QTest::addColumn<bool>("afterServerRead");
    QTest::newRow("passive, reset once the server read the part") << true << true;
    QTest::newRow("passive, reset right behind the part") << true << false;
    QTest::newRow("active, reset once the server read the part") << false << true;
}

void TestServerDataConnection::storResetMidwayKeepsOldFile()
{
#ifndef Q_OS_UNIX
    QSKIP("SO_LINGER 0 resets are set up with POSIX calls");
#endif
    // Issue 12: Qt reports a reset like an orderly close, so a reset mid-upload was committed as complete
    // and the truncated file replaced the user's. It must fail with 426, leave the old file as it was and
    // leave no partial file behind; the session goes on.
    QFETCH(bool, passive);
    QFETCH(bool, afterServerRead);
    const QByteArray old = pattern(3 * Chunk + 5, 11);
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("root/keep.bin")), old));
    std::unique_ptr<RawFtpClient> client = loggedIn();
    QVERIFY(client);
    const auto serverBytes = [this] {
        const QList<ServerSessionInfo> sessions = m_server->sessions();
        return sessions.isEmpty() ? qint64(0) : sessions.first().transferBytes;
    };

    std::unique_ptr<QTcpSocket> data;
    ActiveListener listener{QHostAddress(QHostAddress::LocalHost)};
    if (passive) {
        data = client->openPassive();
    } else {
        const quint16 port = listener.port();
        QCOMPARE(client
                     ->command("PORT 127,0,0,1," + QByteArray::number(port >> 8) + ',' +
                               QByteArray::number(port & 0xff))
                     .code,
                 200);
    }
    client->send("STOR keep.bin\r\n");
    if (!passive)
        data = listener.accept();
    QVERIFY(data);
    QCOMPARE(client->nextReply().code, 150);
    const QByteArray part = pattern(5 * Chunk, 12);
    data->write(part);
    QVERIFY(Ferry::Test::waitFor([&] { return data->bytesToWrite() == 0; }));
    if (afterServerRead)
        QVERIFY(Ferry::Test::waitFor([&] { return serverBytes() >= part.size(); }, 10000));
    resetConnection(data.get());

    const FtpReply reply = client->nextReply(10000);
    QVERIFY2(reply.code == 426, qPrintable(reply.toString()));
    QFile kept(m_dir->filePath(QStringLiteral("root/keep.bin")));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(kept.readAll() == old);
    // The server removes the refused upload's temporary file off the session's thread, after its 426
    // (issue 12: removals never hold the session), so the folder is checked once that removal is done.
    const QDir root(m_dir->filePath(QStringLiteral("root")));
    QVERIFY2(Ferry::Test::waitFor([&] {
                 return root.entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("keep.bin")};
             }),
             qPrintable(root.entryList(QDir::Files | QDir::Hidden).join(QLatin1String(", "))));
    QCOMPARE(client->command("NOOP").code, 200);
}

QTEST_GUILESS_MAIN(TestServerDataConnection)
#include "tst_serverdataconnection.moc"
