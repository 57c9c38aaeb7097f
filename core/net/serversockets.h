#pragma once

#include <QtGlobal>

class QObject;
class QString;
class QTcpServer;
class QTcpSocket;

namespace Ferry {

class DataListener;
class DataStream;
class TcpConnector;
class TlsSessionContext;
class ServerTlsStream;

// Where the embedded server's sockets are made: its listeners (which make the control connections'
// sockets; FtpServerSession adopts them), the passive data listeners, the active data connections, and the
// stream a data connection becomes. TLS for the server is added here and nowhere else.
namespace ServerSockets {

// A listener for control connections: its sockets are buffered QTcpSockets (the command reader reads
// lines).
QTcpServer* createControlListener(QObject* parent);
// The socket of a control connection accepted on such a listener's descriptor by other means than the
// listener itself (ConnectionListener accepts on POSIX systems); takes the descriptor. nullptr (and the
// descriptor closed) on failure.
QTcpSocket* adoptControlConnection(qintptr descriptor, QObject* parent);
// A passive data connection's listener, and an active one's connector.
DataListener* createDataListener(QObject* parent);
TcpConnector* createDataConnector(QObject* parent);
// The stream over a connected data connection's descriptor (from the two above); takes the descriptor.
DataStream* openDataStream(qintptr descriptor, QObject* parent);

// FTPS (RFC 4217), server side, on OpenSSL with one context per control connection (TlsSessionContext):
// TLS over a control connection's socket (after AUTH TLS, or from connect on the implicit port; the
// socket stays its owner's), and over a data connection's stream (PROT P; takes `stream`). nullptr and
// *error if TLS cannot start.
ServerTlsStream* secureControlSocket(QTcpSocket* socket, const TlsSessionContext& tls, QObject* parent,
                                     QString* error);
ServerTlsStream* secureDataStream(DataStream* stream, const TlsSessionContext& tls, QObject* parent,
                                  QString* error);

} // namespace ServerSockets

} // namespace Ferry
