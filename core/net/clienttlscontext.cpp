#include "net/clienttlscontext.h"

#include "net/opensslerrors.h"
#include "net/openssltlsstream.h"

#include <QHostAddress>
#include <QUrl>
#include <openssl/ssl.h>

namespace Ferry {

std::unique_ptr<ClientTlsContext> ClientTlsContext::create(TlsSettings::Versions versions, QString* error)
{
    OpenSsl::clearErrors();
    std::unique_ptr<ClientTlsContext> context(new ClientTlsContext);
    context->m_versions = versions;
    SSL_CTX* ctx = SSL_CTX_new(TLS_client_method());
    context->m_context = ctx;
    // The same versions as the control connection's QSslSocket (QSsl::SecureProtocols is TLS 1.2 and later).
    const int minimum = versions == TlsSettings::Versions::Tls13Only ? TLS1_3_VERSION : TLS1_2_VERSION;
    const int maximum = versions == TlsSettings::Versions::Tls12Only ? TLS1_2_VERSION : 0;
    if (!ctx || SSL_CTX_set_min_proto_version(ctx, minimum) != 1 ||
        SSL_CTX_set_max_proto_version(ctx, maximum) != 1) {
        *error = tr("Cannot set up TLS: %1").arg(OpenSsl::takeErrors());
        return nullptr;
    }
    OpenSslTlsStream::tuneContext(ctx);
    // The certificate is compared with the control connection's (ClientTlsStream), not verified again.
    SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr);
    // Sessions come from the control connection; the data connections' own are of no use.
    SSL_CTX_set_session_cache_mode(ctx, SSL_SESS_CACHE_OFF);
    return context;
}

ClientTlsContext::~ClientTlsContext()
{
    SSL_CTX_free(m_context);
}

SSL* ClientTlsContext::newDataSession(const QString& host, const QByteArray& session, QString* error) const
{
    if (session.isEmpty()) {
        *error = tr("the control connection has no TLS session to resume yet");
        return nullptr;
    }
    OpenSsl::clearErrors();
    const auto* der = reinterpret_cast<const unsigned char*>(session.constData());
    SSL_SESSION* resumed = d2i_SSL_SESSION(nullptr, &der, long(session.size()));
    if (!resumed) {
        *error = tr("the control connection's TLS session cannot be read: %1").arg(OpenSsl::takeErrors());
        return nullptr;
    }
    SSL* ssl = SSL_new(m_context);
    bool ok = ssl != nullptr;
    if (ok && SSL_SESSION_is_resumable(resumed) != 1) {
        *error = tr("the control connection's TLS session cannot be resumed");
        ok = false;
    }
    if (ok && SSL_set_session(ssl, resumed) != 1) {
        *error = tr("the control connection's TLS session cannot be offered: %1").arg(OpenSsl::takeErrors());
        ok = false;
    }
    SSL_SESSION_free(resumed); // the SSL keeps its own reference
    // SNI as QSslSocket sends it on the control connection: the host name, never an address.
    QByteArray name = QHostAddress(host).isNull() ? QUrl::toAce(host) : QByteArray();
    if (name.endsWith('.'))
        name.chop(1); // RFC 6066 section 3: no trailing dot
    if (ok && !name.isEmpty()) {
        if (SSL_set_tlsext_host_name(ssl, name.constData()) != 1) {
            *error = tr("Cannot start TLS: %1").arg(OpenSsl::takeErrors());
            ok = false;
        }
    }
    if (!ok) {
        if (ssl == nullptr)
            *error = tr("Cannot start TLS: %1").arg(OpenSsl::takeErrors());
        SSL_free(ssl);
        return nullptr;
    }
    SSL_set_connect_state(ssl);
    return ssl;
}

} // namespace Ferry
