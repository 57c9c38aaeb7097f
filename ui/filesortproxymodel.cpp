#include "filesortproxymodel.h"

#include "fileroles.h"
#include "remotefilemodel.h"

#include <QCollator>
#include <QDateTime>
#include <QFileSystemModel>
#include <QItemSelection>
#include <QMimeData>

namespace Ferry {

FileSortProxyModel::FileSortProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setRecursiveFilteringEnabled(false);
}

FileSortProxyModel::~FileSortProxyModel() = default;

void FileSortProxyModel::setSourceModel(QAbstractItemModel* sourceModel)
{
    auto* remote = qobject_cast<RemoteFileModel*>(sourceModel);
    for (const QMetaObject::Connection& c : std::as_const(m_forwarding))
        disconnect(c);
    m_forwarding.clear();
    if (!remote) {
        m_remote = nullptr;
        QSortFilterProxyModel::setSourceModel(sourceModel);
        return;
    }
    // Pass-through: QSortFilterProxyModel lets go of any earlier source and keeps no tables.
    QSortFilterProxyModel::setSourceModel(nullptr);
    beginResetModel();
    m_remote = remote;
    QAbstractProxyModel::setSourceModel(sourceModel);
    forwardSignals();
    endResetModel();
    m_remote->setNameFilter(m_nameFilter);
    m_remote->setShowHidden(m_showHidden);
}

void FileSortProxyModel::forwardSignals()
{
    QAbstractItemModel* source = sourceModel();
    const auto add = [this](const QMetaObject::Connection& c) {
        m_forwarding.append(c);
    };
    add(connect(
        source, &QAbstractItemModel::rowsAboutToBeInserted, this,
        [this](const QModelIndex&, int first, int last) { beginInsertRows(QModelIndex(), first, last); }));
    add(connect(source, &QAbstractItemModel::rowsInserted, this, [this] { endInsertRows(); }));
    add(connect(
        source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
        [this](const QModelIndex&, int first, int last) { beginRemoveRows(QModelIndex(), first, last); }));
    add(connect(source, &QAbstractItemModel::rowsRemoved, this, [this] { endRemoveRows(); }));
    add(connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }));
    add(connect(source, &QAbstractItemModel::modelReset, this, [this] { endResetModel(); }));
    add(connect(source, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles) {
                    Q_EMIT dataChanged(mapFromSource(topLeft), mapFromSource(bottomRight), roles);
                }));
    add(connect(source, &QAbstractItemModel::headerDataChanged, this,
                &QAbstractItemModel::headerDataChanged));
    add(connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &FileSortProxyModel::sourceLayoutAboutToBeChanged));
    add(connect(source, &QAbstractItemModel::layoutChanged, this, &FileSortProxyModel::sourceLayoutChanged));
}

void FileSortProxyModel::sourceLayoutAboutToBeChanged(const QList<QPersistentModelIndex>&,
                                                      QAbstractItemModel::LayoutChangeHint hint)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    // The source moves its persistent indexes; ours follow the ones they stand for.
    m_layoutProxyIndexes = persistentIndexList();
    m_layoutSourceIndexes.clear();
    m_layoutSourceIndexes.reserve(m_layoutProxyIndexes.size());
    for (const QModelIndex& index : std::as_const(m_layoutProxyIndexes))
        m_layoutSourceIndexes.append(QPersistentModelIndex(mapToSource(index)));
}

void FileSortProxyModel::sourceLayoutChanged(const QList<QPersistentModelIndex>&,
                                             QAbstractItemModel::LayoutChangeHint hint)
{
    QModelIndexList moved;
    moved.reserve(m_layoutSourceIndexes.size());
    for (const QPersistentModelIndex& source : std::as_const(m_layoutSourceIndexes))
        moved.append(mapFromSource(source));
    changePersistentIndexList(m_layoutProxyIndexes, moved);
    m_layoutProxyIndexes.clear();
    m_layoutSourceIndexes.clear();
    Q_EMIT layoutChanged({}, hint);
}

void FileSortProxyModel::sort(int column, Qt::SortOrder order)
{
    if (m_remote) {
        m_remote->sort(column, order);
        return;
    }
    QSortFilterProxyModel::sort(column, order);
}

// Pass-through: rows, columns and indexes are the source's; everything else goes through them the way
// QAbstractProxyModel's own implementations do.
QModelIndex FileSortProxyModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_remote)
        return QSortFilterProxyModel::mapToSource(proxyIndex);
    return proxyIndex.isValid() ? m_remote->index(proxyIndex.row(), proxyIndex.column()) : QModelIndex();
}

QModelIndex FileSortProxyModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!m_remote)
        return QSortFilterProxyModel::mapFromSource(sourceIndex);
    return sourceIndex.isValid() ? createIndex(sourceIndex.row(), sourceIndex.column()) : QModelIndex();
}

QItemSelection FileSortProxyModel::mapSelectionToSource(const QItemSelection& proxySelection) const
{
    return m_remote ? QAbstractProxyModel::mapSelectionToSource(proxySelection)
                    : QSortFilterProxyModel::mapSelectionToSource(proxySelection);
}

QItemSelection FileSortProxyModel::mapSelectionFromSource(const QItemSelection& sourceSelection) const
{
    return m_remote ? QAbstractProxyModel::mapSelectionFromSource(sourceSelection)
                    : QSortFilterProxyModel::mapSelectionFromSource(sourceSelection);
}

QModelIndex FileSortProxyModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!m_remote)
        return QSortFilterProxyModel::index(row, column, parent);
    // Asked for every row whenever the view lays them out: no virtual rowCount()/columnCount() here.
    return !parent.isValid() && row >= 0 && row < m_remote->rows() && column >= 0 &&
                   column < RemoteFileModel::ColumnCount
               ? createIndex(row, column)
               : QModelIndex();
}

QModelIndex FileSortProxyModel::parent(const QModelIndex& child) const
{
    return m_remote ? QModelIndex() : QSortFilterProxyModel::parent(child);
}

QModelIndex FileSortProxyModel::sibling(int row, int column, const QModelIndex& idx) const
{
    return m_remote ? index(row, column) : QSortFilterProxyModel::sibling(row, column, idx);
}

int FileSortProxyModel::rowCount(const QModelIndex& parent) const
{
    if (!m_remote)
        return QSortFilterProxyModel::rowCount(parent);
    return parent.isValid() ? 0 : m_remote->rows();
}

int FileSortProxyModel::columnCount(const QModelIndex& parent) const
{
    if (!m_remote)
        return QSortFilterProxyModel::columnCount(parent);
    return parent.isValid() ? 0 : m_remote->columnCount();
}

bool FileSortProxyModel::hasChildren(const QModelIndex& parent) const
{
    return m_remote ? !parent.isValid() && m_remote->rowCount() > 0
                    : QSortFilterProxyModel::hasChildren(parent);
}

QVariant FileSortProxyModel::data(const QModelIndex& index, int role) const
{
    return m_remote ? m_remote->data(mapToSource(index), role) : QSortFilterProxyModel::data(index, role);
}

bool FileSortProxyModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    return m_remote ? m_remote->setData(mapToSource(index), value, role)
                    : QSortFilterProxyModel::setData(index, value, role);
}

QVariant FileSortProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_remote ? m_remote->headerData(section, orientation, role)
                    : QSortFilterProxyModel::headerData(section, orientation, role);
}

bool FileSortProxyModel::setHeaderData(int section, Qt::Orientation orientation, const QVariant& value,
                                       int role)
{
    return m_remote ? m_remote->setHeaderData(section, orientation, value, role)
                    : QSortFilterProxyModel::setHeaderData(section, orientation, value, role);
}

QMimeData* FileSortProxyModel::mimeData(const QModelIndexList& indexes) const
{
    return m_remote ? QAbstractProxyModel::mimeData(indexes) : QSortFilterProxyModel::mimeData(indexes);
}

bool FileSortProxyModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                      const QModelIndex& parent)
{
    return m_remote ? QAbstractProxyModel::dropMimeData(data, action, row, column, parent)
                    : QSortFilterProxyModel::dropMimeData(data, action, row, column, parent);
}

bool FileSortProxyModel::insertRows(int row, int count, const QModelIndex& parent)
{
    return m_remote ? false : QSortFilterProxyModel::insertRows(row, count, parent);
}

bool FileSortProxyModel::insertColumns(int column, int count, const QModelIndex& parent)
{
    return m_remote ? false : QSortFilterProxyModel::insertColumns(column, count, parent);
}

bool FileSortProxyModel::removeRows(int row, int count, const QModelIndex& parent)
{
    return m_remote ? false : QSortFilterProxyModel::removeRows(row, count, parent);
}

bool FileSortProxyModel::removeColumns(int column, int count, const QModelIndex& parent)
{
    return m_remote ? false : QSortFilterProxyModel::removeColumns(column, count, parent);
}

void FileSortProxyModel::fetchMore(const QModelIndex& parent)
{
    if (!m_remote)
        QSortFilterProxyModel::fetchMore(parent);
}

bool FileSortProxyModel::canFetchMore(const QModelIndex& parent) const
{
    return m_remote ? false : QSortFilterProxyModel::canFetchMore(parent);
}

Qt::ItemFlags FileSortProxyModel::flags(const QModelIndex& index) const
{
    if (!m_remote)
        return QSortFilterProxyModel::flags(index);
    return index.isValid() ? m_remote->flagsAt(index.row(), index.column()) : m_remote->flags(QModelIndex());
}

QModelIndex FileSortProxyModel::buddy(const QModelIndex& index) const
{
    return m_remote ? index : QSortFilterProxyModel::buddy(index);
}

QModelIndexList FileSortProxyModel::match(const QModelIndex& start, int role, const QVariant& value, int hits,
                                          Qt::MatchFlags flags) const
{
    return m_remote ? QAbstractItemModel::match(start, role, value, hits, flags)
                    : QSortFilterProxyModel::match(start, role, value, hits, flags);
}

QSize FileSortProxyModel::span(const QModelIndex& index) const
{
    return m_remote ? QSize(1, 1) : QSortFilterProxyModel::span(index);
}

QStringList FileSortProxyModel::mimeTypes() const
{
    return m_remote ? m_remote->mimeTypes() : QSortFilterProxyModel::mimeTypes();
}

Qt::DropActions FileSortProxyModel::supportedDropActions() const
{
    return m_remote ? m_remote->supportedDropActions() : QSortFilterProxyModel::supportedDropActions();
}

void FileSortProxyModel::setNameFilter(const QString& text)
{
    if (m_nameFilter == text)
        return;
    m_nameFilter = text;
    m_filter.setText(text);
    if (m_remote) {
        m_remote->setNameFilter(text);
        return;
    }
    invalidateFilter();
}

void FileSortProxyModel::setShowHidden(bool show)
{
    if (m_showHidden == show)
        return;
    m_showHidden = show;
    if (m_remote) {
        m_remote->setShowHidden(show);
        return;
    }
    invalidateFilter();
}

void FileSortProxyModel::setFilterRoot(const QModelIndex& sourceIndex)
{
    m_filterRoot = sourceIndex;
    invalidateFilter();
}

bool FileSortProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_remote || sourceParent != QModelIndex(m_filterRoot))
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString name = index.data(Qt::EditRole).toString();
    // The local model hides dot files itself (QDir::Hidden); other models leave it to us.
    if (!m_showHidden && !qobject_cast<const QFileSystemModel*>(sourceModel()) &&
        name.startsWith(QLatin1Char('.')))
        return false;
    return m_filter.matches(name);
}

bool FileSortProxyModel::isDir(const QModelIndex& sourceIndex) const
{
    if (const auto* fs = qobject_cast<const QFileSystemModel*>(sourceModel()))
        return fs->isDir(sourceIndex);
    return sourceIndex.data(IsDirRole).toBool();
}

bool FileSortProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const bool leftDir = isDir(left);
    const bool rightDir = isDir(right);
    if (leftDir != rightDir) {
        // Folders first in both orders: the view reverses lessThan for descending order.
        return sortOrder() == Qt::AscendingOrder ? leftDir : rightDir;
    }
    static const QCollator collator = [] {
        QCollator c;
        c.setNumericMode(true);
        c.setCaseSensitivity(Qt::CaseInsensitive);
        return c;
    }();
    QVariant l;
    QVariant r;
    if (const auto* fs = qobject_cast<const QFileSystemModel*>(sourceModel())) {
        const QFileInfo a = fs->fileInfo(left);
        const QFileInfo b = fs->fileInfo(right);
        switch (left.column()) {
        case 1:
            l = a.isDir() ? qint64(-1) : a.size();
            r = b.isDir() ? qint64(-1) : b.size();
            break;
        case 3:
            l = a.lastModified();
            r = b.lastModified();
            break;
        default:
            l = left.data(Qt::DisplayRole);
            r = right.data(Qt::DisplayRole);
            break;
        }
    } else {
        l = left.data(SortRole);
        r = right.data(SortRole);
    }
    if (l.userType() == QMetaType::QString || r.userType() == QMetaType::QString) {
        const int c = collator.compare(l.toString(), r.toString());
        if (c != 0)
            return c < 0;
    } else if (l != r) {
        return QVariant::compare(l, r) == QPartialOrdering::Less;
    }
    // Equal by this column: fall back to the name so the order is stable.
    return collator.compare(left.sibling(left.row(), 0).data(Qt::EditRole).toString(),
                            right.sibling(right.row(), 0).data(Qt::EditRole).toString()) < 0;
}

} // namespace Ferry
