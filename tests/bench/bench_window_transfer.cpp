// bench_window_transfer: how long the window's event loop stalls while the window transfers files on the
// transfer engine (issue 11: under 16 ms, one frame at 60 Hz). The real MainWindow (ui/) is shown in
// this process's main thread (offscreen unless QT_QPA_PLATFORM says otherwise), with its transfer queue
// dock, connected to a server on loopback; the transfer is queued the way a user queues it (a row
// selected in the remote or local pane, then the pane's transferSelection(): Ctrl+T's path, which adds the
// job to core's TransferEngine through TransferActions). From that call until the job is finished, a 1 ms
// timer in the main thread (stallmeter.h) records the gaps between its ticks. Per round and case:
//
//   - the gaps' median, 99th percentile and worst, with what the main thread did in the worst gap:
//     processor time, time it waited for a core that other processes held (/proc/thread-self/schedstat),
//     and the rest (asleep or blocked in a system call);
//   - the most processor time the main thread used between two ticks (work done in one stretch), and
//     its processor time over the whole transfer;
//   - the throughput and the machine's load average (1 minute) when the case began.
//
// Then the median over the rounds of each figure. Cases (--only, comma-separated, default all):
//
//   down       download of one file of --size MiB from vsftpd (tests/support: sparse on the server,
//              written to a file in the client's temporary folder)
//   up         upload of one file of --size MiB (sparse) to vsftpd
//   ferrydown  the same download from `ferry serve` (a separate process, clear text: its processor time
//   ferryup    is not the window's) and the same upload to it
//   manyup     upload of a folder of --files files of 4 KiB each (pattern data) to vsftpd
//
//   bench_window_transfer [--only CASES] [--rounds N] [--size MiB] [--files N] [--ferry PATH]
//
// Defaults: 5 rounds, 1024 MiB, 2000 files; --ferry defaults to the ferry binary of this build. vsftpd
// needs root (scripts/setup-test-peers.sh prepares the machine). Files live in the system's temporary
// folder (TMPDIR): a download writes --size MiB there, an upload of vsftpd's stores it there too.
// Exit status 0, 1 when a peer or a transfer fails, 2 for a usage error.

#include "eventtiming.h"
#include "filesortproxymodel.h"
#include "fileview.h"
#include "localfilemodel.h"
#include "localpane.h"
#include "mainwindow.h"
#include "remotefilemodel.h"
#include "remotepane.h"
#include "stallmeter.h"
#include "testfiles.h"
#include "transfer/transferengine.h"
#include "vsftpdserver.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QItemSelectionModel>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#ifndef FERRY_APP_BINARY
#define FERRY_APP_BINARY ""
#endif

using namespace Ferry;
using Ferry::Bench::loadAverage;
using Ferry::Bench::runUntil;
using Ferry::Bench::StallMeter;
using Ferry::Bench::ThreadClock;
using Ferry::Bench::TimedApplication;

namespace {

constexpr int WaitMs = 60000;
constexpr int TransferTimeoutMs = 1800000;
constexpr qint64 SmallFileSize = 4096;

struct Options
{
    QStringList cases{QStringLiteral("down"), QStringLiteral("up"), QStringLiteral("ferrydown"),
                      QStringLiteral("ferryup"), QStringLiteral("manyup")};
    int rounds = 5;
    qint64 sizeMiB = 1024;
    int files = 2000;
    QString ferry = QStringLiteral(FERRY_APP_BINARY);
};

struct Result
{
    StallMeter::Summary gaps;
    double seconds = 0;
    qint64 bytes = 0;
    double threadCpuMs = 0; // the main thread's processor time over the whole transfer
    double load = 0;        // 1-minute load average when the case began
    double stealMs = 0; // time the hypervisor held this machine's virtual cores (all of them), -1: unknown
};

// The machine's steal time so far (/proc/stat, all cores), in milliseconds; -1 when unknown. On a virtual
// machine whose host is busy, a thread can be kept from running without waiting in this kernel's run
// queue: such gaps show as "rest" in the worst gap.
double stealMs()
{
    QFile file(QStringLiteral("/proc/stat"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = file.readLine().simplified().split(' ');
    if (fields.size() < 9 || fields.first() != "cpu")
        return -1;
    const long ticks = sysconf(_SC_CLK_TCK);
    return ticks > 0 ? fields.at(8).toDouble() * 1000.0 / double(ticks) : -1;
}

double loadAverage1()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return file.readAll().split(' ').value(0).toDouble();
}

bool makeSparseFile(const QString& path, qint64 size)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.resize(size);
}

int fail(const QString& message)
{
    std::fprintf(stderr, "bench_window_transfer: %s\n", qPrintable(message));
    return 1;
}

// `ferry serve DIR` in a process of its own on 127.0.0.1 and a free port, clear text (as vsftpd here).
class FerryServe final
{
public:
    FerryServe() = default;
    ~FerryServe() { stop(); }
    Q_DISABLE_COPY_MOVE(FerryServe)

    bool start(const QString& ferry, const QString& root, QString* error)
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(ferry, {QStringLiteral("serve"), root, QStringLiteral("--bind"),
                                QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("0"),
                                QStringLiteral("--user"), QStringLiteral("bench:bench-pw:rw"),
                                QStringLiteral("--tls"), QStringLiteral("off")});
        if (!m_process.waitForStarted(WaitMs)) {
            *error = QStringLiteral("%1 serve did not start: %2").arg(ferry, m_process.errorString());
            return false;
        }
        static const QRegularExpression listening(QStringLiteral("Listening on 127\\.0\\.0\\.1:(\\d+)"));
        QByteArray output;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < WaitMs) {
            if (m_process.state() == QProcess::NotRunning)
                break;
            m_process.waitForReadyRead(100);
            output += m_process.readAll();
            const QRegularExpressionMatch match = listening.match(QString::fromUtf8(output));
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                return true;
            }
        }
        *error = QStringLiteral("ferry serve did not start listening: %1").arg(QString::fromUtf8(output));
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

// The window under measurement, connected to one server, with its local pane on `localFolder`.
class Window final
{
public:
    Window() = default;
    Q_DISABLE_COPY_MOVE(Window)

    bool open(const FtpLogin& login, const QString& localFolder, QString* error)
    {
        QFile::remove(MainWindow::queueFile()); // no jobs of an earlier run
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 760);
        m_window->show();
        m_window->connectTo(login, m_window->settings().clientOptions(), QStringLiteral("/"), localFolder);
        RemotePane* remote = m_window->remotePane();
        if (!runUntil([&] {
                return remote->isReady() && remote->currentPath() == QLatin1String("/") &&
                       !remote->model()->isLoading();
            })) {
            *error = QStringLiteral("the window did not connect to %1:%2").arg(login.host).arg(login.port);
            return false;
        }
        if (!runUntil([&] { return m_window->localPane()->currentPath() == QDir::cleanPath(localFolder); })) {
            *error = QStringLiteral("the local pane does not show %1").arg(localFolder);
            return false;
        }
        return true;
    }

    MainWindow* window() const { return m_window.get(); }

    // Selects `name` in the remote pane's folder shown (refreshed first).
    bool selectRemote(const QString& name)
    {
        RemotePane* remote = m_window->remotePane();
        remote->refresh();
        if (!runUntil(
                [&] { return !remote->model()->isLoading() && remote->model()->indexOf(name).isValid(); }))
            return false;
        const QModelIndex index = remote->proxy()->mapFromSource(remote->model()->indexOf(name));
        select(remote, index);
        return index.isValid();
    }

    // Selects the file or folder at `path` in the local pane (QFileSystemModel fills in from its thread).
    bool selectLocal(const QString& path)
    {
        LocalPane* local = m_window->localPane();
        if (!runUntil([&] { return local->proxy()->mapFromSource(local->model()->index(path)).isValid(); }))
            return false;
        select(local, local->proxy()->mapFromSource(local->model()->index(path)));
        return true;
    }

    // Runs the pane's transfer of its selection and the event loop until the job it queued has finished,
    // with the stall meter running from the call on. Returns the job's final snapshot (none: no job).
    std::optional<TransferJobSnapshot> transfer(FilePane* pane, Result* result)
    {
        TransferEngine* engine = m_window->transferQueue();
        const QList<TransferJobId> before = engine->jobIds();
        StallMeter meter;
        const ThreadClock threadClock;
        QElapsedTimer clock;
        result->load = loadAverage1();
        const qint64 cpuBefore = threadClock.now().cpuNs;
        const double stealBefore = stealMs();
        clock.start();
        meter.start();
        pane->transferSelection();
        TransferJobId id = 0;
        for (TransferJobId candidate : engine->jobIds()) {
            if (!before.contains(candidate))
                id = candidate;
        }
        if (id == 0) {
            meter.stop();
            return std::nullopt;
        }
        QEventLoop loop;
        const auto finished = [&] {
            const std::optional<TransferJobSnapshot> job = engine->job(id);
            return !job || job->isFinished();
        };
        QObject::connect(engine, &TransferEngine::jobChanged, &loop, [&] {
            if (finished())
                loop.quit();
        });
        QTimer::singleShot(TransferTimeoutMs, &loop, &QEventLoop::quit);
        if (!finished())
            loop.exec();
        result->gaps = meter.stop();
        result->seconds = double(clock.nsecsElapsed()) / 1e9;
        result->threadCpuMs = double(threadClock.now().cpuNs - cpuBefore) / 1e6;
        result->stealMs = stealBefore < 0 ? -1 : stealMs() - stealBefore;
        return engine->job(id);
    }

    // Between rounds, outside the measurement: finished rows leave the queue, the panes settle.
    void settle()
    {
        m_window->transferQueue()->clearFinished();
        QEventLoop loop;
        QTimer::singleShot(300, &loop, &QEventLoop::quit);
        loop.exec();
    }

    void close() { m_window.reset(); }

private:
    static void select(FilePane* pane, const QModelIndex& index)
    {
        pane->view()->setFocus();
        pane->view()->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
        pane->view()->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }

    std::unique_ptr<MainWindow> m_window;
};

void printHeader()
{
    std::printf(
        "| case | round | load | s | MB/s | gap p50 ms | p99 ms | worst ms | worst gap: CPU / waiting for "
        "a core / rest ms | most CPU in one gap ms | window thread CPU ms | gaps > 16 ms | steal ms |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    std::fflush(stdout);
}

void printRow(const QString& what, int round, const Result& r)
{
    const StallMeter::Summary& s = r.gaps;
    const double rest = s.worstMs - s.worstGapCpuMs - qMax(0.0, s.worstGapRunQueueMs);
    std::printf("| %s | %d | %.2f | %.2f | %.0f | %.2f | %.2f | %.1f | %.1f / %.1f / %.1f | %.1f | %.0f | %d "
                "| %.0f |\n",
                qPrintable(what), round, r.load, r.seconds,
                r.seconds > 0 ? double(r.bytes) / 1e6 / r.seconds : 0, s.p50Ms, s.p99Ms, s.worstMs,
                s.worstGapCpuMs, s.worstGapRunQueueMs, rest, s.mostCpuMs, r.threadCpuMs, s.over16, r.stealMs);
    // --events: what the gap with the most CPU was made of, per kind of event.
    if (TimedApplication::instance()->isRecording())
        TimedApplication::instance()->printEventKinds(s.mostCpuGapStartNs, s.mostCpuGapEndNs);
    std::fflush(stdout);
}

template <typename Get> double median(const QList<Result>& results, Get get)
{
    QList<double> values;
    for (const Result& r : results)
        values.append(get(r));
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

template <typename Get> double maximum(const QList<Result>& results, Get get)
{
    double most = 0;
    for (const Result& r : results)
        most = qMax(most, get(r));
    return most;
}

void printSummary(const QString& what, const QList<Result>& results)
{
    if (results.isEmpty())
        return;
    std::printf(
        "summary %-9s %d rounds, medians: %.2f s, %.0f MB/s; gaps p50 %.2f / p99 %.2f / worst %.1f ms (worst "
        "of all rounds %.1f); the worst gap's CPU %.1f, waiting for a core %.1f ms; most CPU in one gap %.1f "
        "ms "
        "(max %.1f); window thread CPU %.0f ms; gaps > 16 ms %.0f; steal %.0f ms\n",
        qPrintable(what), int(results.size()), median(results, [](const Result& r) { return r.seconds; }),
        median(results,
               [](const Result& r) { return r.seconds > 0 ? double(r.bytes) / 1e6 / r.seconds : 0; }),
        median(results, [](const Result& r) { return r.gaps.p50Ms; }),
        median(results, [](const Result& r) { return r.gaps.p99Ms; }),
        median(results, [](const Result& r) { return r.gaps.worstMs; }),
        maximum(results, [](const Result& r) { return r.gaps.worstMs; }),
        median(results, [](const Result& r) { return r.gaps.worstGapCpuMs; }),
        median(results, [](const Result& r) { return r.gaps.worstGapRunQueueMs; }),
        median(results, [](const Result& r) { return r.gaps.mostCpuMs; }),
        maximum(results, [](const Result& r) { return r.gaps.mostCpuMs; }),
        median(results, [](const Result& r) { return r.threadCpuMs; }),
        median(results, [](const Result& r) { return double(r.gaps.over16); }),
        median(results, [](const Result& r) { return r.stealMs; }));
    std::fflush(stdout);
}

// One server, the cases that run against it: a big download, a big upload, a folder of small files.
struct ServerCases
{
    QString down; // case names, empty when not wanted
    QString up;
    QString many;
    QString root; // the served folder (where the server's files are)
    FtpLogin login;
    std::function<bool()> fixPermissions;
};

bool runServer(const ServerCases& server, const Options& options, const QString& localFolder,
               QHash<QString, QList<Result>>* results)
{
    const qint64 size = options.sizeMiB * 1024 * 1024;
    const QString downName = QStringLiteral("big-down.bin");
    const QString upName = QStringLiteral("big-up.bin");
    const QString manyName = QStringLiteral("many");
    if (!server.down.isEmpty() &&
        (!makeSparseFile(QDir(server.root).filePath(downName), size) || !server.fixPermissions())) {
        fail(QStringLiteral("cannot create %1 in %2").arg(downName, server.root));
        return false;
    }
    const QString upSource = QDir(localFolder).filePath(upName);
    if (!server.up.isEmpty() && !makeSparseFile(upSource, size)) {
        fail(QStringLiteral("cannot create %1").arg(upSource));
        return false;
    }
    const QString manySource = QDir(localFolder).filePath(manyName);
    if (!server.many.isEmpty() && !QFileInfo::exists(manySource)) {
        if (!QDir().mkpath(manySource))
            return false;
        for (int i = 0; i < options.files; ++i) {
            if (!Test::writePatternFile(
                    QDir(manySource).filePath(QStringLiteral("f%1.bin").arg(i, 5, 10, QLatin1Char('0'))),
                    SmallFileSize, quint32(i + 1)))
                return false;
        }
    }

    Window window;
    QString error;
    if (!window.open(server.login, localFolder, &error)) {
        fail(error);
        return false;
    }
    const auto check = [&](const std::optional<TransferJobSnapshot>& job, const QString& what) {
        if (!job) {
            fail(QStringLiteral("%1: the window queued no job").arg(what));
            return false;
        }
        if (job->state != TransferJobState::Done) {
            fail(QStringLiteral("%1: the job ended %2: %3")
                     .arg(what)
                     .arg(int(job->state))
                     .arg(job->errorString));
            return false;
        }
        return true;
    };
    // One big file through `pane` (its row selected), checked at `target`, which is removed afterwards.
    const auto transferBig = [&](const QString& name, int round, FilePane* pane, const QString& target) {
        Result r;
        r.bytes = size;
        if (!check(window.transfer(pane, &r), name))
            return false;
        if (QFileInfo(target).size() != size) {
            fail(QStringLiteral("%1: %2 has %3 bytes").arg(name, target).arg(QFileInfo(target).size()));
            return false;
        }
        printRow(name, round, r);
        (*results)[name].append(r);
        QFile::remove(target);
        window.settle();
        return true;
    };
    for (int round = 1; round <= options.rounds; ++round) {
        if (!server.down.isEmpty()) {
            const QString target = QDir(localFolder).filePath(downName);
            QFile::remove(target);
            if (!window.selectRemote(downName)) {
                fail(QStringLiteral("%1 is not listed").arg(downName));
                return false;
            }
            if (!transferBig(server.down, round, window.window()->remotePane(), target))
                return false;
        }
        if (!server.up.isEmpty()) {
            const QString target = QDir(server.root).filePath(upName);
            QFile::remove(target);
            if (!window.selectLocal(upSource)) {
                fail(QStringLiteral("the local pane does not list %1").arg(upSource));
                return false;
            }
            if (!transferBig(server.up, round, window.window()->localPane(), target))
                return false;
        }
        if (!server.many.isEmpty()) {
            QDir target(QDir(server.root).filePath(manyName));
            target.removeRecursively();
            window.settle(); // the remote pane lists the folder again without it
            if (!window.selectLocal(manySource)) {
                fail(QStringLiteral("the local pane does not list %1").arg(manySource));
                return false;
            }
            Result r;
            r.bytes = qint64(options.files) * SmallFileSize;
            const auto job = window.transfer(window.window()->localPane(), &r);
            if (!check(job, server.many))
                return false;
            const int stored = int(target.entryList(QDir::Files).size());
            if (stored != options.files) {
                fail(QStringLiteral("%1: %2 files on the server, not %3")
                         .arg(server.many)
                         .arg(stored)
                         .arg(options.files));
                return false;
            }
            printRow(server.many, round, r);
            (*results)[server.many].append(r);
            target.removeRecursively();
            window.settle();
        }
    }
    window.close();
    QFile::remove(QDir(server.root).filePath(downName));
    QFile::remove(upSource);
    return true;
}

int usage(const char* message)
{
    std::fprintf(
        stderr,
        "bench_window_transfer: %s\nusage: bench_window_transfer [--only down,up,ferrydown,ferryup,manyup] "
        "[--rounds N] [--size MiB] [--files N] [--ferry PATH]\n",
        message);
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Ferry"));
    QCoreApplication::setApplicationName(QStringLiteral("ferry-bench-window-transfer"));
    QStandardPaths::setTestModeEnabled(true); // the window's settings and queue stay out of the user's
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();

    Options options;
    const QStringList args = QCoreApplication::arguments().mid(1);
    static const QStringList known{QStringLiteral("down"), QStringLiteral("up"), QStringLiteral("ferrydown"),
                                   QStringLiteral("ferryup"), QStringLiteral("manyup")};
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        const QString value = i + 1 < args.size() ? args.at(i + 1) : QString();
        bool ok = true;
        if (arg == QLatin1String("--only")) {
            options.cases = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString& c : std::as_const(options.cases))
                ok = ok && known.contains(c);
            ok = ok && !options.cases.isEmpty();
        } else if (arg == QLatin1String("--rounds")) {
            options.rounds = value.toInt(&ok);
            ok = ok && options.rounds > 0;
        } else if (arg == QLatin1String("--size")) {
            options.sizeMiB = value.toLongLong(&ok);
            ok = ok && options.sizeMiB > 0;
        } else if (arg == QLatin1String("--files")) {
            options.files = value.toInt(&ok);
            ok = ok && options.files > 0;
        } else if (arg == QLatin1String("--events")) {
            app.setRecording(true);
            --i; // takes no value
        } else if (arg == QLatin1String("--ferry")) {
            options.ferry = value;
            ok = !value.isEmpty();
        } else {
            return usage("unknown argument");
        }
        if (!ok)
            return usage(qPrintable(QStringLiteral("bad value for ") + arg));
        ++i;
    }
    const auto wanted = [&](const char* name) {
        return options.cases.contains(QLatin1String(name));
    };

    QTemporaryDir local;
    if (!local.isValid())
        return fail(QStringLiteral("cannot create a temporary folder: %1").arg(local.errorString()));
    std::printf("bench_window_transfer: MainWindow (%s), %lld MiB files, %d x 4 KiB folder, %d rounds, local "
                "folder %s\n",
                qPrintable(QGuiApplication::platformName()), static_cast<long long>(options.sizeMiB),
                options.files, options.rounds, qPrintable(local.path()));
    std::printf("Load average before: %s\n\n", qPrintable(loadAverage()));

    // The timer's own jitter with the window shown and nothing to do, for comparison.
    {
        QWidget idle;
        idle.resize(400, 300);
        idle.show();
        StallMeter meter;
        meter.start();
        QEventLoop loop;
        QTimer::singleShot(1000, &loop, &QEventLoop::quit);
        loop.exec();
        const StallMeter::Summary s = meter.stop();
        std::printf(
            "idle 1 s: gaps p50 %.2f / p99 %.2f / worst %.1f ms (CPU %.1f, waiting for a core %.1f)\n\n",
            s.p50Ms, s.p99Ms, s.worstMs, s.worstGapCpuMs, s.worstGapRunQueueMs);
    }
    printHeader();

    QHash<QString, QList<Result>> results;
    if (wanted("down") || wanted("up") || wanted("manyup")) {
        Test::VsftpdServer vsftpd;
        if (const QString reason = vsftpd.skipReason(); !reason.isEmpty())
            return fail(reason);
        if (!vsftpd.start(QHostAddress(QHostAddress::LocalHost)))
            return fail(vsftpd.errorString());
        ServerCases cases;
        cases.down = wanted("down") ? QStringLiteral("down") : QString();
        cases.up = wanted("up") ? QStringLiteral("up") : QString();
        cases.many = wanted("manyup") ? QStringLiteral("manyup") : QString();
        cases.root = vsftpd.rootPath();
        cases.login.host = vsftpd.host();
        cases.login.port = vsftpd.port();
        cases.login.user = vsftpd.user();
        cases.login.password = vsftpd.password();
        cases.fixPermissions = [&vsftpd] {
            return vsftpd.fixPermissions();
        };
        const bool ok = runServer(cases, options, local.path(), &results);
        vsftpd.stop();
        if (!ok)
            return 1;
    }
    if (wanted("ferrydown") || wanted("ferryup")) {
        if (options.ferry.isEmpty() || !QFileInfo(options.ferry).isExecutable())
            return fail(QStringLiteral("no ferry binary (--ferry PATH): %1").arg(options.ferry));
        QTemporaryDir served;
        if (!served.isValid())
            return fail(QStringLiteral("cannot create a temporary folder"));
        FerryServe serve;
        QString error;
        if (!serve.start(options.ferry, served.path(), &error))
            return fail(error);
        ServerCases cases;
        cases.down = wanted("ferrydown") ? QStringLiteral("ferrydown") : QString();
        cases.up = wanted("ferryup") ? QStringLiteral("ferryup") : QString();
        cases.root = served.path();
        cases.login.host = QStringLiteral("127.0.0.1");
        cases.login.port = serve.port();
        cases.login.user = QStringLiteral("bench");
        cases.login.password = QStringLiteral("bench-pw");
        cases.fixPermissions = [] {
            return true;
        };
        const bool ok = runServer(cases, options, local.path(), &results);
        serve.stop();
        if (!ok)
            return 1;
    }

    std::printf("\nLoad average after: %s\n\n", qPrintable(loadAverage()));
    for (const QString& name : known)
        printSummary(name, results.value(name));
    return 0;
}
