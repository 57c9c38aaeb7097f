#include "net/streampump.h"

#include "net/datastream.h"
#include "net/filereadahead.h"

#include <QIODevice>

namespace Ferry {

namespace {

// Chunks the read-ahead thread keeps ready, and the smallest source (in chunks) worth a thread.
constexpr int ReadAheadDepth = 4;
constexpr qint64 ReadAheadMinimumChunks = 2;
// Chunks that may wait in the stream while sending: enough to keep the system busy, bounded in memory.
constexpr qint64 SendQueueChunks = 2;
// Chunks moved per step when pacing is Continuous, before the next step is queued: a peer that sends as
// fast as we read must not hold this thread's event loop forever.
constexpr int ContinuousChunksPerStep = 4;

} // namespace

StreamPump::StreamPump(DataStream* stream, const Options& options, QObject* parent)
    : QObject(parent), m_stream(stream), m_options(options)
{
    m_options.chunkSize = qMax<qint64>(4096, m_options.chunkSize);
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &StreamPump::onIdleTimeout);
}

StreamPump::~StreamPump()
{
    m_done = true;
    m_reader.reset();
}

void StreamPump::receiveInto(QIODevice* sink)
{
    if (m_started || !sink)
        return;
    m_sink = sink;
    // A sequential sink that buffers (a rate-limited file) reports its backlog in bytesToWrite() and its
    // progress with bytesWritten(): reading resumes then.
    if (sink->isSequential())
        connect(
            sink, &QIODevice::bytesWritten, this,
            [this] {
                if (m_done)
                    return;
                restartIdleTimer(); // the data is moving, only slower than the network could
                step();
            },
            Qt::QueuedConnection);
    start();
}

void StreamPump::sendFrom(QIODevice* source)
{
    if (m_started || !source)
        return;
    m_source = source;
    if (m_options.readAhead == ReadAhead::LocalFiles)
        m_reader = FileReadAhead::open(source, m_options.chunkSize, ReadAheadDepth,
                                       ReadAheadMinimumChunks * m_options.chunkSize);
    if (m_reader) {
        connect(m_reader.get(), &FileReadAhead::chunkReady, this, &StreamPump::send);
        m_reader->start();
    } else if (source->isSequential()) {
        // A sequential source may have nothing to give for a while (a rate-limited file): its readyRead()
        // says when to try again.
        connect(source, &QIODevice::readyRead, this, &StreamPump::send, Qt::QueuedConnection);
    }
    start();
}

void StreamPump::start()
{
    m_started = true;
    if (!m_reader)
        m_buffer.resize(m_options.chunkSize);
    connect(m_stream, &DataStream::ready, this, &StreamPump::step);
    connect(m_stream, &DataStream::readyRead, this, [this] {
        if (m_done)
            return;
        if (m_source)
            discardIncoming();
        else if (m_options.pacing == Pacing::Continuous)
            step();
        else
            scheduleStep(); // a step may already be waiting for this turn of the loop
    });
    connect(m_stream, &DataStream::bytesWritten, this, &StreamPump::onBytesWritten);
    connect(m_stream, &DataStream::ended, this, &StreamPump::onStreamEnded);
    restartIdleTimer();
    step();
}

qint64 StreamPump::bytesTransferred() const
{
    if (m_source && !m_done && m_stream)
        return qMax<qint64>(0, m_bytes - m_stream->bytesToWrite());
    return m_bytes;
}

void StreamPump::scheduleStep()
{
    if (m_stepScheduled || m_done)
        return;
    m_stepScheduled = true;
    // Queued, not called: the rest of this turn of the event loop belongs to others.
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_stepScheduled = false;
            step();
        },
        Qt::QueuedConnection);
}

void StreamPump::step()
{
    if (m_done || !m_started)
        return;
    if (m_stream->isOver()) {
        onStreamEnded();
        return;
    }
    if (!m_stream->isReady())
        return; // ready() steps again
    if (m_sink)
        receive();
    else if (m_source)
        send();
}

void StreamPump::receive()
{
    if (m_done || !m_sink || !m_stream->isReady())
        return;
    bool moved = false;
    bool ended = false;
    for (int chunks = 0;; ++chunks) {
        if (chunks == chunksPerStep()) {
            scheduleStep(); // the rest waits for a later turn of the event loop
            break;
        }
        if (m_sink->isSequential() && m_sink->bytesToWrite() >= m_options.chunkSize)
            break; // the sink's bytesWritten() resumes; meanwhile TCP flow control holds the sender
        const qint64 n = m_stream->read(m_buffer.data(), m_buffer.size());
        if (n < 0) {
            ended = true;
            break;
        }
        if (n == 0)
            break; // readyRead() resumes
        if (m_sink->write(m_buffer.constData(), n) != n) {
            fail(Failure::WriteError, m_sink->errorString());
            return;
        }
        m_bytes += n;
        moved = true;
    }
    if (moved) {
        restartIdleTimer();
        Q_EMIT progress(m_bytes);
        if (m_done)
            return;
    }
    if (ended)
        onStreamEnded();
}

bool StreamPump::sendNextChunk()
{
    if (m_reader) {
        const QByteArray chunk = m_reader->take();
        if (!chunk.isEmpty()) {
            if (m_stream->write(chunk.constData(), chunk.size()) < 0) {
                onStreamEnded();
                return false;
            }
            m_bytes += chunk.size();
            return true;
        }
        if (m_reader->hasFailed())
            fail(Failure::ReadError, m_reader->errorString());
        else if (m_reader->atEnd())
            m_sourceDone = true;
        return false;
    }
    const qint64 n = m_source->read(m_buffer.data(), m_buffer.size());
    if (n < 0) {
        fail(Failure::ReadError, m_source->errorString());
        return false;
    }
    if (n == 0) {
        if (m_source->atEnd() || !m_source->isSequential())
            m_sourceDone = true;
        return false;
    }
    if (m_stream->write(m_buffer.constData(), n) < 0) {
        onStreamEnded();
        return false;
    }
    m_bytes += n;
    return true;
}

void StreamPump::send()
{
    if (m_done || !m_source || m_closing || !m_stream->isReady())
        return;
    if (m_stream->isOver()) {
        onStreamEnded();
        return;
    }
    discardIncoming();
    if (m_done)
        return;
    const qint64 queueLimit = SendQueueChunks * m_options.chunkSize;
    int chunks = 0;
    while (!m_sourceDone && m_stream->bytesToWrite() < queueLimit) {
        if (chunks == chunksPerStep()) {
            scheduleStep(); // the next chunk in a later turn of the event loop
            break;
        }
        if (!sendNextChunk())
            break;
        ++chunks;
    }
    const bool wrote = chunks > 0;
    if (m_done)
        return;
    if (wrote) {
        restartIdleTimer();
        reportSendProgress();
        if (m_done)
            return;
    }
    if (m_sourceDone && m_stream->bytesToWrite() == 0) {
        // End of the source is the end of the stream (stream mode).
        m_closing = true;
        m_reader.reset();
        m_stream->close(); // ended() follows, maybe at once
    }
}

int StreamPump::chunksPerStep() const
{
    return m_options.pacing == Pacing::OneChunkPerTurn ? 1 : ContinuousChunksPerStep;
}

void StreamPump::discardIncoming()
{
    // Nothing is expected from the peer while we send; reading notices its close or reset early (and lets
    // a TLS layer process what it sends after the handshake).
    char scratch[4096];
    for (;;) {
        const qint64 n = m_stream->read(scratch, sizeof scratch);
        if (n == 0)
            return;
        if (n < 0) {
            onStreamEnded();
            return;
        }
    }
}

void StreamPump::onBytesWritten()
{
    if (m_done || !m_source)
        return;
    restartIdleTimer();
    reportSendProgress();
    if (m_done)
        return;
    if (m_options.pacing == Pacing::OneChunkPerTurn)
        scheduleStep(); // the socket just wrote a block in this turn; the next chunk in a later one
    else
        send();
}

void StreamPump::reportSendProgress()
{
    const qint64 sent = bytesTransferred();
    if (sent == m_reported)
        return;
    m_reported = sent;
    Q_EMIT progress(sent);
}

void StreamPump::onStreamEnded()
{
    if (m_done || !m_started)
        return;
    const DataStream::End end = m_stream->end();
    if (m_sink) {
        if (end == DataStream::End::Finished) {
            // Every byte the peer sent was read (read() reports the end only after the last one).
            finish();
            return;
        }
        fail(Failure::ConnectionLost, m_stream->errorString());
        return;
    }
    if (end == DataStream::End::Closed || ((m_closing || m_sourceDone) && m_stream->bytesToWrite() == 0)) {
        // Everything was handed to the system before the stream ended; a reset after that is no failure
        // (boards answer our FIN with a RST).
        finish();
        return;
    }
    fail(Failure::ConnectionLost, end == DataStream::End::Finished
                                      ? tr("the other side closed the connection before the end")
                                      : m_stream->errorString());
}

void StreamPump::onIdleTimeout()
{
    if (m_done)
        return;
    const qint64 quiet = m_lastMoved.isValid() ? m_lastMoved.elapsed() : m_options.idleTimeoutMs;
    if (quiet < m_options.idleTimeoutMs) {
        m_idleTimer.start(int(m_options.idleTimeoutMs - quiet)); // something moved since it was armed
        return;
    }
    fail(Failure::Stalled,
         tr("no data moved for %n second(s)", nullptr, qMax(1, m_options.idleTimeoutMs / 1000)));
}

void StreamPump::restartIdleTimer()
{
    if (m_options.idleTimeoutMs <= 0)
        return;
    m_lastMoved.start();
    if (!m_idleTimer.isActive())
        m_idleTimer.start(m_options.idleTimeoutMs);
}

void StreamPump::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_idleTimer.stop();
    m_reader.reset();
    Q_EMIT progress(m_bytes);
    Q_EMIT finished();
}

void StreamPump::fail(Failure failure, const QString& reason)
{
    if (m_done)
        return;
    m_done = true;
    m_idleTimer.stop();
    m_reader.reset();
    m_stream->abort();
    Q_EMIT failed(failure, reason);
}

void StreamPump::abort()
{
    m_done = true;
    m_idleTimer.stop();
    m_reader.reset();
    if (m_stream)
        m_stream->abort();
}

} // namespace Ferry
