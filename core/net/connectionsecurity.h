#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace Ferry {

// What protects an FTP connection (FtpClient::security()), for the window's lock, its certificate
// dialog and `ferry ls -v`. A value: copy it across threads.
struct ConnectionSecurity
{
    // Why the server's certificate is accepted.
    enum class Trust
    {
        None,       // no TLS
        System,     // the system's trust store (or --cacert) vouches for it and its name
        Pinned,     // its fingerprint was given (--fingerprint, or another connection's decision)
        TrustStore, // the user trusted exactly this certificate for this server ("always")
        User,       // the user accepted it for this connection
    };

    bool controlEncrypted = false;
    bool dataEncrypted = false; // PROT P: data connections are TLS too
    QString protocol;           // "TLS 1.3"
    QString cipher;             // "TLS_AES_256_GCM_SHA384"
    QList<QSslCertificate> peerCertificateChain;
    Trust trust = Trust::None;
    QStringList certificateErrors; // what the system had against it (Pinned, TrustStore, User)
    // The server certificate's SHA-256 when it was accepted by an exception rather than by the system:
    // put it into TlsSettings::acceptedFingerprints of other connections to the same server.
    QByteArray acceptedFingerprint;

    bool isEncrypted() const { return controlEncrypted; }
    // "TLS 1.3, TLS_AES_256_GCM_SHA384, data encrypted" or "not encrypted", for a person.
    QString summary() const;
};

// A server certificate that needs a person's decision: the system does not trust it (self-signed, unknown
// issuer, wrong name, expired), or it differs from the one trusted before for this server. The
// connection waits (FtpClient::certificateCheckRequired()) until FtpClient::answerCertificateCheck().
struct CertificateCheck
{
    enum class Reason
    {
        Untrusted,
        Changed, // `previous` was trusted for this server: a loud warning, not the same question again
    };
    Reason reason = Reason::Untrusted;
    QString host;
    quint16 port = 0;
    QList<QSslCertificate> chain; // the server's first
    QStringList errors;           // the system's objections, for a person
    QSslCertificate previous;
    QString protocol;
    QString cipher;

    QSslCertificate certificate() const { return chain.isEmpty() ? QSslCertificate() : chain.first(); }
};

enum class CertificateAnswer
{
    Reject,
    AcceptOnce,   // this connection (and the data connections and operations that follow on it)
    AcceptAlways, // also kept in the trust store for this host and port
};

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::ConnectionSecurity)
Q_DECLARE_METATYPE(Ferry::CertificateCheck)
Q_DECLARE_METATYPE(Ferry::CertificateAnswer)
