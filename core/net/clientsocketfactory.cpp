#include "net/clientsocketfactory.h"

#include "net/datalistener.h"
#include "net/tcpconnector.h"
#include "net/tcpstream.h"

#include <QTcpSocket>

namespace Ferry {

ClientSocketFactory::ClientSocketFactory(QObject* parent) : QObject(parent) {}

ClientSocketFactory::~ClientSocketFactory() = default;

QTcpSocket* ClientSocketFactory::createControlSocket(QObject* parent)
{
    return new QTcpSocket(parent);
}

TcpConnector* ClientSocketFactory::createDataConnector(QObject* parent)
{
    return new TcpConnector(parent);
}

DataListener* ClientSocketFactory::createDataListener(QObject* parent)
{
    return new DataListener(parent);
}

DataStream* ClientSocketFactory::openDataStream(qintptr descriptor, QObject* parent)
{
    return new TcpStream(descriptor, parent);
}

} // namespace Ferry
