#pragma once

#include "server/filesystem.h"
#include "server/serveroptions.h"
#include "server/servertypes.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QSet>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace Ferry {

class ControlConnection;
class TlsSessionContext;

// The state of one session that its command handlers read and change.
struct SessionState
{
    ServerSessionInfo info;
    std::shared_ptr<FileSystem> fs; // set by a successful login
    QString cwd = QStringLiteral("/");
    char type = 'A';
    qint64 restOffset = 0; // REST: the offset for the next RETR or STOR
    std::optional<QString> renameFrom;
    bool epsvAll = false;
    // Sent a command NetX Duo clients never send (board-servers.md): then an empty NLST gets RFC 959's
    // answer rather than NetX's 550.
    bool speaksRfc959 = false;
    QSet<QByteArray> mlstFacts = {"type", "size", "modify", "perm", "unix.mode"};
    // FTPS (RFC 4217): PBSZ given after AUTH, and whether data connections are TLS (PROT P) or clear.
    enum class DataProtection
    {
        Clear,
        Private
    };
    bool pbszGiven = false;
    DataProtection protection = DataProtection::Clear;
};

// What the command handlers of one session share: its options and state, and the ways to answer the
// client, write the log and report the session's state. Each handler family (LoginCommands,
// SessionCommands, FileCommands, DataConnectionSetup, TransferCommands) works through it; the session
// (FtpServerSession) turns its signals into its own.
class SessionContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionContext)

public:
    SessionContext(ControlConnection* control, const ServerOptions& options, QObject* parent = nullptr);
    ~SessionContext() override;

    const ServerOptions& options() const { return m_options; }
    ControlConnection& control() const { return *m_control; }
    SessionState& state() { return m_state; }
    const SessionState& state() const { return m_state; }
    ServerSessionInfo& info() { return m_state.info; }
    const ServerSessionInfo& info() const { return m_state.info; }
    FileSystem& fs() const { return *m_state.fs; }
    // The session's TLS (after AUTH TLS, or from connect on the implicit port); nullptr before.
    TlsSessionContext* tls() const { return m_tls.get(); }
    void setTls(std::unique_ptr<TlsSessionContext> tls);
    // The TLS context for the next data connection: the session's with PROT P, nullptr (clear) otherwise.
    const TlsSessionContext* dataTls() const;

    // A one-line reply, or bytes made by FtpProtocol::formatMultiLineReply(). Logged with logProtocol.
    void reply(int code, const QString& text);
    void replyRaw(const QByteArray& bytes);
    // The reply for a failed file-system operation: its code from the error (550, 553, 452...).
    void replyFsError(int defaultCode, const FsError& error);
    // A log entry of this session, "who: text".
    void log(ServerLogEntry::Level level, const QString& text);
    // The session's current action ("idle", "RETR /a"), reported at once.
    void setAction(const QString& action);
    // Reports the session's state: at once when forced, else at most four times a second.
    void emitState(bool force);

    // Paths in commands are UTF-8 (RFC 2640).
    static QString decodeArgument(const QByteArray& bytes);
    static bool isBlank(const QByteArray& bytes);
    // The virtual path an argument names, from the working folder; the working folder for a blank one;
    // nullopt for an invalid path (one that would climb above the root is clamped to it).
    std::optional<QString> resolvePath(const QByteArray& argument) const;

    // While input is held (a delayed 530, a file operation in a worker) no further command is read.
    // Holds nest; the last release lets the session read again (inputReleased(), queued by the session).
    void holdInput();
    void releaseInput();
    bool isInputHeld() const { return m_holds > 0; }
    // Asks the session to read the next command (after a transfer or an answer that waited).
    void resumeInput();

    // Runs `done` in this thread with the outcome of a file operation running in the background
    // (FileSystem::renameInBackground...), once it has finished. Input::Held: no further command is read
    // until then, and a session that ends meanwhile waits for it (isInputHeld()) before it goes away.
    enum class Input
    {
        Held,
        Read,
    };
    void whenFinished(QFuture<FsOutcome> operation, Input input, std::function<void(const FsOutcome&)> done);
    // The session has ended: its state is not reported any more (its last transfer may still finish).
    void setEnded() { m_ended = true; }

Q_SIGNALS:
    void logMessage(const Ferry::ServerLogEntry& entry);
    void stateChanged(const Ferry::ServerSessionInfo& info);
    void inputReleased();

private:
    ControlConnection* m_control;
    const ServerOptions m_options;
    SessionState m_state;
    std::unique_ptr<TlsSessionContext> m_tls;
    QElapsedTimer m_stateThrottle;
    int m_holds = 0;
    bool m_ended = false;
};

} // namespace Ferry
