#include "client/controlchannel.h"

#include "net/clientsocketfactory.h"

#include <QTcpSocket>

namespace Ferry {

ControlChannel::ControlChannel(ClientSocketFactory* sockets, QObject* parent)
    : QObject(parent), m_socket(sockets->createControlSocket(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ControlChannel::onTimeout);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_connecting = false;
        // The greeting is the first reply; keep waiting for it under the connect timeout.
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
        Q_EMIT connected();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &ControlChannel::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &ControlChannel::onSocketError);
    connect(m_socket, &QTcpSocket::disconnected, this, &ControlChannel::onDisconnected);
}

ControlChannel::~ControlChannel()
{
    m_closing = true;
    m_socket->abort();
}

void ControlChannel::connectToHost(const QString& host, quint16 port, int connectTimeoutMs,
                                   int replyTimeoutMs)
{
    m_reader.reset();
    m_host = host;
    m_replyTimeoutMs = replyTimeoutMs;
    m_connecting = true;
    m_awaitingGreeting = true;
    m_closing = false;
    m_failed = false;
    m_timer.start(connectTimeoutMs);
    m_socket->connectToHost(host, port);
}

bool ControlChannel::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

QHostAddress ControlChannel::peerAddress() const
{
    return m_socket->peerAddress();
}

QHostAddress ControlChannel::localAddress() const
{
    return m_socket->localAddress();
}

void ControlChannel::send(const QByteArray& line)
{
    if (!isConnected())
        return;
    // One write per command: servers that read one TCP segment per command (NetX Duo) must see the
    // whole line at once, and nothing after it.
    m_socket->write(line + "\r\n");
    m_socket->flush();
    armReplyTimeout();
}

void ControlChannel::suspendReplyTimeout()
{
    if (!m_connecting)
        m_timer.stop();
}

void ControlChannel::armReplyTimeout()
{
    m_timer.start(m_replyTimeoutMs);
}

void ControlChannel::close()
{
    m_closing = true;
    m_timer.stop();
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        Q_EMIT closed();
        return;
    }
    m_socket->disconnectFromHost();
    // disconnectFromHost() returns at once when nothing is left to write; the socket may then already
    // be unconnected without having emitted disconnected() for an unfinished connect.
    if (m_socket->state() == QAbstractSocket::UnconnectedState && !m_failed)
        onDisconnected();
}

void ControlChannel::abort()
{
    m_closing = true;
    m_timer.stop();
    const bool wasOpen = m_socket->state() != QAbstractSocket::UnconnectedState;
    m_socket->abort();
    if (wasOpen)
        Q_EMIT closed();
}

void ControlChannel::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    const QList<FtpReply> replies = m_reader.feed(data);
    for (const FtpReply& reply : replies) {
        m_awaitingGreeting = false;
        if (!reply.isPreliminary())
            m_timer.stop();
        Q_EMIT replyReceived(reply);
        if (m_closing || m_failed)
            return;
    }
    if (m_reader.hasError())
        fail(FtpOperation::Error::ProtocolError,
             tr("The server at %1 sent something that is not an FTP reply (%2).")
                 .arg(m_host, m_reader.errorString()));
}

void ControlChannel::onSocketError()
{
    if (m_closing || m_failed)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        fail(FtpOperation::Error::HostNotFound, tr("The host %1 was not found.").arg(m_host));
        break;
    case QAbstractSocket::ConnectionRefusedError:
        fail(FtpOperation::Error::ConnectionRefused,
             tr("The server %1 refused the connection: is an FTP server running on that port?").arg(m_host));
        break;
    case QAbstractSocket::RemoteHostClosedError:
        // Handled by onDisconnected(), which follows.
        break;
    default:
        fail(m_connecting ? FtpOperation::Error::ConnectionRefused : FtpOperation::Error::ConnectionLost,
             m_connecting ? tr("Could not connect to %1: %2").arg(m_host, m_socket->errorString())
                          : tr("The connection to %1 was lost: %2").arg(m_host, m_socket->errorString()));
        break;
    }
}

void ControlChannel::onDisconnected()
{
    m_timer.stop();
    if (!m_closing && !m_failed) {
        // Replies still in the reader's buffer were already dispatched; a clean close by the server that
        // was not asked for is a lost connection to whoever was waiting.
        fail(FtpOperation::Error::ConnectionLost, tr("The server %1 closed the connection.").arg(m_host));
        return;
    }
    if (!m_failed)
        Q_EMIT closed();
}

void ControlChannel::onTimeout()
{
    if (m_connecting || m_socket->state() != QAbstractSocket::ConnectedState) {
        fail(FtpOperation::Error::Timeout, tr("Could not connect to %1 within %2 seconds.")
                                               .arg(m_host)
                                               .arg(qMax(1, m_timer.interval() / 1000)));
        return;
    }
    if (m_awaitingGreeting) {
        fail(FtpOperation::Error::Timeout,
             tr("%1 accepted the connection but sent no greeting within %2 seconds. A small board server "
                "may have all its sessions in use: close other connections to it and try again.")
                 .arg(m_host)
                 .arg(qMax(1, m_timer.interval() / 1000)));
        return;
    }
    fail(FtpOperation::Error::Timeout, tr("The server %1 did not answer within %2 seconds.")
                                           .arg(m_host)
                                           .arg(qMax(1, m_timer.interval() / 1000)));
}

void ControlChannel::fail(FtpOperation::Error error, const QString& message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_connecting = false;
    m_timer.stop();
    m_socket->abort();
    Q_EMIT failed(error, message);
    Q_EMIT closed();
}

} // namespace Ferry
