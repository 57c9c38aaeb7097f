#pragma once

#include "filenamefilter.h"
#include "protocol/listingtimezone.h"
#include "protocol/remoteentry.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <optional>

namespace Ferry {

class BrowseRequest;
class RemoteBrowser;

// One remote folder as a table (name, size, type, modified, permissions), fed by the browsing
// connection's listings. Loading is asynchronous: setPath() returns at once, loading() tells whether a
// listing is under way (the pane shows a busy indicator) and the current rows stay until the new listing
// arrives, so a failed listing leaves the view where it was. Listings are cached per path; refresh()
// and invalidate() drop them.
//
// Built for folders of 100,000 entries without stalling the window:
// - the listing is parsed in the browsing connection's worker thread and arrives in batches; a new
//   folder with more than StreamAfter entries is shown while it arrives and sorted once it is complete.
//   Every change of the rows makes the view lay out all of them again (O(rows) in the window's thread),
//   so the rows arrive in growing batches, one rowsInserted each, in the server's order: a batch is
//   appended when it at least doubles the rows shown (StreamIntervalMs after the last one at the
//   earliest) or, when the server is slow, StreamMaxIntervalMs after the last one. 100,000 entries from
//   a fast server take a handful of batches; what came after the last batch is appended together with
//   the sorted order, as one change of the view's layout;
// - the model sorts and filters itself (the pane's FileSortProxyModel forwards sort(), the name filter and
//   the hidden-files switch here): for more than WorkInThreadAbove entries both run in a helper thread
//   (sorting on collation keys made once per entry) and are applied as one layoutChanged (a new order)
//   or one reset (new rows), where a QSortFilterProxyModel would sort and filter in the window's thread
//   and signal every scattered row;
// - what the Type, icon and Modified columns show is worked out once per kind of name and per day, not
//   with a MIME and a time-zone look-up per cell painted;
// - entries are stored once (in listing order, shared with the cache) and shown through a list of
//   row numbers.
//
// Renaming through the view's editor (setData) does not rename by itself: it emits renameRequested()
// and the pane drives the browsing connection.
class RemoteFileModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteFileModel)

public:
    enum Column
    {
        NameColumn,
        SizeColumn,
        TypeColumn,
        ModifiedColumn,
        PermissionsColumn,
        ColumnCount
    };

    static constexpr qsizetype StreamAfter = 5000;
    static constexpr int StreamIntervalMs = 100;
    static constexpr int StreamMaxIntervalMs = 1000;
    static constexpr qsizetype WorkInThreadAbove = 5000;

    // The MIME type of drags between Ferry's panes: a JSON list of the dragged remote items.
    static QString remoteItemsMimeType() { return QStringLiteral("application/x-ferry-remote-items"); }

    explicit RemoteFileModel(RemoteBrowser* browser, QObject* parent = nullptr);
    ~RemoteFileModel() override;

    // The folder shown (absolute; empty while not connected).
    QString path() const { return m_path; }
    // The folder being loaded, or empty.
    QString pendingPath() const { return m_pendingPath; }
    // True from setPath() until the listing is shown and sorted (or failed).
    bool isLoading() const { return !m_pendingPath.isEmpty() || m_working; }

    // Shows path: at once from the cache (also reloading when reload is set), else after listing it.
    void setPath(const QString& path, bool reload = false);
    void refresh();
    // Forgets the cached listing of path; reloads it when shown.
    void invalidate(const QString& path);
    // Forgets everything (after a disconnect).
    void clear();

    RemoteEntry entry(const QModelIndex& index) const;
    QString filePath(const QModelIndex& index) const;
    // The row of a name in the current folder, or an invalid index.
    QModelIndex indexOf(const QString& name) const;
    // Whether a folder's listing is cached (for tests and the transfer conflict check).
    bool isCached(const QString& path) const { return m_cache.contains(path); }
    // Entries in the folder shown, whether the filter shows them or not.
    qsizetype entryCount() const { return m_entries.size(); }
    // The entry behind a row (its place in the folder's listing, which sorting and filtering do not
    // change; -1 for an invalid index), and the row that shows an entry (invalid when filtered out).
    int entryIndex(const QModelIndex& index) const;
    QModelIndex indexOfEntry(int entryIndex) const;

    // Sorting and filtering, forwarded by the pane's proxy. Folders come first in both orders; equal
    // values are ordered by name.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void setNameFilter(const QString& text);
    QString nameFilter() const { return m_filter.text(); }
    void setShowHidden(bool show);
    bool showHidden() const { return m_showHidden; }

    // The view asks for an index and the flags of every row whenever it lays them out (100,000 of them):
    // these need no virtual rowCount()/columnCount() round trip (the proxy calls them directly too).
    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override
    {
        return !parent.isValid() && row >= 0 && row < m_rows.size() && column >= 0 && column < ColumnCount
                   ? createIndex(row, column)
                   : QModelIndex();
    }
    int rows() const { return int(m_rows.size()); }
    Qt::ItemFlags flagsAt(int row, int column) const;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    // Human-readable sizes ("1.5 MiB") shared with the status bar.
    static QString formatSize(qint64 bytes);

Q_SIGNALS:
    void pathChanged(const QString& path);
    void loadingChanged(bool loading);
    // A listing failed; the message names the path and the server's reply.
    void loadFailed(const QString& path, const QString& message);
    // A listing arrived, is sorted and shown.
    void loaded(const QString& path);
    void renameRequested(const QString& path, const QString& newName);
    // Around a change of the filter or of the hidden-files switch (the rows shown are reset), so that
    // the pane can keep its selection.
    void filterAboutToChange();
    void filterChanged();

private:
    enum EntryFlag : char
    {
        HiddenFlag = 1, // the name starts with '.'
        FolderFlag = 2, // a folder (drops go into it)
    };
    struct Listing
    {
        QList<RemoteEntry> entries;
        QByteArray flags; // per entry: EntryFlag bits; empty: not worked out yet
        QList<int> order; // entries' indexes sorted by (sortColumn, sortOrder); empty: not sorted
        int sortColumn = -1;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
    };
    enum class Announce
    {
        Loaded, // emit loaded() once shown
        Quietly
    };
    struct ToShow
    {
        QString path;
        Listing listing;
        Announce announce = Announce::Loaded;
    };
    // What the type and icon columns show for a kind of name (the MIME look-up is the slow part).
    struct Presentation
    {
        QString typeName;
        QIcon icon;
    };

    void onEntries(BrowseRequest* request, const QList<RemoteEntry>& entries);
    void onListFinished(BrowseRequest* request);
    void startStreaming();
    // Shows the entries of a listing still arriving that have no rows yet (a batch).
    void appendBatch();
    // Gives rows to the entries that have none yet (m_entries from m_shownUpTo), at the end.
    void insertUnshown();
    // Shows a folder's listing: at once when it is small, else once the helper thread sorted and filtered
    // it (the rows shown until then stay).
    void show(const QString& path, const Listing& listing, Announce announce);
    // Sorts and/or filters the folder shown (in the helper thread when large): a new order is applied as
    // one layoutChanged, new rows (filter) as one reset. Emits loaded(m_path) when done if asked.
    enum class Change
    {
        Order,
        Rows
    };
    void rearrange(Change change, Announce announce);
    void applyOrder(const QList<int>& order, const QList<int>& rows);
    void applyRows(const QList<int>& rows);
    void cancelWork();
    void setLoading(bool wasLoading);
    void rememberOrder();
    const Presentation& presentation(const RemoteEntry& entry) const;
    QString modifiedText(const RemoteEntry& entry) const;

    RemoteBrowser* m_browser;
    QString m_path;
    QString m_pendingPath;
    QPointer<BrowseRequest> m_pending;
    // The pending listing, collected until it is complete or, for a new folder, until StreamAfter (then
    // it goes to m_entries as it arrives).
    QList<RemoteEntry> m_incoming;
    QByteArray m_incomingFlags;
    bool m_streaming = false;
    QTimer m_streamTimer;
    QElapsedTimer m_sinceBatch; // since the last batch was appended (or streaming began)

    QList<RemoteEntry> m_entries; // the folder shown, in listing order
    // Entries from this index on have no rows yet (a streamed listing's last entries, until its sorted
    // order is applied); m_entries.size() otherwise.
    qsizetype m_shownUpTo = 0;
    // Per entry of m_entries: EntryFlag bits, so that filtering and the view's layout of 100,000 rows
    // need not look at the entries themselves (they do not fit in a processor cache).
    QByteArray m_flags;
    QList<int> m_order;             // indexes into m_entries in the order shown (all entries)
    QList<int> m_rows;              // the rows: m_order without what the filter hides
    mutable QList<int> m_rowOf;     // per entry, its row or -1; built when first asked for
    bool m_sorted = false;          // m_order follows the sort column and order
    bool m_announceSorted = false;  // emit loaded(m_path) when the running work is applied
    std::optional<ToShow> m_toShow; // a listing waiting for the helper thread before it is shown

    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    FileNameFilter m_filter;
    bool m_showHidden = false;

    QThreadPool m_worker;
    quint64 m_generation = 0;
    bool m_working = false;

    QHash<QString, Listing> m_cache;
    mutable QHash<QString, Presentation> m_presentations;
    mutable ListingTimeZone m_localTime;
    QLocale m_locale;
};

} // namespace Ferry
