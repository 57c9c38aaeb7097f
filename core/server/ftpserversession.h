#pragma once

#include "server/commandtable.h"
#include "server/ftpcommand.h"
#include "server/serveroptions.h"
#include "server/servertext.h"
#include "server/servertypes.h"

#include <QList>
#include <QObject>
#include <memory>

class QTcpSocket;

namespace Ferry {

class Authenticator;
class ControlConnection;
class DataConnectionSetup;
class FileCommands;
class LoginCommands;
class LoginGuard;
class SessionCommands;
class SessionContext;
class TlsCommands;
class TransferCommands;

// One control connection of the embedded server (RFC 959's server protocol interpreter): reads command
// lines, checks each against the command table and hands it to the family of commands it belongs to,
// one at a time, event-driven: the session never blocks the thread, so other sessions go on while one
// transfers at full speed. While a transfer runs, ABOR, STAT and QUIT are answered at once and other
// commands wait for its end.
//
// The pieces: ControlConnection (lines in, replies out, timeouts), SessionContext (the state and
// answers the handlers share), LoginCommands, SessionCommands, FileCommands, DataConnectionSetup
// (PORT/EPRT/PASV/EPSV) and TransferCommands (LIST/NLST/MLSD/RETR/STOR/APPE/STOU, with
// DirectoryListing and UploadCommit).
//
// Created by FtpServer for each accepted connection; deletes itself (deleteLater) after closed().
class FtpServerSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FtpServerSession)

public:
    FtpServerSession(quint64 id, QTcpSocket* socket, const ServerOptions& options,
                     std::shared_ptr<Authenticator> authenticator, std::shared_ptr<LoginGuard> loginGuard,
                     QObject* parent = nullptr);
    ~FtpServerSession() override;

    quint64 id() const;
    ServerSessionInfo info() const;
    QHostAddress peerAddress() const;
    bool isClosed() const { return m_ended; }

    enum class Security
    {
        Clear,      // clear text until AUTH TLS (if the server offers it)
        ImplicitTls // TLS from connect (the implicit-FTPS port)
    };
    // Sends the greeting (over TLS once its handshake is done, for ImplicitTls) and starts reading
    // commands.
    void start(Security security = Security::Clear);
    // Answers 421 with `reason` (its English text; the log gets the user's language), aborts a running
    // transfer (an upload in progress is discarded) and closes the connection.
    void terminate(const ServerText& reason);

Q_SIGNALS:
    void stateChanged(const Ferry::ServerSessionInfo& info);
    void transferStarted(const Ferry::ServerTransferInfo& info);
    void transferFinished(const Ferry::ServerTransferInfo& info);
    void logMessage(const Ferry::ServerLogEntry& entry);
    // The connection is closed; the session deletes itself next.
    void closed(quint64 id);

private:
    void buildCommandTable();
    void processInput();
    void handleLine(const CommandLineReader::Line& line);
    void handleLineDuringTransfer(const CommandLineReader::Line& line);
    void logCommand(const FtpCommand& command, const QByteArray& line);
    void onTransferOver();
    void onIdleTimeout();
    void onLoginTimeout();
    void closeConnection();
    // `source` (marked with QT_TR_NOOP) in English and in the user's language.
    static ServerText text(const char* source, std::initializer_list<ServerText> args = {});
    void endSession();

    // Declared in the order they are built; destroyed in reverse.
    ControlConnection* m_control;
    SessionContext* m_context;
    std::unique_ptr<DataConnectionSetup> m_data;
    LoginCommands* m_login;
    std::unique_ptr<TlsCommands> m_tls;
    std::unique_ptr<SessionCommands> m_sessionCommands;
    std::unique_ptr<FileCommands> m_files;
    TransferCommands* m_transfers;
    CommandTable m_commands;

    // Commands other than ABOR/STAT/QUIT that arrived during a transfer, handled after it.
    QList<CommandLineReader::Line> m_deferred;
    bool m_processing = false;
    bool m_quitAfterTransfer = false;
    bool m_ended = false;
};

} // namespace Ferry
