#pragma once

#include "directorycomparison.h"

#include <QColor>
#include <QStyledItemDelegate>

namespace Ferry {

// Draws a pane's rows as the base delegate does, on a background that marks how the entry compares with
// the other pane's folder (a tint that works on light and dark themes), and shows the mark's meaning and
// the two sizes or times as the row's tooltip.
class ComparisonDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonDelegate)

public:
    ComparisonDelegate(const DirectoryComparison* comparison, DirectoryComparison::Side side,
                       QObject* parent);
    ~ComparisonDelegate() override;

    // The tint for a state as seen from a side (invalid: no mark): only here/there green, newer orange
    // (older sides grey), size or content red, file against folder purple.
    static QColor markColor(SyncState state, DirectoryComparison::Side side);
    // What the mark means on this side, for a person ("Newer here", "Older than the server's").
    static QString markText(SyncState state, DirectoryComparison::Side side);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

private:
    const SyncComparison* comparisonAt(const QModelIndex& index) const;

    const DirectoryComparison* m_comparison;
    DirectoryComparison::Side m_side;
};

} // namespace Ferry
