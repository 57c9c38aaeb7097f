#pragma once

#include "client/ftpoperation.h"

namespace Ferry {

// Connect, greeting, FTPS (RFC 4217: AUTH TLS, or AUTH SSL where only that is known, PBSZ 0, PROT P; or
// TLS from the first byte), USER/PASS (230 straight after USER accepted), FEAT with fallback, OPTS UTF8 ON
// when offered, TYPE I, PWD.
//
// TlsMode::Auto asks for TLS and carries on in clear text when the server refuses AUTH (a board server
// answers "530 Not logged in": one extra round trip); once the server said yes, a failed handshake or a
// refused certificate fails the log-on, never falls back to clear text.
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
    void sendAuth(const QByteArray& mechanism);
    void onEncrypted();
    void sendUser();
    enum class Step
    {
        Greeting,
        AuthTls,
        AuthSsl,
        TlsHandshake,
        Pbsz,
        Prot,
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
