// The client (core/client: FtpClient and everything below it) fed arbitrary server replies for a logon, a
// listing, a download and an upload: in-process, over loopback TCP in a private network namespace.
//
// The input is a scripted server: NUL-separated segments. The first is the data the server sends on a
// data connection (a listing or a file); each further one is the server's answer to the next thing the
// client sends (the first is the greeting); when the script runs out, the server closes the connection.
// Data connections are looped back: the server listens on 127.0.0.1:2020 for passive connections
// ("227 Entering Passive Mode (127,0,0,1,7,228)", "229 (|||2020|)") and connects to whatever PORT/EPRT
// names (inside the namespace, only the client's own listener can answer). After RETR, LIST, NLST or MLSD
// it sends the data segment on its data connections and closes them; after STOR, APPE or STOU it reads
// them until the client closes.
//
// Checked for every input: no crash or sanitizer report; once the server is gone, every operation
// finishes (none hangs); the downloaded bytes never exceed what the server sent.
#include "client/ftpclient.h"
#include "client/ftpoperation.h"
#include "client/listoperation.h"
#include "client/transferoperation.h"
#include "fuzzcheck.h"
#include "protocol/dataaddress.h"
#include "protocolharness.h"

#include <QBuffer>
#include <QTcpServer>
#include <QTcpSocket>
#include <optional>

using namespace Ferry;

namespace {

constexpr quint16 PassivePort = 2020;
constexpr int InputBudgetMs = 2000;

QTcpServer* controlListener = nullptr;
QTcpServer* dataListener = nullptr;

// The scripted server of one input.
class ScriptedServer
{
public:
    explicit ScriptedServer(const QByteArray& input)
    {
        QList<QByteArray> segments = input.split('\0');
        m_payload = segments.takeFirst();
        m_replies = segments;
        QObject::connect(controlListener, &QTcpServer::newConnection, &m_context, [this] {
            while (QTcpSocket* socket = controlListener->nextPendingConnection())
                onControlConnection(socket);
        });
        QObject::connect(dataListener, &QTcpServer::newConnection, &m_context, [this] {
            while (QTcpSocket* socket = dataListener->nextPendingConnection())
                adoptData(socket);
        });
    }
    ~ScriptedServer() { closeAll(); }

    qsizetype payloadSize() const { return m_payload.size(); }

    void closeAll()
    {
        for (QTcpSocket* socket : std::as_const(m_sockets)) {
            socket->abort();
            socket->deleteLater();
        }
        m_sockets.clear();
        m_control = nullptr;
    }

private:
    enum class Role
    {
        Waiting,
        Send,
        Receive
    };

    void onControlConnection(QTcpSocket* socket)
    {
        m_sockets.append(socket);
        if (m_control) { // one control connection per input; a second one is refused
            socket->abort();
            return;
        }
        m_control = socket;
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onCommands(socket); });
        sendNextReply();
    }

    void onCommands(QTcpSocket* socket)
    {
        m_commandBuffer += socket->readAll();
        qsizetype end;
        while (m_control && (end = m_commandBuffer.indexOf('\n')) >= 0) {
            const QByteArray line = m_commandBuffer.left(end).trimmed();
            m_commandBuffer.remove(0, end + 1);
            onCommand(line);
            sendNextReply();
        }
    }

    void onCommand(const QByteArray& line)
    {
        const qsizetype space = line.indexOf(' ');
        const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
        const QByteArray argument = space < 0 ? QByteArray() : line.mid(space + 1);
        if (verb == "PASV" || verb == "EPSV" || verb == "PORT" || verb == "EPRT")
            m_role = Role::Waiting; // a new data connection: its role comes with the transfer command
        if (verb == "PORT" || verb == "EPRT") {
            const std::optional<HostPort> target = verb == "PORT" ? DataAddress::parsePortArgument(argument)
                                                                  : DataAddress::parseEprtArgument(argument);
            if (target) {
                auto* socket = new QTcpSocket;
                adoptData(socket);
                socket->connectToHost(target->address, target->port);
            }
        } else if (verb == "RETR" || verb == "LIST" || verb == "NLST" || verb == "MLSD") {
            setRole(Role::Send);
        } else if (verb == "STOR" || verb == "APPE" || verb == "STOU") {
            setRole(Role::Receive);
        }
    }

    void sendNextReply()
    {
        if (!m_control)
            return;
        if (m_replies.isEmpty()) {
            m_control->disconnectFromHost();
            return;
        }
        m_control->write(m_replies.takeFirst());
    }

    void adoptData(QTcpSocket* socket)
    {
        m_sockets.append(socket);
        m_data.append(socket);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
        QObject::connect(socket, &QTcpSocket::connected, socket, [this, socket] { act(socket); });
        act(socket);
    }

    void setRole(Role role)
    {
        m_role = role;
        for (QTcpSocket* socket : std::as_const(m_data))
            act(socket);
    }

    // Sends the data segment on a connected data socket when a download or listing was asked for.
    void act(QTcpSocket* socket)
    {
        if (m_role != Role::Send || socket->state() != QAbstractSocket::ConnectedState ||
            socket->property("sent").toBool())
            return;
        socket->setProperty("sent", true);
        socket->write(m_payload);
        socket->disconnectFromHost();
    }

    QObject m_context; // owns the connections to the listeners for this input
    QByteArray m_payload;
    QList<QByteArray> m_replies;
    QByteArray m_commandBuffer;
    QTcpSocket* m_control = nullptr;
    QList<QTcpSocket*> m_sockets;
    QList<QTcpSocket*> m_data;
    Role m_role = Role::Waiting;
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    FerryFuzz::enterPrivateNetwork();
    FerryFuzz::initApplication();
    controlListener = new QTcpServer;
    dataListener = new QTcpServer;
    if (!controlListener->listen(QHostAddress::LocalHost, 0) ||
        !dataListener->listen(QHostAddress::LocalHost, PassivePort)) {
        std::fprintf(stderr, "fuzz: cannot listen on loopback\n");
        std::exit(1);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FerryFuzz::Phase whole("input");
    std::optional<FerryFuzz::Phase> phase;
    phase.emplace("setup");
    ScriptedServer server(FerryFuzz::rawBytes(data, size));

    auto* client = new FtpClient;
    FtpClientOptions options;
    options.connectTimeoutMs = 10000; // no timer may decide how an input ends: the script does
    options.replyTimeoutMs = 10000;
    options.dataTimeoutMs = 10000;
    options.chunkSize = 4096;
    // The script speaks clear text only, and the corpus answers the log-on from the greeting on: under the
    // default TLS mode (auto) the client would ask AUTH TLS first and every script would be one reply out
    // of step. FTPS log-ons are covered by tests/integration/tst_client_tls_faults.
    options.tls.mode = TlsMode::Off;
    client->setOptions(options);
    if (FerryFuzz::verbose()) {
        QObject::connect(client, &FtpClient::logMessage, client, [](FtpClient::LogKind, const QString& text) {
            std::fprintf(stderr, "client: %s\n", qPrintable(text));
        });
    }

    QBuffer downloaded;
    downloaded.open(QIODevice::WriteOnly);
    QBuffer source;
    source.setData(QByteArray("uploaded by the fuzzer\r\n").repeated(40));
    source.open(QIODevice::ReadOnly);

    FtpLogin login;
    login.host = QStringLiteral("127.0.0.1");
    login.port = controlListener->serverPort();
    login.user = QStringLiteral("user");
    login.password = QStringLiteral("secret");

    int finished = 0;
    QList<FtpOperation*> operations;
    operations << client->connectToHost(login) << client->list(QStringLiteral("/pub"))
               << client->download(QStringLiteral("/pub/file.bin"), &downloaded)
               << client->upload(&source, QStringLiteral("/upload/new.bin")) << client->disconnectFromHost();
    for (FtpOperation* operation : operations) {
        QObject::connect(operation, &FtpOperation::finished, client, [&finished, operation] {
            ++finished;
            if (FerryFuzz::verbose())
                std::fprintf(stderr, "finished: %s: %s\n", qPrintable(operation->description()),
                             qPrintable(operation->errorString()));
        });
    }

    // The client and the script play until nothing moves any more; then the server goes away, and
    // every operation must finish.
    phase.emplace("dialogue");
    FerryFuzz::pump(InputBudgetMs);
    phase.emplace("server gone");
    server.closeAll();
    FUZZ_CHECK(FerryFuzz::pump(InputBudgetMs, [&] { return finished == operations.size(); }));
    FUZZ_CHECK(downloaded.data().size() <= server.payloadSize());

    phase.emplace("teardown");
    delete client;
    FerryFuzz::pump(InputBudgetMs);
    return 0;
}
