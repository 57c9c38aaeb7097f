#pragma once

#include <QHostAddress>
#include <QString>

namespace Ferry::NativeSocket {

// The few calls on the system's socket API that TcpStream, TcpConnector and DataListener share
// (BSD sockets; Winsock on Windows). Descriptors are non-blocking TCP sockets.

// The last socket error of this thread (errno, WSAGetLastError()).
int lastError();
bool isWouldBlock(int error);
bool isInterrupted(int error);
bool isReset(int error);
// A person's text for a socket error; a reset reads "the connection was reset by the other side".
QString errorString(int error);

// A new non-blocking TCP socket for `protocol` (IPv4 or IPv6); -1 and *error on failure.
qintptr create(QAbstractSocket::NetworkLayerProtocol protocol, int* error);
bool setNonBlocking(qintptr descriptor);
// Binds to `address` (any port); false and *error on failure.
bool bind(qintptr descriptor, const QHostAddress& address, int* error);
// Starts connecting; true when connected or in progress, false and *error otherwise.
bool startConnect(qintptr descriptor, const QHostAddress& address, quint16 port, int* error);
// The pending error of a socket (SO_ERROR): 0 once a connect succeeded.
int pendingError(qintptr descriptor);
bool peerName(qintptr descriptor, QHostAddress* address, quint16* port);

// recv()/send() without blocking (and without SIGPIPE): bytes, 0 (recv: the peer's FIN), or -1 and *error.
qint64 receive(qintptr descriptor, char* data, qint64 maxSize, int* error);
qint64 send(qintptr descriptor, const char* data, qint64 size, int* error);
void close(qintptr descriptor);
// A second descriptor for the same connection (close-on-exec), or -1 and *error: closing one leaves the
// connection open for the other.
qintptr duplicate(qintptr descriptor, int* error);

// 127.0.0.1 for ::ffff:127.0.0.1 (dual-stack sockets report IPv4 peers that way); other addresses as they
// are.
QHostAddress plain(const QHostAddress& address);

} // namespace Ferry::NativeSocket
