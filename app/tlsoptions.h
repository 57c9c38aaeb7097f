#pragma once

#include "client/ftpurl.h"
#include "net/connectionsecurity.h"
#include "net/tlssettings.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

class QCommandLineParser;

namespace Ferry {
class FtpClient;
}

namespace Ferry::Cli {

// The command line's FTPS options, shared by every command that talks to a server (ls, get, put, mkdir,
// rm, rmdir, mv, mirror):
//
//   --tls auto|require|implicit|off   overrides the URL's scheme (ftp:// auto, ftpes:// require,
//                                     ftps:// implicit)
//   --fingerprint SHA256              trusts the server certificate with that SHA-256 (hex, colons
//                                     optional); may be repeated
//   --cacert FILE                     trusts the certificates in FILE (PEM or DER): a CA or the server's
//                                     own; may be repeated
//
// Certificates trusted in the window ("always trust") are trusted here too (CertificateTrustStore).
class TlsOptions
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::Cli::TlsOptions)

public:
    // The options for a QCommandLineParser.
    static QList<QCommandLineOption> options();
    // Reads them (after parsing); nothing and *error when a value is wrong.
    static std::optional<TlsOptions> read(const QCommandLineParser& parser, QString* error);
    // Help entries for `ferry --help`: the option with its value, and what it does.
    static QList<QPair<QString, QString>> helpEntries();

    bool hasMode = false;
    TlsMode mode = TlsMode::Auto;
    QList<QByteArray> fingerprints;
    QStringList caFiles;

    // The settings for a connection to `url` (--tls overrides the scheme); `port` becomes the mode's default
    // port when the URL names none. False and *error when a --cacert file cannot be read.
    bool apply(const FtpUrl& url, TlsSettings* settings, quint16* port, QString* error) const;
};

// Answers the client's certificate questions on the command line: there is nobody to ask, so an untrusted
// or changed certificate is refused with a message that names its fingerprint and how to trust it.
void refuseUntrustedCertificates(FtpClient* client);
// "TLS 1.3, TLS_AES_256_GCM_SHA384, data encrypted; certificate: trusted by the system" (ls -v).
QString describeSecurity(const ConnectionSecurity& security);

} // namespace Ferry::Cli
