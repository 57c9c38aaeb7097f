#pragma once

// Internal helpers shared by the listing parser's source files. Not part of the API.

#include "listingtimezone.h"
#include "pathcodec.h"
#include "remoteentry.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QVarLengthArray>

namespace Ferry {
namespace ListingDetail {

enum class LineStatus
{
    Entry,    // an entry was parsed
    Skipped,  // nothing to report: "total N", ".", ".."
    Unparsed, // looked like an entry but could not be parsed
};

// A whitespace-separated word of a line: [begin, end) offsets into the line.
struct Token
{
    qsizetype begin = 0;
    qsizetype end = 0;
    qsizetype size() const { return end - begin; }
};
using Tokens = QVarLengthArray<Token, 48>;

// One copy of each distinct short string of a listing (owners, groups, permissions, fact names): the
// entries share it (implicit sharing) instead of holding 100,000 copies of "ftp". Bounded, so that a
// listing of distinct values costs a table of at most MaxStrings entries, not one per line.
class StringTable final
{
public:
    // The decoded text of bytes [begin, end) of `s` (UTF-8 where valid and asked for, else Latin-1).
    QString get(const QByteArray& s, qsizetype begin, qsizetype end, PathEncoding encoding);

private:
    static constexpr qsizetype MaxStrings = 4096;
    static constexpr int RecentCount = 4; // owner, group, permissions of the last line, and one more
    struct Recent
    {
        QByteArray key;
        QString text;
    };
    QHash<QByteArray, QString> m_strings; // one encoding per listing
    Recent m_recent[RecentCount];
    int m_nextRecent = 0;
};

// What the parse of one listing keeps from line to line: the reference time and its zone (computed once,
// not per entry), the encoding of names, and the shared strings.
class Context final
{
public:
    Context(const QDateTime& now, PathEncoding encoding);

    // The instant of a wall-clock date and time in the listing's zone. An hour of 24 means midnight at
    // the end of `date`. Invalid if the date or time does not exist.
    QDateTime dateTime(QDate date, int hour, int minute, int second);

    PathEncoding encoding;
    // Set by the caller when the whole line is known to be valid UTF-8, so that names need no second check.
    bool lineIsUtf8 = false;
    QDate today; // `now` on the listing's wall clock
    QTime nowTime;
    ListingTimeZone zone;
    StringTable strings;
};

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
inline bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}
inline char toLowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// The first index of `c` in [begin, end) of `s`, or -1. Searches never run past the field at hand, so
// that work stays linear in the length of a line.
inline qsizetype indexIn(const QByteArray& s, char c, qsizetype begin, qsizetype end)
{
    for (qsizetype i = begin; i < end && i < s.size(); ++i) {
        if (s.at(i) == c)
            return i;
    }
    return -1;
}

// True when bytes [begin, end) of `s` equal the lower-case ASCII `lower`, in any case.
bool equalsIgnoringCase(const QByteArray& s, qsizetype begin, qsizetype end, const char* lower);

// The first `maxTokens` words of `line` from offset `from`, split on spaces and tabs.
void tokenize(const QByteArray& line, qsizetype from, int maxTokens, Tokens* tokens);

// A run of 1..maxDigits decimal digits in [begin, end) as a number; -1 if anything else.
qint64 parseDigits(const QByteArray& s, qsizetype begin, qsizetype end, int maxDigits = 18);

// 1..12 for an English month abbreviation or name in any case ("jan", "APR", "September"); 0 otherwise.
int monthFromName(const QByteArray& s, qsizetype begin, qsizetype end);

// "H:MM", "HH:MM", "HH:MM:SS", "HH:MM:SS.fff" (hour 0..24, 24 only as 24:00); false if not a time.
bool parseClock(const QByteArray& s, qsizetype begin, qsizetype end, int* hour, int* minute, int* second,
                bool* hasSeconds);

// RFC 3659 time-val in bytes [begin, end) of `s`, in UTC.
QDateTime parseTimeVal(const QByteArray& s, qsizetype begin, qsizetype end);

// The year for a date listed without one: the year of `now`, or an earlier one when the date would
// be more than a day in the future (or does not exist, such as 29 February).
QDate inferDate(int month, int day, int hour, int minute, const Context& context);

// Checks the name in bytes [begin, end) of `line` and stores it: reduces a path to its last component (an
// entry's name is never a path), rejects empty and blank names and NUL bytes, skips "." and "..".
LineStatus finishName(RemoteEntry& entry, const QByteArray& line, qsizetype begin, qsizetype end,
                      const Context& context);

// The parsers of one line (without its line end) of each format.
LineStatus parseListLine(const QByteArray& line, Context& context, RemoteEntry& entry);
LineStatus parseMlsdLine(const QByteArray& line, Context& context, RemoteEntry& entry);
LineStatus parseNameListLine(const QByteArray& line, Context& context, RemoteEntry& entry);

LineStatus parseUnixLine(const QByteArray& line, Context& context, RemoteEntry& entry);
LineStatus parseDosLine(const QByteArray& line, Context& context, RemoteEntry& entry);
LineStatus parseEplfLine(const QByteArray& line, Context& context, RemoteEntry& entry);

} // namespace ListingDetail
} // namespace Ferry
