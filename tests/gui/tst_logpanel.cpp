// The message log on its own: lines reach the view between turns of the event loop (never while
// append() runs: a burst of a folder's transfer log must not hold the window's thread), in order, the
// last MaxEntries of them; the level filter; visibleText() with every line appended so far. Screenshot:
// $FERRY_BINARY_DIR/screenshots/logpanel-burst.png.

#include "guitestbase.h"
#include "logpanel.h"

#include <QDir>
#include <QPlainTextEdit>
#include <QtTest>

using namespace Ferry;

class TestLogPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linesReachTheViewByThemselves();
    void burstKeepsTheLastLinesInOrder();
    void levelFilterRefillsTheView();
};

void TestLogPanel::linesReachTheViewByThemselves()
{
    LogPanel panel;
    panel.resize(600, 300);
    panel.show();
    auto* view = panel.findChild<QPlainTextEdit*>();
    QVERIFY(view);
    panel.append(FtpClient::LogKind::Command, QStringLiteral("STOR a.bin"), QStringLiteral("transfer 1"));
    panel.append(FtpClient::LogKind::Reply, QStringLiteral("226 Transfer complete."),
                 QStringLiteral("transfer 1"));
    // Not laid out while append() runs: the event loop puts them in.
    QVERIFY(view->toPlainText().isEmpty());
    QTRY_COMPARE(view->document()->blockCount(), 2);
    QVERIFY(view->toPlainText().contains(QStringLiteral("[transfer 1] → STOR a.bin")));
    QVERIFY(view->toPlainText().contains(QStringLiteral("[transfer 1] ← 226 Transfer complete.")));
}

void TestLogPanel::burstKeepsTheLastLinesInOrder()
{
    LogPanel panel;
    panel.resize(600, 300);
    panel.show();
    auto* view = panel.findChild<QPlainTextEdit*>();
    QVERIFY(view);
    const int total = LogPanel::MaxEntries * 3 + 17;
    for (int i = 0; i < total; ++i)
        panel.append(FtpClient::LogKind::Reply, QStringLiteral("line %1").arg(i));
    // Filled in slices by the event loop, trimmed to the last MaxEntries lines.
    QTRY_VERIFY(view->toPlainText().endsWith(QStringLiteral("line %1").arg(total - 1)));
    const QStringList lines = panel.visibleText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), LogPanel::MaxEntries);
    for (int i = 0; i < lines.size(); ++i)
        QVERIFY2(lines.at(i).endsWith(QStringLiteral(" line %1").arg(total - LogPanel::MaxEntries + i)),
                 qPrintable(lines.at(i)));
    QVERIFY(view->grab().save(QDir(Test::screenshotDir()).filePath(QStringLiteral("logpanel-burst.png"))));
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

QTEST_MAIN(TestLogPanel)
#include "tst_logpanel.moc"
