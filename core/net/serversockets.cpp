#include "net/serversockets.h"

#include "net/datalistener.h"
#include "net/tcpconnector.h"
#include "net/tcpstream.h"
#include "server/controlsocketstream.h"
#include "server/servertlsstream.h"
#include "server/tlssessioncontext.h"

#include <QTcpServer>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace Ferry::ServerSockets {

QTcpServer* createControlListener(QObject* parent)
{
    return new QTcpServer(parent);
}

QTcpSocket* adoptControlConnection(qintptr descriptor, QObject* parent)
{
    auto* socket = new QTcpSocket(parent);
    if (socket->setSocketDescriptor(descriptor))
        return socket;
    delete socket;
#ifdef Q_OS_UNIX
    ::close(int(descriptor));
#endif
    return nullptr;
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

ServerTlsStream* secureControlSocket(QTcpSocket* socket, const TlsSessionContext& tls, QObject* parent,
                                     QString* error)
{
    ssl_st* ssl = tls.newControlSession(error);
    if (!ssl)
        return nullptr;
    return new ServerTlsStream(new ControlSocketStream(socket), ssl, TlsSessionContext::Resumption::Optional,
                               parent);
}

ServerTlsStream* secureDataStream(DataStream* stream, const TlsSessionContext& tls, QObject* parent,
                                  QString* error)
{
    ssl_st* ssl = tls.newDataSession(error);
    if (!ssl)
        return nullptr;
    return new ServerTlsStream(stream, ssl, tls.resumption(), parent);
}

} // namespace Ferry::ServerSockets
