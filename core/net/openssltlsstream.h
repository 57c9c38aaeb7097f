#pragma once

#include "net/datastream.h"

#include <QByteArray>
#include <QTimer>

struct ssl_ctx_st;
struct ssl_st;

namespace Ferry {

// TLS over another DataStream (a data connection's TcpStream, the server's control socket) on OpenSSL,
// itself a DataStream: what the StreamPump and the control connection read and write is plain text, what
// crosses the network is TLS. OpenSSL runs over a BIO of our own that reads from and writes to the
// transport directly (no memory BIO to pump, no extra copy), so the transport's flow control, end-of-stream
// and reset reporting carry through. The base of the server's ServerTlsStream and of the client's data
// connection stream ClientTlsStream; they decide whether a completed handshake is accepted.
//
// The handshake starts with startHandshake() and includes what the transport had already received; ready()
// once it is complete and accepted, then readyRead() (data that came with it). Before that, write() keeps
// the plain text (the 220 greeting of an implicit-TLS connection) and sends it after.
//
// Ends: the peer's close_notify is answered with ours and the stream is Finished (after its last byte); a
// transport that ends without close_notify is Broken (Failure::Truncated: a transfer cut short cannot be
// told from a complete one otherwise). close() sends close_notify, then closes the transport; as a client
// it first waits (a second at most) for the peer's close_notify or end, reading what arrives (TLS 1.3
// session tickets), since closing a socket with unread bytes makes the system send a reset that can cut an
// upload short (../shared/docs/ftps.md).
class OpenSslTlsStream : public DataStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenSslTlsStream)

public:
    enum class Failure
    {
        None,
        Handshake,   // the TLS handshake failed (not TLS, no common version or cipher, closed during it)
        NotResumed,  // the server requires resumption and the client did not resume the control session
        Certificate, // the client did not get the certificate the control connection accepted
        Truncated,   // the transport ended without close_notify
        Protocol,    // a TLS error after the handshake
        Connection,  // the transport broke (reset, failed write)
    };
    Q_ENUM(Failure)

    ~OpenSslTlsStream() override;

    bool isReady() const override { return m_secured && !isOver(); }
    qint64 read(char* data, qint64 maxSize) override;
    qint64 write(const char* data, qint64 size) override;
    qint64 bytesToWrite() const override;
    void close() override;
    void abort() override;
    QHostAddress peerAddress() const override;
    quint16 peerPort() const override;

    bool isSecured() const { return m_secured; }
    // After the handshake: whether it resumed an earlier session.
    bool isResumed() const;
    QString protocolName() const; // "TLSv1.3"
    QString cipherName() const;   // "TLS_AES_256_GCM_SHA384"
    Failure failure() const { return m_failure; }

    // What an SSL_CTX for these streams should set (records read in large blocks, no renegotiation).
    static void tuneContext(ssl_ctx_st* context);

protected:
    enum class Role
    {
        Client,
        Server
    };

    // Takes `transport` (becomes its child) and `ssl` (set up for `role`).
    OpenSslTlsStream(DataStream* transport, ssl_st* ssl, Role role, QObject* parent);

    // Starts (or continues) the handshake; failures end the stream and emit ended().
    void continueHandshake();
    // Once the handshake is complete: an empty string accepts it, else why it is refused (*failure says
    // which kind).
    virtual QString checkHandshake(Failure* failure) = 0;
    ssl_st* ssl() const { return m_ssl; }

private:
    void onHandshakeDone();
    void onTransportReadyRead();
    void onTransportEnded();
    bool writeEncrypted(const char* data, qint64 size);
    // While closing as a client: reads and drops what arrives until the peer's close_notify or end.
    void drainWhileClosing();
    void closeTransport();
    // The failure after an SSL call failed with `sslError` (SSL_get_error()).
    QString describeFailure(int sslError, Failure* failure);
    // For read() and write(): ends the stream Broken after a failed SSL call (`failure` unless the
    // transport says otherwise), emitting nothing; returns -1.
    qint64 breakAfter(int sslError, Failure failure);
    // Ends the stream Broken with `failure` and emits ended() (not for read()/write()).
    void fail(Failure failure, const QString& reason);

    DataStream* m_transport;
    ssl_st* m_ssl;
    Role m_role;
    QByteArray m_pendingPlain; // written before the handshake completed
    QTimer m_closeWait;
    Failure m_failure = Failure::None;
    bool m_secured = false;
    bool m_closing = false;
    bool m_transportClosing = false;
};

} // namespace Ferry
