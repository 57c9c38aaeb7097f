#include "server/ftpserversession.h"

#include "server/controlconnection.h"
#include "server/dataconnectionsetup.h"
#include "server/filecommands.h"
#include "server/logincommands.h"
#include "server/sessioncommands.h"
#include "server/sessioncontext.h"
#include "server/tlscommands.h"
#include "server/transfercommands.h"

#include <QDateTime>
#include <QSet>
#include <QTcpSocket>

namespace Ferry {

namespace {

// Commands other than ABOR/STAT/QUIT sent during a transfer wait for its end; at most this many.
constexpr int MaxDeferredLines = 16;

} // namespace

FtpServerSession::FtpServerSession(quint64 id, QTcpSocket* socket, const ServerOptions& options,
                                   std::shared_ptr<Authenticator> authenticator,
                                   std::shared_ptr<LoginGuard> loginGuard, QObject* parent)
    : QObject(parent), m_control(new ControlConnection(socket, options.maxCommandLength, this)),
      m_context(new SessionContext(m_control, options, this)),
      m_data(std::make_unique<DataConnectionSetup>(*m_context)),
      m_login(new LoginCommands(*m_context, std::move(authenticator), std::move(loginGuard), this)),
      m_tls(std::make_unique<TlsCommands>(*m_context)),
      m_sessionCommands(std::make_unique<SessionCommands>(*m_context, m_commands, *m_data)),
      m_files(std::make_unique<FileCommands>(*m_context)),
      m_transfers(new TransferCommands(*m_context, *m_data, this))
{
    ServerSessionInfo& info = m_context->info();
    info.id = id;
    info.address = m_control->peerAddress();
    info.port = m_control->peerPort();
    info.connectedAt = QDateTime::currentDateTimeUtc();
    info.currentAction = QStringLiteral("login");
    buildCommandTable();

    connect(m_control, &ControlConnection::inputReady, this, &FtpServerSession::processInput);
    connect(m_control, &ControlConnection::disconnected, this, &FtpServerSession::endSession);
    connect(m_control, &ControlConnection::idleTimedOut, this, &FtpServerSession::onIdleTimeout);
    connect(m_control, &ControlConnection::loginTimedOut, this, &FtpServerSession::onLoginTimeout);
    connect(m_context, &SessionContext::logMessage, this, &FtpServerSession::logMessage);
    connect(m_context, &SessionContext::stateChanged, this, &FtpServerSession::stateChanged);
    connect(m_context, &SessionContext::inputReleased, this, &FtpServerSession::processInput,
            Qt::QueuedConnection);
    connect(m_transfers, &TransferCommands::transferStarted, this, &FtpServerSession::transferStarted);
    connect(m_transfers, &TransferCommands::transferFinished, this, &FtpServerSession::transferFinished);
    connect(m_transfers, &TransferCommands::over, this, &FtpServerSession::onTransferOver);
}

FtpServerSession::~FtpServerSession()
{
    if (!m_ended) {
        // Destroyed with the server: leave no half-written upload behind, emit nothing.
        m_ended = true;
        m_transfers->abandon();
    }
}

void FtpServerSession::buildCommandTable()
{
    using R = CommandTable::Requirement;
    const CommandTable::Requirements none = R::None;
    const CommandTable::Requirements login = R::Login;
    const CommandTable::Requirements loginArg = R::Login | R::Argument;
    const CommandTable::Requirements write = R::Login | R::Write | R::Argument;
    const auto bind = [](auto* family, auto method) {
        return [family, method](const FtpCommand& c) {
            (family->*method)(c);
        };
    };
    CommandTable& t = m_commands;

    LoginCommands* l = m_login;
    t.add("USER", R::Argument, bind(l, &LoginCommands::user));
    t.add("PASS", none, bind(l, &LoginCommands::pass));
    // FTPS (RFC 4217), with no login required; without TLS they are answered 502 like any verb not in
    // the table (as a board does).
    if (m_context->options().tlsPolicy != ServerOptions::TlsPolicy::Off) {
        TlsCommands* tls = m_tls.get();
        t.add("AUTH", R::Argument, bind(tls, &TlsCommands::auth));
        t.add("PBSZ", R::Argument, bind(tls, &TlsCommands::pbsz));
        t.add("PROT", R::Argument, bind(tls, &TlsCommands::prot));
    }

    SessionCommands* s = m_sessionCommands.get();
    t.add("QUIT", none, bind(s, &SessionCommands::quit));
    t.add("NOOP", none, bind(s, &SessionCommands::noop));
    t.add("SYST", none, bind(s, &SessionCommands::syst));
    t.add("FEAT", none, bind(s, &SessionCommands::feat));
    t.add("OPTS", R::Argument, bind(s, &SessionCommands::opts));
    t.add("HELP", none, bind(s, &SessionCommands::help));
    t.add("STAT", login, bind(s, &SessionCommands::stat));
    t.add("TYPE", loginArg, bind(s, &SessionCommands::type));
    t.add("MODE", loginArg, bind(s, &SessionCommands::mode));
    t.add("STRU", loginArg, bind(s, &SessionCommands::stru));
    t.add("ALLO", login, bind(s, &SessionCommands::allo));
    t.add("REST", loginArg, bind(s, &SessionCommands::rest));

    FileCommands* f = m_files.get();
    for (const QByteArray verb : {"PWD", "XPWD"})
        t.add(verb, login, bind(f, &FileCommands::pwd));
    for (const QByteArray verb : {"CWD", "XCWD"})
        t.add(verb, loginArg, bind(f, &FileCommands::cwd));
    for (const QByteArray verb : {"CDUP", "XCUP"})
        t.add(verb, login, bind(f, &FileCommands::cdup));
    t.add("SIZE", loginArg, bind(f, &FileCommands::size));
    t.add("MDTM", loginArg, bind(f, &FileCommands::mdtm));
    t.add("MLST", login, bind(f, &FileCommands::mlst));
    t.add("DELE", write, bind(f, &FileCommands::dele));
    for (const QByteArray verb : {"MKD", "XMKD"})
        t.add(verb, write, bind(f, &FileCommands::mkd));
    for (const QByteArray verb : {"RMD", "XRMD"})
        t.add(verb, write, bind(f, &FileCommands::rmd));
    t.add("RNFR", write, bind(f, &FileCommands::rnfr));
    t.add("RNTO", write, bind(f, &FileCommands::rnto));

    DataConnectionSetup* d = m_data.get();
    t.add("PORT", loginArg, bind(d, &DataConnectionSetup::port));
    t.add("EPRT", loginArg, bind(d, &DataConnectionSetup::eprt));
    t.add("PASV", login, bind(d, &DataConnectionSetup::pasv));
    t.add("EPSV", login, bind(d, &DataConnectionSetup::epsv));

    TransferCommands* x = m_transfers;
    t.add("LIST", login, bind(x, &TransferCommands::list));
    t.add("NLST", login, bind(x, &TransferCommands::nlst));
    t.add("MLSD", login, bind(x, &TransferCommands::mlsd));
    t.add("RETR", loginArg, bind(x, &TransferCommands::retr));
    t.add("STOR", write, bind(x, &TransferCommands::stor));
    t.add("APPE", write, bind(x, &TransferCommands::appe));
    t.add("STOU", R::Login | R::Write, bind(x, &TransferCommands::stou));
    t.add("ABOR", login, [this](const FtpCommand&) {
        // A transfer in progress is aborted in handleLineDuringTransfer(); here there is none.
        m_data->discard();
        m_context->reply(226, QStringLiteral("No transfer to abort."));
    });
}

quint64 FtpServerSession::id() const
{
    return m_context->info().id;
}

ServerSessionInfo FtpServerSession::info() const
{
    return m_context->info();
}

QHostAddress FtpServerSession::peerAddress() const
{
    return m_context->info().address;
}

void FtpServerSession::start(Security security)
{
    m_context->log(ServerLogEntry::Level::Info,
                   security == Security::ImplicitTls ? tr("Connected (implicit TLS)") : tr("Connected"));
    const ServerOptions& options = m_context->options();
    m_control->startTimeouts(options.loginTimeoutMs, options.idleTimeoutMs);
    if (security == Security::ImplicitTls && !m_tls->startImplicit()) {
        m_control->abort();
        endSession();
        return;
    }
    m_context->reply(220, options.greeting);
    if (!m_control->isConnected()) {
        endSession();
        return;
    }
    processInput();
}

ServerText FtpServerSession::text(const char* source, std::initializer_list<ServerText> args)
{
    return ServerText::translate(staticMetaObject.className(), source, args);
}

void FtpServerSession::terminate(const ServerText& reason)
{
    if (m_control->isClosing() || m_ended)
        return;
    m_context->log(ServerLogEntry::Level::Info, tr("Closing the session: %1").arg(reason.localized));
    m_transfers->abort(reason);
    m_context->reply(421, reason.english);
    closeConnection();
}

void FtpServerSession::processInput()
{
    if (m_processing || m_ended)
        return;
    m_processing = true;
    while (!m_control->isClosing() && !m_ended) {
        if (m_control->isOutputBackedUp())
            break; // resumed by ControlConnection::inputReady
        if (m_context->isInputHeld())
            break; // resumed by SessionContext::inputReleased
        if (m_transfers->isActive()) {
            if (m_deferred.size() >= MaxDeferredLines)
                break;
            const std::optional<CommandLineReader::Line> line = m_control->takeLine();
            if (!line)
                break;
            handleLineDuringTransfer(*line);
            continue;
        }
        std::optional<CommandLineReader::Line> line;
        if (!m_deferred.isEmpty())
            line = m_deferred.takeFirst();
        else
            line = m_control->takeLine();
        if (!line)
            break;
        handleLine(*line);
    }
    m_processing = false;
}

void FtpServerSession::logCommand(const FtpCommand& command, const QByteArray& line)
{
    if (!m_context->options().logProtocol)
        return;
    const QString shown = (command.verb == "PASS" || command.verb == "ACCT")
                              ? QString::fromLatin1(command.verb) + QStringLiteral(" ****")
                              : QString::fromUtf8(line).left(200);
    m_context->log(ServerLogEntry::Level::Debug, QStringLiteral("> ") + shown);
}

void FtpServerSession::handleLine(const CommandLineReader::Line& line)
{
    const ServerOptions& options = m_context->options();
    m_control->restartIdleTimeout();
    if (line.tooLong) {
        m_context->log(ServerLogEntry::Level::Warning,
                       tr("Command line longer than %1 bytes ignored").arg(options.maxCommandLength));
        m_context->reply(
            500, QStringLiteral("Command line too long (at most %1 bytes).").arg(options.maxCommandLength));
        return;
    }
    const FtpCommand command = FtpProtocol::parseCommand(line.text);
    logCommand(command, line.text);
    if (!command.isValid()) {
        m_context->reply(500, QStringLiteral("Syntax error, command unrecognized."));
        return;
    }
    SessionState& state = m_context->state();
    if (command.verb != "RNTO" && command.verb != "RNFR")
        state.renameFrom.reset();
    // board-servers.md: NetX Duo clients never send these; whoever does expects RFC 959 answers.
    static const QSet<QByteArray> rfcOnly = {"FEAT", "PWD",  "XPWD", "LIST", "SIZE", "REST",
                                             "ABOR", "MLSD", "MLST", "MDTM", "AUTH"};
    if (rfcOnly.contains(command.verb))
        state.speaksRfc959 = true;

    const CommandTable::Entry* entry = m_commands.find(command.verb);
    if (!entry) {
        m_context->reply(502, QStringLiteral("Command not implemented."));
        return;
    }
    if (entry->requirements.testFlag(CommandTable::Requirement::Login) && !state.info.loggedIn) {
        m_context->reply(530, QStringLiteral("Please log in with USER and PASS."));
        return;
    }
    if (entry->requirements.testFlag(CommandTable::Requirement::Write) && state.info.readOnly) {
        m_context->log(
            ServerLogEntry::Level::Info,
            tr("Refused %1 %2: read-only session")
                .arg(QString::fromLatin1(command.verb), SessionContext::decodeArgument(command.argument)));
        m_context->reply(532, QStringLiteral("Permission denied: this session is read-only."));
        return;
    }
    if (entry->requirements.testFlag(CommandTable::Requirement::Argument) &&
        SessionContext::isBlank(command.argument)) {
        m_context->reply(
            501,
            QStringLiteral("Syntax error: %1 needs an argument.").arg(QString::fromLatin1(command.verb)));
        return;
    }
    entry->handler(command);
}

void FtpServerSession::handleLineDuringTransfer(const CommandLineReader::Line& line)
{
    m_control->restartIdleTimeout();
    const FtpCommand command = line.tooLong ? FtpCommand() : FtpProtocol::parseCommand(line.text);
    if (command.verb == "ABOR") {
        logCommand(command, line.text);
        m_transfers->abort(text(QT_TR_NOOP("aborted by the client")));
        m_context->reply(226, QStringLiteral("ABOR successful."));
        return;
    }
    if (command.verb == "STAT" && SessionContext::isBlank(command.argument)) {
        m_context->reply(213, QStringLiteral("Status: %1, %2 bytes transferred.")
                                  .arg(m_context->info().currentAction)
                                  .arg(m_transfers->bytesTransferred()));
        return;
    }
    if (command.verb == "QUIT") {
        m_quitAfterTransfer = true; // RFC 959: close once the transfer is over
        return;
    }
    m_deferred.append(line);
}

void FtpServerSession::onTransferOver()
{
    if (m_ended || m_control->isClosing())
        return;
    if (m_quitAfterTransfer) {
        m_context->reply(221, QStringLiteral("Goodbye."));
        closeConnection();
        return;
    }
    m_context->resumeInput();
}

void FtpServerSession::onIdleTimeout()
{
    if (m_transfers->isActive()) {
        // Data is moving (or its own timeout runs): the session is not idle.
        m_control->restartIdleTimeout();
        return;
    }
    terminate(text(QT_TR_NOOP("Timeout: no command for %1 seconds."),
                   {QString::number(m_context->options().idleTimeoutMs / 1000)}));
}

void FtpServerSession::onLoginTimeout()
{
    if (!m_context->info().loggedIn)
        terminate(text(QT_TR_NOOP("Timeout: no login within %1 seconds."),
                       {QString::number(m_context->options().loginTimeoutMs / 1000)}));
}

void FtpServerSession::closeConnection()
{
    m_login->cancelDelayedReply();
    m_control->close();
}

void FtpServerSession::endSession()
{
    if (m_ended)
        return;
    m_ended = true;
    m_transfers->abort(text(QT_TR_NOOP("the control connection closed")));
    m_login->cancelDelayedReply();
    m_data->discard();
    m_login->logout();
    const ServerSessionInfo& info = m_context->info();
    m_context->log(ServerLogEntry::Level::Info,
                   tr("Disconnected after %1 s (%2 bytes downloaded, %3 bytes uploaded)")
                       .arg(info.connectedAt.secsTo(QDateTime::currentDateTimeUtc()))
                       .arg(info.bytesDownloaded)
                       .arg(info.bytesUploaded));
    m_context->info().currentAction = QStringLiteral("closed");
    m_context->setEnded();
    Q_EMIT closed(info.id);
    // A file operation still running in the background (an upload's commit, a DELE) reports to this
    // session when it is done: it goes away after that.
    if (m_context->isInputHeld())
        connect(m_context, &SessionContext::inputReleased, this, &QObject::deleteLater);
    else
        deleteLater();
}

} // namespace Ferry
