#include "transfer/ratelimiter.h"

#include <QtMath>
#include <limits>

namespace Ferry {

RateLimiter::RateLimiter(qint64 bytesPerSecond)
{
    m_clock.start();
    setRate(bytesPerSecond);
}

void RateLimiter::setRate(qint64 bytesPerSecond)
{
    refill();
    m_rate = qMax<qint64>(0, bytesPerSecond);
    // A new limit starts with a small allowance, not with what accumulated under the old one.
    m_tokens = qMin(m_tokens, double(burst()) / 4);
}

qint64 RateLimiter::burst() const
{
    // A tenth of a second, but at least 4 KiB so that small limits still move whole packets.
    return m_rate > 0 ? qMax<qint64>(m_rate / 10, 4096) : 0;
}

void RateLimiter::touch(const void* consumer)
{
    m_lastSeenMs.insert(consumer, m_clock.elapsed());
}

void RateLimiter::forget(const void* consumer)
{
    m_lastSeenMs.remove(consumer);
}

int RateLimiter::activeCount()
{
    const qint64 now = m_clock.elapsed();
    for (auto it = m_lastSeenMs.begin(); it != m_lastSeenMs.end();) {
        if (now - it.value() > 200)
            it = m_lastSeenMs.erase(it);
        else
            ++it;
    }
    return qMax(1, int(m_lastSeenMs.size()));
}

qint64 RateLimiter::quantum() const
{
    return m_rate > 0 ? qMax<qint64>(m_rate / 50, 4096) : std::numeric_limits<qint64>::max() / 4;
}

void RateLimiter::refill()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 elapsed = now - m_lastRefillNs;
    m_lastRefillNs = now;
    if (m_rate <= 0 || elapsed <= 0)
        return;
    m_tokens = qMin(double(burst()), m_tokens + double(m_rate) * double(elapsed) / 1e9);
}

qint64 RateLimiter::available()
{
    if (m_rate <= 0)
        return std::numeric_limits<qint64>::max() / 4;
    refill();
    return qMax<qint64>(0, qint64(m_tokens));
}

void RateLimiter::consume(qint64 bytes)
{
    // Negative: bytes granted but not used are given back.
    if (m_rate <= 0 || bytes == 0)
        return;
    refill();
    m_tokens -= double(bytes);
}

int RateLimiter::millisecondsUntil(qint64 bytes)
{
    if (m_rate <= 0)
        return 0;
    refill();
    const double wanted = double(qMin(bytes, burst()));
    if (m_tokens >= wanted)
        return 0;
    return qMax(1, qCeil((wanted - m_tokens) * 1000.0 / double(m_rate)));
}

} // namespace Ferry
