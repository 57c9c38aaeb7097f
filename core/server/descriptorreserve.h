#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace Ferry {

// One spare file descriptor, held open while the server runs, so that a server that has run out of
// descriptors can still take a waiting connection off the listen queue, answer it (421) and close it,
// rather than leave the client hanging without a word until it gives up. POSIX only; elsewhere there is
// no spare and waiting connections wait until the server can accept again.
class DescriptorReserve final
{
    Q_DISABLE_COPY_MOVE(DescriptorReserve)

public:
    DescriptorReserve();
    ~DescriptorReserve();

    bool isHeld() const { return m_descriptor >= 0; }
    // Takes the spare again if it was given up (false if there is still no descriptor to be had).
    bool refill();

    // Accepts at most maxConnections connections waiting on the listening socket with the spare
    // descriptor, sends each `reply` and closes it at once. Returns how many. The spare is taken again
    // afterwards, if it can be.
    int refuseWaiting(qintptr listeningDescriptor, const QByteArray& reply, int maxConnections);

    // Accepts one connection waiting on a listening socket: a non-blocking, close-on-exec descriptor, or
    // -1 with errno set (EAGAIN: none waiting). POSIX only (-1 elsewhere).
    static int acceptConnection(qintptr listeningDescriptor);
    // The process's limit of open descriptors (RLIMIT_NOFILE), -1 if unknown.
    static qint64 descriptorLimit();

private:
    int m_descriptor = -1;
};

} // namespace Ferry
