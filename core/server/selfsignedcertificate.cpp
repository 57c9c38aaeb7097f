#include "server/selfsignedcertificate.h"

#include "net/opensslerrors.h"

#include <QHostInfo>
#include <QNetworkInterface>
#include <QStringList>
#include <memory>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace Ferry {

namespace {

template <typename T, void (*Free)(T*)> struct Deleter
{
    void operator()(T* p) const { Free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

bool addExtension(X509* certificate, int nid, const QByteArray& value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    const ExtensionPtr extension(X509V3_EXT_nconf_nid(nullptr, &context, nid, value.constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

bool addName(X509_NAME* name, const char* field, const QString& value)
{
    const QByteArray bytes = value.toUtf8().left(64); // ub-common-name
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char*>(bytes.constData()),
                                      int(bytes.size()), -1, 0) == 1;
}

// A DNS name for a certificate: letters, digits, '-' and '.', else nothing.
QString dnsName(const QString& hostName)
{
    const QString name = hostName.trimmed().toLower();
    if (name.isEmpty() || name.size() > 253)
        return {};
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('.'))
            return {};
    }
    return name;
}

} // namespace

std::optional<SelfSignedCertificate::Pem>
SelfSignedCertificate::generate(const QString& hostName, const QList<QHostAddress>& addresses, int validDays,
                                QString* error)
{
    OpenSsl::clearErrors();
    const auto failed = [error](const QString& step) {
        *error =
            tr("Could not create a certificate (%1): %2").arg(step, OpenSsl::takeErrors(tr("unknown error")));
        return std::nullopt;
    };
    const KeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return failed(tr("key"));

    const X509Ptr certificate(X509_new());
    const BignumPtr serial(BN_new());
    // A random positive 127-bit serial (RFC 5280: unique per issuer, at most 20 octets).
    if (!certificate || !serial || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1 ||
        !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())) ||
        X509_set_version(certificate.get(), X509_VERSION_3) != 1)
        return failed(tr("serial number"));
    if (!X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600) ||
        !X509_time_adj_ex(X509_getm_notAfter(certificate.get()), qMax(1, validDays), 0, nullptr))
        return failed(tr("validity"));

    const QString dns = dnsName(hostName);
    const QString commonName = dns.isEmpty() ? QStringLiteral("localhost") : dns;
    X509_NAME* name = X509_get_subject_name(certificate.get());
    if (!addName(name, "CN", commonName) || !addName(name, "O", QStringLiteral("Ferry FTP server")) ||
        X509_set_issuer_name(certificate.get(), name) != 1)
        return failed(tr("name"));
    if (X509_set_pubkey(certificate.get(), key.get()) != 1)
        return failed(tr("public key"));

    QStringList alternativeNames;
    if (!dns.isEmpty())
        alternativeNames.append(QStringLiteral("DNS:") + dns);
    if (dns != QLatin1String("localhost"))
        alternativeNames.append(QStringLiteral("DNS:localhost"));
    for (const QHostAddress& address : addresses) {
        if (address.isNull() || !address.scopeId().isEmpty())
            continue;
        const QString entry = QStringLiteral("IP:") + address.toString();
        if (!alternativeNames.contains(entry))
            alternativeNames.append(entry);
    }
    // No key usage extension: with one (digitalSignature) and no keyCertSign, OpenSSL (and Qt, and
    // clients built on them) no longer see the certificate as self-signed.
    if (!addExtension(certificate.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(certificate.get(), NID_ext_key_usage, "serverAuth") ||
        !addExtension(certificate.get(), NID_subject_key_identifier, "hash") ||
        !addExtension(certificate.get(), NID_subject_alt_name,
                      alternativeNames.join(QLatin1Char(',')).toLatin1()))
        return failed(tr("extensions"));
    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0)
        return failed(tr("signature"));

    const BioPtr certificateBio(BIO_new(BIO_s_mem()));
    const BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certificateBio.get(), certificate.get()) != 1 ||
        PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return failed(tr("PEM"));
    Pem pem;
    pem.certificate = bioBytes(certificateBio.get());
    pem.key = bioBytes(keyBio.get());
    return pem;
}

QString SelfSignedCertificate::localHostName()
{
    return QHostInfo::localHostName();
}

QList<QHostAddress> SelfSignedCertificate::localAddresses()
{
    QList<QHostAddress> addresses;
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface& iface : interfaces) {
        if (!(iface.flags() & QNetworkInterface::IsUp))
            continue;
        const QList<QNetworkAddressEntry> entries = iface.addressEntries();
        for (const QNetworkAddressEntry& entry : entries) {
            const QHostAddress ip = entry.ip();
            if (ip.isLinkLocal() || !ip.scopeId().isEmpty() || addresses.contains(ip))
                continue;
            addresses.append(ip);
        }
    }
    return addresses;
}

} // namespace Ferry
