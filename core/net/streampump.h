#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

class QIODevice;

namespace Ferry {

class DataStream;
class FileReadAhead;

// The one streaming loop of Ferry's data connections (the client's DataChannel and the server's
// ServerDataConnection): moves the bytes between a DataStream (TCP, TLS, ...) and a local QIODevice in
// chunks, with flow control on both sides so that memory stays bounded whatever the size:
//
// - Receiving: the stream is read only while the sink keeps up. A sequential sink (a rate-limited file,
//   ThrottledDevice) that reports a chunk or more in bytesToWrite() pauses reading until its
//   bytesWritten(); meanwhile TCP flow control holds the sender. The transfer is complete only when the
//   peer ended the stream properly (DataStream::End::Finished); a reset or truncated stream fails.
// - Sending: about two chunks at most wait in the stream. A sequential source that reads 0 bytes before
//   its atEnd() is asked again on its readyRead(). A local file may be read ahead in a thread of its own
//   (FileReadAhead, Options::readAhead) so that this thread never waits for the disk. At the end of the
//   source the stream is closed: finished() once every byte was handed to the system. The peer closing or
//   resetting after that is not a failure (boards answer the FIN with a RST); before that it is.
//
// Pacing::OneChunkPerTurn moves at most one chunk per turn of the event loop and queues the next step,
// so that timers, input and painting get their turns in between (the server may run in the GUI thread;
// Qt's GLib event loop runs timers only after posted events or when nothing else is ready).
// Pacing::Continuous moves whatever can move (the client's engine thread).
class StreamPump final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamPump)

public:
    enum class Pacing
    {
        Continuous,
        OneChunkPerTurn
    };
    Q_ENUM(Pacing)

    enum class Failure
    {
        ConnectionLost, // reset, broken, or closed by the peer before the end of what we send
        Stalled,        // nothing moved for the idle timeout
        ReadError,      // the local source failed
        WriteError,     // the local sink failed
    };
    Q_ENUM(Failure)

    enum class ReadAhead
    {
        Off,
        LocalFiles // a local file source larger than two chunks is read in a thread of its own
    };

    struct Options
    {
        qint64 chunkSize = 256 * 1024;
        int idleTimeoutMs = 30000; // 0: no idle timeout
        Pacing pacing = Pacing::Continuous;
        ReadAhead readAhead = ReadAhead::Off;
    };

    // Does not own `stream`; it must outlive the pump or the pump must be aborted first.
    StreamPump(DataStream* stream, const Options& options, QObject* parent = nullptr);
    ~StreamPump() override;

    // Start moving (once, one of the two). The device must stay alive until finished()/failed()/abort().
    void receiveInto(QIODevice* sink);
    void sendFrom(QIODevice* source);

    // Received into the sink, or handed to the system when sending.
    qint64 bytesTransferred() const;
    bool isRunning() const { return m_started && !m_done; }
    // Stops at once and emits nothing more; the stream is aborted.
    void abort();

Q_SIGNALS:
    void progress(qint64 bytes);
    void finished();
    // `reason` names the cause for a person (the device's or the stream's error, "no data moved for 30
    // seconds").
    void failed(Ferry::StreamPump::Failure failure, const QString& reason);

private:
    void start();
    void scheduleStep();
    void step();
    void receive();
    void send();
    // Hands the next chunk of the source to the stream. False when nothing was handed over: failed, end of
    // the source (m_sourceDone), or nothing ready yet (the source's readyRead() or the read-ahead thread's
    // chunkReady() calls send() again).
    bool sendNextChunk();
    void discardIncoming();
    int chunksPerStep() const;
    void onBytesWritten();
    void onStreamEnded();
    void onIdleTimeout();
    void restartIdleTimer();
    void reportSendProgress();
    void finish();
    void fail(Failure failure, const QString& reason);

    DataStream* m_stream;
    Options m_options;
    QPointer<QIODevice> m_sink;
    QPointer<QIODevice> m_source;
    std::unique_ptr<FileReadAhead> m_reader;
    QByteArray m_buffer;
    // Armed once per idle period, not per chunk (restarting a QTimer per chunk cost about 10 % of a TLS
    // download's processor time): movement is stamped in m_lastMoved and the timeout checks it.
    QTimer m_idleTimer;
    QElapsedTimer m_lastMoved;
    qint64 m_bytes = 0; // received into the sink, or handed to the stream
    qint64 m_reported = -1;
    bool m_started = false;
    bool m_sourceDone = false;
    bool m_closing = false;
    bool m_stepScheduled = false;
    bool m_done = false;
};

} // namespace Ferry
