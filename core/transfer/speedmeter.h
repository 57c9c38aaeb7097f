#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

namespace Ferry {

// A smoothed transfer rate: fed the running total of bytes moved now and then, it keeps an exponential
// moving average of the rate (time constant about two seconds), so the speed and the ETA a person sees
// do not jump with every chunk.
class SpeedMeter final
{
public:
    SpeedMeter();

    // Records the running total of bytes moved (monotonic), now or at `elapsedMs` on the meter's clock
    // (milliseconds since construction or reset(); for tests).
    void sample(qint64 totalBytes);
    void sample(qint64 totalBytes, qint64 elapsedMs);
    // Forgets the history (a paused job starts from zero speed).
    void reset();
    double bytesPerSecond() const { return m_rate; }
    // Seconds until `remaining` bytes have moved at the current rate; -1 when the rate is 0.
    qint64 etaSeconds(qint64 remaining) const;

private:
    QElapsedTimer m_clock;
    qint64 m_lastBytes = -1;
    qint64 m_lastMs = 0;
    double m_rate = 0;
};

} // namespace Ferry
