#include "server/servertlsstream.h"

namespace Ferry {

ServerTlsStream::ServerTlsStream(DataStream* transport, ssl_st* ssl, TlsSessionContext::Resumption resumption,
                                 QObject* parent)
    : OpenSslTlsStream(transport, ssl, Role::Server, parent), m_resumption(resumption)
{
    // The client may have sent its ClientHello already (it arrives right after the 234, or at connect):
    // start in the next turn of the event loop, when the owner listens to ready() and ended().
    QMetaObject::invokeMethod(this, &ServerTlsStream::continueHandshake, Qt::QueuedConnection);
}

ServerTlsStream::~ServerTlsStream() = default;

QString ServerTlsStream::checkHandshake(Failure* failure)
{
    if (m_resumption == TlsSessionContext::Resumption::Required && !isResumed()) {
        *failure = Failure::NotResumed;
        return tr("the client did not resume the control connection's TLS session on the data connection "
                  "(session reuse is required)");
    }
    return QString();
}

} // namespace Ferry
