#include "server/descriptorreserve.h"

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Ferry {

DescriptorReserve::DescriptorReserve()
{
    refill();
}

DescriptorReserve::~DescriptorReserve()
{
#ifdef Q_OS_UNIX
    if (m_descriptor >= 0)
        ::close(m_descriptor);
#endif
}

bool DescriptorReserve::refill()
{
#ifdef Q_OS_UNIX
    if (m_descriptor < 0)
        m_descriptor = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
#endif
    return isHeld();
}

int DescriptorReserve::refuseWaiting(qintptr listeningDescriptor, const QByteArray& reply, int maxConnections)
{
    int refused = 0;
#ifdef Q_OS_UNIX
    if (m_descriptor < 0 || listeningDescriptor < 0)
        return 0;
    ::close(m_descriptor);
    m_descriptor = -1;
    while (refused < maxConnections) {
        int connection = -1;
        do {
            connection = acceptConnection(listeningDescriptor);
        } while (connection < 0 && (errno == EINTR || errno == ECONNABORTED));
        if (connection < 0)
            break; // nothing waits any more (EAGAIN), or another thread took the descriptor
                   // A fresh socket's send buffer is empty: the reply goes out whole or not at all.
#ifdef MSG_NOSIGNAL
        (void)::send(connection, reply.constData(), size_t(reply.size()), MSG_NOSIGNAL | MSG_DONTWAIT);
#else
        (void)::send(connection, reply.constData(), size_t(reply.size()), MSG_DONTWAIT);
#endif
        ::close(connection);
        ++refused;
    }
    refill();
#else
    Q_UNUSED(listeningDescriptor);
    Q_UNUSED(reply);
    Q_UNUSED(maxConnections);
#endif
    return refused;
}

int DescriptorReserve::acceptConnection(qintptr listeningDescriptor)
{
#if defined(Q_OS_LINUX)
    return ::accept4(int(listeningDescriptor), nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
#elif defined(Q_OS_UNIX)
    const int descriptor = ::accept(int(listeningDescriptor), nullptr, nullptr);
    if (descriptor >= 0) {
        ::fcntl(descriptor, F_SETFD, FD_CLOEXEC);
        ::fcntl(descriptor, F_SETFL, ::fcntl(descriptor, F_GETFL) | O_NONBLOCK);
    }
    return descriptor;
#else
    Q_UNUSED(listeningDescriptor);
    return -1;
#endif
}

qint64 DescriptorReserve::descriptorLimit()
{
#ifdef Q_OS_UNIX
    struct rlimit limit = {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        return qint64(limit.rlim_cur);
#endif
    return -1;
}

} // namespace Ferry
