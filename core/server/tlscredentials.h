#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

struct evp_pkey_st;
struct ssl_ctx_st;
struct x509_st;

namespace Ferry {

// The FTPS server's identity: its certificate (with the chain that goes with it, if any) and private
// key, loaded once and shared, read-only, by every session (OpenSSL objects; thread-safe to share).
// Made from PEM (`--cert FILE --key FILE`, or what ServerCertificateStore generated); the key must
// match the certificate and must not be protected by a passphrase (a server cannot ask for one).
class TlsCredentials final
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::TlsCredentials)
    Q_DISABLE_COPY_MOVE(TlsCredentials)

public:
    // nullptr and *error (naming the file and the cause) on failure.
    static std::shared_ptr<const TlsCredentials> fromPem(const QByteArray& certificatePem,
                                                         const QByteArray& keyPem, QString* error);
    static std::shared_ptr<const TlsCredentials> fromFiles(const QString& certificateFile,
                                                           const QString& keyFile, QString* error);
    ~TlsCredentials();

    // SHA-256 of the certificate (DER) as colon-separated upper-case hex, "AB:CD:...": what a client
    // shows its user to compare (FileZilla, Ferry's own certificate dialog).
    QString sha256Fingerprint() const;
    QString subject() const;
    QString issuer() const;
    bool isSelfSigned() const;
    // "DNS:host", "IP:192.0.2.1", ...
    QStringList subjectAlternativeNames() const;
    QDateTime validFrom() const; // UTC
    QDateTime validUntil() const;
    // The certificate (and its chain) as PEM, for clients to trust (`curl --cacert`).
    QByteArray certificatePem() const;

    // Installs the certificate, chain and key into a server SSL_CTX. False and *error on failure.
    bool applyTo(ssl_ctx_st* context, QString* error) const;

    // "AB:CD:..." for raw digest bytes.
    static QString formatFingerprint(const QByteArray& digest);

private:
    TlsCredentials() = default;

    x509_st* m_certificate = nullptr;
    QList<x509_st*> m_chain;
    evp_pkey_st* m_key = nullptr;
};

} // namespace Ferry
