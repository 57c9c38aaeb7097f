#include "net/datalistener.h"

#include "net/nativesocket.h"

namespace Ferry {

DataListener::DataListener(QObject* parent) : QTcpServer(parent) {}

DataListener::~DataListener()
{
    for (const Connection& connection : std::as_const(m_accepted))
        NativeSocket::close(connection.descriptor);
}

DataListener::Connection DataListener::takeConnection()
{
    return m_accepted.isEmpty() ? Connection() : m_accepted.takeFirst();
}

void DataListener::incomingConnection(qintptr descriptor)
{
    Connection connection;
    connection.descriptor = descriptor;
    if (!NativeSocket::peerName(descriptor, &connection.peerAddress, &connection.peerPort)) {
        NativeSocket::close(descriptor); // gone already
        return;
    }
    NativeSocket::setNonBlocking(descriptor);
    m_accepted.append(connection);
    Q_EMIT accepted();
}

} // namespace Ferry
