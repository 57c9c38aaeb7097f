#include "client/controlchannel.h"

#include "net/certificates.h"
#include "net/clientsocketfactory.h"

#include <QSslCipher>
#include <QSslSocket>
#include <QTcpSocket>

namespace Ferry {

namespace {

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    default:
        return QStringLiteral("TLS");
    }
}

} // namespace

ControlChannel::ControlChannel(ClientSocketFactory* sockets, QObject* parent)
    : QObject(parent), m_sockets(sockets)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ControlChannel::onTimeout);
    attach(m_sockets->createControlSocket(ClientSocketFactory::ControlStart::Plain, this));
}

void ControlChannel::attach(QTcpSocket* socket)
{
    m_socket = socket;
    m_ssl = qobject_cast<QSslSocket*>(socket);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_connecting = false;
        // The greeting is the first reply; keep waiting for it under the connect timeout.
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
        Q_EMIT connected();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &ControlChannel::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &ControlChannel::onSocketError);
    connect(m_socket, &QTcpSocket::disconnected, this, &ControlChannel::onDisconnected);
    if (m_ssl) {
        connect(m_ssl, &QSslSocket::encrypted, this, &ControlChannel::onEncrypted);
        connect(m_ssl, &QSslSocket::sslErrors, this, &ControlChannel::onSslErrors);
    }
}

void ControlChannel::replaceSocket(QTcpSocket* socket)
{
    // The old socket may be the one whose signal is being handled: silenced and closed now, deleted later.
    QObject::disconnect(m_socket, nullptr, this, nullptr);
    m_socket->abort();
    m_socket->deleteLater();
    attach(socket);
}

ControlChannel::~ControlChannel()
{
    m_closing = true;
    m_socket->abort();
}

void ControlChannel::connectToHost(const QString& host, quint16 port, int connectTimeoutMs,
                                   int replyTimeoutMs, Encryption encryption)
{
    m_reader.reset();
    m_host = host;
    m_port = port;
    m_replyTimeoutMs = replyTimeoutMs;
    m_connecting = true;
    m_awaitingGreeting = true;
    m_closing = false;
    m_failed = false;
    m_handshaking = false;
    m_pendingCheck.reset();
    m_trust = ConnectionSecurity::Trust::None;
    m_certificateErrors.clear();
    m_timer.start(connectTimeoutMs);
    if (encryption == Encryption::Implicit) {
        QString why;
        QTcpSocket* socket =
            m_sockets->createControlSocket(ClientSocketFactory::ControlStart::Tls, this, &why);
        if (!socket) {
            QMetaObject::invokeMethod(
                this,
                [this, why] {
                    fail(FtpOperation::Error::TlsFailed,
                         tr("Cannot connect to %1 with TLS: %2").arg(m_host, why));
                },
                Qt::QueuedConnection);
            return;
        }
        replaceSocket(socket);
        m_handshaking = true;
        m_ssl->connectToHostEncrypted(host, port);
        return;
    }
    // Plain TCP until the server accepts AUTH TLS (startTls()), so that a connection without TLS never
    // loads the TLS backend; a plain socket left from an earlier connection is used again.
    if (m_ssl)
        replaceSocket(m_sockets->createControlSocket(ClientSocketFactory::ControlStart::Plain, this));
    m_socket->connectToHost(host, port);
}

bool ControlChannel::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

bool ControlChannel::isEncrypted() const
{
    return m_ssl && m_ssl->isEncrypted();
}

QHostAddress ControlChannel::peerAddress() const
{
    return m_socket->peerAddress();
}

QHostAddress ControlChannel::localAddress() const
{
    return m_socket->localAddress();
}

void ControlChannel::startTls()
{
    if (m_failed || m_closing)
        return;
    // Whatever came after the 234 in clear text is dropped: the reader's partial line, the replies that
    // follow it in the batch being dispatched (onReadyRead() stops), and what the socket still holds.
    m_reader.reset();
    m_switchingToTls = true;
    m_socket->readAll();
    // The same connection goes on as a QSslSocket (ClientSocketFactory moves it).
    QString why;
    QSslSocket* socket = m_ssl ? m_ssl : m_sockets->upgradeControlSocket(m_socket, this, &why);
    if (!socket) {
        fail(FtpOperation::Error::TlsFailed, tr("Cannot connect to %1 with TLS: %2").arg(m_host, why));
        return;
    }
    if (socket != m_ssl)
        attach(socket);
    m_handshaking = true;
    armReplyTimeout();
    m_ssl->startClientEncryption();
}

void ControlChannel::onEncrypted()
{
    if (m_failed || m_closing)
        return;
    m_handshaking = false;
    if (m_trust == ConnectionSecurity::Trust::None)
        m_trust = ConnectionSecurity::Trust::System;
    if (!m_awaitingGreeting)
        m_timer.stop(); // explicit TLS: the handshake answered AUTH; the next command re-arms
    Q_EMIT encrypted();
}

void ControlChannel::onSslErrors(const QList<QSslError>& errors)
{
    if (m_failed || m_closing)
        return;
    m_certificateErrors.clear();
    for (const QSslError& error : errors) {
        if (!m_certificateErrors.contains(error.errorString()))
            m_certificateErrors.append(error.errorString());
    }
    ConnectionSecurity::Trust trust = ConnectionSecurity::Trust::None;
    std::optional<CertificateCheck> check = m_sockets->judgeCertificate(m_ssl, errors, &trust);
    if (!check) {
        m_trust = trust;
        m_ssl->ignoreSslErrors(errors);
        return;
    }
    // The socket pauses after this slot (PauseOnSslErrors) until answerCertificateCheck(); a person may
    // take long: no timeout meanwhile.
    m_pendingCheck = check;
    m_timer.stop();
    Q_EMIT certificateCheckRequired(*check);
}

void ControlChannel::answerCertificateCheck(CertificateAnswer answer, const QString& message)
{
    if (!m_pendingCheck || m_failed || m_closing)
        return;
    const CertificateCheck check = *m_pendingCheck;
    m_pendingCheck.reset();
    if (answer == CertificateAnswer::Reject) {
        if (!message.isEmpty()) {
            fail(FtpOperation::Error::TlsFailed, message);
            return;
        }
        const QString fingerprint = formatFingerprint(certificateFingerprint(check.certificate()));
        QString refusal = tr("The certificate of %1:%2 is not trusted (%3) and was not accepted. Its SHA-256 "
                             "fingerprint is %4.")
                              .arg(check.host)
                              .arg(check.port)
                              .arg(check.errors.join(QLatin1String("; ")), fingerprint);
        if (const QString advice = m_sockets->tlsSettings().refusalAdvice; !advice.isEmpty())
            refusal += QLatin1Char(' ') + advice.arg(fingerprint);
        fail(FtpOperation::Error::TlsFailed, refusal);
        return;
    }
    QString storeError;
    m_sockets->acceptCertificate(check, answer, &storeError);
    m_trust = answer == CertificateAnswer::AcceptAlways && storeError.isEmpty()
                  ? ConnectionSecurity::Trust::TrustStore
                  : ConnectionSecurity::Trust::User;
    m_ssl->ignoreSslErrors();
    m_timer.start(m_replyTimeoutMs);
    // Answered inside certificateCheckRequired(): the socket has not paused yet and goes on by itself.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_ssl && !m_failed && !m_closing && m_handshaking)
                m_ssl->resume();
        },
        Qt::QueuedConnection);
}

ConnectionSecurity ControlChannel::security() const
{
    ConnectionSecurity security;
    if (!isEncrypted())
        return security;
    security.controlEncrypted = true;
    security.dataEncrypted = m_sockets->isDataProtected();
    security.protocol = protocolName(m_ssl->sessionProtocol());
    security.cipher = m_ssl->sessionCipher().name();
    security.peerCertificateChain = m_ssl->peerCertificateChain();
    security.trust = m_trust;
    if (m_trust != ConnectionSecurity::Trust::System) {
        security.certificateErrors = m_certificateErrors;
        security.acceptedFingerprint = m_sockets->acceptedFingerprint();
    }
    return security;
}

void ControlChannel::send(const QByteArray& line)
{
    if (!isConnected())
        return;
    // One write per command: servers that read one TCP segment per command (NetX Duo) must see the
    // whole line at once, and nothing after it.
    m_socket->write(line + "\r\n");
    m_socket->flush();
    armReplyTimeout();
}

void ControlChannel::suspendReplyTimeout()
{
    if (!m_connecting)
        m_timer.stop();
}

void ControlChannel::armReplyTimeout()
{
    m_timer.start(m_replyTimeoutMs);
}

void ControlChannel::close()
{
    m_closing = true;
    m_timer.stop();
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        Q_EMIT closed();
        return;
    }
    m_socket->disconnectFromHost();
    // disconnectFromHost() returns at once when nothing is left to write; the socket may then already
    // be unconnected without having emitted disconnected() for an unfinished connect.
    if (m_socket->state() == QAbstractSocket::UnconnectedState && !m_failed)
        onDisconnected();
}

void ControlChannel::abort()
{
    m_closing = true;
    m_timer.stop();
    const bool wasOpen = m_socket->state() != QAbstractSocket::UnconnectedState;
    m_socket->abort();
    if (wasOpen)
        Q_EMIT closed();
}

void ControlChannel::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    const QList<FtpReply> replies = m_reader.feed(data);
    m_switchingToTls = false;
    for (const FtpReply& reply : replies) {
        m_awaitingGreeting = false;
        if (!reply.isPreliminary())
            m_timer.stop();
        Q_EMIT replyReceived(reply);
        if (m_closing || m_failed)
            return;
        if (m_switchingToTls) {
            // AUTH was answered with 234: what followed it in clear text is not a reply.
            m_switchingToTls = false;
            return;
        }
    }
    if (m_reader.hasError())
        fail(FtpOperation::Error::ProtocolError,
             tr("The server at %1 sent something that is not an FTP reply (%2).")
                 .arg(m_host, m_reader.errorString()));
}

void ControlChannel::onSocketError()
{
    if (m_closing || m_failed)
        return;
    const QAbstractSocket::SocketError error = m_socket->error();
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        fail(FtpOperation::Error::HostNotFound, tr("The host %1 was not found.").arg(m_host));
        break;
    case QAbstractSocket::ConnectionRefusedError:
        fail(FtpOperation::Error::ConnectionRefused,
             tr("The server %1 refused the connection: is an FTP server running on that port?").arg(m_host));
        break;
    case QAbstractSocket::RemoteHostClosedError:
        if (m_handshaking) {
            fail(FtpOperation::Error::TlsFailed,
                 tr("%1 closed the connection during the TLS handshake.").arg(m_host));
            break;
        }
        // The server's close_notify leaves the TCP connection open: close it; onDisconnected() decides.
        if (isEncrypted() && m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->disconnectFromHost();
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        if (m_awaitingGreeting && m_handshaking)
            fail(FtpOperation::Error::TlsFailed,
                 tr("The TLS handshake with %1 port %2 failed (%3): is it an implicit FTPS (ftps://) port? A "
                    "server that speaks clear text there wants ftp:// or ftpes://.")
                     .arg(m_host)
                     .arg(m_port)
                     .arg(m_socket->errorString()));
        else
            fail(FtpOperation::Error::TlsFailed,
                 tr("The TLS handshake with %1 failed: %2").arg(m_host, m_socket->errorString()));
        break;
    default:
        fail(m_connecting ? FtpOperation::Error::ConnectionRefused : FtpOperation::Error::ConnectionLost,
             m_connecting ? tr("Could not connect to %1: %2").arg(m_host, m_socket->errorString())
                          : tr("The connection to %1 was lost: %2").arg(m_host, m_socket->errorString()));
        break;
    }
}

void ControlChannel::onDisconnected()
{
    m_timer.stop();
    if (!m_closing && !m_failed) {
        if (m_handshaking) {
            fail(FtpOperation::Error::TlsFailed,
                 tr("%1 closed the connection during the TLS handshake.").arg(m_host));
            return;
        }
        // Replies still in the reader's buffer were already dispatched; a clean close by the server that
        // was not asked for is a lost connection to whoever was waiting.
        fail(FtpOperation::Error::ConnectionLost, tr("The server %1 closed the connection.").arg(m_host));
        return;
    }
    if (!m_failed)
        Q_EMIT closed();
}

void ControlChannel::onTimeout()
{
    if (m_connecting || m_socket->state() != QAbstractSocket::ConnectedState) {
        fail(FtpOperation::Error::Timeout, tr("Could not connect to %1 within %2 seconds.")
                                               .arg(m_host)
                                               .arg(qMax(1, m_timer.interval() / 1000)));
        return;
    }
    if (m_handshaking) {
        fail(FtpOperation::Error::TlsFailed, tr("The TLS handshake with %1 did not finish within %2 seconds.")
                                                 .arg(m_host)
                                                 .arg(qMax(1, m_timer.interval() / 1000)));
        return;
    }
    if (m_awaitingGreeting) {
        fail(FtpOperation::Error::Timeout,
             tr("%1 accepted the connection but sent no greeting within %2 seconds. A small board server "
                "may have all its sessions in use: close other connections to it and try again.")
                 .arg(m_host)
                 .arg(qMax(1, m_timer.interval() / 1000)));
        return;
    }
    fail(FtpOperation::Error::Timeout, tr("The server %1 did not answer within %2 seconds.")
                                           .arg(m_host)
                                           .arg(qMax(1, m_timer.interval() / 1000)));
}

void ControlChannel::fail(FtpOperation::Error error, const QString& message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_connecting = false;
    m_handshaking = false;
    m_pendingCheck.reset();
    m_timer.stop();
    m_socket->abort();
    Q_EMIT failed(error, message);
    Q_EMIT closed();
}

} // namespace Ferry
