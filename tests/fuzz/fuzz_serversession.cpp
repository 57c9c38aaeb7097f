// The server's session (core/server/ftpserversession) fed an arbitrary byte stream as its control
// connection: in-process, over loopback TCP in a private network namespace, on a MemoryFileSystem.
// Data connections are looped back: the harness connects to every port a 227/229 reply announces and
// listens on 127.0.0.1:2020 for PORT 127,0,0,1,7,228 / EPRT |1|127.0.0.1|2020|; any other active target
// is refused. After "150 Ok to send data" (an upload) the harness sends a payload and closes; otherwise
// it reads what the server sends.
//
// FTPS (RFC 4217): the input's length chooses the TLS policy (Off, Optional or Required, with one
// certificate made at start-up), so that AUTH TLS/SSL, PBSZ and PROT are answered before and without
// TLS and Required refuses USER and PASS; AUTH switches the connection: what the input sent after it in
// the same piece must be dropped, never answered; the input's bytes after its first NUL are sent once
// the first part is answered, after a 234 as the client's TLS bytes: no ClientHello, so the handshake
// fails and must end the session cleanly.
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
#include "server/selfsignedcertificate.h"
#include "server/tlscredentials.h"
#include "server/userauthenticator.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <optional>

using namespace Ferry;

namespace {

constexpr quint16 ActivePort = 2020;
constexpr int InputBudgetMs = 2000;

QTcpServer* controlListener = nullptr;
QTcpServer* activeListener = nullptr;
std::shared_ptr<const TlsCredentials> credentials; // made once (LLVMFuzzerInitialize), not per input

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

// The policy of an input: one in four Off (the default, a board's), one in four Required, the rest
// Optional (clear text works as with Off, and AUTH, PBSZ and PROT are there too). From the length, so
// that every byte of the input is the client's.
ServerOptions::TlsPolicy tlsPolicyFor(size_t size)
{
    switch (size % 4) {
    case 0:
        return ServerOptions::TlsPolicy::Required;
    case 1:
        return ServerOptions::TlsPolicy::Off;
    default:
        return ServerOptions::TlsPolicy::Optional;
    }
}

ServerOptions sessionOptions(ServerOptions::TlsPolicy policy)
{
    ServerOptions o;
    o.tlsPolicy = policy;
    if (policy != ServerOptions::TlsPolicy::Off)
        o.tlsCredentials = credentials;
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
    o.logProtocol =
        FerryFuzz::verbose(); // the server's default (off): each line logged costs 10 % of an input
    return o;
}

// The memory file system as the session sees it, noting every temporary upload file (UploadCommit opens
// ".ferry-upload-<random hex>" for writing; any file of that name opened for writing is noted), so that
// the check after each input looks up those paths only instead of walking the whole tree (a tenth of an
// input's time).
class TrackingFileSystem final : public FileSystem
{
public:
    explicit TrackingFileSystem(std::shared_ptr<MemoryFileSystem> inner) : m_inner(std::move(inner)) {}

    // True once anything may have changed the files: a write opened, a folder made or removed, a file
    // removed, a rename. An input that changed nothing leaves the file system for the next one.
    bool touched() const { return m_touched; }

    // The temporary files noted that still exist.
    QStringList leftovers() const
    {
        QStringList found;
        for (const QString& path : m_temporaries) {
            if (m_inner->exists(path))
                found.append(path);
        }
        return found;
    }

    QString description() const override { return m_inner->description(); }
    std::optional<FileInfo> stat(const QString& path, FsError* error) const override
    {
        return m_inner->stat(path, error);
    }
    std::optional<QList<FileInfo>> list(const QString& directory, FsError* error) const override
    {
        return m_inner->list(directory, error);
    }
    std::unique_ptr<QIODevice> openRead(const QString& path, qint64 offset, FsError* error) override
    {
        return m_inner->openRead(path, offset, error);
    }
    std::unique_ptr<QIODevice> openWrite(const QString& path, WriteMode mode, qint64 offset,
                                         FsError* error) override
    {
        m_touched = true;
        if (path.section(QLatin1Char('/'), -1).startsWith(QLatin1String(".ferry-upload-")))
            m_temporaries.append(path);
        return m_inner->openWrite(path, mode, offset, error);
    }
    bool makeDirectory(const QString& path, FsError* error) override
    {
        m_touched = true;
        return m_inner->makeDirectory(path, error);
    }
    bool removeDirectory(const QString& path, FsError* error) override
    {
        m_touched = true;
        return m_inner->removeDirectory(path, error);
    }
    bool removeFile(const QString& path, FsError* error) override
    {
        m_touched = true;
        return m_inner->removeFile(path, error);
    }
    bool rename(const QString& from, const QString& to, bool replaceExisting, FsError* error) override
    {
        m_touched = true;
        return m_inner->rename(from, to, replaceExisting, error);
    }

private:
    std::shared_ptr<MemoryFileSystem> m_inner;
    QStringList m_temporaries;
    bool m_touched = false;
};

// The files and users of the next input: those of the last one if it changed no file (most inputs do
// not; building them is a tenth of an input's time), else new ones.
struct Files
{
    std::shared_ptr<TrackingFileSystem> fs;
    std::shared_ptr<UserAuthenticator> users;
};

const Files& filesForInput()
{
    static Files files;
    if (!files.fs || files.fs->touched()) {
        files.fs = std::make_shared<TrackingFileSystem>(makeFileSystem());
        files.users = std::make_shared<UserAuthenticator>();
        files.users->addUser(QStringLiteral("user"), QStringLiteral("secret"), files.fs,
                             UserAuthenticator::Access::ReadWrite);
        files.users->setAnonymous(files.fs, UserAuthenticator::Access::ReadOnly);
    }
    return files;
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
    // Where the server's clear text ended: after its 234 reply (TLS follows), or the end.
    qsizetype clearTextEnd() const { return m_tlsFrom >= 0 ? m_tlsFrom : m_received.size(); }
    bool sawAuthReply() const { return m_tlsFrom >= 0; }

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
        while (m_tlsFrom < 0 && (end = m_received.indexOf('\n', m_scanned)) >= 0) {
            const QByteArray line = m_received.mid(m_scanned, end - m_scanned);
            m_scanned = end + 1;
            // Untrimmed: a reply's last line starts at the line's start (a continuation line that looked
            // like one would end the reply early, which the checks catch).
            if (line.startsWith("234 "))
                m_tlsFrom = m_scanned; // what follows is TLS (an alert: the input is no ClientHello)
            else
                onReplyLine(line.trimmed());
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
    qsizetype m_tlsFrom = -1;
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
    QString error;
    const std::optional<SelfSignedCertificate::Pem> pem =
        SelfSignedCertificate::generate(QStringLiteral("localhost"), {QHostAddress::LocalHost}, 30, &error);
    if (pem)
        credentials = TlsCredentials::fromPem(pem->certificate, pem->key, &error);
    if (!credentials) {
        std::fprintf(stderr, "fuzz: cannot make a certificate: %s\n", qPrintable(error));
        std::exit(1);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = FerryFuzz::rawBytes(data, size);
    FerryFuzz::Phase whole("input");

    std::optional<FerryFuzz::Phase> phase;
    phase.emplace("connect");
    Client client;
    client.control().connectToHost(QHostAddress::LocalHost, controlListener->serverPort());
    FUZZ_CHECK(FerryFuzz::pump(InputBudgetMs, [&] {
        return controlListener->hasPendingConnections() &&
               client.control().state() == QAbstractSocket::ConnectedState;
    }));
    QTcpSocket* serverSide = controlListener->nextPendingConnection();

    phase.emplace("setup");
    const std::shared_ptr<TrackingFileSystem> fs = filesForInput().fs;
    const std::shared_ptr<UserAuthenticator> users = filesForInput().users;

    // Failed logins counted per address for this input only, on a clock that never moves: no ban or
    // back-off carries over from one input to the next.
    auto loginGuard = std::make_shared<LoginGuard>([] { return qint64(0); });
    QPointer<FtpServerSession> session = new FtpServerSession(
        1, serverSide, sessionOptions(tlsPolicyFor(size)), users, loginGuard, controlListener);
    if (FerryFuzz::verbose()) {
        QObject::connect(session, &FtpServerSession::logMessage, session, [](const ServerLogEntry& entry) {
            std::fprintf(stderr, "server: %s\n", qPrintable(entry.text));
        });
    }
    bool closed = false;
    QObject::connect(session, &FtpServerSession::closed, session, [&closed] { closed = true; });
    session->start();

    phase.emplace("session");
    // Up to the first NUL at once; the rest once that is answered: after a 234 (AUTH) as the client's
    // first TLS bytes, where a ClientHello would be, else in clear text with the NUL, as if in one piece.
    const qsizetype nul = input.indexOf('\0');
    client.control().write(nul < 0 ? input : input.left(nul));
    FerryFuzz::pump(InputBudgetMs);
    if (nul >= 0 && client.control().state() == QAbstractSocket::ConnectedState) {
        client.control().write(client.sawAuthReply() ? input.mid(nul + 1) : input.mid(nul));
        FerryFuzz::pump(InputBudgetMs);
    }
    phase.emplace("checks");

    // Whatever the client sent, the server answered with well-formed replies only, up to a 234 (AUTH).
    const QByteArray clearText = client.received().left(client.clearTextEnd());
    ReplyReader reader;
    const QList<FtpReply> replies = reader.feed(clearText);
    FUZZ_CHECK(!reader.hasError());
    FUZZ_CHECK(!replies.isEmpty() && replies.first().code == 220);
    FUZZ_CHECK(!reader.hasPartialReply());
    // After 234, TLS records only (an alert, if anything: the input is no ClientHello): the commands sent
    // in clear text after AUTH were dropped, not answered.
    const QByteArray afterAuth = client.received().mid(client.clearTextEnd());
    FUZZ_CHECK(afterAuth.isEmpty() || afterAuth.at(0) == 0x15 || afterAuth.at(0) == 0x16);
    if (!afterAuth.isEmpty())
        FUZZ_CHECK(tlsPolicyFor(size) != ServerOptions::TlsPolicy::Off);
    // A handshake the server gave up on (its alert sent) ended the session without the client leaving.
    if (!afterAuth.isEmpty() && afterAuth.at(0) == 0x15)
        FUZZ_CHECK(closed);

    // The client goes away: the session must end, delete itself and leave no temporary file.
    phase.emplace("close");
    client.abortAll();
    FUZZ_CHECK(FerryFuzz::pump(InputBudgetMs, [&] { return closed && session.isNull(); }));
    phase.emplace("leftovers");
    FUZZ_CHECK(fs->leftovers().isEmpty());
    return 0;
}
