#include "remotelistingorder.h"

#include "remoteentrytext.h"
#include "remotefilemodel.h"

#include <QCollator>
#include <QCollatorSortKey>
#include <QHash>
#include <QLocale>
#include <algorithm>
#include <limits>
#include <numeric>
#include <vector>

namespace Ferry {

namespace {

bool isHiddenName(const QString& name)
{
    return name.startsWith(QLatin1Char('.'));
}

} // namespace

bool RemoteListingOrder::isDirLike(const RemoteEntry& entry)
{
    return entry.isDir() || entry.isSymlink();
}

// The order of `entries` for a column and order: folders (and links) first in both orders, then by the
// column's value, equal values by name. Names and texts are compared through collation keys made once
// per entry (numbers in names by value, case ignored). Thread-safe: runs in the helper thread.
QList<int> RemoteListingOrder::sortedOrder(const QList<RemoteEntry>& entries, int column, Qt::SortOrder order)
{
    // The C locale (a bare environment, CI) has no collation rules, not even numbers by value: use the
    // root rules of English there.
    const QLocale locale;
    QCollator collator(locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates)
                                                       : locale);
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const qsizetype n = entries.size();
    std::vector<QCollatorSortKey> nameKeys;
    nameKeys.reserve(size_t(n));
    for (const RemoteEntry& e : entries)
        nameKeys.push_back(collator.sortKey(e.name));

    std::vector<qint64> numbers;
    std::vector<QCollatorSortKey> textKeys;
    if (column == RemoteFileModel::SizeColumn || column == RemoteFileModel::ModifiedColumn) {
        numbers.reserve(size_t(n));
        for (const RemoteEntry& e : entries) {
            if (column == RemoteFileModel::SizeColumn)
                numbers.push_back(e.size);
            else
                numbers.push_back(e.modified.isValid() ? e.modified.toMSecsSinceEpoch()
                                                       : std::numeric_limits<qint64>::min());
        }
    } else if (column == RemoteFileModel::TypeColumn || column == RemoteFileModel::PermissionsColumn) {
        textKeys.reserve(size_t(n));
        QHash<QString, QCollatorSortKey> typeKeys; // by extension: the MIME look-up is the slow part
        for (const RemoteEntry& e : entries) {
            if (column == RemoteFileModel::PermissionsColumn) {
                textKeys.push_back(collator.sortKey(RemoteEntryText::permissionsText(e)));
                continue;
            }
            const qsizetype dot = e.name.lastIndexOf(QLatin1Char('.'));
            const QString cacheKey = QString::number(int(e.type)) + (dot > 0 ? e.name.mid(dot) : QString());
            auto it = typeKeys.constFind(cacheKey);
            if (it == typeKeys.constEnd())
                it = typeKeys.insert(cacheKey, collator.sortKey(RemoteEntryText::typeName(e)));
            textKeys.push_back(it.value());
        }
    }

    std::vector<int> index;
    index.resize(size_t(n));
    std::iota(index.begin(), index.end(), 0);
    const bool ascending = order == Qt::AscendingOrder;
    // "a before b" in ascending order, by the column and then the name.
    const auto lessByColumn = [&](int a, int b) {
        if (!numbers.empty() && numbers[size_t(a)] != numbers[size_t(b)])
            return numbers[size_t(a)] < numbers[size_t(b)];
        if (!textKeys.empty()) {
            const int c = textKeys[size_t(a)].compare(textKeys[size_t(b)]);
            if (c != 0)
                return c < 0;
        }
        return nameKeys[size_t(a)].compare(nameKeys[size_t(b)]) < 0;
    };
    std::stable_sort(index.begin(), index.end(), [&](int a, int b) {
        const bool dirA = isDirLike(entries.at(a));
        const bool dirB = isDirLike(entries.at(b));
        if (dirA != dirB)
            return dirA;
        return ascending ? lessByColumn(a, b) : lessByColumn(b, a);
    });
    return QList<int>(index.begin(), index.end());
}

// RemoteFileModel's EntryFlag bits of each entry.
QByteArray RemoteListingOrder::entryFlags(const QList<RemoteEntry>& entries)
{
    QByteArray flags(entries.size(), '\0');
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const RemoteEntry& e = entries.at(i);
        flags[i] = char((isHiddenName(e.name) ? 1 : 0) | (e.isDir() ? 2 : 0));
    }
    return flags;
}

// The rows `order` shows through a filter. Thread-safe.
QList<int> RemoteListingOrder::filteredRows(const QList<RemoteEntry>& entries, const QByteArray& flags,
                                            const QList<int>& order, const FileNameFilter& filter,
                                            bool showHidden)
{
    if (showHidden && filter.isEmpty())
        return order;
    QList<int> rows;
    rows.reserve(order.size());
    for (int i : order) {
        // The flags first: they cost no look at the entry (100,000 entries do not fit in a cache).
        if (!showHidden && (flags.at(i) & 1))
            continue;
        if (filter.isEmpty() || filter.matches(entries.at(i).name))
            rows.append(i);
    }
    return rows;
}

RemoteListingOrder::Arranged RemoteListingOrder::arrange(const QList<RemoteEntry>& entries, QByteArray flags,
                                                         QList<int> order, bool sort, int column,
                                                         Qt::SortOrder sortOrder,
                                                         const FileNameFilter& filter, bool showHidden)
{
    Arranged result;
    result.flags = flags.size() == entries.size() ? std::move(flags) : entryFlags(entries);
    result.order = sort ? sortedOrder(entries, column, sortOrder) : std::move(order);
    result.rows = filteredRows(entries, result.flags, result.order, filter, showHidden);
    return result;
}

} // namespace Ferry
