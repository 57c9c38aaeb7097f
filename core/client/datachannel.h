#pragma once

#include "client/ftpoperation.h"
#include "net/streampump.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QIODevice;

namespace Ferry {

class ClientSocketFactory;
class DataListener;
class DataStream;
class TcpConnector;

// One data connection (RFC 959's data transfer process, client side). Passive: connect to the server.
// Active: listen and accept the server's connection, only from the control connection's peer. Sockets
// come from the connection's ClientSocketFactory; the bytes move through a StreamPump between the stream
// and a QIODevice, with flow control, so memory stays bounded whatever the file size. finished() once
// every byte has moved and the connection is closed; a download whose connection is reset or cut short
// fails, never finishes.
class DataChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataChannel)

public:
    DataChannel(ClientSocketFactory* sockets, qint64 chunkSize, int idleTimeoutMs, QObject* parent = nullptr);
    ~DataChannel() override;

    void connectToHost(const QHostAddress& address, quint16 port);
    // Listens on `localAddress` (port chosen by the system); returns the port, 0 on failure.
    quint16 listen(const QHostAddress& localAddress, const QHostAddress& expectedPeer, QString* error);
    bool isConnected() const;
    // Active mode: the server has answered PORT/EPRT (or sent its 1xx), so it is ready for the TLS
    // handshake on the connection it opens; some servers (pyftpdlib) lose a ClientHello that arrives
    // while they still set the connection up. Passive connections are ready at once.
    void setPeerReady();

    // Where the bytes go or come from. May be called before the connection is up; the transfer starts
    // once both are there. For uploads call it only after the server's 1xx reply (board servers drop
    // data that arrives earlier). Sequential devices are flow-controlled: a sink's bytesToWrite() of a
    // chunk or more pauses reading until its bytesWritten(); a source that reads 0 bytes before its
    // atEnd() is asked again on its readyRead() (rate limiting in the transfer queue uses both).
    void startReceiving(QIODevice* sink);
    void startSending(QIODevice* source);

    qint64 bytesTransferred() const;
    bool isFinished() const { return m_finished; }
    // Closes at once, dropping what is not sent; emits nothing more.
    void abort();

Q_SIGNALS:
    void connected();
    // Passive connect failed, refused or timed out.
    void connectFailed(const QString& message);
    void progress(qint64 bytes);
    void finished();
    void failed(Ferry::FtpOperation::Error error, const QString& message);

private:
    void onAccepted();
    void onConnectorConnected();
    void onConnectorFailed(const QString& message);
    void startStream(qintptr descriptor);
    void startPump();
    void onPumpFailed(StreamPump::Failure failure, const QString& reason);
    void onTimeout();
    void finish();
    void fail(FtpOperation::Error error, const QString& message);
    void release();

    ClientSocketFactory* m_sockets;
    qint64 m_chunkSize;
    int m_idleTimeoutMs;
    DataListener* m_listener = nullptr;  // active mode
    TcpConnector* m_connector = nullptr; // passive mode, while it connects
    DataStream* m_stream = nullptr;
    StreamPump* m_pump = nullptr;
    QHostAddress m_expectedPeer;
    QPointer<QIODevice> m_sink;
    QPointer<QIODevice> m_source;
    QTimer m_timer; // connecting, then waiting for the device (the pump has its own idle timer)
    qint64 m_bytes = 0;
    bool m_connected = false;
    bool m_peerReady = false;
    bool m_finished = false;
    bool m_done = false; // finished, failed or aborted: emit nothing more
};

} // namespace Ferry
