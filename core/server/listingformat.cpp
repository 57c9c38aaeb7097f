#include "server/listingformat.h"

namespace Ferry {
namespace ListingFormat {

namespace {

int effectiveMode(const FileInfo& info)
{
    if (info.mode != 0)
        return info.mode & 07777;
    return info.isDir() ? 0755 : 0644;
}

QByteArray pad(qint64 value, int width, char fill)
{
    QByteArray s = QByteArray::number(value);
    if (s.size() < width)
        s.prepend(QByteArray(width - s.size(), fill));
    return s;
}

} // namespace

QByteArray permissionString(int mode)
{
    QByteArray s(9, '-');
    const char letters[3] = {'r', 'w', 'x'};
    for (int i = 0; i < 9; ++i) {
        if (mode & (0400 >> i))
            s[i] = letters[i % 3];
    }
    return s;
}

QByteArray timeVal(const QDateTime& time)
{
    const QDateTime utc = time.isValid() ? time.toUTC() : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    const QDate d = utc.date();
    const QTime t = utc.time();
    return pad(d.year(), 4, '0') + pad(d.month(), 2, '0') + pad(d.day(), 2, '0') + pad(t.hour(), 2, '0') +
           pad(t.minute(), 2, '0') + pad(t.second(), 2, '0');
}

QByteArray unixLine(const FileInfo& info, const QDateTime& nowUtc)
{
    static const char* const months[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime modified =
        info.modified.isValid() ? info.modified.toUTC() : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    QByteArray line;
    line += info.isDir() ? 'd' : '-';
    line += permissionString(effectiveMode(info));
    line += ' ';
    line += pad(info.isDir() ? 2 : 1, 4, ' ');
    line += " ftp      ftp      ";
    line += pad(info.isDir() ? 4096 : info.size, 12, ' ');
    line += ' ';
    line += months[modified.date().month() - 1];
    line += ' ';
    line += pad(modified.date().day(), 2, '0');
    line += ' ';
    // ls: the time for files of the last six months (and not in the future), the year otherwise.
    const qint64 age = modified.secsTo(nowUtc);
    if (age >= -3600 && age < 183LL * 24 * 3600)
        line += pad(modified.time().hour(), 2, '0') + ':' + pad(modified.time().minute(), 2, '0');
    else
        line += ' ' + pad(modified.date().year(), 4, '0');
    line += ' ';
    line += info.name.toUtf8();
    return line;
}

QByteArray mlsxLine(const FileInfo& info, bool writable)
{
    return mlsxLine(info, writable, {"type", "size", "modify", "perm", "unix.mode"});
}

QByteArray mlsxLine(const FileInfo& info, bool writable, const QSet<QByteArray>& facts)
{
    QByteArray line;
    if (facts.contains("type"))
        line += info.isDir() ? "type=dir;" : "type=file;";
    if (!info.isDir() && facts.contains("size"))
        line += "size=" + QByteArray::number(info.size) + ';';
    if (info.modified.isValid() && facts.contains("modify"))
        line += "modify=" + timeVal(info.modified) + ';';
    if (facts.contains("perm")) {
        QByteArray perm;
        const bool canWrite = writable && info.writable;
        if (info.isDir()) {
            perm = "el";
            if (canWrite)
                perm += "cdfmp";
        } else {
            perm = info.readable ? "r" : "";
            if (canWrite)
                perm += "adfw";
        }
        line += "perm=" + perm + ';';
    }
    if (facts.contains("unix.mode"))
        line += "unix.mode=0" + QByteArray::number(effectiveMode(info), 8) + ';';
    line += ' ';
    line += info.name.toUtf8();
    return line;
}

QByteArray factsFeature()
{
    return factsFeature({"type", "size", "modify", "perm", "unix.mode"});
}

QByteArray factsFeature(const QSet<QByteArray>& selected)
{
    QByteArray feature;
    for (const QByteArray& fact : {QByteArray("type"), QByteArray("size"), QByteArray("modify"),
                                   QByteArray("perm"), QByteArray("unix.mode")})
        feature += fact + (selected.contains(fact) ? "*;" : ";");
    return feature;
}

bool isListable(const FileInfo& info)
{
    if (info.type == FileInfo::Type::Other)
        return false;
    for (QChar c : info.name) {
        if (c == u'\r' || c == u'\n')
            return false;
    }
    return true;
}

} // namespace ListingFormat
} // namespace Ferry
