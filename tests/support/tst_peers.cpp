// Checks the test-peer harness itself: each real FTP server starts on 127.0.0.1 and ::1, takes a login,
// serves the files a test puts into rootPath() over passive and active data connections, stores uploads
// there, and is gone after stop(). Talks raw FTP over QTcpSocket, so it does not depend on Ferry's client.

#include "boardserver.h"
#include "pyftpdlibserver.h"
#include "testfiles.h"
#include "testftpserver.h"
#include "vsftpdserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>

using namespace Ferry::Test;

namespace {

constexpr int replyTimeoutMs = 10000;
constexpr int dataTimeoutMs = 10000;

std::unique_ptr<TestFtpServer> makeServer(const QString& kind)
{
    if (kind == QLatin1String("vsftpd")) {
        return std::make_unique<VsftpdServer>();
    }
    if (kind == QLatin1String("pyftpdlib")) {
        return std::make_unique<PyftpdlibServer>();
    }
    return std::make_unique<BoardServer>();
}

void logStart(const TestFtpServer& server)
{
    qInfo("%s on [%s]:%u started in %lld ms", qPrintable(server.name()), qPrintable(server.host()),
          server.port(), server.startupMilliseconds());
}

bool isIpv6(const QHostAddress& address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol;
}

// A bare FTP control connection: one command per write, then the whole (possibly multi-line) reply.
// The board server drops pipelined commands, so nothing is ever sent ahead.
class RawFtpClient final
{
public:
    // Connects and reads the greeting; returns it (empty on failure, see errorString()).
    QByteArray connectTo(const QHostAddress& address, quint16 port)
    {
        m_socket.connectToHost(address, port);
        return readReply();
    }

    QByteArray command(const QByteArray& line)
    {
        m_socket.write(line + "\r\n");
        return readReply();
    }

    // The last line of the next reply, without CRLF (and without the board's trailing space).
    QByteArray readReply()
    {
        const QDeadlineTimer deadline(replyTimeoutMs);
        QByteArray code;
        for (;;) {
            m_buffer += m_socket.readAll();
            for (qsizetype end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n')) {
                const QByteArray line = m_buffer.left(end).trimmed();
                m_buffer.remove(0, end + 1);
                if (code.isEmpty()) {
                    if (line.size() < 3) {
                        continue; // not a reply line
                    }
                    code = line.left(3);
                    if (line.size() == 3 || line.at(3) == ' ') {
                        return line;
                    }
                } else if (line == code || line.startsWith(code + ' ')) {
                    return line;
                }
            }
            if (m_socket.state() == QAbstractSocket::UnconnectedState) {
                m_error = QStringLiteral("control connection closed: %1").arg(m_socket.errorString());
                return QByteArray();
            }
            const qint64 remaining = deadline.remainingTime();
            QSignalSpy readyRead(&m_socket, &QIODevice::readyRead);
            if (remaining <= 0 ||
                (!readyRead.wait(static_cast<int>(remaining)) && m_socket.bytesAvailable() == 0)) {
                m_error = m_socket.state() == QAbstractSocket::ConnectedState
                              ? QStringLiteral("no complete reply within %1 ms").arg(replyTimeoutMs)
                              : QStringLiteral("control connection lost: %1").arg(m_socket.errorString());
                return QByteArray();
            }
        }
    }

    QString errorString() const { return m_error; }
    QTcpSocket& socket() { return m_socket; }

    static int code(const QByteArray& reply) { return reply.left(3).toInt(); }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QString m_error;
};

// The port of a 227 (PASV) or 229 (EPSV) reply, 0 if there is none.
quint16 passivePort(const QByteArray& reply)
{
    const QString text = QString::fromLatin1(reply);
    static const QRegularExpression pasv(QStringLiteral("\\((\\d+),(\\d+),(\\d+),(\\d+),(\\d+),(\\d+)\\)"));
    static const QRegularExpression epsv(QStringLiteral("\\(\\|\\|\\|(\\d+)\\|\\)"));
    if (const QRegularExpressionMatch match = epsv.match(text); match.hasMatch()) {
        return static_cast<quint16>(match.captured(1).toUInt());
    }
    if (const QRegularExpressionMatch match = pasv.match(text); match.hasMatch()) {
        return static_cast<quint16>(match.captured(5).toUInt() * 256 + match.captured(6).toUInt());
    }
    return 0;
}

} // namespace

class TstPeers final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void loginAndStop_data();
    void loginAndStop();
    void passiveListShowsRootFiles_data();
    void passiveListShowsRootFiles();
    void activeList_data();
    void activeList();
    void uploadAndDownload_data();
    void uploadAndDownload();

    void patternFiles();

private:
    void addRows();
    // Why the current row cannot run here (no IPv6 loopback, no board script yet), or empty.
    QString rowSkipReason() const;
    // Opens a passive data connection (PASV on IPv4, EPSV on IPv6) before the transfer command, as the
    // board server requires.
    std::unique_ptr<QTcpSocket> openPassive(RawFtpClient& ftp, const TestFtpServer& server, QString* error);

    bool m_ipv6 = false;
};

void TstPeers::initTestCase()
{
    QTcpServer probe;
    m_ipv6 = probe.listen(QHostAddress(QHostAddress::LocalHostIPv6), 0);
    qInfo("source folder: %s, python: %s, peers required: %s", qPrintable(TestFtpServer::sourceDir()),
          qPrintable(TestFtpServer::pythonInterpreter()), TestFtpServer::peersRequired() ? "yes" : "no");
}

void TstPeers::addRows()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QHostAddress>("address");
    for (const char* kind : {"vsftpd", "pyftpdlib", "board"}) {
        QTest::addRow("%s/IPv4", kind) << QString::fromLatin1(kind) << QHostAddress(QHostAddress::LocalHost);
        QTest::addRow("%s/IPv6", kind)
            << QString::fromLatin1(kind) << QHostAddress(QHostAddress::LocalHostIPv6);
    }
}

QString TstPeers::rowSkipReason() const
{
    QFETCH(QString, kind);
    QFETCH(QHostAddress, address);
    if (isIpv6(address) && !m_ipv6 && !TestFtpServer::peersRequired()) {
        return QStringLiteral("no IPv6 loopback on this machine");
    }
    if (kind == QLatin1String("board") && !QFileInfo::exists(BoardServer::script())) {
        return QStringLiteral("tests/peers/board_server.py does not exist yet");
    }
    return QString();
}

std::unique_ptr<QTcpSocket> TstPeers::openPassive(RawFtpClient& ftp, const TestFtpServer& server,
                                                  QString* error)
{
    const QByteArray reply = ftp.command(isIpv6(server.address()) ? "EPSV" : "PASV");
    const quint16 port = passivePort(reply);
    if (port == 0) {
        *error =
            QStringLiteral("no passive port in \"%1\" %2").arg(QString::fromLatin1(reply), ftp.errorString());
        return nullptr;
    }
    // vsftpd answers PASV on IPv6 with 0,0,0,0: like any client, use the control connection's address.
    auto data = std::make_unique<QTcpSocket>();
    QSignalSpy connected(data.get(), &QAbstractSocket::connected);
    data->connectToHost(server.address(), port);
    if (!connected.wait(dataTimeoutMs)) {
        *error = QStringLiteral("cannot connect to passive port %1: %2").arg(port).arg(data->errorString());
        return nullptr;
    }
    return data;
}

void TstPeers::loginAndStop_data()
{
    addRows();
}

void TstPeers::loginAndStop()
{
    QFETCH(QString, kind);
    QFETCH(QHostAddress, address);
    if (const QString reason = rowSkipReason(); !reason.isEmpty()) {
        QSKIP(qPrintable(reason));
    }
    const auto server = makeServer(kind);
    FERRY_START_PEER(*server, address);
    logStart(*server);
    QVERIFY(server->isRunning());
    QVERIFY(server->processId() > 0);
    const quint16 port = server->port();
    QVERIFY(port >= 1024);

    RawFtpClient ftp;
    const QByteArray greeting = ftp.connectTo(server->address(), port);
    QVERIFY2(RawFtpClient::code(greeting) == 220, (greeting + ' ' + ftp.errorString().toUtf8()).constData());
    const QByteArray userReply = ftp.command("USER " + server->user().toUtf8());
    QVERIFY2(RawFtpClient::code(userReply) == 331, userReply.constData());
    const QByteArray passReply = ftp.command("PASS " + server->password().toUtf8());
    QVERIFY2(RawFtpClient::code(passReply) == 230, passReply.constData());
    const QByteArray pwdReply = ftp.command("PWD");
    QVERIFY2(RawFtpClient::code(pwdReply) == 257 && pwdReply.contains("\"/"), pwdReply.constData());

    // A second session stays logged in while the peer stops: stop() must end it too (vsftpd's
    // session processes outlive their listener otherwise).
    RawFtpClient lingering;
    QCOMPARE(RawFtpClient::code(lingering.connectTo(server->address(), port)), 220);
    QCOMPARE(RawFtpClient::code(lingering.command("USER " + server->user().toUtf8())), 331);
    QCOMPARE(RawFtpClient::code(lingering.command("PASS " + server->password().toUtf8())), 230);

    const QByteArray quitReply = ftp.command("QUIT");
    QVERIFY2(RawFtpClient::code(quitReply) == 221, quitReply.constData());

    QVERIFY(!server->runningProcessIds().isEmpty() || QSysInfo::kernelType() != QLatin1String("linux"));
    server->stop();
    QVERIFY(!server->isRunning());
    QCOMPARE(server->processId(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(server->runningProcessIds().isEmpty(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(lingering.socket().state(), QAbstractSocket::UnconnectedState, 5000);

    // Nobody listens on the port any more.
    QTcpSocket probe;
    QSignalSpy failed(&probe, &QAbstractSocket::errorOccurred);
    probe.connectToHost(server->address(), port);
    QVERIFY(failed.wait(5000));
    QCOMPARE(probe.error(), QAbstractSocket::ConnectionRefusedError);
}

void TstPeers::passiveListShowsRootFiles_data()
{
    addRows();
}

void TstPeers::passiveListShowsRootFiles()
{
    QFETCH(QString, kind);
    QFETCH(QHostAddress, address);
    if (const QString reason = rowSkipReason(); !reason.isEmpty()) {
        QSKIP(qPrintable(reason));
    }
    const auto server = makeServer(kind);
    // A file made by the test before start(): start() fixes its owner.
    {
        QFile early(QDir(server->rootPath()).filePath(QStringLiteral("early.txt")));
        QVERIFY(early.open(QIODevice::WriteOnly));
        early.write("before start\n");
    }
    FERRY_START_PEER(*server, address);
    logStart(*server);

    // Files made after start(): a folder and a file in it, then fixPermissions() as documented.
    QVERIFY(QDir(server->rootPath()).mkpath(QStringLiteral("sub")));
    {
        QFile late(QDir(server->rootPath()).filePath(QStringLiteral("sub/late.txt")));
        QVERIFY(late.open(QIODevice::WriteOnly));
        late.write("after start\n");
    }
    QVERIFY2(server->fixPermissions(), qPrintable(server->errorString()));
    QVERIFY2(server->addFile(QStringLiteral("sub/added.bin"), QByteArrayLiteral("added")),
             qPrintable(server->errorString()));

    RawFtpClient ftp;
    QCOMPARE(RawFtpClient::code(ftp.connectTo(server->address(), server->port())), 220);
    QCOMPARE(RawFtpClient::code(ftp.command("USER " + server->user().toUtf8())), 331);
    QCOMPARE(RawFtpClient::code(ftp.command("PASS " + server->password().toUtf8())), 230);

    for (const auto& [folder, expected] :
         {std::pair<QByteArray, QByteArrayList>{"", {"early.txt", "sub"}},
          std::pair<QByteArray, QByteArrayList>{"sub", {"late.txt", "added.bin"}}}) {
        QString error;
        const auto data = openPassive(ftp, *server, &error);
        QVERIFY2(data, qPrintable(error));
        const QByteArray listReply = ftp.command(folder.isEmpty() ? QByteArray("LIST") : "LIST " + folder);
        QVERIFY2(RawFtpClient::code(listReply) / 100 == 1, listReply.constData());
        QTRY_COMPARE_WITH_TIMEOUT(data->state(), QAbstractSocket::UnconnectedState, dataTimeoutMs);
        const QByteArray listing = data->readAll();
        const QByteArray doneReply = ftp.readReply();
        QVERIFY2(RawFtpClient::code(doneReply) / 100 == 2, doneReply.constData());
        for (const QByteArray& name : expected) {
            QVERIFY2(listing.contains(name), listing.constData());
        }
    }

    // Readable content through the server (shows the session user may read what the test wrote).
    QCOMPARE(RawFtpClient::code(ftp.command("TYPE I")), 200);
    QString error;
    const auto data = openPassive(ftp, *server, &error);
    QVERIFY2(data, qPrintable(error));
    const QByteArray retrReply = ftp.command("RETR sub/late.txt");
    QVERIFY2(RawFtpClient::code(retrReply) / 100 == 1, retrReply.constData());
    QTRY_COMPARE_WITH_TIMEOUT(data->state(), QAbstractSocket::UnconnectedState, dataTimeoutMs);
    QCOMPARE(data->readAll(), QByteArray("after start\n"));
    QCOMPARE(RawFtpClient::code(ftp.readReply()) / 100, 2);
}

void TstPeers::activeList_data()
{
    addRows();
}

void TstPeers::activeList()
{
    QFETCH(QString, kind);
    QFETCH(QHostAddress, address);
    if (const QString reason = rowSkipReason(); !reason.isEmpty()) {
        QSKIP(qPrintable(reason));
    }
    const auto server = makeServer(kind);
    FERRY_START_PEER(*server, address);
    logStart(*server);
    QVERIFY(server->addFile(QStringLiteral("active.txt"), QByteArrayLiteral("active\n")));

    RawFtpClient ftp;
    QCOMPARE(RawFtpClient::code(ftp.connectTo(server->address(), server->port())), 220);
    QCOMPARE(RawFtpClient::code(ftp.command("USER " + server->user().toUtf8())), 331);
    QCOMPARE(RawFtpClient::code(ftp.command("PASS " + server->password().toUtf8())), 230);

    QTcpServer listener;
    QVERIFY(listener.listen(server->address(), 0));
    const quint16 port = listener.serverPort();
    QByteArray portCommand;
    if (isIpv6(server->address())) {
        portCommand =
            "EPRT |2|" + server->address().toString().toLatin1() + '|' + QByteArray::number(port) + '|';
    } else {
        portCommand = "PORT " + server->address().toString().toLatin1().replace('.', ',') + ',' +
                      QByteArray::number(port / 256) + ',' + QByteArray::number(port % 256);
    }
    const QByteArray portReply = ftp.command(portCommand);
    QVERIFY2(RawFtpClient::code(portReply) == 200, portReply.constData());

    // The board connects before it replies, vsftpd and pyftpdlib after their 150: either works here.
    const QByteArray listReply = ftp.command("LIST");
    QVERIFY2(RawFtpClient::code(listReply) / 100 == 1, listReply.constData());
    QTRY_VERIFY_WITH_TIMEOUT(listener.hasPendingConnections(), dataTimeoutMs);
    std::unique_ptr<QTcpSocket> data(listener.nextPendingConnection());
    QCOMPARE(data->peerAddress(), server->address()); // loopback only, never a third address
    QTRY_COMPARE_WITH_TIMEOUT(data->state(), QAbstractSocket::UnconnectedState, dataTimeoutMs);
    const QByteArray listing = data->readAll();
    QCOMPARE(RawFtpClient::code(ftp.readReply()) / 100, 2);
    QVERIFY2(listing.contains("active.txt"), listing.constData());
}

void TstPeers::uploadAndDownload_data()
{
    addRows();
}

void TstPeers::uploadAndDownload()
{
    QFETCH(QString, kind);
    QFETCH(QHostAddress, address);
    if (const QString reason = rowSkipReason(); !reason.isEmpty()) {
        QSKIP(qPrintable(reason));
    }
    const auto server = makeServer(kind);
    FERRY_START_PEER(*server, address);
    logStart(*server);
    const QByteArray payload = patternData(3 * 1024 * 1024 + 17, 42);

    RawFtpClient ftp;
    QCOMPARE(RawFtpClient::code(ftp.connectTo(server->address(), server->port())), 220);
    QCOMPARE(RawFtpClient::code(ftp.command("USER " + server->user().toUtf8())), 331);
    QCOMPARE(RawFtpClient::code(ftp.command("PASS " + server->password().toUtf8())), 230);
    QCOMPARE(RawFtpClient::code(ftp.command("TYPE I")), 200);

    // Upload: the data goes out only after the 1xx (the board discards earlier data).
    QString error;
    auto data = openPassive(ftp, *server, &error);
    QVERIFY2(data, qPrintable(error));
    const QByteArray storReply = ftp.command("STOR upload.bin");
    QVERIFY2(RawFtpClient::code(storReply) / 100 == 1, storReply.constData());
    data->write(payload);
    data->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(data->state(), QAbstractSocket::UnconnectedState, dataTimeoutMs);
    const QByteArray storDone = ftp.readReply();
    QVERIFY2(RawFtpClient::code(storDone) / 100 == 2, storDone.constData());

    const QString uploaded = QDir(server->rootPath()).filePath(QStringLiteral("upload.bin"));
    QCOMPARE(QFileInfo(uploaded).size(), payload.size());
    QCOMPARE(sha256HexOfFile(uploaded), sha256Hex(payload));

    // Download a pattern file the test put there.
    const qint64 size = 5 * 1024 * 1024 + 3;
    QVERIFY2(server->addPatternFile(QStringLiteral("download.bin"), size, 7),
             qPrintable(server->errorString()));
    data = openPassive(ftp, *server, &error);
    QVERIFY2(data, qPrintable(error));
    const QByteArray retrReply = ftp.command("RETR download.bin");
    QVERIFY2(RawFtpClient::code(retrReply) / 100 == 1, retrReply.constData());
    QTRY_COMPARE_WITH_TIMEOUT(data->state(), QAbstractSocket::UnconnectedState, dataTimeoutMs);
    const QByteArray downloaded = data->readAll();
    QCOMPARE(RawFtpClient::code(ftp.readReply()) / 100, 2);
    QCOMPARE(downloaded.size(), size);
    QCOMPARE(sha256Hex(downloaded),
             sha256HexOfFile(QDir(server->rootPath()).filePath(QStringLiteral("download.bin"))));
    QCOMPARE(downloaded, patternData(size, 7));

    QCOMPARE(RawFtpClient::code(ftp.command("QUIT")), 221);
}

void TstPeers::patternFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString a = dir.filePath(QStringLiteral("a.bin"));
    const QString b = dir.filePath(QStringLiteral("b.bin"));
    const QString c = dir.filePath(QStringLiteral("c.bin"));
    const qint64 size = 3 * 1024 * 1024 + 5; // not a multiple of the chunk or of the 8-byte word

    QVERIFY(writePatternFile(a, size, 1));
    QVERIFY(writePatternFile(b, size, 1));
    QVERIFY(writePatternFile(c, size, 2));
    QCOMPARE(QFileInfo(a).size(), size);
    QCOMPARE(sha256OfFile(a), sha256OfFile(b));
    QVERIFY(sha256OfFile(a) != sha256OfFile(c));
    QCOMPARE(sha256OfFile(a).size(), 32);
    QVERIFY(sha256OfFile(dir.filePath(QStringLiteral("missing"))).isEmpty());

    QFile file(a);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray all = file.readAll();
    QCOMPARE(all, patternData(size, 1));
    QCOMPARE(all.left(1001), patternData(1001, 1)); // shorter files are prefixes
    QCOMPARE(sha256Hex(all), sha256HexOfFile(a));

    // Empty files exist and hash like empty data.
    const QString empty = dir.filePath(QStringLiteral("empty.bin"));
    QVERIFY(writePatternFile(empty, 0, 1));
    QVERIFY(QFileInfo::exists(empty));
    QCOMPARE(sha256HexOfFile(empty), sha256Hex(QByteArray()));
    // A fixed vector keeps the stream identical across platforms and versions (splitmix64 seeding, then
    // xorshift64 13/7/17, little-endian words).
    QCOMPARE(patternData(16, 1).toHex(), QByteArray("38486fcb8b657472a8987cdf864a87d2"));

    // Speed: big files are written chunk by chunk.
    const QString big = dir.filePath(QStringLiteral("big.bin"));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(writePatternFile(big, 64 * 1024 * 1024, 3));
    const qint64 writeMs = timer.restart();
    QCOMPARE(sha256HexOfFile(big).size(), 64);
    qInfo("64 MiB pattern file written in %lld ms, hashed in %lld ms", writeMs, timer.elapsed());
}

QTEST_GUILESS_MAIN(TstPeers)
#include "tst_peers.moc"
