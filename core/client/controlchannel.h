#pragma once

#include "client/ftpoperation.h"
#include "net/connectionsecurity.h"
#include "protocol/ftpreply.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslError>
#include <QTimer>
#include <optional>

class QSslSocket;
class QTcpSocket;

namespace Ferry {

class ClientSocketFactory;

// The control connection (RFC 959's protocol interpreter, client side): one socket (made by the
// connection's ClientSocketFactory), the reply reader, and the timeouts. Writes each command with a single
// write so that servers that read one segment per command (NetX Duo) see it whole.
//
// FTPS (RFC 4217): TLS from the first byte (implicit) or after AUTH TLS (startTls()). Switching to TLS
// drops every byte received before the handshake that was not part of the AUTH reply: text a server (or
// anyone on the path) sends in clear after 234 must never be taken as if it came over TLS (the STARTTLS
// command-injection class of bug). A certificate that needs a person's decision holds the handshake
// (certificateCheckRequired(), answered by answerCertificateCheck()); the timeouts wait meanwhile.
//
// The socket is made by the factory per connection: plain TCP, which after a 234 to AUTH the factory
// turns into a QSslSocket on the same connection, or a QSslSocket from the start (implicit).
class ControlChannel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlChannel)

public:
    explicit ControlChannel(ClientSocketFactory* sockets, QObject* parent = nullptr);
    ~ControlChannel() override;

    enum class Encryption
    {
        None,
        Implicit // TLS from the first byte: the greeting arrives over TLS
    };

    // Connects; the greeting arrives as the first replyReceived(). connectTimeoutMs covers the TCP
    // connect, an implicit TLS handshake and the greeting.
    void connectToHost(const QString& host, quint16 port, int connectTimeoutMs, int replyTimeoutMs,
                       Encryption encryption = Encryption::None);
    bool isConnected() const;
    QHostAddress peerAddress() const;
    QHostAddress localAddress() const;

    // After the server's 234 to AUTH: drops what was received after that reply and starts the TLS
    // handshake; encrypted() or failed() follow.
    void startTls();
    bool isEncrypted() const;
    // Protocol, cipher, certificate chain and why it is trusted (data protection is the session's).
    ConnectionSecurity security() const;
    void answerCertificateCheck(CertificateAnswer answer, const QString& message);

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
    void encrypted();
    void certificateCheckRequired(const Ferry::CertificateCheck& check);
    void replyReceived(const Ferry::FtpReply& reply);
    // The connection failed or was lost (not after close()/abort()).
    void failed(Ferry::FtpOperation::Error error, const QString& message);
    // The connection is closed, whatever the reason.
    void closed();

private:
    // Wires a socket made by the factory; replaceSocket() also drops the one before.
    void attach(QTcpSocket* socket);
    void replaceSocket(QTcpSocket* socket);
    void onReadyRead();
    void onSocketError();
    void onDisconnected();
    void onTimeout();
    void onEncrypted();
    void onSslErrors(const QList<QSslError>& errors);
    void fail(FtpOperation::Error error, const QString& message);

    ClientSocketFactory* m_sockets;
    QTcpSocket* m_socket = nullptr;
    QSslSocket* m_ssl = nullptr; // m_socket once it is a QSslSocket (TLS started or starting)
    ReplyReader m_reader;
    QTimer m_timer;
    QString m_host;
    quint16 m_port = 0;
    int m_replyTimeoutMs = 30000;
    ConnectionSecurity::Trust m_trust = ConnectionSecurity::Trust::None;
    QStringList m_certificateErrors;
    std::optional<CertificateCheck> m_pendingCheck;
    bool m_connecting = false;
    bool m_awaitingGreeting = false;
    bool m_handshaking = false;
    bool m_switchingToTls = false; // startTls() ran inside a replyReceived(): drop the rest of the batch
    bool m_closing = false;
    bool m_failed = false;
};

} // namespace Ferry
