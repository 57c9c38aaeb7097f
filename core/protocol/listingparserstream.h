#pragma once

#include "pathcodec.h"
#include "remoteentry.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <memory>

namespace Ferry {

namespace ListingDetail {
class Context;
}

// A directory listing parsed as it arrives: feed() it the bytes of the data connection in whatever pieces
// they come, take the entries parsed so far whenever convenient, finish() at the end. The entries are
// the same, in the same order, whichever way the bytes were split (ListingParser's whole-buffer
// functions are this class fed once).
//
// Deterministic and free of I/O, like the rest of the listing parser: given the same bytes, the same
// `now` (its time spec names the zone that listed dates are in: UTC, an offset, a QTimeZone, or the
// system's zone for local time) and the same encoding, the same entries. The zone is looked up once per
// listing, and owner, group and permission strings are shared between the entries of one listing.
//
// A line longer than MaxLineBytes is not parsed: its first MaxReportedBytes are reported as unparsed and
// the rest of it is skipped, so that a server that never sends a line end cannot fill the memory.
class ListingParserStream final
{
    Q_DISABLE_COPY_MOVE(ListingParserStream)

public:
    enum class Format
    {
        List,    // LIST, any of the formats ListingParser::parseList() knows
        Mlsd,    // MLSD
        NameList // NLST
    };

    static constexpr qsizetype MaxLineBytes = 1 << 20;
    static constexpr qsizetype MaxReportedBytes = 1024;

    ListingParserStream(Format format, const QDateTime& now, PathEncoding encoding = PathEncoding::Utf8);
    ~ListingParserStream();

    Format format() const { return m_format; }

    // Parses every line that `data` completes; keeps an incomplete last line for the next call.
    void feed(QByteArrayView data);
    // The end of the listing: parses a last line that has no line end.
    void finish();

    // The entries parsed since the last call, in listing order. "total N" lines, blank lines and the "."
    // and ".." entries are not entries.
    QList<RemoteEntry> takeEntries();
    qsizetype pendingEntries() const { return m_entries.size(); }
    // Lines that looked like entries but could not be parsed, exactly as received, since the last call.
    QList<QByteArray> takeUnparsedLines();
    // True when a line was not valid UTF-8 although the encoding is Utf8 (it was decoded as Latin-1).
    bool sawInvalidUtf8() const { return m_sawInvalidUtf8; }
    // Entries parsed in all, taken or not.
    qint64 entryCount() const { return m_entryCount; }

private:
    void parseLine(const char* data, qsizetype size);
    void reportOverlongLine(const char* data, qsizetype size);

    Format m_format;
    std::unique_ptr<ListingDetail::Context> m_context;
    QByteArray m_partial; // the start of a line that the next feed() completes
    bool m_skippingOverlongLine = false;
    bool m_sawInvalidUtf8 = false;
    qint64 m_entryCount = 0;
    QList<RemoteEntry> m_entries;
    QList<QByteArray> m_unparsed;
};

} // namespace Ferry
