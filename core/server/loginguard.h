#pragma once

#include "server/serveroptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <functional>

namespace Ferry {

// Failed logins counted per client address across its connections (RFC 2577 section 5), so that a
// password guesser gains nothing by reconnecting: every failure from an address makes the next 530 for
// that address come later (the delay doubles, up to a cap), and too many failures within a window ban
// the address for a while. Addresses are told apart exactly (127.0.0.1 and 127.0.0.2 are two clients).
// A successful login clears its address's count. Memory stays bounded: at most MaxAddresses are tracked,
// expired entries first to go.
//
// Owned by FtpServer and shared by its sessions, all in the server's thread.
class LoginGuard final
{
    Q_DISABLE_COPY_MOVE(LoginGuard)

public:
    static constexpr int MaxAddresses = 4096;

    // `clock` (milliseconds, monotonic) is for tests; by default a steady clock.
    explicit LoginGuard(std::function<qint64()> clock = {});

    // Thresholds from failedLoginDelayMs, maxFailedLoginDelayMs, banAfterFailures, loginFailureWindowMs
    // and banMs.
    void setOptions(const ServerOptions& options);

    enum class Verdict
    {
        Allowed,
        BannedNow, // this failure banned the address
    };
    // A wrong password from `address`.
    Verdict recordFailure(const QHostAddress& address);
    void recordSuccess(const QHostAddress& address);

    // How long the 530 for the failure just recorded waits: the base delay doubled for each earlier
    // failure of the address within the window (the base delay for a banned address: its connection
    // is closed after that 530).
    int failureDelayMs(const QHostAddress& address) const;
    // Failures of the address within the window.
    int failures(const QHostAddress& address) const;
    // Milliseconds until the address's ban ends; 0 if it is not banned.
    qint64 banRemainingMs(const QHostAddress& address) const;
    bool isBanned(const QHostAddress& address) const { return banRemainingMs(address) > 0; }
    // A connection from a banned address was refused: how many so far during this ban (1 for the first),
    // so that a flood of them is logged once.
    int countRefusal(const QHostAddress& address);
    // The thresholds, for messages.
    int banAfterFailures() const { return m_banAfter; }
    qint64 failureWindowMs() const { return m_windowMs; }
    qint64 banMs() const { return m_banMs; }

    int trackedAddresses() const { return int(m_records.size()); }

private:
    struct Record
    {
        int failures = 0;
        qint64 windowStart = 0; // time of the first failure counted
        qint64 lastFailure = 0;
        qint64 bannedUntil = 0;
        int refusals = 0; // connections refused during the ban
    };
    qint64 now() const;
    // The record of an address with what has expired forgotten, or nullptr.
    const Record* current(const QHostAddress& address) const;
    void makeRoom();

    std::function<qint64()> m_clock;
    QElapsedTimer m_steady;
    int m_delayMs = 1000;
    int m_maxDelayMs = 8000;
    int m_banAfter = 10;
    qint64 m_windowMs = 10 * 60 * 1000;
    qint64 m_banMs = 15 * 60 * 1000;
    QHash<QHostAddress, Record> m_records;
};

} // namespace Ferry
