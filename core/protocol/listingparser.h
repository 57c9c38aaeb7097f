#pragma once

#include "pathcodec.h"
#include "remoteentry.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <optional>

namespace Ferry {

struct ListingResult
{
    QList<RemoteEntry> entries;
    // Lines that looked like entries but could not be parsed, exactly as received: reported, never
    // dropped silently. "total N" lines, blank lines and the "." and ".." entries are not reported.
    QList<QByteArray> unparsedLines;
    // True when a line was not valid UTF-8 although encoding was Utf8 (it was decoded as Latin-1).
    bool sawInvalidUtf8 = false;
};

// Parsers for directory listings. Pure functions on bytes: no I/O, deterministic given `now`, which is
// used to infer the year of dates listed without one (UNIX "Apr 02 08:05", NetX Duo): such a date is
// put in the year of `now`, or the year before when that would be more than a day in the future.
//
// LIST dates are wall-clock times in the zone of `now` (its time spec): a UTC `now` reads them as UTC, an
// OffsetFromUTC one at that offset, a Qt::TimeZone one in that zone and a local-time one in the system's
// zone (one look-up per listing, see ListingTimeZone). The entries' times come out in UTC, or at the
// offset for an OffsetFromUTC `now` or a listed "+0100"; the same instants either way.
//
// ListingParserStream (listingparserstream.h) parses a listing piece by piece as it arrives; the
// functions below are that parser fed the whole listing at once.
namespace ListingParser {

// LIST output in any of the formats seen in the field, detected line by line: UNIX "ls -l" variants
// (with or without year, any month case, numeric dates, device files, symlinks "a -> b", names with
// spaces, missing group column), NetX Duo, DOS/IIS, EPLF ("+i8388621.48594,m825718503,r,s280,\tname").
ListingResult parseList(const QByteArray& data, const QDateTime& now,
                        PathEncoding encoding = PathEncoding::Utf8);

// One LIST line; nullopt if it cannot be parsed (or is a "total" line, "." or "..").
std::optional<RemoteEntry> parseListLine(const QByteArray& line, const QDateTime& now,
                                         PathEncoding encoding = PathEncoding::Utf8);

// MLSD output (RFC 3659 section 7): "fact=value;fact=value; name" per line.
ListingResult parseMlsd(const QByteArray& data, PathEncoding encoding = PathEncoding::Utf8);
std::optional<RemoteEntry> parseMlsdLine(const QByteArray& line, PathEncoding encoding = PathEncoding::Utf8);

// NLST output: one name per line (paths are reduced to their last component).
ListingResult parseNameList(const QByteArray& data, PathEncoding encoding = PathEncoding::Utf8);

// RFC 3659 time-val "YYYYMMDDHHMMSS[.sss]" in UTC, as used by MDTM and the MLSD "modify" fact.
QDateTime parseTimeVal(const QByteArray& value);

} // namespace ListingParser

} // namespace Ferry
