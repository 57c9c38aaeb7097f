#pragma once

#include "protocol/dataaddress.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

class QIODevice;
class QTcpServer;
class QTcpSocket;

namespace Ferry {

class FileReadAhead;

// One data connection of a server session (RFC 959's server DTP). Passive: listens on a random port
// of the configured range and accepts only the control connection's peer (RFC 2577: connections from
// any other address are closed and the wait goes on); the connection is accepted and held as soon as
// the client opens it, before the transfer command arrives (NetX Duo clients connect right after the
// 227/229 reply). Active: connects to the address PORT/EPRT gave, from the control connection's local
// address. Streams between the socket and a QIODevice in chunks with flow control (bytesWritten and a
// bounded read buffer), so memory stays bounded whatever the size.
//
// The server may run in the GUI thread, so a transfer never holds the event loop for long: each turn of
// the loop moves at most one chunk between the device and the socket, and the next chunk waits for a
// later turn (a queued call, so that timers, input and painting get their turn in between; Qt's GLib
// event loop runs timers only after posted events or when nothing else is ready). A download of a local
// file reads it in a thread of its own (FileReadAhead), so that the loop never waits for the disk either.
class ServerDataConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerDataConnection)

public:
    enum class Failure
    {
        ConnectionLost, // the client closed or reset the connection before the end of a download
        Stalled,        // nothing moved for the idle timeout
        ReadError,      // the local source failed
        WriteError,     // the local sink failed
    };
    Q_ENUM(Failure)

    ServerDataConnection(qint64 chunkSize, QObject* parent = nullptr);
    ~ServerDataConnection() override;

    // Passive mode. Returns the port, 0 on failure (error set).
    quint16 listen(const QHostAddress& localAddress, quint16 portMin, quint16 portMax,
                   const QHostAddress& expectedPeer, QString* error);
    // Active mode: where open() will connect to, and from which local address.
    void setActiveTarget(const QHostAddress& localAddress, const HostPort& target);

    bool isPassive() const { return m_passive; }
    bool isConnected() const { return m_connected; }
    quint16 passivePort() const;
    QHostAddress peerAddress() const;

    // Makes sure the connection is up: connected() at once (queued) when a passive connection is already
    // held, when the client connects, or when the active connect succeeds; connectFailed() otherwise,
    // at the latest after timeoutMs.
    void open(int timeoutMs);

    // Streams `source` (positioned by the caller) to the client and closes the connection at its end:
    // finished() once every byte is handed to the system and the connection is closed. A reset from the
    // client after that is not a failure.
    void sendFrom(QIODevice* source, int idleTimeoutMs);
    // Streams what the client sends into `sink` until the client closes the connection: finished().
    void receiveInto(QIODevice* sink, int idleTimeoutMs);
    // Graceful close without data (the empty NLST answer).
    void close();
    // Closes at once, dropping anything unsent; emits nothing more.
    void abort();

    qint64 bytesTransferred() const { return m_bytes; }

Q_SIGNALS:
    void connected();
    void connectFailed(const QString& reason);
    // A passive connection from an address other than the control peer was refused.
    void rejectedPeer(const QHostAddress& address, quint16 port);
    void progress(qint64 bytes);
    void finished();
    void failed(Ferry::ServerDataConnection::Failure failure, const QString& reason);

private:
    void onNewConnection();
    void adoptSocket(QTcpSocket* socket);
    void onConnected();
    void onReadyRead();
    void onBytesWritten(qint64 bytes);
    void onDisconnected();
    void onSocketError();
    void onTimeout();
    void scheduleStep();
    void step();
    void fillSendBuffer();
    bool writeNextChunk();
    void drain();
    void finish();
    void fail(Failure failure, const QString& reason);
    void restartIdleTimer();

    qint64 m_chunkSize;
    QTcpServer* m_server = nullptr;
    QTcpSocket* m_socket = nullptr;
    QHostAddress m_expectedPeer;
    QHostAddress m_localAddress;
    HostPort m_target;
    QPointer<QIODevice> m_source;
    QPointer<QIODevice> m_sink;
    std::unique_ptr<FileReadAhead> m_reader; // downloads of local files: the disk is read in its thread
    QByteArray m_buffer;
    QTimer m_timer;
    int m_idleTimeoutMs = 0;
    qint64 m_bytes = 0;
    bool m_passive = false;
    bool m_opening = false;
    bool m_connected = false;
    bool m_sourceDone = false;
    bool m_stepScheduled = false; // a queued step() is waiting for the next turn of the event loop
    bool m_closing = false;       // we closed after the last byte
    bool m_remoteClosed = false;  // the client closed its side
    bool m_done = false;          // finished, failed or aborted
};

} // namespace Ferry
