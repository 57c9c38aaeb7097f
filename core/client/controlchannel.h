#pragma once

#include "client/ftpoperation.h"
#include "protocol/ftpreply.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace Ferry {

class ClientSocketFactory;

// The control connection (RFC 959's protocol interpreter, client side): one socket (made by the
// connection's ClientSocketFactory), the reply reader, and the timeouts. Writes each command with a single
// write so that servers that read one segment per command (NetX Duo) see it whole.
class ControlChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlChannel)

public:
    explicit ControlChannel(ClientSocketFactory* sockets, QObject* parent = nullptr);
    ~ControlChannel() override;

    // Connects; the greeting arrives as the first replyReceived(). connectTimeoutMs covers the TCP
    // connect and the greeting.
    void connectToHost(const QString& host, quint16 port, int connectTimeoutMs, int replyTimeoutMs);
    bool isConnected() const;
    QHostAddress peerAddress() const;
    QHostAddress localAddress() const;

    // Sends one command line (without CRLF) and starts waiting for its reply.
    void send(const QByteArray& line);
    // Reply timeout control for transfers: after a 1xx the wait for the final reply is suspended while
    // data flows (the data channel has its own timeout) and re-armed once the data is done.
    void suspendReplyTimeout();
    void armReplyTimeout();
    void setReplyTimeout(int ms) { m_replyTimeoutMs = ms; }

    // Graceful close (after QUIT) and immediate close.
    void close();
    void abort();

Q_SIGNALS:
    void connected();
    void replyReceived(const Ferry::FtpReply& reply);
    // The connection failed or was lost (not after close()/abort()).
    void failed(Ferry::FtpOperation::Error error, const QString& message);
    // The connection is closed, whatever the reason.
    void closed();

private:
    void onReadyRead();
    void onSocketError();
    void onDisconnected();
    void onTimeout();
    void fail(FtpOperation::Error error, const QString& message);

    QTcpSocket* m_socket;
    ReplyReader m_reader;
    QTimer m_timer;
    QString m_host;
    int m_replyTimeoutMs = 30000;
    bool m_connecting = false;
    bool m_awaitingGreeting = false;
    bool m_closing = false;
    bool m_failed = false;
};

} // namespace Ferry
