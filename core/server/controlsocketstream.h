#pragma once

#include "net/datastream.h"

class QTcpSocket;

namespace Ferry {

// The control connection's socket (a buffered QTcpSocket, read line by line until AUTH TLS) as a
// DataStream, so that TLS (ServerTlsStream) runs over it as it runs over a data connection. Every write is
// flushed at once (one TLS record, one reply, leaves without waiting). Does not own the socket.
class ControlSocketStream final : public DataStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlSocketStream)

public:
    explicit ControlSocketStream(QTcpSocket* socket, QObject* parent = nullptr);

    bool isReady() const override { return true; }
    qint64 read(char* data, qint64 maxSize) override;
    qint64 write(const char* data, qint64 size) override;
    qint64 bytesToWrite() const override;
    void close() override;
    void abort() override;
    QHostAddress peerAddress() const override;
    quint16 peerPort() const override;

private:
    void onDisconnected();

    QTcpSocket* m_socket;
    bool m_closing = false;
};

} // namespace Ferry
