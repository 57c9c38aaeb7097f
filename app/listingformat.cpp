#include "listingformat.h"

#include <QRegularExpression>
#include <algorithm>

namespace Ferry::Cli {

namespace {

QChar typeCharacter(const RemoteEntry& entry)
{
    switch (entry.type) {
    case RemoteEntry::Type::Directory:
        return QLatin1Char('d');
    case RemoteEntry::Type::Symlink:
        return QLatin1Char('l');
    case RemoteEntry::Type::File:
        return QLatin1Char('-');
    case RemoteEntry::Type::Other:
        break;
    }
    return QLatin1Char('?');
}

QString permissionsFromMode(const QString& octal)
{
    bool ok = false;
    const uint mode = octal.toUInt(&ok, 8);
    if (!ok)
        return QString();
    static const char letters[] = "rwxrwxrwx";
    QString result;
    for (int bit = 0; bit < 9; ++bit)
        result += (mode & (0400u >> bit)) ? QLatin1Char(letters[bit]) : QLatin1Char('-');
    if (mode & 04000u)
        result[2] = result[2] == QLatin1Char('x') ? QLatin1Char('s') : QLatin1Char('S');
    if (mode & 02000u)
        result[5] = result[5] == QLatin1Char('x') ? QLatin1Char('s') : QLatin1Char('S');
    if (mode & 01000u)
        result[8] = result[8] == QLatin1Char('x') ? QLatin1Char('t') : QLatin1Char('T');
    return result;
}

bool isDotEntry(const RemoteEntry& entry)
{
    return entry.name == QLatin1String(".") || entry.name == QLatin1String("..");
}

} // namespace

QString modeString(const RemoteEntry& entry)
{
    static const QRegularExpression unixPermissions(QStringLiteral("^[-rwxsStTlL]{9}$"));
    static const QRegularExpression octal(QStringLiteral("^[0-7]{3,4}$"));
    QString permissions = entry.permissions;
    if (permissions.size() == 10)
        permissions.remove(0, 1); // "drwxr-xr-x": the type comes from entry.type
    if (unixPermissions.match(permissions).hasMatch())
        return typeCharacter(entry) + permissions;
    if (octal.match(entry.permissions).hasMatch()) // EPLF "up644"
        return typeCharacter(entry) + permissionsFromMode(entry.permissions);
    const QString unixMode = entry.facts.value(QStringLiteral("unix.mode"));
    if (octal.match(unixMode).hasMatch())
        return typeCharacter(entry) + permissionsFromMode(unixMode);
    const auto perm = entry.facts.constFind(QStringLiteral("perm"));
    if (perm != entry.facts.cend()) {
        // MLSD tells what this login may do (RFC 3659 section 7.5.5), not the owner/group/other bits:
        // show that as the first triad and leave the others unknown.
        const QString& p = *perm;
        const auto has = [&p](const char* letters) {
            for (const char* c = letters; *c; ++c) {
                if (p.contains(QLatin1Char(*c), Qt::CaseInsensitive))
                    return true;
            }
            return false;
        };
        QString triad;
        if (entry.isDir()) {
            triad += has("l") ? QLatin1Char('r') : QLatin1Char('-');
            triad += has("cmp") ? QLatin1Char('w') : QLatin1Char('-');
            triad += has("e") ? QLatin1Char('x') : QLatin1Char('-');
        } else {
            triad += has("r") ? QLatin1Char('r') : QLatin1Char('-');
            triad += has("wa") ? QLatin1Char('w') : QLatin1Char('-');
            triad += QLatin1Char('-');
        }
        return typeCharacter(entry) + triad + QStringLiteral("??????");
    }
    return typeCharacter(entry) + QStringLiteral("?????????");
}

QString formatListing(QList<RemoteEntry> entries, bool longFormat)
{
    entries.erase(std::remove_if(entries.begin(), entries.end(), isDotEntry), entries.end());
    std::stable_sort(entries.begin(), entries.end(),
                     [](const RemoteEntry& a, const RemoteEntry& b) { return a.name < b.name; });

    QString out;
    if (!longFormat) {
        for (const RemoteEntry& entry : std::as_const(entries)) {
            out += entry.name;
            if (entry.isDir())
                out += QLatin1Char('/');
            out += QLatin1Char('\n');
        }
        return out;
    }

    QStringList sizes;
    qsizetype sizeWidth = 1;
    for (const RemoteEntry& entry : std::as_const(entries)) {
        sizes << (entry.size >= 0 ? QString::number(entry.size) : QStringLiteral("-"));
        sizeWidth = std::max(sizeWidth, sizes.constLast().size());
    }
    const QString timeFormat = QStringLiteral("yyyy-MM-dd HH:mm");
    const int timeWidth = 16;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const RemoteEntry& entry = entries.at(i);
        const QString time = entry.modified.isValid() ? entry.modified.toLocalTime().toString(timeFormat)
                                                      : QStringLiteral("-");
        out += modeString(entry) + QLatin1Char(' ') + sizes.at(i).rightJustified(sizeWidth) +
               QLatin1Char(' ') + time.leftJustified(timeWidth) + QLatin1Char(' ') + entry.name;
        if (entry.isSymlink() && !entry.linkTarget.isEmpty())
            out += QStringLiteral(" -> ") + entry.linkTarget;
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace Ferry::Cli
