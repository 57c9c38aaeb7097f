#include "client/logonoperation.h"

#include "client/commandoperation.h"
#include "client/controlchannel.h"
#include "client/ftpsession.h"
#include "net/clientsocketfactory.h"

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
    s->sockets()->configure(s->login.host, s->login.port, s->options.tls);
    connect(s->control(), &ControlChannel::encrypted, this, &LogonOperation::onEncrypted);
    const bool implicit = s->options.tls.mode == TlsMode::Implicit;
    s->control()->connectToHost(
        s->login.host, s->login.port, s->options.connectTimeoutMs, s->options.replyTimeoutMs,
        implicit ? ControlChannel::Encryption::Implicit : ControlChannel::Encryption::None);
}

void LogonOperation::sendAuth(const QByteArray& mechanism)
{
    m_step = mechanism == "TLS" ? Step::AuthTls : Step::AuthSsl;
    sendCommand("AUTH " + mechanism);
}

void LogonOperation::onEncrypted()
{
    FtpSession* s = session();
    if (isFinished())
        return;
    const ConnectionSecurity security = s->security();
    s->log(FtpClient::LogKind::Info, tr("TLS established (%1)").arg(security.summary()));
    s->announceSecurity();
    if (m_step == Step::TlsHandshake) {
        // RFC 4217: PBSZ 0 before PROT (pyftpdlib insists), then PROT P for encrypted data connections.
        m_step = Step::Pbsz;
        sendCommand("PBSZ 0");
    }
    // Implicit TLS: the greeting comes next; PBSZ/PROT follow it.
}

void LogonOperation::sendUser()
{
    FtpSession* s = session();
    s->setState(FtpClient::State::LoggingIn);
    m_step = Step::User;
    sendCommand("USER", s->login.isAnonymous() ? QStringLiteral("anonymous") : s->login.user);
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
        switch (s->options.tls.mode) {
        case TlsMode::Implicit:
            m_step = Step::Pbsz;
            sendCommand("PBSZ 0");
            return;
        case TlsMode::Explicit: {
            QString why;
            if (!ClientSocketFactory::tlsAvailable(&why)) {
                finishError(Error::TlsFailed, tr("Cannot use TLS: %1").arg(why));
                s->control()->abort();
                return;
            }
            sendAuth("TLS");
            return;
        }
        case TlsMode::Auto:
            // Whether this Qt can do TLS is asked only once the server accepts AUTH (startTls()): asking
            // loads and initialises the TLS backend, about 4 MiB, for servers that mostly refuse.
            sendAuth("TLS");
            return;
        case TlsMode::Off:
            sendUser();
            return;
        }
        return;
    case Step::AuthTls:
    case Step::AuthSsl:
        if (reply.code == 234 || reply.code == 334) {
            m_step = Step::TlsHandshake;
            s->control()->startTls(); // encrypted() continues in onEncrypted()
            return;
        }
        // 504: AUTH is known but not that mechanism; try the old name once. Boards refuse AUTH itself
        // (530, 502): in Auto mode that costs a single round trip before the log-on goes on in clear.
        if (m_step == Step::AuthTls &&
            (reply.code == 504 || (s->options.tls.mode == TlsMode::Explicit && reply.isError()))) {
            sendAuth("SSL");
            return;
        }
        if (s->options.tls.mode == TlsMode::Explicit) {
            finishError(Error::TlsFailed, tr("%1 does not offer TLS (AUTH: %2), and encryption is required. "
                                             "Use ftp:// or TLS mode auto to connect without it.")
                                              .arg(s->login.host, reply.toString()));
            s->control()->abort();
            return;
        }
        s->log(FtpClient::LogKind::Info, tr("The server does not offer TLS (%1): the connection is not "
                                            "encrypted, passwords and files travel in clear text.")
                                             .arg(reply.toString()));
        sendUser();
        return;
    case Step::TlsHandshake:
        return; // nothing is expected before the handshake ends
    case Step::Pbsz:
        m_step = Step::Prot;
        sendCommand("PROT P");
        return;
    case Step::Prot:
        if (reply.isCompletion()) {
            s->sockets()->setDataProtected(true);
        } else if (s->options.tls.mode != TlsMode::Auto) {
            // Encryption was required (ftpes://, ftps://): files in clear text are not what was asked.
            finishError(Error::TlsFailed,
                        tr("%1 refused to encrypt data connections (PROT P: %2), and encryption is required. "
                           "Use ftp:// or TLS mode auto to accept clear-text data connections.")
                            .arg(s->login.host, reply.toString()));
            s->control()->abort();
            return;
        } else {
            s->log(FtpClient::LogKind::Error,
                   tr("The server refused to encrypt data connections (%1): files travel in clear text, the "
                      "password and commands are encrypted.")
                       .arg(reply.toString()));
        }
        s->announceSecurity();
        sendUser();
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
