#include "net/nativesocket.h"

#include "net/hostaddress.h"

#include <QCoreApplication>
#include <QNetworkInterface>
#include <algorithm>
#include <cstring>
#include <limits>

#ifdef Q_OS_WIN
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace Ferry::NativeSocket {

namespace {

#ifdef Q_OS_WIN
using Handle = SOCKET;
using Length = int;
constexpr int NoSignal = 0;
#else
using Handle = int;
using Length = socklen_t;
#ifdef MSG_NOSIGNAL
constexpr int NoSignal = MSG_NOSIGNAL;
#else
constexpr int NoSignal = 0; // macOS: SO_NOSIGPIPE is set on the socket instead
#endif
#endif

Handle handle(qintptr descriptor)
{
    return Handle(descriptor);
}

// Fills `storage` for `address`:`port`; returns its length, 0 if the address cannot be used.
Length toSockaddr(const QHostAddress& address, quint16 port, sockaddr_storage* storage)
{
    std::memset(storage, 0, sizeof *storage);
    const QHostAddress plain = plainAddress(address);
    if (plain.protocol() == QAbstractSocket::IPv4Protocol) {
        auto* in = reinterpret_cast<sockaddr_in*>(storage);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        in->sin_addr.s_addr = htonl(plain.toIPv4Address());
        return Length(sizeof(sockaddr_in));
    }
    if (plain.protocol() == QAbstractSocket::IPv6Protocol) {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR bytes = plain.toIPv6Address();
        std::memcpy(&in6->sin6_addr, bytes.c, sizeof bytes.c);
        const QString scope = plain.scopeId();
        if (!scope.isEmpty()) {
            bool numeric = false;
            const uint index = scope.toUInt(&numeric);
            in6->sin6_scope_id = numeric ? index : uint(QNetworkInterface::interfaceIndexFromName(scope));
        }
        return Length(sizeof(sockaddr_in6));
    }
    return 0;
}

} // namespace

int lastError()
{
#ifdef Q_OS_WIN
    return WSAGetLastError();
#else
    return errno;
#endif
}

bool isWouldBlock(int error)
{
#ifdef Q_OS_WIN
    return error == WSAEWOULDBLOCK;
#else
    return error == EAGAIN || error == EWOULDBLOCK;
#endif
}

bool isInterrupted(int error)
{
#ifdef Q_OS_WIN
    return error == WSAEINTR;
#else
    return error == EINTR;
#endif
}

bool isReset(int error)
{
#ifdef Q_OS_WIN
    return error == WSAECONNRESET || error == WSAECONNABORTED;
#else
    return error == ECONNRESET || error == EPIPE;
#endif
}

QString errorString(int error)
{
    if (isReset(error))
        return QCoreApplication::translate("Ferry::NativeSocket",
                                           "the connection was reset by the other side");
    return qt_error_string(error);
}

qintptr create(QAbstractSocket::NetworkLayerProtocol protocol, int* error)
{
    const int family = protocol == QAbstractSocket::IPv6Protocol ? AF_INET6 : AF_INET;
    int type = SOCK_STREAM;
#ifdef SOCK_CLOEXEC
    type |= SOCK_CLOEXEC;
#endif
    const Handle s = ::socket(family, type, IPPROTO_TCP);
#ifdef Q_OS_WIN
    if (s == INVALID_SOCKET) {
#else
    if (s < 0) {
#endif
        *error = lastError();
        return -1;
    }
    const qintptr descriptor = qintptr(s);
#if defined(SO_NOSIGPIPE)
    const int on = 1;
    ::setsockopt(s, SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof on);
#endif
    if (!setNonBlocking(descriptor)) {
        *error = lastError();
        close(descriptor);
        return -1;
    }
    return descriptor;
}

bool setNonBlocking(qintptr descriptor)
{
#ifdef Q_OS_WIN
    u_long on = 1;
    return ::ioctlsocket(handle(descriptor), FIONBIO, &on) == 0;
#else
    const int flags = ::fcntl(handle(descriptor), F_GETFL);
    return flags >= 0 && ::fcntl(handle(descriptor), F_SETFL, flags | O_NONBLOCK) == 0;
#endif
}

bool bind(qintptr descriptor, const QHostAddress& address, int* error)
{
    sockaddr_storage storage;
    const Length length = toSockaddr(address, 0, &storage);
    if (length == 0) {
        *error = 0;
        return false;
    }
    if (::bind(handle(descriptor), reinterpret_cast<sockaddr*>(&storage), length) != 0) {
        *error = lastError();
        return false;
    }
    return true;
}

bool startConnect(qintptr descriptor, const QHostAddress& address, quint16 port, int* error)
{
    sockaddr_storage storage;
    const Length length = toSockaddr(address, port, &storage);
    if (length == 0) {
        *error = 0;
        return false;
    }
    int result = 0;
    do {
        result = ::connect(handle(descriptor), reinterpret_cast<sockaddr*>(&storage), length);
    } while (result != 0 && isInterrupted(lastError()));
    if (result == 0)
        return true;
    const int e = lastError();
#ifdef Q_OS_WIN
    if (e == WSAEWOULDBLOCK || e == WSAEINPROGRESS)
        return true;
#else
    if (e == EINPROGRESS)
        return true;
#endif
    *error = e;
    return false;
}

int pendingError(qintptr descriptor)
{
    int value = 0;
    Length length = sizeof value;
    if (::getsockopt(handle(descriptor), SOL_SOCKET, SO_ERROR, reinterpret_cast<char*>(&value), &length) != 0)
        return lastError();
    return value;
}

bool peerName(qintptr descriptor, QHostAddress* address, quint16* port)
{
    sockaddr_storage storage;
    Length length = sizeof storage;
    if (::getpeername(handle(descriptor), reinterpret_cast<sockaddr*>(&storage), &length) != 0)
        return false;
    address->setAddress(reinterpret_cast<sockaddr*>(&storage));
    if (storage.ss_family == AF_INET)
        *port = ntohs(reinterpret_cast<sockaddr_in*>(&storage)->sin_port);
    else if (storage.ss_family == AF_INET6)
        *port = ntohs(reinterpret_cast<sockaddr_in6*>(&storage)->sin6_port);
    return true;
}

qint64 receive(qintptr descriptor, char* data, qint64 maxSize, int* error)
{
    const auto size = std::min<qint64>(maxSize, std::numeric_limits<int>::max());
    for (;;) {
#ifdef Q_OS_WIN
        const int n = ::recv(handle(descriptor), data, int(size), 0);
#else
        const ssize_t n = ::recv(handle(descriptor), data, size_t(size), 0);
#endif
        if (n >= 0)
            return qint64(n);
        const int e = lastError();
        if (isInterrupted(e))
            continue;
        *error = e;
        return -1;
    }
}

qint64 send(qintptr descriptor, const char* data, qint64 size, int* error)
{
    const auto chunk = std::min<qint64>(size, std::numeric_limits<int>::max());
    for (;;) {
#ifdef Q_OS_WIN
        const int n = ::send(handle(descriptor), data, int(chunk), NoSignal);
#else
        const ssize_t n = ::send(handle(descriptor), data, size_t(chunk), NoSignal);
#endif
        if (n >= 0)
            return qint64(n);
        const int e = lastError();
        if (isInterrupted(e))
            continue;
        *error = e;
        return -1;
    }
}

void close(qintptr descriptor)
{
    if (descriptor < 0)
        return;
#ifdef Q_OS_WIN
    ::closesocket(handle(descriptor));
#else
    ::close(handle(descriptor));
#endif
}

qintptr duplicate(qintptr descriptor, int* error)
{
#ifdef Q_OS_WIN
    WSAPROTOCOL_INFOW info;
    if (::WSADuplicateSocketW(handle(descriptor), ::GetCurrentProcessId(), &info) != 0) {
        *error = lastError();
        return -1;
    }
    const SOCKET copy = ::WSASocketW(FROM_PROTOCOL_INFO, FROM_PROTOCOL_INFO, FROM_PROTOCOL_INFO, &info, 0,
                                     WSA_FLAG_OVERLAPPED | WSA_FLAG_NO_HANDLE_INHERIT);
    if (copy == INVALID_SOCKET) {
        *error = lastError();
        return -1;
    }
    return qintptr(copy);
#else
    const int copy = ::fcntl(handle(descriptor), F_DUPFD_CLOEXEC, 0);
    if (copy < 0) {
        *error = lastError();
        return -1;
    }
    return qintptr(copy);
#endif
}

} // namespace Ferry::NativeSocket
