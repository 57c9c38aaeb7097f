#include "server/controlconnection.h"

#include "net/serversockets.h"
#include "server/servertlsstream.h"
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
        if (m_tls) {
            char buffer[4096];
            const qint64 n = m_tls->read(buffer, sizeof buffer);
            if (n <= 0)
                return std::nullopt; // n < 0: the TLS stream is over and has closed the socket
            m_reader.feed(QByteArray(buffer, int(n)));
            continue;
        }
        if (m_socket->bytesAvailable() <= 0)
            return std::nullopt;
        m_reader.feed(m_socket->read(4096));
    }
    return m_reader.next();
}

qint64 ControlConnection::pendingOutput() const
{
    return m_tls ? m_tls->bytesToWrite() : m_socket->bytesToWrite();
}

bool ControlConnection::isOutputBackedUp() const
{
    return pendingOutput() > MaxPendingOutput;
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
    if (m_tls) {
        m_tls->write(bytes.constData(), bytes.size()); // one record, flushed by the stream below
        return;
    }
    // One write and a flush per reply: with TCP_NODELAY each reply leaves in a segment of its own.
    m_socket->write(bytes);
    m_socket->flush();
}

void ControlConnection::onBytesWritten()
{
    if (pendingOutput() < MaxPendingOutput / 2)
        Q_EMIT inputReady();
}

bool ControlConnection::startTls(const TlsSessionContext& context, QString* error)
{
    if (m_tls) {
        *error = tr("TLS is already active.");
        return false;
    }
    discardBufferedInput();
    m_tls = ServerSockets::secureControlSocket(m_socket, context, this, error);
    if (!m_tls)
        return false;
    // Input now comes through the TLS stream (which reads the socket).
    disconnect(m_socket, &QTcpSocket::readyRead, this, &ControlConnection::inputReady);
    connect(m_tls, &ServerTlsStream::readyRead, this, &ControlConnection::inputReady);
    connect(m_tls, &ServerTlsStream::ready, this, &ControlConnection::secured);
    connect(m_tls, &ServerTlsStream::ended, this, &ControlConnection::onTlsEnded);
    return true;
}

bool ControlConnection::isSecured() const
{
    return m_tls && m_tls->isSecured();
}

QString ControlConnection::tlsDescription() const
{
    if (!isSecured())
        return {};
    return m_tls->protocolName() + QLatin1String(", ") + m_tls->cipherName();
}

void ControlConnection::onTlsEnded()
{
    // A failed handshake or a broken TLS stream: the connection cannot go on.
    if (m_tls->end() == ServerTlsStream::End::Broken && !m_closing)
        Q_EMIT tlsFailed(m_tls->errorString());
    m_socket->abort();
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
    // With nothing left to send the socket closes (and emits disconnected()) at once. Over TLS, a
    // close_notify goes first.
    if (m_tls && !m_tls->isOver())
        m_tls->close();
    else
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
