#include "server/filecommands.h"

#include "server/ftpcommand.h"
#include "server/listingformat.h"
#include "server/sessioncontext.h"
#include "server/virtualpath.h"

namespace Ferry {

FileCommands::FileCommands(SessionContext& context) : m_context(context) {}

void FileCommands::pwd(const FtpCommand&)
{
    m_context.reply(
        257,
        QStringLiteral("%1 is the current directory.").arg(FtpProtocol::quotePath(m_context.state().cwd)));
}

void FileCommands::cwd(const FtpCommand& c)
{
    const std::optional<QString> path = m_context.resolvePath(c.argument);
    if (!path) {
        m_context.reply(550, QStringLiteral("Failed to change directory: invalid path."));
        return;
    }
    FsError error;
    const std::optional<FileInfo> info = m_context.fs().stat(*path, &error);
    if (!info) {
        m_context.reply(550, QStringLiteral("Failed to change directory: %1").arg(error.message));
        return;
    }
    if (!info->isDir()) {
        m_context.reply(550, QStringLiteral("Failed to change directory: %1 is not a folder.").arg(*path));
        return;
    }
    m_context.state().cwd = *path;
    m_context.reply(
        250, QStringLiteral("Directory successfully changed to %1.").arg(FtpProtocol::quotePath(*path)));
}

void FileCommands::cdup(const FtpCommand&)
{
    QString& cwd = m_context.state().cwd;
    cwd = VirtualPath::parent(cwd);
    m_context.reply(250,
                    QStringLiteral("Directory successfully changed to %1.").arg(FtpProtocol::quotePath(cwd)));
}

std::optional<QString> FileCommands::pathOf(const FtpCommand& c, int code, const QString& invalid)
{
    std::optional<QString> path = m_context.resolvePath(c.argument);
    if (!path)
        m_context.reply(code, invalid);
    return path;
}

std::optional<FileInfo> FileCommands::statOf(const FtpCommand& c, QString* path)
{
    const std::optional<QString> resolved = pathOf(c, 550, QStringLiteral("Invalid path."));
    if (!resolved)
        return std::nullopt;
    *path = *resolved;
    FsError error;
    std::optional<FileInfo> info = m_context.fs().stat(*path, &error);
    if (!info)
        m_context.replyFsError(550, error);
    return info;
}

bool FileCommands::reportChange(bool done, const FsError& error, const QString& failed,
                                const QString& succeeded)
{
    if (!done) {
        m_context.log(ServerLogEntry::Level::Info, failed);
        m_context.replyFsError(550, error);
        return false;
    }
    m_context.log(ServerLogEntry::Level::Info, succeeded);
    return true;
}

void FileCommands::size(const FtpCommand& c)
{
    QString path;
    const std::optional<FileInfo> info = statOf(c, &path);
    if (!info)
        return;
    if (!info->isFile()) {
        m_context.reply(550, QStringLiteral("%1 is not a plain file.").arg(path));
        return;
    }
    m_context.reply(213, QString::number(info->size));
}

void FileCommands::mdtm(const FtpCommand& c)
{
    QString path;
    const std::optional<FileInfo> info = statOf(c, &path);
    if (!info)
        return;
    if (!info->modified.isValid()) {
        m_context.reply(550, QStringLiteral("The modification time of %1 is unknown.").arg(path));
        return;
    }
    m_context.reply(213, QString::fromLatin1(ListingFormat::timeVal(info->modified)));
}

void FileCommands::mlst(const FtpCommand& c)
{
    QString path;
    std::optional<FileInfo> info = statOf(c, &path);
    if (!info)
        return;
    info->name = path; // MLST names the entry by its path
    const SessionState& state = m_context.state();
    const QByteArray line = ListingFormat::mlsxLine(*info, !state.info.readOnly, state.mlstFacts);
    m_context.replyRaw(FtpProtocol::formatMultiLineReply(250, QStringLiteral("Listing %1").arg(path), {line},
                                                         QStringLiteral("End")));
}

void FileCommands::dele(const FtpCommand& c)
{
    const std::optional<QString> path = pathOf(c, 553, QStringLiteral("Invalid file name."));
    if (!path)
        return;
    // In the background: unlink(2) of a big file takes long (its blocks are freed inside the call).
    m_context.whenFinished(m_context.fs().removeFileInBackground(*path), SessionContext::Input::Held,
                           [this, path = *path](const FsOutcome& outcome) {
                               if (reportChange(outcome.ok, outcome.error,
                                                tr("DELE %1 failed: %2").arg(path, outcome.error.logText()),
                                                tr("Deleted %1").arg(path)))
                                   m_context.reply(250, QStringLiteral("File deleted."));
                           });
}

void FileCommands::mkd(const FtpCommand& c)
{
    const std::optional<QString> path = pathOf(c, 553, QStringLiteral("Invalid folder name."));
    if (!path)
        return;
    FsError error;
    const bool done = m_context.fs().makeDirectory(*path, &error);
    if (reportChange(done, error, tr("MKD %1 failed: %2").arg(*path, error.logText()),
                     tr("Created folder %1").arg(*path)))
        m_context.reply(257, QStringLiteral("%1 created.").arg(FtpProtocol::quotePath(*path)));
}

void FileCommands::rmd(const FtpCommand& c)
{
    const std::optional<QString> path = pathOf(c, 553, QStringLiteral("Invalid folder name."));
    if (!path)
        return;
    if (VirtualPath::isRoot(*path)) {
        m_context.reply(550, QStringLiteral("The root folder cannot be removed."));
        return;
    }
    FsError error;
    const bool done = m_context.fs().removeDirectory(*path, &error);
    if (reportChange(done, error, tr("RMD %1 failed: %2").arg(*path, error.logText()),
                     tr("Removed folder %1").arg(*path)))
        m_context.reply(250, QStringLiteral("Directory removed."));
}

void FileCommands::rnfr(const FtpCommand& c)
{
    std::optional<QString>& renameFrom = m_context.state().renameFrom;
    renameFrom.reset();
    const std::optional<QString> path = m_context.resolvePath(c.argument);
    if (!path || VirtualPath::isRoot(*path)) {
        m_context.reply(550, QStringLiteral("Invalid path."));
        return;
    }
    FsError error;
    if (!m_context.fs().stat(*path, &error)) {
        m_context.replyFsError(550, error);
        return;
    }
    renameFrom = *path;
    m_context.reply(350, QStringLiteral("Ready for RNTO."));
}

void FileCommands::rnto(const FtpCommand& c)
{
    std::optional<QString>& renameFrom = m_context.state().renameFrom;
    if (!renameFrom) {
        m_context.reply(503, QStringLiteral("RNFR required first."));
        return;
    }
    const QString from = *renameFrom;
    renameFrom.reset();
    const std::optional<QString> to = m_context.resolvePath(c.argument);
    if (!to || VirtualPath::isRoot(*to)) {
        m_context.reply(553, QStringLiteral("Invalid file name."));
        return;
    }
    // In the background: a rename over a big file takes long (its blocks are freed inside the call).
    m_context.whenFinished(
        m_context.fs().renameInBackground(from, *to, true), SessionContext::Input::Held,
        [this, from, to = *to](const FsOutcome& outcome) {
            if (reportChange(outcome.ok, outcome.error,
                             tr("Rename %1 to %2 failed: %3").arg(from, to, outcome.error.logText()),
                             tr("Renamed %1 to %2").arg(from, to)))
                m_context.reply(250, QStringLiteral("Rename successful."));
        });
}

} // namespace Ferry
