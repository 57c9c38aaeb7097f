#pragma once

#include "client/ftpoperation.h"

#include <QFile>
#include <QSignalSpy>
#include <memory>

namespace Ferry::Test {

// Waits (event loop, no sleep) until `op` finished or `timeoutMs` passed, and hands it over: the operation
// no longer deletes itself, so the test can read its results. Says so when the time ran out.
template <typename Op> std::unique_ptr<Op> finishOperation(Op* op, int timeoutMs)
{
    op->setAutoDelete(false);
    std::unique_ptr<Op> owned(op);
    if (!op->isFinished()) {
        QSignalSpy spy(op, &FtpOperation::finished);
        if (!spy.wait(timeoutMs))
            qWarning("operation %s did not finish within %d ms", qPrintable(op->description()), timeoutMs);
    }
    return owned;
}

// Peak resident memory of this process since the last resetPeakRss(), in bytes (Linux; -1 elsewhere).
inline qint64 peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

#if defined(__SANITIZE_ADDRESS__)
#define FERRY_TEST_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FERRY_TEST_UNDER_ASAN 1
#endif
#endif

// Starts a new peak for peakRss() (Linux: /proc/self/clear_refs); false where that is not possible, and
// under AddressSanitizer, whose quarantine of freed memory (256 MiB) and shadow make the resident size say
// nothing about what the code under test holds (memory bounds are checked in the normal build).
inline bool resetPeakRss()
{
#ifdef FERRY_TEST_UNDER_ASAN
    return false;
#else
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
#endif
}

} // namespace Ferry::Test
