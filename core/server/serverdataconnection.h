#pragma once

#include "net/streampump.h"
#include "protocol/dataaddress.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QIODevice;

namespace Ferry {

class DataListener;
class DataStream;
class TcpConnector;
class TlsSessionContext;

// One data connection of a server session (RFC 959's server DTP). Passive: listens on a random port
// of the configured range and accepts only the control connection's peer (RFC 2577: connections from
// any other address are closed and the wait goes on); the connection is accepted and held as soon as
// the client opens it, before the transfer command arrives (NetX Duo clients connect right after the
// 227/229 reply). Active: connects to the address PORT/EPRT gave, from the control connection's local
// address. Sockets are made by ServerSockets; the bytes move through a StreamPump, one chunk per turn of
// the event loop (the server may run in the GUI thread), local files read ahead in a thread of their own
// (FileReadAhead), memory bounded whatever the size.
//
// FTPS (PROT P): with setTls(), the transfer runs over TLS, the client being the TLS client whoever opened
// the connection (RFC 4217 section 7); the handshake starts with the transfer (after the 150), and a
// failed one fails with Failure::Tls, one that does not resume the control session when that is
// required with Failure::TlsNotResumed.
//
// An upload is complete only when the client ended the connection properly: a reset mid-way fails
// (ConnectionLost), and the session then discards the partial file. A download is complete once every byte
// was handed to the system and the connection closed; a reset from the client after that is no failure.
class ServerDataConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerDataConnection)

public:
    enum class Failure
    {
        ConnectionLost, // the client reset the connection, or closed it before the end of a download
        Stalled,        // nothing moved for the idle timeout
        ReadError,      // the local source failed
        WriteError,     // the local sink failed
        Tls,            // the TLS handshake failed
        TlsNotResumed,  // the TLS handshake did not resume the control session, which is required
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

    // The next transfer runs over TLS from `tls` (the session's, which must outlive this); nullptr: clear.
    void setTls(const TlsSessionContext* tls) { m_tls = tls; }

    // Makes sure the connection is up: connected() at once (queued) when a passive connection is already
    // held, when the client connects, or when the active connect succeeds; connectFailed() otherwise,
    // at the latest after timeoutMs.
    void open(int timeoutMs);

    // Streams `source` (positioned by the caller) to the client and closes the connection at its end:
    // finished() once every byte is handed to the system and the connection is closed. A reset from the
    // client after that is not a failure.
    void sendFrom(QIODevice* source, int idleTimeoutMs);
    // Streams what the client sends into `sink` until the client closes the connection properly:
    // finished(). A reset is a failure (ConnectionLost).
    void receiveInto(QIODevice* sink, int idleTimeoutMs);
    // Graceful close without data (the empty NLST answer).
    void close();
    // Closes at once, dropping anything unsent; emits nothing more.
    void abort();

    qint64 bytesTransferred() const;

Q_SIGNALS:
    void connected();
    void connectFailed(const QString& reason);
    // A passive connection from an address other than the control peer was refused.
    void rejectedPeer(const QHostAddress& address, quint16 port);
    void progress(qint64 bytes);
    void finished();
    void failed(Ferry::ServerDataConnection::Failure failure, const QString& reason);
    // TLS is up for the transfer ("TLSv1.3, TLS_AES_256_GCM_SHA384"); whether it resumed the control
    // connection's session.
    void secured(const QString& description, bool resumed);

private:
    void onAccepted();
    void onConnectorConnected();
    void onConnectorFailed(const QString& reason);
    void startStream(qintptr descriptor);
    bool secureStream();
    void startPump(QIODevice* device, bool upload, int idleTimeoutMs);
    void onStreamEnded();
    void onPumpFailed(StreamPump::Failure failure, const QString& reason);
    void onTimeout();
    void finish();
    void fail(Failure failure, const QString& reason);
    void release();

    qint64 m_chunkSize;
    DataListener* m_listener = nullptr;  // passive mode
    TcpConnector* m_connector = nullptr; // active mode, while it connects
    DataStream* m_stream = nullptr;
    StreamPump* m_pump = nullptr;
    const TlsSessionContext* m_tls = nullptr;
    QHostAddress m_expectedPeer;
    QHostAddress m_localAddress;
    HostPort m_target;
    QTimer m_timer;
    qint64 m_bytes = 0;
    int m_idleTimeoutMs = 0;
    bool m_passive = false;
    bool m_opening = false;
    bool m_connected = false;
    bool m_closing = false; // close() without data
    bool m_done = false;    // finished, failed or aborted
};

} // namespace Ferry
