#pragma once

#include <QObject>
#include <QTimer>
#include <memory>

namespace Ferry {

class Authenticator;
class LoginGuard;
class SessionContext;
struct FtpCommand;

// USER and PASS of one session (RFC 959 4.1.1, RFC 2577 section 5): always 331 to USER, whether the user
// exists or not, never 230 straight away (NetX Duo clients); the Authenticator decides; a wrong password
// is answered 530 only after a delay during which nothing else is read (longer for each earlier failure
// from the same address: LoginGuard), and too many of them close the connection. An address banned for
// its failures gets no password checked: 530, then 421. The logout callback runs when the session ends,
// whenever a password was tried. With the TLS policy Required, USER and PASS over a
// clear control connection get 534.
class LoginCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginCommands)

public:
    LoginCommands(SessionContext& context, std::shared_ptr<Authenticator> authenticator,
                  std::shared_ptr<LoginGuard> guard, QObject* parent = nullptr);

    void user(const FtpCommand& command);
    void pass(const FtpCommand& command);

    // The session closes: a delayed 530 is not sent any more.
    void cancelDelayedReply();
    // The session has ended: tells the authenticator, if a password was tried.
    void logout();

private:
    void answerLater(int delayMs);
    // TLS policy Required and the control connection is clear: 534.
    bool refusedInClearText();
    void onDelayElapsed();

    SessionContext& m_context;
    std::shared_ptr<Authenticator> m_authenticator;
    std::shared_ptr<LoginGuard> m_guard;
    QTimer m_delay;
    bool m_banned = false; // the address is banned: close after the 530
    bool m_userGiven = false;
    bool m_passwordTried = false;
    int m_failures = 0;
};

} // namespace Ferry
