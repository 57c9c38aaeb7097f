#pragma once

#include "net/openssltlsstream.h"

#include <QByteArray>

namespace Ferry {

// The client side of an FTPS data connection (PROT P) on OpenSSL directly: OpenSslTlsStream (which see for
// reading, writing and the ends) with a client SSL from ClientTlsContext that offers the control
// connection's session. begin() starts the handshake. The server must present exactly the certificate
// the control connection accepted (its DER, compared; on a resumed session that is the session's): any
// other is refused (Failure::Certificate, its SHA-256 named), never asked about per data connection.
//
// Ends as TlsStream's: the server's close_notify is Finished; a transport that ends without it is Broken
// (a download cut short is a failure); close() sends close_notify and reads what the server still sends
// before closing (TLS 1.3 uploads are not cut short by a reset).
class ClientTlsStream final : public OpenSslTlsStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientTlsStream)

public:
    // Takes `transport` (becomes its child) and `ssl` (from ClientTlsContext::newDataSession()).
    ClientTlsStream(DataStream* transport, ssl_st* ssl, const QByteArray& acceptedCertificate,
                    QObject* parent = nullptr);
    ~ClientTlsStream() override;

    void begin() override;

private:
    QString checkHandshake(Failure* failure) override;

    QByteArray m_acceptedCertificate; // DER
    bool m_begun = false;
};

} // namespace Ferry
