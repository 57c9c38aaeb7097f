#include "net/clienttlsstream.h"

#include "net/certificates.h"

#include <QSslCertificate>
#include <openssl/ssl.h>
#include <openssl/x509.h>

namespace Ferry {

ClientTlsStream::ClientTlsStream(DataStream* transport, ssl_st* ssl, const QByteArray& acceptedCertificate,
                                 QObject* parent)
    : OpenSslTlsStream(transport, ssl, Role::Client, parent), m_acceptedCertificate(acceptedCertificate)
{}

ClientTlsStream::~ClientTlsStream() = default;

void ClientTlsStream::begin()
{
    if (m_begun)
        return;
    m_begun = true;
    // In the next turn of the event loop: a failure emits ended(), which the owner may not expect from here.
    QMetaObject::invokeMethod(this, &ClientTlsStream::continueHandshake, Qt::QueuedConnection);
}

QString ClientTlsStream::checkHandshake(Failure* failure)
{
    QByteArray presented;
    if (X509* certificate = SSL_get0_peer_certificate(ssl())) {
        const int size = i2d_X509(certificate, nullptr);
        if (size > 0) {
            presented.resize(size);
            auto* out = reinterpret_cast<unsigned char*>(presented.data());
            i2d_X509(certificate, &out);
        }
    }
    if (!presented.isEmpty() && presented == m_acceptedCertificate)
        return QString();
    *failure = Failure::Certificate;
    if (presented.isEmpty())
        return tr("the server presented no certificate on the data connection");
    const QSslCertificate certificate(presented, QSsl::Der);
    return tr("the data connection's certificate (%1, SHA-256 %2) is not the one accepted for the control "
              "connection")
        .arg(certificateName(certificate), formatFingerprint(certificateFingerprint(certificate)));
}

} // namespace Ferry
