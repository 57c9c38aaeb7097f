#pragma once

#include <QHostAddress>
#include <QList>
#include <QTcpServer>

namespace Ferry {

// A listener for data connections (the server's passive ones, the client's active ones). Accepted
// connections stay plain descriptors, queued until taken, so that a TcpStream, or TLS, takes them over
// (a QTcpSocket made from an accepted descriptor reads the end of the stream before anyone can tell a
// reset from a close). accepted() announces each one.
class DataListener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataListener)

public:
    struct Connection
    {
        qintptr descriptor = -1;
        QHostAddress peerAddress;
        quint16 peerPort = 0;
    };

    explicit DataListener(QObject* parent = nullptr);
    // Closes the connections nobody took.
    ~DataListener() override;

    bool hasConnection() const { return !m_accepted.isEmpty(); }
    // The oldest accepted connection; the caller owns its descriptor (close it with NativeSocket::close()
    // or hand it to a TcpStream). descriptor -1 when there is none.
    Connection takeConnection();

Q_SIGNALS:
    void accepted();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QList<Connection> m_accepted;
};

} // namespace Ferry
