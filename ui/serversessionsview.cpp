#include "serversessionsview.h"

#include "serversessionmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>

namespace Ferry {

ServerSessionsView::ServerSessionsView(ServerSessionModel* model, QWidget* parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("serverSessions"));
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    // Columns are sized by fitColumns(): each as wide as its header and contents, the current action gets
    // what is left (never less than its header) and elides in the middle.
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setTextElideMode(Qt::ElideMiddle);
    setWordWrap(false);
    viewport()->installEventFilter(this);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setMinimumHeight(horizontalHeader()->sizeHint().height() + 2 * verticalHeader()->defaultSectionSize() +
                     4);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ServerSessionsView::fitColumns);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ServerSessionsView::fitColumns);
    connect(model, &QAbstractItemModel::modelReset, this, &ServerSessionsView::fitColumns);
    connect(model, &QAbstractItemModel::dataChanged, this, &ServerSessionsView::fitColumns);
}

ServerSessionsView::~ServerSessionsView() = default;

int ServerSessionsView::typicalWidth() const
{
    const QFontMetrics metrics(font());
    const QStringList sample{
        QStringLiteral("192.168.1.20:50000"), QStringLiteral("anonymous"), QString(),
        ServerSessionModel::tr("↓ %1  ↑ %2").arg(QStringLiteral("99.9 MiB"), QStringLiteral("99.9 MiB"))};
    const QHeaderView* header = horizontalHeader();
    const int padding = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1) +
                        2 * metrics.averageCharWidth();
    int sessions = 2 * frameWidth();
    for (int column = 0; column < ServerSessionModel::ColumnCount; ++column) {
        sessions +=
            qMax(header->sectionSizeHint(column), metrics.horizontalAdvance(sample.value(column)) + padding);
    }
    return sessions;
}

void ServerSessionsView::fitColumns()
{
    // Address, user and bytes as wide as their header and their longest cell; the current action takes
    // the rest of the row, at least its header (below that the table scrolls sideways).
    QHeaderView* header = horizontalHeader();
    int used = 0;
    for (int column : {int(ServerSessionModel::AddressColumn), int(ServerSessionModel::UserColumn),
                       int(ServerSessionModel::BytesColumn)}) {
        const int width = qMax(header->sectionSizeHint(column), sizeHintForColumn(column));
        if (header->sectionSize(column) != width)
            header->resizeSection(column, width);
        used += width;
    }
    const int action = ServerSessionModel::ActionColumn;
    const int width = qMax(header->sectionSizeHint(action), viewport()->width() - used);
    if (header->sectionSize(action) != width)
        header->resizeSection(action, width);
}

bool ServerSessionsView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QTableView::eventFilter(watched, event);
}

} // namespace Ferry
