#include "client/renameoperation.h"

#include "client/ftpsession.h"

namespace Ferry {

RenameOperation::RenameOperation(FtpSession* session, const QString& from, const QString& to)
    : FtpOperation(session, QStringLiteral("RNFR %1 / RNTO %2").arg(from, to)), m_from(from), m_to(to)
{}

void RenameOperation::start()
{
    if (session()->state() != FtpClient::State::Connected) {
        finishError(Error::NotConnected, tr("Not connected."));
        return;
    }
    // Check both names before sending anything: RNTO must follow an accepted RNFR.
    if (!session()->encodeArgument(m_to)) {
        finishError(Error::InvalidArgument, tr("The name \"%1\" contains a line break.").arg(m_to));
        return;
    }
    sendCommand("RNFR", m_from);
}

void RenameOperation::handleReply(const FtpReply& reply)
{
    if (reply.isPreliminary())
        return;
    setReply(reply);
    if (m_step == Step::From) {
        if (reply.code != 350) {
            finishWithReply(tr("Could not rename %1").arg(m_from), reply);
            return;
        }
        m_step = Step::To;
        sendCommand("RNTO", m_to);
        return;
    }
    if (!reply.isCompletion()) {
        finishWithReply(tr("Could not rename %1 to %2").arg(m_from, m_to), reply);
        return;
    }
    finishSuccess();
}

} // namespace Ferry
