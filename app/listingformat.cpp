#include "listingformat.h"

#include "protocol/permissiontext.h"

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

bool isDotName(const QString& name)
{
    return name == QLatin1String(".") || name == QLatin1String("..");
}

bool isDotEntry(const RemoteEntry& entry)
{
    return isDotName(entry.name);
}

} // namespace

QString modeString(const RemoteEntry& entry)
{
    const QString mode = PermissionText::modeCharacters(entry);
    if (!mode.isEmpty())
        return typeCharacter(entry) + mode;
    // A null string: no "perm" fact at all; an empty one: "perm=" (nothing is allowed).
    const bool mlsdPerm =
        entry.permissionsKind == RemoteEntry::PermissionsKind::MlsdPerm && !entry.permissions.isNull();
    const auto perm = entry.facts.constFind(QStringLiteral("perm"));
    if (mlsdPerm || perm != entry.facts.cend()) {
        // MLSD tells what this login may do (RFC 3659 section 7.5.5), not the owner/group/other bits:
        // show that as the first triad and leave the others unknown.
        const QString p = mlsdPerm ? entry.permissions : *perm;
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

namespace {

void appendLongLine(QString& out, const RemoteEntry& entry, int sizeWidth, ListingTimeZone& localTime)
{
    out += modeString(entry);
    out += QLatin1Char(' ');
    out += (entry.size >= 0 ? QString::number(entry.size) : QStringLiteral("-")).rightJustified(sizeWidth);
    out += QLatin1Char(' ');
    // The local wall clock from one time-zone look-up per day of the listing, not one per entry.
    const ListingTimeZone::WallClock wall = localTime.wallClock(entry.modified);
    if (wall.date.isValid()) {
        // YYYY-MM-DD HH:MM, written digit by digit (a formatted string per entry costs more than the
        // parse of its line).
        const auto digits = [&out](int value, int width) {
            char buffer[8];
            for (int i = width - 1; i >= 0; --i, value /= 10)
                buffer[i] = char('0' + value % 10);
            out += QLatin1String(buffer, width);
        };
        digits(qBound(0, wall.date.year(), 9999), 4);
        out += QLatin1Char('-');
        digits(wall.date.month(), 2);
        out += QLatin1Char('-');
        digits(wall.date.day(), 2);
        out += QLatin1Char(' ');
        digits(wall.time.hour(), 2);
        out += QLatin1Char(':');
        digits(wall.time.minute(), 2);
    } else {
        out += QStringLiteral("-").leftJustified(16);
    }
    out += QLatin1Char(' ');
    out += entry.name;
    if (entry.isSymlink() && !entry.linkTarget.isEmpty())
        out += QStringLiteral(" -> ") + entry.linkTarget;
    out += QLatin1Char('\n');
}

void appendShortLine(QString& out, const QString& name, bool directory)
{
    out += name;
    if (directory)
        out += QLatin1Char('/');
    out += QLatin1Char('\n');
}

} // namespace

ListingPrinter::ListingPrinter(ListingStyle style) : m_style(style), m_localTime(QDateTime::currentDateTime())
{}

void ListingPrinter::hold(const QList<RemoteEntry>& entries)
{
    if (m_style == ListingStyle::Long) {
        m_held += entries;
        return;
    }
    for (const RemoteEntry& entry : entries)
        m_heldNames.append({entry.name, entry.isDir()});
}

QString ListingPrinter::add(const QList<RemoteEntry>& entries)
{
    if (m_streaming)
        return format(entries, SizeWidth);
    hold(entries);
    if (heldCount() <= SortedUpTo)
        return QString();
    m_streaming = true;
    return takeHeld(Order::AsReceived, SizeWidth);
}

QString ListingPrinter::finish()
{
    return m_streaming ? takeHeld(Order::AsReceived, SizeWidth) : takeHeld(Order::ByName, 0);
}

QString ListingPrinter::takeHeld(Order order, int sizeWidth)
{
    if (m_style == ListingStyle::Short) {
        QList<NameLine> names = std::exchange(m_heldNames, {});
        if (order == Order::ByName)
            std::stable_sort(names.begin(), names.end(),
                             [](const NameLine& a, const NameLine& b) { return a.name < b.name; });
        QString out;
        out.reserve(names.size() * 24);
        for (const NameLine& line : std::as_const(names)) {
            if (!isDotName(line.name))
                appendShortLine(out, line.name, line.directory);
        }
        return out;
    }
    QList<RemoteEntry> entries = std::exchange(m_held, {});
    if (order == Order::ByName) {
        entries.erase(std::remove_if(entries.begin(), entries.end(), isDotEntry), entries.end());
        std::stable_sort(entries.begin(), entries.end(),
                         [](const RemoteEntry& a, const RemoteEntry& b) { return a.name < b.name; });
    }
    if (sizeWidth == 0) {
        sizeWidth = 1;
        for (const RemoteEntry& entry : std::as_const(entries))
            sizeWidth = std::max(sizeWidth, int(entry.size >= 0 ? QString::number(entry.size).size() : 1));
    }
    return format(entries, sizeWidth);
}

QString ListingPrinter::format(const QList<RemoteEntry>& entries, int sizeWidth)
{
    QString out;
    out.reserve(entries.size() * (m_style == ListingStyle::Long ? 64 : 24));
    for (const RemoteEntry& entry : entries) {
        if (isDotEntry(entry))
            continue;
        if (m_style == ListingStyle::Long)
            appendLongLine(out, entry, sizeWidth, m_localTime);
        else
            appendShortLine(out, entry.name, entry.isDir());
    }
    return out;
}

QString formatListing(const QList<RemoteEntry>& entries, bool longFormat)
{
    ListingPrinter printer(longFormat ? ListingStyle::Long : ListingStyle::Short);
    printer.hold(entries); // sorted whatever the size, not only up to SortedUpTo
    return printer.finish();
}

} // namespace Ferry::Cli
