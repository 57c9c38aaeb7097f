#include "server/transfercommands.h"

#include "server/controlconnection.h"
#include "server/dataconnectionsetup.h"
#include "server/directorylisting.h"
#include "server/ftpcommand.h"
#include "server/sessioncontext.h"
#include "server/uploadcommit.h"
#include "server/virtualpath.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFileDevice>
#include <QTimer>

namespace Ferry {

namespace {

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 2);
}

} // namespace

struct TransferCommands::Transfer
{
    Kind kind = Kind::Retrieve;
    QByteArray command;
    QString path;                         // the file or folder, virtual
    QString uniqueName;                   // STOU
    std::unique_ptr<UploadCommit> commit; // STOR and STOU: the temporary file and its rename
    std::unique_ptr<QIODevice> device;
    qint64 size = -1;
    qint64 offset = 0;
    int errorCode = 0; // ErrorOnly: the reply sent once the data connection is open
    QString errorText;
    bool dataDone = false;
    bool committing = false; // the data is complete and the file is being put in place
    QElapsedTimer timer;

    bool isUpload() const { return kind == Kind::Store || kind == Kind::Append || kind == Kind::StoreUnique; }
    bool isListing() const
    {
        return kind == Kind::List || kind == Kind::NameList || kind == Kind::MachineList;
    }
};

TransferCommands::TransferCommands(SessionContext& context, DataConnectionSetup& data, QObject* parent)
    : QObject(parent), m_context(context), m_data(data)
{}

TransferCommands::~TransferCommands() = default;

ServerText TransferCommands::text(const char* source, std::initializer_list<ServerText> args)
{
    return ServerText::translate(staticMetaObject.className(), source, args);
}

bool TransferCommands::isCommitting() const
{
    return m_transfer && m_transfer->committing;
}

qint64 TransferCommands::bytesTransferred() const
{
    const ServerDataConnection* data = m_data.current();
    return data ? data->bytesTransferred() : 0;
}

// ---------------------------------------------------------------------------------------------------
// Commands

void TransferCommands::list(const FtpCommand& c)
{
    listing(c, Kind::List);
}

void TransferCommands::nlst(const FtpCommand& c)
{
    listing(c, Kind::NameList);
}

void TransferCommands::mlsd(const FtpCommand& c)
{
    listing(c, Kind::MachineList);
}

bool TransferCommands::refusedClearData()
{
    if (m_context.options().tlsPolicy != ServerOptions::TlsPolicy::Required ||
        m_context.state().protection == SessionState::DataProtection::Private)
        return false;
    m_data.discard();
    m_context.reply(522, QStringLiteral("Data connections must be encrypted: use PROT P."));
    return true;
}

void TransferCommands::listing(const FtpCommand& c, Kind kind)
{
    if (refusedClearData())
        return;
    if (!m_data.current()) {
        m_context.reply(425, QStringLiteral("Use PORT, EPRT, PASV or EPSV first."));
        return;
    }
    const QByteArray argument =
        kind == Kind::MachineList ? c.argument : DirectoryListing::stripOptions(c.argument);
    const std::optional<QString> path = m_context.resolvePath(argument);
    if (!path) {
        refuse(550, QStringLiteral("Invalid path."), DataConnectionFirst::WhenReady);
        return;
    }
    const DirectoryListing listing(m_context.fs(), *path,
                                   kind == Kind::MachineList ? DirectoryListing::Wildcards::Literal
                                                             : DirectoryListing::Wildcards::Allowed);
    if (!listing.isValid()) {
        refuse(550, listing.error().message, DataConnectionFirst::WhenReady);
        return;
    }
    if (kind == Kind::MachineList && !listing.isDirectory()) {
        refuse(501, QStringLiteral("%1 is not a folder: use MLST.").arg(listing.path()),
               DataConnectionFirst::WhenReady);
        return;
    }

    const ServerOptions& options = m_context.options();
    const SessionState& state = m_context.state();
    const bool emptyIs550 =
        options.emptyNameList == ServerOptions::EmptyNameList::Always550 ||
        (options.emptyNameList == ServerOptions::EmptyNameList::Auto && !state.speaksRfc959);
    if (kind == Kind::NameList && listing.entries().isEmpty() && emptyIs550) {
        // NetX Duo clients misread an NLST that succeeds with no names: connection, 550, close.
        refuse(550, QStringLiteral("No files found."), DataConnectionFirst::Always);
        return;
    }

    const DirectoryListing::Format format = kind == Kind::List       ? DirectoryListing::Format::Unix
                                            : kind == Kind::NameList ? DirectoryListing::Format::Names
                                                                     : DirectoryListing::Format::Facts;
    const QByteArray bytes =
        listing.data(format, !state.info.readOnly, state.mlstFacts, QDateTime::currentDateTimeUtc());
    auto transfer = std::make_unique<Transfer>();
    transfer->kind = kind;
    transfer->command = c.verb;
    transfer->path = listing.path();
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    transfer->size = bytes.size();
    transfer->device = std::move(buffer);
    start(std::move(transfer));
}

void TransferCommands::retr(const FtpCommand& c)
{
    const qint64 offset = m_context.state().restOffset;
    m_context.state().restOffset = 0;
    if (refusedClearData())
        return;
    if (!m_data.current()) {
        m_context.reply(425, QStringLiteral("Use PORT, EPRT, PASV or EPSV first."));
        return;
    }
    const std::optional<QString> path = m_context.resolvePath(c.argument);
    if (!path) {
        refuse(550, QStringLiteral("Invalid path."), DataConnectionFirst::WhenReady);
        return;
    }
    FileSystem& fs = m_context.fs();
    FsError error;
    const std::optional<FileInfo> info = fs.stat(*path, &error);
    if (!info) {
        refuse(550, error.message, DataConnectionFirst::WhenReady);
        return;
    }
    if (!info->isFile()) {
        refuse(550, QStringLiteral("%1 is not a plain file.").arg(*path), DataConnectionFirst::WhenReady);
        return;
    }
    if (offset > info->size) {
        refuse(554,
               QStringLiteral("Restart offset %1 is beyond the end of %2 (%3 bytes).")
                   .arg(offset)
                   .arg(*path)
                   .arg(info->size),
               DataConnectionFirst::WhenReady);
        return;
    }
    std::unique_ptr<QIODevice> device = fs.openRead(*path, offset, &error);
    if (!device) {
        refuse(550, error.message, DataConnectionFirst::WhenReady);
        return;
    }
    auto transfer = std::make_unique<Transfer>();
    transfer->kind = Kind::Retrieve;
    transfer->command = c.verb;
    transfer->path = *path;
    transfer->offset = offset;
    transfer->size = info->size - offset;
    transfer->device = std::move(device);
    start(std::move(transfer));
}

void TransferCommands::stor(const FtpCommand& c)
{
    upload(c, Kind::Store);
}

void TransferCommands::appe(const FtpCommand& c)
{
    upload(c, Kind::Append);
}

void TransferCommands::stou(const FtpCommand& c)
{
    upload(c, Kind::StoreUnique);
}

void TransferCommands::upload(const FtpCommand& c, Kind kind)
{
    const qint64 offset = m_context.state().restOffset;
    m_context.state().restOffset = 0;
    if (refusedClearData())
        return;
    if (!m_data.current()) {
        m_context.reply(425, QStringLiteral("Use PORT, EPRT, PASV or EPSV first."));
        return;
    }
    FileSystem& fs = m_context.fs();
    FsError error;
    std::optional<QString> path;
    QString uniqueName;
    if (kind == Kind::StoreUnique) {
        // RFC 1123: a name of the server's choosing; an argument, if any, is the wished-for base name.
        const QString base = SessionContext::isBlank(c.argument)
                                 ? QStringLiteral("file")
                                 : VirtualPath::fileName(SessionContext::decodeArgument(c.argument));
        if (!VirtualPath::isValidName(base)) {
            refuse(553, QStringLiteral("Invalid file name."), DataConnectionFirst::WhenReady);
            return;
        }
        for (int i = 0; i < 1000 && !path; ++i) {
            const QString name = i == 0 ? base : base + QLatin1Char('.') + QString::number(i);
            const QString candidate = VirtualPath::join(m_context.state().cwd, name);
            if (!fs.stat(candidate, nullptr)) {
                path = candidate;
                uniqueName = name;
            }
        }
        if (!path) {
            refuse(553, QStringLiteral("Could not find a unique file name."), DataConnectionFirst::WhenReady);
            return;
        }
    } else {
        path = m_context.resolvePath(c.argument);
        if (!path || VirtualPath::isRoot(*path)) {
            refuse(553, QStringLiteral("Invalid file name."), DataConnectionFirst::WhenReady);
            return;
        }
    }
    const std::optional<FileInfo> existing = fs.stat(*path, nullptr);
    if (existing && existing->isDir()) {
        refuse(550, QStringLiteral("%1 is a folder.").arg(*path), DataConnectionFirst::WhenReady);
        return;
    }
    if (existing && !existing->writable) {
        refuse(550, QStringLiteral("Permission denied: %1").arg(*path), DataConnectionFirst::WhenReady);
        return;
    }

    auto transfer = std::make_unique<Transfer>();
    transfer->kind = kind;
    transfer->command = c.verb;
    transfer->path = *path;
    transfer->uniqueName = uniqueName;
    transfer->offset = kind == Kind::Append ? 0 : offset;
    if (kind == Kind::Append || (kind == Kind::Store && offset > 0)) {
        // Written in place, as the user chose (APPE, REST + STOR): a broken transfer leaves what arrived.
        if (kind == Kind::Store && (!existing || offset > existing->size)) {
            refuse(554, QStringLiteral("Restart offset %1 is beyond the end of %2.").arg(offset).arg(*path),
                   DataConnectionFirst::WhenReady);
            return;
        }
        transfer->device = fs.openWrite(
            *path, kind == Kind::Append ? FileSystem::WriteMode::Append : FileSystem::WriteMode::AtOffset,
            offset, &error);
    } else {
        // STOR and STOU: into a temporary name, renamed over the final name only when complete.
        transfer->commit = std::make_unique<UploadCommit>(
            m_context.state().fs, *path,
            kind == Kind::Store ? UploadCommit::Existing::Replace : UploadCommit::Existing::Keep);
        transfer->device = transfer->commit->open(&error);
    }
    if (!transfer->device) {
        m_context.log(ServerLogEntry::Level::Info,
                      tr("%1 %2 refused: %3").arg(QString::fromLatin1(c.verb), *path, error.logText()));
        int code = 550;
        if (error.code == FsError::Code::NoSpace)
            code = 452;
        else if (error.code == FsError::Code::InvalidName)
            code = 553;
        refuse(code, error.message, DataConnectionFirst::WhenReady);
        return;
    }
    start(std::move(transfer));
}

void TransferCommands::refuse(int code, const QString& text, DataConnectionFirst when)
{
    // Without a data connection, or with a passive one the client has not opened, just answer.
    const ServerDataConnection* data = m_data.current();
    if (!data || (data->isPassive() && !data->isConnected() && when == DataConnectionFirst::WhenReady)) {
        m_context.reply(code, text);
        m_data.discard();
        return;
    }
    auto transfer = std::make_unique<Transfer>();
    transfer->kind = Kind::ErrorOnly;
    transfer->errorCode = code;
    transfer->errorText = text;
    start(std::move(transfer));
}

// ---------------------------------------------------------------------------------------------------
// The transfer

ServerTransferInfo TransferCommands::describe(const Transfer& t) const
{
    ServerTransferInfo info;
    info.sessionId = m_context.info().id;
    info.who = m_context.info().who();
    info.path = t.path;
    info.command = QString::fromLatin1(t.command);
    info.direction = t.isUpload()    ? ServerTransferDirection::Upload
                     : t.isListing() ? ServerTransferDirection::Listing
                                     : ServerTransferDirection::Download;
    info.offset = t.offset;
    return info;
}

void TransferCommands::start(std::unique_ptr<Transfer> transfer)
{
    m_transfer = std::move(transfer);
    m_transfer->timer.start();
    ServerDataConnection* data = m_data.current();
    connect(data, &ServerDataConnection::connected, this, &TransferCommands::onConnected);
    connect(data, &ServerDataConnection::connectFailed, this, &TransferCommands::onConnectFailed);
    connect(data, &ServerDataConnection::progress, this, &TransferCommands::onProgress);
    connect(data, &ServerDataConnection::finished, this, &TransferCommands::onFinished);
    connect(data, &ServerDataConnection::failed, this, &TransferCommands::onFailed);
    connect(data, &ServerDataConnection::secured, this, [this](const QString& description, bool resumed) {
        if (m_context.options().logProtocol)
            m_context.log(ServerLogEntry::Level::Debug,
                          resumed ? tr("Data connection: %1, TLS session resumed").arg(description)
                                  : tr("Data connection: %1, new TLS session").arg(description));
    });
    if (m_transfer->kind != Kind::ErrorOnly) {
        m_context.info().transferBytes = 0;
        m_context.setAction(QString::fromLatin1(m_transfer->command) + QLatin1Char(' ') + m_transfer->path);
        Q_EMIT transferStarted(describe(*m_transfer));
    }
    data->open(m_context.options().dataConnectTimeoutMs);
}

// A failure that waited for the data connection: answered now, the data connection closed.
void TransferCommands::finishErrorOnly()
{
    const std::unique_ptr<Transfer> done = std::move(m_transfer);
    ServerDataConnection* data = m_data.current();
    data->disconnect(this);
    m_context.reply(done->errorCode, done->errorText);
    data->close();
    m_data.discard();
    Q_EMIT over();
}

void TransferCommands::onConnected()
{
    ServerDataConnection* data = m_data.current();
    if (!m_transfer || !data)
        return;
    Transfer& t = *m_transfer;
    if (t.kind == Kind::ErrorOnly) {
        finishErrorOnly();
        return;
    }
    const QString mode = m_context.state().type == 'I' ? QStringLiteral("BINARY") : QStringLiteral("ASCII");
    if (t.kind == Kind::StoreUnique)
        m_context.reply(150, QStringLiteral("FILE: %1").arg(t.uniqueName));
    else if (t.isUpload())
        m_context.reply(150, QStringLiteral("Ok to send data."));
    else if (t.isListing())
        m_context.reply(150, QStringLiteral("Here comes the directory listing."));
    else
        m_context.reply(150, QStringLiteral("Opening %1 mode data connection for %2 (%3 bytes).")
                                 .arg(mode, t.path)
                                 .arg(t.size));
    if (!m_transfer || m_data.current() != data)
        return; // reply() found the client gone and ended the session, and the transfer with it
    const int idleTimeoutMs = m_context.options().dataIdleTimeoutMs;
    data->setTls(m_context.dataTls()); // PROT P: TLS from here on (the client starts it after the 150)
    if (t.isUpload())
        data->receiveInto(t.device.get(), idleTimeoutMs);
    else
        data->sendFrom(t.device.get(), idleTimeoutMs);
}

void TransferCommands::onConnectFailed(const QString& reason)
{
    if (!m_transfer)
        return;
    if (m_transfer->kind == Kind::ErrorOnly) {
        const std::unique_ptr<Transfer> done = std::move(m_transfer);
        m_context.reply(done->errorCode, done->errorText);
        m_data.discard();
        Q_EMIT over();
        return;
    }
    discardUpload();
    end(false, 425, text(QT_TR_NOOP("Cannot open the data connection.")), reason);
}

void TransferCommands::onProgress(qint64 bytes)
{
    m_context.control().restartIdleTimeout();
    m_context.info().transferBytes = bytes;
    m_context.emitState(false);
}

void TransferCommands::onFinished()
{
    if (!m_transfer)
        return;
    Transfer& t = *m_transfer;
    t.dataDone = true;
    if (!t.isUpload()) {
        end(true, 226,
            t.isListing() ? text(QT_TR_NOOP("Directory send OK.")) : text(QT_TR_NOOP("Transfer complete.")));
        return;
    }
    t.device->close();
    if (const auto* file = qobject_cast<const QFileDevice*>(t.device.get());
        file && file->error() != QFileDevice::NoError) {
        const bool full = FileSystem::writeErrorCode(*file) == FsError::Code::NoSpace;
        const ServerText reason = ServerText::fileError(file->error(), file->errorString());
        discardUpload();
        end(false, full ? 452 : 451,
            full ? text(QT_TR_NOOP("Insufficient storage space: %1"), {reason})
                 : text(QT_TR_NOOP("Writing the file failed: %1"), {reason}));
        return;
    }
    if (!t.commit) {
        end(true, 226, text(QT_TR_NOOP("Transfer complete.")));
        return;
    }
    // Decide after the events already waiting are handled: a client that died sends FIN on both
    // connections, and its control FIN must not go unseen.
    QTimer::singleShot(0, this, &TransferCommands::commitUpload);
}

void TransferCommands::commitUpload()
{
    if (!m_transfer || !m_transfer->dataDone || !m_transfer->commit || !m_transfer->commit->isPending())
        return;
    Transfer& t = *m_transfer;
    if (m_context.control().peerGone()) {
        discardUpload();
        end(false, 426,
            text(QT_TR_NOOP("The client closed the control connection before the upload was confirmed: "
                            "the upload was discarded.")));
        m_context.control().abort(); // the session ends when the connection is closed
        return;
    }
    // In the background: a rename over a big file takes long (the kernel writes the new file back and
    // frees the old one's blocks inside the call). Other sessions are served meanwhile; this one reads
    // its next command (ABOR included: the upload is complete) once the file is in place.
    t.committing = true;
    m_context.whenFinished(t.commit->commit(), SessionContext::Input::Held,
                           [this](const FsOutcome& outcome) { onCommitted(outcome); });
}

void TransferCommands::onCommitted(const FsOutcome& outcome)
{
    if (!m_transfer)
        return;
    const Transfer& t = *m_transfer;
    if (!outcome.ok)
        end(false, outcome.error.code == FsError::Code::AlreadyExists ? 553 : 451,
            text(QT_TR_NOOP("Could not store %1: %2"), {t.path, outcome.error.text()}));
    else if (t.kind == Kind::StoreUnique)
        end(true, 226, text(QT_TR_NOOP("Transfer complete (unique file name: %1)."), {t.uniqueName}));
    else
        end(true, 226, text(QT_TR_NOOP("Transfer complete.")));
}

void TransferCommands::onFailed(ServerDataConnection::Failure failure, const QString& reason)
{
    if (!m_transfer)
        return;
    // The reason (in the user's language) goes to the log; the client is told the kind of failure.
    int code = 426;
    ServerText reply;
    switch (failure) {
    case ServerDataConnection::Failure::ConnectionLost:
    case ServerDataConnection::Failure::Stalled:
        reply = text(QT_TR_NOOP("Connection closed; transfer aborted."));
        break;
    case ServerDataConnection::Failure::Tls:
        // vsftpd's answers, which clients know.
        code = 522;
        reply = text(QT_TR_NOOP("SSL connection failed."));
        break;
    case ServerDataConnection::Failure::TlsNotResumed:
        code = 522;
        reply = text(QT_TR_NOOP("SSL connection failed: session reuse required."));
        break;
    case ServerDataConnection::Failure::ReadError:
        code = 451;
        reply = text(QT_TR_NOOP("Local error: reading the file failed."));
        break;
    case ServerDataConnection::Failure::WriteError:
        if (m_transfer->device && FileSystem::writeErrorCode(*m_transfer->device) == FsError::Code::NoSpace) {
            code = 452;
            reply = text(QT_TR_NOOP("Insufficient storage space."));
        } else {
            code = 451;
            reply = text(QT_TR_NOOP("Local error: writing the file failed."));
        }
        break;
    }
    discardUpload();
    end(false, code, reply, reason);
}

void TransferCommands::discardUpload()
{
    if (!m_transfer || !m_transfer->commit || !m_transfer->commit->isPending())
        return;
    m_transfer->device.reset(); // closed before removal
    const QString temporary = m_transfer->commit->temporaryPath();
    // In the background, like every removal of a possibly big file; nobody waits for it.
    m_context.whenFinished(
        m_transfer->commit->discard(), SessionContext::Input::Read,
        [this, temporary](const FsOutcome& outcome) {
            if (!outcome.ok)
                m_context.log(
                    ServerLogEntry::Level::Error,
                    tr("Could not remove the partial upload %1: %2").arg(temporary, outcome.error.logText()));
        });
}

void TransferCommands::abort(const ServerText& reason)
{
    // Once committing, the upload is complete: it ends when the file is in place.
    if (!m_transfer || m_transfer->committing)
        return;
    if (ServerDataConnection* data = m_data.current())
        data->abort();
    if (m_transfer->kind == Kind::ErrorOnly) {
        const std::unique_ptr<Transfer> done = std::move(m_transfer);
        m_context.reply(done->errorCode, done->errorText);
        m_data.discard();
        Q_EMIT over();
        return;
    }
    discardUpload();
    end(false, 426, text(QT_TR_NOOP("Transfer aborted: %1."), {reason}));
}

void TransferCommands::abandon()
{
    if (ServerDataConnection* data = m_data.current())
        data->abort();
    if (m_transfer) {
        m_transfer->device.reset();
        if (m_transfer->commit) // in the background; a commit under way finishes on its own
            (void)m_transfer->commit->discard();
    }
    m_transfer.reset();
}

void TransferCommands::end(bool succeeded, int code, const ServerText& text, const QString& detail)
{
    std::unique_ptr<Transfer> t = std::move(m_transfer);
    m_context.reply(code, text.english);
    ServerTransferInfo info = describe(*t);
    info.bytes = bytesTransferred();
    info.elapsedMs = t->timer.elapsed();
    info.finished = true;
    info.succeeded = succeeded;
    info.result = QString::number(code) + QLatin1Char(' ') + text.localized;
    if (!detail.isEmpty())
        info.result += QStringLiteral(" (") + detail + QLatin1Char(')');
    ServerSessionInfo& session = m_context.info();
    if (info.direction == ServerTransferDirection::Upload)
        session.bytesUploaded += info.bytes;
    else if (info.direction == ServerTransferDirection::Download)
        session.bytesDownloaded += info.bytes;
    t->device.reset();
    m_data.discard();

    const double mbPerSecond =
        info.elapsedMs > 0 ? double(info.bytes) / 1e6 / (double(info.elapsedMs) / 1000.0) : 0.0;
    m_context.log(succeeded ? ServerLogEntry::Level::Info : ServerLogEntry::Level::Warning,
                  tr("%1 %2: %3 bytes in %4 s (%5 MB/s): %6")
                      .arg(info.command, info.path)
                      .arg(info.bytes)
                      .arg(seconds(info.elapsedMs))
                      .arg(mbPerSecond, 0, 'f', 1)
                      .arg(info.result));
    Q_EMIT transferFinished(info);

    session.transferBytes = 0;
    m_context.setAction(QStringLiteral("idle"));
    Q_EMIT over();
}

} // namespace Ferry
