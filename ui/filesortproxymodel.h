#pragma once

#include "filenamefilter.h"

#include <QPersistentModelIndex>
#include <QSortFilterProxyModel>

namespace Ferry {

class RemoteFileModel;

// Sorting and filtering for both panes: folders first whatever the column and order, numbers and times
// sorted by value (FileRole::SortRole, or QFileInfo for the local model), a filter-as-you-type on the
// name (wildcards allowed) and, for the remote pane, hiding dot files. The filter applies to the
// children of filterRoot() only, so the ancestors of the local pane's folder are never filtered away.
//
// Over a RemoteFileModel the proxy only passes things through, row for row: sort(), the name filter and
// the hidden-files switch go to the model, which sorts and filters a folder of 100,000 entries in a
// helper thread and changes its rows in one step (sorting here would run in the window's thread, and a
// filter change would signal every scattered row it hides or shows). Nor does the proxy keep mapping
// tables then: the view lays out every row whenever rows change, and a QSortFilterProxyModel's lookups
// per row made that 2.5 times slower. The pass-through forwards the model's signals as its own, as
// QIdentityProxyModel does, and leaves QSortFilterProxyModel's machinery unused.
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

    void setSourceModel(QAbstractItemModel* sourceModel) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Everything QSortFilterProxyModel maps through its tables: row for row in pass-through mode.
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QItemSelection mapSelectionToSource(const QItemSelection& proxySelection) const override;
    QItemSelection mapSelectionFromSource(const QItemSelection& sourceSelection) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& idx) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setHeaderData(int section, Qt::Orientation orientation, const QVariant& value,
                       int role = Qt::EditRole) override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;
    bool insertRows(int row, int count, const QModelIndex& parent = QModelIndex()) override;
    bool insertColumns(int column, int count, const QModelIndex& parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex& parent = QModelIndex()) override;
    bool removeColumns(int column, int count, const QModelIndex& parent = QModelIndex()) override;
    void fetchMore(const QModelIndex& parent) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QModelIndex buddy(const QModelIndex& index) const override;
    QModelIndexList match(const QModelIndex& start, int role, const QVariant& value, int hits = 1,
                          Qt::MatchFlags flags = Qt::MatchFlags(Qt::MatchStartsWith |
                                                                Qt::MatchWrap)) const override;
    QSize span(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool isDir(const QModelIndex& sourceIndex) const;
    // Pass-through mode: the source's signals as this model's, row for row.
    void forwardSignals();
    void sourceLayoutAboutToBeChanged(const QList<QPersistentModelIndex>& parents,
                                      QAbstractItemModel::LayoutChangeHint hint);
    void sourceLayoutChanged(const QList<QPersistentModelIndex>& parents,
                             QAbstractItemModel::LayoutChangeHint hint);

    QList<QMetaObject::Connection> m_forwarding;
    QModelIndexList m_layoutProxyIndexes;               // during a source layout change: ours,
    QList<QPersistentModelIndex> m_layoutSourceIndexes; // and the source's they stand for

    QString m_nameFilter;
    FileNameFilter m_filter;
    bool m_showHidden = false;
    RemoteFileModel* m_remote = nullptr; // set when the source sorts and filters itself
    QPersistentModelIndex m_filterRoot;
};

} // namespace Ferry
