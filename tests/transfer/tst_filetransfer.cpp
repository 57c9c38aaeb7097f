// One file's attempt (FileTransfer) against an in-process scripted server that can lie on purpose: an
// upload stored empty or corrupted while the server answers 226, a download cut short, REST support or
// none. This is where verification failures are detected; tst_transferqueue covers real servers.

#include "../integration/scriptedserver.h"
#include "client/ftpclient.h"
#include "client/ftpoperation.h"
#include "transfer/checksum.h"
#include "transfer/filetransfer.h"
#include "transfer/ratelimiter.h"
#include "transfer/transferpaths.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace Ferry;

namespace {

constexpr int WaitMs = 20000;

// A one-file FTP server: what it stores and serves, and how it misbehaves.
struct FakeFiles
{
    QList<QByteArray> features; // empty: FEAT is refused (a board server)
    QByteArray stored;          // the remote file
    bool storeNothing = false;  // the NetX EPSV defect: data read, nothing stored, 2xx anyway
    bool corruptChecksum = false;
    qint64 retrLimit = -1; // RETR sends only this many bytes, then 226 anyway
    qint64 restOffset = 0;
    bool storeOpen = false;
    QByteArray incoming;
    // A board server's ordering (NetX handles a waiting command before a waiting data disconnect): the
    // final reply of an upload whose data connection closed comes after the next NOOP's 200.
    bool finalAfterNoop = false;
    QByteArray pendingFinal;
    bool noopSinceStor = false;
    bool finalCameAfterNoop = false; // it happened that way
    bool refuseDele = false;
    int deletes = 0;
};

QByteArray pasv(quint16 port)
{
    return QByteArrayLiteral("227 Entering Passive Mode (127,0,0,1,") + QByteArray::number(port >> 8) + ',' +
           QByteArray::number(port & 0xff) + ")\r\n";
}

QByteArray pathOf(const QByteArray& command)
{
    const qsizetype space = command.indexOf(' ');
    return space < 0 ? QByteArray() : command.mid(space + 1);
}

void whenDataConnected(ScriptedServer& s, const std::function<void(QTcpSocket*)>& action)
{
    if (s.dataSocket() && s.dataSocket()->state() == QAbstractSocket::ConnectedState) {
        action(s.dataSocket());
        return;
    }
    auto* context = new QObject(&s);
    QObject::connect(&s, &ScriptedServer::dataConnected, context, [&s, context, action]() {
        context->deleteLater();
        action(s.dataSocket());
    });
}

void serve(ScriptedServer& s, FakeFiles& f, const QByteArray& cmd)
{
    const QByteArray verb = cmd.left(cmd.indexOf(' ') < 0 ? cmd.size() : cmd.indexOf(' ')).toUpper();
    if (verb == "USER") {
        s.reply("331 Password please\r\n");
    } else if (verb == "PASS") {
        s.reply("230 Welcome\r\n");
    } else if (verb == "FEAT") {
        if (f.features.isEmpty()) {
            s.reply("502 Not Implemented \r\n");
        } else {
            QByteArray text = "211-Features:\r\n";
            for (const QByteArray& feature : f.features)
                text += ' ' + feature + "\r\n";
            s.reply(text + "211 End\r\n");
        }
    } else if (verb == "TYPE" || verb == "OPTS") {
        s.reply("200 OK\r\n");
    } else if (verb == "PWD") {
        s.reply("257 \"/\" is current\r\n");
    } else if (verb == "NOOP") {
        s.reply("200 NOOP ok\r\n");
        f.noopSinceStor = true;
        if (!f.pendingFinal.isEmpty()) {
            s.reply(f.pendingFinal);
            f.pendingFinal.clear();
            f.finalCameAfterNoop = true;
        }
    } else if (verb == "DELE") {
        ++f.deletes;
        if (f.refuseDele) {
            s.reply("550 Delete Failed \r\n");
        } else {
            f.stored.clear();
            s.reply("250 File Deleted \r\n");
        }
    } else if (verb == "QUIT") {
        s.reply("221 Bye\r\n");
    } else if (verb == "PASV") {
        s.reply(pasv(s.listenForData()));
    } else if (verb == "REST") {
        f.restOffset = pathOf(cmd).toLongLong();
        s.reply("350 Restarting\r\n");
    } else if (verb == "STOR" || verb == "APPE") {
        const qint64 offset = verb == "APPE" ? f.stored.size() : f.restOffset;
        f.restOffset = 0;
        f.incoming.clear();
        f.noopSinceStor = false;
        whenDataConnected(s, [&s, &f, offset](QTcpSocket* data) {
            QObject::connect(data, &QTcpSocket::readyRead, data,
                             [&f, data]() { f.incoming += data->readAll(); });
            QObject::connect(data, &QTcpSocket::disconnected, data, [&s, &f, data, offset]() {
                f.incoming += data->readAll();
                if (!f.storeNothing)
                    f.stored = f.stored.left(offset) + f.incoming;
                else
                    f.stored.clear();
                // The board handles a NOOP that is already waiting first; one that comes later, later.
                if (!f.finalAfterNoop) {
                    s.reply("226 Stored\r\n");
                } else if (!f.noopSinceStor) {
                    f.pendingFinal = "250 File Written \r\n";
                } else {
                    s.reply("250 File Written \r\n");
                    f.finalCameAfterNoop = true;
                }
            });
            s.reply("150 Send it\r\n");
        });
    } else if (verb == "RETR") {
        const qint64 offset = f.restOffset;
        f.restOffset = 0;
        whenDataConnected(s, [&s, &f, offset](QTcpSocket* data) {
            s.reply("150 Here it comes\r\n");
            QByteArray bytes = f.stored.mid(offset);
            if (f.retrLimit >= 0)
                bytes = bytes.left(f.retrLimit);
            data->write(bytes);
            data->disconnectFromHost();
            QObject::connect(data, &QTcpSocket::disconnected, &s, [&s]() { s.reply("226 Sent\r\n"); });
        });
    } else if (verb == "MLST") {
        s.reply("250-Listing " + pathOf(cmd) + "\r\n size=" + QByteArray::number(f.stored.size()) +
                ";type=file;modify=20240101120000; " + pathOf(cmd) + "\r\n250 End\r\n");
    } else if (verb == "SIZE") {
        s.reply("213 " + QByteArray::number(f.stored.size()) + "\r\n");
    } else if (verb == "LIST") {
        whenDataConnected(s, [&s, &f](QTcpSocket* data) {
            s.reply("150 Listing\r\n");
            data->write("-rw-r--r--   1 owner    group    " + QByteArray::number(f.stored.size()) +
                        " Jan 01 12:00 file.bin\r\n");
            data->disconnectFromHost();
            QObject::connect(data, &QTcpSocket::disconnected, &s, [&s]() { s.reply("226 Done\r\n"); });
        });
    } else if (verb == "XCRC") {
        ChecksumCalculator crc(ChecksumAlgorithm::Crc32);
        QByteArray data = f.stored;
        if (f.corruptChecksum && !data.isEmpty())
            data[0] = char(data[0] ^ 1);
        crc.addData(data.constData(), data.size());
        s.reply("250 " + crc.hexResult().toUpper() + "\r\n");
    } else if (verb == "HASH") {
        QByteArray data = f.stored;
        if (f.corruptChecksum && !data.isEmpty())
            data[data.size() - 1] = char(data[data.size() - 1] ^ 1);
        const QByteArray hash = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
        s.reply("213 SHA-256 0-" + QByteArray::number(qMax<qsizetype>(0, data.size() - 1)) + ' ' + hash +
                ' ' + pathOf(cmd) + "\r\n");
    } else {
        s.reply("502 Not Implemented \r\n");
    }
}

QByteArray pattern(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = 2463534242u;
    for (int i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        data[i] = char(x);
    }
    return data;
}

} // namespace

class TestFileTransfer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void uploadVerifiedBySize();
    void uploadStoredEmptyIsDetected();
    void uploadVerifiedByMlst();
    void boardUploadVerifiedByListing();
    void boardUploadStoredEmptyIsDetected();
    void checksumMatchAndMismatch_data();
    void checksumMatchAndMismatch();
    void uploadContinuesWithRest();
    void boardUploadRestartsFromZero();
    void uploadPicksAFreeName();
    void shortDownloadIsRetriedWithRest();
    void abortKeepsOrRemovesThePartFile_data();
    void abortKeepsOrRemovesThePartFile();
    void boardAbortedUploadFinalAfterNoop();
    void cancelRemovesOwnPartialUpload_data();
    void cancelRemovesOwnPartialUpload();

private:
    bool connectClient(const QList<QByteArray>& features);
    std::unique_ptr<FileTransfer> runTransfer(const FileTransfer::Task& task);
    FileTransfer::Task uploadTask(const QByteArray& content,
                                  FileTransfer::StartMode mode = FileTransfer::StartMode::Fresh);

    std::unique_ptr<ScriptedServer> m_server;
    FakeFiles m_files;
    std::unique_ptr<FtpClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFileTransfer::init()
{
    m_files = FakeFiles();
    m_server = std::make_unique<ScriptedServer>();
    m_server->setHandler([this](ScriptedServer& s, const QByteArray& cmd) { serve(s, m_files, cmd); });
    QVERIFY(m_server->start("220 ready\r\n"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFileTransfer::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_dir.reset();
}

bool TestFileTransfer::connectClient(const QList<QByteArray>& features)
{
    m_files.features = features;
    m_client = std::make_unique<FtpClient>();
    FtpClientOptions options;
    options.dataMode = DataConnectionMode::Passive;
    options.replyTimeoutMs = 10000;
    options.dataTimeoutMs = 10000;
    m_client->setOptions(options);
    FtpLogin login;
    login.host = QStringLiteral("127.0.0.1");
    login.port = m_server->port();
    login.user = QStringLiteral("u");
    login.password = QStringLiteral("p");
    FtpOperation* logon = m_client->connectToHost(login);
    logon->setAutoDelete(false);
    std::unique_ptr<FtpOperation> owned(logon);
    QSignalSpy spy(logon, &FtpOperation::finished);
    if (!logon->isFinished() && !spy.wait(WaitMs))
        return false;
    return logon->succeeded();
}

std::unique_ptr<FileTransfer> TestFileTransfer::runTransfer(const FileTransfer::Task& task)
{
    auto transfer = std::make_unique<FileTransfer>(m_client.get(), task);
    QSignalSpy spy(transfer.get(), &FileTransfer::finished);
    transfer->start();
    if (!spy.wait(WaitMs))
        qWarning("the transfer did not finish");
    return transfer;
}

FileTransfer::Task TestFileTransfer::uploadTask(const QByteArray& content, FileTransfer::StartMode mode)
{
    const QString path = m_dir->filePath(QStringLiteral("file.bin"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    file.close();
    FileTransfer::Task task;
    task.direction = TransferDirection::Upload;
    task.localPath = path;
    task.remotePath = QStringLiteral("/file.bin");
    task.mode = mode;
    return task;
}

void TestFileTransfer::uploadVerifiedBySize()
{
    QVERIFY(connectClient({"SIZE"}));
    const QByteArray content = pattern(300 * 1024);
    const auto transfer = runTransfer(uploadTask(content));
    QVERIFY2(transfer->succeeded(), qPrintable(transfer->errorString()));
    QCOMPARE(m_files.stored, content);
    QVERIFY(m_server->commands.contains("SIZE /file.bin"));
    QCOMPARE(transfer->position(), content.size());
}

void TestFileTransfer::uploadStoredEmptyIsDetected()
{
    QVERIFY(connectClient({"SIZE"}));
    m_files.storeNothing = true;
    const auto transfer = runTransfer(uploadTask(pattern(64 * 1024)));
    QVERIFY(!transfer->succeeded());
    QVERIFY(transfer->isRetryable());
    QVERIFY(transfer->restartFromZero()); // the stored data is wrong: no REST onto it
    QVERIFY2(transfer->errorString().contains(QLatin1String("Verification failed")),
             qPrintable(transfer->errorString()));
    QVERIFY2(transfer->errorString().contains(QLatin1String("0 bytes of 65536")),
             qPrintable(transfer->errorString()));
}

void TestFileTransfer::uploadVerifiedByMlst()
{
    QVERIFY(connectClient({"MLST size*;type*;modify*;"})); // no SIZE
    const QByteArray content = pattern(12345);
    auto transfer = runTransfer(uploadTask(content));
    QVERIFY2(transfer->succeeded(), qPrintable(transfer->errorString()));
    QVERIFY(m_server->commands.contains("MLST /file.bin"));
    QVERIFY(!m_server->commands.contains("LIST /"));
    m_files.storeNothing = true;
    transfer = runTransfer(uploadTask(content));
    QVERIFY(!transfer->succeeded());
    QVERIFY2(transfer->errorString().contains(QLatin1String("stored 0 bytes of 12345")),
             qPrintable(transfer->errorString()));
}

void TestFileTransfer::boardUploadVerifiedByListing()
{
    QVERIFY(connectClient({})); // no FEAT: no SIZE, no MLST
    const QByteArray content = pattern(10000);
    const auto transfer = runTransfer(uploadTask(content));
    QVERIFY2(transfer->succeeded(), qPrintable(transfer->errorString()));
    QCOMPARE(m_files.stored, content);
    QVERIFY(!m_server->commands.contains("SIZE /file.bin"));
    QVERIFY(m_server->commands.contains("LIST /"));
}

void TestFileTransfer::boardUploadStoredEmptyIsDetected()
{
    QVERIFY(connectClient({}));
    m_files.storeNothing = true;
    const auto transfer = runTransfer(uploadTask(pattern(10000)));
    QVERIFY(!transfer->succeeded());
    QVERIFY(transfer->isRetryable());
    QVERIFY2(transfer->errorString().contains(QLatin1String("stored 0 bytes of 10000")),
             qPrintable(transfer->errorString()));
}

void TestFileTransfer::checksumMatchAndMismatch_data()
{
    QTest::addColumn<QList<QByteArray>>("features");
    QTest::addColumn<bool>("corrupt");
    QTest::addColumn<QByteArray>("command");
    QTest::newRow("XCRC ok") << QList<QByteArray>{"SIZE", "XCRC"} << false << QByteArray("XCRC /file.bin");
    QTest::newRow("XCRC corrupt") << QList<QByteArray>{"SIZE", "XCRC"} << true
                                  << QByteArray("XCRC /file.bin");
    QTest::newRow("HASH ok") << QList<QByteArray>{"SIZE", "HASH SHA-1;SHA-256"} << false
                             << QByteArray("HASH /file.bin");
    QTest::newRow("HASH corrupt") << QList<QByteArray>{"SIZE", "HASH SHA-1;SHA-256"} << true
                                  << QByteArray("HASH /file.bin");
}

void TestFileTransfer::checksumMatchAndMismatch()
{
    QFETCH(QList<QByteArray>, features);
    QFETCH(bool, corrupt);
    QFETCH(QByteArray, command);
    QVERIFY(connectClient(features));
    m_files.corruptChecksum = corrupt;
    const QByteArray content = pattern(3 * 1024 * 1024 + 17); // more than one hashing step
    const auto transfer = runTransfer(uploadTask(content));
    QVERIFY(m_server->commands.contains(command));
    if (command.startsWith("HASH"))
        QVERIFY(m_server->commands.contains("OPTS HASH SHA-256"));
    QCOMPARE(m_files.stored.size(), content.size()); // the size alone would not tell
    if (!corrupt) {
        QVERIFY2(transfer->succeeded(), qPrintable(transfer->errorString()));
        QVERIFY(transfer->note().isEmpty());
        return;
    }
    QVERIFY(!transfer->succeeded());
    QVERIFY(transfer->isRetryable());
    QVERIFY(transfer->restartFromZero());
    QVERIFY2(transfer->errorString().contains(QLatin1String("Verification failed")),
             qPrintable(transfer->errorString()));
}

void TestFileTransfer::uploadContinuesWithRest()
{
    QVERIFY(connectClient({"SIZE", "REST STREAM"}));
    const QByteArray content = pattern(200000);
    m_files.stored = content.left(123456); // an earlier attempt got this far
    const auto transfer = runTransfer(uploadTask(content, FileTransfer::StartMode::Continue));
    QVERIFY2(transfer->succeeded(), qPrintable(transfer->errorString()));
    QVERIFY(m_server->commands.contains("REST 123456"));
    QCOMPARE(m_files.stored, content);
    QCOMPARE(transfer->bytesMoved(), 200000 - 123456);
}

void TestFileTransfer::boardUploadRestartsFromZero()
{
    QVERIFY(connectClient({}));
    const QByteArray content = pattern(50000);
    m_files.stored = content.left(20000);
    const auto transfer = runTransfer(uploadTask(content, FileTransfer::StartMode::Continue));
    QVERIFY2(transfer->succeeded(), qPrintable(transfer->errorString()));
    for (const QByteArray& command : std::as_const(m_server->commands)) {
        QVERIFY2(!command.startsWith("REST") && !command.startsWith("APPE") && !command.startsWith("SIZE"),
                 command.constData());
    }
    QCOMPARE(m_files.stored, content);
    QCOMPARE(transfer->bytesMoved(), 50000);
}

void TestFileTransfer::uploadPicksAFreeName()
{
    QVERIFY(connectClient({"SIZE"}));
    m_files.stored = "old"; // the listing shows file.bin
    FileTransfer::Task task = uploadTask("new content");
    task.findFreeRemoteName = true;
    const auto transfer = runTransfer(task);
    QVERIFY2(transfer->succeeded(), qPrintable(transfer->errorString()));
    QCOMPARE(transfer->task().remotePath, QStringLiteral("/file (1).bin"));
    QVERIFY(m_server->commands.contains("STOR /file (1).bin"));
}

void TestFileTransfer::shortDownloadIsRetriedWithRest()
{
    QVERIFY(connectClient({"SIZE", "REST STREAM"}));
    const QByteArray content = pattern(100000);
    m_files.stored = content;
    m_files.retrLimit = 40000; // the server says 226 after 40000 bytes
    FileTransfer::Task task;
    task.direction = TransferDirection::Download;
    task.localPath = m_dir->filePath(QStringLiteral("sub/got.bin"));
    task.remotePath = QStringLiteral("/file.bin");
    task.sourceSize = content.size();
    task.sourceTime = QDateTime(QDate(2020, 2, 2), QTime(2, 2), Qt::UTC);
    auto first = runTransfer(task);
    QVERIFY(!first->succeeded());
    QVERIFY(first->isRetryable());
    QVERIFY(!first->restartFromZero());
    QVERIFY2(first->errorString().contains(QLatin1String("40000 of 100000")),
             qPrintable(first->errorString()));
    QVERIFY(!QFile::exists(task.localPath)); // never a half file under the final name
    QCOMPARE(QFileInfo(partFilePath(task.localPath)).size(), 40000);

    m_files.retrLimit = -1;
    task.mode = FileTransfer::StartMode::Continue;
    auto second = runTransfer(task);
    QVERIFY2(second->succeeded(), qPrintable(second->errorString()));
    QVERIFY(m_server->commands.contains("REST 40000"));
    QCOMPARE(second->bytesMoved(), 60000);
    QFile got(task.localPath);
    QVERIFY(got.open(QIODevice::ReadOnly));
    QCOMPARE(got.readAll(), content);
    QVERIFY(!QFile::exists(partFilePath(task.localPath)));
    QCOMPARE(QFileInfo(task.localPath).lastModified().toUTC(), task.sourceTime);
}

void TestFileTransfer::abortKeepsOrRemovesThePartFile_data()
{
    QTest::addColumn<bool>("keepPartial");
    QTest::newRow("pause keeps") << true;
    QTest::newRow("cancel removes") << false;
}

void TestFileTransfer::abortKeepsOrRemovesThePartFile()
{
    QFETCH(bool, keepPartial);
    QVERIFY(connectClient({"SIZE", "REST STREAM"}));
    m_files.stored = pattern(4 * 1024 * 1024);
    FileTransfer::Task task;
    task.direction = TransferDirection::Download;
    task.localPath = m_dir->filePath(QStringLiteral("big.bin"));
    task.remotePath = QStringLiteral("/file.bin");
    task.sourceSize = m_files.stored.size();
    // Slow enough to be caught in the middle.
    task.limiters = {std::make_shared<RateLimiter>(1024 * 1024)};
    FileTransfer transfer(m_client.get(), task);
    QSignalSpy progress(&transfer, &FileTransfer::progress);
    QSignalSpy finished(&transfer, &FileTransfer::finished);
    transfer.start();
    while (transfer.position() < 300 * 1024)
        QVERIFY(progress.wait(WaitMs));
    transfer.abort(keepPartial);
    if (finished.isEmpty()) // the server may have said 226 already: then it ends at once
        QVERIFY(finished.wait(WaitMs));
    QVERIFY(transfer.wasAborted());
    QCOMPARE(transfer.error(), FtpOperation::Error::Canceled);
    QCOMPARE(QFile::exists(partFilePath(task.localPath)), keepPartial);
    if (keepPartial)
        QVERIFY(QFileInfo(partFilePath(task.localPath)).size() >= 300 * 1024);
    QVERIFY(!QFile::exists(task.localPath));
    // The connection is still usable.
    FtpOperation* noop = m_client->noop();
    QSignalSpy done(noop, &FtpOperation::finished);
    QVERIFY(done.wait(WaitMs));
}

// A board server may answer the NOOP that follows an aborted upload before it sends the upload's final
// "250 File Written". The client must not take that 250 as the answer to its next command (PASV): every
// later reply would be off by one, and the next upload would wait for a data connection that never
// comes.
void TestFileTransfer::boardAbortedUploadFinalAfterNoop()
{
    QVERIFY(connectClient({}));
    m_files.finalAfterNoop = true;
    const QByteArray content = pattern(4 * 1024 * 1024);
    FileTransfer::Task task = uploadTask(content);
    task.limiters = {std::make_shared<RateLimiter>(1024 * 1024)};
    FileTransfer transfer(m_client.get(), task);
    QSignalSpy progress(&transfer, &FileTransfer::progress);
    QSignalSpy finished(&transfer, &FileTransfer::finished);
    transfer.start();
    while (transfer.position() < 300 * 1024)
        QVERIFY(progress.wait(WaitMs));
    transfer.abort(true);
    QVERIFY(finished.wait(WaitMs));
    QVERIFY(transfer.wasAborted());
    QVERIFY(m_files.pendingFinal.isEmpty()); // the server has said its 250
    QVERIFY(m_files.finalCameAfterNoop);

    // The connection is in step: the next upload goes through PASV as usual.
    m_files.finalAfterNoop = false;
    const int before = int(m_server->commands.size());
    const auto again = runTransfer(uploadTask(content.left(100000)));
    QVERIFY2(again->succeeded(), qPrintable(again->errorString()));
    QCOMPARE(m_files.stored, content.left(100000));
    const QList<QByteArray> later = m_server->commands.mid(before);
    QVERIFY2(later.size() >= 2 && later.at(0) == "PASV" && later.at(1) == "STOR /file.bin",
             later.join(", ").constData());
    for (const QByteArray& command : later)
        QVERIFY2(!command.startsWith("EPSV") && !command.startsWith("PORT"), command.constData());
}

void TestFileTransfer::cancelRemovesOwnPartialUpload_data()
{
    QTest::addColumn<bool>("ours");        // Task::removePartialOnCancel
    QTest::addColumn<bool>("keepPartial"); // pause rather than cancel
    QTest::addColumn<bool>("refuse");      // the server refuses DELE
    QTest::addColumn<bool>("deleted");
    QTest::newRow("cancel deletes ours") << true << false << false << true;
    QTest::newRow("pause keeps ours") << true << true << false << false;
    QTest::newRow("cancel keeps what was there") << false << false << false << false;
    QTest::newRow("refused delete is a note") << true << false << true << false;
}

void TestFileTransfer::cancelRemovesOwnPartialUpload()
{
    QFETCH(bool, ours);
    QFETCH(bool, keepPartial);
    QFETCH(bool, refuse);
    QFETCH(bool, deleted);
    QVERIFY(connectClient({"SIZE", "REST STREAM"}));
    m_files.refuseDele = refuse;
    FileTransfer::Task task = uploadTask(pattern(4 * 1024 * 1024));
    task.limiters = {std::make_shared<RateLimiter>(1024 * 1024)};
    task.removePartialOnCancel = ours;
    FileTransfer transfer(m_client.get(), task);
    QSignalSpy progress(&transfer, &FileTransfer::progress);
    QSignalSpy finished(&transfer, &FileTransfer::finished);
    transfer.start();
    while (transfer.position() < 300 * 1024)
        QVERIFY(progress.wait(WaitMs));
    transfer.abort(keepPartial);
    QVERIFY(finished.wait(WaitMs));
    QVERIFY(transfer.wasAborted());
    QVERIFY(transfer.storeSent());
    QCOMPARE(m_files.deletes, ours && !keepPartial ? 1 : 0);
    QCOMPARE(m_server->commands.contains("DELE /file.bin"), ours && !keepPartial);
    if (deleted)
        QVERIFY(m_files.stored.isEmpty());
    else
        QVERIFY(m_files.stored.size() >= 256 * 1024);
    QCOMPARE(transfer.note().isEmpty(), !refuse);
    if (refuse)
        QVERIFY2(transfer.note().contains(QLatin1String("550 Delete Failed")), qPrintable(transfer.note()));
}

QTEST_GUILESS_MAIN(TestFileTransfer)
#include "tst_filetransfer.moc"
