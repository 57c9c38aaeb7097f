// A drag from the remote pane to the desktop fetches its files while Qt waits for the drop's data (an
// event loop runs inside QMimeData::retrieveData()). The window can be closed, or go away, while that
// loop runs: the fetch then ends with nothing, without a crash, and leaves no staging download behind in
// the queue. Against pyftpdlib, the download slowed down so that it is still running.

#include "appsettings.h"
#include "guitestbase.h"
#include "pyftpdlibserver.h"
#include "remotedragmimedata.h"
#include "remotepane.h"
#include "transfer/transferengine.h"
#include "transferactions.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

using namespace Ferry;
using namespace Ferry::Test;

class TestDragOut final : public GuiTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void closeWindowWhileFetching();
    void deleteWindowWhileFetching();
    void fetchAfterTheWindowIsGone();

private:
    // A drag of the big file whose data has not been asked for yet.
    std::unique_ptr<QMimeData> startDrag();
    // Files left in the staging folders (part files included).
    QStringList stagedFiles() const;

    PyftpdlibServer m_server;
};

void TestDragOut::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Ferry"));
    QCoreApplication::setApplicationName(QStringLiteral("ferry-dragout-test"));
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
    FERRY_START_PEER(m_server, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(m_server.addPatternFile(QStringLiteral("big.bin"), 8 * 1024 * 1024, 3));
}

void TestDragOut::cleanupTestCase()
{
    m_server.stop();
}

void TestDragOut::init()
{
    m_local = std::make_unique<QTemporaryDir>();
    QVERIFY(openWindow(QSize(1000, 700)));
    QVERIFY(connectWindow(m_server.host(), m_server.port(), m_server.user(), m_server.password()));
    AppSettings settings = m_window->settings();
    settings.speedLimitKiBps = 256; // the fetch takes half a minute: still running when the window goes
    m_window->applySettings(settings);
}

void TestDragOut::cleanup()
{
    closeWindow();
}

std::unique_ptr<QMimeData> TestDragOut::startDrag()
{
    selectRemote({QStringLiteral("big.bin")});
    std::unique_ptr<QMimeData> mime(m_window->remotePane()->createDragMimeData());
    return mime;
}

QStringList TestDragOut::stagedFiles() const
{
    QStringList files;
    QDirIterator it(TransferActions::dragOutFolder(), QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

void TestDragOut::closeWindowWhileFetching()
{
    std::unique_ptr<QMimeData> mime = startDrag();
    QVERIFY(mime);
    bool closed = false;
    bool progressShown = false;
    // Inside the fetch's event loop: once the download runs (and its progress shows), the user closes
    // the window and confirms.
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&]() {
        if (!closed) {
            const QList<TransferJobSnapshot> jobs = m_window->transferQueue()->jobs();
            progressShown = visibleChild<QProgressDialog>(m_window.get(), QStringLiteral("dragOutProgress"));
            if (jobs.size() != 1 || jobs.first().bytesDone < 256 * 1024 || !progressShown)
                return;
            screenshot(QStringLiteral("30-dragout-fetching"));
            closed = true;
            m_window->close();
            return;
        }
        if (auto* box = visibleChild<QMessageBox>(m_window.get(), QStringLiteral("confirmQuit"))) {
            for (QAbstractButton* button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        }
    });
    poll.start(20);
    QElapsedTimer clock;
    clock.start();
    const QList<QUrl> urls = mime->urls(); // the drop asks: the fetch runs until the window closes
    poll.stop();
    qInfo("the fetch ended %lld ms after the drop asked", clock.elapsed());
    QVERIFY(progressShown);
    QVERIFY(closed);
    QVERIFY(urls.isEmpty());
    QVERIFY(clock.elapsed() < 20000); // well before the download could have finished
    QTRY_VERIFY(!m_window->isVisible());
    QVERIFY(!m_window->transferQueue()->isRunning()); // quitting stopped the engine
    // The staging download is neither in the saved queue nor left half-written.
    QCOMPARE(m_window->transferQueue()->jobCount(), 0);
    QFile queueFile(MainWindow::queueFile());
    QVERIFY(queueFile.open(QIODevice::ReadOnly));
    QVERIFY2(!queueFile.readAll().contains("drag-out"), "the staging download was saved in the queue");
    QVERIFY2(stagedFiles().isEmpty(), qPrintable(stagedFiles().join(QLatin1Char(' '))));
}

void TestDragOut::deleteWindowWhileFetching()
{
    std::unique_ptr<QMimeData> mime = startDrag();
    QVERIFY(mime);
    bool deleted = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&]() {
        if (deleted || !m_window)
            return;
        const QList<TransferJobSnapshot> jobs = m_window->transferQueue()->jobs();
        if (jobs.size() != 1 || jobs.first().bytesDone < 256 * 1024)
            return;
        deleted = true;
        m_window.reset(); // the window and everything in it, from inside the fetch's event loop
    });
    poll.start(20);
    const QList<QUrl> urls = mime->urls();
    poll.stop();
    QVERIFY(deleted);
    QVERIFY(urls.isEmpty());
    QVERIFY(!m_window);
    // The mime data outlives the window: asking again does nothing (and does not crash).
    QVERIFY(mime->urls().isEmpty());
}

void TestDragOut::fetchAfterTheWindowIsGone()
{
    std::unique_ptr<QMimeData> mime = startDrag();
    QVERIFY(mime);
    m_window.reset();
    QVERIFY(mime->urls().isEmpty());
    QVERIFY(!static_cast<RemoteDragMimeData*>(mime.get())->wasFetched() || mime->urls().isEmpty());
}

QTEST_MAIN(TestDragOut)
#include "tst_dragout.moc"
