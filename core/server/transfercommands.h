#pragma once

#include "server/filesystem.h"
#include "server/serverdataconnection.h"
#include "server/servertext.h"
#include "server/servertypes.h"

#include <QObject>
#include <memory>

namespace Ferry {

class DataConnectionSetup;
class SessionContext;
struct FtpCommand;

// The commands of one session that move data (RFC 959 section 4.1.3, RFC 3659): LIST, NLST, MLSD, RETR,
// STOR, APPE, STOU, and their end: 150 once the data connection is up, 226 when everything moved (for
// STOR/STOU only once the file is in place, see UploadCommit), 425/426/45x otherwise (522 for a clear
// data connection when the TLS policy requires encryption), and ABOR. One
// transfer at a time; the session defers other commands until it is over().
//
// NetX Duo clients open (passive) or accept (active) the data connection before they read the reply,
// even when the command fails: such a failure is answered once the data connection is open, then it is
// closed, as their own server does.
class TransferCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferCommands)

public:
    TransferCommands(SessionContext& context, DataConnectionSetup& data, QObject* parent = nullptr);
    ~TransferCommands() override;

    void list(const FtpCommand& command);
    void nlst(const FtpCommand& command);
    void mlsd(const FtpCommand& command);
    void retr(const FtpCommand& command);
    void stor(const FtpCommand& command);
    void appe(const FtpCommand& command);
    void stou(const FtpCommand& command);

    bool isActive() const { return bool(m_transfer); }
    // The upload's data is complete and its file is being put in place (abort() waits for that).
    bool isCommitting() const;
    qint64 bytesTransferred() const;
    // Ends the transfer at once with 426 (ABOR, the session closing): an upload is discarded.
    void abort(const ServerText& reason);
    // The session is destroyed: stops the transfer silently, leaving no partial upload behind.
    void abandon();

Q_SIGNALS:
    void transferStarted(const Ferry::ServerTransferInfo& info);
    void transferFinished(const Ferry::ServerTransferInfo& info);
    // The transfer (or a failure that waited for the data connection) is over and answered.
    void over();

private:
    enum class Kind
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
    // When a command fails before any data moves: open the data connection first (NetX Duo clients)...
    enum class DataConnectionFirst
    {
        WhenReady, // ...if it is active, or passive and already connected; else just answer
        Always,    // ...even waiting for the client to connect a passive one (the empty NLST answer)
    };
    struct Transfer;

    // TLS policy Required and PROT is not P: 522, the data connection dropped.
    bool refusedClearData();
    void listing(const FtpCommand& c, Kind kind);
    void upload(const FtpCommand& c, Kind kind);
    void refuse(int code, const QString& text, DataConnectionFirst when);
    void start(std::unique_ptr<Transfer> transfer);
    ServerTransferInfo describe(const Transfer& transfer) const;
    void finishErrorOnly();
    void onConnected();
    void onConnectFailed(const QString& reason);
    void onProgress(qint64 bytes);
    void onFinished();
    void onFailed(ServerDataConnection::Failure failure, const QString& reason);
    void commitUpload();
    void onCommitted(const FsOutcome& outcome);
    void discardUpload();
    // The final reply (`text` in English on the wire) and the transfer's report (in the user's language,
    // with `detail` if any, for the log and the window).
    void end(bool succeeded, int code, const ServerText& text, const QString& detail = QString());
    // `source` (marked with QT_TR_NOOP) in English and in the user's language.
    static ServerText text(const char* source, std::initializer_list<ServerText> args = {});

    SessionContext& m_context;
    DataConnectionSetup& m_data;
    std::unique_ptr<Transfer> m_transfer;
};

} // namespace Ferry
