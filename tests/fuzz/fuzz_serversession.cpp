// The server's session (core/server/ftpserversession) fed an arbitrary byte stream as its control
// connection: in-process, over loopback TCP in a private network namespace, on a MemoryFileSystem.
// Data connections are looped back: the harness connects to every port a 227/229 reply announces and
// listens on 127.0.0.1:2020 for PORT 127,0,0,1,7,228 / EPRT |1|127.0.0.1|2020|; any other active target
// is refused. After "150 Ok to send data" (an upload) the harness sends a payload and closes; otherwise
// it reads what the server sends.
//
// Checked for every input: no crash or sanitizer report; every byte the server sent is a well-formed
// reply; the session ends once the client is gone, and leaves no temporary upload file behind; each
// input finishes within its time budget (the event loop goes idle: nothing is left to do but wait for
// a timer).
#include "fuzzcheck.h"
#include "protocol/dataaddress.h"
#include "protocol/ftpreply.h"
#include "protocolharness.h"
#include "server/ftpserversession.h"
#include "server/loginguard.h"
#include "server/memoryfilesystem.h"
#include "server/userauthenticator.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Ferry;

namespace {

constexpr quint16 ActivePort = 2020;
constexpr int InputBudgetMs = 2000;

QTcpServer* controlListener = nullptr;
QTcpServer* activeListener = nullptr;

const QByteArray& uploadPayload()
{
    static const QByteArray payload = QByteArray("uploaded by the fuzzer\r\n").repeated(50);
    return payload;
}

std::shared_ptr<MemoryFileSystem> makeFileSystem()
{
    auto fs = std::make_shared<MemoryFileSystem>();
    const QDateTime when(QDate(2024, 1, 2), QTime(3, 4, 5), Qt::UTC);
    fs->addFile(QStringLiteral("/readme.txt"), QByteArray("hello\r\n").repeated(20), when);
    fs->addFile(QStringLiteral("/pub/data.bin"), QByteArray(9000, 'd'), when);
    fs->addFile(QStringLiteral("/pub/empty"), QByteArray(), when);
    fs->addFile(QStringLiteral("/pub/sub/deep.txt"), QByteArray("deep"), when);
    fs->addDirectory(QStringLiteral("/upload"));
    fs->addFile(QStringLiteral("/locked.txt"), QByteArray("locked"), when);
    fs->setReadOnly(QStringLiteral("/locked.txt"), true);
    fs->setCapacity(16 * 1024); // a full disk is a few uploads away
    return fs;
}

ServerOptions sessionOptions()
{
    ServerOptions o;
    o.passivePortMin = 0; // the system picks passive ports
    o.passivePortMax = 0;
    o.loginTimeoutMs = 0; // no timer may decide how an input ends
    o.idleTimeoutMs = 0;
    o.dataConnectTimeoutMs = 5000;
    o.dataIdleTimeoutMs = 5000;
    o.failedLoginDelayMs = 0;
    o.maxFailedLoginDelayMs = 0;
    o.maxLoginFailures = 3;
    o.chunkSize = 4096; // several steps per transfer
    o.logProtocol = true;
    return o;
}

void findTemporaryFiles(MemoryFileSystem& fs, const QString& folder, QStringList* found)
{
    FsError error;
    const std::optional<QList<FileInfo>> entries = fs.list(folder, &error);
    if (!entries)
        return;
    for (const FileInfo& entry : *entries) {
        const QString path = folder == QLatin1String("/") ? QLatin1Char('/') + entry.name
                                                          : folder + QLatin1Char('/') + entry.name;
        if (entry.name.startsWith(QLatin1String(".ferry-upload-")))
            found->append(path);
        if (entry.type == FileInfo::Type::Directory)
            findTemporaryFiles(fs, path, found);
    }
}

// The client side of one input: the control socket and the data sockets, driven by the server's replies.
class Client
{
public:
    Client()
    {
        QObject::connect(&m_control, &QTcpSocket::readyRead, &m_control, [this] { onControlReadyRead(); });
        QObject::connect(activeListener, &QTcpServer::newConnection, &m_control, [this] {
            while (QTcpSocket* socket = activeListener->nextPendingConnection())
                adopt(socket);
        });
    }
    ~Client()
    {
        for (QTcpSocket* socket : std::as_const(m_data))
            delete socket;
    }

    QTcpSocket& control() { return m_control; }
    const QByteArray& received() const { return m_received; }

    void abortAll()
    {
        m_control.abort();
        for (QTcpSocket* socket : std::as_const(m_data))
            socket->abort();
    }

private:
    void onControlReadyRead()
    {
        m_received += m_control.readAll();
        qsizetype end;
        while ((end = m_received.indexOf('\n', m_scanned)) >= 0) {
            onReplyLine(m_received.mid(m_scanned, end - m_scanned).trimmed());
            m_scanned = end + 1;
        }
    }

    void onReplyLine(const QByteArray& line)
    {
        if (line.startsWith("227 ")) {
            if (const std::optional<HostPort> target = DataAddress::parsePasvReply(line.mid(4)))
                connectData(target->port);
        } else if (line.startsWith("229 ")) {
            if (const std::optional<quint16> port = DataAddress::parseEpsvReply(line.mid(4)))
                connectData(*port);
        } else if (line.startsWith("150 Ok to send data") || line.startsWith("150 FILE:")) {
            // An upload: what is connected now, or accepted next, sends the payload and closes.
            m_uploading = true;
            for (QTcpSocket* socket : std::as_const(m_data))
                sendPayload(socket);
        } else if (line.startsWith("150 ")) {
            m_uploading = false;
        }
    }

    void connectData(quint16 port)
    {
        auto* socket = new QTcpSocket;
        adopt(socket);
        socket->connectToHost(QHostAddress::LocalHost, port);
    }

    void adopt(QTcpSocket* socket)
    {
        m_data.append(socket);
        // Read and drop what the server sends (downloads and listings).
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
        if (m_uploading && socket->state() == QAbstractSocket::ConnectedState)
            sendPayload(socket);
    }

    void sendPayload(QTcpSocket* socket)
    {
        if (socket->property("sent").toBool())
            return;
        socket->setProperty("sent", true);
        auto send = [socket] {
            socket->write(uploadPayload());
            socket->disconnectFromHost();
        };
        if (socket->state() == QAbstractSocket::ConnectedState)
            send();
        else
            QObject::connect(socket, &QTcpSocket::connected, socket, send);
    }

    QTcpSocket m_control;
    QList<QTcpSocket*> m_data;
    QByteArray m_received;
    qsizetype m_scanned = 0;
    bool m_uploading = false;
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    FerryFuzz::enterPrivateNetwork();
    FerryFuzz::initApplication();
    controlListener = new QTcpServer;
    activeListener = new QTcpServer;
    if (!controlListener->listen(QHostAddress::LocalHost, 0) ||
        !activeListener->listen(QHostAddress::LocalHost, ActivePort)) {
        std::fprintf(stderr, "fuzz: cannot listen on loopback\n");
        std::exit(1);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = FerryFuzz::rawBytes(data, size);

    Client client;
    client.control().connectToHost(QHostAddress::LocalHost, controlListener->serverPort());
    FUZZ_CHECK(FerryFuzz::pump(InputBudgetMs, [&] {
        return controlListener->hasPendingConnections() &&
               client.control().state() == QAbstractSocket::ConnectedState;
    }));
    QTcpSocket* serverSide = controlListener->nextPendingConnection();

    auto fs = makeFileSystem();
    auto users = std::make_shared<UserAuthenticator>();
    users->addUser(QStringLiteral("user"), QStringLiteral("secret"), fs,
                   UserAuthenticator::Access::ReadWrite);
    users->setAnonymous(fs, UserAuthenticator::Access::ReadOnly);

    // Failed logins counted per address for this input only, on a clock that never moves: no ban or
    // back-off carries over from one input to the next.
    auto loginGuard = std::make_shared<LoginGuard>([] { return qint64(0); });
    QPointer<FtpServerSession> session =
        new FtpServerSession(1, serverSide, sessionOptions(), users, loginGuard, controlListener);
    if (FerryFuzz::verbose()) {
        QObject::connect(session, &FtpServerSession::logMessage, session, [](const ServerLogEntry& entry) {
            std::fprintf(stderr, "server: %s\n", qPrintable(entry.text));
        });
    }
    bool closed = false;
    QObject::connect(session, &FtpServerSession::closed, session, [&closed] { closed = true; });
    session->start();

    client.control().write(input);
    FerryFuzz::pump(InputBudgetMs);

    // Whatever the client sent, the server answered with well-formed replies only.
    ReplyReader reader;
    const QList<FtpReply> replies = reader.feed(client.received());
    FUZZ_CHECK(!reader.hasError());
    FUZZ_CHECK(!replies.isEmpty() && replies.first().code == 220);

    // The client goes away: the session must end, delete itself and leave no temporary file.
    client.abortAll();
    FUZZ_CHECK(FerryFuzz::pump(InputBudgetMs, [&] { return closed && session.isNull(); }));
    QStringList leftovers;
    findTemporaryFiles(*fs, QStringLiteral("/"), &leftovers);
    FUZZ_CHECK(leftovers.isEmpty());
    return 0;
}
