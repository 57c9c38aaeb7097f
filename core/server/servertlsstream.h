#pragma once

#include "net/openssltlsstream.h"
#include "server/tlssessioncontext.h"

namespace Ferry {

// The server side of TLS over another DataStream (a data connection's TcpStream, the control connection's
// socket): OpenSslTlsStream (which see for reading, writing and the ends) with a server SSL. The handshake
// starts at once (the client speaks first), in the next turn of the event loop. With Resumption::Required
// a handshake that does not resume a session of the same TlsSessionContext (the control connection's)
// fails with Failure::NotResumed.
class ServerTlsStream final : public OpenSslTlsStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerTlsStream)

public:
    // Takes `transport` (becomes its child) and `ssl` (a server SSL from TlsSessionContext).
    ServerTlsStream(DataStream* transport, ssl_st* ssl, TlsSessionContext::Resumption resumption,
                    QObject* parent = nullptr);
    ~ServerTlsStream() override;

private:
    QString checkHandshake(Failure* failure) override;

    TlsSessionContext::Resumption m_resumption;
};

} // namespace Ferry
