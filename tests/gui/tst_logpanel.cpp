// The message log on its own: lines reach the view between turns of the event loop (never while
// append() runs), all lines of a burst in one row insertion (a folder's transfer log must not hold the
// window's thread), in order, the last MaxEntries of them; the level filter; copying the selected lines;
// visibleText() with every line appended so far. Screenshot:
// $FERRY_BINARY_DIR/screenshots/logpanel-burst.png.

#include "guitestbase.h"
#include "logpanel.h"

#include <QAbstractItemModel>
#include <QClipboard>
#include <QDir>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTreeView>
#include <QtTest>

using namespace Ferry;

class TestLogPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesReachTheViewByThemselves();
    void burstKeepsTheLastLinesInOrder();
    void levelFilterRefillsTheView();
    void copiesTheSelectedLines();
};

namespace {

QTreeView* viewOf(const LogPanel& panel)
{
    return panel.findChild<QTreeView*>(QStringLiteral("logView"));
}

QString rowText(const QAbstractItemModel* model, int row)
{
    return model->data(model->index(row, 0)).toString();
}

} // namespace

void TestLogPanel::linesReachTheViewByThemselves()
{
    LogPanel panel;
    panel.resize(600, 300);
    panel.show();
    QTreeView* view = viewOf(panel);
    QVERIFY(view);
    const QAbstractItemModel* model = view->model();
    panel.append(FtpClient::LogKind::Command, QStringLiteral("STOR a.bin"), QStringLiteral("transfer 1"));
    panel.append(FtpClient::LogKind::Reply, QStringLiteral("226 Transfer complete."),
                 QStringLiteral("transfer 1"));
    // Not put in while append() runs: the event loop does.
    QCOMPARE(model->rowCount(), 0);
    QTRY_COMPARE(model->rowCount(), 2);
    QVERIFY(rowText(model, 0).endsWith(QStringLiteral("[transfer 1] → STOR a.bin")));
    QVERIFY(rowText(model, 1).endsWith(QStringLiteral("[transfer 1] ← 226 Transfer complete.")));
    // Coloured by direction.
    QVERIFY(model->data(model->index(0, 0), Qt::ForegroundRole) !=
            model->data(model->index(1, 0), Qt::ForegroundRole));
}

void TestLogPanel::burstKeepsTheLastLinesInOrder()
{
    LogPanel panel;
    panel.resize(600, 300);
    panel.show();
    QTreeView* view = viewOf(panel);
    QVERIFY(view);
    const QAbstractItemModel* model = view->model();
    QSignalSpy insertions(model, &QAbstractItemModel::rowsInserted);
    const int total = LogPanel::MaxEntries * 3 + 17;
    for (int i = 0; i < total; ++i)
        panel.append(FtpClient::LogKind::Reply, QStringLiteral("line %1").arg(i));
    // The whole burst in one insertion by the event loop, trimmed to the last MaxEntries lines.
    QTRY_COMPARE(insertions.count(), 1);
    QCOMPARE(model->rowCount(), LogPanel::MaxEntries);
    QVERIFY(rowText(model, model->rowCount() - 1).endsWith(QStringLiteral("line %1").arg(total - 1)));
    const QStringList lines = panel.visibleText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), LogPanel::MaxEntries);
    for (int i = 0; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).endsWith(QStringLiteral(" line %1").arg(total - LogPanel::MaxEntries + i)),
                 qPrintable(lines.at(i)));
    // More lines later: the oldest leave from the top, the view follows the end.
    // A line wider than the view can be scrolled to.
    panel.append(FtpClient::LogKind::Error, QStringLiteral("a long line ").repeated(12));
    for (int i = 0; i < 10; ++i)
        panel.append(FtpClient::LogKind::Command, QStringLiteral("more %1").arg(i));
    QTRY_VERIFY(rowText(model, model->rowCount() - 1).endsWith(QStringLiteral("more 9")));
    QCOMPARE(model->rowCount(), LogPanel::MaxEntries);
    QVERIFY(rowText(model, 0).endsWith(QStringLiteral(" line %1").arg(total - LogPanel::MaxEntries + 11)));
    QVERIFY(view->verticalScrollBar()->value() == view->verticalScrollBar()->maximum());
    QVERIFY(view->horizontalScrollBar()->maximum() > 0);
    QVERIFY(panel.grab().save(QDir(Test::screenshotDir()).filePath(QStringLiteral("logpanel-burst.png"))));
}

void TestLogPanel::levelFilterRefillsTheView()
{
    LogPanel panel;
    panel.append(FtpClient::LogKind::Info, QStringLiteral("Connecting to 127.0.0.1"));
    panel.append(FtpClient::LogKind::Command, QStringLiteral("USER ferry"));
    panel.append(FtpClient::LogKind::Error, QStringLiteral("Connection reset"));
    panel.setLevel(LogPanel::Level::Errors);
    QCOMPARE(panel.visibleText().split(QLatin1Char('\n')).size(), 1);
    QVERIFY(panel.visibleText().endsWith(QStringLiteral("! Connection reset")));
    panel.setLevel(LogPanel::Level::Dialogue);
    QCOMPARE(panel.visibleText().split(QLatin1Char('\n')).size(), 2);
    QVERIFY(!panel.visibleText().contains(QStringLiteral("Connecting")));
    panel.setLevel(LogPanel::Level::All);
    QCOMPARE(panel.visibleText().split(QLatin1Char('\n')).size(), 3);
    panel.clear();
    QVERIFY(panel.visibleText().isEmpty());
}

void TestLogPanel::copiesTheSelectedLines()
{
    LogPanel panel;
    panel.resize(600, 300);
    panel.show();
    for (int i = 0; i < 5; ++i)
        panel.append(FtpClient::LogKind::Reply, QStringLiteral("reply %1").arg(i));
    QTreeView* view = panel.view();
    const QAbstractItemModel* model = view->model();
    QCOMPARE(model->rowCount(), 5);
    // Rows 3 and 1, selected in that order, are copied in the log's order.
    view->selectionModel()->select(model->index(3, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->selectionModel()->select(model->index(1, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QApplication::clipboard()->clear();
    // Ctrl+C and Ctrl+A are the view's own shortcuts: its window must be active and the view focused.
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    view->setFocus();
    QTest::keySequence(view, QKeySequence::Copy);
    const QStringList copied = QApplication::clipboard()->text().split(QLatin1Char('\n'));
    QCOMPARE(copied.size(), 2);
    QVERIFY(copied.at(0).endsWith(QStringLiteral("reply 1")));
    QVERIFY(copied.at(1).endsWith(QStringLiteral("reply 3")));
    // Select all, copy: every line.
    QTest::keySequence(view, QKeySequence::SelectAll);
    panel.copySelection();
    QCOMPARE(QApplication::clipboard()->text(), panel.visibleText());
}

QTEST_MAIN(TestLogPanel)
#include "tst_logpanel.moc"
