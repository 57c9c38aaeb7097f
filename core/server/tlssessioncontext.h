#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

struct ssl_ctx_st;
struct ssl_st;

namespace Ferry {

class TlsCredentials;

// The TLS of one control connection of the embedded server (RFC 4217, server side), on OpenSSL: one
// SSL_CTX per control connection, from which its control TLS session and every data connection's TLS
// session are made. Its session cache and ticket keys belong to this control connection only, so a data
// connection can resume the control connection's session (TLS 1.2 session id or ticket, TLS 1.3 ticket),
// a session from any other control connection cannot, and the server can tell which happened
// (ServerTlsStream::isResumed(), SSL_session_reused()): what FileZilla and vsftpd-style "session reuse
// required" clients and servers expect. Qt's QSslSocket gives every socket a context of its own and
// cannot do this (see ../shared/docs/ftps.md).
//
// TLS 1.2 and 1.3 only; no client certificates; no renegotiation. Data connections get no session
// tickets of their own (they would only hide the control session, and an unread ticket makes a client's
// close send a reset that can cut an upload short).
class TlsSessionContext final
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::TlsSessionContext)
    Q_DISABLE_COPY_MOVE(TlsSessionContext)

public:
    enum class Resumption
    {
        Optional,
        Required // data connections that do not resume the control session are refused (522)
    };

    // nullptr and *error on failure.
    static std::unique_ptr<TlsSessionContext> create(std::shared_ptr<const TlsCredentials> credentials,
                                                     Resumption resumption, QString* error);
    ~TlsSessionContext();

    Resumption resumption() const { return m_resumption; }
    // A new server-side SSL for the control connection or for one data connection; the caller owns it
    // (ServerTlsStream takes it). nullptr and *error on failure.
    ssl_st* newControlSession(QString* error) const;
    ssl_st* newDataSession(QString* error) const;

private:
    TlsSessionContext() = default;
    ssl_st* newSession(QString* error) const;

    ssl_ctx_st* m_context = nullptr;
    std::shared_ptr<const TlsCredentials> m_credentials;
    Resumption m_resumption = Resumption::Optional;
};

} // namespace Ferry
