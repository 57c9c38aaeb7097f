#include "client/statoperation.h"

#include "client/ftpsession.h"
#include "protocol/mlstreply.h"

namespace Ferry {

StatOperation::StatOperation(FtpSession* session, const QString& path)
    : FtpOperation(session, QStringLiteral("MLST ") + path), m_path(path)
{}

QString StatOperation::failureText() const
{
    return tr("Could not get the facts of %1").arg(m_path);
}

void StatOperation::start()
{
    if (session()->state() != FtpClient::State::Connected) {
        finishError(Error::NotConnected, tr("Not connected."));
        return;
    }
    const ServerCapabilities& caps = session()->capabilities;
    if (!caps.has("MLST") || caps.isKnownUnsupported("MLST")) {
        finishError(Error::ServerRefused, tr("%1: the server does not support MLST.").arg(failureText()));
        return;
    }
    sendCommand("MLST", m_path);
}

void StatOperation::handleReply(const FtpReply& reply)
{
    if (reply.isPreliminary())
        return;
    setReply(reply);
    if (reply.isError()) {
        if (reply.code == 500 || reply.code == 502)
            session()->capabilities.markUnsupported("MLST");
        finishWithReply(failureText(), reply);
        return;
    }
    const std::optional<RemoteEntry> entry = parseMlstReply(reply, session()->encoding);
    if (!entry) {
        finishError(Error::ProtocolError,
                    tr("%1: unexpected answer %2").arg(failureText(), reply.toString()));
        return;
    }
    m_entry = *entry;
    finishSuccess();
}

} // namespace Ferry
