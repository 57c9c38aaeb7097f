#include "server/serverdataconnection.h"

#include "net/filereadahead.h"

#include <QIODevice>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>

namespace Ferry {

namespace {

bool sameHost(const QHostAddress& a, const QHostAddress& b)
{
    return a.isEqual(b, QHostAddress::TolerantConversion);
}

// Chunks the read-ahead thread keeps ready, and the smallest download (in chunks) worth a thread.
constexpr int ReadAheadDepth = 4;
constexpr qint64 ReadAheadMinimumChunks = 2;

} // namespace

ServerDataConnection::ServerDataConnection(qint64 chunkSize, QObject* parent)
    : QObject(parent), m_chunkSize(qMax<qint64>(4096, chunkSize))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ServerDataConnection::onTimeout);
}

ServerDataConnection::~ServerDataConnection()
{
    m_done = true;
    m_reader.reset();
    if (m_socket)
        m_socket->abort();
}

quint16 ServerDataConnection::listen(const QHostAddress& localAddress, quint16 portMin, quint16 portMax,
                                     const QHostAddress& expectedPeer, QString* error)
{
    m_passive = true;
    m_expectedPeer = expectedPeer;
    m_server = new QTcpServer(this);
    m_server->setMaxPendingConnections(4);
    connect(m_server, &QTcpServer::newConnection, this, &ServerDataConnection::onNewConnection);

    bool ok = false;
    if (portMin == 0 || portMax == 0 || portMin > portMax) {
        ok = m_server->listen(localAddress, 0);
    } else {
        // RFC 2577: an unpredictable port. Random picks first, then every port from a random start.
        const quint32 span = quint32(portMax) - portMin + 1;
        QRandomGenerator* random = QRandomGenerator::system();
        for (int attempt = 0; attempt < 16 && !ok; ++attempt)
            ok = m_server->listen(localAddress, quint16(portMin + random->bounded(span)));
        const quint32 start = random->bounded(span);
        for (quint32 i = 0; i < span && !ok; ++i)
            ok = m_server->listen(localAddress, quint16(portMin + (start + i) % span));
    }
    if (!ok) {
        if (error) {
            *error = portMin && portMax ? tr("No free passive port between %1 and %2 on %3: %4")
                                              .arg(portMin)
                                              .arg(portMax)
                                              .arg(localAddress.toString(), m_server->errorString())
                                        : tr("Cannot listen for a data connection on %1: %2")
                                              .arg(localAddress.toString(), m_server->errorString());
        }
        return 0;
    }
    return m_server->serverPort();
}

void ServerDataConnection::setActiveTarget(const QHostAddress& localAddress, const HostPort& target)
{
    m_passive = false;
    m_localAddress = localAddress;
    m_target = target;
}

quint16 ServerDataConnection::passivePort() const
{
    return m_server ? m_server->serverPort() : 0;
}

QHostAddress ServerDataConnection::peerAddress() const
{
    return m_socket ? m_socket->peerAddress() : QHostAddress();
}

void ServerDataConnection::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        if (m_done || m_socket || !sameHost(socket->peerAddress(), m_expectedPeer)) {
            // RFC 2577: only the control connection's peer may use this port (no data theft). Keep
            // waiting for the right one.
            if (!m_socket && !m_done)
                Q_EMIT rejectedPeer(socket->peerAddress(), socket->peerPort());
            socket->abort();
            socket->deleteLater();
            continue;
        }
        adoptSocket(socket);
        m_server->close();
        m_connected = true;
        if (m_opening) {
            m_timer.stop();
            Q_EMIT connected();
        }
    }
}

void ServerDataConnection::adoptSocket(QTcpSocket* socket)
{
    m_socket = socket;
    m_socket->setParent(this);
    // Bounded buffering: Qt stops reading from the kernel when this much waits, so a fast client is slowed
    // down by TCP flow control instead of filling memory.
    m_socket->setReadBufferSize(2 * m_chunkSize);
    connect(m_socket, &QTcpSocket::connected, this, &ServerDataConnection::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &ServerDataConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &ServerDataConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &ServerDataConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &ServerDataConnection::onSocketError);
}

void ServerDataConnection::open(int timeoutMs)
{
    if (m_done || m_opening)
        return;
    m_opening = true;
    if (m_passive) {
        if (m_connected) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (!m_done)
                        Q_EMIT connected();
                },
                Qt::QueuedConnection);
            return;
        }
        m_timer.start(timeoutMs);
        return;
    }
    adoptSocket(new QTcpSocket(this));
    if (!m_localAddress.isNull())
        m_socket->bind(m_localAddress, 0);
    m_timer.start(timeoutMs);
    m_socket->connectToHost(m_target.address, m_target.port);
}

void ServerDataConnection::onConnected()
{
    if (m_done || m_connected)
        return;
    m_connected = true;
    m_timer.stop();
    Q_EMIT connected();
}

void ServerDataConnection::restartIdleTimer()
{
    if (m_idleTimeoutMs > 0)
        m_timer.start(m_idleTimeoutMs);
}

void ServerDataConnection::sendFrom(QIODevice* source, int idleTimeoutMs)
{
    m_source = source;
    m_idleTimeoutMs = idleTimeoutMs;
    m_reader = FileReadAhead::open(source, m_chunkSize, ReadAheadDepth, ReadAheadMinimumChunks * m_chunkSize);
    if (m_reader) {
        connect(m_reader.get(), &FileReadAhead::chunkReady, this, &ServerDataConnection::fillSendBuffer);
        m_reader->start();
    } else {
        m_buffer.resize(m_chunkSize);
    }
    restartIdleTimer();
    fillSendBuffer();
}

void ServerDataConnection::receiveInto(QIODevice* sink, int idleTimeoutMs)
{
    m_sink = sink;
    m_idleTimeoutMs = idleTimeoutMs;
    m_buffer.resize(m_chunkSize);
    restartIdleTimer();
    drain();
}

void ServerDataConnection::scheduleStep()
{
    if (m_stepScheduled || m_done)
        return;
    m_stepScheduled = true;
    // Queued, not called: the rest of this turn of the event loop belongs to others.
    QMetaObject::invokeMethod(this, &ServerDataConnection::step, Qt::QueuedConnection);
}

void ServerDataConnection::step()
{
    m_stepScheduled = false;
    if (m_source)
        fillSendBuffer();
    else if (m_sink)
        drain();
}

// Hands the next chunk to the socket: one read of the device, or what the read-ahead thread has ready.
// False when nothing was handed over: failed, end of the source (m_sourceDone), or nothing ready yet (the
// read-ahead thread's chunkReady() calls fillSendBuffer() again).
bool ServerDataConnection::writeNextChunk()
{
    if (m_reader) {
        const QByteArray chunk = m_reader->take();
        if (!chunk.isEmpty()) {
            m_socket->write(chunk);
            return true;
        }
        if (m_reader->hasFailed())
            fail(Failure::ReadError, tr("Reading the file failed: %1").arg(m_reader->errorString()));
        else if (m_reader->atEnd())
            m_sourceDone = true;
        return false;
    }
    const qint64 n = m_source->read(m_buffer.data(), m_buffer.size());
    if (n < 0) {
        fail(Failure::ReadError, tr("Reading the file failed: %1").arg(m_source->errorString()));
        return false;
    }
    if (n == 0) {
        if (m_source->atEnd() || !m_source->isSequential())
            m_sourceDone = true;
        return false;
    }
    m_socket->write(m_buffer.constData(), n);
    return true;
}

void ServerDataConnection::fillSendBuffer()
{
    if (m_done || !m_source || !m_connected || m_closing)
        return;
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        fail(Failure::ConnectionLost,
             tr("The client closed the data connection after %1 bytes.").arg(m_bytes));
        return;
    }
    // About two chunks queued in the socket: enough to keep the system busy, bounded in memory. One chunk
    // per step: the next one in a later turn of the event loop (bytesWritten() or a queued step).
    if (!m_sourceDone && m_socket->bytesToWrite() < 2 * m_chunkSize) {
        const bool wrote = writeNextChunk();
        if (m_done)
            return;
        if (wrote && !m_sourceDone && m_socket->bytesToWrite() < 2 * m_chunkSize)
            scheduleStep();
    }
    if (m_sourceDone && m_socket->bytesToWrite() == 0) {
        // End of file is the end of the connection in stream mode.
        m_closing = true;
        m_reader.reset();
        m_socket->disconnectFromHost();
        if (!m_done && m_socket->state() == QAbstractSocket::UnconnectedState)
            finish();
    }
}

void ServerDataConnection::onBytesWritten(qint64 bytes)
{
    if (m_done || !m_source)
        return;
    m_bytes += bytes;
    restartIdleTimer();
    Q_EMIT progress(m_bytes);
    // The socket just wrote a block in this turn; the next chunk is read in a later one.
    scheduleStep();
}

void ServerDataConnection::onReadyRead()
{
    if (m_sink)
        drain();
}

void ServerDataConnection::drain()
{
    if (m_done || !m_sink || !m_socket)
        return;
    // One chunk per step: what else is buffered waits for a later turn of the event loop. Qt stops reading
    // from the system while the read buffer (two chunks) is full, so a fast client is slowed down by TCP.
    if (m_socket->bytesAvailable() > 0) {
        const qint64 n = m_socket->read(m_buffer.data(), m_buffer.size());
        if (n > 0) {
            if (m_sink->write(m_buffer.constData(), n) != n) {
                fail(Failure::WriteError, tr("Writing the file failed: %1").arg(m_sink->errorString()));
                return;
            }
            m_bytes += n;
            restartIdleTimer();
            Q_EMIT progress(m_bytes);
        }
        if (m_socket->bytesAvailable() > 0) {
            scheduleStep();
            return;
        }
    }
    if (m_remoteClosed && m_socket->bytesAvailable() == 0)
        finish();
}

void ServerDataConnection::onDisconnected()
{
    if (m_done)
        return;
    if (m_closing) {
        finish();
        return;
    }
    m_remoteClosed = true;
    if (m_source) {
        if (m_sourceDone && m_socket->bytesToWrite() == 0) {
            finish(); // every byte was handed over before the client closed or reset
            return;
        }
        fail(Failure::ConnectionLost,
             tr("The client closed the data connection after %1 of the bytes.").arg(m_bytes));
        return;
    }
    if (m_sink)
        drain(); // what is left, then finished()
    // Neither yet: a held passive connection the client closed early; what it sent is read later.
}

void ServerDataConnection::onSocketError()
{
    if (m_done || !m_socket)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError)
        return; // onDisconnected() decides
    if (!m_connected) {
        m_done = true;
        m_timer.stop();
        const QString reason = m_socket->errorString();
        m_socket->abort();
        Q_EMIT connectFailed(reason);
        return;
    }
    if (m_closing) {
        finish(); // a reset after our FIN: everything was sent
        return;
    }
    fail(Failure::ConnectionLost,
         tr("The data connection failed after %1 bytes: %2").arg(m_bytes).arg(m_socket->errorString()));
}

void ServerDataConnection::onTimeout()
{
    if (m_done)
        return;
    if (!m_connected) {
        m_done = true;
        if (m_socket)
            m_socket->abort();
        if (m_server)
            m_server->close();
        Q_EMIT connectFailed(
            m_passive
                ? tr("the client did not connect within %1 seconds").arg(double(m_timer.interval()) / 1000.0)
                : tr("connecting to %1 port %2 timed out")
                      .arg(m_target.address.toString())
                      .arg(m_target.port));
        return;
    }
    fail(Failure::Stalled, tr("No data moved for %1 seconds.").arg(m_idleTimeoutMs / 1000));
}

void ServerDataConnection::close()
{
    if (m_done)
        return;
    m_closing = true;
    if (!m_socket || m_socket->state() == QAbstractSocket::UnconnectedState) {
        finish();
        return;
    }
    m_socket->disconnectFromHost();
    if (!m_done && m_socket->state() == QAbstractSocket::UnconnectedState)
        finish();
}

void ServerDataConnection::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    m_reader.reset();
    Q_EMIT progress(m_bytes);
    Q_EMIT finished();
}

void ServerDataConnection::fail(Failure failure, const QString& reason)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    m_reader.reset();
    if (m_socket)
        m_socket->abort();
    if (m_server)
        m_server->close();
    Q_EMIT failed(failure, reason);
}

void ServerDataConnection::abort()
{
    m_done = true;
    m_timer.stop();
    m_reader.reset();
    if (m_socket)
        m_socket->abort();
    if (m_server)
        m_server->close();
}

} // namespace Ferry
