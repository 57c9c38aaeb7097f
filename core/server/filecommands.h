#pragma once

#include "server/filesystem.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace Ferry {

class SessionContext;
struct FtpCommand;

// The commands of one session that work on folders and files without a data connection: the working
// folder (PWD, CWD, CDUP), facts about one entry (SIZE, MDTM, MLST), and changes (DELE, MKD, RMD, RNFR +
// RNTO). Paths go through the session's FileSystem, which keeps them inside its root; write commands
// reach these handlers only in read-write sessions.
class FileCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::FileCommands)
    Q_DISABLE_COPY_MOVE(FileCommands)

public:
    explicit FileCommands(SessionContext& context);

    void pwd(const FtpCommand& command);
    void cwd(const FtpCommand& command);
    void cdup(const FtpCommand& command);
    void size(const FtpCommand& command);
    void mdtm(const FtpCommand& command);
    void mlst(const FtpCommand& command);
    void dele(const FtpCommand& command);
    void mkd(const FtpCommand& command);
    void rmd(const FtpCommand& command);
    void rnfr(const FtpCommand& command);
    void rnto(const FtpCommand& command);

private:
    // The path a command names; nullopt after answering `code` with `invalid` when it names none.
    std::optional<QString> pathOf(const FtpCommand& command, int code, const QString& invalid);
    // What a command's path designates; nullopt after answering 550 (553...) when there is nothing.
    std::optional<FileInfo> statOf(const FtpCommand& command, QString* path);
    // Logs the outcome of a change and, when it failed, answers with the error's code. True if it was done.
    bool reportChange(bool done, const FsError& error, const QString& failed, const QString& succeeded);

    SessionContext& m_context;
};

} // namespace Ferry
