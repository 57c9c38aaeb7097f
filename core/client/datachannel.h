#pragma once

#include "client/ftpoperation.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QIODevice;
class QTcpServer;
class QTcpSocket;

namespace Ferry {

// One data connection (RFC 959's data transfer process, client side). Passive: connect to the server.
// Active: listen and accept the server's connection, only from the control connection's peer. Streams
// between the socket and a QIODevice in chunks with flow control, so memory stays bounded whatever the
// file size; finished() once every byte has moved and the connection is closed.
class DataChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataChannel)

public:
    DataChannel(qint64 chunkSize, int idleTimeoutMs, QObject* parent = nullptr);
    ~DataChannel() override;

    void connectToHost(const QHostAddress& address, quint16 port);
    // Listens on `localAddress` (port chosen by the system); returns the port, 0 on failure.
    quint16 listen(const QHostAddress& localAddress, const QHostAddress& expectedPeer, QString* error);
    bool isConnected() const;

    // Where the bytes go or come from. May be called before the connection is up; the transfer starts
    // once both are there. For uploads call it only after the server's 1xx reply (board servers drop
    // data that arrives earlier). Sequential devices are flow-controlled: a sink's bytesToWrite() of a
    // chunk or more pauses reading until its bytesWritten(); a source that reads 0 bytes before its
    // atEnd() is asked again on its readyRead() (rate limiting in the transfer queue uses both).
    void startReceiving(QIODevice* sink);
    void startSending(QIODevice* source);

    qint64 bytesTransferred() const { return m_bytes; }
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
    void onNewConnection();
    void adoptSocket(QTcpSocket* socket);
    void onConnected();
    void onReadyRead();
    void onBytesWritten();
    void onSinkBytesWritten();
    void onDisconnected();
    void onSocketError();
    void onIdleTimeout();
    void pump();
    void fillSendBuffer();
    void finish();
    void fail(FtpOperation::Error error, const QString& message);

    qint64 m_chunkSize;
    int m_idleTimeoutMs;
    QTcpServer* m_server = nullptr;
    QTcpSocket* m_socket = nullptr;
    QHostAddress m_expectedPeer;
    QPointer<QIODevice> m_sink;
    QPointer<QIODevice> m_source;
    QByteArray m_buffer;
    QTimer m_idleTimer;
    qint64 m_bytes = 0;
    bool m_connected = false;
    bool m_sourceDone = false;
    bool m_remoteClosed = false;
    bool m_finished = false;
    bool m_done = false; // finished, failed or aborted: emit nothing more
};

} // namespace Ferry
