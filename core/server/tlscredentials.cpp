#include "server/tlscredentials.h"

#include "net/opensslerrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace Ferry {

namespace {

// A server cannot ask for a passphrase: an encrypted key is refused rather than prompting on a terminal.
int refusePassphrase(char*, int, int, void*)
{
    return -1;
}

struct BioDeleter
{
    void operator()(BIO* bio) const { BIO_free(bio); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;

BioPtr readOnlyBio(const QByteArray& bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

QString nameToString(const X509_NAME* name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, size);
}

QDateTime toDateTime(const ASN1_TIME* time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QByteArray readFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            TlsCredentials::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    const QByteArray bytes = file.read(1024 * 1024);
    if (bytes.isEmpty())
        *error = TlsCredentials::tr("%1 is empty.").arg(QDir::toNativeSeparators(path));
    return bytes;
}

} // namespace

std::shared_ptr<const TlsCredentials> TlsCredentials::fromPem(const QByteArray& certificatePem,
                                                              const QByteArray& keyPem, QString* error)
{
    OpenSsl::clearErrors();
    std::shared_ptr<TlsCredentials> credentials(new TlsCredentials);
    BioPtr certificates = readOnlyBio(certificatePem);
    credentials->m_certificate = PEM_read_bio_X509(certificates.get(), nullptr, refusePassphrase, nullptr);
    if (!credentials->m_certificate) {
        *error = tr("No PEM certificate found (%1).").arg(OpenSsl::takeErrors(tr("no certificate")));
        return nullptr;
    }
    while (X509* extra = PEM_read_bio_X509(certificates.get(), nullptr, refusePassphrase, nullptr))
        credentials->m_chain.append(extra);
    OpenSsl::clearErrors(); // the end of the PEM data reads as an error

    BioPtr key = readOnlyBio(keyPem);
    credentials->m_key = PEM_read_bio_PrivateKey(key.get(), nullptr, refusePassphrase, nullptr);
    if (!credentials->m_key) {
        const QString reason = OpenSsl::takeErrors(tr("no key"));
        *error = keyPem.contains("ENCRYPTED")
                     ? tr("The private key is protected by a passphrase; the server needs it without one.")
                     : tr("No PEM private key found (%1).").arg(reason);
        return nullptr;
    }
    if (X509_check_private_key(credentials->m_certificate, credentials->m_key) != 1) {
        OpenSsl::clearErrors();
        *error = tr("The private key does not belong to the certificate.");
        return nullptr;
    }
    return credentials;
}

std::shared_ptr<const TlsCredentials> TlsCredentials::fromFiles(const QString& certificateFile,
                                                                const QString& keyFile, QString* error)
{
    const QByteArray certificate = readFile(certificateFile, error);
    if (certificate.isEmpty())
        return nullptr;
    const QByteArray key = readFile(keyFile, error);
    if (key.isEmpty())
        return nullptr;
    QString reason;
    std::shared_ptr<const TlsCredentials> credentials = fromPem(certificate, key, &reason);
    if (!credentials)
        *error =
            tr("%1 and %2: %3")
                .arg(QDir::toNativeSeparators(certificateFile), QDir::toNativeSeparators(keyFile), reason);
    return credentials;
}

TlsCredentials::~TlsCredentials()
{
    X509_free(m_certificate);
    for (X509* certificate : std::as_const(m_chain))
        X509_free(certificate);
    EVP_PKEY_free(m_key);
}

QString TlsCredentials::formatFingerprint(const QByteArray& digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QString TlsCredentials::sha256Fingerprint() const
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (X509_digest(m_certificate, EVP_sha256(), digest, &size) != 1) {
        OpenSsl::clearErrors();
        return {};
    }
    return formatFingerprint(QByteArray(reinterpret_cast<const char*>(digest), int(size)));
}

QString TlsCredentials::subject() const
{
    return nameToString(X509_get_subject_name(m_certificate));
}

QString TlsCredentials::issuer() const
{
    return nameToString(X509_get_issuer_name(m_certificate));
}

bool TlsCredentials::isSelfSigned() const
{
    return X509_check_issued(m_certificate, m_certificate) == X509_V_OK;
}

QStringList TlsCredentials::subjectAlternativeNames() const
{
    QStringList names;
    auto* general =
        static_cast<GENERAL_NAMES*>(X509_get_ext_d2i(m_certificate, NID_subject_alt_name, nullptr, nullptr));
    if (!general)
        return names;
    for (int i = 0; i < sk_GENERAL_NAME_num(general); ++i) {
        const GENERAL_NAME* name = sk_GENERAL_NAME_value(general, i);
        if (name->type == GEN_DNS) {
            const ASN1_IA5STRING* dns = name->d.dNSName;
            names.append(QStringLiteral("DNS:") +
                         QString::fromLatin1(reinterpret_cast<const char*>(ASN1_STRING_get0_data(dns)),
                                             ASN1_STRING_length(dns)));
        } else if (name->type == GEN_IPADD) {
            const ASN1_OCTET_STRING* ip = name->d.iPAddress;
            const auto* bytes = ASN1_STRING_get0_data(ip);
            QHostAddress address;
            if (ASN1_STRING_length(ip) == 4)
                address.setAddress(quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16 |
                                   quint32(bytes[2]) << 8 | quint32(bytes[3]));
            else if (ASN1_STRING_length(ip) == 16)
                address.setAddress(bytes);
            if (!address.isNull())
                names.append(QStringLiteral("IP:") + address.toString());
        }
    }
    GENERAL_NAMES_free(general);
    return names;
}

QDateTime TlsCredentials::validFrom() const
{
    return toDateTime(X509_get0_notBefore(m_certificate));
}

QDateTime TlsCredentials::validUntil() const
{
    return toDateTime(X509_get0_notAfter(m_certificate));
}

QByteArray TlsCredentials::certificatePem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), m_certificate);
    for (X509* certificate : m_chain)
        PEM_write_bio_X509(bio.get(), certificate);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(size));
}

bool TlsCredentials::applyTo(SSL_CTX* context, QString* error) const
{
    OpenSsl::clearErrors();
    bool ok =
        SSL_CTX_use_certificate(context, m_certificate) == 1 && SSL_CTX_use_PrivateKey(context, m_key) == 1;
    for (X509* certificate : m_chain) {
        // The context takes the reference it is given.
        if (ok && (X509_up_ref(certificate) != 1 || SSL_CTX_add_extra_chain_cert(context, certificate) != 1))
            ok = false;
    }
    if (!ok)
        *error = tr("The certificate cannot be used: %1").arg(OpenSsl::takeErrors());
    return ok;
}

} // namespace Ferry
