#pragma once

#include "protocol/ftpreply.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <functional>
#include <memory>
#include <optional>

namespace Ferry::Test {

// Runs the event loop until `predicate` is true or `timeoutMs` passed; true if it became true. Unlike
// QTest::qWaitFor it never sleeps between passes (that would throttle an in-process server to one pass per
// 10 ms): a QEventLoop blocks in the system's poll and the predicate is checked every millisecond.
bool waitFor(const std::function<bool()>& predicate, int timeoutMs = 5000);

// A bare FTP control connection for command-level tests: send exact bytes, read exact replies. Waits
// spin the event loop (QTest::qWaitFor), so an in-process server keeps running meanwhile.
class RawFtpClient
{
    Q_DISABLE_COPY_MOVE(RawFtpClient)

public:
    // bindAddress: the local address to connect from (127.0.0.2 plays "another host").
    explicit RawFtpClient(const QHostAddress& bindAddress = QHostAddress());
    ~RawFtpClient();

    // Connects and reads the greeting (into greeting()). False on failure.
    bool connectTo(const QHostAddress& host, quint16 port, int timeoutMs = 5000);
    // FTPS: TLS on the control connection (after a 234), verified against `configuration` with
    // `peerName`; waits for the handshake. connectImplicitTls(): TLS from connect, then the greeting.
    bool startTls(const QSslConfiguration& configuration, const QString& peerName, int timeoutMs = 5000);
    bool connectImplicitTls(const QHostAddress& host, quint16 port, const QSslConfiguration& configuration,
                            const QString& peerName, int timeoutMs = 5000);
    FtpReply greeting() const { return m_greeting; }

    // Sends "line\r\n" in one write and waits for the next complete reply (code 0 on timeout).
    FtpReply command(const QByteArray& line, int timeoutMs = 5000);
    void send(const QByteArray& bytes);
    // The next complete reply (code 0 on timeout or if the connection closed first).
    FtpReply nextReply(int timeoutMs = 5000);
    // True if no reply arrives within `ms` (spins the event loop meanwhile).
    bool noReplyWithin(int ms);
    bool login(const QByteArray& user, const QByteArray& password);
    bool waitDisconnected(int timeoutMs = 5000);
    bool isConnected() const;

    // PASV (or EPSV): returns the announced port (0 on failure) and the whole reply.
    quint16 passive(bool extended, FtpReply* reply = nullptr);
    // Connects a data socket to the server's passive port, from `from` (default: bindAddress).
    std::unique_ptr<QTcpSocket> connectData(quint16 port, const QHostAddress& from = QHostAddress(),
                                            int timeoutMs = 5000);
    // PASV/EPSV + connect.
    std::unique_ptr<QTcpSocket> openPassive(bool extended = false);
    // Reads a data socket until the server closes it.
    static QByteArray readAll(QTcpSocket* data, int timeoutMs = 10000);

    QSslSocket* socket() { return &m_socket; }
    QHostAddress serverAddress() const { return m_server; }

private:
    bool waitForGreeting(int timeoutMs);

    QSslSocket m_socket; // a plain TCP connection until startTls()
    QHostAddress m_bind;
    QHostAddress m_server;
    ReplyReader m_reader;
    QList<FtpReply> m_replies;
    FtpReply m_greeting;
};

// A listening socket for active-mode tests (PORT/EPRT targets).
class ActiveListener
{
public:
    explicit ActiveListener(const QHostAddress& address);
    quint16 port() const { return m_server.serverPort(); }
    // The connection the server made, once it is there (nullptr on timeout). It may be closed already
    // (a short transfer): its data stays readable.
    std::unique_ptr<QTcpSocket> accept(int timeoutMs = 5000);
    // Where the last accepted connection came from (read when it arrived).
    QHostAddress lastPeer() const { return m_lastPeer; }

private:
    QTcpServer m_server;
    QList<QTcpSocket*> m_accepted;
    QHostAddress m_lastPeer;
};

} // namespace Ferry::Test
