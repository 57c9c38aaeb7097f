#include "ftplocation.h"

#include "client/ftpurl.h"

#include <QCoreApplication>
#include <QStringList>

namespace Ferry {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Ferry::FtpLocation", text);
}

} // namespace

std::optional<FtpLocation> FtpLocation::parse(const QString& input, QString* errorString)
{
    const auto fail = [errorString](const QString& message) -> std::optional<FtpLocation> {
        if (errorString)
            *errorString = message;
        return std::nullopt;
    };
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(tr("Enter a host name or an ftp:// URL."));

    // A bare host is an ftp:// URL; ftpes:// and ftps:// choose the encryption (parseFtpUrl() says what
    // else is not an FTP URL).
    const QString urlText = text.contains(QStringLiteral("://")) ? text : QStringLiteral("ftp://") + text;

    // One parser for the command line and the window (RFC 1738 paths, IPv6 brackets, percent-encoding).
    QString error;
    const std::optional<FtpUrl> url = parseFtpUrl(urlText, &error);
    if (!url)
        return fail(error);
    FtpLocation location;
    location.host = url->host;
    location.port = url->port;
    location.hasPort = url->hasPort;
    location.tlsMode = url->tlsMode;
    location.user = url->user;
    location.password = url->password;
    location.hasPassword = url->hasPassword && !url->password.isEmpty();
    location.path = url->path;
    return location;
}

QString FtpLocation::scheme(TlsMode mode)
{
    switch (mode) {
    case TlsMode::Explicit:
        return QStringLiteral("ftpes");
    case TlsMode::Implicit:
        return QStringLiteral("ftps");
    case TlsMode::Auto:
    case TlsMode::Off:
        break;
    }
    return QStringLiteral("ftp");
}

QUrl FtpLocation::url() const
{
    QUrl url;
    url.setScheme(scheme(tlsMode));
    url.setHost(host);
    if (port != defaultFtpPort(tlsMode))
        url.setPort(port);
    if (!user.isEmpty())
        url.setUserName(user);
    if (!path.isEmpty())
        url.setPath(QLatin1Char('/') + path, QUrl::DecodedMode);
    return url;
}

namespace RemotePath {

QUrl toUrl(const QString& host, quint16 port, const QString& user, const QString& path)
{
    QUrl url;
    url.setScheme(QStringLiteral("ftp"));
    url.setHost(host);
    if (port != 21)
        url.setPort(port);
    if (!user.isEmpty())
        url.setUserName(user);
    // Absolute server paths are written with a doubled slash (RFC 1738): ftp://host//etc/motd.
    url.setPath(QLatin1Char('/') + normalize(path), QUrl::DecodedMode);
    return url;
}

} // namespace RemotePath

} // namespace Ferry
