#include "server/tlssessioncontext.h"

#include "net/opensslerrors.h"
#include "net/openssltlsstream.h"
#include "server/tlscredentials.h"

#include <openssl/ssl.h>

namespace Ferry {

namespace {

const unsigned char SessionIdContext[] = "ferry-ftps";

} // namespace

std::unique_ptr<TlsSessionContext>
TlsSessionContext::create(std::shared_ptr<const TlsCredentials> credentials, Resumption resumption,
                          QString* error)
{
    if (!credentials) {
        *error = tr("The server has no certificate.");
        return nullptr;
    }
    OpenSsl::clearErrors();
    std::unique_ptr<TlsSessionContext> context(new TlsSessionContext);
    context->m_credentials = std::move(credentials);
    context->m_resumption = resumption;
    SSL_CTX* ctx = SSL_CTX_new(TLS_server_method());
    context->m_context = ctx;
    if (!ctx || SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION) != 1 ||
        SSL_CTX_set_session_id_context(ctx, SessionIdContext, sizeof SessionIdContext - 1) != 1) {
        *error = tr("Cannot set up TLS: %1").arg(OpenSsl::takeErrors());
        return nullptr;
    }
    if (!context->m_credentials->applyTo(ctx, error))
        return nullptr;
    OpenSslTlsStream::tuneContext(ctx);
    // The server-side session cache holds this control connection's TLS 1.2 sessions (by id); tickets
    // (TLS 1.2 and 1.3) are encrypted with keys of this context only.
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_SERVER);
    SSL_CTX_sess_set_cache_size(ctx, 16);
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);
    return context;
}

TlsSessionContext::~TlsSessionContext()
{
    SSL_CTX_free(m_context);
}

SSL* TlsSessionContext::newSession(QString* error) const
{
    OpenSsl::clearErrors();
    SSL* ssl = SSL_new(m_context);
    if (!ssl) {
        *error = tr("Cannot start TLS: %1").arg(OpenSsl::takeErrors());
        return nullptr;
    }
    SSL_set_accept_state(ssl);
    return ssl;
}

SSL* TlsSessionContext::newControlSession(QString* error) const
{
    return newSession(error);
}

SSL* TlsSessionContext::newDataSession(QString* error) const
{
    SSL* ssl = newSession(error);
    if (ssl)
        SSL_set_num_tickets(ssl, 0);
    return ssl;
}

} // namespace Ferry
