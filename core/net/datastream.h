#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>

namespace Ferry {

// One end of a byte stream to another host, as a StreamPump drives it: a plain TCP connection
// (TcpStream), TLS over one, or any other transport that implements these few calls. QIODevice-like but
// non-blocking throughout, and it says how the stream ended: the peer ending it properly (a TCP FIN, a TLS
// close_notify) is not the same as a reset or a truncated TLS stream, and only the first completes a
// download.
//
// Readiness: a stream may need a while before data moves (a TLS handshake, started by begin());
// isReady() is false until then and ready() is emitted once it is. Before that, read() returns 0 and
// write() buffers.
class DataStream : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataStream)

public:
    enum class End
    {
        Open,     // still open
        Finished, // the peer ended the stream properly after its last byte (FIN, TLS close_notify)
        Closed,   // our close() completed: everything written was handed to the system
        Broken,   // reset, failed, truncated or aborted: bytes may be missing
    };
    Q_ENUM(End)

    ~DataStream() override;

    // Starts what must happen before data moves (a TLS handshake), once the peer is ready for it; a
    // stream that needs nothing is ready at once. Called once by the owner.
    virtual void begin() {}
    virtual bool isReady() const = 0;
    // Reads at most maxSize bytes: > 0 bytes read; 0 nothing now (readyRead() says when to try again);
    // -1 the stream is over (end() says how: Finished once every byte was read, Broken otherwise). Once it
    // returned -1 it does so ever after; it emits nothing itself.
    virtual qint64 read(char* data, qint64 maxSize) = 0;
    // Takes all `size` bytes (what the system does not take at once waits in bytesToWrite()); -1 if the
    // stream is over.
    virtual qint64 write(const char* data, qint64 size) = 0;
    // Bytes written but not yet handed to the system.
    virtual qint64 bytesToWrite() const = 0;
    // Ends our side after what was written: flushes, ends the stream properly (TLS close_notify, FIN) and
    // emits ended() with Closed once that is done, or with Broken if it cannot be.
    virtual void close() = 0;
    // Closes at once, dropping what is not sent; end() becomes Broken and nothing more is emitted.
    virtual void abort() = 0;

    virtual QHostAddress peerAddress() const = 0;
    virtual quint16 peerPort() const = 0;

    End end() const { return m_end; }
    bool isOver() const { return m_end != End::Open; }
    // Why the stream broke, for a person ("the connection was reset by the peer").
    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    void ready();
    // There is something new for read(): data, or the end of the stream.
    void readyRead();
    // `bytes` left bytesToWrite() for the system.
    void bytesWritten(qint64 bytes);
    // The stream is over (end() says how) for a reason read() did not report: a failed write or handshake,
    // a completed close(). Emitted once; possibly from inside close(), never from read(), write() or abort().
    void ended();

protected:
    explicit DataStream(QObject* parent = nullptr);
    // Records the end (the first one counts); returns true if this call set it.
    bool setEnd(End end, const QString& errorString = QString());

private:
    End m_end = End::Open;
    QString m_errorString;
};

} // namespace Ferry
