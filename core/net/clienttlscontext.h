#pragma once

#include "net/tlssettings.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

struct ssl_ctx_st;
struct ssl_st;

namespace Ferry {

// The client's OpenSSL for its FTPS data connections (ClientTlsStream): one SSL_CTX per client connection
// (ClientSocketFactory), from which each data connection's SSL is made, offering the control connection's
// TLS session so that the server resumes it (vsftpd and proftpd refuse data connections that do not).
// The control connection stays on QSslSocket (certificate questions, trust store); its session comes as
// the DER QSslConfiguration::sessionTicket() holds. Versions as the control connection's (TLS 1.2 and
// later by default); the server's certificate is checked by ClientTlsStream against the one the control
// connection accepted.
class ClientTlsContext final
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::ClientTlsContext)
    Q_DISABLE_COPY_MOVE(ClientTlsContext)

public:
    // nullptr and *error on failure.
    static std::unique_ptr<ClientTlsContext> create(TlsSettings::Versions versions, QString* error);
    ~ClientTlsContext();

    TlsSettings::Versions versions() const { return m_versions; }
    // A client SSL for one data connection to `host` (its name is sent as SNI unless it is an address),
    // offering `session` (the DER of an SSL_SESSION, as in QSslConfiguration::sessionTicket()); the caller
    // owns it (ClientTlsStream takes it). nullptr and *error when the session cannot be offered (none, not
    // readable, not resumable with these versions).
    ssl_st* newDataSession(const QString& host, const QByteArray& session, QString* error) const;

private:
    ClientTlsContext() = default;

    ssl_ctx_st* m_context = nullptr;
    TlsSettings::Versions m_versions = TlsSettings::Versions::Secure;
};

} // namespace Ferry
