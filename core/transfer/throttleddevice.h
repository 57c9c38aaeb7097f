#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QIODevice>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace Ferry {

class RateLimiter;

// A sequential QIODevice in front of a local file that moves bytes only as fast as its rate limiters
// allow (all of them: the global limit and the site's). The FTP client streams through it unchanged:
//
// - Reading (uploads): read() returns at most what the limiters grant, 0 while they grant nothing; it
//   emits readyRead() when more may be read. atEnd() is true once the file is exhausted.
// - Writing (downloads): write() accepts the data into a small buffer and reports it in bytesToWrite();
//   the buffer drains into the file as the limiters allow, with bytesWritten() after each step. The
//   client's data channel stops reading the socket while a sequential sink has a chunk pending, so TCP
//   flow control slows the server down. drained() says the buffer is empty.
//
// Without limits (rate 0 everywhere) it passes everything straight through. It never owns the file.
class ThrottledDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThrottledDevice)

public:
    // `file` must be open: for reading (mode ReadOnly) or writing (mode WriteOnly).
    ThrottledDevice(QIODevice* file, OpenMode mode, const QList<std::shared_ptr<RateLimiter>>& limiters,
                    QObject* parent = nullptr);
    ~ThrottledDevice() override;

    bool isSequential() const override { return true; }
    bool atEnd() const override;
    qint64 bytesAvailable() const override;
    qint64 bytesToWrite() const override;
    void close() override;

    // Writes whatever is buffered at once, ignoring the limits (a failed or paused download keeps every
    // byte that arrived). False if the file refused it.
    bool flushNow();
    bool hasWriteError() const { return m_writeError; }

Q_SIGNALS:
    void drained();

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    // Bytes the limiters allow now, at most `wanted` (and takes them); 0 and a wake-up timer if none.
    qint64 grant(qint64 wanted);
    void scheduleWake(qint64 wanted);
    void onWake();
    void drainStep();
    bool writeToFile(const char* data, qint64 size);
    bool unlimited() const;

    // This device's fair share of one limiter: a bucket that fills at rate / active transfers.
    struct Share
    {
        double tokens = 0;
        qint64 lastNs = -1;
    };

    void refillShare(RateLimiter& limiter, Share& share);
    void forgetLimiters();

    QPointer<QIODevice> m_file;
    QList<std::shared_ptr<RateLimiter>> m_limiters;
    QList<Share> m_shares;
    QElapsedTimer m_clock;
    QByteArray m_pending;
    QTimer m_wake;
    bool m_fileAtEnd = false;
    bool m_writeError = false;
    bool m_readWaiting = false;
};

} // namespace Ferry
