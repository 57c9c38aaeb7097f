#include "client/ftpurl.h"

#include "protocol/pathcodec.h"

#include <QCoreApplication>
#include <QUrl>

namespace Ferry {

namespace {

QString trUrl(const char* text)
{
    return QCoreApplication::translate("Ferry::FtpUrl", text);
}

bool hasLineBreak(const QString& text)
{
    return text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) || text.contains(QChar(0));
}

// Decodes %XX escapes; the bytes are UTF-8 where they are valid UTF-8, else Latin-1 (as listings are).
QString decodePercent(const QString& encoded)
{
    return decodePath(QByteArray::fromPercentEncoding(encoded.toLatin1()), PathEncoding::Utf8);
}

void setError(QString* errorString, const QString& message)
{
    if (errorString)
        *errorString = message;
}

} // namespace

bool isFtpUrl(const QString& text)
{
    const QString trimmed = text.trimmed();
    for (const QLatin1String scheme :
         {QLatin1String("ftp://"), QLatin1String("ftpes://"), QLatin1String("ftps://")}) {
        if (trimmed.startsWith(scheme, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

std::optional<FtpUrl> parseFtpUrl(const QString& text, QString* errorString)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        setError(errorString, trUrl("No URL given (expected ftp://host/path)."));
        return std::nullopt;
    }

    const qsizetype schemeEnd = trimmed.indexOf(QLatin1String("://"));
    if (schemeEnd <= 0) {
        setError(errorString, trUrl("\"%1\" is not an FTP URL (expected ftp://host/path).").arg(trimmed));
        return std::nullopt;
    }
    const QString scheme = trimmed.left(schemeEnd).toLower();
    TlsMode tlsMode = TlsMode::Auto;
    if (scheme == QLatin1String("ftpes")) {
        tlsMode = TlsMode::Explicit;
    } else if (scheme == QLatin1String("ftps")) {
        tlsMode = TlsMode::Implicit;
    } else if (scheme != QLatin1String("ftp")) {
        setError(errorString,
                 trUrl("Only ftp://, ftpes:// and ftps:// URLs are supported, not %1:// (in \"%2\").")
                     .arg(scheme, trimmed));
        return std::nullopt;
    }

    const QUrl url(trimmed, QUrl::TolerantMode);
    if (!url.isValid()) {
        setError(errorString, trUrl("\"%1\" is not a valid URL: %2").arg(trimmed, url.errorString()));
        return std::nullopt;
    }

    FtpUrl result;
    result.host = url.host(QUrl::EncodeUnicode);
    if (result.host.isEmpty()) {
        setError(errorString, trUrl("The URL \"%1\" names no host.").arg(trimmed));
        return std::nullopt;
    }
    const int port = url.port(-1);
    if (port == 0 || port > 65535) {
        setError(errorString, trUrl("The URL \"%1\" has an invalid port.").arg(trimmed));
        return std::nullopt;
    }
    result.tlsMode = tlsMode;
    result.hasPort = port > 0;
    result.port = port > 0 ? static_cast<quint16>(port) : defaultFtpPort(tlsMode);
    result.user = url.userName(QUrl::FullyDecoded);
    result.password = url.password(QUrl::FullyDecoded);
    // QUrl drops an empty password ("ftp://bob:@host"); the user asked for one all the same.
    const QString authority = trimmed.mid(schemeEnd + 3).section(QLatin1Char('/'), 0, 0);
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    result.hasPassword = at >= 0 && authority.left(at).contains(QLatin1Char(':'));

    // FTP has no query or fragment: a '?' or '#' in the URL is part of the file name.
    QString encodedPath = url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        encodedPath += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    if (url.hasFragment())
        encodedPath += QLatin1Char('#') + url.fragment(QUrl::FullyEncoded);

    // The path starts after the slash that ends the host part; "%2F" or an empty first segment
    // ("//etc") leave a leading '/' in the decoded path, which makes it absolute.
    if (encodedPath.startsWith(QLatin1Char('/')))
        encodedPath.remove(0, 1);
    QString path = decodePercent(encodedPath);
    result.isDirectory = path.isEmpty() || path.endsWith(QLatin1Char('/'));
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    result.path = path;

    if (hasLineBreak(result.path) || hasLineBreak(result.user) || hasLineBreak(result.password)) {
        setError(errorString,
                 trUrl("The URL \"%1\" contains a line break or NUL character, which FTP cannot send.")
                     .arg(trimmed));
        return std::nullopt;
    }

    result.displayString = url.toDisplayString(QUrl::RemovePassword);
    return result;
}

} // namespace Ferry
