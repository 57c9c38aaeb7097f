#include "server/controlconnection.h"

#include "server/servertypes.h"

#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/socket.h>
#endif

namespace Ferry {

ControlConnection::ControlConnection(QTcpSocket* socket, qsizetype maxLineLength, QObject* parent)
    : QObject(parent), m_socket(socket), m_reader(maxLineLength)
{
    m_socket->setParent(this);
    // One reply per segment: no Nagle delay that would glue two replies into one segment.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setReadBufferSize(64 * 1024);
    connect(m_socket, &QTcpSocket::readyRead, this, &ControlConnection::inputReady);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &ControlConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &ControlConnection::disconnected);

    m_loginTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_loginTimer, &QTimer::timeout, this, &ControlConnection::loginTimedOut);
    connect(&m_idleTimer, &QTimer::timeout, this, &ControlConnection::idleTimedOut);
}

QHostAddress ControlConnection::peerAddress() const
{
    return plainAddress(m_socket->peerAddress());
}

quint16 ControlConnection::peerPort() const
{
    return m_socket->peerPort();
}

QHostAddress ControlConnection::localAddress() const
{
    return plainAddress(m_socket->localAddress());
}

bool ControlConnection::isIpv6() const
{
    return localAddress().protocol() == QAbstractSocket::IPv6Protocol;
}

bool ControlConnection::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

std::optional<CommandLineReader::Line> ControlConnection::takeLine()
{
    while (!m_reader.hasLine()) {
        if (m_socket->bytesAvailable() <= 0)
            return std::nullopt;
        m_reader.feed(m_socket->read(4096));
    }
    return m_reader.next();
}

bool ControlConnection::isOutputBackedUp() const
{
    return m_socket->bytesToWrite() > MaxPendingOutput;
}

void ControlConnection::discardBufferedInput()
{
    m_reader.clear();
    m_socket->skip(m_socket->bytesAvailable());
}

void ControlConnection::send(const QByteArray& bytes)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    // One write and a flush per reply: with TCP_NODELAY each reply leaves in a segment of its own.
    m_socket->write(bytes);
    m_socket->flush();
}

void ControlConnection::onBytesWritten()
{
    if (m_socket->bytesToWrite() < MaxPendingOutput / 2)
        Q_EMIT inputReady();
}

void ControlConnection::startTimeouts(int loginTimeoutMs, int idleTimeoutMs)
{
    m_idleTimeoutMs = idleTimeoutMs;
    if (loginTimeoutMs > 0)
        m_loginTimer.start(loginTimeoutMs);
    restartIdleTimeout();
}

void ControlConnection::restartIdleTimeout()
{
    if (m_idleTimeoutMs > 0 && !m_closing)
        m_idleTimer.start(m_idleTimeoutMs);
}

void ControlConnection::stopLoginTimeout()
{
    m_loginTimer.stop();
}

void ControlConnection::close()
{
    if (m_closing)
        return;
    m_closing = true;
    m_idleTimer.stop();
    m_loginTimer.stop();
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        Q_EMIT disconnected();
        return;
    }
    // With nothing left to send the socket closes (and emits disconnected()) at once.
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        return;
    QTimer::singleShot(CloseTimeoutMs, this, [this] { m_socket->abort(); });
}

void ControlConnection::abort()
{
    m_closing = true;
    m_idleTimer.stop();
    m_loginTimer.stop();
    m_socket->abort();
}

bool ControlConnection::peerGone() const
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return true;
#ifdef Q_OS_UNIX
    char byte = 0;
    const auto n = ::recv(int(m_socket->socketDescriptor()), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    if (n == 0)
        return true; // the client closed its side of the control connection
    if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
        return true;
#endif
    return false;
}

} // namespace Ferry
