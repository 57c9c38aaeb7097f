#include "client/logonoperation.h"

#include "client/commandoperation.h"
#include "client/controlchannel.h"
#include "client/ftpsession.h"

namespace Ferry {

LogonOperation::LogonOperation(FtpSession* session)
    : FtpOperation(session, tr("Connect to %1").arg(session->login.host))
{}

void LogonOperation::start()
{
    FtpSession* s = session();
    s->setState(FtpClient::State::Connecting);
    s->capabilities = ServerCapabilities();
    s->encoding = PathEncoding::Utf8;
    s->transferType = 0;
    s->lastDataMethod.reset();
    s->currentDirectory.clear();
    s->log(FtpClient::LogKind::Info, tr("Connecting to %1 port %2").arg(s->login.host).arg(s->login.port));
    s->control()->connectToHost(s->login.host, s->login.port, s->options.connectTimeoutMs,
                                s->options.replyTimeoutMs);
}

void LogonOperation::handleConnectionLost(Error error, const QString& message)
{
    if (m_step == Step::Pass && error == Error::ConnectionLost) {
        finishError(Error::LoginFailed,
                    tr("The server closed the connection after the password: %1").arg(message));
        return;
    }
    finishError(error, message);
}

void LogonOperation::handleReply(const FtpReply& reply)
{
    FtpSession* s = session();
    if (reply.isPreliminary())
        return; // "120 Service ready in nnn minutes" and the like: wait for the real answer
    setReply(reply);
    switch (m_step) {
    case Step::Greeting:
        if (reply.code != 220) {
            finishWithReply(tr("The server did not accept the connection"), reply);
            s->control()->abort();
            return;
        }
        s->setState(FtpClient::State::LoggingIn);
        m_step = Step::User;
        sendCommand("USER", s->login.isAnonymous() ? QStringLiteral("anonymous") : s->login.user);
        return;
    case Step::User:
        if (reply.code == 230 || reply.code == 202) { // no password needed
            sendFeat();
            return;
        }
        if (reply.code == 331 || reply.code == 332) {
            m_step = Step::Pass;
            QString password = s->login.password;
            if (password.isEmpty() && s->login.isAnonymous())
                password = QStringLiteral("ferry@example.com"); // RFC 1635: an e-mail address
            const std::optional<QByteArray> encoded = s->encodeArgument(password);
            if (!encoded) {
                finishError(Error::InvalidArgument, tr("The password contains a line break."));
                s->control()->abort();
                return;
            }
            sendRaw("PASS " + *encoded, QStringLiteral("PASS ****"));
            return;
        }
        finishError(Error::LoginFailed,
                    tr("Login refused for user %1: %2").arg(s->login.user, reply.toString()));
        s->control()->abort();
        return;
    case Step::Pass:
        if (reply.code == 230 || reply.code == 202) {
            sendFeat();
            return;
        }
        if (reply.code == 332) {
            finishError(Error::LoginFailed, tr("The server asks for an account (ACCT), which Ferry does not "
                                               "support: %1")
                                                .arg(reply.toString()));
        } else {
            finishError(Error::LoginFailed,
                        tr("Login failed (wrong user name or password?): %1").arg(reply.toString()));
        }
        s->control()->abort();
        return;
    case Step::Feat:
        if (reply.code == 211)
            s->capabilities.setFeatReply(reply);
        else
            s->capabilities.setFeatUnsupported();
        if (s->capabilities.isMinimal())
            s->log(FtpClient::LogKind::Info, tr("The server knows no FEAT: using only basic commands."));
        if (s->capabilities.supportsUtf8()) {
            m_step = Step::Utf8;
            sendCommand("OPTS UTF8 ON");
            return;
        }
        sendType();
        return;
    case Step::Utf8:
        // RFC 2640: a server that lists UTF8 uses UTF-8 whatever OPTS answered.
        sendType();
        return;
    case Step::Type:
        if (reply.isCompletion())
            s->transferType = 'I';
        m_step = Step::Pwd;
        sendCommand("PWD");
        return;
    case Step::Pwd:
        if (reply.code == 257) {
            const QString path = parseQuotedPath(reply.text());
            if (!path.isEmpty())
                s->currentDirectory = path;
        }
        if (s->currentDirectory.isEmpty())
            s->currentDirectory = QStringLiteral("/");
        done();
        return;
    }
}

void LogonOperation::sendFeat()
{
    m_step = Step::Feat;
    sendCommand("FEAT");
}

void LogonOperation::sendType()
{
    m_step = Step::Type;
    sendCommand("TYPE I");
}

void LogonOperation::done()
{
    session()->log(FtpClient::LogKind::Info,
                   tr("Logged in; current folder %1").arg(session()->currentDirectory));
    session()->setState(FtpClient::State::Connected);
    finishSuccess();
}

} // namespace Ferry
