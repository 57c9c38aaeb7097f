#pragma once

#include "net/datastream.h"
#include "server/tlssessioncontext.h"

#include <QByteArray>

struct ssl_st;

namespace Ferry {

// The server side of TLS over another DataStream (a data connection's TcpStream, the control
// connection's socket), itself a DataStream: what the StreamPump and the control connection read and
// write is plain text, what crosses the network is TLS. OpenSSL runs over a BIO of our own that reads
// from and writes to the transport directly (no memory BIO to pump, no extra copy), so the transport's
// flow control, end-of-stream and reset reporting carry through.
//
// The handshake starts at once (the client speaks first) and includes what the transport had already
// received; ready() once it is complete, then readyRead() (data that came with it). Before that,
// write() keeps the plain text (the 220 greeting of an implicit-TLS connection) and sends it after.
// With Resumption::Required a handshake that does not resume a session of the same TlsSessionContext
// (the control connection's) fails with Failure::NotResumed.
//
// Ends: the client's close_notify is answered with ours and the stream is Finished (after its last
// byte); a transport that ends without close_notify is Broken (Failure::Truncated: an upload cut short
// cannot be told from a complete one otherwise). close() sends close_notify, then closes the transport.
class ServerTlsStream final : public DataStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerTlsStream)

public:
    enum class Failure
    {
        None,
        Handshake,  // the TLS handshake failed (not TLS, no common version or cipher, closed during it)
        NotResumed, // Resumption::Required and the client did not resume the control session
        Truncated,  // the transport ended without close_notify
        Protocol,   // a TLS error after the handshake
        Connection, // the transport broke (reset, failed write)
    };
    Q_ENUM(Failure)

    // Takes `transport` (becomes its child) and `ssl` (a server SSL from TlsSessionContext).
    ServerTlsStream(DataStream* transport, ssl_st* ssl, TlsSessionContext::Resumption resumption,
                    QObject* parent = nullptr);
    ~ServerTlsStream() override;

    bool isReady() const override { return m_secured && !isOver(); }
    qint64 read(char* data, qint64 maxSize) override;
    qint64 write(const char* data, qint64 size) override;
    qint64 bytesToWrite() const override;
    void close() override;
    void abort() override;
    QHostAddress peerAddress() const override;
    quint16 peerPort() const override;

    bool isSecured() const { return m_secured; }
    // After the handshake: whether it resumed an earlier session of the same context.
    bool isResumed() const;
    QString protocolName() const; // "TLSv1.3"
    QString cipherName() const;   // "TLS_AES_256_GCM_SHA384"
    Failure failure() const { return m_failure; }

private:
    void continueHandshake();
    void onHandshakeDone();
    void onTransportReadyRead();
    void onTransportEnded();
    bool writeEncrypted(const char* data, qint64 size);
    // The failure after an SSL call failed with `sslError` (SSL_get_error()).
    QString describeFailure(int sslError, Failure* failure);
    // For read() and write(): ends the stream Broken after a failed SSL call (`failure` unless the
    // transport says otherwise), emitting nothing; returns -1.
    qint64 breakAfter(int sslError, Failure failure);
    // Ends the stream Broken with `failure` and emits ended() (not for read()/write()).
    void fail(Failure failure, const QString& reason);

    DataStream* m_transport;
    ssl_st* m_ssl;
    TlsSessionContext::Resumption m_resumption;
    QByteArray m_pendingPlain; // written before the handshake completed
    Failure m_failure = Failure::None;
    bool m_secured = false;
    bool m_closing = false;
};

} // namespace Ferry
