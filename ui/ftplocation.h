#pragma once

#include "net/tlssettings.h"
#include "protocol/remotepath.h"

#include <QString>
#include <QUrl>
#include <QtGlobal>
#include <optional>

namespace Ferry {

// Where the quick-connect bar and MainWindow::openUrl() point: an FTP URL or a bare host ("host",
// "host:2121", "[::1]:2121"), parsed by core's parseFtpUrl() (client/ftpurl.h) as the command line does.
//
//   ftp://[user[:password]@]host[:port][/path]      "host", "host:2121", "[::1]:2121"
//
// The scheme chooses the encryption: ftp:// (and a bare host) TLS if available, ftpes:// explicit TLS
// required, ftps:// implicit TLS on port 990 unless the URL names another.
//
// The path follows RFC 1738 as the command line does: relative to the login folder ("ftp://h/a" is "a"),
// absolute with an encoded or doubled slash ("ftp://h/%2Fetc" or "ftp://h//etc" is "/etc").
struct FtpLocation
{
    QString host; // without brackets
    quint16 port = 21;
    bool hasPort = false; // the text names the port (else `port` is the scheme's default)
    TlsMode tlsMode = TlsMode::Auto;
    QString user;
    QString password;
    bool hasPassword = false;
    QString path; // decoded; "" = the login folder

    // Parses a URL or "host[:port]"; on failure returns nothing and sets *errorString.
    static std::optional<FtpLocation> parse(const QString& text, QString* errorString = nullptr);
    // ftp://user@host:port/path (ftpes://, ftps:// by the mode), never with the password.
    QUrl url() const;
    // "ftp", "ftpes" or "ftps".
    static QString scheme(TlsMode mode);
};

// The rest of RemotePath (join, parent, fileName, normalize) is core's, in protocol/remotepath.h.
namespace RemotePath {
// ftp://user@host:port/path for a remote path (no password): what "Copy URL" gives.
QUrl toUrl(const QString& host, quint16 port, const QString& user, const QString& path);
} // namespace RemotePath

} // namespace Ferry
