#pragma once

#include <QTimer>
#include <QTreeView>

namespace Ferry {

class FilePane;

// The table of a pane: multiple selection, sortable columns, Enter/double-click opens, F2 edits the name,
// Backspace goes up, Tab and Shift+Tab jump to the other pane. Drags take their data from the pane
// (FilePane::createDragMimeData) and drops go to the pane (FilePane::canDrop/handleDrop), so both panes
// and the desktop's file manager talk through text/uri-list and Ferry's own remote-items type.
class FileView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileView)

public:
    explicit FileView(FilePane* pane);
    ~FileView() override;

    // Above this many rows, a layout of the rows is painted in a later turn of the event loop than the
    // one that laid them out: over 100,000 rows each takes a few milliseconds, and the window should never
    // do both in one turn. Until then the viewport's updates are off (viewport()->updatesEnabled()).
    static constexpr int DeferPaintAboveRows = 10000;

    void doItemsLayout() override;

Q_SIGNALS:
    void switchPaneRequested();

protected:
    void timerEvent(QTimerEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool focusNextPrevChild(bool next) override;
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    bool acceptDrag(QDropEvent* event);

    FilePane* m_pane;
    QTimer m_paintLater;         // enables the viewport's updates again after a layout (which repaints it)
    bool m_inTimerEvent = false; // a layout now is one the view put off (QAbstractItemView's timer)
};

} // namespace Ferry
