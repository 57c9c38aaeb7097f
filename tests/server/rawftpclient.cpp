#include "rawftpclient.h"

#include "protocol/dataaddress.h"

#include <QEventLoop>
#include <QTimer>

namespace Ferry::Test {

bool waitFor(const std::function<bool()>& predicate, int timeoutMs)
{
    if (predicate())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (predicate())
            loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    poll.start();
    deadline.start(timeoutMs);
    loop.exec();
    return predicate();
}

RawFtpClient::RawFtpClient(const QHostAddress& bindAddress) : m_bind(bindAddress)
{
    QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket,
                     [this] { m_replies.append(m_reader.feed(m_socket.readAll())); });
}

RawFtpClient::~RawFtpClient()
{
    m_socket.abort();
}

bool RawFtpClient::connectTo(const QHostAddress& host, quint16 port, int timeoutMs)
{
    m_server = host;
    if (!m_bind.isNull() && !m_socket.bind(m_bind, 0))
        return false;
    // The server may answer and close (421) before this side looks: remember that it connected.
    bool wasConnected = false;
    const QMetaObject::Connection c = QObject::connect(&m_socket, &QTcpSocket::connected, &m_socket,
                                                       [&wasConnected] { wasConnected = true; });
    m_socket.connectToHost(host, port);
    const bool greeted = waitForGreeting(timeoutMs);
    QObject::disconnect(c);
    return wasConnected && greeted;
}

bool RawFtpClient::waitForGreeting(int timeoutMs)
{
    (void)waitFor(
        [this] { return !m_replies.isEmpty() || m_socket.state() == QAbstractSocket::UnconnectedState; },
        timeoutMs);
    if (m_replies.isEmpty())
        return false;
    m_greeting = m_replies.takeFirst();
    return m_greeting.isValid();
}

bool RawFtpClient::startTls(const QSslConfiguration& configuration, const QString& peerName, int timeoutMs)
{
    m_socket.setSslConfiguration(configuration);
    m_socket.setPeerVerifyName(peerName);
    m_socket.startClientEncryption();
    return waitFor(
               [this] {
                   return m_socket.isEncrypted() || m_socket.state() == QAbstractSocket::UnconnectedState;
               },
               timeoutMs) &&
           m_socket.isEncrypted();
}

bool RawFtpClient::connectImplicitTls(const QHostAddress& host, quint16 port,
                                      const QSslConfiguration& configuration, const QString& peerName,
                                      int timeoutMs)
{
    m_server = host;
    m_socket.setSslConfiguration(configuration);
    m_socket.connectToHostEncrypted(host.toString(), port, peerName);
    return waitForGreeting(timeoutMs) && m_socket.isEncrypted();
}

void RawFtpClient::send(const QByteArray& bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

FtpReply RawFtpClient::command(const QByteArray& line, int timeoutMs)
{
    send(line + "\r\n");
    return nextReply(timeoutMs);
}

FtpReply RawFtpClient::nextReply(int timeoutMs)
{
    (void)waitFor(
        [this] { return !m_replies.isEmpty() || m_socket.state() == QAbstractSocket::UnconnectedState; },
        timeoutMs);
    if (m_replies.isEmpty())
        return FtpReply();
    return m_replies.takeFirst();
}

bool RawFtpClient::noReplyWithin(int ms)
{
    return !waitFor([this] { return !m_replies.isEmpty(); }, ms);
}

bool RawFtpClient::login(const QByteArray& user, const QByteArray& password)
{
    if (command("USER " + user).code != 331)
        return false;
    return command("PASS " + password).code == 230;
}

bool RawFtpClient::waitDisconnected(int timeoutMs)
{
    return waitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
}

bool RawFtpClient::isConnected() const
{
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

quint16 RawFtpClient::passive(bool extended, FtpReply* reply)
{
    const FtpReply r = command(extended ? "EPSV" : "PASV");
    if (reply)
        *reply = r;
    if (extended) {
        if (r.code != 229)
            return 0;
        return DataAddress::parseEpsvReply(r.lines.value(0)).value_or(0);
    }
    if (r.code != 227)
        return 0;
    const std::optional<HostPort> hp = DataAddress::parsePasvReply(r.lines.value(0));
    return hp ? hp->port : 0;
}

std::unique_ptr<QTcpSocket> RawFtpClient::connectData(quint16 port, const QHostAddress& from, int timeoutMs)
{
    auto data = std::make_unique<QTcpSocket>();
    const QHostAddress bind = from.isNull() ? m_bind : from;
    if (!bind.isNull() && !data->bind(bind, 0))
        return nullptr;
    // A short transfer can connect, deliver and close within one pass of the event loop.
    auto wasConnected = std::make_shared<bool>(false);
    QObject::connect(data.get(), &QTcpSocket::connected, data.get(),
                     [wasConnected] { *wasConnected = true; });
    data->connectToHost(m_server, port);
    (void)waitFor(
        [&data, wasConnected] { return *wasConnected || data->state() == QAbstractSocket::UnconnectedState; },
        timeoutMs);
    if (!*wasConnected)
        return nullptr;
    return data;
}

std::unique_ptr<QTcpSocket> RawFtpClient::openPassive(bool extended)
{
    const quint16 port = passive(extended);
    if (port == 0)
        return nullptr;
    return connectData(port);
}

QByteArray RawFtpClient::readAll(QTcpSocket* data, int timeoutMs)
{
    QByteArray bytes;
    (void)waitFor(
        [data, &bytes] {
            bytes += data->readAll();
            return data->state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    bytes += data->readAll();
    return bytes;
}

ActiveListener::ActiveListener(const QHostAddress& address)
{
    m_server.listen(address, 0);
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            m_lastPeer = socket->peerAddress();
            m_accepted.append(socket);
        }
    });
}

std::unique_ptr<QTcpSocket> ActiveListener::accept(int timeoutMs)
{
    (void)waitFor([this] { return !m_accepted.isEmpty(); }, timeoutMs);
    if (m_accepted.isEmpty())
        return nullptr;
    QTcpSocket* socket = m_accepted.takeFirst();
    socket->setParent(nullptr);
    return std::unique_ptr<QTcpSocket>(socket);
}

} // namespace Ferry::Test
