#pragma once

#include <QStyledItemDelegate>

namespace Ferry {

// Paints the transfer panel's progress column as a progress bar (TransferQueueModel::ProgressRole,
// 0..1000; a busy bar while the size is unknown and the job runs).
class TransferProgressDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferProgressDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace Ferry
