#include "server/controlsocketstream.h"

#include <QTcpSocket>

namespace Ferry {

ControlSocketStream::ControlSocketStream(QTcpSocket* socket, QObject* parent)
    : DataStream(parent), m_socket(socket)
{
    connect(m_socket, &QTcpSocket::readyRead, this, &DataStream::readyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &DataStream::bytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &ControlSocketStream::onDisconnected);
}

qint64 ControlSocketStream::read(char* data, qint64 maxSize)
{
    if (isOver())
        return -1;
    if (!m_socket->isOpen()) {
        setEnd(End::Broken, tr("the connection was closed"));
        return -1;
    }
    const qint64 n = m_socket->read(data, maxSize);
    if (n > 0)
        return n;
    if (n < 0 || m_socket->state() != QAbstractSocket::ConnectedState) {
        // QTcpSocket tells no orderly close from a reset here; TLS above tells a truncation.
        setEnd(m_socket->error() == QAbstractSocket::RemoteHostClosedError ? End::Finished : End::Broken,
               m_socket->errorString());
        return -1;
    }
    return 0;
}

qint64 ControlSocketStream::write(const char* data, qint64 size)
{
    if (isOver() || m_closing || m_socket->state() != QAbstractSocket::ConnectedState)
        return -1;
    const qint64 written = m_socket->write(data, size);
    m_socket->flush();
    return written;
}

qint64 ControlSocketStream::bytesToWrite() const
{
    return m_socket->bytesToWrite();
}

void ControlSocketStream::close()
{
    if (isOver() || m_closing)
        return;
    m_closing = true;
    m_socket->disconnectFromHost(); // after what waits to be sent; disconnected() then
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected();
}

void ControlSocketStream::abort()
{
    setEnd(End::Broken, tr("the connection was closed"));
    m_socket->abort();
}

QHostAddress ControlSocketStream::peerAddress() const
{
    return m_socket->peerAddress();
}

quint16 ControlSocketStream::peerPort() const
{
    return m_socket->peerPort();
}

void ControlSocketStream::onDisconnected()
{
    if (isOver())
        return;
    if (m_closing) {
        setEnd(End::Closed);
        Q_EMIT ended();
        return;
    }
    Q_EMIT readyRead(); // read() reports the end once the rest is read
}

} // namespace Ferry
