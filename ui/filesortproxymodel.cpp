#include "filesortproxymodel.h"

#include "fileroles.h"

#include <QCollator>
#include <QDateTime>
#include <QFileSystemModel>
#include <QRegularExpression>

namespace Ferry {

FileSortProxyModel::FileSortProxyModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setRecursiveFilteringEnabled(false);
}

FileSortProxyModel::~FileSortProxyModel() = default;

void FileSortProxyModel::setNameFilter(const QString& text)
{
    if (m_nameFilter == text)
        return;
    m_nameFilter = text;
    const QString trimmed = text.trimmed();
    if (trimmed.contains(QLatin1Char('*')) || trimmed.contains(QLatin1Char('?'))) {
        m_filterExpression =
            QRegularExpression(QRegularExpression::wildcardToRegularExpression(
                                   trimmed, QRegularExpression::UnanchoredWildcardConversion),
                               QRegularExpression::CaseInsensitiveOption);
    } else {
        m_filterExpression = QRegularExpression(QRegularExpression::escape(trimmed),
                                                QRegularExpression::CaseInsensitiveOption);
    }
    invalidateFilter();
}

void FileSortProxyModel::setShowHidden(bool show)
{
    if (m_showHidden == show)
        return;
    m_showHidden = show;
    invalidateFilter();
}

void FileSortProxyModel::setFilterRoot(const QModelIndex& sourceIndex)
{
    m_filterRoot = sourceIndex;
    invalidateFilter();
}

bool FileSortProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent != QModelIndex(m_filterRoot))
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString name = index.data(Qt::EditRole).toString();
    // The local model hides dot files itself (QDir::Hidden); the remote one leaves it to us.
    if (!m_showHidden && !qobject_cast<const QFileSystemModel*>(sourceModel()) &&
        name.startsWith(QLatin1Char('.')))
        return false;
    if (!m_nameFilter.trimmed().isEmpty() && !m_filterExpression.match(name).hasMatch())
        return false;
    return true;
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
