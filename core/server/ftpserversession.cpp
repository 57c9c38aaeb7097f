#include "server/ftpserversession.h"

#include "protocol/dataaddress.h"
#include "protocol/pathcodec.h"
#include "server/authenticator.h"
#include "server/listingformat.h"
#include "server/virtualpath.h"

#include <QBuffer>
#include <QFileDevice>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <sys/socket.h>
#endif

namespace Ferry {

namespace {

// Replies wait in the socket while the client does not read them; past this, commands are not read
// either, so a client that never reads cannot make the server buffer without bound.
constexpr qint64 MaxPendingOutput = 64 * 1024;
// Commands other than ABOR/STAT/QUIT sent during a transfer wait for its end; at most this many.
constexpr int MaxDeferredLines = 16;
// STAT <path> on the control connection lists at most this many entries.
constexpr int MaxStatLines = 2000;

QHostAddress plainAddress(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4 && address.protocol() == QAbstractSocket::IPv6Protocol)
        return QHostAddress(v4);
    return address;
}

bool sameHost(const QHostAddress& a, const QHostAddress& b)
{
    return a.isEqual(b, QHostAddress::TolerantConversion);
}

bool hasWildcard(const QString& name)
{
    return name.contains(QLatin1Char('*')) || name.contains(QLatin1Char('?'));
}

// "LIST -la /dir" -> "/dir": options (words starting with '-') are ignored, as most servers do.
QByteArray stripListOptions(QByteArray argument)
{
    static const QRegularExpression options(QStringLiteral("^-[A-Za-z0-9]+$"));
    while (true) {
        const QByteArray trimmed = argument.trimmed();
        if (!trimmed.startsWith('-'))
            return argument;
        const qsizetype space = trimmed.indexOf(' ');
        const QByteArray word = space < 0 ? trimmed : trimmed.left(space);
        if (!options.match(QString::fromLatin1(word)).hasMatch())
            return argument;
        argument = space < 0 ? QByteArray() : trimmed.mid(space + 1);
    }
}

bool isBlank(const QByteArray& bytes)
{
    return bytes.trimmed().isEmpty();
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 2);
}

} // namespace

struct FtpServerSession::Transfer
{
    TransferKind kind = TransferKind::Retrieve;
    QByteArray command;
    QString path;       // the file or folder, virtual
    QString tempPath;   // atomic uploads: where the bytes go until they are complete
    QString uniqueName; // STOU
    bool replaceOnCommit = true;
    std::unique_ptr<QIODevice> device;
    qint64 size = -1;
    qint64 offset = 0;
    int errorCode = 0; // ErrorOnly: the reply sent once the data connection is open
    QString errorText;
    bool dataDone = false;
    QElapsedTimer timer;

    bool isUpload() const
    {
        return kind == TransferKind::Store || kind == TransferKind::Append ||
               kind == TransferKind::StoreUnique;
    }
    bool isListing() const
    {
        return kind == TransferKind::List || kind == TransferKind::NameList ||
               kind == TransferKind::MachineList;
    }
};

const QHash<QByteArray, FtpServerSession::CommandSpec>& FtpServerSession::commandTable()
{
    using S = FtpServerSession;
    // handler, needsLogin, needsWrite, needsArgument
    static const QHash<QByteArray, CommandSpec> table = {
        {"USER", {&S::cmdUser, false, false, true}},  {"PASS", {&S::cmdPass, false, false, false}},
        {"QUIT", {&S::cmdQuit, false, false, false}}, {"NOOP", {&S::cmdNoop, false, false, false}},
        {"SYST", {&S::cmdSyst, false, false, false}}, {"FEAT", {&S::cmdFeat, false, false, false}},
        {"OPTS", {&S::cmdOpts, false, false, true}},  {"HELP", {&S::cmdHelp, false, false, false}},
        {"STAT", {&S::cmdStat, true, false, false}},  {"PWD", {&S::cmdPwd, true, false, false}},
        {"XPWD", {&S::cmdPwd, true, false, false}},   {"CWD", {&S::cmdCwd, true, false, true}},
        {"XCWD", {&S::cmdCwd, true, false, true}},    {"CDUP", {&S::cmdCdup, true, false, false}},
        {"XCUP", {&S::cmdCdup, true, false, false}},  {"TYPE", {&S::cmdType, true, false, true}},
        {"MODE", {&S::cmdMode, true, false, true}},   {"STRU", {&S::cmdStru, true, false, true}},
        {"ALLO", {&S::cmdAllo, true, false, false}},  {"REST", {&S::cmdRest, true, false, true}},
        {"PORT", {&S::cmdPort, true, false, true}},   {"EPRT", {&S::cmdEprt, true, false, true}},
        {"PASV", {&S::cmdPasv, true, false, false}},  {"EPSV", {&S::cmdEpsv, true, false, false}},
        {"LIST", {&S::cmdList, true, false, false}},  {"NLST", {&S::cmdNlst, true, false, false}},
        {"MLSD", {&S::cmdMlsd, true, false, false}},  {"MLST", {&S::cmdMlst, true, false, false}},
        {"RETR", {&S::cmdRetr, true, false, true}},   {"STOR", {&S::cmdStor, true, true, true}},
        {"APPE", {&S::cmdAppe, true, true, true}},    {"STOU", {&S::cmdStou, true, true, false}},
        {"SIZE", {&S::cmdSize, true, false, true}},   {"MDTM", {&S::cmdMdtm, true, false, true}},
        {"DELE", {&S::cmdDele, true, true, true}},    {"MKD", {&S::cmdMkd, true, true, true}},
        {"XMKD", {&S::cmdMkd, true, true, true}},     {"RMD", {&S::cmdRmd, true, true, true}},
        {"XRMD", {&S::cmdRmd, true, true, true}},     {"RNFR", {&S::cmdRnfr, true, true, true}},
        {"RNTO", {&S::cmdRnto, true, true, true}},    {"ABOR", {&S::cmdAbor, true, false, false}},
    };
    return table;
}

FtpServerSession::FtpServerSession(quint64 id, QTcpSocket* socket, const ServerOptions& options,
                                   std::shared_ptr<Authenticator> authenticator, QObject* parent)
    : QObject(parent), m_socket(socket), m_options(options), m_authenticator(std::move(authenticator)),
      m_reader(options.maxCommandLength)
{
    m_socket->setParent(this);
    m_info.id = id;
    m_info.address = plainAddress(socket->peerAddress());
    m_info.port = socket->peerPort();
    m_info.connectedAt = QDateTime::currentDateTimeUtc();
    m_info.currentAction = QStringLiteral("login");
    m_mlstFacts = {"type", "size", "modify", "perm", "unix.mode"};

    // One reply per segment: no Nagle delay that would glue two replies into one segment.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setReadBufferSize(64 * 1024);
    connect(m_socket, &QTcpSocket::readyRead, this, &FtpServerSession::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &FtpServerSession::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &FtpServerSession::onDisconnected);

    m_loginTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    m_loginDelayTimer.setSingleShot(true);
    connect(&m_loginTimer, &QTimer::timeout, this, &FtpServerSession::onLoginTimeout);
    connect(&m_idleTimer, &QTimer::timeout, this, &FtpServerSession::onIdleTimeout);
    connect(&m_loginDelayTimer, &QTimer::timeout, this, &FtpServerSession::onLoginDelayElapsed);
    m_stateThrottle.start();
}

FtpServerSession::~FtpServerSession()
{
    if (!m_ended) {
        // Destroyed with the server: leave no half-written upload behind, emit nothing.
        m_ended = true;
        if (m_data)
            m_data->abort();
        discardUpload();
    }
}

void FtpServerSession::start()
{
    log(ServerLogEntry::Level::Info, tr("Connected"));
    if (m_options.loginTimeoutMs > 0)
        m_loginTimer.start(m_options.loginTimeoutMs);
    if (m_options.idleTimeoutMs > 0)
        m_idleTimer.start(m_options.idleTimeoutMs);
    reply(220, m_options.greeting);
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        endSession();
        return;
    }
    processInput();
}

void FtpServerSession::terminate(const QString& reason)
{
    if (m_closing || m_ended)
        return;
    log(ServerLogEntry::Level::Info, tr("Closing the session: %1").arg(reason));
    if (m_transfer)
        abortTransfer(reason);
    reply(421, reason);
    closeConnection();
}

// ---------------------------------------------------------------------------------------------------
// Control connection

void FtpServerSession::onReadyRead()
{
    processInput();
}

void FtpServerSession::onBytesWritten()
{
    if (m_socket->bytesToWrite() < MaxPendingOutput / 2)
        processInput();
}

void FtpServerSession::onDisconnected()
{
    endSession();
}

std::optional<CommandLineReader::Line> FtpServerSession::takeLine()
{
    while (!m_reader.hasLine()) {
        if (m_socket->bytesAvailable() <= 0)
            return std::nullopt;
        m_reader.feed(m_socket->read(4096));
    }
    return m_reader.next();
}

void FtpServerSession::processInput()
{
    if (m_processing || m_ended)
        return;
    m_processing = true;
    while (!m_closing && !m_ended) {
        if (m_socket->bytesToWrite() > MaxPendingOutput)
            break; // resumed by onBytesWritten()
        if (m_loginDelayTimer.isActive())
            break; // resumed by onLoginDelayElapsed()
        if (m_transfer) {
            if (m_deferred.size() >= MaxDeferredLines)
                break;
            const std::optional<CommandLineReader::Line> line = takeLine();
            if (!line)
                break;
            handleLineDuringTransfer(*line);
            continue;
        }
        std::optional<CommandLineReader::Line> line;
        if (!m_deferred.isEmpty())
            line = m_deferred.takeFirst();
        else
            line = takeLine();
        if (!line)
            break;
        handleLine(*line);
    }
    m_processing = false;
}

void FtpServerSession::handleLine(const CommandLineReader::Line& line)
{
    if (m_options.idleTimeoutMs > 0)
        m_idleTimer.start(m_options.idleTimeoutMs);
    if (line.tooLong) {
        log(ServerLogEntry::Level::Warning,
            tr("Command line longer than %1 bytes ignored").arg(m_options.maxCommandLength));
        reply(500, tr("Command line too long (at most %1 bytes).").arg(m_options.maxCommandLength));
        return;
    }
    const FtpCommand command = FtpProtocol::parseCommand(line.text);
    if (m_options.logProtocol) {
        const QString shown = (command.verb == "PASS" || command.verb == "ACCT")
                                  ? QString::fromLatin1(command.verb) + QStringLiteral(" ****")
                                  : QString::fromUtf8(line.text).left(200);
        log(ServerLogEntry::Level::Debug, QStringLiteral("> ") + shown);
    }
    if (!command.isValid()) {
        reply(500, tr("Syntax error, command unrecognized."));
        return;
    }
    if (command.verb != "RNTO" && command.verb != "RNFR")
        m_renameFrom.reset();
    // board-servers.md: NetX Duo clients never send these; whoever does expects RFC 959 answers.
    static const QSet<QByteArray> rfcOnly = {"FEAT", "PWD",  "XPWD", "LIST", "SIZE",
                                             "REST", "ABOR", "MLSD", "MLST", "MDTM"};
    if (rfcOnly.contains(command.verb))
        m_rfcClient = true;

    const auto it = commandTable().constFind(command.verb);
    if (it == commandTable().cend()) {
        reply(502, tr("Command not implemented."));
        return;
    }
    const CommandSpec& spec = *it;
    if (spec.needsLogin && !m_info.loggedIn) {
        reply(530, tr("Please log in with USER and PASS."));
        return;
    }
    if (spec.needsWrite && m_info.readOnly) {
        log(ServerLogEntry::Level::Info,
            tr("Refused %1 %2: read-only session")
                .arg(QString::fromLatin1(command.verb), decodeArgument(command.argument)));
        reply(532, tr("Permission denied: this session is read-only."));
        return;
    }
    if (spec.needsArgument && isBlank(command.argument)) {
        reply(501, tr("Syntax error: %1 needs an argument.").arg(QString::fromLatin1(command.verb)));
        return;
    }
    (this->*spec.handler)(command);
}

void FtpServerSession::handleLineDuringTransfer(const CommandLineReader::Line& line)
{
    if (m_options.idleTimeoutMs > 0)
        m_idleTimer.start(m_options.idleTimeoutMs);
    const FtpCommand command = line.tooLong ? FtpCommand() : FtpProtocol::parseCommand(line.text);
    if (command.verb == "ABOR") {
        if (m_options.logProtocol)
            log(ServerLogEntry::Level::Debug, QStringLiteral("> ABOR"));
        abortTransfer(tr("aborted by the client"));
        reply(226, tr("ABOR successful."));
        return;
    }
    if (command.verb == "STAT" && isBlank(command.argument)) {
        reply(213, tr("Status: %1, %2 bytes transferred.")
                       .arg(m_info.currentAction)
                       .arg(m_data ? m_data->bytesTransferred() : 0));
        return;
    }
    if (command.verb == "QUIT") {
        m_quitAfterTransfer = true; // RFC 959: close once the transfer is over
        return;
    }
    m_deferred.append(line);
}

void FtpServerSession::reply(int code, const QString& text)
{
    replyRaw(FtpProtocol::formatReply(code, text));
}

void FtpServerSession::replyRaw(const QByteArray& bytes)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_options.logProtocol)
        log(ServerLogEntry::Level::Debug, QStringLiteral("< ") + QString::fromUtf8(bytes).trimmed());
    // One write and a flush per reply: with TCP_NODELAY each reply leaves in a segment of its own.
    m_socket->write(bytes);
    m_socket->flush();
}

void FtpServerSession::closeConnection()
{
    if (m_closing)
        return;
    m_closing = true;
    m_loginDelayTimer.stop();
    m_idleTimer.stop();
    m_loginTimer.stop();
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        endSession();
        return;
    }
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        endSession();
        return;
    }
    // A client that never reads its last replies cannot hold the session open.
    QTimer::singleShot(5000, this, [this] {
        if (!m_ended)
            m_socket->abort();
    });
}

void FtpServerSession::endSession()
{
    if (m_ended)
        return;
    if (m_transfer)
        abortTransfer(tr("the control connection closed"));
    m_ended = true;
    m_closing = true;
    m_loginTimer.stop();
    m_idleTimer.stop();
    m_loginDelayTimer.stop();
    discardDataConnection();
    if (m_passwordTried && m_authenticator) {
        LogoutInfo logout;
        logout.sessionId = m_info.id;
        logout.clientAddress = m_info.address;
        logout.clientPort = m_info.port;
        logout.user = m_info.user;
        logout.loggedIn = m_info.loggedIn;
        m_authenticator->logout(logout);
    }
    log(ServerLogEntry::Level::Info, tr("Disconnected after %1 s (%2 bytes downloaded, %3 bytes uploaded)")
                                         .arg(m_info.connectedAt.secsTo(QDateTime::currentDateTimeUtc()))
                                         .arg(m_info.bytesDownloaded)
                                         .arg(m_info.bytesUploaded));
    m_info.currentAction = QStringLiteral("closed");
    Q_EMIT closed(m_info.id);
    deleteLater();
}

void FtpServerSession::log(ServerLogEntry::Level level, const QString& text)
{
    ServerLogEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.sessionId = m_info.id;
    entry.level = level;
    entry.text = m_info.who() + QLatin1String(": ") + text;
    Q_EMIT logMessage(entry);
}

void FtpServerSession::setAction(const QString& action)
{
    m_info.currentAction = action;
    emitState(true);
}

void FtpServerSession::emitState(bool force)
{
    if (!force && m_stateThrottle.elapsed() < 250)
        return;
    m_stateThrottle.restart();
    Q_EMIT stateChanged(m_info);
}

void FtpServerSession::onIdleTimeout()
{
    if (m_transfer) {
        // Data is moving (or its own timeout runs): the session is not idle.
        m_idleTimer.start(m_options.idleTimeoutMs);
        return;
    }
    terminate(tr("Timeout: no command for %1 seconds.").arg(m_options.idleTimeoutMs / 1000));
}

void FtpServerSession::onLoginTimeout()
{
    if (!m_info.loggedIn)
        terminate(tr("Timeout: no login within %1 seconds.").arg(m_options.loginTimeoutMs / 1000));
}

void FtpServerSession::onLoginDelayElapsed()
{
    reply(530, tr("Login incorrect."));
    if (m_failures >= m_options.maxLoginFailures) {
        log(ServerLogEntry::Level::Warning, tr("%1 failed logins: disconnecting").arg(m_failures));
        reply(421, tr("Too many failed logins: closing the connection."));
        closeConnection();
        return;
    }
    QMetaObject::invokeMethod(this, &FtpServerSession::processInput, Qt::QueuedConnection);
}

// ---------------------------------------------------------------------------------------------------
// Paths

QString FtpServerSession::decodeArgument(const QByteArray& bytes) const
{
    return decodePath(bytes, PathEncoding::Utf8);
}

std::optional<QString> FtpServerSession::resolvePath(const QByteArray& argument) const
{
    if (isBlank(argument))
        return m_cwd;
    return VirtualPath::resolve(m_cwd, decodeArgument(argument));
}

void FtpServerSession::replyFsError(int defaultCode, const FsError& error)
{
    int code = defaultCode;
    switch (error.code) {
    case FsError::Code::InvalidName:
        code = 553;
        break;
    case FsError::Code::NoSpace:
        code = 452;
        break;
    case FsError::Code::Io:
        break;
    default:
        code = 550;
        break;
    }
    reply(code, error.message.isEmpty() ? tr("Requested action not taken.") : error.message);
}

// ---------------------------------------------------------------------------------------------------
// Login and session commands

void FtpServerSession::cmdUser(const FtpCommand& c)
{
    if (m_info.loggedIn) {
        reply(503, tr("Already logged in."));
        return;
    }
    QString user = decodeArgument(c.argument).left(128);
    user.removeIf([](QChar ch) { return ch.unicode() < 0x20 || ch.unicode() == 0x7F; }); // safe to log
    m_info.user = user;
    m_userGiven = true;
    // Always 331, whether the user exists or not (RFC 2577), and never 230 straight away (NetX clients).
    reply(331, tr("Please specify the password."));
    emitState(true);
}

void FtpServerSession::cmdPass(const FtpCommand& c)
{
    if (m_info.loggedIn) {
        reply(503, tr("Already logged in."));
        return;
    }
    if (!m_userGiven) {
        reply(503, tr("Log in with USER first."));
        return;
    }
    m_passwordTried = true;
    m_userGiven = false;
    LoginRequest request;
    request.sessionId = m_info.id;
    request.clientAddress = m_info.address;
    request.clientPort = m_info.port;
    request.user = m_info.user;
    request.password = decodeArgument(c.argument);
    LoginResult result = m_authenticator ? m_authenticator->login(request)
                                         : LoginResult::refuse(tr("the server has no authenticator"));
    if (result.accepted && !result.fileSystem) {
        result.accepted = false;
        result.reason = tr("the authenticator gave no files to serve");
    }
    if (result.accepted) {
        m_fs = result.fileSystem;
        m_info.loggedIn = true;
        m_info.readOnly = result.readOnly;
        m_loginTimer.stop();
        const QString home = VirtualPath::normalize(result.homeDirectory).value_or(QStringLiteral("/"));
        const std::optional<FileInfo> homeInfo = m_fs->stat(home, nullptr);
        m_cwd = homeInfo && homeInfo->isDir() ? home : QStringLiteral("/");
        reply(230, tr("Login successful."));
        log(ServerLogEntry::Level::Info,
            tr("Logged in (%1), serving %2")
                .arg(m_info.readOnly ? tr("read-only") : tr("read-write"), m_fs->description()));
        setAction(QStringLiteral("idle"));
        return;
    }
    ++m_failures;
    log(ServerLogEntry::Level::Warning,
        tr("Login failed for user \"%1\" (%2), attempt %3 of %4")
            .arg(m_info.user, result.reason.isEmpty() ? tr("refused") : result.reason)
            .arg(m_failures)
            .arg(m_options.maxLoginFailures));
    // The 530 comes after a delay; nothing else is read meanwhile (slows down password guessing).
    m_loginDelayTimer.start(qMax(0, m_options.failedLoginDelayMs));
}

void FtpServerSession::cmdQuit(const FtpCommand&)
{
    reply(221, tr("Goodbye."));
    closeConnection();
}

void FtpServerSession::cmdNoop(const FtpCommand&)
{
    reply(200, tr("NOOP ok."));
}

void FtpServerSession::cmdSyst(const FtpCommand&)
{
    reply(215, QStringLiteral("UNIX Type: L8"));
}

void FtpServerSession::cmdFeat(const FtpCommand&)
{
    // RFC 2389: exactly the extensions this server implements.
    const QList<QByteArray> features = {
        "EPRT", "EPSV", "MDTM", "MLST " + ListingFormat::factsFeature(m_mlstFacts), "PASV", "REST STREAM",
        "SIZE", "TVFS", "UTF8",
    };
    replyRaw(FtpProtocol::formatMultiLineReply(211, tr("Features:"), features, tr("End")));
}

void FtpServerSession::cmdOpts(const FtpCommand& c)
{
    const QByteArray argument = c.argument.trimmed();
    const qsizetype space = argument.indexOf(' ');
    const QByteArray option = (space < 0 ? argument : argument.left(space)).toUpper();
    const QByteArray value = space < 0 ? QByteArray() : argument.mid(space + 1).trimmed();
    if (option == "UTF8" || option == "UTF-8") {
        // Names are always UTF-8 (RFC 2640); ON and OFF are both accepted.
        reply(200, tr("Always in UTF8 mode."));
        return;
    }
    if (option == "MLST") {
        static const QSet<QByteArray> known = {"type", "size", "modify", "perm", "unix.mode"};
        QSet<QByteArray> selected;
        QByteArray accepted;
        for (const QByteArray& fact : value.split(';')) {
            const QByteArray name = fact.trimmed().toLower();
            if (known.contains(name) && !selected.contains(name)) {
                selected.insert(name);
                accepted += name + ';';
            }
        }
        m_mlstFacts = selected;
        reply(200, QStringLiteral("MLST OPTS ") + QString::fromLatin1(accepted));
        return;
    }
    reply(501, tr("Option not understood."));
}

void FtpServerSession::cmdHelp(const FtpCommand& c)
{
    if (!isBlank(c.argument)) {
        const QByteArray verb = c.argument.trimmed().toUpper();
        if (commandTable().contains(verb))
            reply(214, tr("%1 is supported.").arg(QString::fromLatin1(verb)));
        else
            reply(502, tr("Unknown command %1.").arg(QString::fromLatin1(verb.left(16))));
        return;
    }
    QList<QByteArray> verbs = commandTable().keys();
    std::sort(verbs.begin(), verbs.end());
    QList<QByteArray> lines;
    QByteArray line;
    for (const QByteArray& verb : std::as_const(verbs)) {
        line += verb.leftJustified(5, ' ');
        if (line.size() > 60) {
            lines.append(line.trimmed());
            line.clear();
        }
    }
    if (!line.isEmpty())
        lines.append(line.trimmed());
    replyRaw(FtpProtocol::formatMultiLineReply(214, tr("The following commands are recognized:"), lines,
                                               tr("Help OK.")));
}

void FtpServerSession::cmdStat(const FtpCommand& c)
{
    if (isBlank(c.argument)) {
        QList<QByteArray> lines;
        lines.append(tr("Connected from %1").arg(m_info.address.toString()).toUtf8());
        lines.append(tr("Logged in as %1 (%2)")
                         .arg(m_info.user, m_info.readOnly ? tr("read-only") : tr("read-write"))
                         .toUtf8());
        lines.append(tr("TYPE: %1, STRUcture: File, MODE: Stream")
                         .arg(m_type == 'I' ? QStringLiteral("BINARY") : QStringLiteral("ASCII"))
                         .toUtf8());
        lines.append(m_data ? tr("Data connection prepared (%1)")
                                  .arg(m_data->isPassive() ? tr("passive") : tr("active"))
                                  .toUtf8()
                            : tr("No data connection").toUtf8());
        replyRaw(FtpProtocol::formatMultiLineReply(211, tr("Ferry FTP server status:"), lines,
                                                   tr("End of status")));
        return;
    }
    const std::optional<QString> path = resolvePath(stripListOptions(c.argument));
    if (!path) {
        reply(553, tr("Invalid path."));
        return;
    }
    FsError error;
    const std::optional<FileInfo> info = m_fs->stat(*path, &error);
    if (!info) {
        replyFsError(550, error);
        return;
    }
    QList<FileInfo> entries;
    if (info->isDir()) {
        const std::optional<QList<FileInfo>> list = m_fs->list(*path, &error);
        if (!list) {
            replyFsError(550, error);
            return;
        }
        entries = *list;
    } else {
        entries.append(*info);
    }
    std::sort(entries.begin(), entries.end(),
              [](const FileInfo& a, const FileInfo& b) { return a.name < b.name; });
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QByteArray> lines;
    for (const FileInfo& entry : std::as_const(entries)) {
        if (lines.size() >= MaxStatLines)
            break;
        if (ListingFormat::isListable(entry))
            lines.append(ListingFormat::unixLine(entry, now));
    }
    replyRaw(
        FtpProtocol::formatMultiLineReply(213, tr("Status of %1:").arg(*path), lines, tr("End of status")));
}

void FtpServerSession::cmdPwd(const FtpCommand&)
{
    reply(257, tr("%1 is the current directory.").arg(FtpProtocol::quotePath(m_cwd)));
}

void FtpServerSession::cmdCwd(const FtpCommand& c)
{
    const std::optional<QString> path = resolvePath(c.argument);
    if (!path) {
        reply(550, tr("Failed to change directory: invalid path."));
        return;
    }
    FsError error;
    const std::optional<FileInfo> info = m_fs->stat(*path, &error);
    if (!info) {
        reply(550, tr("Failed to change directory: %1").arg(error.message));
        return;
    }
    if (!info->isDir()) {
        reply(550, tr("Failed to change directory: %1 is not a folder.").arg(*path));
        return;
    }
    m_cwd = *path;
    reply(250, tr("Directory successfully changed to %1.").arg(FtpProtocol::quotePath(m_cwd)));
}

void FtpServerSession::cmdCdup(const FtpCommand&)
{
    m_cwd = VirtualPath::parent(m_cwd);
    reply(250, tr("Directory successfully changed to %1.").arg(FtpProtocol::quotePath(m_cwd)));
}

void FtpServerSession::cmdType(const FtpCommand& c)
{
    const QByteArray type = c.argument.trimmed().toUpper();
    if (type == "I" || type == "L 8" || type == "L8") {
        m_type = 'I';
        reply(200, tr("Switching to Binary mode."));
    } else if (type == "A" || type == "A N") {
        // Files still move byte for byte (as vsftpd does by default): no line-ending conversion.
        m_type = 'A';
        reply(200, tr("Switching to ASCII mode."));
    } else {
        reply(504, tr("Unsupported TYPE: only A and I."));
    }
}

void FtpServerSession::cmdMode(const FtpCommand& c)
{
    if (c.argument.trimmed().toUpper() == "S")
        reply(200, tr("Mode set to S."));
    else
        reply(504, tr("Only stream mode (S) is supported."));
}

void FtpServerSession::cmdStru(const FtpCommand& c)
{
    if (c.argument.trimmed().toUpper() == "F")
        reply(200, tr("Structure set to F."));
    else
        reply(504, tr("Only file structure (F) is supported."));
}

void FtpServerSession::cmdAllo(const FtpCommand&)
{
    reply(202, tr("ALLO not needed."));
}

void FtpServerSession::cmdRest(const FtpCommand& c)
{
    const QByteArray value = c.argument.trimmed();
    bool ok = value.size() <= 18;
    for (char ch : value)
        ok = ok && ch >= '0' && ch <= '9';
    const qint64 offset = ok ? value.toLongLong(&ok) : -1;
    if (!ok || offset < 0) {
        reply(501, tr("REST needs a byte offset."));
        return;
    }
    m_restOffset = offset;
    reply(350, tr("Restarting at %1. Send STOR or RETR to start the transfer.").arg(offset));
}

// ---------------------------------------------------------------------------------------------------
// File commands without a data connection

void FtpServerSession::cmdSize(const FtpCommand& c)
{
    const std::optional<QString> path = resolvePath(c.argument);
    if (!path) {
        reply(550, tr("Invalid path."));
        return;
    }
    FsError error;
    const std::optional<FileInfo> info = m_fs->stat(*path, &error);
    if (!info) {
        replyFsError(550, error);
        return;
    }
    if (!info->isFile()) {
        reply(550, tr("%1 is not a plain file.").arg(*path));
        return;
    }
    reply(213, QString::number(info->size));
}

void FtpServerSession::cmdMdtm(const FtpCommand& c)
{
    const std::optional<QString> path = resolvePath(c.argument);
    if (!path) {
        reply(550, tr("Invalid path."));
        return;
    }
    FsError error;
    const std::optional<FileInfo> info = m_fs->stat(*path, &error);
    if (!info) {
        replyFsError(550, error);
        return;
    }
    if (!info->modified.isValid()) {
        reply(550, tr("The modification time of %1 is unknown.").arg(*path));
        return;
    }
    reply(213, QString::fromLatin1(ListingFormat::timeVal(info->modified)));
}

void FtpServerSession::cmdDele(const FtpCommand& c)
{
    const std::optional<QString> path = resolvePath(c.argument);
    if (!path) {
        reply(553, tr("Invalid file name."));
        return;
    }
    FsError error;
    if (!m_fs->removeFile(*path, &error)) {
        log(ServerLogEntry::Level::Info, tr("DELE %1 failed: %2").arg(*path, error.message));
        replyFsError(550, error);
        return;
    }
    log(ServerLogEntry::Level::Info, tr("Deleted %1").arg(*path));
    reply(250, tr("File deleted."));
}

void FtpServerSession::cmdMkd(const FtpCommand& c)
{
    const std::optional<QString> path = resolvePath(c.argument);
    if (!path) {
        reply(553, tr("Invalid folder name."));
        return;
    }
    FsError error;
    if (!m_fs->makeDirectory(*path, &error)) {
        log(ServerLogEntry::Level::Info, tr("MKD %1 failed: %2").arg(*path, error.message));
        replyFsError(550, error);
        return;
    }
    log(ServerLogEntry::Level::Info, tr("Created folder %1").arg(*path));
    reply(257, tr("%1 created.").arg(FtpProtocol::quotePath(*path)));
}

void FtpServerSession::cmdRmd(const FtpCommand& c)
{
    const std::optional<QString> path = resolvePath(c.argument);
    if (!path) {
        reply(553, tr("Invalid folder name."));
        return;
    }
    if (VirtualPath::isRoot(*path)) {
        reply(550, tr("The root folder cannot be removed."));
        return;
    }
    FsError error;
    if (!m_fs->removeDirectory(*path, &error)) {
        log(ServerLogEntry::Level::Info, tr("RMD %1 failed: %2").arg(*path, error.message));
        replyFsError(550, error);
        return;
    }
    log(ServerLogEntry::Level::Info, tr("Removed folder %1").arg(*path));
    reply(250, tr("Directory removed."));
}

void FtpServerSession::cmdRnfr(const FtpCommand& c)
{
    m_renameFrom.reset();
    const std::optional<QString> path = resolvePath(c.argument);
    if (!path || VirtualPath::isRoot(*path)) {
        reply(550, tr("Invalid path."));
        return;
    }
    FsError error;
    if (!m_fs->stat(*path, &error)) {
        replyFsError(550, error);
        return;
    }
    m_renameFrom = *path;
    reply(350, tr("Ready for RNTO."));
}

void FtpServerSession::cmdRnto(const FtpCommand& c)
{
    if (!m_renameFrom) {
        reply(503, tr("RNFR required first."));
        return;
    }
    const QString from = *m_renameFrom;
    m_renameFrom.reset();
    const std::optional<QString> to = resolvePath(c.argument);
    if (!to || VirtualPath::isRoot(*to)) {
        reply(553, tr("Invalid file name."));
        return;
    }
    FsError error;
    if (!m_fs->rename(from, *to, true, &error)) {
        log(ServerLogEntry::Level::Info, tr("Rename %1 to %2 failed: %3").arg(from, *to, error.message));
        replyFsError(550, error);
        return;
    }
    log(ServerLogEntry::Level::Info, tr("Renamed %1 to %2").arg(from, *to));
    reply(250, tr("Rename successful."));
}

void FtpServerSession::cmdAbor(const FtpCommand&)
{
    // A transfer in progress is aborted in handleLineDuringTransfer(); here there is none.
    discardDataConnection();
    reply(226, tr("No transfer to abort."));
}

// ---------------------------------------------------------------------------------------------------
// Data connection set-up

bool FtpServerSession::isIpv6Session() const
{
    return plainAddress(m_socket->localAddress()).protocol() == QAbstractSocket::IPv6Protocol;
}

void FtpServerSession::discardDataConnection()
{
    if (m_data) {
        m_data->disconnect(this);
        m_data->abort();
        m_data->deleteLater();
    }
    m_data = nullptr;
}

ServerDataConnection* FtpServerSession::newDataConnection()
{
    discardDataConnection();
    m_data = new ServerDataConnection(m_options.chunkSize, this);
    connect(m_data, &ServerDataConnection::rejectedPeer, this,
            [this](const QHostAddress& address, quint16 port) {
                log(ServerLogEntry::Level::Warning,
                    tr("Refused a data connection from %1 port %2: not the client's address")
                        .arg(address.toString())
                        .arg(port));
            });
    return m_data;
}

bool FtpServerSession::checkActiveTarget(const HostPort& target)
{
    // RFC 2577: data connections only to the client itself (no bounce attacks) and not to privileged ports.
    if (!sameHost(target.address, m_info.address)) {
        log(ServerLogEntry::Level::Warning,
            tr("Refused an active data connection to %1: not the client's address")
                .arg(target.address.toString()));
        reply(501, tr("Data connections go only to the client's own address."));
        return false;
    }
    if (target.port < 1024) {
        log(ServerLogEntry::Level::Warning,
            tr("Refused an active data connection to port %1").arg(target.port));
        reply(504, tr("Data connections to ports below 1024 are refused."));
        return false;
    }
    return true;
}

void FtpServerSession::cmdPort(const FtpCommand& c)
{
    if (m_epsvAll) {
        reply(503, tr("EPSV ALL is in effect: use EPSV."));
        return;
    }
    if (isIpv6Session()) {
        reply(501, tr("PORT is for IPv4: use EPRT."));
        return;
    }
    const std::optional<HostPort> target = DataAddress::parsePortArgument(c.argument);
    if (!target) {
        reply(501, tr("Syntax error in PORT: expected h1,h2,h3,h4,p1,p2."));
        return;
    }
    if (!checkActiveTarget(*target))
        return;
    newDataConnection()->setActiveTarget(plainAddress(m_socket->localAddress()), *target);
    reply(200, tr("PORT command successful."));
}

void FtpServerSession::cmdEprt(const FtpCommand& c)
{
    if (m_epsvAll) {
        reply(503, tr("EPSV ALL is in effect: use EPSV."));
        return;
    }
    const std::optional<HostPort> target = DataAddress::parseEprtArgument(c.argument);
    if (!target) {
        reply(501, tr("Syntax error in EPRT: expected |1|address|port| or |2|address|port|."));
        return;
    }
    const bool targetV6 = plainAddress(target->address).protocol() == QAbstractSocket::IPv6Protocol;
    if (targetV6 != isIpv6Session()) {
        reply(522, isIpv6Session() ? tr("Network protocol not supported, use (2)")
                                   : tr("Network protocol not supported, use (1)"));
        return;
    }
    if (!checkActiveTarget(*target))
        return;
    newDataConnection()->setActiveTarget(plainAddress(m_socket->localAddress()), *target);
    reply(200, tr("EPRT command successful."));
}

void FtpServerSession::cmdPasv(const FtpCommand&)
{
    if (m_epsvAll) {
        reply(503, tr("EPSV ALL is in effect: use EPSV."));
        return;
    }
    if (isIpv6Session()) {
        reply(501, tr("PASV is for IPv4: use EPSV."));
        return;
    }
    const QHostAddress local = plainAddress(m_socket->localAddress());
    QString error;
    const quint16 port = newDataConnection()->listen(local, m_options.passivePortMin,
                                                     m_options.passivePortMax, m_info.address, &error);
    if (port == 0) {
        log(ServerLogEntry::Level::Error, error);
        discardDataConnection();
        reply(425, tr("Cannot open a passive connection."));
        return;
    }
    const QHostAddress announced =
        !m_options.passiveAddress.isNull() &&
                m_options.passiveAddress.protocol() == QAbstractSocket::IPv4Protocol
            ? m_options.passiveAddress
            : local;
    // Exactly "227 Entering Passive Mode (h1,h2,h3,h4,p1,p2)": NetX Duo clients need five commas and no
    // digit between the code and h1.
    reply(227, QStringLiteral("Entering Passive Mode (%1)")
                   .arg(QString::fromLatin1(DataAddress::formatPortArgument(announced, port))));
}

void FtpServerSession::cmdEpsv(const FtpCommand& c)
{
    const QByteArray argument = c.argument.trimmed().toUpper();
    if (argument == "ALL") {
        m_epsvAll = true;
        reply(200, tr("EPSV ALL ok."));
        return;
    }
    if (!argument.isEmpty()) {
        const QByteArray wanted = isIpv6Session() ? "2" : "1";
        if (argument != wanted) {
            reply(522, tr("Network protocol not supported, use (%1)").arg(QString::fromLatin1(wanted)));
            return;
        }
    }
    QString error;
    const quint16 port =
        newDataConnection()->listen(plainAddress(m_socket->localAddress()), m_options.passivePortMin,
                                    m_options.passivePortMax, m_info.address, &error);
    if (port == 0) {
        log(ServerLogEntry::Level::Error, error);
        discardDataConnection();
        reply(425, tr("Cannot open a passive connection."));
        return;
    }
    reply(229, QStringLiteral("Entering Extended Passive Mode (|||%1|)").arg(port));
}

// ---------------------------------------------------------------------------------------------------
// Commands with a data connection

void FtpServerSession::failDataCommand(int code, const QString& text, bool waitForPassiveConnection)
{
    // NetX Duo clients connect (passive) or accept (active) the data connection before they read the
    // reply: open it, answer, then close it, as their own server does. Without a data connection, or
    // with a passive one the client has not opened, just answer.
    if (!m_data || (m_data->isPassive() && !m_data->isConnected() && !waitForPassiveConnection)) {
        reply(code, text);
        discardDataConnection();
        return;
    }
    auto transfer = std::make_unique<Transfer>();
    transfer->kind = TransferKind::ErrorOnly;
    transfer->errorCode = code;
    transfer->errorText = text;
    startTransfer(std::move(transfer));
}

void FtpServerSession::cmdList(const FtpCommand& c)
{
    listing(c, TransferKind::List);
}

void FtpServerSession::cmdNlst(const FtpCommand& c)
{
    listing(c, TransferKind::NameList);
}

void FtpServerSession::cmdMlsd(const FtpCommand& c)
{
    listing(c, TransferKind::MachineList);
}

void FtpServerSession::listing(const FtpCommand& c, TransferKind kind)
{
    if (!m_data) {
        reply(425, tr("Use PORT, EPRT, PASV or EPSV first."));
        return;
    }
    const QByteArray argument = kind == TransferKind::MachineList ? c.argument : stripListOptions(c.argument);
    std::optional<QString> path = resolvePath(argument);
    if (!path) {
        failDataCommand(550, tr("Invalid path."), false);
        return;
    }
    FsError error;
    std::optional<FileInfo> info = m_fs->stat(*path, &error);
    QString pattern;
    if (!info && kind != TransferKind::MachineList && hasWildcard(VirtualPath::fileName(*path))) {
        pattern = VirtualPath::fileName(*path);
        path = VirtualPath::parent(*path);
        info = m_fs->stat(*path, &error);
    }
    if (!info) {
        failDataCommand(550, error.message, false);
        return;
    }
    QList<FileInfo> entries;
    if (info->isDir()) {
        const std::optional<QList<FileInfo>> list = m_fs->list(*path, &error);
        if (!list) {
            failDataCommand(550, error.message, false);
            return;
        }
        entries = *list;
    } else if (kind == TransferKind::MachineList) {
        failDataCommand(501, tr("%1 is not a folder: use MLST.").arg(*path), false);
        return;
    } else {
        entries.append(*info);
    }
    if (!pattern.isEmpty()) {
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern));
        entries.erase(std::remove_if(entries.begin(), entries.end(),
                                     [&re](const FileInfo& e) { return !re.match(e.name).hasMatch(); }),
                      entries.end());
    }
    entries.erase(std::remove_if(entries.begin(), entries.end(),
                                 [](const FileInfo& e) { return !ListingFormat::isListable(e); }),
                  entries.end());
    std::sort(entries.begin(), entries.end(),
              [](const FileInfo& a, const FileInfo& b) { return a.name < b.name; });

    const bool emptyIs550 = m_options.emptyNameList == ServerOptions::EmptyNameList::Always550 ||
                            (m_options.emptyNameList == ServerOptions::EmptyNameList::Auto && !m_rfcClient);
    if (kind == TransferKind::NameList && entries.isEmpty() && emptyIs550) {
        // NetX Duo clients misread an NLST that succeeds with no names: connection, 550, close.
        failDataCommand(550, tr("No files found."), true);
        return;
    }

    QByteArray bytes;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const FileInfo& entry : std::as_const(entries)) {
        switch (kind) {
        case TransferKind::List:
            bytes += ListingFormat::unixLine(entry, now);
            break;
        case TransferKind::NameList:
            bytes += entry.name.toUtf8();
            break;
        default: {
            QByteArray line = ListingFormat::mlsxLine(entry, !m_info.readOnly, m_mlstFacts);
            bytes += line;
            break;
        }
        }
        bytes += "\r\n";
    }
    auto transfer = std::make_unique<Transfer>();
    transfer->kind = kind;
    transfer->command = c.verb;
    transfer->path = *path;
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    transfer->size = bytes.size();
    transfer->device = std::move(buffer);
    startTransfer(std::move(transfer));
}

void FtpServerSession::cmdMlst(const FtpCommand& c)
{
    const std::optional<QString> path = resolvePath(c.argument);
    if (!path) {
        reply(550, tr("Invalid path."));
        return;
    }
    FsError error;
    std::optional<FileInfo> info = m_fs->stat(*path, &error);
    if (!info) {
        replyFsError(550, error);
        return;
    }
    info->name = *path; // MLST names the entry by its path
    QByteArray line = ListingFormat::mlsxLine(*info, !m_info.readOnly, m_mlstFacts);
    replyRaw(FtpProtocol::formatMultiLineReply(250, tr("Listing %1").arg(*path), {line}, tr("End")));
}

void FtpServerSession::cmdRetr(const FtpCommand& c)
{
    const qint64 offset = m_restOffset;
    m_restOffset = 0;
    if (!m_data) {
        reply(425, tr("Use PORT, EPRT, PASV or EPSV first."));
        return;
    }
    const std::optional<QString> path = resolvePath(c.argument);
    if (!path) {
        failDataCommand(550, tr("Invalid path."), false);
        return;
    }
    FsError error;
    const std::optional<FileInfo> info = m_fs->stat(*path, &error);
    if (!info) {
        failDataCommand(550, error.message, false);
        return;
    }
    if (!info->isFile()) {
        failDataCommand(550, tr("%1 is not a plain file.").arg(*path), false);
        return;
    }
    if (offset > info->size) {
        failDataCommand(554,
                        tr("Restart offset %1 is beyond the end of %2 (%3 bytes).")
                            .arg(offset)
                            .arg(*path)
                            .arg(info->size),
                        false);
        return;
    }
    std::unique_ptr<QIODevice> device = m_fs->openRead(*path, offset, &error);
    if (!device) {
        failDataCommand(550, error.message, false);
        return;
    }
    auto transfer = std::make_unique<Transfer>();
    transfer->kind = TransferKind::Retrieve;
    transfer->command = c.verb;
    transfer->path = *path;
    transfer->offset = offset;
    transfer->size = info->size - offset;
    transfer->device = std::move(device);
    startTransfer(std::move(transfer));
}

void FtpServerSession::cmdStor(const FtpCommand& c)
{
    upload(c, TransferKind::Store);
}

void FtpServerSession::cmdAppe(const FtpCommand& c)
{
    upload(c, TransferKind::Append);
}

void FtpServerSession::cmdStou(const FtpCommand& c)
{
    upload(c, TransferKind::StoreUnique);
}

void FtpServerSession::upload(const FtpCommand& c, TransferKind kind)
{
    const qint64 offset = m_restOffset;
    m_restOffset = 0;
    if (!m_data) {
        reply(425, tr("Use PORT, EPRT, PASV or EPSV first."));
        return;
    }
    FsError error;
    std::optional<QString> path;
    QString uniqueName;
    if (kind == TransferKind::StoreUnique) {
        // RFC 1123: a name of the server's choosing; an argument, if any, is the wished-for base name.
        const QString base =
            isBlank(c.argument) ? QStringLiteral("file") : VirtualPath::fileName(decodeArgument(c.argument));
        if (!VirtualPath::isValidName(base)) {
            failDataCommand(553, tr("Invalid file name."), false);
            return;
        }
        for (int i = 0; i < 1000 && !path; ++i) {
            const QString name = i == 0 ? base : base + QLatin1Char('.') + QString::number(i);
            const QString candidate = VirtualPath::join(m_cwd, name);
            if (!m_fs->stat(candidate, nullptr)) {
                path = candidate;
                uniqueName = name;
            }
        }
        if (!path) {
            failDataCommand(553, tr("Could not find a unique file name."), false);
            return;
        }
    } else {
        path = resolvePath(c.argument);
        if (!path || VirtualPath::isRoot(*path)) {
            failDataCommand(553, tr("Invalid file name."), false);
            return;
        }
    }
    const std::optional<FileInfo> existing = m_fs->stat(*path, nullptr);
    if (existing && existing->isDir()) {
        failDataCommand(550, tr("%1 is a folder.").arg(*path), false);
        return;
    }
    if (existing && !existing->writable) {
        failDataCommand(550, tr("Permission denied: %1").arg(*path), false);
        return;
    }

    auto transfer = std::make_unique<Transfer>();
    transfer->kind = kind;
    transfer->command = c.verb;
    transfer->path = *path;
    transfer->uniqueName = uniqueName;
    transfer->offset = kind == TransferKind::Append ? 0 : offset;
    if (kind == TransferKind::Append || (kind == TransferKind::Store && offset > 0)) {
        // Written in place, as the user chose (APPE, REST + STOR): a broken transfer leaves what arrived.
        if (kind == TransferKind::Store && (!existing || offset > existing->size)) {
            failDataCommand(554, tr("Restart offset %1 is beyond the end of %2.").arg(offset).arg(*path),
                            false);
            return;
        }
        transfer->device = m_fs->openWrite(*path,
                                           kind == TransferKind::Append ? FileSystem::WriteMode::Append
                                                                        : FileSystem::WriteMode::AtOffset,
                                           offset, &error);
    } else {
        // STOR and STOU: into a temporary name in the same folder, renamed over the final name only when
        // the whole file arrived. An aborted upload never leaves a partial file under the final name.
        const QString folder = VirtualPath::parent(*path);
        const QString suffix = QString::number(QRandomGenerator::global()->generate64(), 16);
        transfer->tempPath = VirtualPath::join(folder, QStringLiteral(".ferry-upload-") + suffix);
        transfer->replaceOnCommit = kind == TransferKind::Store;
        transfer->device = m_fs->openWrite(transfer->tempPath, FileSystem::WriteMode::Truncate, 0, &error);
        if (!transfer->device)
            transfer->tempPath.clear();
    }
    if (!transfer->device) {
        log(ServerLogEntry::Level::Info,
            tr("%1 %2 refused: %3").arg(QString::fromLatin1(c.verb), *path, error.message));
        int code = 550;
        if (error.code == FsError::Code::NoSpace)
            code = 452;
        else if (error.code == FsError::Code::InvalidName)
            code = 553;
        failDataCommand(code, error.message, false);
        return;
    }
    startTransfer(std::move(transfer));
}

void FtpServerSession::startTransfer(std::unique_ptr<Transfer> transfer)
{
    m_transfer = std::move(transfer);
    m_transfer->timer.start();
    ServerDataConnection* data = m_data;
    connect(data, &ServerDataConnection::connected, this, &FtpServerSession::onDataConnected);
    connect(data, &ServerDataConnection::connectFailed, this, &FtpServerSession::onDataConnectFailed);
    connect(data, &ServerDataConnection::progress, this, &FtpServerSession::onDataProgress);
    connect(data, &ServerDataConnection::finished, this, &FtpServerSession::onDataFinished);
    connect(data, &ServerDataConnection::failed, this, &FtpServerSession::onDataFailed);
    if (m_transfer->kind != TransferKind::ErrorOnly) {
        m_info.transferBytes = 0;
        setAction(QString::fromLatin1(m_transfer->command) + QLatin1Char(' ') + m_transfer->path);
        ServerTransferInfo info;
        info.sessionId = m_info.id;
        info.who = m_info.who();
        info.path = m_transfer->path;
        info.command = QString::fromLatin1(m_transfer->command);
        info.direction = m_transfer->isUpload()    ? ServerTransferDirection::Upload
                         : m_transfer->isListing() ? ServerTransferDirection::Listing
                                                   : ServerTransferDirection::Download;
        info.offset = m_transfer->offset;
        Q_EMIT transferStarted(info);
    }
    data->open(m_options.dataConnectTimeoutMs);
}

void FtpServerSession::onDataConnected()
{
    if (!m_transfer || !m_data)
        return;
    Transfer& t = *m_transfer;
    if (t.kind == TransferKind::ErrorOnly) {
        const std::unique_ptr<Transfer> done = std::move(m_transfer);
        m_data->disconnect(this);
        reply(done->errorCode, done->errorText);
        m_data->close();
        discardDataConnection();
        QMetaObject::invokeMethod(this, &FtpServerSession::processInput, Qt::QueuedConnection);
        return;
    }
    const QString mode = m_type == 'I' ? tr("BINARY") : tr("ASCII");
    if (t.kind == TransferKind::StoreUnique)
        reply(150, QStringLiteral("FILE: %1").arg(t.uniqueName));
    else if (t.isUpload())
        reply(150, tr("Ok to send data."));
    else if (t.isListing())
        reply(150, tr("Here comes the directory listing."));
    else
        reply(150, tr("Opening %1 mode data connection for %2 (%3 bytes).").arg(mode, t.path).arg(t.size));
    if (t.isUpload())
        m_data->receiveInto(t.device.get(), m_options.dataIdleTimeoutMs);
    else
        m_data->sendFrom(t.device.get(), m_options.dataIdleTimeoutMs);
}

void FtpServerSession::onDataConnectFailed(const QString& reason)
{
    if (!m_transfer)
        return;
    if (m_transfer->kind == TransferKind::ErrorOnly) {
        const int code = m_transfer->errorCode;
        const QString text = m_transfer->errorText;
        m_transfer.reset();
        reply(code, text);
        discardDataConnection();
        QMetaObject::invokeMethod(this, &FtpServerSession::processInput, Qt::QueuedConnection);
        return;
    }
    discardUpload();
    endTransfer(false, 425, tr("Cannot open the data connection: %1").arg(reason));
}

void FtpServerSession::onDataProgress(qint64 bytes)
{
    if (m_options.idleTimeoutMs > 0)
        m_idleTimer.start(m_options.idleTimeoutMs);
    m_info.transferBytes = bytes;
    emitState(false);
}

void FtpServerSession::onDataFinished()
{
    if (!m_transfer)
        return;
    Transfer& t = *m_transfer;
    t.dataDone = true;
    if (!t.isUpload()) {
        endTransfer(true, 226, t.isListing() ? tr("Directory send OK.") : tr("Transfer complete."));
        return;
    }
    t.device->close();
    if (const auto* file = qobject_cast<const QFileDevice*>(t.device.get());
        file && file->error() != QFileDevice::NoError) {
        const bool full = FileSystem::writeErrorCode(*file) == FsError::Code::NoSpace;
        const QString reason = file->errorString();
        discardUpload();
        endTransfer(false, full ? 452 : 451,
                    full ? tr("Insufficient storage space: %1").arg(reason)
                         : tr("Writing the file failed: %1").arg(reason));
        return;
    }
    if (t.tempPath.isEmpty()) {
        endTransfer(true, 226, tr("Transfer complete."));
        return;
    }
    // Decide after the events already waiting are handled: a client that died sends FIN on both
    // connections, and its control FIN must not go unseen.
    QTimer::singleShot(0, this, &FtpServerSession::commitUpload);
}

bool FtpServerSession::controlPeerGone() const
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return true;
#ifdef Q_OS_UNIX
    char byte = 0;
    const auto n = ::recv(int(m_socket->socketDescriptor()), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    if (n == 0)
        return true; // the client closed its side of the control connection
    if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
        return true;
#endif
    return false;
}

void FtpServerSession::commitUpload()
{
    if (m_ended || !m_transfer || !m_transfer->dataDone || m_transfer->tempPath.isEmpty())
        return;
    Transfer& t = *m_transfer;
    if (controlPeerGone()) {
        discardUpload();
        endTransfer(false, 426,
                    tr("The client closed the control connection before the upload was confirmed: "
                       "the upload was discarded."));
        if (!m_ended)
            m_socket->abort(); // onDisconnected() ends the session
        return;
    }
    FsError error;
    if (!m_fs->rename(t.tempPath, t.path, t.replaceOnCommit, &error)) {
        discardUpload();
        endTransfer(false, error.code == FsError::Code::AlreadyExists ? 553 : 451,
                    tr("Could not store %1: %2").arg(t.path, error.message));
        return;
    }
    t.tempPath.clear();
    if (t.kind == TransferKind::StoreUnique)
        endTransfer(true, 226, tr("Transfer complete (unique file name: %1).").arg(t.uniqueName));
    else
        endTransfer(true, 226, tr("Transfer complete."));
}

void FtpServerSession::onDataFailed(ServerDataConnection::Failure failure, const QString& reason)
{
    if (!m_transfer)
        return;
    int code = 426;
    QString text;
    switch (failure) {
    case ServerDataConnection::Failure::ConnectionLost:
    case ServerDataConnection::Failure::Stalled:
        text = tr("Connection closed; transfer aborted: %1").arg(reason);
        break;
    case ServerDataConnection::Failure::ReadError:
        code = 451;
        text = tr("Local error: %1").arg(reason);
        break;
    case ServerDataConnection::Failure::WriteError:
        if (m_transfer->device && FileSystem::writeErrorCode(*m_transfer->device) == FsError::Code::NoSpace) {
            code = 452;
            text = tr("Insufficient storage space: %1").arg(reason);
        } else {
            code = 451;
            text = tr("Local error: %1").arg(reason);
        }
        break;
    }
    discardUpload();
    endTransfer(false, code, text);
}

void FtpServerSession::discardUpload()
{
    if (!m_transfer || m_transfer->tempPath.isEmpty())
        return;
    m_transfer->device.reset(); // closed before removal
    FsError error;
    if (m_fs && !m_fs->removeFile(m_transfer->tempPath, &error) && error.code != FsError::Code::NotFound)
        log(ServerLogEntry::Level::Error,
            tr("Could not remove the partial upload %1: %2").arg(m_transfer->tempPath, error.message));
    m_transfer->tempPath.clear();
}

void FtpServerSession::abortTransfer(const QString& reason)
{
    if (!m_transfer)
        return;
    if (m_data)
        m_data->abort();
    if (m_transfer->kind == TransferKind::ErrorOnly) {
        const std::unique_ptr<Transfer> done = std::move(m_transfer);
        reply(done->errorCode, done->errorText);
        discardDataConnection();
        if (!m_ended)
            QMetaObject::invokeMethod(this, &FtpServerSession::processInput, Qt::QueuedConnection);
        return;
    }
    discardUpload();
    endTransfer(false, 426, tr("Transfer aborted: %1.").arg(reason));
}

void FtpServerSession::endTransfer(bool succeeded, int code, const QString& text)
{
    std::unique_ptr<Transfer> t = std::move(m_transfer);
    reply(code, text);
    ServerTransferInfo info;
    info.sessionId = m_info.id;
    info.who = m_info.who();
    info.path = t->path;
    info.command = QString::fromLatin1(t->command);
    info.direction = t->isUpload()    ? ServerTransferDirection::Upload
                     : t->isListing() ? ServerTransferDirection::Listing
                                      : ServerTransferDirection::Download;
    info.offset = t->offset;
    info.bytes = m_data ? m_data->bytesTransferred() : 0;
    info.elapsedMs = t->timer.elapsed();
    info.finished = true;
    info.succeeded = succeeded;
    info.result = QString::number(code) + QLatin1Char(' ') + text;
    if (info.direction == ServerTransferDirection::Upload)
        m_info.bytesUploaded += info.bytes;
    else if (info.direction == ServerTransferDirection::Download)
        m_info.bytesDownloaded += info.bytes;
    t->device.reset();
    discardDataConnection();

    const double mbPerSecond =
        info.elapsedMs > 0 ? double(info.bytes) / 1e6 / (double(info.elapsedMs) / 1000.0) : 0.0;
    log(succeeded ? ServerLogEntry::Level::Info : ServerLogEntry::Level::Warning,
        tr("%1 %2: %3 bytes in %4 s (%5 MB/s): %6")
            .arg(info.command, info.path)
            .arg(info.bytes)
            .arg(seconds(info.elapsedMs))
            .arg(mbPerSecond, 0, 'f', 1)
            .arg(info.result));
    Q_EMIT transferFinished(info);

    m_info.transferBytes = 0;
    setAction(QStringLiteral("idle"));
    if (m_quitAfterTransfer && !m_ended) {
        reply(221, tr("Goodbye."));
        closeConnection();
        return;
    }
    if (!m_ended)
        QMetaObject::invokeMethod(this, &FtpServerSession::processInput, Qt::QueuedConnection);
}

} // namespace Ferry
