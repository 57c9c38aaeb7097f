#include "net/filereadahead.h"

#include <QFileDevice>
#include <QIODevice>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Ferry {

std::unique_ptr<FileReadAhead> FileReadAhead::open(QIODevice* device, qint64 chunkSize, int depth,
                                                   qint64 minimumBytes)
{
#ifdef Q_OS_UNIX
    auto* file = qobject_cast<QFileDevice*>(device);
    if (!file || !file->isOpen() || !file->isReadable() || file->isSequential() || chunkSize <= 0 ||
        depth <= 0)
        return nullptr;
    const int handle = file->handle();
    const qint64 offset = file->pos();
    if (handle < 0 || offset < 0 || file->size() - offset <= minimumBytes)
        return nullptr;
    // A buffered QFile may hold bytes it has read beyond pos(): the descriptor's offset is not pos() then,
    // but pread() takes the offset explicitly, so that does not matter.
    const int descriptor = ::fcntl(handle, F_DUPFD_CLOEXEC, 0);
    if (descriptor < 0)
        return nullptr;
    return std::unique_ptr<FileReadAhead>(new FileReadAhead(descriptor, offset, chunkSize, depth));
#else
    Q_UNUSED(device);
    Q_UNUSED(chunkSize);
    Q_UNUSED(depth);
    Q_UNUSED(minimumBytes);
    return nullptr;
#endif
}

FileReadAhead::FileReadAhead(int descriptor, qint64 offset, qint64 chunkSize, int depth)
    : m_descriptor(descriptor), m_chunkSize(chunkSize), m_depth(std::size_t(depth)), m_offset(offset)
{}

FileReadAhead::~FileReadAhead()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
#ifdef Q_OS_UNIX
    ::close(m_descriptor);
#endif
}

void FileReadAhead::start()
{
    if (!m_thread.joinable())
        m_thread = std::thread(&FileReadAhead::run, this);
}

QByteArray FileReadAhead::take()
{
    QByteArray chunk;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_chunks.empty())
            return chunk;
        chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
    }
    m_wake.notify_all(); // room for one more
    return chunk;
}

bool FileReadAhead::atEnd() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_eof && m_chunks.empty();
}

bool FileReadAhead::hasFailed() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_failed && m_chunks.empty();
}

QString FileReadAhead::errorString() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_error;
}

void FileReadAhead::run()
{
#ifdef Q_OS_UNIX
    for (;;) {
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stop || m_chunks.size() < m_depth; });
            if (m_stop)
                return;
        }
        // Outside the lock: this is the call that may wait for the disk.
        QByteArray chunk(m_chunkSize, Qt::Uninitialized);
        ssize_t n = -1;
        do {
            n = ::pread(m_descriptor, chunk.data(), size_t(m_chunkSize), off_t(m_offset));
        } while (n < 0 && errno == EINTR);
        const int error = n < 0 ? errno : 0;
        bool wasEmpty = false;
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            if (m_stop)
                return;
            wasEmpty = m_chunks.empty();
            if (n < 0) {
                m_failed = true;
                m_error = QString::fromLocal8Bit(std::strerror(error));
            } else if (n == 0) {
                m_eof = true;
            } else {
                chunk.truncate(qsizetype(n));
                m_chunks.push_back(std::move(chunk));
                m_offset += n;
            }
        }
        // Only a reader that found nothing needs waking: otherwise it takes this chunk at its next step.
        if (wasEmpty || n <= 0)
            Q_EMIT chunkReady();
        if (n <= 0)
            return;
    }
#endif
}

} // namespace Ferry
