#include "client/datachannel.h"

#include "net/clientsocketfactory.h"
#include "net/datalistener.h"
#include "net/datastream.h"
#include "net/hostaddress.h"
#include "net/nativesocket.h"
#include "net/tcpconnector.h"

#include <QIODevice>

namespace Ferry {

DataChannel::DataChannel(ClientSocketFactory* sockets, qint64 chunkSize, int idleTimeoutMs, QObject* parent)
    : QObject(parent), m_sockets(sockets), m_chunkSize(qMax<qint64>(chunkSize, 4096)),
      m_idleTimeoutMs(idleTimeoutMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DataChannel::onTimeout);
}

DataChannel::~DataChannel()
{
    m_done = true;
    release();
}

void DataChannel::connectToHost(const QHostAddress& address, quint16 port)
{
    m_peerReady = true;
    m_connector = m_sockets->createDataConnector(this);
    connect(m_connector, &TcpConnector::connected, this, &DataChannel::onConnectorConnected);
    connect(m_connector, &TcpConnector::failed, this, &DataChannel::onConnectorFailed);
    m_timer.start(m_idleTimeoutMs);
    m_connector->connectToHost(QHostAddress(), address, port);
}

quint16 DataChannel::listen(const QHostAddress& localAddress, const QHostAddress& expectedPeer,
                            QString* error)
{
    m_expectedPeer = expectedPeer;
    m_listener = m_sockets->createDataListener(this);
    connect(m_listener, &DataListener::accepted, this, &DataChannel::onAccepted);
    if (!m_listener->listen(localAddress, 0)) {
        if (error)
            *error = tr("Could not listen for a data connection on %1: %2")
                         .arg(localAddress.toString(), m_listener->errorString());
        return 0;
    }
    m_timer.start(m_idleTimeoutMs);
    return m_listener->serverPort();
}

bool DataChannel::isConnected() const
{
    return m_connected;
}

void DataChannel::setPeerReady()
{
    if (m_peerReady)
        return;
    m_peerReady = true;
    if (m_stream && !m_done)
        m_stream->begin();
}

qint64 DataChannel::bytesTransferred() const
{
    return m_pump && !m_done ? m_pump->bytesTransferred() : m_bytes;
}

void DataChannel::onAccepted()
{
    while (m_listener->hasConnection()) {
        const DataListener::Connection connection = m_listener->takeConnection();
        // Only the server we talk to may connect (RFC 2577: no data port theft).
        if (m_done || m_stream || !sameHost(connection.peerAddress, m_expectedPeer)) {
            NativeSocket::close(connection.descriptor);
            continue;
        }
        m_listener->close();
        startStream(connection.descriptor);
    }
}

void DataChannel::onConnectorConnected()
{
    if (m_done || m_connected || !m_connector)
        return;
    startStream(m_connector->takeDescriptor());
}

void DataChannel::onConnectorFailed(const QString& message)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    Q_EMIT connectFailed(message);
}

void DataChannel::startStream(qintptr descriptor)
{
    m_connected = true;
    m_stream = m_sockets->openDataStream(descriptor, this);
    if (m_peerReady)
        m_stream->begin();
    m_timer.start(m_idleTimeoutMs); // until the device is there (an upload waits for the 1xx reply)
    Q_EMIT connected();
    if (!m_done)
        startPump();
}

void DataChannel::startReceiving(QIODevice* sink)
{
    m_sink = sink;
    startPump();
}

void DataChannel::startSending(QIODevice* source)
{
    m_source = source;
    startPump();
}

void DataChannel::startPump()
{
    if (m_done || m_pump || !m_stream || (!m_sink && !m_source))
        return;
    m_timer.stop();
    StreamPump::Options options;
    options.chunkSize = m_chunkSize;
    options.idleTimeoutMs = m_idleTimeoutMs;
    options.pacing = StreamPump::Pacing::Continuous;
    m_pump = new StreamPump(m_stream, options, this);
    connect(m_pump, &StreamPump::progress, this, [this](qint64 bytes) {
        m_bytes = bytes;
        Q_EMIT progress(bytes);
    });
    connect(m_pump, &StreamPump::finished, this, &DataChannel::finish);
    connect(m_pump, &StreamPump::failed, this, &DataChannel::onPumpFailed);
    if (m_sink)
        m_pump->receiveInto(m_sink);
    else
        m_pump->sendFrom(m_source);
}

void DataChannel::onPumpFailed(StreamPump::Failure failure, const QString& reason)
{
    switch (failure) {
    case StreamPump::Failure::ConnectionLost:
        if (m_source)
            fail(FtpOperation::Error::ConnectionLost,
                 tr("The data connection failed after %1 bytes of the upload: %2").arg(m_bytes).arg(reason));
        else
            fail(FtpOperation::Error::ConnectionLost,
                 tr("The data connection failed after %1 bytes: %2; the download is incomplete.")
                     .arg(m_bytes)
                     .arg(reason));
        return;
    case StreamPump::Failure::Stalled:
        fail(FtpOperation::Error::Timeout,
             tr("No data moved for %1 seconds: the transfer stalled.").arg(m_idleTimeoutMs / 1000));
        return;
    case StreamPump::Failure::ReadError:
        fail(FtpOperation::Error::LocalIoError, tr("Could not read the file to upload: %1").arg(reason));
        return;
    case StreamPump::Failure::WriteError:
        fail(FtpOperation::Error::LocalIoError, tr("Could not write the downloaded data: %1").arg(reason));
        return;
    }
}

void DataChannel::onTimeout()
{
    if (m_done)
        return;
    if (m_connected) {
        fail(FtpOperation::Error::Timeout,
             tr("No data moved for %1 seconds: the transfer stalled.").arg(m_idleTimeoutMs / 1000));
        return;
    }
    if (m_listener) {
        fail(
            FtpOperation::Error::DataConnectionFailed,
            tr("The server did not open the data connection within %1 seconds.").arg(m_idleTimeoutMs / 1000));
        return;
    }
    m_done = true;
    release();
    Q_EMIT connectFailed(tr("timed out after %1 seconds").arg(m_idleTimeoutMs / 1000));
}

void DataChannel::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_finished = true;
    m_timer.stop();
    m_bytes = m_pump->bytesTransferred();
    Q_EMIT progress(m_bytes);
    Q_EMIT finished();
}

void DataChannel::fail(FtpOperation::Error error, const QString& message)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    release();
    Q_EMIT failed(error, message);
}

void DataChannel::abort()
{
    m_done = true;
    m_timer.stop();
    release();
}

void DataChannel::release()
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
