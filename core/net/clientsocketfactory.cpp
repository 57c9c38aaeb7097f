#include "net/clientsocketfactory.h"

#include "net/certificates.h"
#include "net/certificatetruststore.h"
#include "net/clienttlscontext.h"
#include "net/clienttlsstream.h"
#include "net/datalistener.h"
#include "net/nativesocket.h"
#include "net/tcpconnector.h"
#include "net/tcpstream.h"
#include "net/tlsstream.h"

#include <QSslCipher>
#include <QSslSocket>

namespace Ferry {

ClientSocketFactory::ClientSocketFactory(QObject* parent) : QObject(parent) {}

ClientSocketFactory::~ClientSocketFactory() = default;

void ClientSocketFactory::configure(const QString& host, quint16 port, const TlsSettings& settings)
{
    m_host = host;
    m_port = port;
    m_settings = settings;
    m_acceptedFingerprint.clear();
    m_dataProtected = false;
    m_dataTls.reset();
    m_control.clear(); // the next connection makes its own socket
}

bool ClientSocketFactory::tlsAvailable(QString* why)
{
    if (QSslSocket::supportsSsl())
        return true;
    if (why)
        *why = tr("this build of Qt has no TLS support (%1)").arg(QSslSocket::sslLibraryBuildVersionString());
    return false;
}

QSslConfiguration ClientSocketFactory::baseConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    switch (m_settings.versions) {
    case TlsSettings::Versions::Secure:
        configuration.setProtocol(QSsl::SecureProtocols);
        break;
    case TlsSettings::Versions::Tls12Only:
        configuration.setProtocol(QSsl::TlsV1_2);
        break;
    case TlsSettings::Versions::Tls13Only:
        configuration.setProtocol(QSsl::TlsV1_3OrLater);
        break;
    }
    if (!m_settings.caCertificates.isEmpty())
        configuration.addCaCertificates(m_settings.caCertificates);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    // Keep the session: every data connection resumes it (vsftpd: require_ssl_reuse).
    configuration.setSslOption(QSsl::SslOptionDisableSessionPersistence, false);
    return configuration;
}

QSslSocket* ClientSocketFactory::newTlsControlSocket(QObject* parent)
{
    auto* socket = new QSslSocket(parent);
    socket->setSslConfiguration(baseConfiguration());
    // A certificate that needs a person's decision holds the handshake until it is answered.
    socket->setPauseMode(QAbstractSocket::PauseOnSslErrors);
    m_control = socket;
    return socket;
}

QTcpSocket* ClientSocketFactory::createControlSocket(ControlStart start, QObject* parent, QString* why)
{
    // Not even tlsAvailable() for a plain socket: it loads the TLS backend.
    if (start == ControlStart::Plain)
        return new QTcpSocket(parent);
    if (!tlsAvailable(why))
        return nullptr;
    return newTlsControlSocket(parent);
}

QSslSocket* ClientSocketFactory::upgradeControlSocket(QTcpSocket* plain, QObject* parent, QString* why)
{
    if (!tlsAvailable(why))
        return nullptr;
    // The server waits for our ClientHello: nothing of the clear-text dialogue may be left in between.
    if (plain->state() != QAbstractSocket::ConnectedState || plain->bytesAvailable() > 0 ||
        plain->bytesToWrite() > 0) {
        *why = tr("the connection is not ready for it");
        return nullptr;
    }
    // QTcpSocket cannot give its descriptor away: the QSslSocket gets a duplicate of it, and closing the
    // plain socket's own descriptor then leaves the connection open (no shutdown(): the same as close()).
    int error = 0;
    const qintptr descriptor = NativeSocket::duplicate(plain->socketDescriptor(), &error);
    if (descriptor < 0) {
        *why = NativeSocket::errorString(error);
        return nullptr;
    }
    QSslSocket* socket = newTlsControlSocket(parent);
    if (!socket->setSocketDescriptor(descriptor, QAbstractSocket::ConnectedState)) {
        *why = socket->errorString();
        NativeSocket::close(descriptor);
        delete socket;
        return nullptr;
    }
    // Connected by descriptor the socket knows no host name: the certificate is checked for (and SNI
    // names) the host the user asked for, as when it connects itself.
    socket->setPeerVerifyName(m_host);
    // From here the plain socket must neither read (it would take the server's handshake) nor say
    // anything: silenced, closed now, deleted when control is back in the event loop.
    QObject::disconnect(plain, nullptr, nullptr, nullptr);
    plain->abort();
    plain->deleteLater();
    return socket;
}

std::optional<CertificateCheck> ClientSocketFactory::judgeCertificate(QSslSocket* control,
                                                                      const QList<QSslError>& errors,
                                                                      ConnectionSecurity::Trust* trust)
{
    *trust = ConnectionSecurity::Trust::System;
    if (errors.isEmpty())
        return std::nullopt;
    const QList<QSslCertificate> chain = control->peerCertificateChain();
    const QSslCertificate certificate = chain.isEmpty() ? control->peerCertificate() : chain.first();
    const QByteArray fingerprint = certificateFingerprint(certificate);
    if (!fingerprint.isEmpty() && m_settings.acceptedFingerprints.contains(fingerprint)) {
        *trust = ConnectionSecurity::Trust::Pinned;
        m_acceptedFingerprint = fingerprint;
        return std::nullopt;
    }
    CertificateCheck check;
    check.host = m_host;
    check.port = m_port;
    check.chain = chain.isEmpty() ? QList<QSslCertificate>{certificate} : chain;
    for (const QSslError& error : errors) {
        if (!check.errors.contains(error.errorString()))
            check.errors.append(error.errorString());
    }
    check.protocol = control->sessionProtocol() == QSsl::TlsV1_3   ? QStringLiteral("TLS 1.3")
                     : control->sessionProtocol() == QSsl::TlsV1_2 ? QStringLiteral("TLS 1.2")
                                                                   : QString();
    check.cipher = control->sessionCipher().name();
    if (m_settings.trustStorePath != QLatin1String("-")) {
        CertificateTrustStore store(m_settings.trustStorePath.isEmpty() ? CertificateTrustStore::defaultPath()
                                                                        : m_settings.trustStorePath);
        store.load();
        switch (store.check(m_host, m_port, certificate, &check.previous)) {
        case CertificateTrustStore::Verdict::Trusted:
            *trust = ConnectionSecurity::Trust::TrustStore;
            m_acceptedFingerprint = fingerprint;
            return std::nullopt;
        case CertificateTrustStore::Verdict::Changed:
            check.reason = CertificateCheck::Reason::Changed;
            break;
        case CertificateTrustStore::Verdict::Unknown:
            break;
        }
    }
    *trust = ConnectionSecurity::Trust::None;
    return check;
}

bool ClientSocketFactory::acceptCertificate(const CertificateCheck& check, CertificateAnswer answer,
                                            QString* error)
{
    if (answer == CertificateAnswer::Reject)
        return true;
    m_acceptedFingerprint = certificateFingerprint(check.certificate());
    if (answer != CertificateAnswer::AcceptAlways || m_settings.trustStorePath == QLatin1String("-"))
        return true;
    CertificateTrustStore store(m_settings.trustStorePath.isEmpty() ? CertificateTrustStore::defaultPath()
                                                                    : m_settings.trustStorePath);
    if (store.trust(check.host, check.port, check.certificate()))
        return true;
    if (error)
        *error = store.errorString();
    return false;
}

TcpConnector* ClientSocketFactory::createDataConnector(QObject* parent)
{
    return new TcpConnector(parent);
}

DataListener* ClientSocketFactory::createDataListener(QObject* parent)
{
    return new DataListener(parent);
}

DataStream* ClientSocketFactory::openDataStream(qintptr descriptor, QObject* parent)
{
    if (!m_dataProtected || !m_control)
        return new TcpStream(descriptor, parent);
    QString why;
    if (DataStream* stream = openDirectTlsStream(descriptor, parent, &why))
        return stream;
    Q_EMIT dataTlsNotice(tr("TLS on the data connection through Qt: %1").arg(why));
    auto* socket = new QSslSocket();
    QSslConfiguration configuration = baseConfiguration();
    // Resume the control connection's session (its newest ticket).
    configuration.setSessionTicket(m_control->sslConfiguration().sessionTicket());
    socket->setSslConfiguration(configuration);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        NativeSocket::close(descriptor);
        return new TcpStream(-1, parent); // already over: the transfer fails with its error
    }
    QList<QByteArray> accepted = m_settings.acceptedFingerprints;
    if (!m_acceptedFingerprint.isEmpty())
        accepted.append(m_acceptedFingerprint);
    return new TlsStream(socket, m_host, accepted, parent);
}

DataStream* ClientSocketFactory::openDirectTlsStream(qintptr descriptor, QObject* parent, QString* why)
{
    // The certificate the control connection accepted (by the system, a pin, the trust store or a person).
    const QByteArray accepted = m_control->peerCertificate().toDer();
    if (accepted.isEmpty()) {
        *why = tr("the control connection has no certificate to compare with");
        return nullptr;
    }
    if (!m_dataTls) {
        m_dataTls = ClientTlsContext::create(m_settings.versions, why);
        if (!m_dataTls)
            return nullptr;
    }
    // The control connection's newest session (under TLS 1.3 its ticket came after the handshake).
    ssl_st* ssl = m_dataTls->newDataSession(m_host, m_control->sslConfiguration().sessionTicket(), why);
    if (!ssl)
        return nullptr;
    return new ClientTlsStream(new TcpStream(descriptor), ssl, accepted, parent);
}

} // namespace Ferry
