#include "fileview.h"

#include "filepane.h"

#include <QDrag>
#include <QDragEnterEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMimeData>
#include <utility>

namespace Ferry {

FileView::FileView(FilePane* pane) : QTreeView(pane), m_pane(pane)
{
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(true);
    setSortingEnabled(true);
    setAllColumnsShowFocus(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::EditKeyPressed);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::CopyAction);
    setContextMenuPolicy(Qt::CustomContextMenu);
    header()->setSectionsMovable(true);
    header()->setStretchLastSection(false);
    header()->setSortIndicatorShown(true);
    m_paintLater.setSingleShot(true);
    m_paintLater.setObjectName(QStringLiteral("ferry-paint-later"));
    m_paintLater.setInterval(0);
    connect(&m_paintLater, &QTimer::timeout, this, [this] { viewport()->setUpdatesEnabled(true); });
}

FileView::~FileView() = default;

void FileView::doItemsLayout()
{
    // The layout ends with a repaint of the whole viewport; over many rows (a layout of 100,000 takes
    // 2 to 3 ms, their paint 6 to 8) it is held back until the next timer turn, so that a turn of the
    // event loop holds at most one of the two (a paint asked for in between is made by the same repaint).
    // Only a layout the view put off to its timer: one that a paint, a grab or a look-up needs at once
    // is painted at once.
    QWidget* port = viewport();
    const bool defer = m_inTimerEvent && isVisible() && port->updatesEnabled() && model() &&
                       model()->rowCount(rootIndex()) > DeferPaintAboveRows;
    if (defer)
        port->setUpdatesEnabled(false);
    QTreeView::doItemsLayout();
    if (defer || m_paintLater.isActive())
        m_paintLater.start();
}

void FileView::timerEvent(QTimerEvent* event)
{
    const bool wasInTimerEvent = std::exchange(m_inTimerEvent, true);
    QTreeView::timerEvent(event);
    m_inTimerEvent = wasInTimerEvent;
}

void FileView::keyPressEvent(QKeyEvent* event)
{
    if (state() != EditingState) {
        if (event->key() == Qt::Key_Backspace && event->modifiers() == Qt::NoModifier) {
            m_pane->goUp();
            return;
        }
    }
    QTreeView::keyPressEvent(event);
}

bool FileView::focusNextPrevChild(bool next)
{
    // Tab (and Shift+Tab) moves between the two panes, as in two-pane file managers.
    if (state() != EditingState) {
        Q_UNUSED(next);
        Q_EMIT switchPaneRequested();
        return true;
    }
    return QTreeView::focusNextPrevChild(next);
}

void FileView::startDrag(Qt::DropActions supportedActions)
{
    Q_UNUSED(supportedActions);
    QMimeData* mime = m_pane->createDragMimeData();
    if (!mime)
        return;
    auto* drag = new QDrag(this);
    drag->setMimeData(mime);
    const QModelIndex current = currentIndex().sibling(currentIndex().row(), 0);
    const QIcon icon = current.data(Qt::DecorationRole).value<QIcon>();
    if (!icon.isNull())
        drag->setPixmap(icon.pixmap(32, 32));
    drag->exec(Qt::CopyAction, Qt::CopyAction);
}

bool FileView::acceptDrag(QDropEvent* event)
{
    // Drops from the same view would be moves inside one folder: not supported yet (part 2).
    if (event->source() == this || !m_pane->canDrop(event->mimeData())) {
        event->ignore();
        return false;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    return true;
}

void FileView::dragEnterEvent(QDragEnterEvent* event)
{
    acceptDrag(event);
}

void FileView::dragMoveEvent(QDragMoveEvent* event)
{
    acceptDrag(event);
}

void FileView::dragLeaveEvent(QDragLeaveEvent* event)
{
    QTreeView::dragLeaveEvent(event);
}

void FileView::dropEvent(QDropEvent* event)
{
    if (!acceptDrag(event))
        return;
    m_pane->handleDrop(event->mimeData(), indexAt(event->position().toPoint()));
}

} // namespace Ferry
