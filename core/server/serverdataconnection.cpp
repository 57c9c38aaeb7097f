#include "server/serverdataconnection.h"

#include "net/datalistener.h"
#include "net/datastream.h"
#include "net/hostaddress.h"
#include "net/nativesocket.h"
#include "net/serversockets.h"
#include "net/tcpconnector.h"
#include "server/servertlsstream.h"

#include <QIODevice>
#include <QRandomGenerator>

namespace Ferry {

ServerDataConnection::ServerDataConnection(qint64 chunkSize, QObject* parent)
    : QObject(parent), m_chunkSize(qMax<qint64>(4096, chunkSize))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ServerDataConnection::onTimeout);
}

ServerDataConnection::~ServerDataConnection()
{
    m_done = true;
    release();
}

quint16 ServerDataConnection::listen(const QHostAddress& localAddress, quint16 portMin, quint16 portMax,
                                     const QHostAddress& expectedPeer, QString* error)
{
    m_passive = true;
    m_expectedPeer = expectedPeer;
    m_listener = ServerSockets::createDataListener(this);
    connect(m_listener, &DataListener::accepted, this, &ServerDataConnection::onAccepted);

    bool ok = false;
    if (portMin == 0 || portMax == 0 || portMin > portMax) {
        ok = m_listener->listen(localAddress, 0);
    } else {
        // RFC 2577: an unpredictable port. Random picks first, then every port from a random start.
        const quint32 span = quint32(portMax) - portMin + 1;
        QRandomGenerator* random = QRandomGenerator::system();
        for (int attempt = 0; attempt < 16 && !ok; ++attempt)
            ok = m_listener->listen(localAddress, quint16(portMin + random->bounded(span)));
        const quint32 start = random->bounded(span);
        for (quint32 i = 0; i < span && !ok; ++i)
            ok = m_listener->listen(localAddress, quint16(portMin + (start + i) % span));
    }
    if (!ok) {
        if (error) {
            *error = portMin && portMax ? tr("No free passive port between %1 and %2 on %3: %4")
                                              .arg(portMin)
                                              .arg(portMax)
                                              .arg(localAddress.toString(), m_listener->errorString())
                                        : tr("Cannot listen for a data connection on %1: %2")
                                              .arg(localAddress.toString(), m_listener->errorString());
        }
        return 0;
    }
    return m_listener->serverPort();
}

void ServerDataConnection::setActiveTarget(const QHostAddress& localAddress, const HostPort& target)
{
    m_passive = false;
    m_localAddress = localAddress;
    m_target = target;
}

quint16 ServerDataConnection::passivePort() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QHostAddress ServerDataConnection::peerAddress() const
{
    return m_stream ? m_stream->peerAddress() : QHostAddress();
}

void ServerDataConnection::onAccepted()
{
    while (m_listener->hasConnection()) {
        const DataListener::Connection connection = m_listener->takeConnection();
        if (m_done || m_stream || !sameHost(connection.peerAddress, m_expectedPeer)) {
            // RFC 2577: only the control connection's peer may use this port (no data theft). Keep
            // waiting for the right one.
            if (!m_stream && !m_done)
                Q_EMIT rejectedPeer(connection.peerAddress, connection.peerPort);
            NativeSocket::close(connection.descriptor);
            continue;
        }
        m_listener->close();
        startStream(connection.descriptor);
        if (m_opening) {
            m_timer.stop();
            Q_EMIT connected();
        }
    }
}

void ServerDataConnection::startStream(qintptr descriptor)
{
    m_connected = true;
    // The stream is held (and read by nobody) until a transfer starts: what the client sends or how it
    // ends the connection meanwhile waits for the pump.
    m_stream = ServerSockets::openDataStream(descriptor, this);
    connect(m_stream, &DataStream::ended, this, &ServerDataConnection::onStreamEnded);
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
    m_connector = ServerSockets::createDataConnector(this);
    connect(m_connector, &TcpConnector::connected, this, &ServerDataConnection::onConnectorConnected);
    connect(m_connector, &TcpConnector::failed, this, &ServerDataConnection::onConnectorFailed);
    m_timer.start(timeoutMs);
    m_connector->connectToHost(m_localAddress, m_target.address, m_target.port);
}

void ServerDataConnection::onConnectorConnected()
{
    if (m_done || m_connected || !m_connector)
        return;
    m_timer.stop();
    startStream(m_connector->takeDescriptor());
    Q_EMIT connected();
}

void ServerDataConnection::onConnectorFailed(const QString& reason)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    Q_EMIT connectFailed(reason);
}

void ServerDataConnection::sendFrom(QIODevice* source, int idleTimeoutMs)
{
    startPump(source, false, idleTimeoutMs);
}

void ServerDataConnection::receiveInto(QIODevice* sink, int idleTimeoutMs)
{
    startPump(sink, true, idleTimeoutMs);
}

// PROT P: the held TCP stream becomes the transport of a TLS stream, whose handshake the pump waits for.
bool ServerDataConnection::secureStream()
{
    QString error;
    ServerTlsStream* tls = ServerSockets::secureDataStream(m_stream, *m_tls, this, &error);
    if (!tls) {
        fail(Failure::Tls, error);
        return false;
    }
    disconnect(m_stream, nullptr, this, nullptr);
    m_stream = tls;
    connect(m_stream, &DataStream::ended, this, &ServerDataConnection::onStreamEnded);
    connect(tls, &ServerTlsStream::ready, this, [this, tls] {
        Q_EMIT secured(tls->protocolName() + QLatin1String(", ") + tls->cipherName(), tls->isResumed());
    });
    return true;
}

void ServerDataConnection::startPump(QIODevice* device, bool upload, int idleTimeoutMs)
{
    if (m_done || m_pump || !m_stream)
        return;
    if (m_tls && !secureStream())
        return;
    m_idleTimeoutMs = idleTimeoutMs;
    StreamPump::Options options;
    options.chunkSize = m_chunkSize;
    options.idleTimeoutMs = idleTimeoutMs;
    // The server may share the GUI thread: one chunk per turn of the event loop, and the disk read in a
    // thread of its own for local files.
    options.pacing = StreamPump::Pacing::OneChunkPerTurn;
    options.readAhead = StreamPump::ReadAhead::LocalFiles;
    m_stream->begin(); // a TLS wrapper negotiates now, after the 1xx
    m_pump = new StreamPump(m_stream, options, this);
    connect(m_pump, &StreamPump::progress, this, [this](qint64 bytes) {
        m_bytes = bytes;
        Q_EMIT progress(bytes);
    });
    connect(m_pump, &StreamPump::finished, this, &ServerDataConnection::finish);
    connect(m_pump, &StreamPump::failed, this, &ServerDataConnection::onPumpFailed);
    if (upload)
        m_pump->receiveInto(device);
    else
        m_pump->sendFrom(device);
}

qint64 ServerDataConnection::bytesTransferred() const
{
    return m_pump && !m_done ? m_pump->bytesTransferred() : m_bytes;
}

void ServerDataConnection::onStreamEnded()
{
    // The pump, once running, decides; before that only our own close() ends the stream.
    if (m_done || m_pump)
        return;
    if (m_closing)
        finish();
}

void ServerDataConnection::onPumpFailed(StreamPump::Failure failure, const QString& reason)
{
    if (const auto* tls = qobject_cast<const ServerTlsStream*>(m_stream)) {
        if (tls->failure() == ServerTlsStream::Failure::Handshake) {
            fail(Failure::Tls, reason);
            return;
        }
        if (tls->failure() == ServerTlsStream::Failure::NotResumed) {
            fail(Failure::TlsNotResumed, reason);
            return;
        }
    }
    switch (failure) {
    case StreamPump::Failure::ConnectionLost:
        fail(Failure::ConnectionLost,
             tr("The data connection failed after %1 bytes: %2").arg(m_bytes).arg(reason));
        return;
    case StreamPump::Failure::Stalled:
        fail(Failure::Stalled, tr("No data moved for %1 seconds.").arg(qMax(1, m_idleTimeoutMs / 1000)));
        return;
    case StreamPump::Failure::ReadError:
        fail(Failure::ReadError, tr("Reading the file failed: %1").arg(reason));
        return;
    case StreamPump::Failure::WriteError:
        fail(Failure::WriteError, tr("Writing the file failed: %1").arg(reason));
        return;
    }
}

void ServerDataConnection::onTimeout()
{
    if (m_done || m_connected)
        return;
    m_done = true;
    release();
    Q_EMIT connectFailed(
        m_passive
            ? tr("the client did not connect within %1 seconds").arg(double(m_timer.interval()) / 1000.0)
            : tr("connecting to %1 port %2 timed out").arg(m_target.address.toString()).arg(m_target.port));
}

void ServerDataConnection::close()
{
    if (m_done)
        return;
    m_closing = true;
    if (!m_stream || m_stream->isOver()) {
        finish();
        return;
    }
    m_stream->close(); // ended() follows, maybe at once
}

void ServerDataConnection::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    if (m_pump)
        m_bytes = m_pump->bytesTransferred();
    Q_EMIT progress(m_bytes);
    Q_EMIT finished();
}

void ServerDataConnection::fail(Failure failure, const QString& reason)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    release();
    Q_EMIT failed(failure, reason);
}

void ServerDataConnection::abort()
{
    m_done = true;
    m_timer.stop();
    release();
}

void ServerDataConnection::release()
{
    if (m_pump)
        m_pump->abort();
    if (m_stream)
        m_stream->abort();
    if (m_connector)
        m_connector->abort();
    if (m_listener)
        m_listener->close();
}

} // namespace Ferry
