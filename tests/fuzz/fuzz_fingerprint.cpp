// The SHA-256 fingerprint parser (core/net/certificates: parseFingerprint), fed whatever a user pastes
// after --fingerprint (or a site's pinned certificate): colon-, space- or unseparated hex, any case, with
// or without a "SHA256:" prefix, and anything else.
#include "fuzzcheck.h"
#include "net/certificates.h"

#include <QString>

namespace {

bool isHexDigit(QChar c)
{
    const char l = c.toLatin1();
    return (l >= '0' && l <= '9') || (l >= 'a' && l <= 'f') || (l >= 'A' && l <= 'F');
}

void check(const QString& text)
{
    const std::optional<QByteArray> fingerprint = Ferry::parseFingerprint(text);
    if (!fingerprint)
        return;
    // Always a whole SHA-256 digest.
    FUZZ_CHECK(fingerprint->size() == 32);
    // Its digits are exactly the hex digits of the text (after any prefix), in order: nothing invented,
    // nothing dropped.
    QByteArray digits;
    for (const QChar c : text) {
        if (isHexDigit(c))
            digits.append(c.toLatin1());
    }
    FUZZ_CHECK(digits.toLower().endsWith(fingerprint->toHex()));
    // The form Ferry shows (colon-separated upper-case hex) reads back to the same bytes, and so do the
    // plain lower-case hex and the prefixed form.
    const QString shown = Ferry::formatFingerprint(*fingerprint);
    FUZZ_CHECK(shown.size() == 95);
    FUZZ_CHECK(Ferry::parseFingerprint(shown) == fingerprint);
    FUZZ_CHECK(Ferry::parseFingerprint(QString::fromLatin1(fingerprint->toHex())) == fingerprint);
    FUZZ_CHECK(Ferry::parseFingerprint(QStringLiteral("SHA256:") + shown) == fingerprint);
    // Deterministic.
    FUZZ_CHECK(Ferry::parseFingerprint(text) == fingerprint);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = FerryFuzz::rawBytes(data, size);
    check(QString::fromUtf8(input));
    check(QString::fromLatin1(input));
    return 0;
}
