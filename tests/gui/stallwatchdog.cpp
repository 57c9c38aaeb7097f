#include "stallwatchdog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMutexLocker>
#include <QProcess>
#include <chrono>

#ifdef Q_OS_LINUX
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Ferry::Test {

namespace {

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

long currentThreadId()
{
#ifdef Q_OS_LINUX
    return long(::syscall(SYS_gettid));
#else
    return 0;
#endif
}

QByteArray readProc(long tid, const char* what)
{
    QFile file(QStringLiteral("/proc/self/task/%1/%2").arg(tid).arg(QLatin1String(what)));
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("(unreadable)");
    return file.readAll().trimmed();
}

// Processor time and run-queue wait of a thread, in ns (/proc/.../schedstat: "on-cpu wait timeslices").
void schedTimes(long tid, qint64* cpuNs, qint64* waitNs)
{
    const QList<QByteArray> fields = readProc(tid, "schedstat").split(' ');
    *cpuNs = fields.size() >= 2 ? fields.at(0).toLongLong() : 0;
    *waitNs = fields.size() >= 2 ? fields.at(1).toLongLong() : 0;
}

// The state letter of /proc/.../stat (the field after the parenthesised command name).
char threadState(long tid)
{
    const QByteArray stat = readProc(tid, "stat");
    const int close = stat.lastIndexOf(')');
    return close >= 0 && close + 2 < stat.size() ? stat.at(close + 2) : '?';
}

} // namespace

StallWatchdog::StallWatchdog(int thresholdMs) : m_thresholdMs(thresholdMs), m_tid(currentThreadId())
{
    beat();
#ifdef Q_OS_LINUX
    m_thread = std::thread([this] { run(); });
#endif
}

StallWatchdog::~StallWatchdog()
{
    {
        std::lock_guard<std::mutex> lock(m_stopMutex);
        m_stop = true;
    }
    m_stopCondition.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void StallWatchdog::beat()
{
    qint64 cpu = 0;
    qint64 wait = 0;
#ifdef Q_OS_LINUX
    schedTimes(m_tid, &cpu, &wait);
#endif
    m_beatCpuNs.store(cpu);
    m_beatWaitNs.store(wait);
    m_lastBeatNs.store(monotonicNs());
}

QStringList StallWatchdog::report() const
{
    QMutexLocker lock(&m_reportMutex);
    return m_report;
}

QString StallWatchdog::snapshot(qint64 sinceBeatMs) const
{
    qint64 cpu = 0;
    qint64 wait = 0;
    schedTimes(m_tid, &cpu, &wait);
    QString text =
        QStringLiteral("GUI thread %1 ms since its last tick: state %2, on a core %3 ms, waiting for "
                       "a core %4 ms; syscall [%5]; wchan [%6]")
            .arg(sinceBeatMs)
            .arg(QLatin1Char(threadState(m_tid)))
            .arg(double(cpu - m_beatCpuNs.load()) / 1e6, 0, 'f', 1)
            .arg(double(wait - m_beatWaitNs.load()) / 1e6, 0, 'f', 1)
            .arg(QString::fromLatin1(readProc(m_tid, "syscall")))
            .arg(QString::fromLatin1(readProc(m_tid, "wchan")));
    const QByteArray stack = readProc(m_tid, "stack");
    if (!stack.isEmpty() && stack != "(unreadable)")
        text += QStringLiteral("; kernel stack: ") +
                QString::fromLatin1(stack).replace(QLatin1Char('\n'), QLatin1String(" | "));
    return text;
}

void StallWatchdog::run()
{
    bool gdbDone = qEnvironmentVariableIntValue("FERRY_STALL_GDB") == 0;
    qint64 reportedBeat = -1;
    int samples = 0;
    std::unique_lock<std::mutex> lock(m_stopMutex);
    while (!m_stopCondition.wait_for(lock, std::chrono::milliseconds(50), [this] { return m_stop; })) {
        const qint64 beat = m_lastBeatNs.load();
        const qint64 sinceMs = (monotonicNs() - beat) / 1000000;
        if (sinceMs < m_thresholdMs)
            continue;
        if (beat != reportedBeat) {
            reportedBeat = beat;
            samples = 0;
        }
        // A few samples per stall (at the threshold, and every further threshold), at most 8.
        if (samples >= 8 || sinceMs < qint64(m_thresholdMs) * (samples + 1))
            continue;
        ++samples;
        QString text = snapshot(sinceMs);
        if (!gdbDone) {
            gdbDone = true;
            QProcess gdb;
            gdb.start(QStringLiteral("gdb"),
                      {QStringLiteral("-batch"), QStringLiteral("-p"), QString::number(::getpid()),
                       QStringLiteral("-ex"), QStringLiteral("thread apply all bt 25")});
            gdb.waitForFinished(60000);
            text += QStringLiteral("\ngdb:\n") + QString::fromLocal8Bit(gdb.readAllStandardOutput());
        }
        QMutexLocker reportLock(&m_reportMutex);
        m_report.append(text);
    }
}

} // namespace Ferry::Test
