#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QtGlobal>

namespace Ferry {

// A token bucket: allows `rate` bytes per second on average, with bursts of at most about a tenth of a
// second's worth. Shared by every transfer it limits (the global limit, one per site); single-threaded.
// A rate of 0 means no limit.
//
// Fair sharing: transfers that asked for bytes within the last 200 ms count as active, and each should
// use at most rate / activeCount() (ThrottledDevice keeps a small bucket of its own at that share), so
// that the first transfer to wake up does not take every burst.
class RateLimiter final
{
public:
    explicit RateLimiter(qint64 bytesPerSecond = 0);

    qint64 rate() const { return m_rate; }
    void setRate(qint64 bytesPerSecond);
    bool isLimited() const { return m_rate > 0; }

    // Bytes that may move now (refills first); a large number when unlimited.
    qint64 available();
    // Records bytes that moved (negative: gives back part of a grant that was not used).
    void consume(qint64 bytes);
    // Milliseconds until `bytes` (at most the burst size) may move; 0 if they may now.
    int millisecondsUntil(qint64 bytes);

    // Marks `consumer` as active now; forget() when it is done.
    void touch(const void* consumer);
    void forget(const void* consumer);
    // Consumers active within the last 200 ms (at least 1).
    int activeCount();

    // Burst size: the most that accumulates while nothing moves.
    qint64 burst() const;
    // The most one transfer should take at a time (a fiftieth of a second's worth, at least 4 KiB), so
    // that transfers sharing the limit take turns instead of one taking every burst.
    qint64 quantum() const;

private:
    void refill();

    qint64 m_rate = 0;
    double m_tokens = 0;
    qint64 m_lastRefillNs = 0;
    QElapsedTimer m_clock;
    QHash<const void*, qint64> m_lastSeenMs;
};

} // namespace Ferry
