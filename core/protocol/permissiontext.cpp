#include "permissiontext.h"

namespace Ferry::PermissionText {

namespace {

bool isUnixTriads(const QString& text)
{
    if (text.size() != 9)
        return false;
    for (qsizetype i = 0; i < 9; ++i) {
        const char16_t c = text.at(i).unicode();
        bool ok = c == u'-';
        switch (i % 3) {
        case 0:
            ok = ok || c == u'r';
            break;
        case 1:
            ok = ok || c == u'w';
            break;
        default:
            ok =
                ok || c == u'x' || c == u's' || c == u'S' || c == u't' || c == u'T' || c == u'l' || c == u'L';
            break;
        }
        if (!ok)
            return false;
    }
    return true;
}

// "644", "0755", "5755": 3 or 4 octal digits.
int octal(const QString& text)
{
    if (text.size() < 3 || text.size() > 4)
        return -1;
    int mode = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('7'))
            return -1;
        mode = mode * 8 + (c.unicode() - u'0');
    }
    return mode;
}

} // namespace

QString unixPermissions(const RemoteEntry& entry)
{
    if (entry.permissionsKind != RemoteEntry::PermissionsKind::AsListed)
        return QString();
    const QString& p = entry.permissions;
    if (isUnixTriads(p))
        return p;
    if (p.size() == 10 && isUnixTriads(p.mid(1)))
        return p.mid(1); // "drwxr-xr-x": the type comes from entry.type
    return QString();
}

int unixMode(const RemoteEntry& entry)
{
    if (entry.permissionsKind == RemoteEntry::PermissionsKind::AsListed) {
        const int listed = octal(entry.permissions); // EPLF "up644"
        if (listed >= 0)
            return listed;
    }
    const auto fact = entry.facts.constFind(QStringLiteral("unix.mode"));
    return fact == entry.facts.cend() ? -1 : octal(*fact);
}

QString fromMode(int mode)
{
    static const char letters[] = "rwxrwxrwx";
    QString result(9, QLatin1Char('-'));
    for (int bit = 0; bit < 9; ++bit) {
        if (mode & (0400 >> bit))
            result[bit] = QLatin1Char(letters[bit]);
    }
    if (mode & 04000)
        result[2] = result[2] == QLatin1Char('x') ? QLatin1Char('s') : QLatin1Char('S');
    if (mode & 02000)
        result[5] = result[5] == QLatin1Char('x') ? QLatin1Char('s') : QLatin1Char('S');
    if (mode & 01000)
        result[8] = result[8] == QLatin1Char('x') ? QLatin1Char('t') : QLatin1Char('T');
    return result;
}

QString modeCharacters(const RemoteEntry& entry)
{
    const QString listed = unixPermissions(entry);
    if (!listed.isEmpty())
        return listed;
    const int mode = unixMode(entry);
    return mode >= 0 ? fromMode(mode) : QString();
}

} // namespace Ferry::PermissionText
