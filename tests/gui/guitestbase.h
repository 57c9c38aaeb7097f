#pragma once

// What the GUI tests share: file helpers, simulated drops, and a base class that owns the window under
// test and knows how to drive its panes (wait for a listing, select rows, connect through the
// quick-connect bar, save a screenshot under ${FERRY_BINARY_DIR}/screenshots).

#include "mainwindow.h"

#include <QByteArray>
#include <QModelIndex>
#include <QObject>
#include <QPoint>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

class QAbstractItemView;
class QMimeData;
class QWidget;

namespace Ferry {
class RemotePane;
}

namespace Ferry::Test {

constexpr int GuiWaitMs = 20000;

QString screenshotDir();
QByteArray readFile(const QString& path);
// Creates the folders on the way.
bool writeFile(const QString& path, const QByteArray& data);
// Delivers a whole drag (enter, move, drop) to a view's viewport at pos, as Qt does for a real drag.
bool dropOn(QAbstractItemView* view, const QMimeData* mime, const QPoint& pos);
// A point in the view below the last row: a drop there goes to the folder shown.
QPoint emptyArea(QAbstractItemView* view);
// Gives the window back the focus after a dialog closed (window shortcuts need an active window).
bool reactivate(QWidget* window, QWidget* focus);
// What is cut in a window as laid out now: visible labels and buttons smaller than their text needs (wrapped
// labels: the height for their width), or outside the window. Empty when everything fits.
QString cutWidgets(QWidget* window);

// The visible one of the named children (a closed dialog may linger until its deferred delete).
template <typename T> T* visibleChild(QObject* parent, const QString& name)
{
    const QList<T*> children = parent->findChildren<T*>(name);
    for (T* child : children) {
        if (child->isVisible())
            return child;
    }
    return nullptr;
}

class GuiTestBase : public QObject
{
    Q_OBJECT

protected:
    // Opens a fresh window (queue file of earlier tests removed) of the given size, shown and exposed.
    bool openWindow(const QSize& size);
    // Closes the dialogs a failed test may have left open, then the window; drops the local folder.
    void closeWindow();
    void screenshot(const QString& name, QWidget* widget = nullptr);
    // Fills the quick-connect bar, clicks Connect and waits for the root listing.
    bool connectWindow(const QString& host, quint16 port, const QString& user, const QString& password);
    // Waits until the remote pane (the window's shown one by default) lists path.
    bool waitForRemote(const QString& path);
    static bool waitForRemote(RemotePane* pane, const QString& path);
    bool showLocal(const QString& path);
    QModelIndex remoteIndex(const QString& name) const;
    static QModelIndex remoteIndex(RemotePane* pane, const QString& name);
    QModelIndex localIndex(const QString& path) const;
    void selectRemote(const QStringList& names);
    void selectLocal(const QStringList& paths);

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QTemporaryDir> m_local;
};

} // namespace Ferry::Test
