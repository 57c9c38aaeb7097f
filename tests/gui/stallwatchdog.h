#pragma once

// Names the cause of a long event-loop stall in a test: a thread of its own watches the time of the GUI
// thread's last timer tick (beat()) and, when the GUI thread has not ticked for `thresholdMs`, records
// what the kernel says that thread is doing (Linux: its state R/S/D, the system call it is blocked in,
// the kernel function it waits in, its kernel stack where readable, and the processor time and run-queue
// wait it has had since its last tick). The test prints report() when a stall fails its bound, so that a
// failure in CI says whether the window computed, waited for a core, or waited for the disk.
// FERRY_STALL_GDB=1 also attaches gdb once for the GUI thread's user-space stack (diagnosis only: it
// lengthens the stall it looks at).

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace Ferry::Test {

class StallWatchdog final
{
public:
    explicit StallWatchdog(int thresholdMs = 250);
    ~StallWatchdog();
    StallWatchdog(const StallWatchdog&) = delete;
    StallWatchdog& operator=(const StallWatchdog&) = delete;

    // Call from the watched (GUI) thread at every tick.
    void beat();
    // What was seen during the stalls over the threshold so far (empty when there were none).
    QStringList report() const;

private:
    void run();
    QString snapshot(qint64 sinceBeatMs) const;

    const int m_thresholdMs;
    const long m_tid;
    std::atomic<qint64> m_lastBeatNs{0};
    std::atomic<qint64> m_beatCpuNs{0};
    std::atomic<qint64> m_beatWaitNs{0};
    mutable QMutex m_reportMutex;
    QStringList m_report;
    std::mutex m_stopMutex;
    std::condition_variable m_stopCondition;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace Ferry::Test
