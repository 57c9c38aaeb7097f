#include "listingparser.h"

#include "listingparser_p.h"
#include "listingparserstream.h"

#include <QTime>
#include <cstring>
#include <utility>

namespace Ferry {

namespace ListingDetail {

namespace {

// Decodes bytes [begin, end) of `s` as decodePath() does, and says which encoding it took.
QString decodeSpan(const QByteArray& s, qsizetype begin, qsizetype end, PathEncoding encoding,
                   PathEncoding* used = nullptr, bool knownUtf8 = false)
{
    const QByteArray bytes = QByteArray::fromRawData(s.constData() + begin, end - begin);
    if (encoding == PathEncoding::Utf8 && (knownUtf8 || isValidUtf8(bytes))) {
        if (used)
            *used = PathEncoding::Utf8;
        return QString::fromUtf8(bytes);
    }
    if (used)
        *used = PathEncoding::Latin1;
    return QString::fromLatin1(bytes);
}

} // namespace

QString StringTable::get(const QByteArray& s, qsizetype begin, qsizetype end, PathEncoding encoding)
{
    if (end <= begin)
        return QString();
    const qsizetype length = end - begin;
    const char* bytes = s.constData() + begin;
    // Consecutive lines mostly repeat the last line's strings: a few byte comparisons, no hashing.
    for (const Recent& r : m_recent) {
        if (r.key.size() == length && std::memcmp(r.key.constData(), bytes, size_t(length)) == 0)
            return r.text;
    }
    const QByteArray key = QByteArray::fromRawData(bytes, length);
    const auto it = m_strings.constFind(key);
    QString text;
    if (it != m_strings.constEnd()) {
        text = it.value();
    } else {
        text = decodeSpan(s, begin, end, encoding);
        if (m_strings.size() >= MaxStrings)
            return text;
        m_strings.insert(QByteArray(bytes, length), text);
    }
    Recent& slot = m_recent[m_nextRecent];
    m_nextRecent = (m_nextRecent + 1) % RecentCount;
    slot.key = QByteArray(bytes, length);
    slot.text = text;
    return text;
}

Context::Context(const QDateTime& now, PathEncoding pathEncoding) : encoding(pathEncoding), zone(now)
{
    // `now` should always be given; the clock is only a fallback so that a caller's mistake does not
    // turn every date into an invalid one.
    const QDateTime reference = now.isValid() ? now : QDateTime::currentDateTime();
    today = reference.date();
    nowTime = reference.time();
}

QDateTime Context::dateTime(QDate date, int hour, int minute, int second)
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
    return zone.instant(date, time);
}

bool equalsIgnoringCase(const QByteArray& s, qsizetype begin, qsizetype end, const char* lower)
{
    const qsizetype length = qsizetype(std::strlen(lower));
    if (end - begin != length)
        return false;
    for (qsizetype i = 0; i < length; ++i) {
        if (toLowerAscii(s.at(begin + i)) != lower[i])
            return false;
    }
    return true;
}

void tokenize(const QByteArray& line, qsizetype from, int maxTokens, Tokens* tokens)
{
    tokens->clear();
    const char* data = line.constData();
    const qsizetype n = line.size();
    qsizetype i = from;
    while (i < n && tokens->size() < maxTokens) {
        while (i < n && isBlank(data[i]))
            ++i;
        if (i >= n)
            break;
        Token t;
        t.begin = i;
        while (i < n && !isBlank(data[i]))
            ++i;
        t.end = i;
        tokens->append(t);
    }
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
    // Every month's name starts with one of these letters (most tokens tried here are numbers).
    switch (toLowerAscii(s.at(begin))) {
    case 'j':
    case 'f':
    case 'm':
    case 'a':
    case 's':
    case 'o':
    case 'n':
    case 'd':
        break;
    default:
        return 0;
    }
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

QDateTime parseTimeVal(const QByteArray& s, qsizetype begin, qsizetype end)
{
    while (begin < end && (isBlank(s.at(begin)) || s.at(begin) == '\r' || s.at(begin) == '\n'))
        ++begin;
    while (end > begin && (isBlank(s.at(end - 1)) || s.at(end - 1) == '\r' || s.at(end - 1) == '\n'))
        --end;
    if (end - begin < 14)
        return QDateTime();
    const qint64 year = parseDigits(s, begin, begin + 4);
    const qint64 month = parseDigits(s, begin + 4, begin + 6);
    const qint64 day = parseDigits(s, begin + 6, begin + 8);
    const qint64 hour = parseDigits(s, begin + 8, begin + 10);
    const qint64 minute = parseDigits(s, begin + 10, begin + 12);
    qint64 second = parseDigits(s, begin + 12, begin + 14);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return QDateTime();
    int msec = 0;
    if (end - begin > 14) {
        if (s.at(begin + 14) != '.' || end - begin == 15)
            return QDateTime();
        int scale = 100;
        for (qsizetype i = begin + 15; i < end; ++i) {
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

QDate inferDate(int month, int day, int hour, int minute, const Context& context)
{
    // Compared as wall-clock date and time in the reference's own zone: no time-zone conversion per
    // entry. A daylight-saving hour either way is well inside the one-day slack.
    const QDate limitDate = context.today.addDays(1);
    const QTime limitTime = context.nowTime;
    const QTime time(hour, minute);
    const int year = context.today.year();
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

LineStatus finishName(RemoteEntry& entry, const QByteArray& line, qsizetype begin, qsizetype end,
                      const Context& context)
{
    if (begin < end && std::memchr(line.constData() + begin, '\0', size_t(end - begin)))
        return LineStatus::Unparsed;
    // A name is never a path: "dir/" (ls -p), "sub/name" (some servers list paths) keep the last part.
    while (end - begin > 1 && line.at(end - 1) == '/')
        --end;
    for (qsizetype i = end - 1; i >= begin; --i) {
        if (line.at(i) == '/') {
            begin = i + 1;
            break;
        }
    }
    bool blank = true;
    for (qsizetype i = begin; i < end; ++i) {
        if (!isBlank(line.at(i))) {
            blank = false;
            break;
        }
    }
    if (blank)
        return LineStatus::Unparsed;
    if (line.at(begin) == '.' && (end - begin == 1 || (end - begin == 2 && line.at(begin + 1) == '.')))
        return LineStatus::Skipped;
    entry.name = decodeSpan(line, begin, end, context.encoding, &entry.nameEncoding, context.lineIsUtf8);
    return LineStatus::Entry;
}

// EPLF (https://cr.yp.to/ftp/list/eplf.html): "+fact,fact,...,\tname". Facts: "/" directory, "r" file,
// "s<size>", "m<seconds since 1970 UTC>", "up<octal permissions>", "i<identifier>".
LineStatus parseEplfLine(const QByteArray& line, Context& context, RemoteEntry& entry)
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
                entry.permissions = context.strings.get(line, factBegin + 2, factEnd, PathEncoding::Latin1);
            }
        }
        factBegin = factEnd + 1;
    }
    entry.type = isDir ? RemoteEntry::Type::Directory : RemoteEntry::Type::File;
    return finishName(entry, line, tab + 1, line.size(), context);
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
LineStatus parseDosLine(const QByteArray& line, Context& context, RemoteEntry& entry)
{
    Tokens t;
    tokenize(line, 0, 5, &t);
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
    if (equalsIgnoringCase(line, sizeToken.begin, sizeToken.end, "<dir>")) {
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
    entry.modified = context.dateTime(date, hour, minute, second);
    entry.timeHasSeconds = hasSeconds;
    if (!entry.modified.isValid())
        return LineStatus::Unparsed;
    return finishName(entry, line, qMin(nameStart, line.size()), line.size(), context);
}

namespace {

bool isTotalLine(const QByteArray& line, qsizetype first)
{
    if (toLowerAscii(line.at(first)) != 't')
        return false;
    Tokens t;
    tokenize(line, first, 3, &t);
    if (t.size() != 2 || !equalsIgnoringCase(line, t[0].begin, t[0].end, "total"))
        return false;
    return isDigit(line.at(t[1].begin));
}

// Lower-case fact names that became fields of RemoteEntry; they are not kept again in `facts`.
enum class Fact
{
    Other,
    Type,
    Size,
    Sizd,
    Modify,
    Perm,
    OwnerName,
    Owner,
    Uid,
    GroupName,
    Group,
    Gid,
};

Fact factOf(const QByteArray& line, qsizetype begin, qsizetype end)
{
    static const struct
    {
        const char* name;
        Fact fact;
    } known[] = {{"type", Fact::Type},        {"size", Fact::Size},    {"sizd", Fact::Sizd},
                 {"modify", Fact::Modify},    {"perm", Fact::Perm},    {"unix.ownername", Fact::OwnerName},
                 {"unix.owner", Fact::Owner}, {"unix.uid", Fact::Uid}, {"unix.groupname", Fact::GroupName},
                 {"unix.group", Fact::Group}, {"unix.gid", Fact::Gid}};
    for (const auto& k : known) {
        if (equalsIgnoringCase(line, begin, end, k.name))
            return k.fact;
    }
    return Fact::Other;
}

// Facts whose values repeat from entry to entry: their values are shared strings.
bool isRepetitiveFact(const QString& key)
{
    return key == QLatin1String("unix.mode") || key == QLatin1String("media-type") ||
           key == QLatin1String("charset") || key == QLatin1String("lang");
}

struct Span
{
    qsizetype begin = -1;
    qsizetype end = -1;
    bool isSet() const { return begin >= 0; }
};

} // namespace

LineStatus parseListLine(const QByteArray& line, Context& context, RemoteEntry& entry)
{
    qsizetype first = 0;
    while (first < line.size() && isBlank(line.at(first)))
        ++first;
    if (first >= line.size())
        return LineStatus::Skipped;
    if (isTotalLine(line, first))
        return LineStatus::Skipped;
    const char c = line.at(first);
    if (c == '+')
        return parseEplfLine(line, context, entry);
    if (isDigit(c))
        return parseDosLine(line, context, entry);
    return parseUnixLine(line, context, entry);
}

LineStatus parseMlsdLine(const QByteArray& line, Context& context, RemoteEntry& entry)
{
    qsizetype sep = 0;
    while (sep < line.size() && !isBlank(line.at(sep)))
        ++sep;
    bool blankLine = true;
    for (char c : line) {
        if (!isBlank(c) && c != '\r' && c != '\n' && c != '\v' && c != '\f') {
            blankLine = false;
            break;
        }
    }
    if (blankLine)
        return LineStatus::Skipped;
    if (sep >= line.size())
        return LineStatus::Unparsed;

    bool sawFact = false;
    Span type;
    Span size;
    Span sizd;
    Span modify;
    Span perm;
    Span owner[3]; // by preference: unix.ownername, unix.owner, unix.uid
    Span group[3];
    qsizetype factBegin = 0;
    while (factBegin < sep) {
        qsizetype factEnd = indexIn(line, ';', factBegin, sep);
        if (factEnd < 0)
            factEnd = sep;
        const qsizetype eq = indexIn(line, '=', factBegin, factEnd);
        if (eq > factBegin) {
            sawFact = true;
            const Span value{eq + 1, factEnd};
            switch (factOf(line, factBegin, eq)) {
            case Fact::Type:
                type = value;
                break;
            case Fact::Size:
                size = value;
                break;
            case Fact::Sizd:
                sizd = value;
                break;
            case Fact::Modify:
                modify = value;
                break;
            case Fact::Perm:
                perm = value;
                break;
            case Fact::OwnerName:
                owner[0] = value;
                break;
            case Fact::Owner:
                owner[1] = value;
                break;
            case Fact::Uid:
                owner[2] = value;
                break;
            case Fact::GroupName:
                group[0] = value;
                break;
            case Fact::Group:
                group[1] = value;
                break;
            case Fact::Gid:
                group[2] = value;
                break;
            case Fact::Other: {
                QByteArray key = line.mid(factBegin, eq - factBegin).toLower();
                const QString name = context.strings.get(key, 0, key.size(), PathEncoding::Latin1);
                entry.facts.insert(
                    name, isRepetitiveFact(name)
                              ? context.strings.get(line, value.begin, value.end, context.encoding)
                              : decodePath(line.mid(value.begin, value.end - value.begin), context.encoding));
                break;
            }
            }
        }
        factBegin = factEnd + 1;
    }
    // " name" (no facts at all) is valid; "word name" without a single "fact=value" is not MLSD.
    if (sep > 0 && !sawFact)
        return LineStatus::Unparsed;

    const auto typeIs = [&](const char* lower) {
        return type.isSet() && equalsIgnoringCase(line, type.begin, type.end, lower);
    };
    const auto typeStartsWith = [&](const char* lower) {
        const qsizetype length = qsizetype(std::strlen(lower));
        return type.isSet() && type.end - type.begin >= length &&
               equalsIgnoringCase(line, type.begin, type.begin + length, lower);
    };
    if (typeIs("cdir") || typeIs("pdir"))
        return LineStatus::Skipped;
    if (!type.isSet() || type.begin == type.end || typeIs("file")) {
        entry.type = RemoteEntry::Type::File;
    } else if (typeIs("dir")) {
        entry.type = RemoteEntry::Type::Directory;
    } else if (typeStartsWith("os.unix=slink") || typeStartsWith("os.unix=symlink")) {
        entry.type = RemoteEntry::Type::Symlink;
        const qsizetype colon = indexIn(line, ':', type.begin, type.end);
        if (colon >= 0)
            entry.linkTarget = decodePath(line.mid(colon + 1, type.end - colon - 1), context.encoding);
    } else {
        entry.type = RemoteEntry::Type::Other;
    }

    if (size.isSet())
        entry.size = parseDigits(line, size.begin, size.end);
    if (entry.size < 0 && sizd.isSet())
        entry.size = parseDigits(line, sizd.begin, sizd.end);
    if (modify.isSet()) {
        entry.modified = parseTimeVal(line, modify.begin, modify.end);
        entry.timeHasSeconds = entry.modified.isValid();
    }
    if (perm.isSet()) // "perm=" (nothing allowed) gives an empty string, no "perm" fact a null one
        entry.permissions = perm.end > perm.begin
                                ? context.strings.get(line, perm.begin, perm.end, context.encoding)
                                : QStringLiteral("");
    entry.permissionsKind = RemoteEntry::PermissionsKind::MlsdPerm;
    for (const Span& s : owner) {
        if (s.isSet() && s.end > s.begin) {
            entry.owner = context.strings.get(line, s.begin, s.end, context.encoding);
            break;
        }
    }
    for (const Span& s : group) {
        if (s.isSet() && s.end > s.begin) {
            entry.group = context.strings.get(line, s.begin, s.end, context.encoding);
            break;
        }
    }
    // RFC 3659 7.2: exactly one space separates the facts from the name, which may contain anything.
    return finishName(entry, line, sep + 1, line.size(), context);
}

LineStatus parseNameListLine(const QByteArray& line, Context& context, RemoteEntry& entry)
{
    // NLST has no types; a trailing slash (some servers mark folders so) is the only hint.
    entry.type =
        line.size() > 1 && line.endsWith('/') ? RemoteEntry::Type::Directory : RemoteEntry::Type::File;
    return finishName(entry, line, 0, line.size(), context);
}

} // namespace ListingDetail

namespace ListingParser {

using namespace ListingDetail;

namespace {

QByteArray withoutLineEnd(const QByteArray& line)
{
    qsizetype end = line.size();
    while (end > 0 && (line.at(end - 1) == '\r' || line.at(end - 1) == '\n'))
        --end;
    return QByteArray::fromRawData(line.constData(), end);
}

ListingResult parseAll(ListingParserStream::Format format, const QByteArray& data, const QDateTime& now,
                       PathEncoding encoding)
{
    ListingParserStream stream(format, now, encoding);
    stream.feed(data);
    stream.finish();
    ListingResult result;
    result.entries = stream.takeEntries();
    result.unparsedLines = stream.takeUnparsedLines();
    result.sawInvalidUtf8 = stream.sawInvalidUtf8();
    return result;
}

template <typename LineParser>
std::optional<RemoteEntry> parseOne(const QByteArray& line, const QDateTime& now, PathEncoding encoding,
                                    LineParser parse)
{
    Context context(now, encoding);
    RemoteEntry entry;
    if (parse(withoutLineEnd(line), context, entry) != LineStatus::Entry)
        return std::nullopt;
    return entry;
}

} // namespace

ListingResult parseList(const QByteArray& data, const QDateTime& now, PathEncoding encoding)
{
    return parseAll(ListingParserStream::Format::List, data, now, encoding);
}

std::optional<RemoteEntry> parseListLine(const QByteArray& line, const QDateTime& now, PathEncoding encoding)
{
    return parseOne(line, now, encoding, ListingDetail::parseListLine);
}

ListingResult parseMlsd(const QByteArray& data, PathEncoding encoding)
{
    return parseAll(ListingParserStream::Format::Mlsd, data, QDateTime(), encoding);
}

std::optional<RemoteEntry> parseMlsdLine(const QByteArray& line, PathEncoding encoding)
{
    return parseOne(line, QDateTime(), encoding, ListingDetail::parseMlsdLine);
}

ListingResult parseNameList(const QByteArray& data, PathEncoding encoding)
{
    return parseAll(ListingParserStream::Format::NameList, data, QDateTime(), encoding);
}

QDateTime parseTimeVal(const QByteArray& value)
{
    return ListingDetail::parseTimeVal(value, 0, value.size());
}

} // namespace ListingParser

} // namespace Ferry
