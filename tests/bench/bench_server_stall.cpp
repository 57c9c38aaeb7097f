// bench_server_stall: how long Ferry's embedded server keeps its thread's event loop busy while it moves a
// big file. FtpServer runs in this process on 127.0.0.1 (a free port, a user with write access) and serves
// a temporary folder; curl, a separate process, downloads a file of SIZE bytes to /dev/null and uploads
// one. Meanwhile a 1 ms timer in the server's thread (Qt::PreciseTimer) records the gaps between its
// ticks: the worst gap is the longest time the server kept that thread, as the desktop window's event loop
// would feel it when the server panel serves a file. Prints, per round and direction, the throughput, the
// worst gap with what the thread did in it (processor time, and time it waited for a core that other
// processes held: on a busy machine a gap also contains such waits; the rest is time blocked in a system
// call or idle), the most processor time used within one gap (the work done without letting the ticker
// run), the 99th and 99.9th percentiles of the gaps, how many exceeded 10 and 50 ms, and this process's
// processor time (the server's: curl runs apart); then a summary over the rounds.
//
//   bench_server_stall [--size BYTES] [--rounds N] [--dir DIR] [--pattern] [--cold] [--only down|up]
//                      [--overwrite | --delete]
//
//   --size BYTES  size of the file (default 1073741824, 1 GiB)
//   --rounds N    downloads and uploads, alternating (default 3)
//   --dir DIR     where the served folder is created (default: the system's temporary folder); /dev/shm
//                 takes the disk out of the upload
//   --pattern     the file to download holds pattern data (tests/support/testfiles.h) written to the disk
//                 first; default: a sparse file (reads cost no disk)
//   --cold        evicts the file to download from the page cache before each download (posix_fadvise
//                 DONTNEED), so that the server reads it from the disk (--pattern) or has the kernel fill
//                 the holes of the sparse file with zeros as it reads (as the first read of a new sparse
//                 file does: in 8 MiB read-ahead windows here, about 20 ms each). Default: both files are
//                 read once before the first round, and every round reads them from the page cache
//   --only WHAT   only downloads (down) or only uploads (up)
//   --overwrite   each upload after the first replaces the file the previous one stored (the server
//                 renames its temporary file over it); default: the file is removed between rounds
//   --delete      after each upload, the client deletes the file (DELE) and the gaps of that are measured
//                 ("delete" lines)
//
// The file curl uploads is sparse and always read once first, so that curl's own first read does not
// compete with the server for the cores.
//
// Exit status 0, 1 when a transfer fails or curl is missing, 2 for a usage error.

#include "server/ftpserver.h"
#include "stallmeter.h"
#include "server/userauthenticator.h"
#include "testfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <ctime>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace Ferry;

namespace {

constexpr int TickMs = 1;

struct Options
{
    qint64 size = qint64(1) << 30;
    int rounds = 3;
    QString dir;
    bool pattern = false;
    bool cold = false;
    bool down = true;
    bool up = true;
    bool overwrite = false;
    bool remove = false;
};

struct Measurement
{
    bool ok = false;
    QString error;
    double seconds = 0;
    double cpuSeconds = 0; // this process: the server and the ticker
    double worstMs = 0;
    double worstCpuMs = 0;         // the most processor time the thread used between two ticks
    double worstGapCpuMs = 0;      // within the worst gap: processor time,
    double worstGapRunQueueMs = 0; // and time waiting for a core (-1: unknown)
    double p99Ms = 0;
    double p999Ms = 0;
    int ticks = 0;
    int over10 = 0;
    int over50 = 0;
};

double processCpuSeconds()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#else
    return 0;
#endif
}

using Bench::percentile;
using Bench::ThreadClock;
using Bench::ThreadTimes;

// Runs `program arguments` and the event loop until it exits, while the ticker records its gaps.
Measurement measureProcess(const QString& program, const QStringList& arguments)
{
    Measurement m;
    QEventLoop loop;
    QList<double> gaps;
    gaps.reserve(1 << 20);
    QElapsedTimer clock;
    qint64 last = 0;
    const ThreadClock threadClock;
    ThreadTimes lastTimes = threadClock.now();
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(TickMs);
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        const qint64 now = clock.nsecsElapsed();
        const ThreadTimes times = threadClock.now();
        const double gap = double(now - last) / 1e6;
        const double cpu = double(times.cpuNs - lastTimes.cpuNs) / 1e6;
        gaps.append(gap);
        m.worstCpuMs = qMax(m.worstCpuMs, cpu);
        if (gap > m.worstMs) {
            m.worstMs = gap;
            m.worstGapCpuMs = cpu;
            m.worstGapRunQueueMs =
                threadClock.hasRunQueue() ? double(times.runQueueNs - lastTimes.runQueueNs) / 1e6 : -1;
        }
        last = now;
        lastTimes = times;
    });
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            loop.quit();
    });
    const double cpuBefore = processCpuSeconds();
    clock.start();
    process.start(program, arguments);
    // Starting curl (fork, exec) is this benchmark's own work: the first gap starts after it.
    last = clock.nsecsElapsed();
    lastTimes = threadClock.now();
    ticker.start();
    if (process.state() != QProcess::NotRunning || process.error() != QProcess::FailedToStart)
        loop.exec();
    ticker.stop();
    m.seconds = double(clock.nsecsElapsed()) / 1e9;
    m.cpuSeconds = processCpuSeconds() - cpuBefore;
    if (process.error() == QProcess::FailedToStart) {
        m.error = QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
        return m;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m.error = QStringLiteral("%1 failed (exit code %2)").arg(program).arg(process.exitCode());
        return m;
    }
    m.ok = true;
    m.ticks = int(gaps.size());
    for (double gap : std::as_const(gaps)) {
        if (gap > 10)
            ++m.over10;
        if (gap > 50)
            ++m.over50;
    }
    std::sort(gaps.begin(), gaps.end());
    m.p99Ms = percentile(gaps, 0.99);
    m.p999Ms = percentile(gaps, 0.999);
    return m;
}

// The ticker alone for `ms` milliseconds: the machine's own timer jitter, for comparison.
Measurement measureIdle(int ms)
{
#ifdef Q_OS_UNIX
    return measureProcess(QStringLiteral("sleep"), {QString::number(double(ms) / 1000.0)});
#else
    Q_UNUSED(ms);
    return {};
#endif
}

double mbPerSecond(qint64 bytes, double seconds)
{
    return seconds > 0 ? double(bytes) / 1e6 / seconds : 0;
}

void printMeasurement(const char* what, qint64 bytes, const Measurement& m)
{
    const QString waited =
        m.worstGapRunQueueMs < 0
            ? QString()
            : QStringLiteral(", waiting for a core %1").arg(m.worstGapRunQueueMs, 0, 'f', 1);
    std::printf(
        "%-9s %5.0f MB/s  %6.3f s  server CPU %6.3f s  worst gap %6.1f ms (CPU %.1f%s)  most CPU in a gap "
        "%5.1f ms  p99 %5.2f ms  p99.9 %5.2f ms  gaps > 10 ms: %d, > 50 ms: %d  (%d ticks)\n",
        what, mbPerSecond(bytes, m.seconds), m.seconds, m.cpuSeconds, m.worstMs, m.worstGapCpuMs,
        qPrintable(waited), m.worstCpuMs, m.p99Ms, m.p999Ms, m.over10, m.over50, m.ticks);
    std::fflush(stdout);
}

void printSummary(const char* what, qint64 bytes, QList<Measurement> runs)
{
    if (runs.isEmpty())
        return;
    std::sort(runs.begin(), runs.end(),
              [](const Measurement& a, const Measurement& b) { return a.seconds < b.seconds; });
    const double medianSeconds = runs.at(runs.size() / 2).seconds;
    QList<double> worst;
    double worstCpu = 0;
    for (const Measurement& m : std::as_const(runs)) {
        worst.append(m.worstMs);
        worstCpu = qMax(worstCpu, m.worstCpuMs);
    }
    std::sort(worst.begin(), worst.end());
    std::printf(
        "summary %-9s median %.0f MB/s (%.0f to %.0f); worst gap: median %.1f ms, max %.1f ms; most CPU "
        "between two ticks %.1f ms; %d rounds\n",
        what, mbPerSecond(bytes, medianSeconds), mbPerSecond(bytes, runs.last().seconds),
        mbPerSecond(bytes, runs.first().seconds), worst.at(worst.size() / 2), worst.last(), worstCpu,
        int(runs.size()));
    std::fflush(stdout);
}

bool makeSparseFile(const QString& path, qint64 size)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.resize(size);
}

// Reads the whole file once, so that it is in the page cache.
bool readWhole(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return false;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 n = 0;
    while ((n = file.read(buffer.data(), buffer.size())) > 0) {
    }
    return n == 0;
}

// Drops the file's pages from the page cache (clean pages only: the file was synced after writing).
bool evictFromCache(const QString& path)
{
#if defined(Q_OS_LINUX)
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    ::fdatasync(fd);
    const int rc = ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
    return rc == 0;
#else
    Q_UNUSED(path);
    return false;
#endif
}

int usage(const char* message)
{
    std::fprintf(stderr,
                 "bench_server_stall: %s\nusage: bench_server_stall [--size BYTES] [--rounds N] [--dir DIR] "
                 "[--pattern] [--cold] [--only down|up] [--overwrite | --delete]\n",
                 message);
    return 2;
}

int fail(const QString& message)
{
    std::fprintf(stderr, "bench_server_stall: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Options options;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        const auto value = [&]() -> QString {
            return i + 1 < args.size() ? args.at(++i) : QString();
        };
        bool ok = true;
        if (arg == QLatin1String("--size")) {
            options.size = value().toLongLong(&ok);
            ok = ok && options.size > 0;
        } else if (arg == QLatin1String("--rounds")) {
            options.rounds = value().toInt(&ok);
            ok = ok && options.rounds > 0;
        } else if (arg == QLatin1String("--dir")) {
            options.dir = value();
            ok = !options.dir.isEmpty();
        } else if (arg == QLatin1String("--pattern")) {
            options.pattern = true;
        } else if (arg == QLatin1String("--cold")) {
            options.cold = true;
        } else if (arg == QLatin1String("--overwrite")) {
            options.overwrite = true;
        } else if (arg == QLatin1String("--delete")) {
            options.remove = true;
        } else if (arg == QLatin1String("--only")) {
            const QString what = value();
            options.down = what == QLatin1String("down");
            options.up = what == QLatin1String("up");
            ok = options.down || options.up;
        } else {
            return usage("unknown argument");
        }
        if (!ok)
            return usage(qPrintable(QStringLiteral("bad value for ") + arg));
    }

    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty())
        return fail(QStringLiteral("curl is not installed (scripts/setup-test-peers.sh installs it)"));

    std::unique_ptr<QTemporaryDir> work =
        options.dir.isEmpty() ? std::make_unique<QTemporaryDir>()
                              : std::make_unique<QTemporaryDir>(
                                    QDir(options.dir).filePath(QStringLiteral("ferry-stall-XXXXXX")));
    if (!work->isValid())
        return fail(QStringLiteral("cannot create a temporary folder: %1").arg(work->errorString()));
    const QDir root(work->filePath(QStringLiteral("served")));
    if (!QDir().mkpath(root.path()) || !QDir().mkpath(work->filePath(QStringLiteral("client"))))
        return fail(QStringLiteral("cannot create folders in %1").arg(work->path()));
    const QString served = root.filePath(QStringLiteral("big.bin"));
    const QString uploadSource = work->filePath(QStringLiteral("client/up.bin"));
    const QString uploaded = root.filePath(QStringLiteral("up.bin"));

    if (options.down) {
        const bool made = options.pattern ? Test::writePatternFile(served, options.size, 1)
                                          : makeSparseFile(served, options.size);
        if (!made)
            return fail(QStringLiteral("cannot create %1").arg(served));
    }
    if (options.up && !makeSparseFile(uploadSource, options.size))
        return fail(QStringLiteral("cannot create %1").arg(uploadSource));

    FtpServer server;
    auto users = std::make_shared<UserAuthenticator>();
    if (!users->addUser(QStringLiteral("bench"), QStringLiteral("bench-pw"), root.path(),
                        UserAuthenticator::Access::ReadWrite))
        return fail(QStringLiteral("cannot serve %1").arg(root.path()));
    server.setAuthenticator(users);
    ServerOptions serverOptions;
    serverOptions.port = 0;
    serverOptions.bindAddresses = {QHostAddress(QHostAddress::LocalHost)};
    serverOptions.passivePortMin = 0;
    serverOptions.passivePortMax = 0;
    server.setOptions(serverOptions);
    if (!server.start())
        return fail(QStringLiteral("the server did not start: %1").arg(server.errorString()));
    const QString base = QStringLiteral("ftp://bench:bench-pw@127.0.0.1:%1/").arg(server.port());

    std::printf("bench_server_stall: FtpServer in-process on %s, curl %s as the client\n", qPrintable(base),
                qPrintable(curl));
    if ((options.down && !options.cold && !readWhole(served)) || (options.up && !readWhole(uploadSource)))
        return fail(QStringLiteral("cannot read the files in %1").arg(work->path()));
    std::printf("file: %lld bytes, %s, %s, served from %s; chunk %lld bytes; %s, %s, %d cores\n",
                static_cast<long long>(options.size), options.pattern ? "pattern data" : "sparse",
                options.cold ? "evicted from the page cache before each download" : "in the page cache",
                qPrintable(root.path()), static_cast<long long>(serverOptions.chunkSize),
                qPrintable(QSysInfo::prettyProductName()), qPrintable(QSysInfo::kernelVersion()),
                QThread::idealThreadCount());
    const Measurement idle = measureIdle(1000);
    if (idle.ok)
        printMeasurement("idle 1 s", 0, idle);

    QList<Measurement> downs;
    QList<Measurement> ups;
    QList<Measurement> deletes;
    for (int round = 1; round <= options.rounds; ++round) {
        if (options.down) {
            if (options.cold && !evictFromCache(served))
                return fail(QStringLiteral("cannot evict %1 from the page cache").arg(served));
            const Measurement m =
                measureProcess(curl, {QStringLiteral("-sS"), QStringLiteral("-o"), QProcess::nullDevice(),
                                      base + QStringLiteral("big.bin")});
            if (!m.ok)
                return fail(QStringLiteral("download: %1").arg(m.error));
            printMeasurement("download", options.size, m);
            downs.append(m);
        }
        if (options.up) {
            const Measurement m = measureProcess(curl, {QStringLiteral("-sS"), QStringLiteral("-T"),
                                                        uploadSource, base + QStringLiteral("up.bin")});
            if (!m.ok)
                return fail(QStringLiteral("upload: %1").arg(m.error));
            if (QFileInfo(uploaded).size() != options.size)
                return fail(QStringLiteral("upload: %1 has %2 bytes, not %3")
                                .arg(uploaded)
                                .arg(QFileInfo(uploaded).size())
                                .arg(options.size));
            printMeasurement("upload", options.size, m);
            ups.append(m);
            if (options.remove) {
                const Measurement d = measureProcess(
                    curl, {QStringLiteral("-sS"), QStringLiteral("-Q"), QStringLiteral("DELE up.bin"), base});
                if (!d.ok || QFileInfo::exists(uploaded))
                    return fail(QStringLiteral("DELE: %1")
                                    .arg(d.ok ? QStringLiteral("the file is still there") : d.error));
                printMeasurement("delete", 0, d);
                deletes.append(d);
            } else if (!options.overwrite) {
                QFile::remove(uploaded); // outside the measurement
            }
        }
    }
    printSummary("download", options.size, downs);
    printSummary("upload", options.size, ups);
    printSummary("delete", 0, deletes);
    server.stop();
    return 0;
}
