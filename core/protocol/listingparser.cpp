#include "listingparser.h"

#include "listingparser_p.h"

#include <QTime>
#include <QTimeZone>
#include <utility>

namespace Ferry {

namespace ListingDetail {

QList<Token> tokenize(const QByteArray& line, qsizetype from, int maxTokens)
{
    QList<Token> tokens;
    const qsizetype n = line.size();
    qsizetype i = from;
    while (i < n && tokens.size() < maxTokens) {
        while (i < n && isBlank(line.at(i)))
            ++i;
        if (i >= n)
            break;
        Token t;
        t.begin = i;
        while (i < n && !isBlank(line.at(i)))
            ++i;
        t.end = i;
        tokens.append(t);
    }
    return tokens;
}

qint64 parseDigits(const QByteArray& s, qsizetype begin, qsizetype end, int maxDigits)
{
    if (begin < 0 || end > s.size() || end <= begin || end - begin > maxDigits)
        return -1;
    qint64 value = 0;
    for (qsizetype i = begin; i < end; ++i) {
        const char c = s.at(i);
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

int monthFromName(const QByteArray& s, qsizetype begin, qsizetype end)
{
    static const char* const names[12] = {"january",   "february", "march",    "april",
                                          "may",       "june",     "july",     "august",
                                          "september", "october",  "november", "december"};
    const qsizetype len = end - begin;
    if (len < 3 || len > 9)
        return 0;
    for (int m = 0; m < 12; ++m) {
        const char* name = names[m];
        qsizetype i = 0;
        for (; i < len; ++i) {
            if (name[i] == '\0' || toLowerAscii(s.at(begin + i)) != name[i])
                break;
        }
        // Either the three-letter abbreviation or the full name.
        if (i == len && (len == 3 || name[len] == '\0'))
            return m + 1;
    }
    return 0;
}

bool parseClock(const QByteArray& s, qsizetype begin, qsizetype end, int* hour, int* minute, int* second,
                bool* hasSeconds)
{
    const qsizetype colon = indexIn(s, ':', begin, end);
    if (colon < 0)
        return false;
    const qint64 h = parseDigits(s, begin, colon, 2);
    qsizetype minuteEnd = colon + 1;
    while (minuteEnd < end && isDigit(s.at(minuteEnd)))
        ++minuteEnd;
    const qint64 m = parseDigits(s, colon + 1, minuteEnd, 2);
    if (h < 0 || m < 0 || h > 24 || m > 59 || (h == 24 && m != 0))
        return false;
    qint64 sec = 0;
    bool withSeconds = false;
    if (minuteEnd < end) {
        if (s.at(minuteEnd) != ':')
            return false;
        qsizetype secondEnd = minuteEnd + 1;
        while (secondEnd < end && isDigit(s.at(secondEnd)))
            ++secondEnd;
        sec = parseDigits(s, minuteEnd + 1, secondEnd, 2);
        if (sec < 0 || sec > 60)
            return false;
        if (secondEnd < end) {
            // A fraction ("08:05:23.000000000" from ls --full-time) is accepted and dropped.
            if (s.at(secondEnd) != '.' || secondEnd + 1 >= end)
                return false;
            for (qsizetype i = secondEnd + 1; i < end; ++i) {
                if (!isDigit(s.at(i)))
                    return false;
            }
        }
        withSeconds = true;
        if (h == 24 && sec != 0)
            return false;
    }
    *hour = int(h);
    *minute = int(m);
    *second = int(sec == 60 ? 59 : sec); // a leap second is shown as :59
    *hasSeconds = withSeconds;
    return true;
}

QDateTime makeDateTime(QDate date, int hour, int minute, int second, const QDateTime& now)
{
    if (!date.isValid())
        return QDateTime();
    if (hour == 24) {
        hour = 0;
        date = date.addDays(1);
    }
    const QTime time(hour, minute, second);
    if (!time.isValid())
        return QDateTime();
    if (!now.isValid())
        return QDateTime(date, time, Qt::LocalTime);
    switch (now.timeSpec()) {
    case Qt::UTC:
        return QDateTime(date, time, Qt::UTC);
    case Qt::OffsetFromUTC:
        return QDateTime(date, time, Qt::OffsetFromUTC, now.offsetFromUtc());
    case Qt::TimeZone:
        return QDateTime(date, time, now.timeZone());
    case Qt::LocalTime:
        break;
    }
    return QDateTime(date, time, Qt::LocalTime);
}

QDate inferDate(int month, int day, int hour, int minute, const QDateTime& now)
{
    // `now` should always be given; the clock is only a fallback so that a caller's mistake does not
    // turn every date into an invalid one.
    const QDateTime reference = now.isValid() ? now : QDateTime::currentDateTime();
    // Compared as wall-clock date and time in the reference's own zone: no time-zone conversion per
    // entry (glibc re-reads /etc/localtime for each one, two thirds of a LIST parse). A daylight-saving
    // hour either way is well inside the one-day slack.
    const QDate limitDate = reference.date().addDays(1);
    const QTime limitTime = reference.time();
    const QTime time(hour, minute);
    const int year = reference.date().year();
    // Eight years back always reaches a leap year for 29 February.
    for (int y = year; y >= year - 8; --y) {
        const QDate date(y, month, day);
        if (!date.isValid())
            continue;
        if (date > limitDate || (date == limitDate && time.isValid() && time > limitTime))
            continue;
        return date;
    }
    return QDate();
}

LineStatus finishName(RemoteEntry& entry, QByteArray rawName, PathEncoding encoding)
{
    if (rawName.contains('\0'))
        return LineStatus::Unparsed;
    // A name is never a path: "dir/" (ls -p), "sub/name" (some servers list paths) keep the last part.
    while (rawName.size() > 1 && rawName.endsWith('/'))
        rawName.chop(1);
    const qsizetype slash = rawName.lastIndexOf('/');
    if (slash >= 0)
        rawName = rawName.mid(slash + 1);
    bool blank = true;
    for (char c : std::as_const(rawName)) {
        if (!isBlank(c)) {
            blank = false;
            break;
        }
    }
    if (blank)
        return LineStatus::Unparsed;
    if (rawName == "." || rawName == "..")
        return LineStatus::Skipped;
    entry.name = decodePath(rawName, encoding);
    entry.rawName = rawName;
    return LineStatus::Entry;
}

// EPLF (https://cr.yp.to/ftp/list/eplf.html): "+fact,fact,...,\tname". Facts: "/" directory, "r" file,
// "s<size>", "m<seconds since 1970 UTC>", "up<octal permissions>", "i<identifier>".
LineStatus parseEplfLine(const QByteArray& line, PathEncoding encoding, RemoteEntry& entry)
{
    const qsizetype plus = line.indexOf('+');
    const qsizetype tab = line.indexOf('\t', plus + 1);
    if (plus < 0 || tab < 0)
        return LineStatus::Unparsed;
    bool isDir = false;
    qsizetype factBegin = plus + 1;
    while (factBegin < tab) {
        qsizetype factEnd = indexIn(line, ',', factBegin, tab);
        if (factEnd < 0)
            factEnd = tab;
        if (factEnd > factBegin) {
            const char kind = line.at(factBegin);
            if (kind == '/') {
                isDir = true;
            } else if (kind == 's') {
                entry.size = parseDigits(line, factBegin + 1, factEnd);
            } else if (kind == 'm') {
                const qint64 secs = parseDigits(line, factBegin + 1, factEnd, 12);
                if (secs >= 0 && secs <= Q_INT64_C(253402300799)) { // up to 9999-12-31
                    entry.modified = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
                    entry.timeHasSeconds = true;
                }
            } else if (kind == 'u' && factEnd - factBegin > 2 && line.at(factBegin + 1) == 'p') {
                entry.permissions = QString::fromLatin1(line.mid(factBegin + 2, factEnd - factBegin - 2));
            }
        }
        factBegin = factEnd + 1;
    }
    entry.type = isDir ? RemoteEntry::Type::Directory : RemoteEntry::Type::File;
    return finishName(entry, line.mid(tab + 1), encoding);
}

namespace {

// "MM-DD-YY", "MM-DD-YYYY", "YYYY-MM-DD", also with '/' ; "DD.MM.YYYY" with dots.
QDate parseDosDate(const QByteArray& s, const Token& t)
{
    if (t.size() < 6 || t.size() > 10)
        return QDate();
    qsizetype firstSep = t.begin;
    while (firstSep < t.end && isDigit(s.at(firstSep)))
        ++firstSep;
    if (firstSep >= t.end)
        return QDate();
    const char sep = s.at(firstSep);
    if (sep != '-' && sep != '/' && sep != '.')
        return QDate();
    const qsizetype secondSep = indexIn(s, sep, firstSep + 1, t.end);
    if (secondSep < 0)
        return QDate();
    const qsizetype aLen = firstSep - t.begin;
    const qsizetype cLen = t.end - (secondSep + 1);
    const qint64 a = parseDigits(s, t.begin, firstSep, 4);
    const qint64 b = parseDigits(s, firstSep + 1, secondSep, 2);
    const qint64 c = parseDigits(s, secondSep + 1, t.end, 4);
    if (a < 0 || b < 0 || c < 0)
        return QDate();
    qint64 year = 0;
    qint64 month = 0;
    qint64 day = 0;
    if (aLen == 4) {
        year = a;
        month = b;
        day = c;
    } else if (aLen <= 2 && (cLen == 2 || cLen == 4)) {
        if (sep == '.') {
            day = a;
            month = b;
        } else {
            month = a;
            day = b;
            if (month > 12 && day <= 12)
                std::swap(month, day);
        }
        year = c;
        if (cLen == 2)
            year += year <= 68 ? 2000 : 1900; // the POSIX %y pivot
    } else {
        return QDate();
    }
    return QDate(int(year), int(month), int(day));
}

bool isAmPm(const QByteArray& s, qsizetype begin, qsizetype end, bool* pm)
{
    if (end - begin != 2 || toLowerAscii(s.at(begin + 1)) != 'm')
        return false;
    const char c = toLowerAscii(s.at(begin));
    if (c != 'a' && c != 'p')
        return false;
    *pm = c == 'p';
    return true;
}

} // namespace

// DOS/IIS: "01-16-19  09:15PM       <DIR>          My Folder", "01-16-2019  21:15  1234 file.txt".
LineStatus parseDosLine(const QByteArray& line, const QDateTime& now, PathEncoding encoding,
                        RemoteEntry& entry)
{
    const QList<Token> t = tokenize(line, 0, 5);
    if (t.size() < 4)
        return LineStatus::Unparsed;
    const QDate date = parseDosDate(line, t[0]);
    if (!date.isValid())
        return LineStatus::Unparsed;

    int next = 1;
    qsizetype clockEnd = t[1].end;
    bool pm = false;
    bool twelveHour = false;
    if (t[1].size() > 2 && isAmPm(line, t[1].end - 2, t[1].end, &pm)) {
        twelveHour = true;
        clockEnd -= 2;
        next = 2;
    } else if (isAmPm(line, t[2].begin, t[2].end, &pm)) {
        twelveHour = true;
        next = 3;
    } else {
        next = 2;
    }
    int hour = 0;
    int minute = 0;
    int second = 0;
    bool hasSeconds = false;
    if (!parseClock(line, t[1].begin, clockEnd, &hour, &minute, &second, &hasSeconds))
        return LineStatus::Unparsed;
    if (twelveHour) {
        if (hour < 1 || hour > 12)
            return LineStatus::Unparsed;
        hour = (hour % 12) + (pm ? 12 : 0);
    } else if (hour > 23) {
        return LineStatus::Unparsed;
    }
    if (next + 1 >= t.size())
        return LineStatus::Unparsed;

    const Token& sizeToken = t[next];
    qsizetype nameStart = sizeToken.end;
    if (line.mid(sizeToken.begin, sizeToken.size()).compare("<DIR>", Qt::CaseInsensitive) == 0) {
        entry.type = RemoteEntry::Type::Directory;
        while (nameStart < line.size() && isBlank(line.at(nameStart)))
            ++nameStart;
    } else {
        // Digits, perhaps with thousands separators ("9,730" from Windows "dir").
        QByteArray digits;
        for (qsizetype i = sizeToken.begin; i < sizeToken.end; ++i) {
            const char c = line.at(i);
            if (c == ',' && i > sizeToken.begin && i + 1 < sizeToken.end)
                continue;
            digits.append(c);
        }
        const qint64 size = parseDigits(digits, 0, digits.size());
        if (size < 0)
            return LineStatus::Unparsed;
        entry.type = RemoteEntry::Type::File;
        entry.size = size;
        ++nameStart; // the one space that separates the right-aligned size from the name
    }
    entry.modified = makeDateTime(date, hour, minute, second, now);
    entry.timeHasSeconds = hasSeconds;
    if (!entry.modified.isValid())
        return LineStatus::Unparsed;
    return finishName(entry, line.mid(nameStart), encoding);
}

namespace {

bool isTotalLine(const QByteArray& line, qsizetype first)
{
    const QList<Token> t = tokenize(line, first, 3);
    if (t.size() != 2 || t[0].size() != 5)
        return false;
    if (line.mid(t[0].begin, 5).compare("total", Qt::CaseInsensitive) != 0)
        return false;
    return isDigit(line.at(t[1].begin));
}

QByteArray stripLineEnd(const QByteArray& line)
{
    qsizetype end = line.size();
    while (end > 0 && (line.at(end - 1) == '\r' || line.at(end - 1) == '\n'))
        --end;
    return line.left(end);
}

LineStatus parseListLineImpl(const QByteArray& rawLine, const QDateTime& now, PathEncoding encoding,
                             RemoteEntry& entry)
{
    const QByteArray line = stripLineEnd(rawLine);
    qsizetype first = 0;
    while (first < line.size() && isBlank(line.at(first)))
        ++first;
    if (first >= line.size())
        return LineStatus::Skipped;
    if (isTotalLine(line, first))
        return LineStatus::Skipped;
    const char c = line.at(first);
    if (c == '+')
        return parseEplfLine(line, encoding, entry);
    if (isDigit(c))
        return parseDosLine(line, now, encoding, entry);
    return parseUnixLine(line, now, encoding, entry);
}

LineStatus parseMlsdLineImpl(const QByteArray& rawLine, PathEncoding encoding, RemoteEntry& entry)
{
    const QByteArray line = stripLineEnd(rawLine);
    qsizetype sep = 0;
    while (sep < line.size() && !isBlank(line.at(sep)))
        ++sep;
    if (line.trimmed().isEmpty())
        return LineStatus::Skipped;
    if (sep >= line.size())
        return LineStatus::Unparsed;

    bool sawFact = false;
    QString typeValue;
    qsizetype factBegin = 0;
    while (factBegin < sep) {
        qsizetype factEnd = indexIn(line, ';', factBegin, sep);
        if (factEnd < 0)
            factEnd = sep;
        const qsizetype eq = indexIn(line, '=', factBegin, factEnd);
        if (eq > factBegin) {
            QByteArray key = line.mid(factBegin, eq - factBegin).toLower();
            const QByteArray value = line.mid(eq + 1, factEnd - eq - 1);
            entry.facts.insert(QString::fromLatin1(key), decodePath(value, encoding));
            sawFact = true;
        }
        factBegin = factEnd + 1;
    }
    // " name" (no facts at all) is valid; "word name" without a single "fact=value" is not MLSD.
    if (sep > 0 && !sawFact)
        return LineStatus::Unparsed;

    const QString type = entry.facts.value(QStringLiteral("type")).toLower();
    if (type == QLatin1String("cdir") || type == QLatin1String("pdir"))
        return LineStatus::Skipped;
    if (type.isEmpty() || type == QLatin1String("file")) {
        entry.type = RemoteEntry::Type::File;
    } else if (type == QLatin1String("dir")) {
        entry.type = RemoteEntry::Type::Directory;
    } else if (type.startsWith(QLatin1String("os.unix=slink")) ||
               type.startsWith(QLatin1String("os.unix=symlink"))) {
        entry.type = RemoteEntry::Type::Symlink;
        const QString original = entry.facts.value(QStringLiteral("type"));
        const qsizetype colon = original.indexOf(QLatin1Char(':'));
        if (colon >= 0)
            entry.linkTarget = original.mid(colon + 1);
    } else {
        entry.type = RemoteEntry::Type::Other;
    }

    auto sizeFact = [&entry](const QString& key) -> qint64 {
        const auto it = entry.facts.constFind(key);
        if (it == entry.facts.cend())
            return -1;
        const QByteArray digits = it->toLatin1();
        return parseDigits(digits, 0, digits.size());
    };
    entry.size = sizeFact(QStringLiteral("size"));
    if (entry.size < 0)
        entry.size = sizeFact(QStringLiteral("sizd"));

    const auto modify = entry.facts.constFind(QStringLiteral("modify"));
    if (modify != entry.facts.cend()) {
        entry.modified = ListingParser::parseTimeVal(modify->toLatin1());
        entry.timeHasSeconds = entry.modified.isValid();
    }
    entry.permissions = entry.facts.value(QStringLiteral("perm"));
    for (const char* key : {"unix.ownername", "unix.owner", "unix.uid"}) {
        const QString v = entry.facts.value(QString::fromLatin1(key));
        if (!v.isEmpty()) {
            entry.owner = v;
            break;
        }
    }
    for (const char* key : {"unix.groupname", "unix.group", "unix.gid"}) {
        const QString v = entry.facts.value(QString::fromLatin1(key));
        if (!v.isEmpty()) {
            entry.group = v;
            break;
        }
    }
    // RFC 3659 7.2: exactly one space separates the facts from the name, which may contain anything.
    return finishName(entry, line.mid(sep + 1), encoding);
}

template <typename LineParser>
ListingResult parseLines(const QByteArray& data, PathEncoding encoding, LineParser parseLine)
{
    ListingResult result;
    qsizetype start = 0;
    while (start < data.size()) {
        qsizetype newline = data.indexOf('\n', start);
        if (newline < 0)
            newline = data.size();
        const QByteArray line = stripLineEnd(data.mid(start, newline - start));
        start = newline + 1;
        if (line.isEmpty())
            continue;
        if (encoding == PathEncoding::Utf8 && !result.sawInvalidUtf8 && !isValidUtf8(line))
            result.sawInvalidUtf8 = true;
        RemoteEntry entry;
        switch (parseLine(line, entry)) {
        case LineStatus::Entry:
            result.entries.append(std::move(entry));
            break;
        case LineStatus::Unparsed:
            result.unparsedLines.append(line);
            break;
        case LineStatus::Skipped:
            break;
        }
    }
    return result;
}

} // namespace

} // namespace ListingDetail

namespace ListingParser {

using namespace ListingDetail;

ListingResult parseList(const QByteArray& data, const QDateTime& now, PathEncoding encoding)
{
    return parseLines(data, encoding, [&](const QByteArray& line, RemoteEntry& entry) {
        return parseListLineImpl(line, now, encoding, entry);
    });
}

std::optional<RemoteEntry> parseListLine(const QByteArray& line, const QDateTime& now, PathEncoding encoding)
{
    RemoteEntry entry;
    if (parseListLineImpl(line, now, encoding, entry) != LineStatus::Entry)
        return std::nullopt;
    return entry;
}

ListingResult parseMlsd(const QByteArray& data, PathEncoding encoding)
{
    return parseLines(data, encoding, [&](const QByteArray& line, RemoteEntry& entry) {
        return parseMlsdLineImpl(line, encoding, entry);
    });
}

std::optional<RemoteEntry> parseMlsdLine(const QByteArray& line, PathEncoding encoding)
{
    RemoteEntry entry;
    if (parseMlsdLineImpl(line, encoding, entry) != LineStatus::Entry)
        return std::nullopt;
    return entry;
}

ListingResult parseNameList(const QByteArray& data, PathEncoding encoding)
{
    return parseLines(data, encoding, [&](const QByteArray& line, RemoteEntry& entry) {
        // NLST has no types; a trailing slash (some servers mark folders so) is the only hint.
        entry.type =
            line.size() > 1 && line.endsWith('/') ? RemoteEntry::Type::Directory : RemoteEntry::Type::File;
        return finishName(entry, line, encoding);
    });
}

QDateTime parseTimeVal(const QByteArray& value)
{
    const QByteArray s = value.trimmed();
    if (s.size() < 14)
        return QDateTime();
    const qint64 year = parseDigits(s, 0, 4);
    const qint64 month = parseDigits(s, 4, 6);
    const qint64 day = parseDigits(s, 6, 8);
    const qint64 hour = parseDigits(s, 8, 10);
    const qint64 minute = parseDigits(s, 10, 12);
    qint64 second = parseDigits(s, 12, 14);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return QDateTime();
    int msec = 0;
    if (s.size() > 14) {
        if (s.at(14) != '.' || s.size() == 15)
            return QDateTime();
        int scale = 100;
        for (qsizetype i = 15; i < s.size(); ++i) {
            if (!isDigit(s.at(i)))
                return QDateTime();
            msec += (s.at(i) - '0') * scale;
            scale /= 10;
        }
    }
    if (second == 60)
        second = 59; // leap second
    const QDate date(static_cast<int>(year), static_cast<int>(month), static_cast<int>(day));
    const QTime time(static_cast<int>(hour), static_cast<int>(minute), static_cast<int>(second), msec);
    if (!date.isValid() || !time.isValid())
        return QDateTime();
    return QDateTime(date, time, Qt::UTC);
}

} // namespace ListingParser

} // namespace Ferry
