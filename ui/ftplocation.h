#pragma once

#include <QString>
#include <QUrl>
#include <QtGlobal>
#include <optional>

namespace Ferry {

// Where the quick-connect bar and MainWindow::openUrl() point: an ftp:// URL or a bare host, parsed with
// QUrl. A small ui-side stand-in for app/ftpurl.h (the command line's parser), which the ui may not link;
// once FtpUrl moves into core, this class becomes a thin wrapper around it.
//
//   ftp://[user[:password]@]host[:port][/path]      "host", "host:2121", "[::1]:2121"
//
// The path follows RFC 1738 as the command line does: relative to the login folder ("ftp://h/a" is "a"),
// absolute with an encoded or doubled slash ("ftp://h/%2Fetc" or "ftp://h//etc" is "/etc").
struct FtpLocation
{
    QString host; // without brackets
    quint16 port = 21;
    QString user;
    QString password;
    bool hasPassword = false;
    QString path; // decoded; "" = the login folder

    // Parses a URL or "host[:port]"; on failure returns nothing and sets *errorString.
    static std::optional<FtpLocation> parse(const QString& text, QString* errorString = nullptr);
    // ftp://user@host:port/path, never with the password.
    QUrl url() const;
};

// Helpers for absolute remote paths ('/' separated, as the remote pane keeps them).
namespace RemotePath {
// "/a/b" + "c" -> "/a/b/c"; a name starting with '/' is returned as it is.
QString join(const QString& directory, const QString& name);
// "/a/b" -> "/a", "/a" -> "/", "/" -> "/".
QString parent(const QString& path);
// "/a/b" -> "b", "/" -> "".
QString fileName(const QString& path);
// Removes "." and "..", doubled and trailing slashes; a relative path is resolved against base.
QString normalize(const QString& path, const QString& base = QStringLiteral("/"));
// ftp://user@host:port/path for a remote path (no password): what "Copy URL" gives.
QUrl toUrl(const QString& host, quint16 port, const QString& user, const QString& path);
} // namespace RemotePath

} // namespace Ferry
