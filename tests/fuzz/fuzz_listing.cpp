// The listing parsers (core/protocol/listingparser*): LIST in every format (detected per line), MLSD,
// NLST, MLST replies (core/protocol/mlstreply) and MDTM/MLSD time-vals, in both path encodings, against a
// fixed "now" in fixed time zones so that a run depends on nothing but the input.
#include "fuzzcheck.h"
#include "protocol/listingparser.h"
#include "protocol/mlstreply.h"

#include <QTimeZone>
#include <cstdlib>
#include <ctime>

using Ferry::ListingResult;
using Ferry::PathEncoding;
using Ferry::RemoteEntry;
namespace ListingParser = Ferry::ListingParser;

namespace {

// The moment year inference is relative to, once in UTC and once at a fixed offset (a date listed
// without a year lands differently on either side of New Year's Eve).
const QDateTime& nowUtc()
{
    static const QDateTime now(QDate(2024, 1, 1), QTime(0, 30), Qt::UTC);
    return now;
}

const QDateTime& nowOffset()
{
    static const QDateTime now(QDate(2023, 12, 31), QTime(23, 30), Qt::OffsetFromUTC, -5 * 3600);
    return now;
}

// A name is one path component whatever the server sent ("../x" or "a/b" must never come back as a path
// that a download into a local folder would follow).
void checkEntry(const RemoteEntry& entry)
{
    FUZZ_CHECK(!entry.name.isEmpty());
    FUZZ_CHECK(!entry.rawName().isEmpty());
    FUZZ_CHECK(!entry.name.contains(QLatin1Char('/')));
    FUZZ_CHECK(!entry.rawName().contains('/'));
    FUZZ_CHECK(entry.name != QLatin1String(".") && entry.name != QLatin1String(".."));
    FUZZ_CHECK(!entry.name.contains(QChar(0)));
    FUZZ_CHECK(!entry.name.contains(QLatin1Char('\n')));
    FUZZ_CHECK(entry.size >= -1);
    FUZZ_CHECK(!entry.modified.isValid() || entry.modified.date().year() > 0);
}

void checkResult(const ListingResult& result, const QByteArray& data)
{
    for (const RemoteEntry& entry : result.entries)
        checkEntry(entry);
    for (const QByteArray& line : result.unparsedLines) {
        FUZZ_CHECK(!line.isEmpty());
        FUZZ_CHECK(data.contains(line)); // reported exactly as received
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    // Dates without a zone are local time: make local time the same on every machine.
    setenv("TZ", "UTC", 1);
    tzset();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = FerryFuzz::rawBytes(data, size);
    // The length picks the encoding and the zone: each input is parsed once, every variant gets its share.
    const bool variant = size % 2 == 1;
    const QDateTime& now = variant ? nowOffset() : nowUtc();
    const PathEncoding encoding = variant ? PathEncoding::Latin1 : PathEncoding::Utf8;

    const ListingResult list = ListingParser::parseList(input, now, encoding);
    checkResult(list, input);
    const ListingResult mlsd = ListingParser::parseMlsd(input, encoding);
    checkResult(mlsd, input);
    checkResult(ListingParser::parseNameList(input, encoding), input);

    // Line by line, the single-line parsers agree with the whole-listing ones.
    qsizetype listEntries = 0;
    qsizetype mlsdEntries = 0;
    for (const QByteArray& line : input.split('\n')) {
        if (const std::optional<RemoteEntry> entry = ListingParser::parseListLine(line, now, encoding)) {
            checkEntry(*entry);
            ++listEntries;
        }
        if (const std::optional<RemoteEntry> entry = ListingParser::parseMlsdLine(line, encoding)) {
            checkEntry(*entry);
            ++mlsdEntries;
        }
    }
    FUZZ_CHECK(listEntries == list.entries.size());
    FUZZ_CHECK(mlsdEntries == mlsd.entries.size());

    // The same lines as an MLST reply ("250-Listing x" / " facts name" / "250 End").
    Ferry::FtpReply mlst;
    mlst.code = 250;
    mlst.lines = input.split('\n');
    if (const std::optional<RemoteEntry> entry = Ferry::parseMlstReply(mlst, encoding))
        checkEntry(*entry);

    const QDateTime timeVal = ListingParser::parseTimeVal(input.left(64));
    FUZZ_CHECK(!timeVal.isValid() || timeVal.timeSpec() == Qt::UTC);
    return 0;
}
