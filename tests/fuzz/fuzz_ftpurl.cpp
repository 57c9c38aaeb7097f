// The URL parser (core/client/ftpurl): whatever a user types or pastes as an ftp://, ftpes:// or ftps://
// URL.
#include "client/ftpurl.h"
#include "fuzzcheck.h"

using Ferry::FtpUrl;

namespace {

bool hasLineBreakOrNul(const QString& text)
{
    return text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n')) || text.contains(QChar(0));
}

void check(const QString& text)
{
    QString error;
    const std::optional<FtpUrl> url = Ferry::parseFtpUrl(text, &error);
    if (!url) {
        FUZZ_CHECK(!error.isEmpty());
        return;
    }
    FUZZ_CHECK(!url->host.isEmpty());
    FUZZ_CHECK(url->port != 0);
    FUZZ_CHECK(url->hasPassword || url->password.isEmpty());
    // Nothing that reaches the control connection can carry a line break (command injection).
    FUZZ_CHECK(!hasLineBreakOrNul(url->path));
    FUZZ_CHECK(!hasLineBreakOrNul(url->user));
    FUZZ_CHECK(!hasLineBreakOrNul(url->password));
    FUZZ_CHECK(!hasLineBreakOrNul(url->host));
    FUZZ_CHECK(url->path.size() <= 1 || !url->path.endsWith(QLatin1Char('/')));
    FUZZ_CHECK(!url->path.isEmpty() || url->isDirectory);
    FUZZ_CHECK(!url->displayString.isEmpty());
    // The scheme chooses the encryption; a URL without a port gets the mode's default (990 for ftps://).
    const QString scheme = text.trimmed().section(QLatin1Char(':'), 0, 0).toLower();
    FUZZ_CHECK(url->tlsMode == (scheme == QLatin1String("ftps")    ? Ferry::TlsMode::Implicit
                                : scheme == QLatin1String("ftpes") ? Ferry::TlsMode::Explicit
                                                                   : Ferry::TlsMode::Auto));
    FUZZ_CHECK(url->hasPort || url->port == Ferry::defaultFtpPort(url->tlsMode));
    // Parsing is deterministic.
    const std::optional<FtpUrl> again = Ferry::parseFtpUrl(text);
    FUZZ_CHECK(again && again->path == url->path && again->host == url->host && again->port == url->port);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = FerryFuzz::rawBytes(data, size);
    check(QString::fromUtf8(input));
    // Most inputs lack the scheme the fuzzer would take long to find: also try them as the rest of a URL
    // (ftp://, and the FTPS schemes ftpes:// and ftps://).
    if (!Ferry::isFtpUrl(QString::fromUtf8(input))) {
        const QString rest = QString::fromUtf8(input);
        check(QStringLiteral("ftp://") + rest);
        check((size % 2 ? QStringLiteral("ftps://") : QStringLiteral("ftpes://")) + rest);
    }
    return 0;
}
