#pragma once

#include "server/descriptorreserve.h"

#include <QAbstractSocket>
#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <memory>

class QSocketNotifier;
class QTcpServer;
class QTcpSocket;

namespace Ferry {

// One listening socket of the server and the accepting of its connections, including when accepting
// fails. Qt 6.4's QTcpServer, out of file descriptors (EMFILE), neither emits acceptError() nor pauses:
// its loop calls accept() again at once, ~12,000 times a second, while the client waits without a word.
// So on POSIX systems the connections are accepted here: a failure is reported once (acceptFailed()),
// the connections waiting are answered with the refusal reply and closed, with the DescriptorReserve's
// spare descriptor (each new one as it comes, as long as the spare can be taken back); when that cannot
// be done, accepting pauses and is tried again after 50 ms, then less often, up to once a second. The
// first connection accepted afterwards is reported (acceptingAgain()). Elsewhere QTcpServer accepts,
// with the same pause and retry after its acceptError(). The listener and the sockets come from
// ServerSockets (core/net), the one place where the server's sockets are made.
class ConnectionListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionListener)

public:
    explicit ConnectionListener(QObject* parent = nullptr);
    ~ConnectionListener() override;

    // The answer (one reply line, CRLF included) for connections refused while accepting fails.
    void setRefusalReply(const QByteArray& reply) { m_refusal = reply; }

    bool listen(const QHostAddress& address, quint16 port, int backlog);
    void close();
    bool isListening() const;
    quint16 serverPort() const;
    QHostAddress serverAddress() const;
    QString errorString() const;
    QAbstractSocket::SocketError serverError() const;

Q_SIGNALS:
    // A connection was accepted; the receiver takes the socket (its parent is the listener until then).
    void newConnection(QTcpSocket* socket);
    // Accepting failed (once per episode of failures): why, and whether descriptors ran out.
    void acceptFailed(const QString& reason, bool outOfDescriptors);
    // Accepting works again after a failure; `refused` connections were answered and closed meanwhile.
    void acceptingAgain(qint64 refused);

private:
    void acceptWaiting();
    void onQtAcceptError(QAbstractSocket::SocketError error);
    void failed(const QString& reason, bool outOfDescriptors);
    void resume();
    void accepted(QTcpSocket* socket);

    QTcpServer* m_server;
    QSocketNotifier* m_notifier = nullptr; // POSIX: readiness of the listening socket
    DescriptorReserve m_reserve;
    QByteArray m_refusal;
    QTimer m_retry;
    bool m_failing = false; // since the last failure, nothing was accepted
    int m_retryMs = 0;      // the pause before accepting is tried again
    qint64 m_refused = 0;
};

} // namespace Ferry
