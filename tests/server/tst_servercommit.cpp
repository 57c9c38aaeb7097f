// An upload that replaces a big file must not stall the server: the rename(2) that puts the upload in
// place (and the unlink(2) of a big file) can take half a second on ext4, because the kernel writes back
// the new file's delayed blocks and frees the old file's inside the call (tests/bench/RESULTS.md section 6).
// The server (in a thread of its own, as ferry serve and the window's panel run it) stores 1 GiB over an
// existing file in a local folder while another session sends NOOPs: each must be answered quickly, also
// while the upload is being committed. The bound is generous (a NOOP waited as long as the rename did,
// 0.5 s and more here, before the server did it in a worker).
#include "rawftpclient.h"
#include "server/ftpserver.h"
#include "server/serverhost.h"
#include "server/userauthenticator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Ferry;
using Ferry::Test::RawFtpClient;

namespace {

const QHostAddress Local4(QHostAddress::LocalHost);
constexpr qint64 FileSize = qint64(1) << 30;
// Another session's NOOP is answered within this, whatever the upload's commit costs.
constexpr qint64 NoopBoundMs = 250;

} // namespace

class TestServerCommit final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void othersAreAnsweredWhileABigReplaceCommits();
    void othersAreAnsweredWhileABigFileIsDeleted();

private:
    // Sends `size` bytes (a 1 MiB pattern) on the data connection and closes it.
    static bool sendData(QTcpSocket& data, qint64 size);
    std::unique_ptr<RawFtpClient> loggedIn();
    // NOOPs on `client` one after the other until `done` (checked between them) is true: the slowest
    // round trip, and how many were answered.
    static qint64 noopsUntil(RawFtpClient& client, const std::function<bool()>& done, int* answered);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<UserAuthenticator> m_auth;
    std::unique_ptr<ServerHost> m_host;
};

void TestServerCommit::init()
{
    // Next to the build, not in a tmpfs /tmp: the stall is a disk file system's.
    m_dir = std::make_unique<QTemporaryDir>(QDir::current().filePath(QStringLiteral("servercommit-XXXXXX")));
    QVERIFY(m_dir->isValid());
    m_auth = std::make_shared<UserAuthenticator>();
    QVERIFY(m_auth->addUser(QStringLiteral("alice"), QStringLiteral("secret"), m_dir->path()));
    ServerOptions options;
    options.port = 0;
    options.bindAddresses = {Local4};
    options.passivePortMin = 0;
    options.passivePortMax = 0;
    m_host = std::make_unique<ServerHost>();
    QVERIFY2(m_host->start(options, m_auth), qPrintable(m_host->errorString()));
}

void TestServerCommit::cleanup()
{
    m_host.reset();
    m_auth.reset();
    m_dir.reset();
}

std::unique_ptr<RawFtpClient> TestServerCommit::loggedIn()
{
    auto client = std::make_unique<RawFtpClient>();
    if (!client->connectTo(Local4, m_host->port()) || !client->login("alice", "secret"))
        return nullptr;
    return client;
}

bool TestServerCommit::sendData(QTcpSocket& data, qint64 size)
{
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    for (int i = 0; i < chunk.size(); ++i)
        chunk[i] = char(i * 7 + 3);
    for (qint64 sent = 0; sent < size; sent += chunk.size()) {
        data.write(chunk);
        if (!Ferry::Test::waitFor([&data] { return data.bytesToWrite() < 4 * 1024 * 1024; }, 30000))
            return false;
    }
    data.disconnectFromHost();
    return Ferry::Test::waitFor([&data] { return data.state() == QAbstractSocket::UnconnectedState; }, 60000);
}

qint64 TestServerCommit::noopsUntil(RawFtpClient& client, const std::function<bool()>& done, int* answered)
{
    qint64 slowest = 0;
    *answered = 0;
    QElapsedTimer total;
    total.start();
    while (!done() && total.elapsed() < 60000) {
        QElapsedTimer roundTrip;
        roundTrip.start();
        if (client.command("NOOP", 30000).code != 200)
            return -1;
        slowest = qMax(slowest, roundTrip.elapsed());
        ++*answered;
    }
    return slowest;
}

void TestServerCommit::othersAreAnsweredWhileABigReplaceCommits()
{
    // The file the upload replaces (sparse: its size costs no disk; the new file's write-back still
    // happens inside the rename).
    const QString target = QDir(m_dir->path()).filePath(QStringLiteral("big.bin"));
    {
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        QVERIFY(old.resize(FileSize));
    }
    std::unique_ptr<RawFtpClient> uploader = loggedIn();
    QVERIFY(uploader);
    std::unique_ptr<RawFtpClient> other = loggedIn();
    QVERIFY(other);

    std::unique_ptr<QTcpSocket> data = uploader->openPassive(false);
    QVERIFY(data);
    QCOMPARE(uploader->command("STOR big.bin").code, 150);
    QVERIFY(sendData(*data, FileSize));

    // From the end of the data to the 226, the other session keeps asking.
    QElapsedTimer commit;
    commit.start();
    FtpReply final;
    qint64 commitMs = -1;
    const auto uploadDone = [&] {
        if (final.code == 0 && !uploader->noReplyWithin(0)) {
            final = uploader->nextReply(0);
            commitMs = commit.elapsed();
        }
        return final.code != 0;
    };
    int answered = 0;
    const qint64 slowest = noopsUntil(*other, uploadDone, &answered);
    qInfo("the upload was committed %lld ms after its data ended; %d NOOPs of the other session were "
          "answered meanwhile, the slowest in %lld ms",
          commitMs, answered, slowest);
    QCOMPARE(final.code, 226);
    QCOMPARE(QFileInfo(target).size(), FileSize);
    QVERIFY2(slowest >= 0 && slowest < NoopBoundMs, qPrintable(QString::number(slowest)));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("big.bin")});
}

void TestServerCommit::othersAreAnsweredWhileABigFileIsDeleted()
{
    // A file of real data, written to the disk: unlink(2) frees its blocks and pages inside the call.
    const QString target = QDir(m_dir->path()).filePath(QStringLiteral("delete-me.bin"));
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray chunk(1024 * 1024, 'x');
        for (qint64 written = 0; written < FileSize; written += chunk.size())
            QCOMPARE(file.write(chunk), chunk.size());
        QVERIFY(file.flush());
#ifdef Q_OS_UNIX
        QCOMPARE(::fsync(file.handle()), 0);
#endif
    }
    std::unique_ptr<RawFtpClient> deleter = loggedIn();
    QVERIFY(deleter);
    std::unique_ptr<RawFtpClient> other = loggedIn();
    QVERIFY(other);
    deleter->send("DELE delete-me.bin\r\n");
    FtpReply final;
    const auto deleted = [&] {
        if (final.code == 0 && !deleter->noReplyWithin(0))
            final = deleter->nextReply(0);
        return final.code != 0;
    };
    int answered = 0;
    const qint64 slowest = noopsUntil(*other, deleted, &answered);
    qInfo("%d NOOPs of the other session answered while DELE ran, the slowest in %lld ms", answered, slowest);
    QCOMPARE(final.code, 250);
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY2(slowest >= 0 && slowest < NoopBoundMs, qPrintable(QString::number(slowest)));
}

QTEST_GUILESS_MAIN(TestServerCommit)
#include "tst_servercommit.moc"
