#pragma once

// How long a thread's event loop is kept from running: a 1 ms Qt::PreciseTimer in that thread records the
// gaps between its ticks, with what the thread did in each (processor time, and time it waited for a core
// that other processes held). Shared by the benchmarks that measure stalls (header only: each benchmark is
// one source file).

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>

#ifdef Q_OS_UNIX
#include <ctime>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Ferry::Bench {

// What the calling thread did, in nanoseconds: time on a core, and time it was ready to run but waited for
// a core that other processes held (Linux: /proc/thread-self/schedstat). The rest of a gap is time the
// thread slept: in poll() with nothing to do, or blocked in a system call (the disk).
struct ThreadTimes
{
    qint64 cpuNs = 0;
    qint64 runQueueNs = 0;
};

class ThreadClock final
{
public:
    ThreadClock()
    {
#ifdef Q_OS_LINUX
        m_schedstat = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
#endif
    }
    ~ThreadClock()
    {
#ifdef Q_OS_LINUX
        if (m_schedstat >= 0)
            ::close(m_schedstat);
#endif
    }
    Q_DISABLE_COPY_MOVE(ThreadClock)

    bool hasRunQueue() const
    {
        return m_schedstat >= 0;
    }

    ThreadTimes now() const
    {
        ThreadTimes times;
#ifdef Q_OS_UNIX
        // Exact, where schedstat's first field is only brought up to date at the scheduler's events.
        timespec ts{};
        if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
            times.cpuNs = qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
#endif
#ifdef Q_OS_LINUX
        if (m_schedstat >= 0) {
            char text[128] = {};
            const ssize_t n = ::pread(m_schedstat, text, sizeof text - 1, 0);
            long long cpu = 0;
            long long wait = 0;
            if (n > 0 && std::sscanf(text, "%lld %lld", &cpu, &wait) == 2)
                times.runQueueNs = wait;
        }
#endif
        return times;
    }

private:
    int m_schedstat = -1;
};

inline double percentile(const QList<double>& sorted, double fraction)
{
    if (sorted.isEmpty())
        return 0;
    return sorted.at(qMin(sorted.size() - 1, qsizetype(double(sorted.size()) * fraction)));
}

// The gaps of the calling thread's event loop between start() and stop().
class StallMeter final : public QObject
{
public:
    struct Summary
    {
        int ticks = 0;
        double p50Ms = 0;
        double p99Ms = 0;
        double worstMs = 0;
        double worstGapCpuMs = 0;      // within the worst gap: processor time,
        double worstGapRunQueueMs = 0; // and time waiting for a core (-1: unknown)
        double mostCpuMs = 0;          // the most processor time used between two ticks
        qint64 mostCpuGapStartNs = 0;  // when that gap began and ended (QDeadlineTimer::current())
        qint64 mostCpuGapEndNs = 0;
        int over16 = 0;
        int over50 = 0;
    };

    StallMeter()
    {
        m_ticker.setTimerType(Qt::PreciseTimer);
        m_ticker.setInterval(1);
        QObject::connect(&m_ticker, &QTimer::timeout, this, [this] { tick(); });
    }

    void start()
    {
        m_gaps.clear();
        m_summary = Summary();
        m_clock.start();
        m_last = 0;
        m_lastTimes = m_threadClock.now();
        m_ticker.start();
    }

    Summary stop()
    {
        m_ticker.stop();
        tick(); // the time since the last tick is a gap too
        QList<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        m_summary.ticks = int(sorted.size());
        m_summary.p50Ms = percentile(sorted, 0.5);
        m_summary.p99Ms = percentile(sorted, 0.99);
        for (double gap : std::as_const(sorted)) {
            m_summary.over16 += gap > 16 ? 1 : 0;
            m_summary.over50 += gap > 50 ? 1 : 0;
        }
        return m_summary;
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const ThreadTimes times = m_threadClock.now();
        const double gap = double(now - m_last) / 1e6;
        const double cpu = double(times.cpuNs - m_lastTimes.cpuNs) / 1e6;
        m_gaps.append(gap);
        if (cpu > m_summary.mostCpuMs) {
            m_summary.mostCpuMs = cpu;
            m_summary.mostCpuGapEndNs = QDeadlineTimer::current().deadlineNSecs();
            m_summary.mostCpuGapStartNs = m_summary.mostCpuGapEndNs - (now - m_last);
        }
        if (gap > m_summary.worstMs) {
            m_summary.worstMs = gap;
            m_summary.worstGapCpuMs = cpu;
            m_summary.worstGapRunQueueMs =
                m_threadClock.hasRunQueue() ? double(times.runQueueNs - m_lastTimes.runQueueNs) / 1e6 : -1;
        }
        m_last = now;
        m_lastTimes = times;
    }

    QTimer m_ticker;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    ThreadClock m_threadClock;
    ThreadTimes m_lastTimes;
    QList<double> m_gaps;
    Summary m_summary;
};

// Runs the event loop until `done` holds (checked after every event batch, at least every 5 ms) or
// timeoutMs passes; returns done().
inline bool runUntil(const std::function<bool()>& done, int timeoutMs = 300000)
{
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    if (!done())
        loop.exec();
    return done();
}

// The machine's load average over 1, 5 and 15 minutes (/proc/loadavg), or "?".
inline QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll().split(' ').mid(0, 3).join(' '));
}

} // namespace Ferry::Bench
