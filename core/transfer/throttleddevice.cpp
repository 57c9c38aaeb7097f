#include "transfer/throttleddevice.h"

#include "transfer/ratelimiter.h"

#include <limits>

namespace Ferry {

ThrottledDevice::ThrottledDevice(QIODevice* file, OpenMode mode,
                                 const QList<std::shared_ptr<RateLimiter>>& limiters, QObject* parent)
    : QIODevice(parent), m_file(file), m_limiters(limiters), m_shares(limiters.size())
{
    m_clock.start();
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &ThrottledDevice::onWake);
    QIODevice::open((mode & (ReadOnly | WriteOnly)) | Unbuffered);
}

ThrottledDevice::~ThrottledDevice()
{
    forgetLimiters();
}

void ThrottledDevice::forgetLimiters()
{
    for (const std::shared_ptr<RateLimiter>& limiter : m_limiters) {
        if (limiter)
            limiter->forget(this);
    }
}

bool ThrottledDevice::unlimited() const
{
    for (const std::shared_ptr<RateLimiter>& limiter : m_limiters) {
        if (limiter && limiter->isLimited())
            return false;
    }
    return true;
}

bool ThrottledDevice::atEnd() const
{
    if (!isReadable())
        return true;
    return m_fileAtEnd || !m_file || m_file->atEnd();
}

qint64 ThrottledDevice::bytesAvailable() const
{
    // Unknown in advance for a throttled stream; report what the file holds so callers do not stop.
    if (!isReadable() || !m_file)
        return 0;
    return m_file->bytesAvailable() + QIODevice::bytesAvailable();
}

qint64 ThrottledDevice::bytesToWrite() const
{
    return m_pending.size();
}

void ThrottledDevice::close()
{
    m_wake.stop();
    forgetLimiters();
    QIODevice::close();
}

void ThrottledDevice::refillShare(RateLimiter& limiter, Share& share)
{
    const qint64 now = m_clock.nsecsElapsed();
    const double rate = double(limiter.rate()) / limiter.activeCount();
    const double cap = double(limiter.quantum()) * 2;
    if (share.lastNs < 0)
        share.tokens = double(limiter.quantum());
    else
        share.tokens = qMin(cap, share.tokens + rate * double(now - share.lastNs) / 1e9);
    share.lastNs = now;
}

qint64 ThrottledDevice::grant(qint64 wanted)
{
    if (wanted <= 0)
        return 0;
    qint64 allowed = wanted;
    for (qsizetype i = 0; i < m_limiters.size(); ++i) {
        RateLimiter* limiter = m_limiters.at(i).get();
        if (!limiter || !limiter->isLimited())
            continue;
        limiter->touch(this);
        refillShare(*limiter, m_shares[i]);
        allowed = qMin(allowed, qMin(limiter->available(), limiter->quantum()));
        allowed = qMin(allowed, qint64(m_shares.at(i).tokens));
    }
    if (allowed <= 0) {
        scheduleWake(wanted);
        return 0;
    }
    for (qsizetype i = 0; i < m_limiters.size(); ++i) {
        if (RateLimiter* limiter = m_limiters.at(i).get()) {
            limiter->consume(allowed);
            if (limiter->isLimited())
                m_shares[i].tokens -= double(allowed);
        }
    }
    return allowed;
}

void ThrottledDevice::scheduleWake(qint64 wanted)
{
    if (m_wake.isActive())
        return;
    int waitMs = 1;
    for (qsizetype i = 0; i < m_limiters.size(); ++i) {
        RateLimiter* limiter = m_limiters.at(i).get();
        if (!limiter || !limiter->isLimited())
            continue;
        const qint64 want = qMin(wanted, limiter->quantum());
        waitMs = qMax(waitMs, limiter->millisecondsUntil(want));
        // And until this transfer's share has filled up enough.
        const double missing = double(want) - m_shares.at(i).tokens;
        const double shareRate = double(limiter->rate()) / limiter->activeCount();
        if (missing > 0 && shareRate > 0)
            waitMs = qMax(waitMs, int(missing * 1000.0 / shareRate) + 1);
    }
    m_wake.start(qMin(waitMs, 200));
}

void ThrottledDevice::onWake()
{
    if (!isOpen())
        return;
    if (isWritable()) {
        drainStep();
        return;
    }
    if (m_readWaiting) {
        m_readWaiting = false;
        Q_EMIT readyRead();
    }
}

qint64 ThrottledDevice::readData(char* data, qint64 maxSize)
{
    if (!m_file || maxSize <= 0)
        return 0;
    const qint64 allowed = unlimited() ? maxSize : grant(maxSize);
    if (allowed == 0) {
        m_readWaiting = true;
        return 0;
    }
    const qint64 n = m_file->read(data, allowed);
    if (n < 0) {
        setErrorString(m_file->errorString());
        return -1;
    }
    if (n == 0)
        m_fileAtEnd = true;
    if (n < allowed) {
        // Give back what the file did not use (end of file).
        for (qsizetype i = 0; i < m_limiters.size(); ++i) {
            if (RateLimiter* limiter = m_limiters.at(i).get()) {
                limiter->consume(n - allowed);
                if (limiter->isLimited())
                    m_shares[i].tokens += double(allowed - n);
            }
        }
    }
    return n;
}

qint64 ThrottledDevice::writeData(const char* data, qint64 maxSize)
{
    if (m_writeError || !m_file)
        return -1;
    if (maxSize <= 0)
        return 0;
    if (m_pending.isEmpty() && unlimited())
        return writeToFile(data, maxSize) ? maxSize : -1;
    m_pending.append(data, maxSize);
    if (!m_wake.isActive())
        m_wake.start(0);
    return maxSize;
}

void ThrottledDevice::drainStep()
{
    if (m_pending.isEmpty()) {
        Q_EMIT drained();
        return;
    }
    const qint64 allowed = unlimited() ? m_pending.size() : grant(m_pending.size());
    if (allowed == 0)
        return; // grant() scheduled the next step
    if (!writeToFile(m_pending.constData(), allowed)) {
        m_pending.clear();
        Q_EMIT bytesWritten(0); // wakes the reader, whose next write() fails with errorString()
        Q_EMIT drained();
        return;
    }
    m_pending.remove(0, allowed);
    Q_EMIT bytesWritten(allowed);
    if (m_pending.isEmpty())
        Q_EMIT drained();
    else if (!m_wake.isActive())
        scheduleWake(m_pending.size());
}

bool ThrottledDevice::writeToFile(const char* data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const qint64 n = m_file->write(data + done, size - done);
        if (n <= 0) {
            m_writeError = true;
            setErrorString(m_file->errorString());
            return false;
        }
        done += n;
    }
    return true;
}

bool ThrottledDevice::flushNow()
{
    m_wake.stop();
    if (m_pending.isEmpty())
        return !m_writeError;
    const bool ok = !m_writeError && m_file && writeToFile(m_pending.constData(), m_pending.size());
    m_pending.clear();
    return ok;
}

} // namespace Ferry
