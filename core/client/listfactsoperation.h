#pragma once

#include "client/ftpoperation.h"

#include <QByteArray>
#include <QList>

namespace Ferry {

class ServerCapabilities;

// "OPTS MLST <facts>" (RFC 3659 section 7.9): asks the server to send `wanted` facts (e.g. "unique") in
// MLSD and MLST replies from now on, besides those it sends already. Succeeds at once without a command
// when there is nothing to ask (needed() is false).
class ListFactsOperation final : public FtpOperation
{
    Q_OBJECT

public:
    ListFactsOperation(FtpSession* session, const QList<QByteArray>& wanted);

    // True when the server offers MLST facts in `wanted` that it does not send now.
    static bool needed(const ServerCapabilities& capabilities, const QList<QByteArray>& wanted);

protected:
    void start() override;
    void handleReply(const FtpReply& reply) override;

private:
    QList<QByteArray> m_wanted;
};

} // namespace Ferry
