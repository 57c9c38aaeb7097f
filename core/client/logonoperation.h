#pragma once

#include "client/ftpoperation.h"

namespace Ferry {

// Connect, greeting, USER/PASS (230 straight after USER accepted), FEAT with fallback, OPTS UTF8 ON when
// offered, TYPE I, PWD.
class LogonOperation final : public FtpOperation
{
    Q_OBJECT

public:
    explicit LogonOperation(FtpSession* session);

protected:
    void start() override;
    void handleReply(const FtpReply& reply) override;
    void handleConnectionLost(Error error, const QString& message) override;

private:
    enum class Step
    {
        Greeting,
        User,
        Pass,
        Feat,
        Utf8,
        Type,
        Pwd
    };
    void sendFeat();
    void sendType();
    void done();

    Step m_step = Step::Greeting;
};

} // namespace Ferry
