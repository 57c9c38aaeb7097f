#include "client/datachannel.h"

#include <QIODevice>
#include <QTcpServer>
#include <QTcpSocket>

namespace Ferry {

namespace {

// Compares addresses so that 127.0.0.1 and ::ffff:127.0.0.1 are the same peer.
bool sameHost(const QHostAddress& a, const QHostAddress& b)
{
    return a.isEqual(b, QHostAddress::TolerantConversion);
}

} // namespace

DataChannel::DataChannel(qint64 chunkSize, int idleTimeoutMs, QObject* parent)
    : QObject(parent), m_chunkSize(qMax<qint64>(chunkSize, 4096)), m_idleTimeoutMs(idleTimeoutMs)
{
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &DataChannel::onIdleTimeout);
}

DataChannel::~DataChannel()
{
    m_done = true;
    if (m_socket)
        m_socket->abort();
}

void DataChannel::connectToHost(const QHostAddress& address, quint16 port)
{
    adoptSocket(new QTcpSocket(this));
    m_idleTimer.start(m_idleTimeoutMs);
    m_socket->connectToHost(address, port);
}

quint16 DataChannel::listen(const QHostAddress& localAddress, const QHostAddress& expectedPeer,
                            QString* error)
{
    m_expectedPeer = expectedPeer;
    m_server = new QTcpServer(this);
    m_server->setMaxPendingConnections(1);
    connect(m_server, &QTcpServer::newConnection, this, &DataChannel::onNewConnection);
    if (!m_server->listen(localAddress, 0)) {
        if (error)
            *error = tr("Could not listen for a data connection on %1: %2")
                         .arg(localAddress.toString(), m_server->errorString());
        return 0;
    }
    m_idleTimer.start(m_idleTimeoutMs);
    return m_server->serverPort();
}

bool DataChannel::isConnected() const
{
    return m_connected;
}

void DataChannel::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        // Only the server we talk to may connect (RFC 2577: no data port theft).
        if (m_socket || !sameHost(socket->peerAddress(), m_expectedPeer)) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        adoptSocket(socket);
        m_server->close();
        onConnected();
    }
}

void DataChannel::adoptSocket(QTcpSocket* socket)
{
    m_socket = socket;
    m_socket->setParent(this);
    // Bounded buffering: Qt stops reading from the kernel when this much is waiting to be consumed.
    m_socket->setReadBufferSize(4 * m_chunkSize);
    connect(m_socket, &QTcpSocket::connected, this, &DataChannel::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &DataChannel::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &DataChannel::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &DataChannel::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &DataChannel::onSocketError);
}

void DataChannel::onConnected()
{
    if (m_done || m_connected)
        return;
    m_connected = true;
    m_idleTimer.start(m_idleTimeoutMs);
    Q_EMIT connected();
    pump();
}

void DataChannel::startReceiving(QIODevice* sink)
{
    m_sink = sink;
    m_buffer.resize(m_chunkSize);
    // A sequential sink that buffers (a rate-limited file) reports its backlog in bytesToWrite() and
    // announces progress with bytesWritten(): reading resumes then (see onReadyRead()).
    if (sink && sink->isSequential())
        connect(sink, &QIODevice::bytesWritten, this, &DataChannel::onSinkBytesWritten, Qt::QueuedConnection);
    pump();
}

void DataChannel::startSending(QIODevice* source)
{
    m_source = source;
    m_buffer.resize(m_chunkSize);
    // A sequential source may have nothing to give for a while (a rate-limited file): its readyRead()
    // says when to try again.
    if (source && source->isSequential())
        connect(source, &QIODevice::readyRead, this, &DataChannel::fillSendBuffer, Qt::QueuedConnection);
    pump();
}

void DataChannel::onSinkBytesWritten()
{
    if (m_done || !m_sink)
        return;
    m_idleTimer.start(m_idleTimeoutMs); // the data is moving, only slower than the network could
    onReadyRead();
}

void DataChannel::pump()
{
    if (m_done || !m_connected)
        return;
    if (m_sink)
        onReadyRead();
    else if (m_source)
        fillSendBuffer();
}

void DataChannel::onReadyRead()
{
    if (m_done || !m_sink || !m_connected)
        return;
    bool moved = false;
    while (m_socket->bytesAvailable() > 0) {
        if (m_sink->isSequential() && m_sink->bytesToWrite() >= m_chunkSize)
            break; // the sink's bytesWritten() resumes; meanwhile TCP flow control holds the sender
        const qint64 n = m_socket->read(m_buffer.data(), m_buffer.size());
        if (n <= 0)
            break;
        const qint64 written = m_sink->write(m_buffer.constData(), n);
        if (written != n) {
            fail(FtpOperation::Error::LocalIoError,
                 tr("Could not write the downloaded data: %1").arg(m_sink->errorString()));
            return;
        }
        m_bytes += n;
        moved = true;
    }
    if (moved) {
        m_idleTimer.start(m_idleTimeoutMs);
        Q_EMIT progress(m_bytes);
    }
    if (m_remoteClosed && m_socket->bytesAvailable() == 0)
        finish();
}

void DataChannel::onBytesWritten()
{
    if (m_done || !m_source)
        return;
    m_idleTimer.start(m_idleTimeoutMs);
    Q_EMIT progress(m_bytes - m_socket->bytesToWrite());
    fillSendBuffer();
}

void DataChannel::fillSendBuffer()
{
    if (m_done || !m_source || !m_connected)
        return;
    // Keep about two chunks queued in the socket: enough to keep the kernel busy, bounded in memory.
    while (!m_sourceDone && m_socket->bytesToWrite() < 2 * m_chunkSize) {
        const qint64 n = m_source->read(m_buffer.data(), m_buffer.size());
        if (n < 0) {
            fail(FtpOperation::Error::LocalIoError,
                 tr("Could not read the file to upload: %1").arg(m_source->errorString()));
            return;
        }
        if (n == 0) {
            if (m_source->atEnd() || !m_source->isSequential())
                m_sourceDone = true;
            break;
        }
        m_socket->write(m_buffer.constData(), n);
        m_bytes += n;
    }
    if (m_sourceDone && m_socket->bytesToWrite() == 0 &&
        m_socket->state() == QAbstractSocket::ConnectedState) {
        // End of file is the end of the connection in stream mode.
        m_socket->disconnectFromHost();
    }
}

void DataChannel::onDisconnected()
{
    if (m_done)
        return;
    if (m_source) {
        if (m_sourceDone && m_socket->bytesToWrite() == 0)
            finish();
        else
            fail(FtpOperation::Error::ConnectionLost,
                 tr("The server closed the data connection after %1 bytes of the upload.").arg(m_bytes));
        return;
    }
    m_remoteClosed = true;
    if (m_sink)
        onReadyRead(); // drain, then finish
    // Without a sink yet, what remains is read once startReceiving() is called.
}

void DataChannel::onSocketError()
{
    if (m_done || !m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError)
        return; // onDisconnected() follows and decides
    if (!m_connected) {
        m_done = true;
        m_idleTimer.stop();
        Q_EMIT connectFailed(m_socket->errorString());
        return;
    }
    if (m_sink && error == QAbstractSocket::ConnectionRefusedError)
        return;
    fail(FtpOperation::Error::ConnectionLost,
         tr("The data connection failed after %1 bytes: %2").arg(m_bytes).arg(m_socket->errorString()));
}

void DataChannel::onIdleTimeout()
{
    if (m_done)
        return;
    if (!m_connected) {
        m_done = true;
        if (m_server) {
            fail(FtpOperation::Error::DataConnectionFailed,
                 tr("The server did not open the data connection within %1 seconds.")
                     .arg(m_idleTimeoutMs / 1000));
            return;
        }
        if (m_socket)
            m_socket->abort();
        Q_EMIT connectFailed(tr("timed out after %1 seconds").arg(m_idleTimeoutMs / 1000));
        return;
    }
    fail(FtpOperation::Error::Timeout,
         tr("No data moved for %1 seconds: the transfer stalled.").arg(m_idleTimeoutMs / 1000));
}

void DataChannel::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_finished = true;
    m_idleTimer.stop();
    Q_EMIT progress(m_bytes);
    Q_EMIT finished();
}

void DataChannel::fail(FtpOperation::Error error, const QString& message)
{
    m_done = true;
    m_idleTimer.stop();
    if (m_socket)
        m_socket->abort();
    if (m_server)
        m_server->close();
    Q_EMIT failed(error, message);
}

void DataChannel::abort()
{
    m_done = true;
    m_idleTimer.stop();
    if (m_socket)
        m_socket->abort();
    if (m_server)
        m_server->close();
}

} // namespace Ferry
