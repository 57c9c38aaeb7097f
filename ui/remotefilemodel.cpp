#include "remotefilemodel.h"

#include "browse/browserequest.h"
#include "browse/remotebrowser.h"
#include "fileiconprovider.h"
#include "fileroles.h"
#include "protocol/remotepath.h"
#include "remoteentrytext.h"
#include "remotelistingorder.h"

#include <QHash>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMimeData>
#include <algorithm>
#include <numeric>
#include <optional>

namespace Ferry {

namespace {

QIcon iconFor(const RemoteEntry& entry)
{
    return FileIconProvider::instance().iconForName(entry.name, entry.isDir());
}

} // namespace

RemoteFileModel::RemoteFileModel(RemoteBrowser* browser, QObject* parent)
    : QAbstractTableModel(parent), m_browser(browser), m_localTime(QDateTime::currentDateTime())
{
    m_streamTimer.setSingleShot(true);
    m_streamTimer.setObjectName(QStringLiteral("ferry-stream-batch"));
    m_streamTimer.setInterval(StreamIntervalMs);
    connect(&m_streamTimer, &QTimer::timeout, this, &RemoteFileModel::appendBatch);
    m_worker.setMaxThreadCount(1);
    m_worker.setObjectName(QStringLiteral("ferry-remote-sort"));
}

RemoteFileModel::~RemoteFileModel()
{
    // Work still running posts its result to this object: wait for it first.
    m_worker.clear();
    m_worker.waitForDone();
    if (m_pending)
        m_pending->abort();
}

void RemoteFileModel::setPath(const QString& rawPath, bool reload)
{
    const QString path = RemotePath::normalize(rawPath, m_path);
    if (!reload && path == m_pendingPath)
        return;
    const bool wasLoading = isLoading();
    if (m_pending) {
        BrowseRequest* old = m_pending;
        disconnect(old, nullptr, this, nullptr);
        if (m_streaming) {
            // Going elsewhere while a large folder arrives: that listing is not wanted any more.
            old->abort();
        } else {
            // A newer request wins: an older listing still under way is left to finish (aborting costs
            // board servers more than waiting) and only fills the cache when it arrives.
            const QString oldPath = m_pendingPath;
            auto collected = std::make_shared<QList<RemoteEntry>>(std::exchange(m_incoming, {}));
            connect(old, &BrowseRequest::entriesReceived, this,
                    [collected](const QList<RemoteEntry>& entries) { *collected += entries; });
            connect(old, &BrowseRequest::finished, this, [this, old, oldPath, collected] {
                if (old->succeeded())
                    m_cache.insert(oldPath, Listing{*collected, {}, {}, -1, Qt::AscendingOrder});
            });
        }
    }
    m_pending = nullptr;
    m_streaming = false;
    m_streamTimer.stop();
    m_incoming.clear();
    m_incomingFlags.clear();
    m_pendingPath.clear();
    if (m_toShow)
        cancelWork(); // a listing that was about to be shown: the cache has it

    const auto cached = m_cache.constFind(path);
    if (cached != m_cache.constEnd()) {
        show(path, cached.value(), reload ? Announce::Quietly : Announce::Loaded);
        if (!reload) {
            setLoading(wasLoading);
            return;
        }
    }
    m_pendingPath = path;
    BrowseRequest* request = m_browser->list(path, ListOperation::Delivery::Stream);
    m_pending = request;
    connect(request, &BrowseRequest::entriesReceived, this,
            [this, request](const QList<RemoteEntry>& entries) { onEntries(request, entries); });
    connect(request, &BrowseRequest::finished, this, [this, request] { onListFinished(request); });
    setLoading(wasLoading);
}

void RemoteFileModel::refresh()
{
    if (!m_path.isEmpty())
        setPath(m_path, true);
}

void RemoteFileModel::invalidate(const QString& path)
{
    const QString normalized = RemotePath::normalize(path);
    m_cache.remove(normalized);
    if (normalized == m_path)
        setPath(m_path, true);
}

void RemoteFileModel::clear()
{
    const bool wasLoading = isLoading();
    if (m_pending) {
        disconnect(m_pending, nullptr, this, nullptr);
        m_pending->abort();
    }
    m_pending = nullptr;
    m_pendingPath.clear();
    m_incoming.clear();
    m_incomingFlags.clear();
    m_streaming = false;
    m_streamTimer.stop();
    m_cache.clear();
    cancelWork();
    beginResetModel();
    m_entries.clear();
    m_flags.clear();
    m_order.clear();
    m_rows.clear();
    m_shownUpTo = 0;
    m_rowOf.clear();
    m_path.clear();
    endResetModel();
    setLoading(wasLoading);
    Q_EMIT pathChanged(m_path);
}

void RemoteFileModel::setLoading(bool wasLoading)
{
    if (isLoading() != wasLoading)
        Q_EMIT loadingChanged(isLoading());
}

void RemoteFileModel::cancelWork()
{
    ++m_generation; // a result still to come is for nothing now
    m_working = false;
    m_announceSorted = false;
    m_toShow.reset();
}

void RemoteFileModel::onEntries(BrowseRequest* request, const QList<RemoteEntry>& entries)
{
    if (request != m_pending)
        return;
    // The flags while the entries are fresh in the cache: filtering them later needs no look at them.
    const QByteArray flags = RemoteListingOrder::entryFlags(entries);
    if (!m_streaming) {
        m_incoming += entries;
        m_incomingFlags += flags;
        // A new folder shows up while it arrives once it is large; a refresh keeps the rows shown until
        // the new listing is complete.
        if (m_pendingPath != m_path && m_incoming.size() > StreamAfter)
            startStreaming();
        return;
    }
    // Kept at once (a piece at a time, so that no turn of the event loop copies many), shown in the
    // server's order (sorted when complete) in batches that grow with the rows shown: each insertion
    // makes the view lay out all its rows and paint them again.
    const int first = int(m_entries.size());
    m_entries += entries;
    m_flags += flags;
    for (int i = first; i < int(m_entries.size()); ++i)
        m_order.append(i);
    const bool doubles = m_entries.size() - m_shownUpTo >= m_shownUpTo;
    const qint64 due =
        qMax<qint64>(0, (doubles ? StreamIntervalMs : StreamMaxIntervalMs) - m_sinceBatch.elapsed());
    if (!m_streamTimer.isActive() || m_streamTimer.remainingTime() > due)
        m_streamTimer.start(int(due));
}

void RemoteFileModel::appendBatch()
{
    m_streamTimer.stop();
    if (!m_streaming)
        return;
    insertUnshown();
    m_sinceBatch.start();
}

void RemoteFileModel::insertUnshown()
{
    QList<int> rows;
    for (qsizetype i = m_shownUpTo; i < m_entries.size(); ++i) {
        if ((m_showHidden || !(m_flags.at(i) & HiddenFlag)) && m_filter.matches(m_entries.at(i).name))
            rows.append(int(i));
    }
    m_shownUpTo = m_entries.size();
    if (rows.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows += rows;
    m_rowOf.clear();
    endInsertRows();
}

void RemoteFileModel::startStreaming()
{
    cancelWork();
    m_streaming = true;
    beginResetModel();
    m_entries = std::exchange(m_incoming, {});
    m_flags = std::exchange(m_incomingFlags, {});
    m_order.resize(m_entries.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    m_sorted = false;
    m_rows = RemoteListingOrder::filteredRows(m_entries, m_flags, m_order, m_filter, m_showHidden);
    m_shownUpTo = m_entries.size();
    m_rowOf.clear();
    m_sinceBatch.start();
    const bool changed = m_path != m_pendingPath;
    m_path = m_pendingPath;
    endResetModel();
    if (changed)
        Q_EMIT pathChanged(m_path);
}

void RemoteFileModel::onListFinished(BrowseRequest* request)
{
    if (request != m_pending)
        return;
    const bool wasLoading = isLoading();
    const QString path = m_pendingPath;
    m_pending = nullptr;
    m_pendingPath.clear();
    if (!request->succeeded()) {
        // A streamed folder stays as far as it came (not cached); anything else stays as it was.
        appendBatch();
        m_streaming = false;
        m_incoming.clear();
        m_incomingFlags.clear();
        setLoading(wasLoading);
        if (request->error() != FtpOperation::Error::Canceled)
            Q_EMIT loadFailed(path, request->errorString());
        return;
    }
    if (m_streaming) {
        // The entries since the last batch get their rows with the sorted order (applyOrder): the view
        // lays out the 100,000 rows once for both.
        m_streamTimer.stop();
        m_streaming = false;
        m_cache.insert(path, Listing{m_entries, m_flags, {}, -1, Qt::AscendingOrder});
        rearrange(Change::Order, Announce::Loaded);
        setLoading(wasLoading);
        return;
    }
    const Listing listing{
        std::exchange(m_incoming, {}), std::exchange(m_incomingFlags, {}), {}, -1, Qt::AscendingOrder};
    m_cache.insert(path, listing);
    show(path, listing, Announce::Loaded);
    setLoading(wasLoading);
}

void RemoteFileModel::rememberOrder()
{
    auto cached = m_cache.find(m_path);
    if (cached != m_cache.end() && cached->entries.constData() == m_entries.constData())
        *cached = Listing{m_entries, m_flags, m_order, m_sortColumn, m_sortOrder};
}

void RemoteFileModel::show(const QString& path, const Listing& listing, Announce announce)
{
    const bool wasLoading = isLoading();
    cancelWork(); // whatever was being worked on is replaced
    const bool sorted = listing.sortColumn == m_sortColumn && listing.sortOrder == m_sortOrder &&
                        listing.order.size() == listing.entries.size();
    if (listing.entries.size() > WorkInThreadAbove) {
        // Large: sorted and filtered in the helper thread; the rows shown stay until it is done.
        m_toShow = ToShow{path, listing, announce};
        const quint64 generation = m_generation;
        const int column = m_sortColumn;
        const Qt::SortOrder sortOrder = m_sortOrder;
        const FileNameFilter filter = m_filter;
        const bool showHidden = m_showHidden;
        m_working = true;
        m_worker.start([this, generation, listing, sorted, column, sortOrder, filter, showHidden] {
            RemoteListingOrder::Arranged arranged =
                RemoteListingOrder::arrange(listing.entries, listing.flags, listing.order, !sorted, column,
                                            sortOrder, filter, showHidden);
            QMetaObject::invokeMethod(
                this,
                [this, generation, column, sortOrder, arranged] {
                    if (generation != m_generation || !m_toShow)
                        return;
                    const bool loading = isLoading();
                    ToShow next = std::move(*m_toShow);
                    m_toShow.reset();
                    m_working = false;
                    beginResetModel();
                    m_entries = next.listing.entries;
                    m_flags = arranged.flags;
                    m_order = arranged.order;
                    m_rows = arranged.rows;
                    m_shownUpTo = m_entries.size();
                    m_rowOf.clear();
                    m_sorted = column == m_sortColumn && sortOrder == m_sortOrder;
                    const bool changed = m_path != next.path;
                    m_path = next.path;
                    endResetModel();
                    rememberOrder();
                    if (changed)
                        Q_EMIT pathChanged(m_path);
                    setLoading(loading);
                    if (next.announce == Announce::Loaded)
                        Q_EMIT loaded(m_path);
                },
                Qt::QueuedConnection);
        });
        setLoading(wasLoading);
        return;
    }
    const RemoteListingOrder::Arranged arranged =
        RemoteListingOrder::arrange(listing.entries, listing.flags, listing.order, !sorted, m_sortColumn,
                                    m_sortOrder, m_filter, m_showHidden);
    beginResetModel();
    m_entries = listing.entries;
    m_flags = arranged.flags;
    m_order = arranged.order;
    m_rows = arranged.rows;
    m_shownUpTo = m_entries.size();
    m_rowOf.clear();
    m_sorted = true;
    const bool changed = m_path != path;
    m_path = path;
    endResetModel();
    rememberOrder();
    if (changed)
        Q_EMIT pathChanged(path);
    setLoading(wasLoading);
    if (announce == Announce::Loaded)
        Q_EMIT loaded(path);
}

void RemoteFileModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const bool same = column == m_sortColumn && order == m_sortOrder;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_toShow) {
        // A listing waits for the helper thread: arrange it by the new column instead.
        const ToShow next = *m_toShow;
        show(next.path, next.listing, next.announce);
        return;
    }
    if ((same && m_sorted) || m_streaming || m_entries.isEmpty())
        return; // a listing still arriving is sorted when it is complete
    rearrange(Change::Order, m_announceSorted ? Announce::Loaded : Announce::Quietly);
}

void RemoteFileModel::rearrange(Change change, Announce announce)
{
    const bool wasLoading = isLoading();
    const bool announceBefore = m_announceSorted;
    cancelWork();
    m_announceSorted = announce == Announce::Loaded || announceBefore;
    // A filter change while the listing still arrives keeps the server's order (sorted at its end).
    const bool sort = change == Change::Order || (!m_sorted && !m_streaming);
    if (m_entries.size() <= WorkInThreadAbove || m_streaming) {
        const RemoteListingOrder::Arranged arranged = RemoteListingOrder::arrange(
            m_entries, m_flags, m_order, sort, m_sortColumn, m_sortOrder, m_filter, m_showHidden);
        if (change == Change::Order)
            applyOrder(arranged.order, arranged.rows);
        else
            applyRows(arranged.rows);
        setLoading(wasLoading);
        return;
    }
    m_working = true;
    const quint64 generation = m_generation;
    const QList<RemoteEntry> entries = m_entries; // shared, not copied: the shown folder does not change
    const QByteArray flags = m_flags;
    const QList<int> order = m_order;
    const int column = m_sortColumn;
    const Qt::SortOrder sortOrder = m_sortOrder;
    const FileNameFilter filter = m_filter;
    const bool showHidden = m_showHidden;
    m_worker.start([this, generation, change, entries, flags, order, sort, column, sortOrder, filter,
                    showHidden] {
        const RemoteListingOrder::Arranged arranged =
            RemoteListingOrder::arrange(entries, flags, order, sort, column, sortOrder, filter, showHidden);
        QMetaObject::invokeMethod(
            this,
            [this, generation, change, arranged] {
                if (generation != m_generation)
                    return;
                const bool loading = isLoading();
                m_working = false;
                if (change == Change::Order)
                    applyOrder(arranged.order, arranged.rows);
                else
                    applyRows(arranged.rows);
                setLoading(loading);
            },
            Qt::QueuedConnection);
    });
    setLoading(wasLoading);
}

void RemoteFileModel::applyOrder(const QList<int>& order, const QList<int>& rows)
{
    if (order.size() != m_entries.size())
        return;
    // A streamed listing's last entries: inserted at the end, then moved with the rest, in one turn of
    // the event loop (the view lays out its rows once, when it next gets there).
    insertUnshown();
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> storage;
    storage.reserve(before.size());
    for (const QModelIndex& index : before)
        storage.append(index.row() < m_rows.size() ? m_rows.at(index.row()) : -1);
    m_order = order;
    m_sorted = true;
    m_rows = rows;
    m_rowOf.clear();
    if (!before.isEmpty()) {
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            const QModelIndex moved = storage.at(i) >= 0 ? indexOfEntry(storage.at(i)) : QModelIndex();
            after.append(moved.isValid() ? moved.siblingAtColumn(before.at(i).column()) : QModelIndex());
        }
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    rememberOrder();
    if (std::exchange(m_announceSorted, false))
        Q_EMIT loaded(m_path);
}

void RemoteFileModel::applyRows(const QList<int>& rows)
{
    Q_EMIT filterAboutToChange();
    beginResetModel();
    m_rows = rows;
    m_shownUpTo = m_entries.size();
    m_rowOf.clear();
    endResetModel();
    Q_EMIT filterChanged();
    if (std::exchange(m_announceSorted, false))
        Q_EMIT loaded(m_path);
}

void RemoteFileModel::setNameFilter(const QString& text)
{
    if (text == m_filter.text())
        return;
    m_filter.setText(text);
    if (m_toShow) {
        const ToShow next = *m_toShow;
        show(next.path, next.listing, next.announce);
        return;
    }
    rearrange(Change::Rows, m_announceSorted ? Announce::Loaded : Announce::Quietly);
}

void RemoteFileModel::setShowHidden(bool show)
{
    if (show == m_showHidden)
        return;
    m_showHidden = show;
    if (m_toShow) {
        const ToShow next = *m_toShow;
        this->show(next.path, next.listing, next.announce);
        return;
    }
    rearrange(Change::Rows, m_announceSorted ? Announce::Loaded : Announce::Quietly);
}

int RemoteFileModel::entryIndex(const QModelIndex& index) const
{
    return index.isValid() && index.row() < m_rows.size() ? m_rows.at(index.row()) : -1;
}

QModelIndex RemoteFileModel::indexOfEntry(int entryIndex) const
{
    if (entryIndex < 0 || entryIndex >= m_entries.size())
        return {};
    if (m_rowOf.size() != m_entries.size()) {
        m_rowOf = QList<int>(m_entries.size(), -1);
        for (int row = 0; row < int(m_rows.size()); ++row)
            m_rowOf[m_rows.at(row)] = row;
    }
    const int row = m_rowOf.at(entryIndex);
    return row >= 0 ? index(row, NameColumn) : QModelIndex();
}

RemoteEntry RemoteFileModel::entry(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    return m_entries.at(m_rows.at(index.row()));
}

QString RemoteFileModel::filePath(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    return RemotePath::join(m_path, m_entries.at(m_rows.at(index.row())).name);
}

QModelIndex RemoteFileModel::indexOf(const QString& name) const
{
    for (int row = 0; row < int(m_rows.size()); ++row) {
        if (m_entries.at(m_rows.at(row)).name == name)
            return index(row, NameColumn);
    }
    return {};
}

int RemoteFileModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RemoteFileModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RemoteFileModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RemoteEntry& e = m_entries.at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return e.isSymlink() && !e.linkTarget.isEmpty()
                       ? QStringLiteral("%1 → %2").arg(e.name, e.linkTarget)
                       : e.name;
        case SizeColumn:
            return e.isDir() || e.size < 0 ? QString() : formatSize(e.size);
        case TypeColumn:
            return presentation(e).typeName;
        case ModifiedColumn:
            return modifiedText(e);
        case PermissionsColumn:
            return RemoteEntryText::permissionsText(e);
        }
        return {};
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(e.name) : QVariant();
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(presentation(e).icon) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && e.size >= 0 && !e.isDir())
            return tr("%1 (%2 bytes)").arg(e.name, QLocale().toString(e.size));
        if (index.column() == PermissionsColumn) {
            const QString tip = RemoteEntryText::permissionsToolTip(e);
            return tip.isEmpty() ? QVariant() : QVariant(tip);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case IsDirRole:
        return RemoteListingOrder::isDirLike(e);
    case PathRole:
        return RemotePath::join(m_path, e.name);
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return e.name.toLower();
        case SizeColumn:
            return e.size;
        case TypeColumn:
            return presentation(e).typeName.toLower();
        case ModifiedColumn:
            return e.modified;
        case PermissionsColumn:
            return RemoteEntryText::permissionsText(e);
        }
        return {};
    default:
        return {};
    }
}

const RemoteFileModel::Presentation& RemoteFileModel::presentation(const RemoteEntry& entry) const
{
    // By kind of name: the type and the last extension (and "tar." before "gz", "xz", ...).
    QString key = QString::number(int(entry.type));
    if (entry.isFile()) {
        const qsizetype dot = entry.name.lastIndexOf(QLatin1Char('.'));
        if (dot <= 0) {
            key += QLatin1Char('/') + entry.name; // "Makefile", "README": whole names have types too
        } else {
            qsizetype from = dot;
            const qsizetype before = entry.name.lastIndexOf(QLatin1Char('.'), dot - 1);
            if (before > 0 &&
                entry.name.mid(before, dot - before).compare(QLatin1String(".tar"), Qt::CaseInsensitive) == 0)
                from = before;
            key += entry.name.mid(from).toLower();
        }
    }
    auto it = m_presentations.constFind(key);
    if (it == m_presentations.constEnd()) {
        if (m_presentations.size() > 4096)
            m_presentations.clear(); // names without a common extension: keep the table small
        it = m_presentations.insert(key, Presentation{RemoteEntryText::typeName(entry), iconFor(entry)});
    }
    return it.value();
}

QString RemoteFileModel::modifiedText(const RemoteEntry& entry) const
{
    // The local wall clock from one time-zone look-up per day, not a localtime() per cell painted.
    const ListingTimeZone::WallClock wall = m_localTime.wallClock(entry.modified);
    if (!wall.date.isValid())
        return QString();
    return m_locale.toString(QDateTime(wall.date, wall.time, Qt::UTC),
                             m_locale.dateTimeFormat(QLocale::ShortFormat));
}

QVariant RemoteFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case TypeColumn:
        return tr("Type");
    case ModifiedColumn:
        return tr("Modified");
    case PermissionsColumn:
        return tr("Permissions");
    }
    return {};
}

Qt::ItemFlags RemoteFileModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return flagsAt(index.row(), index.column());
}

Qt::ItemFlags RemoteFileModel::flagsAt(int row, int column) const
{
    // A flat table: the view need not ask about children row by row when it lays out 100,000 rows.
    Qt::ItemFlags f =
        Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    if (column == NameColumn)
        f |= Qt::ItemIsEditable;
    // From the flags: the view asks for every row when it lays them out.
    if (row >= 0 && row < m_rows.size() && (m_flags.at(m_rows.at(row)) & FolderFlag))
        f |= Qt::ItemIsDropEnabled;
    return f;
}

bool RemoteFileModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn || index.row() >= m_rows.size())
        return false;
    const QString newName = value.toString().trimmed();
    const RemoteEntry& e = m_entries.at(m_rows.at(index.row()));
    if (newName.isEmpty() || newName == e.name)
        return false;
    Q_EMIT renameRequested(RemotePath::join(m_path, e.name), newName);
    return false; // the name changes when the server confirmed and the folder was listed again
}

QStringList RemoteFileModel::mimeTypes() const
{
    return {remoteItemsMimeType(), QStringLiteral("text/uri-list")};
}

QMimeData* RemoteFileModel::mimeData(const QModelIndexList& indexes) const
{
    QJsonArray items;
    QList<int> rows;
    for (const QModelIndex& index : indexes) {
        if (!index.isValid() || index.row() >= m_rows.size() || rows.contains(index.row()))
            continue;
        rows << index.row();
        const RemoteEntry& e = m_entries.at(m_rows.at(index.row()));
        QJsonObject item;
        item.insert(QStringLiteral("path"), RemotePath::join(m_path, e.name));
        item.insert(QStringLiteral("dir"), e.isDir());
        item.insert(QStringLiteral("size"), double(e.size));
        items.append(item);
    }
    auto* mime = new QMimeData;
    mime->setData(remoteItemsMimeType(), QJsonDocument(items).toJson(QJsonDocument::Compact));
    return mime;
}

Qt::DropActions RemoteFileModel::supportedDropActions() const
{
    return Qt::CopyAction;
}

Qt::DropActions RemoteFileModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

QString RemoteFileModel::formatSize(qint64 bytes)
{
    if (bytes < 0)
        return {};
    // As QFileSystemModel writes them in the local pane ("100.00 KiB").
    return QLocale().formattedDataSize(bytes);
}

} // namespace Ferry
