#pragma once

#include "filenamefilter.h"
#include "protocol/remoteentry.h"

#include <QByteArray>
#include <QList>
#include <Qt>

namespace Ferry {

// How the remote pane's model orders and filters a folder's entries: pure functions on the listing,
// thread-safe, so that large folders are sorted and filtered in a helper thread (see RemoteFileModel).
class RemoteListingOrder final
{
public:
    RemoteListingOrder() = delete;

    // Sorted (when asked) and filtered: the entries' flags, their order, and the rows the filter shows.
    struct Arranged
    {
        QByteArray flags;
        QList<int> order;
        QList<int> rows;
    };

    // Folders and links: first in both orders.
    static bool isDirLike(const RemoteEntry& entry);
    // RemoteFileModel's EntryFlag bits of each entry.
    static QByteArray entryFlags(const QList<RemoteEntry>& entries);
    // The order of `entries` for a column and order: folders (and links) first in both orders, then by
    // the column's value, equal values by name. Names and texts are compared through collation keys made
    // once per entry (numbers in names by value, case ignored).
    static QList<int> sortedOrder(const QList<RemoteEntry>& entries, int column, Qt::SortOrder order);
    // The rows `order` shows through a filter.
    static QList<int> filteredRows(const QList<RemoteEntry>& entries, const QByteArray& flags,
                                   const QList<int>& order, const FileNameFilter& filter, bool showHidden);
    // Sorts (when `sort`) and filters a listing; flags are worked out unless given for every entry.
    static Arranged arrange(const QList<RemoteEntry>& entries, QByteArray flags, QList<int> order, bool sort,
                            int column, Qt::SortOrder sortOrder, const FileNameFilter& filter,
                            bool showHidden);
};

} // namespace Ferry
