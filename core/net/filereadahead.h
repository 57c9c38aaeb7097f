#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

class QIODevice;

namespace Ferry {

// Reads a local file ahead of a download in a thread of its own, so that the server's thread (the GUI
// thread when the window's server panel serves) never waits for the disk or for the kernel: a single
// read() of a file that is not in the page cache yet can take tens of milliseconds (read-ahead of a whole
// window, zero-filling of sparse holes). The thread reads a duplicate of the file's descriptor with
// pread(), from the device's position on, in chunks of `chunkSize`, and keeps at most `depth` chunks
// ready: memory stays bounded whatever the file size. The QIODevice itself is never touched after open()
// (it may be closed or destroyed while the thread runs). chunkReady() is emitted from the reading thread;
// receivers in other threads get it queued.
class FileReadAhead final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileReadAhead)

public:
    // A reader for `device` when it is a local file open for reading with more than `minimumBytes` left
    // after its position (smaller files are not worth a thread) and the platform allows it (POSIX);
    // nullptr otherwise: the caller then reads the device itself. Connect to chunkReady(), then start().
    static std::unique_ptr<FileReadAhead> open(QIODevice* device, qint64 chunkSize, int depth,
                                               qint64 minimumBytes);
    // Stops the thread; waits for the read in progress, if any (one chunk at most).
    ~FileReadAhead() override;

    // Starts the thread (once).
    void start();

    // The next chunk in file order, or an empty array when none is ready yet.
    QByteArray take();
    // Every chunk was taken and the end of the file was reached.
    bool atEnd() const;
    // Reading failed; chunks read before the failure are still taken first.
    bool hasFailed() const;
    QString errorString() const;

Q_SIGNALS:
    void chunkReady();

private:
    FileReadAhead(int descriptor, qint64 offset, qint64 chunkSize, int depth);
    void run();

    const int m_descriptor; // our own duplicate, closed by the destructor
    const qint64 m_chunkSize;
    const std::size_t m_depth;
    qint64 m_offset;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<QByteArray> m_chunks;
    bool m_stop = false;
    bool m_eof = false;
    bool m_failed = false;
    QString m_error;
    std::thread m_thread;
};

} // namespace Ferry
