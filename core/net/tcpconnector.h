#pragma once

#include <QHostAddress>
#include <QObject>

class QSocketNotifier;

namespace Ferry {

// Opens one outgoing TCP connection and hands over its descriptor: the way data connections are connected
// (a passive one by the client, an active one by the server), so that a TcpStream, or TLS, takes it over.
// The connection timeout belongs to the caller.
class TcpConnector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TcpConnector)

public:
    explicit TcpConnector(QObject* parent = nullptr);
    // Closes the descriptor unless it was taken.
    ~TcpConnector() override;

    // Connects from `localAddress` (null: any address; the port is chosen by the system) to
    // `address`:`port`. connected() or failed() follow, never from inside this call.
    void connectToHost(const QHostAddress& localAddress, const QHostAddress& address, quint16 port);
    // The connected descriptor, for the caller to keep (-1 before connected()).
    qintptr takeDescriptor();
    // Stops connecting; emits nothing more.
    void abort();

Q_SIGNALS:
    void connected();
    void failed(const QString& message);

private:
    void onWritable();
    void fail(int error);

    qintptr m_descriptor = -1;
    QSocketNotifier* m_notifier = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
    bool m_connected = false;
    bool m_done = false;
};

} // namespace Ferry
