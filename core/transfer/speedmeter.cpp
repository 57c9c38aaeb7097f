#include "transfer/speedmeter.h"

#include <QtMath>

namespace Ferry {

namespace {
constexpr double TimeConstantMs = 2000.0;
}

SpeedMeter::SpeedMeter()
{
    m_clock.start();
}

void SpeedMeter::reset()
{
    m_lastBytes = -1;
    m_rate = 0;
    m_clock.restart();
}

void SpeedMeter::sample(qint64 totalBytes)
{
    sample(totalBytes, m_clock.elapsed());
}

void SpeedMeter::sample(qint64 totalBytes, qint64 now)
{
    if (m_lastBytes < 0 || totalBytes < m_lastBytes) {
        m_lastBytes = totalBytes;
        m_lastMs = now;
        return;
    }
    const qint64 dt = now - m_lastMs;
    if (dt < 50)
        return; // too short to say anything
    const double instant = double(totalBytes - m_lastBytes) * 1000.0 / double(dt);
    // An exponential moving average whose weight follows the elapsed time, not the number of samples.
    const double alpha = 1.0 - qExp(-double(dt) / TimeConstantMs);
    m_rate = m_rate <= 0 ? instant : m_rate + alpha * (instant - m_rate);
    if (m_rate < 1)
        m_rate = 0;
    m_lastBytes = totalBytes;
    m_lastMs = now;
}

qint64 SpeedMeter::etaSeconds(qint64 remaining) const
{
    if (m_rate <= 0 || remaining < 0)
        return -1;
    return qint64(qCeil(double(remaining) / m_rate));
}

} // namespace Ferry
