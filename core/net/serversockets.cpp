#include "net/serversockets.h"

#include "net/datalistener.h"
#include "net/tcpconnector.h"
#include "net/tcpstream.h"

#include <QTcpServer>

namespace Ferry::ServerSockets {

QTcpServer* createControlListener(QObject* parent)
{
    return new QTcpServer(parent);
}

DataListener* createDataListener(QObject* parent)
{
    return new DataListener(parent);
}

TcpConnector* createDataConnector(QObject* parent)
{
    return new TcpConnector(parent);
}

DataStream* openDataStream(qintptr descriptor, QObject* parent)
{
    return new TcpStream(descriptor, parent);
}

} // namespace Ferry::ServerSockets
