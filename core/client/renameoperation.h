#pragma once

#include "client/ftpoperation.h"

namespace Ferry {

// RNFR then RNTO. RNTO is never sent unless RNFR was accepted: on a NetX Duo board an RNTO without
// a successful RNFR crashes the server.
class RenameOperation final : public FtpOperation
{
    Q_OBJECT

public:
    RenameOperation(FtpSession* session, const QString& from, const QString& to);

protected:
    void start() override;
    void handleReply(const FtpReply& reply) override;

private:
    enum class Step
    {
        From,
        To
    };
    QString m_from;
    QString m_to;
    Step m_step = Step::From;
};

} // namespace Ferry
