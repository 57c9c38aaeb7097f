#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QString>
#include <QtGlobal>

namespace Ferry {

// FTPS (RFC 4217): how a connection is encrypted.
enum class TlsMode
{
    Auto,     // TLS if available (ftp://, the default): AUTH TLS; a server that refuses it (a board) is
              // used in clear text and reported as not encrypted. Once the server accepted AUTH, a
              // certificate or handshake failure is an error, never a fallback to clear text.
    Explicit, // require explicit TLS (ftpes://): AUTH TLS (or AUTH SSL) must succeed
    Implicit, // implicit TLS (ftps://, port 990 by default): TLS from the first byte
    Off,      // clear text only
};

// The port a URL without one means for `mode`: 990 for implicit TLS, else 21.
inline quint16 defaultFtpPort(TlsMode mode)
{
    return mode == TlsMode::Implicit ? 990 : 21;
}

// What a client connection's TLS may use and trust (part of FtpClientOptions).
struct TlsSettings
{
    enum class Versions
    {
        Secure, // TLS 1.2 and later
        Tls12Only,
        Tls13Only
    };

    TlsMode mode = TlsMode::Auto;
    // Trusted in addition to the system's certificates (--cacert): CAs, or a server's own certificate.
    QList<QSslCertificate> caCertificates;
    // SHA-256 fingerprints (32 bytes each) of server certificates accepted whatever their chain says:
    // pinned by the user (--fingerprint), or the decision of the connection a user was asked on (the
    // transfer queue's connections take the browsing connection's ConnectionSecurity::acceptedFingerprint,
    // so that the user is not asked again per connection).
    QList<QByteArray> acceptedFingerprints;
    // The trusted-certificates file ("always trust"): empty means CertificateTrustStore::defaultPath(),
    // "-" none.
    QString trustStorePath;
    // Appended to the error when an untrusted certificate is refused without a person's decision (nobody
    // answered certificateCheckRequired(), as in the transfer engine's connections): what the user can do
    // about it, "%1" standing for the certificate's SHA-256 fingerprint (the command line names its
    // --fingerprint option). Empty: nothing appended.
    QString refusalAdvice;
    // The TLS versions offered (tests force 1.2 or 1.3; users keep the default).
    Versions versions = Versions::Secure;
};

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::TlsMode)
