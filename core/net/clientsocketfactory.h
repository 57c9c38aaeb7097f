#pragma once

#include <QObject>

class QTcpSocket;

namespace Ferry {

class DataListener;
class DataStream;
class TcpConnector;

// Where an FTP client connection's sockets are made: the control connection's socket and the data
// connections (passive: connected by us; active: accepted from the server), and the stream a data
// connection becomes. One per connection (FtpSession owns it). TLS (RFC 4217) is added here and nowhere
// else.
class ClientSocketFactory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientSocketFactory)

public:
    explicit ClientSocketFactory(QObject* parent = nullptr);
    ~ClientSocketFactory() override;

    // The control connection's socket (buffered: the reply reader reads lines), not connected yet.
    QTcpSocket* createControlSocket(QObject* parent);
    // A passive data connection's connector, and an active one's listener.
    TcpConnector* createDataConnector(QObject* parent);
    DataListener* createDataListener(QObject* parent);
    // The stream over a connected data connection's descriptor (from the two above); takes the descriptor.
    DataStream* openDataStream(qintptr descriptor, QObject* parent);
};

} // namespace Ferry
