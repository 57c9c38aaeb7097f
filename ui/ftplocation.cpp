#include "ftplocation.h"

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

    QString urlText = text;
    const int schemeEnd = text.indexOf(QStringLiteral("://"));
    if (schemeEnd < 0) {
        urlText = QStringLiteral("ftp://") + text;
    } else if (text.left(schemeEnd).compare(QLatin1String("ftp"), Qt::CaseInsensitive) != 0) {
        return fail(tr("Not an FTP URL: %1 (Ferry speaks ftp:// only).").arg(text.left(schemeEnd + 3)));
    }

    // The raw path keeps "%2F" and "//" apart from "/", which decides between relative and absolute.
    const QUrl url(urlText, QUrl::TolerantMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("Not a valid FTP address: %1").arg(text));

    FtpLocation location;
    location.host = url.host(QUrl::EncodeUnicode);
    const int port = url.port(21);
    if (port <= 0 || port > 65535)
        return fail(tr("Not a valid port in %1").arg(text));
    location.port = static_cast<quint16>(port);
    location.user = url.userName(QUrl::FullyDecoded);
    location.password = url.password(QUrl::FullyDecoded);
    location.hasPassword = !location.password.isEmpty();

    QString rawPath = url.path(QUrl::FullyEncoded);
    if (rawPath.startsWith(QLatin1Char('/')))
        rawPath.remove(0, 1); // the separator after the authority
    QString path = QUrl::fromPercentEncoding(rawPath.toUtf8());
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    location.path = path;
    return location;
}

QUrl FtpLocation::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("ftp"));
    url.setHost(host);
    if (port != 21)
        url.setPort(port);
    if (!user.isEmpty())
        url.setUserName(user);
    if (!path.isEmpty())
        url.setPath(QLatin1Char('/') + path, QUrl::DecodedMode);
    return url;
}

namespace RemotePath {

QString join(const QString& directory, const QString& name)
{
    if (name.startsWith(QLatin1Char('/')))
        return name;
    if (directory.isEmpty())
        return name;
    if (directory.endsWith(QLatin1Char('/')))
        return directory + name;
    return directory + QLatin1Char('/') + name;
}

QString parent(const QString& path)
{
    const QString normalized = normalize(path);
    const int slash = normalized.lastIndexOf(QLatin1Char('/'));
    if (slash <= 0)
        return QStringLiteral("/");
    return normalized.left(slash);
}

QString fileName(const QString& path)
{
    const QString normalized = normalize(path);
    return normalized.mid(normalized.lastIndexOf(QLatin1Char('/')) + 1);
}

QString normalize(const QString& path, const QString& base)
{
    QString full =
        path.startsWith(QLatin1Char('/')) ? path : join(base.isEmpty() ? QStringLiteral("/") : base, path);
    QStringList parts;
    const QStringList pieces = full.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& piece : pieces) {
        if (piece == QLatin1String("."))
            continue;
        if (piece == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        parts << piece;
    }
    return QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

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
