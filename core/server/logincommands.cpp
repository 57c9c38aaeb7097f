#include "server/logincommands.h"

#include "server/authenticator.h"
#include "server/controlconnection.h"
#include "server/ftpcommand.h"
#include "server/loginguard.h"
#include "server/sessioncontext.h"
#include "server/virtualpath.h"

namespace Ferry {

namespace {

QString minutes(qint64 ms)
{
    return QString::number((ms + 59999) / 60000);
}

} // namespace

LoginCommands::LoginCommands(SessionContext& context, std::shared_ptr<Authenticator> authenticator,
                             std::shared_ptr<LoginGuard> guard, QObject* parent)
    : QObject(parent), m_context(context), m_authenticator(std::move(authenticator)),
      m_guard(std::move(guard))
{
    m_delay.setSingleShot(true);
    connect(&m_delay, &QTimer::timeout, this, &LoginCommands::onDelayElapsed);
}

bool LoginCommands::refusedInClearText()
{
    // RFC 4217 / RFC 2228: 534, request denied for policy reasons.
    if (m_context.options().tlsPolicy != ServerOptions::TlsPolicy::Required || m_context.control().isTls())
        return false;
    m_context.reply(534, QStringLiteral("This server requires TLS: send AUTH TLS before logging in."));
    return true;
}

void LoginCommands::user(const FtpCommand& c)
{
    ServerSessionInfo& info = m_context.info();
    if (refusedInClearText())
        return;
    if (info.loggedIn) {
        m_context.reply(503, QStringLiteral("Already logged in."));
        return;
    }
    QString user = SessionContext::decodeArgument(c.argument).left(128);
    user.removeIf([](QChar ch) { return ch.unicode() < 0x20 || ch.unicode() == 0x7F; }); // safe to log
    info.user = user;
    m_userGiven = true;
    // Always 331, whether the user exists or not (RFC 2577), and never 230 straight away (NetX clients).
    m_context.reply(331, QStringLiteral("Please specify the password."));
    m_context.emitState(true);
}

void LoginCommands::pass(const FtpCommand& c)
{
    ServerSessionInfo& info = m_context.info();
    if (refusedInClearText())
        return;
    if (info.loggedIn) {
        m_context.reply(503, QStringLiteral("Already logged in."));
        return;
    }
    if (!m_userGiven) {
        m_context.reply(503, QStringLiteral("Log in with USER first."));
        return;
    }
    m_passwordTried = true;
    m_userGiven = false;
    if (const qint64 remaining = m_guard->banRemainingMs(info.address); remaining > 0) {
        // Not even checked: a guesser's connections opened before the ban learn nothing more.
        m_context.log(
            ServerLogEntry::Level::Warning,
            tr("Login of \"%1\" refused without checking the password: this address is banned for %2 "
               "more minutes after too many failed logins")
                .arg(info.user, minutes(remaining)));
        m_banned = true;
        answerLater(m_guard->failureDelayMs(info.address));
        return;
    }
    LoginRequest request;
    request.sessionId = info.id;
    request.clientAddress = info.address;
    request.clientPort = info.port;
    request.user = info.user;
    request.password = SessionContext::decodeArgument(c.argument);
    LoginResult result = m_authenticator ? m_authenticator->login(request)
                                         : LoginResult::refuse(tr("the server has no authenticator"));
    if (result.accepted && !result.fileSystem) {
        result.accepted = false;
        result.reason = tr("the authenticator gave no files to serve");
    }
    if (result.accepted) {
        SessionState& state = m_context.state();
        state.fs = result.fileSystem;
        info.loggedIn = true;
        info.readOnly = result.readOnly;
        m_context.control().stopLoginTimeout();
        m_guard->recordSuccess(info.address);
        const QString home = VirtualPath::normalize(result.homeDirectory).value_or(QStringLiteral("/"));
        const std::optional<FileInfo> homeInfo = state.fs->stat(home, nullptr);
        state.cwd = homeInfo && homeInfo->isDir() ? home : QStringLiteral("/");
        m_context.reply(230, QStringLiteral("Login successful."));
        m_context.log(ServerLogEntry::Level::Info,
                      tr("Logged in (%1), serving %2")
                          .arg(info.readOnly ? tr("read-only") : tr("read-write"), state.fs->description()));
        m_context.setAction(QStringLiteral("idle"));
        return;
    }
    ++m_failures;
    const LoginGuard::Verdict verdict = m_guard->recordFailure(info.address);
    m_context.log(ServerLogEntry::Level::Warning,
                  tr("Login failed for user \"%1\" (%2), attempt %3 of %4")
                      .arg(info.user, result.reason.isEmpty() ? tr("refused") : result.reason)
                      .arg(m_failures)
                      .arg(m_context.options().maxLoginFailures));
    if (verdict == LoginGuard::Verdict::BannedNow) {
        m_banned = true;
        m_context.log(ServerLogEntry::Level::Warning,
                      tr("%1 failed logins from %2 within %3 minutes: connections from this address are "
                         "refused for %4 minutes")
                          .arg(m_guard->banAfterFailures())
                          .arg(info.address.toString(), minutes(m_guard->failureWindowMs()),
                               minutes(m_guard->banMs())));
    }
    answerLater(m_guard->failureDelayMs(info.address));
}

void LoginCommands::answerLater(int delayMs)
{
    // The 530 comes after a delay; nothing else is read meanwhile (slows down password guessing).
    m_context.holdInput();
    m_delay.start(qMax(0, delayMs));
}

void LoginCommands::onDelayElapsed()
{
    m_context.reply(530, QStringLiteral("Login incorrect."));
    if (m_banned) {
        m_context.reply(421, QStringLiteral("Too many failed logins from your address: try again later."));
        m_context.control().close();
    } else if (m_failures >= m_context.options().maxLoginFailures) {
        m_context.log(ServerLogEntry::Level::Warning, tr("%1 failed logins: disconnecting").arg(m_failures));
        m_context.reply(421, QStringLiteral("Too many failed logins: closing the connection."));
        m_context.control().close();
    }
    m_context.releaseInput();
}

void LoginCommands::cancelDelayedReply()
{
    if (m_delay.isActive()) {
        m_delay.stop();
        m_context.releaseInput();
    }
}

void LoginCommands::logout()
{
    if (!m_passwordTried || !m_authenticator)
        return;
    const ServerSessionInfo& info = m_context.info();
    LogoutInfo logout;
    logout.sessionId = info.id;
    logout.clientAddress = info.address;
    logout.clientPort = info.port;
    logout.user = info.user;
    logout.loggedIn = info.loggedIn;
    m_authenticator->logout(logout);
}

} // namespace Ferry
