#pragma once

#include "net/datastream.h"

#include <QByteArray>

class QSocketNotifier;

namespace Ferry {

// A plain TCP connection as a DataStream, on the system's socket API. It tells the peer's orderly close
// from a reset: recv() returns 0 after a FIN and fails with ECONNRESET after a reset, data received
// before either is read first. (QTcpSocket reports both as RemoteHostClosedError, and only sockets it
// connected itself can be unbuffered; accepted ones read the end before anyone can look.)
//
// Reading: readyRead() once something is there; the notification is re-armed when read() finds nothing,
// so a reader that pauses (a full sink) is not woken in a loop, and TCP flow control holds the sender.
// Writing: what the system does not take at once waits in bytesToWrite() and leaves with bytesWritten().
// After the peer's FIN our side is closed at once (board servers wait for it, see board-servers.md).
class TcpStream final : public DataStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpStream)

public:
    // Takes `descriptor` (a connected TCP socket; made non-blocking) and closes it when done. With -1 the
    // stream is over (Broken) from the start.
    explicit TcpStream(qintptr descriptor, QObject* parent = nullptr);
    ~TcpStream() override;

    bool isReady() const override { return true; }
    qint64 read(char* data, qint64 maxSize) override;
    qint64 write(const char* data, qint64 size) override;
    qint64 bytesToWrite() const override;
    void close() override;
    void abort() override;
    QHostAddress peerAddress() const override { return m_peerAddress; }
    quint16 peerPort() const override { return m_peerPort; }

private:
    void onReadable();
    void onWritable();
    // Sends what waits; false (and the stream Broken) on an error.
    bool flush(qint64* sent);
    void breakWith(int error);
    void closeDescriptor();

    qintptr m_descriptor;
    QSocketNotifier* m_readNotifier;
    QSocketNotifier* m_writeNotifier;
    QByteArray m_pending;
    qsizetype m_pendingOffset = 0;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    bool m_closing = false;
};

} // namespace Ferry
