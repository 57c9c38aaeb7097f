#pragma once

#include <QtGlobal>

namespace Ferry {

class CommandTable;
class DataConnectionSetup;
class SessionContext;
struct FtpCommand;

// The commands of one session about the session itself: NOOP, QUIT, what the server is and can do
// (SYST, FEAT, OPTS, HELP, STAT) and the transfer parameters (TYPE, MODE, STRU, ALLO, REST). FEAT lists
// exactly the extensions the server implements (RFC 2389); names are always UTF-8 (RFC 2640). These
// commands only answer the client, in English, and write nothing to the log.
class SessionCommands final
{
    Q_DISABLE_COPY_MOVE(SessionCommands)

public:
    SessionCommands(SessionContext& context, const CommandTable& commands, const DataConnectionSetup& data);

    void noop(const FtpCommand& command);
    void quit(const FtpCommand& command);
    void syst(const FtpCommand& command);
    void feat(const FtpCommand& command);
    void opts(const FtpCommand& command);
    void help(const FtpCommand& command);
    void stat(const FtpCommand& command);
    void type(const FtpCommand& command);
    void mode(const FtpCommand& command);
    void stru(const FtpCommand& command);
    void allo(const FtpCommand& command);
    void rest(const FtpCommand& command);

private:
    void statOfPath(const FtpCommand& command);

    SessionContext& m_context;
    const CommandTable& m_commands;
    const DataConnectionSetup& m_data;
};

} // namespace Ferry
