#include "server/loginguard.h"

#include <limits>

namespace Ferry {

LoginGuard::LoginGuard(std::function<qint64()> clock) : m_clock(std::move(clock))
{
    m_steady.start();
}

void LoginGuard::setOptions(const ServerOptions& options)
{
    m_delayMs = qMax(0, options.failedLoginDelayMs);
    m_maxDelayMs = qMax(m_delayMs, options.maxFailedLoginDelayMs);
    m_banAfter = qMax(0, options.banAfterFailures);
    m_windowMs = qMax(1, options.loginFailureWindowMs);
    m_banMs = qMax(0, options.banMs);
}

qint64 LoginGuard::now() const
{
    return m_clock ? m_clock() : m_steady.elapsed();
}

const LoginGuard::Record* LoginGuard::current(const QHostAddress& address) const
{
    const auto it = m_records.constFind(address);
    return it == m_records.cend() ? nullptr : &*it;
}

int LoginGuard::failures(const QHostAddress& address) const
{
    const Record* record = current(address);
    if (!record || now() - record->windowStart >= m_windowMs)
        return 0;
    return record->failures;
}

qint64 LoginGuard::banRemainingMs(const QHostAddress& address) const
{
    const Record* record = current(address);
    return record ? qMax<qint64>(0, record->bannedUntil - now()) : 0;
}

int LoginGuard::failureDelayMs(const QHostAddress& address) const
{
    if (isBanned(address))
        return m_delayMs; // the connection is closed after this 530 anyway
    const int earlier = qMax(0, failures(address) - 1);
    if (earlier >= 30 || m_delayMs == 0)
        return earlier >= 30 ? m_maxDelayMs : 0;
    return int(qMin<qint64>(m_maxDelayMs, qint64(m_delayMs) << earlier));
}

LoginGuard::Verdict LoginGuard::recordFailure(const QHostAddress& address)
{
    const qint64 t = now();
    if (!m_records.contains(address))
        makeRoom();
    Record& record = m_records[address];
    if (record.bannedUntil > t)
        return Verdict::Allowed; // already banned (its passwords are not even checked)
    if (record.failures == 0 || t - record.windowStart >= m_windowMs) {
        record.failures = 0;
        record.windowStart = t;
    }
    ++record.failures;
    record.lastFailure = t;
    if (m_banAfter > 0 && m_banMs > 0 && record.failures >= m_banAfter) {
        record.bannedUntil = t + m_banMs;
        record.failures = 0;
        record.refusals = 0;
        return Verdict::BannedNow;
    }
    return Verdict::Allowed;
}

int LoginGuard::countRefusal(const QHostAddress& address)
{
    const auto it = m_records.find(address);
    return it == m_records.end() ? 0 : ++it->refusals;
}

void LoginGuard::recordSuccess(const QHostAddress& address)
{
    const auto it = m_records.find(address);
    if (it != m_records.end() && it->bannedUntil <= now())
        m_records.erase(it);
}

void LoginGuard::makeRoom()
{
    if (m_records.size() < MaxAddresses)
        return;
    const qint64 t = now();
    // First what has expired: no ban running and no failure within the window.
    for (auto it = m_records.begin(); it != m_records.end();) {
        if (it->bannedUntil <= t && t - it->windowStart >= m_windowMs)
            it = m_records.erase(it);
        else
            ++it;
    }
    if (m_records.size() < MaxAddresses)
        return;
    // Then the address that failed longest ago (a ban ending soonest if every one is banned).
    auto oldest = m_records.end();
    qint64 oldestKey = std::numeric_limits<qint64>::max();
    for (auto it = m_records.begin(); it != m_records.end(); ++it) {
        const qint64 key = it->bannedUntil > t ? it->bannedUntil : it->lastFailure - m_banMs - m_windowMs;
        if (key < oldestKey) {
            oldestKey = key;
            oldest = it;
        }
    }
    if (oldest != m_records.end())
        m_records.erase(oldest);
}

} // namespace Ferry
