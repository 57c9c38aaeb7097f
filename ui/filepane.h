#pragma once

#include <QModelIndexList>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMimeData;
class QProgressBar;
class QToolButton;

namespace Ferry {

class FileSortProxyModel;
class FileView;
class MessageBar;

// What both panes share: the title, a location bar (back, forward, up, the path with its history,
// refresh), a filter-as-you-type field and a hidden-files toggle, an inline message bar for errors, a
// busy indicator, and the sortable FileView over a FileSortProxyModel. LocalPane and RemotePane fill in
// the file system side. The window's actions (F5, F2, Del, ...) call the public slots of the active pane.
class FilePane : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilePane)

public:
    ~FilePane() override;

    FileView* view() const { return m_view; }
    FileSortProxyModel* proxy() const { return m_proxy; }
    MessageBar* messageBar() const { return m_messageBar; }
    QComboBox* pathBox() const { return m_pathBox; }
    QLineEdit* filterEdit() const { return m_filterEdit; }
    QProgressBar* busyIndicator() const { return m_busy; }

    // The folder shown.
    virtual QString currentPath() const = 0;
    // Whether the pane can act (the remote pane needs a connection).
    virtual bool isReady() const { return true; }
    bool isFolder(const QModelIndex& proxyIndex) const;
    // Full paths of the selected rows (the current row when nothing is selected).
    QStringList selectedPaths() const;
    QModelIndexList selectedSourceRows() const;
    // The folder a drop onto proxyIndex goes to: the folder under the cursor, else the one shown.
    QString dropTarget(const QModelIndex& proxyIndex) const;
    QStringList history() const { return m_history; }
    void setHistory(const QStringList& history);

    bool showHidden() const;
    void setShowHidden(bool show);

    // Drag and drop, called by FileView.
    virtual QMimeData* createDragMimeData() = 0;
    virtual bool canDrop(const QMimeData* mime) const = 0;
    virtual void handleDrop(const QMimeData* mime, const QModelIndex& proxyIndex) = 0;

    void showError(const QString& text);
    void showInfo(const QString& text);
    void clearMessage();

public Q_SLOTS:
    // Goes to a folder (recorded in the back history).
    void navigateTo(const QString& path);
    void goBack();
    void goForward();
    void goUp();
    virtual void refresh() = 0;
    // Enter / double-click: a folder opens, a file opens (local) or downloads (remote).
    virtual void openCurrent();
    // Upload (local pane) or download (remote pane) the selection.
    virtual void transferSelection() = 0;
    void renameCurrent();
    virtual void deleteSelection() = 0;
    virtual void createFolder() = 0;
    virtual void copyUrl() = 0;
    virtual void showProperties() = 0;
    void focusLocation();
    void focusFilter();

Q_SIGNALS:
    void pathChanged(const QString& path);
    void contextMenuRequested(const QPoint& globalPos);
    void switchPaneRequested();
    void statusMessage(const QString& text);

protected:
    FilePane(const QString& title, QWidget* parent);

    // Shows path; calls pathShown() once it is shown (at once or after a listing).
    virtual void loadPath(const QString& path) = 0;
    virtual QString parentOf(const QString& path) const = 0;
    virtual void openIndex(const QModelIndex& proxyIndex) = 0;
    virtual void applyShowHidden(bool show) { Q_UNUSED(show); }
    // Called by the subclass when `path` is on screen.
    void pathShown(const QString& path);
    // Called when loading a requested path failed: the location goes back to what is shown.
    void pathFailed();
    void setBusy(bool busy);
    void setTitle(const QString& title);
    void setModel(QAbstractItemModel* sourceModel);

private:
    void requestPath(const QString& path, bool record);

    QLabel* m_title;
    QToolButton* m_backButton;
    QToolButton* m_forwardButton;
    QToolButton* m_upButton;
    QToolButton* m_refreshButton;
    QToolButton* m_hiddenButton;
    QComboBox* m_pathBox;
    QLineEdit* m_filterEdit;
    QProgressBar* m_busy;
    MessageBar* m_messageBar;
    FileView* m_view;
    FileSortProxyModel* m_proxy;
    QStringList m_back;
    QStringList m_forward;
    QStringList m_history;
    QString m_shownPath;
    QString m_requestedPath;
    bool m_recordRequested = true;
};

} // namespace Ferry
