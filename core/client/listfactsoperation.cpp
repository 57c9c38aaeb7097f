#include "client/listfactsoperation.h"

#include "client/ftpsession.h"
#include "client/servercapabilities.h"
#include "protocol/mlstreply.h"

namespace Ferry {

ListFactsOperation::ListFactsOperation(FtpSession* session, const QList<QByteArray>& wanted)
    : FtpOperation(session, QStringLiteral("OPTS MLST")), m_wanted(wanted)
{}

bool ListFactsOperation::needed(const ServerCapabilities& capabilities, const QList<QByteArray>& wanted)
{
    return capabilities.supportsMlsd() && !capabilities.isKnownUnsupported("OPTS") &&
           !mlstFactsSelection(capabilities.parameters("MLST"), wanted).isEmpty();
}

void ListFactsOperation::start()
{
    if (session()->state() != FtpClient::State::Connected) {
        finishError(Error::NotConnected, tr("Not connected."));
        return;
    }
    if (!needed(session()->capabilities, m_wanted)) {
        finishSuccess();
        return;
    }
    const QByteArray selection = mlstFactsSelection(session()->capabilities.parameters("MLST"), m_wanted);
    setDescription(QStringLiteral("OPTS MLST ") + QString::fromLatin1(selection));
    sendRaw("OPTS MLST " + selection);
}

void ListFactsOperation::handleReply(const FtpReply& reply)
{
    if (reply.isPreliminary())
        return;
    setReply(reply);
    if (reply.isError()) {
        if (reply.code == 500 || reply.code == 502)
            session()->capabilities.markUnsupported("OPTS");
        finishWithReply(
            tr("The server refused to send the MLST facts %1").arg(QString::fromLatin1(m_wanted.join(';'))),
            reply);
        return;
    }
    finishSuccess();
}

} // namespace Ferry
