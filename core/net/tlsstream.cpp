#include "net/tlsstream.h"

#include "net/certificates.h"

#include <QSslSocket>

namespace Ferry {

namespace {

// How long close() waits, under TLS 1.3, for the server's session tickets to arrive and be read.
constexpr int TicketWaitMs = 1000;

} // namespace

TlsStream::TlsStream(QSslSocket* socket, const QString& peerName,
                     const QList<QByteArray>& acceptedFingerprints, QObject* parent)
    : DataStream(parent), m_socket(socket), m_acceptedFingerprints(acceptedFingerprints),
      m_peerAddress(socket->peerAddress()), m_peerPort(socket->peerPort())
{
    m_socket->setParent(this);
    m_closeWait.setSingleShot(true);
    connect(&m_closeWait, &QTimer::timeout, this, &TlsStream::shutDown);
    connect(m_socket, &QSslSocket::encrypted, this, &TlsStream::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &TlsStream::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &TlsStream::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &TlsStream::onDisconnected);
    connect(m_socket, &QSslSocket::readyRead, this, [this] {
        m_heardAfterHandshake = m_heardAfterHandshake || m_ready;
        // QSslSocket emits readyRead() for every 4 KiB record piece it decrypts, from inside its loop over
        // what the socket received: passed on one by one, the reader moved 4 KiB per turn (a sink write,
        // a progress signal and the idle bookkeeping each time; 262,144 writes per GiB). Announced once
        // per turn of the event loop instead, after the loop has decrypted everything that arrived.
        if (m_readyReadQueued)
            return;
        m_readyReadQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_readyReadQueued = false;
                if (!isOver())
                    Q_EMIT readyRead();
            },
            Qt::QueuedConnection);
    });
    connect(m_socket, &QSslSocket::newSessionTicketReceived, this, [this] {
        m_heardAfterHandshake = true;
        // Emitted from inside OpenSSL's SSL_read(): closing here would free the connection under it.
        if (m_closing && !m_shutDown)
            QMetaObject::invokeMethod(this, &TlsStream::shutDown, Qt::QueuedConnection);
    });
    connect(m_socket, &QSslSocket::bytesWritten, this, &DataStream::bytesWritten);
    // The last encrypted bytes leaving may be what a closing pump waits for.
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, [this] { Q_EMIT bytesWritten(0); });
    m_socket->setPeerVerifyName(peerName);
}

void TlsStream::begin()
{
    if (!isOver() && m_socket->mode() == QSslSocket::UnencryptedMode)
        m_socket->startClientEncryption();
}

TlsStream::~TlsStream()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

void TlsStream::onEncrypted()
{
    if (isOver())
        return;
    m_ready = true;
    Q_EMIT ready();
}

void TlsStream::onSslErrors(const QList<QSslError>& errors)
{
    // The control connection decided on this server's certificate; a data connection presents the same
    // one. Anything else is refused (no question per data connection).
    const QByteArray fingerprint = certificateFingerprint(m_socket->peerCertificate());
    if (!fingerprint.isEmpty() && m_acceptedFingerprints.contains(fingerprint)) {
        m_socket->ignoreSslErrors();
        return;
    }
    breakWith(tr("the data connection's certificate is not trusted (%1); SHA-256 %2")
                  .arg(describeSslErrors(errors), formatFingerprint(fingerprint)));
    Q_EMIT ended();
}

qint64 TlsStream::read(char* data, qint64 maxSize)
{
    if (isOver())
        return -1;
    if (!m_ready || maxSize <= 0)
        return 0;
    const qint64 n = m_socket->read(data, maxSize);
    if (n > 0)
        return n;
    if (m_closing)
        return 0;
    if (m_peerFinished) {
        // close_notify after the last byte: close our side too (vsftpd waits for it before its 226).
        setEnd(End::Finished);
        m_socket->disconnect(this);
        // Not from inside this call: read() may run in a readyRead() emitted while the TLS layer works.
        QMetaObject::invokeMethod(m_socket, &QSslSocket::disconnectFromHost, Qt::QueuedConnection);
        return -1;
    }
    if (m_truncated) {
        breakWith(tr("the connection was closed without the end of the TLS stream (no close_notify): data "
                     "may be missing"));
        return -1;
    }
    return 0;
}

qint64 TlsStream::write(const char* data, qint64 size)
{
    if (isOver() || m_closing)
        return -1;
    return m_socket->write(data, size) == size ? size : -1;
}

qint64 TlsStream::bytesToWrite() const
{
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

void TlsStream::close()
{
    if (isOver()) {
        m_socket->disconnect(this);
        m_socket->disconnectFromHost();
        return;
    }
    if (m_closing)
        return;
    m_closing = true;
    if (m_socket->sessionProtocol() == QSsl::TlsV1_3 && !m_heardAfterHandshake) {
        m_closeWait.start(TicketWaitMs);
        return;
    }
    shutDown();
}

void TlsStream::shutDown()
{
    if (m_shutDown || isOver())
        return;
    m_shutDown = true;
    m_closeWait.stop();
    // Read whatever arrived so that no unread byte turns our FIN into a reset.
    m_socket->readAll();
    // close_notify, then the TCP close once everything is written; disconnected() follows.
    m_socket->disconnectFromHost();
    if (!isOver() && m_socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected();
}

void TlsStream::abort()
{
    setEnd(End::Broken, tr("the connection was closed"));
    m_closeWait.stop();
    m_socket->disconnect(this);
    m_socket->abort();
}

void TlsStream::breakWith(const QString& reason)
{
    setEnd(End::Broken, reason);
    m_closeWait.stop();
    m_socket->disconnect(this);
    m_socket->abort();
}

void TlsStream::onSocketError()
{
    if (isOver())
        return;
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError) {
        if (m_closing)
            return; // disconnected() ends it
        // Qt reports the server's close_notify and a plain TCP end with the same error code; only the
        // message tells them apart.
        if (m_socket->errorString() == QSslSocket::tr("The TLS/SSL connection has been closed"))
            m_peerFinished = true;
        else
            m_truncated = true;
        Q_EMIT readyRead(); // the reader drains what is buffered, then sees the end
        return;
    }
    breakWith(m_socket->errorString());
    Q_EMIT ended();
}

void TlsStream::onDisconnected()
{
    if (isOver())
        return;
    if (m_closing) {
        setEnd(End::Closed);
        m_socket->disconnect(this);
        Q_EMIT ended();
        return;
    }
    if (!m_peerFinished)
        m_truncated = true;
    Q_EMIT readyRead();
}

} // namespace Ferry
