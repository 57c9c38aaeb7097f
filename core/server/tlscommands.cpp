#include "server/tlscommands.h"

#include "server/controlconnection.h"
#include "server/ftpcommand.h"
#include "server/sessioncontext.h"
#include "server/tlssessioncontext.h"

namespace Ferry {

TlsCommands::TlsCommands(SessionContext& context) : m_context(context)
{
    SessionContext* session = &m_context;
    ControlConnection* control = &m_context.control();
    QObject::connect(control, &ControlConnection::secured, session, [session, control] {
        session->log(ServerLogEntry::Level::Info, tr("TLS established (%1)").arg(control->tlsDescription()));
    });
    QObject::connect(control, &ControlConnection::tlsFailed, session, [session](const QString& reason) {
        session->log(ServerLogEntry::Level::Warning,
                     tr("TLS on the control connection failed: %1").arg(reason));
    });
}

bool TlsCommands::startTls(QString* error)
{
    const ServerOptions& options = m_context.options();
    std::unique_ptr<TlsSessionContext> tls =
        TlsSessionContext::create(options.tlsCredentials,
                                  options.tlsRequireSessionReuse ? TlsSessionContext::Resumption::Required
                                                                 : TlsSessionContext::Resumption::Optional,
                                  error);
    if (!tls)
        return false;
    m_context.setTls(std::move(tls));
    return true;
}

void TlsCommands::auth(const FtpCommand& c)
{
    ControlConnection& control = m_context.control();
    if (control.isTls()) {
        m_context.reply(503, QStringLiteral("TLS is already active."));
        return;
    }
    if (m_context.info().loggedIn) {
        m_context.reply(503, QStringLiteral("AUTH comes before USER and PASS."));
        return;
    }
    const QByteArray mechanism = c.argument.trimmed().toUpper();
    const bool protectData = mechanism == "SSL" || mechanism == "TLS-P";
    if (mechanism != "TLS" && mechanism != "TLS-C" && !protectData) {
        m_context.reply(504, QStringLiteral("AUTH TLS or AUTH SSL only."));
        return;
    }
    QString error;
    if (!startTls(&error)) {
        m_context.log(ServerLogEntry::Level::Error, tr("Cannot start TLS: %1").arg(error));
        m_context.reply(431, QStringLiteral("TLS is not available right now."));
        return;
    }
    m_context.reply(234, QStringLiteral("Proceed with negotiation."));
    // In this same turn of the event loop: whatever the client sent after AUTH, in clear text, is dropped.
    if (!control.startTls(*m_context.tls(), &error)) {
        m_context.log(ServerLogEntry::Level::Error, tr("Cannot start TLS: %1").arg(error));
        control.abort();
        return;
    }
    if (protectData) {
        SessionState& state = m_context.state();
        state.pbszGiven = true;
        state.protection = SessionState::DataProtection::Private;
    }
}

bool TlsCommands::startImplicit()
{
    QString error;
    if (!startTls(&error) || !m_context.control().startTls(*m_context.tls(), &error)) {
        m_context.log(ServerLogEntry::Level::Error, tr("Cannot start TLS: %1").arg(error));
        return false;
    }
    // Implicit FTPS protects everything, data connections included, unless the client says PROT C.
    SessionState& state = m_context.state();
    state.pbszGiven = true;
    state.protection = SessionState::DataProtection::Private;
    return true;
}

void TlsCommands::pbsz(const FtpCommand&)
{
    if (!m_context.control().isTls()) {
        m_context.reply(503, QStringLiteral("PBSZ needs AUTH TLS first."));
        return;
    }
    // TLS is a stream: the only buffer size is 0 (RFC 4217 section 8), whatever was asked.
    m_context.state().pbszGiven = true;
    m_context.reply(200, QStringLiteral("PBSZ=0"));
}

void TlsCommands::prot(const FtpCommand& c)
{
    SessionState& state = m_context.state();
    if (!m_context.control().isTls()) {
        m_context.reply(503, QStringLiteral("PROT needs AUTH TLS first."));
        return;
    }
    if (!state.pbszGiven) {
        m_context.reply(503, QStringLiteral("PROT needs PBSZ first."));
        return;
    }
    const QByteArray level = c.argument.trimmed().toUpper();
    if (level == "C") {
        state.protection = SessionState::DataProtection::Clear;
        m_context.reply(200, QStringLiteral("PROT now Clear."));
    } else if (level == "P") {
        state.protection = SessionState::DataProtection::Private;
        m_context.reply(200, QStringLiteral("PROT now Private."));
    } else if (level == "S" || level == "E") {
        m_context.reply(
            536, QStringLiteral("PROT %1 is not supported: use P or C.").arg(QString::fromLatin1(level)));
    } else {
        m_context.reply(504, QStringLiteral("PROT takes C or P."));
    }
}

} // namespace Ferry
