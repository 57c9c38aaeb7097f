#pragma once

#include <QPersistentModelIndex>
#include <QSortFilterProxyModel>

namespace Ferry {

// Sorting and filtering for both panes: folders first whatever the column and order, numbers and times
// sorted by value (FileRole::SortRole, or QFileInfo for the local model), a filter-as-you-type on the
// name (wildcards allowed) and, for the remote pane, hiding dot files. The filter applies to the
// children of filterRoot() only, so the ancestors of the local pane's folder are never filtered away.
class FileSortProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileSortProxyModel)

public:
    explicit FileSortProxyModel(QObject* parent = nullptr);
    ~FileSortProxyModel() override;

    void setNameFilter(const QString& text);
    QString nameFilter() const { return m_nameFilter; }
    void setShowHidden(bool show);
    bool showHidden() const { return m_showHidden; }
    // The source folder whose rows are filtered (invalid: the top level).
    void setFilterRoot(const QModelIndex& sourceIndex);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool isDir(const QModelIndex& sourceIndex) const;

    QString m_nameFilter;
    QRegularExpression m_filterExpression;
    bool m_showHidden = false;
    QPersistentModelIndex m_filterRoot;
};

} // namespace Ferry
