#pragma once

// Internal helpers shared by the listing parser's source files. Not part of the API.

#include "pathcodec.h"
#include "remoteentry.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

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

// The first `maxTokens` words of `line` from offset `from`, split on spaces and tabs.
QList<Token> tokenize(const QByteArray& line, qsizetype from, int maxTokens);

// A run of 1..maxDigits decimal digits in [begin, end) as a number; -1 if anything else.
qint64 parseDigits(const QByteArray& s, qsizetype begin, qsizetype end, int maxDigits = 18);

// 1..12 for an English month abbreviation or name in any case ("jan", "APR", "September"); 0 otherwise.
int monthFromName(const QByteArray& s, qsizetype begin, qsizetype end);

// "H:MM", "HH:MM", "HH:MM:SS", "HH:MM:SS.fff" (hour 0..24, 24 only as 24:00); false if not a time.
bool parseClock(const QByteArray& s, qsizetype begin, qsizetype end, int* hour, int* minute, int* second,
                bool* hasSeconds);

// Builds the wall-clock date and time `date` `time` in the time spec of `now` (so a UTC `now` gives UTC
// entries and a local `now` local ones). An hour of 24 means midnight at the end of `date`.
QDateTime makeDateTime(QDate date, int hour, int minute, int second, const QDateTime& now);

// The year for a date listed without one: the year of `now`, or an earlier one when the date would
// be more than a day in the future (or does not exist, such as 29 February).
QDate inferDate(int month, int day, int hour, int minute, const QDateTime& now);

// Checks a name and stores it: reduces a path to its last component (an entry's name is never a path),
// rejects empty and blank names and NUL bytes, skips "." and "..".
LineStatus finishName(RemoteEntry& entry, QByteArray rawName, PathEncoding encoding);

LineStatus parseUnixLine(const QByteArray& line, const QDateTime& now, PathEncoding encoding,
                         RemoteEntry& entry);
LineStatus parseDosLine(const QByteArray& line, const QDateTime& now, PathEncoding encoding,
                        RemoteEntry& entry);
LineStatus parseEplfLine(const QByteArray& line, PathEncoding encoding, RemoteEntry& entry);

} // namespace ListingDetail
} // namespace Ferry
