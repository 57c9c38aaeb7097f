#include "comparisondelegate.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace Ferry {

ComparisonDelegate::ComparisonDelegate(const DirectoryComparison* comparison, DirectoryComparison::Side side,
                                       QObject* parent)
    : QStyledItemDelegate(parent), m_comparison(comparison), m_side(side)
{}

ComparisonDelegate::~ComparisonDelegate() = default;

QColor ComparisonDelegate::markColor(SyncState state, DirectoryComparison::Side side)
{
    const bool local = side == DirectoryComparison::Side::Local;
    QColor color;
    switch (state) {
    case SyncState::Equal:
        return QColor();
    case SyncState::OnlyLocal:
    case SyncState::OnlyRemote:
        color = QColor(0x43, 0xa0, 0x47); // green
        break;
    case SyncState::LocalNewer:
        color = local ? QColor(0xfb, 0x8c, 0x00) : QColor(0x90, 0x90, 0x90); // orange here, grey there
        break;
    case SyncState::RemoteNewer:
        color = local ? QColor(0x90, 0x90, 0x90) : QColor(0xfb, 0x8c, 0x00);
        break;
    case SyncState::SizeDiffers:
    case SyncState::ChecksumDiffers:
        color = QColor(0xe5, 0x39, 0x35); // red
        break;
    case SyncState::TypeDiffers:
        color = QColor(0x8e, 0x24, 0xaa); // purple
        break;
    }
    color.setAlpha(90);
    return color;
}

QString ComparisonDelegate::markText(SyncState state, DirectoryComparison::Side side)
{
    const bool local = side == DirectoryComparison::Side::Local;
    switch (state) {
    case SyncState::LocalNewer:
        return local ? tr("Newer here than on the server") : tr("Older on the server than here");
    case SyncState::RemoteNewer:
        return local ? tr("Older here than on the server") : tr("Newer on the server than here");
    default:
        return syncStateText(state);
    }
}

const SyncComparison* ComparisonDelegate::comparisonAt(const QModelIndex& index) const
{
    if (!m_comparison->isEnabled())
        return nullptr;
    const QString name = index.siblingAtColumn(0).data(Qt::DisplayRole).toString();
    return m_comparison->comparison(name);
}

void ComparisonDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    if (const SyncComparison* c = comparisonAt(index)) {
        const QColor color = markColor(c->state, m_side);
        if (color.isValid())
            painter->fillRect(option.rect, color);
    }
    QStyledItemDelegate::paint(painter, option, index);
}

bool ComparisonDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                                   const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event->type() == QEvent::ToolTip) {
        if (const SyncComparison* c = comparisonAt(index); c && c->state != SyncState::Equal) {
            QString text = markText(c->state, m_side);
            const QString detail = syncComparisonDetail(*c, m_comparison->options());
            if (c->local && c->remote && detail != syncStateText(c->state))
                text += QLatin1Char('\n') + detail;
            QToolTip::showText(event->globalPos(), text, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace Ferry
