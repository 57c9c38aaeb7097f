#pragma once

#include "server/ftpcommand.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <optional>

class QTcpSocket;

namespace Ferry {

class TlsSessionContext;
class ServerTlsStream;

// The control connection of one server session (RFC 959's Telnet side): command lines in through a
// bounded CommandLineReader, replies out with one write each (one reply per TCP segment: NetX Duo clients
// read one segment per reply), the login and idle timeouts, and the close. Knows nothing of FTP commands.
//
// Flow control: while more than MaxPendingOutput bytes of replies wait for a client that does not read
// them, isOutputBackedUp() says so and the session takes no further commands; inputReady() is emitted
// again once the client has read enough. So a client that never reads cannot make the server buffer
// without bound.
//
// FTPS (RFC 4217): startTls() switches this connection to TLS (after AUTH TLS, or at once on the
// implicit-TLS port). Input buffered at the switch is dropped (discardBufferedInput()), so that text
// sent in clear after the AUTH command is never taken as if it came over TLS (the STARTTLS
// command-injection class of bug); from then on lines and replies go through the TLS stream.
class ControlConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlConnection)

public:
    static constexpr qint64 MaxPendingOutput = 64 * 1024;
    // A client that does not read its last replies cannot hold a closing connection open longer.
    static constexpr int CloseTimeoutMs = 5000;

    // Takes ownership of a connected socket.
    ControlConnection(QTcpSocket* socket, qsizetype maxLineLength, QObject* parent = nullptr);

    // The client's and our address, IPv4-mapped IPv6 addresses as plain IPv4.
    QHostAddress peerAddress() const;
    quint16 peerPort() const;
    QHostAddress localAddress() const;
    bool isIpv6() const;
    bool isConnected() const;

    // The next complete command line, if one has arrived.
    std::optional<CommandLineReader::Line> takeLine();
    bool isOutputBackedUp() const;
    // Drops every byte received and not yet taken as a command: complete lines, the line being
    // assembled, and what waits in the socket. For the switch to TLS (see above).
    void discardBufferedInput();

    // Sends one reply (or a multi-line reply) in one write, flushed at once.
    void send(const QByteArray& bytes);

    // Switches to TLS, server side: right after the 234 reply to AUTH TLS (in the same turn of the event
    // loop), or before the greeting of an implicit-TLS connection. Drops every byte received so far
    // first. Replies sent before the handshake completes wait for it; secured() once it has; a failed
    // handshake closes the connection (tlsFailed(), then disconnected()). False and *error if TLS
    // cannot start.
    bool startTls(const TlsSessionContext& context, QString* error);
    bool isTls() const { return m_tls != nullptr; }
    bool isSecured() const;
    // "TLSv1.3, TLS_AES_256_GCM_SHA384" once secured.
    QString tlsDescription() const;

    // Login: from connect to a successful login; idle: since the last command or data moved. 0: none.
    void startTimeouts(int loginTimeoutMs, int idleTimeoutMs);
    void restartIdleTimeout();
    void stopLoginTimeout();

    // Closes after the replies already sent; aborts if the client has not read them within
    // CloseTimeoutMs. disconnected() follows.
    void close();
    // Closes at once, dropping anything unsent. disconnected() follows.
    void abort();
    bool isClosing() const { return m_closing; }
    // True when the client has closed its side (or reset it), even if its FIN is not yet processed.
    bool peerGone() const;

Q_SIGNALS:
    // A command line may be waiting (data arrived, or the client read enough of our replies).
    void inputReady();
    void disconnected();
    void idleTimedOut();
    void loginTimedOut();
    // The TLS handshake of startTls() completed.
    void secured();
    void tlsFailed(const QString& reason);

private:
    void onBytesWritten();
    void onTlsEnded();
    qint64 pendingOutput() const;

    QTcpSocket* m_socket;
    ServerTlsStream* m_tls = nullptr;
    CommandLineReader m_reader;
    QTimer m_loginTimer;
    QTimer m_idleTimer;
    int m_idleTimeoutMs = 0;
    bool m_closing = false;
};

} // namespace Ferry
