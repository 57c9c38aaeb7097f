#include "net/openssltlsstream.h"

#include "net/opensslerrors.h"

#include <openssl/bio.h>
#include <openssl/ssl.h>

namespace Ferry {

namespace {

// Records read from the network at once (fewer system calls per megabyte).
constexpr size_t ReadBufferLength = 64 * 1024;
// How long a client's close() waits for the peer's close_notify or end (see the class comment).
constexpr int CloseWaitMs = 1000;

// A BIO whose reads and writes go straight to the transport DataStream (its data pointer). A read that
// finds nothing asks OpenSSL to retry (the transport's readyRead() says when); the end of the transport
// reads as end of file, which OpenSSL reports as an error unless a close_notify came first.
int bioWrite(BIO* bio, const char* data, size_t size, size_t* written)
{
    BIO_clear_retry_flags(bio);
    auto* transport = static_cast<DataStream*>(BIO_get_data(bio));
    if (transport->write(data, qint64(size)) < 0)
        return 0;
    *written = size;
    return 1;
}

int bioRead(BIO* bio, char* data, size_t size, size_t* read)
{
    BIO_clear_retry_flags(bio);
    auto* transport = static_cast<DataStream*>(BIO_get_data(bio));
    const qint64 n = transport->read(data, qint64(size));
    if (n > 0) {
        *read = size_t(n);
        return 1;
    }
    if (n == 0)
        BIO_set_retry_read(bio);
    return 0;
}

long bioControl(BIO*, int command, long, void*)
{
    // Writes are handed to the transport at once: nothing to flush. Everything else: not supported.
    return command == BIO_CTRL_FLUSH ? 1 : 0;
}

int bioCreate(BIO* bio)
{
    BIO_set_init(bio, 1);
    return 1;
}

const BIO_METHOD* transportBioMethod()
{
    static const struct Method
    {
        Method() : method(BIO_meth_new(BIO_get_new_index() | BIO_TYPE_SOURCE_SINK, "Ferry DataStream"))
        {
            BIO_meth_set_write_ex(method, bioWrite);
            BIO_meth_set_read_ex(method, bioRead);
            BIO_meth_set_ctrl(method, bioControl);
            BIO_meth_set_create(method, bioCreate);
        }
        ~Method() { BIO_meth_free(method); }
        BIO_METHOD* method;
    } method;
    return method.method;
}

} // namespace

void OpenSslTlsStream::tuneContext(SSL_CTX* context)
{
    SSL_CTX_set_options(context, SSL_OP_NO_RENEGOTIATION);
    SSL_CTX_set_read_ahead(context, 1);
    SSL_CTX_set_default_read_buffer_len(context, ReadBufferLength);
}

OpenSslTlsStream::OpenSslTlsStream(DataStream* transport, SSL* ssl, Role role, QObject* parent)
    : DataStream(parent), m_transport(transport), m_ssl(ssl), m_role(role)
{
    m_transport->setParent(this);
    BIO* bio = BIO_new(transportBioMethod());
    BIO_set_data(bio, m_transport);
    SSL_set_bio(m_ssl, bio, bio); // one reference, owned by the SSL from now on
    m_closeWait.setSingleShot(true);
    connect(&m_closeWait, &QTimer::timeout, this, [this] {
        drainWhileClosing();
        closeTransport(); // the peer did not answer: close anyway, everything it sent was read
    });
    connect(m_transport, &DataStream::readyRead, this, &OpenSslTlsStream::onTransportReadyRead);
    connect(m_transport, &DataStream::bytesWritten, this, &DataStream::bytesWritten);
    connect(m_transport, &DataStream::ended, this, &OpenSslTlsStream::onTransportEnded);
}

OpenSslTlsStream::~OpenSslTlsStream()
{
    SSL_free(m_ssl);
}

QHostAddress OpenSslTlsStream::peerAddress() const
{
    return m_transport->peerAddress();
}

quint16 OpenSslTlsStream::peerPort() const
{
    return m_transport->peerPort();
}

bool OpenSslTlsStream::isResumed() const
{
    return m_secured && SSL_session_reused(m_ssl) == 1;
}

QString OpenSslTlsStream::protocolName() const
{
    return m_secured ? QString::fromLatin1(SSL_get_version(m_ssl)) : QString();
}

QString OpenSslTlsStream::cipherName() const
{
    return m_secured ? QString::fromLatin1(SSL_get_cipher_name(m_ssl)) : QString();
}

void OpenSslTlsStream::onTransportReadyRead()
{
    if (isOver())
        return;
    if (m_closing) {
        drainWhileClosing();
        return;
    }
    if (!m_secured) {
        continueHandshake();
        return;
    }
    Q_EMIT readyRead();
}

void OpenSslTlsStream::continueHandshake()
{
    if (isOver() || m_secured || m_closing)
        return;
    OpenSsl::clearErrors();
    const int result = SSL_do_handshake(m_ssl);
    if (result == 1) {
        onHandshakeDone();
        return;
    }
    const int error = SSL_get_error(m_ssl, result);
    if (error == SSL_ERROR_WANT_READ)
        return; // the transport's readyRead() continues
    Failure ignored = Failure::Handshake;
    fail(Failure::Handshake, tr("TLS handshake failed: %1").arg(describeFailure(error, &ignored)));
}

void OpenSslTlsStream::onHandshakeDone()
{
    m_secured = true;
    Failure failure = Failure::None;
    const QString refusal = checkHandshake(&failure);
    if (!refusal.isEmpty()) {
        OpenSsl::clearErrors();
        SSL_shutdown(m_ssl);
        fail(failure, refusal);
        return;
    }
    if (!m_pendingPlain.isEmpty()) {
        const QByteArray pending = std::move(m_pendingPlain);
        m_pendingPlain.clear();
        if (!writeEncrypted(pending.constData(), pending.size())) {
            Failure writeFailure = Failure::Connection;
            const QString reason = describeFailure(SSL_ERROR_SYSCALL, &writeFailure);
            fail(writeFailure, reason);
            return;
        }
    }
    Q_EMIT ready();
    // What came with the handshake (a command right after it) is read now; reading also re-arms the
    // transport's notification.
    if (!isOver())
        Q_EMIT readyRead();
}

qint64 OpenSslTlsStream::read(char* data, qint64 maxSize)
{
    if (isOver())
        return -1;
    if (!m_secured || m_closing || maxSize <= 0)
        return 0;
    OpenSsl::clearErrors();
    size_t n = 0;
    const int result = SSL_read_ex(m_ssl, data, size_t(maxSize), &n);
    if (result == 1)
        return qint64(n);
    const int error = SSL_get_error(m_ssl, result);
    if (error == SSL_ERROR_WANT_READ)
        return 0;
    if (error == SSL_ERROR_ZERO_RETURN) {
        // The peer's close_notify, after its last byte: answer with ours, then close the transport (vsftpd
        // waits for that before its 226).
        setEnd(End::Finished);
        OpenSsl::clearErrors();
        SSL_shutdown(m_ssl);
        OpenSsl::clearErrors();
        m_transport->close();
        return -1;
    }
    return breakAfter(error, Failure::Protocol);
}

qint64 OpenSslTlsStream::write(const char* data, qint64 size)
{
    if (isOver() || m_closing)
        return -1;
    if (size <= 0)
        return 0;
    if (!m_secured) {
        m_pendingPlain.append(data, size);
        return size;
    }
    if (!writeEncrypted(data, size))
        return breakAfter(SSL_ERROR_SYSCALL, Failure::Connection);
    return size;
}

qint64 OpenSslTlsStream::breakAfter(int sslError, Failure failure)
{
    const QString reason = describeFailure(sslError, &failure);
    m_failure = failure;
    setEnd(End::Broken, reason);
    m_closeWait.stop();
    m_transport->abort();
    return -1;
}

bool OpenSslTlsStream::writeEncrypted(const char* data, qint64 size)
{
    OpenSsl::clearErrors();
    qint64 done = 0;
    while (done < size) {
        size_t written = 0;
        // The BIO hands every record to the transport, which takes all of it: never WANT_WRITE.
        if (SSL_write_ex(m_ssl, data + done, size_t(size - done), &written) != 1)
            return false;
        done += qint64(written);
    }
    return true;
}

qint64 OpenSslTlsStream::bytesToWrite() const
{
    return m_pendingPlain.size() + m_transport->bytesToWrite();
}

void OpenSslTlsStream::close()
{
    if (isOver() || m_closing)
        return;
    m_closing = true;
    if (!m_secured) {
        closeTransport();
        return;
    }
    OpenSsl::clearErrors();
    SSL_shutdown(m_ssl); // close_notify, handed to the transport before its close
    OpenSsl::clearErrors();
    if (m_role == Role::Server || (SSL_get_shutdown(m_ssl) & SSL_RECEIVED_SHUTDOWN) != 0) {
        closeTransport();
        return;
    }
    // As the client: read what the server still sends (its TLS 1.3 tickets, its close_notify) before the
    // transport closes, so that no unread byte turns our close into a reset that cuts the upload short.
    m_closeWait.start(CloseWaitMs);
    drainWhileClosing();
}

void OpenSslTlsStream::drainWhileClosing()
{
    if (isOver() || m_transportClosing)
        return;
    char scratch[16 * 1024];
    for (;;) {
        OpenSsl::clearErrors();
        size_t n = 0;
        const int result = SSL_read_ex(m_ssl, scratch, sizeof scratch, &n);
        if (result == 1)
            continue; // data after our close_notify: nobody reads it
        if (SSL_get_error(m_ssl, result) == SSL_ERROR_WANT_READ && !m_transport->isOver())
            return; // the transport's readyRead() or the close timer continues
        break;      // the peer's close_notify, its end, or an error: nothing more to wait for
    }
    OpenSsl::clearErrors();
    closeTransport();
}

void OpenSslTlsStream::closeTransport()
{
    m_closeWait.stop();
    if (isOver() || m_transportClosing)
        return;
    m_transportClosing = true;
    if (m_transport->isOver()) {
        onTransportEnded(); // it ends nothing more: complete ours from its end
        return;
    }
    m_transport->close(); // its ended() completes ours, maybe at once
}

void OpenSslTlsStream::abort()
{
    setEnd(End::Broken, tr("the connection was closed"));
    m_closeWait.stop();
    m_transport->abort();
}

void OpenSslTlsStream::onTransportEnded()
{
    if (isOver())
        return;
    if (m_transportClosing && m_transport->end() != End::Broken) {
        // Our close_notify went out with everything before it (the peer's own end after that is fine).
        setEnd(End::Closed);
        Q_EMIT ended();
        return;
    }
    if (m_closing && !m_transportClosing) {
        // The transport ended while we waited for the peer's answer to our close_notify.
        closeTransport();
        return;
    }
    fail(m_secured ? Failure::Connection : Failure::Handshake, m_transport->errorString());
}

QString OpenSslTlsStream::describeFailure(int sslError, Failure* failure)
{
    if (m_transport->isOver()) {
        if (m_transport->end() == End::Finished) {
            *failure = m_secured ? Failure::Truncated : Failure::Handshake;
            OpenSsl::clearErrors();
            if (m_role == Role::Server) {
                return m_secured
                           ? tr("the client closed the connection without ending TLS (no close_notify): "
                                "data may be missing")
                           : tr("the client closed the connection");
            }
            return m_secured ? tr("the server closed the connection without ending TLS (no close_notify): "
                                  "data may be missing")
                             : tr("the server closed the connection");
        }
        OpenSsl::clearErrors();
        return m_transport->errorString();
    }
    if (sslError == SSL_ERROR_SYSCALL)
        return OpenSsl::takeErrors(tr("the connection failed"));
    return OpenSsl::takeErrors(tr("TLS error %1").arg(sslError));
}

void OpenSslTlsStream::fail(Failure failure, const QString& reason)
{
    if (isOver())
        return;
    m_failure = failure;
    setEnd(End::Broken, reason);
    m_closeWait.stop();
    // A graceful close delivers the alert (or close_notify) OpenSSL has just handed to the transport.
    m_transport->close();
    Q_EMIT ended();
}

} // namespace Ferry
