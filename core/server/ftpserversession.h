#pragma once

#include "server/filesystem.h"
#include "server/ftpcommand.h"
#include "server/serverdataconnection.h"
#include "server/serveroptions.h"
#include "server/servertypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <memory>
#include <optional>

class QTcpSocket;

namespace Ferry {

class Authenticator;

// One control connection of the embedded server (RFC 959's server protocol interpreter). Reads command
// lines with a bounded reader, answers each with a single write (one reply per TCP segment: NetX Duo
// clients read one segment per reply), runs at most one data transfer at a time, event-driven: the
// session never blocks the thread, so other sessions go on while one transfers at full speed.
//
// Created by FtpServer for each accepted connection; deletes itself (deleteLater) after closed().
class FtpServerSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FtpServerSession)

public:
    FtpServerSession(quint64 id, QTcpSocket* socket, const ServerOptions& options,
                     std::shared_ptr<Authenticator> authenticator, QObject* parent = nullptr);
    ~FtpServerSession() override;

    quint64 id() const { return m_info.id; }
    ServerSessionInfo info() const { return m_info; }
    QHostAddress peerAddress() const { return m_info.address; }
    bool isClosed() const { return m_ended; }

    // Sends the greeting and starts reading commands.
    void start();
    // Answers 421 with `reason`, aborts a running transfer (an upload in progress is discarded) and
    // closes the connection.
    void terminate(const QString& reason);

Q_SIGNALS:
    void stateChanged(const Ferry::ServerSessionInfo& info);
    void transferStarted(const Ferry::ServerTransferInfo& info);
    void transferFinished(const Ferry::ServerTransferInfo& info);
    void logMessage(const Ferry::ServerLogEntry& entry);
    // The connection is closed; the session deletes itself next.
    void closed(quint64 id);

private:
    enum class TransferKind
    {
        Retrieve,
        Store,
        Append,
        StoreUnique,
        List,
        NameList,
        MachineList,
        ErrorOnly
    };
    struct Transfer;
    using Handler = void (FtpServerSession::*)(const FtpCommand&);
    struct CommandSpec
    {
        Handler handler = nullptr;
        bool needsLogin = true;
        bool needsWrite = false;
        bool needsArgument = false;
    };
    static const QHash<QByteArray, CommandSpec>& commandTable();

    // Control connection.
    void onReadyRead();
    void onBytesWritten();
    void onDisconnected();
    void processInput();
    std::optional<CommandLineReader::Line> takeLine();
    void handleLine(const CommandLineReader::Line& line);
    void handleLineDuringTransfer(const CommandLineReader::Line& line);
    void reply(int code, const QString& text);
    void replyRaw(const QByteArray& bytes);
    void closeConnection();
    void endSession();
    void log(ServerLogEntry::Level level, const QString& text);
    void setAction(const QString& action);
    void emitState(bool force);
    void onIdleTimeout();
    void onLoginTimeout();
    void onLoginDelayElapsed();

    // Paths.
    QString decodeArgument(const QByteArray& bytes) const;
    std::optional<QString> resolvePath(const QByteArray& argument) const;
    void replyFsError(int defaultCode, const FsError& error);

    // Commands.
    void cmdUser(const FtpCommand& c);
    void cmdPass(const FtpCommand& c);
    void cmdQuit(const FtpCommand& c);
    void cmdNoop(const FtpCommand& c);
    void cmdSyst(const FtpCommand& c);
    void cmdFeat(const FtpCommand& c);
    void cmdOpts(const FtpCommand& c);
    void cmdHelp(const FtpCommand& c);
    void cmdStat(const FtpCommand& c);
    void cmdPwd(const FtpCommand& c);
    void cmdCwd(const FtpCommand& c);
    void cmdCdup(const FtpCommand& c);
    void cmdType(const FtpCommand& c);
    void cmdMode(const FtpCommand& c);
    void cmdStru(const FtpCommand& c);
    void cmdAllo(const FtpCommand& c);
    void cmdRest(const FtpCommand& c);
    void cmdPort(const FtpCommand& c);
    void cmdEprt(const FtpCommand& c);
    void cmdPasv(const FtpCommand& c);
    void cmdEpsv(const FtpCommand& c);
    void cmdList(const FtpCommand& c);
    void cmdNlst(const FtpCommand& c);
    void cmdMlsd(const FtpCommand& c);
    void cmdMlst(const FtpCommand& c);
    void cmdRetr(const FtpCommand& c);
    void cmdStor(const FtpCommand& c);
    void cmdAppe(const FtpCommand& c);
    void cmdStou(const FtpCommand& c);
    void cmdSize(const FtpCommand& c);
    void cmdMdtm(const FtpCommand& c);
    void cmdDele(const FtpCommand& c);
    void cmdMkd(const FtpCommand& c);
    void cmdRmd(const FtpCommand& c);
    void cmdRnfr(const FtpCommand& c);
    void cmdRnto(const FtpCommand& c);
    void cmdAbor(const FtpCommand& c);

    // Data connections and transfers.
    bool isIpv6Session() const;
    void discardDataConnection();
    ServerDataConnection* newDataConnection();
    bool checkActiveTarget(const HostPort& target);
    void listing(const FtpCommand& c, TransferKind kind);
    void upload(const FtpCommand& c, TransferKind kind);
    void startTransfer(std::unique_ptr<Transfer> transfer);
    void failDataCommand(int code, const QString& text, bool waitForPassiveConnection);
    void onDataConnected();
    void onDataConnectFailed(const QString& reason);
    void onDataProgress(qint64 bytes);
    void onDataFinished();
    void onDataFailed(ServerDataConnection::Failure failure, const QString& reason);
    void commitUpload();
    void endTransfer(bool succeeded, int code, const QString& text);
    void abortTransfer(const QString& reason);
    void discardUpload();
    bool controlPeerGone() const;

    QTcpSocket* m_socket;
    ServerOptions m_options;
    std::shared_ptr<Authenticator> m_authenticator;
    CommandLineReader m_reader;
    ServerSessionInfo m_info;
    QList<CommandLineReader::Line> m_deferred;

    // Login.
    bool m_userGiven = false;
    bool m_passwordTried = false;
    int m_failures = 0;
    std::shared_ptr<FileSystem> m_fs;
    QTimer m_loginTimer;
    QTimer m_idleTimer;
    QTimer m_loginDelayTimer;

    // Session state.
    QString m_cwd = QStringLiteral("/");
    char m_type = 'A';
    qint64 m_restOffset = 0;
    std::optional<QString> m_renameFrom;
    bool m_epsvAll = false;
    bool m_rfcClient = false; // sent a command NetX Duo clients never send
    QSet<QByteArray> m_mlstFacts;

    // Data.
    QPointer<ServerDataConnection> m_data;
    std::unique_ptr<Transfer> m_transfer;

    QElapsedTimer m_stateThrottle;
    bool m_processing = false;
    bool m_closing = false;
    bool m_quitAfterTransfer = false;
    bool m_ended = false;
};

} // namespace Ferry
