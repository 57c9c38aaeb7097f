#pragma once

// What the benchmarks of the window's stalls (bench_remote_pane, bench_window_transfer) share besides
// stallmeter.h: TimedApplication, where the main thread's processor time goes per top-level event
// (receiver class, QEvent::Type, the receiver's object name when it has one; with --events, to tell what
// the gap with the most CPU was made of), runUntil() and the load average. Header only, as stallmeter.h
// (each benchmark is one source file); needs Qt Widgets.

#include "stallmeter.h"

#include <QApplication>
#include <QByteArray>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>

namespace Ferry::Bench {

class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    static TimedApplication* instance()
    {
        return static_cast<TimedApplication*>(QCoreApplication::instance());
    }

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!m_recording || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        const qint64 start = m_clock.now().cpuNs;
        QByteArray key =
            QByteArray(receiver->metaObject()->className()) + ' ' + QByteArray::number(int(event->type()));
        if (!receiver->objectName().isEmpty())
            key += " (" + receiver->objectName().toUtf8() + ')';
        const bool result = QApplication::notify(receiver, event);
        const double ms = double(m_clock.now().cpuNs - start) / 1e6;
        --m_depth;
        m_log.append({QDeadlineTimer::current().deadlineNSecs(), ms, key});
        Cost& cost = m_costs[key];
        cost.totalMs += ms;
        cost.worstMs = qMax(cost.worstMs, ms);
        ++cost.count;
        return result;
    }

    void setRecording(bool on) { m_recording = on; }
    bool isRecording() const { return m_recording; }

    // The events of at least minMs of processor time that ended within [fromNs, toNs] of
    // QDeadlineTimer::current(), one line each.
    void printEvents(qint64 fromNs, qint64 toNs, double minMs = 1.0) const
    {
        for (const LogLine& line : m_log) {
            if (line.endNs >= fromNs && line.endNs <= toNs && line.cpuMs >= minMs)
                std::printf("    %.1f ms CPU: %s\n", line.cpuMs, line.key.constData());
        }
    }

    // The events that ended within [fromNs, toNs], per kind: how many, and their processor time together.
    void printEventKinds(qint64 fromNs, qint64 toNs) const
    {
        QHash<QByteArray, QPair<int, double>> kinds;
        for (const LogLine& line : m_log) {
            if (line.endNs >= fromNs && line.endNs <= toNs) {
                kinds[line.key].first += 1;
                kinds[line.key].second += line.cpuMs;
            }
        }
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
            std::printf("    %d x %s: %.2f ms CPU\n", it->first, it.key().constData(), it->second);
    }

    // The 15 kinds of event with the most processor time in one event, over the whole run (a table).
    void print() const
    {
        QList<QPair<double, QByteArray>> order;
        for (auto it = m_costs.cbegin(); it != m_costs.cend(); ++it)
            order.append({it->worstMs, it.key()});
        std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        std::printf("\n| receiver, event type | events | total CPU ms | most CPU in one ms "
                    "|\n|---|---:|---:|---:|\n");
        for (qsizetype i = 0; i < qMin<qsizetype>(order.size(), 15); ++i) {
            const Cost& cost = m_costs.value(order.at(i).second);
            std::printf("| %s | %d | %.1f | %.1f |\n", order.at(i).second.constData(), cost.count,
                        cost.totalMs, cost.worstMs);
        }
    }

private:
    struct Cost
    {
        double totalMs = 0;
        double worstMs = 0;
        int count = 0;
    };
    struct LogLine
    {
        qint64 endNs;
        double cpuMs;
        QByteArray key;
    };
    ThreadClock m_clock;
    QList<LogLine> m_log;
    QHash<QByteArray, Cost> m_costs;
    int m_depth = 0;
    bool m_recording = false;
};

} // namespace Ferry::Bench
