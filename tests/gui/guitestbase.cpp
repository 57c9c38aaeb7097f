#include "guitestbase.h"

#include "filesortproxymodel.h"
#include "fileview.h"
#include "localfilemodel.h"
#include "localpane.h"
#include "messagebar.h"
#include "quickconnectbar.h"
#include "remotefilemodel.h"
#include "remotepane.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

namespace Ferry::Test {

QString screenshotDir()
{
    const QString base = qEnvironmentVariable("FERRY_BINARY_DIR", QDir::currentPath());
    const QString dir = QDir(base).filePath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    return dir;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

bool dropOn(QAbstractItemView* view, const QMimeData* mime, const QPoint& pos)
{
    QWidget* target = view->viewport();
    QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(pos), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

QPoint emptyArea(QAbstractItemView* view)
{
    return QPoint(20, view->viewport()->height() - 10);
}

bool reactivate(QWidget* window, QWidget* focus)
{
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return false;
    focus->setFocus();
    return QTest::qWaitFor([focus] { return focus->hasFocus(); });
}

QString cutWidgets(QWidget* window)
{
    QStringList cut;
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        if (!widget->isVisibleTo(window))
            continue;
        QString text;
        QSize needed;
        if (const auto* label = qobject_cast<const QLabel*>(widget)) {
            text = label->text();
            if (label->wordWrap())
                needed = QSize(0, label->heightForWidth(label->width()));
            else if (label->pixmap().isNull())
                needed = label->sizeHint();
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
            text = button->text();
            needed = button->sizeHint();
        } else {
            continue;
        }
        const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
        if (widget->width() < needed.width() || widget->height() < needed.height() ||
            !window->rect().contains(inWindow))
            cut << QStringLiteral("\"%1\" %2x%3 needs %4x%5 at %6,%7")
                       .arg(text.left(40))
                       .arg(widget->width())
                       .arg(widget->height())
                       .arg(needed.width())
                       .arg(needed.height())
                       .arg(inWindow.x())
                       .arg(inWindow.y());
    }
    return cut.join(QLatin1String("; "));
}

bool GuiTestBase::openWindow(const QSize& size)
{
    QFile::remove(MainWindow::queueFile()); // no jobs left over from an earlier test
    m_window = std::make_unique<MainWindow>();
    m_window->resize(size);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

void GuiTestBase::closeWindow()
{
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget* widget : widgets) {
        if (widget != m_window.get() && widget->isVisible())
            widget->close();
    }
    m_window.reset();
    m_local.reset();
}

void GuiTestBase::screenshot(const QString& name, QWidget* widget)
{
    QWidget* target = widget ? widget : m_window.get();
    QCoreApplication::processEvents();
    const QString path = QDir(screenshotDir()).filePath(name + QStringLiteral(".png"));
    QVERIFY2(target->grab().save(path), qPrintable(path));
}

bool GuiTestBase::connectWindow(const QString& host, quint16 port, const QString& user,
                                const QString& password)
{
    QuickConnectBar* bar = m_window->quickConnectBar();
    bar->hostBox()->setFocus();
    bar->hostBox()->setEditText(host);
    bar->portEdit()->setText(QString::number(port));
    bar->userEdit()->setText(user);
    bar->passwordEdit()->setText(password);
    QTest::mouseClick(bar->connectButton(), Qt::LeftButton);
    return waitForRemote(QStringLiteral("/"));
}

bool GuiTestBase::waitForRemote(const QString& path)
{
    return waitForRemote(m_window->remotePane(), path);
}

bool GuiTestBase::waitForRemote(RemotePane* pane, const QString& path)
{
    const bool ok = QTest::qWaitFor(
        [&] { return pane->isReady() && pane->currentPath() == path && !pane->model()->isLoading(); },
        GuiWaitMs);
    if (!ok)
        qWarning() << "remote pane shows" << pane->currentPath() << "not" << path
                   << pane->messageBar()->text();
    return ok;
}

bool GuiTestBase::showLocal(const QString& path)
{
    LocalPane* pane = m_window->localPane();
    pane->navigateTo(path);
    const QString clean = QDir::cleanPath(path);
    // QFileSystemModel fills in from its own thread.
    return QTest::qWaitFor(
        [&] {
            return pane->currentPath() == clean &&
                   pane->proxy()->rowCount(pane->view()->rootIndex()) ==
                       QDir(clean).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).size();
        },
        GuiWaitMs);
}

QModelIndex GuiTestBase::remoteIndex(const QString& name) const
{
    return remoteIndex(m_window->remotePane(), name);
}

QModelIndex GuiTestBase::remoteIndex(RemotePane* pane, const QString& name)
{
    return pane->proxy()->mapFromSource(pane->model()->indexOf(name));
}

QModelIndex GuiTestBase::localIndex(const QString& path) const
{
    LocalPane* pane = m_window->localPane();
    return pane->proxy()->mapFromSource(pane->model()->index(path));
}

void GuiTestBase::selectRemote(const QStringList& names)
{
    QAbstractItemView* view = m_window->remotePane()->view();
    view->setFocus();
    view->selectionModel()->clearSelection();
    for (const QString& name : names) {
        const QModelIndex index = remoteIndex(name);
        QVERIFY2(index.isValid(), qPrintable(name));
        view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
}

void GuiTestBase::selectLocal(const QStringList& paths)
{
    QAbstractItemView* view = m_window->localPane()->view();
    view->setFocus();
    view->selectionModel()->clearSelection();
    for (const QString& path : paths) {
        const QModelIndex index = localIndex(path);
        QVERIFY2(index.isValid(), qPrintable(path));
        view->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
}

} // namespace Ferry::Test
