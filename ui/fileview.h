#pragma once

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

Q_SIGNALS:
    void switchPaneRequested();

protected:
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
};

} // namespace Ferry
