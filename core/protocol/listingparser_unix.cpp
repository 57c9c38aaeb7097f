// The "ls -l" family of LIST formats: GNU/BSD/Solaris ls, vsftpd, ProFTPD, Pure-FTPd, pyftpdlib,
// FileZilla Server, IIS in UNIX mode, BusyBox, NetX Duo, NetWare and their dialects.
//
// A line is read as: permissions, then some columns (link count, owner, group; any of them may be
// missing, a group may contain spaces), then a size, then a date, then the name. The date is what
// anchors the line: the first place where a size is followed by something that reads as a date wins,
// and the name is everything after the single space that follows the date.

#include "listingparser_p.h"

namespace Ferry {
namespace ListingDetail {

namespace {

constexpr int MaxTokens = 48; // bounds the work on pathological lines; names are not tokenized

struct Permissions
{
    RemoteEntry::Type type = RemoteEntry::Type::File;
    Token text;              // "rwxr-xr-x", or "[RWCEAFMS]" for NetWare
    bool gluedLinks = false; // "drwxr-xr-x1732": the link count follows without a space
    int firstColumn = 1;     // index of the first token after the permissions
};

bool typeFromChar(char c, RemoteEntry::Type* type)
{
    switch (c) {
    case '-':
    case 'f': // seen in the wild for plain files
    case 'a': // Plan 9 append-only file
        *type = RemoteEntry::Type::File;
        return true;
    case 'd':
        *type = RemoteEntry::Type::Directory;
        return true;
    case 'l':
        *type = RemoteEntry::Type::Symlink;
        return true;
    case 'c': // character device
    case 'b': // block device
    case 'p': // FIFO
    case 's': // socket
    case 'D': // Solaris door
        *type = RemoteEntry::Type::Other;
        return true;
    default:
        return false;
    }
}

bool parsePermissions(const QByteArray& s, const Tokens& t, Permissions* p)
{
    const Token& first = t[0];
    if (first.size() == 1 && (s.at(first.begin) == 'd' || s.at(first.begin) == '-') && t.size() > 1 &&
        t[1].size() >= 2 && s.at(t[1].begin) == '[' && s.at(t[1].end - 1) == ']') {
        // NetWare: "d [R----F--] supervisor 512 Jan 16 18:53 login"
        p->type = s.at(first.begin) == 'd' ? RemoteEntry::Type::Directory : RemoteEntry::Type::File;
        p->text = t[1];
        p->firstColumn = 2;
        return true;
    }
    if (first.size() < 7 || !typeFromChar(s.at(first.begin), &p->type))
        return false;
    qsizetype pos = first.begin + 1;
    int count = 0;
    while (count < 9 && pos < first.end) {
        const char c = s.at(pos);
        bool ok = false;
        switch (count % 3) {
        case 0:
            ok = c == 'r' || c == '-';
            break;
        case 1:
            ok = c == 'w' || c == '-';
            break;
        default:
            ok = c == 'x' || c == '-' || c == 's' || c == 'S' || c == 't' || c == 'T' || c == 'l' || c == 'L';
            break;
        }
        if (!ok)
            break;
        ++count;
        ++pos;
    }
    if (count != 9 && count != 6) // six: HylaFAX lists only owner and group bits
        return false;
    p->text = Token{first.begin + 1, first.begin + 1 + count};
    if (pos < first.end && (s.at(pos) == '+' || s.at(pos) == '@' || s.at(pos) == '.'))
        ++pos; // ACL / extended attribute / SELinux context marker
    if (pos < first.end) {
        if (parseDigits(s, pos, first.end, 9) < 0)
            return false;
        p->gluedLinks = true;
    }
    p->firstColumn = 1;
    return true;
}

struct SizeColumn
{
    qint64 size = -1;
    int firstToken = 0; // the token the size column starts at (a device's major number)
};

// The size column ending at token `i`: "1234"; "4, 1" or "4,1" for devices (size unknown); "-528"
// as sent by some broken servers (size unknown).
bool sizeAt(const QByteArray& s, const Tokens& t, int i, int firstColumn, SizeColumn* out)
{
    if (i < firstColumn)
        return false;
    const Token& tok = t[i];
    const qint64 value = parseDigits(s, tok.begin, tok.end);
    if (value >= 0) {
        if (i - 1 >= firstColumn && t[i - 1].size() >= 2 && s.at(t[i - 1].end - 1) == ',' &&
            parseDigits(s, t[i - 1].begin, t[i - 1].end - 1, 9) >= 0) {
            out->size = -1;
            out->firstToken = i - 1;
            return true;
        }
        out->size = value;
        out->firstToken = i;
        return true;
    }
    const qsizetype comma = indexIn(s, ',', tok.begin, tok.end);
    if (comma > tok.begin && comma < tok.end - 1 && parseDigits(s, tok.begin, comma, 9) >= 0 &&
        parseDigits(s, comma + 1, tok.end, 9) >= 0) {
        out->size = -1;
        out->firstToken = i;
        return true;
    }
    if (tok.size() >= 2 && s.at(tok.begin) == '-' && parseDigits(s, tok.begin + 1, tok.end) >= 0) {
        out->size = -1;
        out->firstToken = i;
        return true;
    }
    return false;
}

struct DateColumn
{
    QDateTime when;
    bool hasSeconds = false;
    int lastToken = 0;
};

// A day of the month, "1".."31", optionally followed by '.' (German "12.") or ',' (VShell "08,").
int dayAt(const QByteArray& s, const Token& tok, bool* comma)
{
    qsizetype end = tok.end;
    *comma = false;
    if (end - tok.begin >= 2 && (s.at(end - 1) == '.' || s.at(end - 1) == ',')) {
        *comma = s.at(end - 1) == ',';
        --end;
    }
    const qint64 day = parseDigits(s, tok.begin, end, 2);
    return (day >= 1 && day <= 31) ? int(day) : 0;
}

int monthAt(const QByteArray& s, const Token& tok)
{
    qsizetype end = tok.end;
    if (end - tok.begin >= 4 && (s.at(end - 1) == '.' || s.at(end - 1) == ','))
        --end;
    return monthFromName(s, tok.begin, end);
}

int yearAt(const QByteArray& s, const Token& tok)
{
    const qint64 year = tok.size() == 4 ? parseDigits(s, tok.begin, tok.end, 4) : -1;
    return (year >= 1900 && year <= 9999) ? int(year) : 0;
}

// After a month and a day: "2019", "08:05", "08:05:23 2019" (BSD ls -T), ", 2002 09:47" (VShell).
bool yearOrTimeAt(const QByteArray& s, const Tokens& t, int i, int month, int day, bool dayComma,
                  bool allowTrailingYear, Context& context, DateColumn* out)
{
    if (i >= t.size())
        return false;
    int hour = 0;
    int minute = 0;
    int second = 0;
    bool hasSeconds = false;
    if (const int year = yearAt(s, t[i])) {
        if (dayComma && i + 1 < t.size() &&
            parseClock(s, t[i + 1].begin, t[i + 1].end, &hour, &minute, &second, &hasSeconds)) {
            out->when = context.dateTime(QDate(year, month, day), hour, minute, second);
            out->hasSeconds = hasSeconds;
            out->lastToken = i + 1;
        } else {
            out->when = context.dateTime(QDate(year, month, day), 0, 0, 0);
            out->lastToken = i;
        }
        return out->when.isValid();
    }
    if (!parseClock(s, t[i].begin, t[i].end, &hour, &minute, &second, &hasSeconds))
        return false;
    if (allowTrailingYear && hasSeconds && i + 1 < t.size()) {
        if (const int year = yearAt(s, t[i + 1])) {
            out->when = context.dateTime(QDate(year, month, day), hour, minute, second);
            out->hasSeconds = true;
            out->lastToken = i + 1;
            return out->when.isValid();
        }
    }
    const QDate date = inferDate(month, day, hour, minute, context);
    out->when = context.dateTime(date, hour, minute, second);
    out->hasSeconds = hasSeconds;
    out->lastToken = i;
    return out->when.isValid();
}

// "2019-01-12" or "1999/10/12".
QDate isoDateAt(const QByteArray& s, const Token& tok)
{
    if (tok.size() != 10)
        return QDate();
    const char sep = s.at(tok.begin + 4);
    if ((sep != '-' && sep != '/') || s.at(tok.begin + 7) != sep)
        return QDate();
    const qint64 y = parseDigits(s, tok.begin, tok.begin + 4, 4);
    const qint64 m = parseDigits(s, tok.begin + 5, tok.begin + 7, 2);
    const qint64 d = parseDigits(s, tok.begin + 8, tok.end, 2);
    if (y < 1900 || m < 0 || d < 0)
        return QDate();
    return QDate(int(y), int(m), int(d));
}

// "+0100" / "-0530" after an ISO date and time (ls --full-time); the offset in seconds.
bool zoneAt(const QByteArray& s, const Token& tok, int* offsetSeconds)
{
    if (tok.size() != 5 || (s.at(tok.begin) != '+' && s.at(tok.begin) != '-'))
        return false;
    const qint64 hh = parseDigits(s, tok.begin + 1, tok.begin + 3, 2);
    const qint64 mm = parseDigits(s, tok.begin + 3, tok.end, 2);
    if (hh < 0 || hh > 14 || mm < 0 || mm > 59)
        return false;
    *offsetSeconds = int((hh * 60 + mm) * 60) * (s.at(tok.begin) == '-' ? -1 : 1);
    return true;
}

bool dateAt(const QByteArray& s, const Tokens& t, int k, Context& context, DateColumn* out)
{
    if (k + 1 >= t.size())
        return false;
    bool comma = false;
    // "Jan 12  2019", "APR 02 08:05", "Mar  2 15:13:00 2019", "Oct 08, 2002 09:47"
    if (const int month = monthAt(s, t[k])) {
        const int day = dayAt(s, t[k + 1], &comma);
        return day && yearOrTimeAt(s, t, k + 2, month, day, comma, true, context, out);
    }
    // "12 Jan 2019", "29 Jul 02:27", "2. Okt. 2003" (day first, as some locales have it)
    if (const int day = dayAt(s, t[k], &comma)) {
        if (comma)
            return false;
        const int month = monthAt(s, t[k + 1]);
        return month && yearOrTimeAt(s, t, k + 2, month, day, false, false, context, out);
    }
    // "2019-01-12 08:05", "2019-01-12 08:05:23.000000000 +0100", "2019-01-12"
    const QDate date = isoDateAt(s, t[k]);
    if (!date.isValid())
        return false;
    int hour = 0;
    int minute = 0;
    int second = 0;
    bool hasSeconds = false;
    if (!parseClock(s, t[k + 1].begin, t[k + 1].end, &hour, &minute, &second, &hasSeconds)) {
        out->when = context.dateTime(date, 0, 0, 0);
        out->lastToken = k;
        return out->when.isValid();
    }
    int offset = 0;
    if (k + 2 < t.size() && zoneAt(s, t[k + 2], &offset)) {
        QDate day = date;
        if (hour == 24) {
            hour = 0;
            day = day.addDays(1);
        }
        out->when = QDateTime(day, QTime(hour, minute, second), Qt::OffsetFromUTC, offset);
        out->lastToken = k + 2;
    } else {
        out->when = context.dateTime(date, hour, minute, second);
        out->lastToken = k + 1;
    }
    out->hasSeconds = hasSeconds;
    return out->when.isValid();
}

} // namespace

LineStatus parseUnixLine(const QByteArray& line, Context& context, RemoteEntry& entry)
{
    Tokens t;
    tokenize(line, 0, MaxTokens, &t);
    if (t.size() < 5)
        return LineStatus::Unparsed;
    Permissions perms;
    if (!parsePermissions(line, t, &perms))
        return LineStatus::Unparsed;

    SizeColumn size;
    DateColumn date;
    int k = perms.firstColumn + 1;
    for (; k + 1 < t.size(); ++k) {
        if (sizeAt(line, t, k - 1, perms.firstColumn, &size) && dateAt(line, t, k, context, &date))
            break;
    }
    if (k + 1 >= t.size())
        return LineStatus::Unparsed;

    // The name starts after the one blank that follows the date. NetWare pads with several.
    qsizetype nameStart = t[date.lastToken].end;
    if (nameStart >= line.size())
        return LineStatus::Unparsed;
    ++nameStart;
    if (perms.firstColumn == 2) {
        while (nameStart < line.size() && isBlank(line.at(nameStart)))
            ++nameStart;
    }
    qsizetype nameEnd = line.size();
    if (perms.type == RemoteEntry::Type::Symlink) {
        const qsizetype arrow =
            QByteArray::fromRawData(line.constData() + nameStart, nameEnd - nameStart).indexOf(" -> ");
        if (arrow >= 0) {
            entry.linkTarget = decodePath(line.mid(nameStart + arrow + 4), context.encoding);
            nameEnd = nameStart + arrow;
        }
    }

    entry.type = perms.type;
    entry.permissions = context.strings.get(line, perms.text.begin, perms.text.end, PathEncoding::Latin1);
    entry.size = size.size;
    entry.modified = date.when;
    entry.timeHasSeconds = date.hasSeconds;

    // Columns between the permissions and the size: [links] owner [group, which may contain spaces].
    int owner = perms.firstColumn;
    const int columnsEnd = size.firstToken;
    if (!perms.gluedLinks && perms.firstColumn == 1 && owner < columnsEnd &&
        parseDigits(line, t[owner].begin, t[owner].end, 9) >= 0)
        ++owner; // the link count
    if (owner < columnsEnd) {
        entry.owner = context.strings.get(line, t[owner].begin, t[owner].end, context.encoding);
        if (owner + 1 < columnsEnd)
            entry.group =
                context.strings.get(line, t[owner + 1].begin, t[columnsEnd - 1].end, context.encoding);
    }
    return finishName(entry, line, nameStart, nameEnd, context);
}

} // namespace ListingDetail
} // namespace Ferry
