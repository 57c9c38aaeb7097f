// Does the window stay responsive while a transfer runs at full speed? The real MainWindow downloads and
// uploads a 1 GiB file through its own transfer path (the remote/local pane's "transfer selection")
// while a 5 ms timer on the GUI thread measures the worst gap between its ticks (QElapsedTimer). Against
// Ferry's own FtpServer in the same process (server and client then share the GUI thread: a worst case)
// and against vsftpd (tests/support; needs root, skipped otherwise). Prints the worst stall and the
// throughput with qInfo; asserts only a generous bound (MaxStallMs) so that CI stays deterministic. The
// target of the issue is under 50 ms. FERRY_STALL_BYTES overrides the file size (default 1 GiB).

#include "client/ftpclient.h"
#include "filesortproxymodel.h"
#include "fileview.h"
#include "guitestbase.h"
#include "localfilemodel.h"
#include "localpane.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "quickconnectbar.h"
#include "remotefilemodel.h"
#include "remotepane.h"
#include "server/ftpserver.h"
#include "server/userauthenticator.h"
#include "stallwatchdog.h"
#include "transfer/transferengine.h"
#include "vsftpdserver.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <algorithm>
#include <memory>

using namespace Ferry;

namespace {

constexpr int WaitMs = Test::GuiWaitMs;
constexpr qint64 MaxStallMs = 1000; // generous, for loaded CI machines; the target is 50 ms
constexpr int TickMs = 5;

qint64 transferSize()
{
    bool ok = false;
    const qint64 size = qEnvironmentVariable("FERRY_STALL_BYTES").toLongLong(&ok);
    return ok && size > 0 ? size : qint64(1) << 30;
}

// A file of `size` bytes without writing them (sparse where the file system allows): reading it costs
// no disk, so the measurement is about Ferry, not the disk.
bool makeSparseFile(const QString& path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.resize(size);
}

struct StallReport
{
    bool finished = false;
    qint64 elapsedMs = 0;
    double worstMs = 0;
    double p99Ms = 0;
    int ticks = 0;
    int over16 = 0;
    int over50 = 0;
    double worstAtSeconds = 0;
    QStringList stalls; // what the GUI thread was doing in gaps over 250 ms (StallWatchdog)
};

// Runs the event loop (a real one, as the application's) until done() is true, while a 5 ms timer
// records the gaps between its ticks.
StallReport measureWhile(const std::function<bool()>& done, int timeoutMs)
{
    StallReport report;
    QEventLoop loop;
    QElapsedTimer clock;
    QList<double> gaps;
    gaps.reserve(200000);
    qint64 last = 0;
    Test::StallWatchdog watchdog(250);
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(TickMs);
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        watchdog.beat();
        const qint64 now = clock.nsecsElapsed();
        const double gap = double(now - last) / 1e6;
        last = now;
        gaps.append(gap);
        if (gap > report.worstMs) {
            report.worstMs = gap;
            report.worstAtSeconds = double(now) / 1e9;
        }
    });
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done()) {
            report.finished = true;
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    clock.start();
    ticker.start();
    poll.start();
    loop.exec();
    report.elapsedMs = clock.elapsed();
    report.ticks = int(gaps.size());
    report.stalls = watchdog.report();
    for (double gap : std::as_const(gaps)) {
        if (gap > 16)
            ++report.over16;
        if (gap > 50)
            ++report.over50;
    }
    if (!gaps.isEmpty()) {
        std::sort(gaps.begin(), gaps.end());
        report.p99Ms = gaps.at(qMin(gaps.size() - 1, qsizetype(double(gaps.size()) * 0.99)));
    }
    return report;
}

void printReport(const char* what, const StallReport& report, qint64 bytes)
{
    const double seconds = double(report.elapsedMs) / 1000.0;
    const double mibps = seconds > 0 ? double(bytes) / (1024.0 * 1024.0) / seconds : 0;
    qInfo("%s: %.1f MiB in %.2f s = %.1f MiB/s; worst event-loop stall %.1f ms (at %.2f s), p99 %.1f ms, "
          "%d ticks, %d gaps > 16 ms, %d gaps > 50 ms",
          what, double(bytes) / (1024.0 * 1024.0), seconds, mibps, report.worstMs, report.worstAtSeconds,
          report.p99Ms, report.ticks, report.over16, report.over50);
    for (const QString& stall : report.stalls)
        qInfo("%s: %s", what, qPrintable(stall));
}

} // namespace

class TestResponsiveness final : public Test::GuiTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void ownServer();
    void vsftpd();

private:
    void runTransfers(const QString& serverName, const QString& serverRoot,
                      const std::function<bool()>& fixPermissions);
};

void TestResponsiveness::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Ferry"));
    QCoreApplication::setApplicationName(QStringLiteral("ferry-gui-responsiveness-test"));
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
}

void TestResponsiveness::init()
{
    m_local = std::make_unique<QTemporaryDir>();
    QVERIFY(m_local->isValid());
    QVERIFY(openWindow(QSize(1200, 760)));
    QVERIFY(showLocal(m_local->path()));
}

void TestResponsiveness::cleanup()
{
    closeWindow();
}

void TestResponsiveness::runTransfers(const QString& serverName, const QString& serverRoot,
                                      const std::function<bool()>& fixPermissions)
{
    const qint64 size = transferSize();
    QVERIFY(makeSparseFile(QDir(serverRoot).filePath(QStringLiteral("big-down.bin")), size));
    QVERIFY(fixPermissions());
    RemotePane* remote = m_window->remotePane();
    remote->refresh();
    QVERIFY(waitForRemote(QStringLiteral("/")));
    QTRY_VERIFY_WITH_TIMEOUT(remote->model()->indexOf(QStringLiteral("big-down.bin")).isValid(), WaitMs);

    // Download: select the file in the remote pane and transfer it (Ctrl+T's path).
    const QModelIndex index =
        remote->proxy()->mapFromSource(remote->model()->indexOf(QStringLiteral("big-down.bin")));
    remote->view()->setFocus();
    remote->view()->selectionModel()->select(index,
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    remote->view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    const QString downloaded = m_local->filePath(QStringLiteral("big-down.bin"));
    remote->transferSelection();
    StallReport down = measureWhile(
        [&] { return QFileInfo(downloaded).size() == size && m_window->transferQueue()->isIdle(); }, 600000);
    QVERIFY2(down.finished, "the download did not finish in time");
    printReport(qPrintable(serverName + QStringLiteral(" download")), down, size);
    QFile::remove(downloaded);
    QFile::remove(QDir(serverRoot).filePath(QStringLiteral("big-down.bin")));

    // Upload: select a local file and transfer it.
    const QString source = m_local->filePath(QStringLiteral("big-up.bin"));
    QVERIFY(makeSparseFile(source, size));
    LocalPane* local = m_window->localPane();
    QTRY_VERIFY_WITH_TIMEOUT(local->model()->index(source).isValid(), WaitMs);
    const QModelIndex localIndex = local->proxy()->mapFromSource(local->model()->index(source));
    QTRY_VERIFY(localIndex.isValid());
    local->view()->setFocus();
    local->view()->selectionModel()->select(localIndex,
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    local->view()->selectionModel()->setCurrentIndex(localIndex, QItemSelectionModel::NoUpdate);
    const QString uploaded = QDir(serverRoot).filePath(QStringLiteral("big-up.bin"));
    local->transferSelection();
    StallReport up = measureWhile(
        [&] { return QFileInfo(uploaded).size() == size && m_window->transferQueue()->isIdle(); }, 600000);
    QVERIFY2(up.finished, "the upload did not finish in time");
    printReport(qPrintable(serverName + QStringLiteral(" upload")), up, size);
    QFile::remove(uploaded);
    QFile::remove(source);

    QVERIFY2(down.worstMs < MaxStallMs, qPrintable(QStringLiteral("download stall %1 ms").arg(down.worstMs)));
    QVERIFY2(up.worstMs < MaxStallMs, qPrintable(QStringLiteral("upload stall %1 ms").arg(up.worstMs)));
    if (down.worstMs > 50 || up.worstMs > 50)
        qWarning("worst stall above the 50 ms target (download %.1f ms, upload %.1f ms)", down.worstMs,
                 up.worstMs);
}

void TestResponsiveness::ownServer()
{
    // Ferry's engine in the same process and thread: the window then carries both ends of the transfer.
    QTemporaryDir root;
    QVERIFY(root.isValid());
    FtpServer server;
    auto users = std::make_shared<UserAuthenticator>();
    QVERIFY(users->addUser(QStringLiteral("dev"), QStringLiteral("dev-secret"), root.path(),
                           UserAuthenticator::Access::ReadWrite));
    server.setAuthenticator(users);
    ServerOptions options;
    options.port = 0;
    options.bindAddresses = {QHostAddress(QHostAddress::LocalHost)};
    options.passivePortMin = 0;
    options.passivePortMax = 0;
    server.setOptions(options);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(connectWindow(QStringLiteral("127.0.0.1"), server.port(), QStringLiteral("dev"),
                          QStringLiteral("dev-secret")));
    runTransfers(QStringLiteral("Ferry FtpServer (in-process)"), root.path(), [] { return true; });
    m_window->disconnectFromServer();
    server.stop();
}

void TestResponsiveness::vsftpd()
{
    Test::VsftpdServer vsftpd;
    FERRY_START_PEER(vsftpd, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(connectWindow(vsftpd.host(), vsftpd.port(), vsftpd.user(), vsftpd.password()));
    runTransfers(QStringLiteral("vsftpd"), vsftpd.rootPath(), [&vsftpd] { return vsftpd.fixPermissions(); });
    m_window->disconnectFromServer();
}

QTEST_MAIN(TestResponsiveness)
#include "tst_responsiveness.moc"
