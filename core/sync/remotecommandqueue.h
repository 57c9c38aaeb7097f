#pragma once

#include "client/ftpclient.h"
#include "client/ftpoperation.h"
#include "sync/synctree.h"
#include "transfer/transfertypes.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace Ferry {

class ConnectionPool;
class SessionBudget;
class TransferEngine;

// The small remote operations synchronization needs besides transfers (create a folder, delete a file or
// an empty folder, look a file up in its folder's listing), run one at a time over one connection of their
// own (a ConnectionPool of one: logged on when needed, reconnected after a drop, closed when idle). A
// failure from a dropped connection is tried again twice. Results come through the callback, from the
// event loop, in the order the commands were added.
//
// forSite() gives the one queue of a transfer-queue site that every sync feature shares, so that all of
// them together hold a single extra connection (board servers allow four sessions in all).
class RemoteCommandQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteCommandQueue)

public:
    enum class Kind
    {
        MakeFolder,   // MKD; an existing folder counts as success
        DeleteFile,   // DELE; a file that is not there counts as success
        DeleteFolder, // RMD (the folder must be empty); one that is not there counts as success
        Stat,         // LIST of the parent; Result::entry is the file's entry, or empty when it is not there
        Borrow,       // the connection itself is lent (borrow())
    };
    struct Result
    {
        bool ok = false;
        FtpOperation::Error error = FtpOperation::Error::NoError;
        QString message; // for a person, naming the path and the server's reply
        std::optional<SyncEntry> entry;
    };
    using Callback = std::function<void(const Result& result)>;

    explicit RemoteCommandQueue(const TransferSite& site, QObject* parent = nullptr);
    ~RemoteCommandQueue() override;

    // The shared queue of a site of `queue` (created on first use as a child of `queue`, its login kept up
    // to date with the site's), or null when the queue does not know the site.
    static RemoteCommandQueue* forSite(TransferEngine* queue, const QString& siteId);

    void setSite(const TransferSite& site);
    // The callback is not called once `owner` (when given) is gone or has cancelled its commands.
    void add(Kind kind, const QString& remotePath, Callback callback, QObject* owner = nullptr);
    // Lends the connection itself, logged on, to `use` (after the commands before it) for work of the
    // caller's own (a tree listing); nothing else runs on it until giveBack(). When logging on fails, `use`
    // gets nullptr and the reason.
    using Lender = std::function<void(FtpClient* client, const QString& errorString)>;
    void borrow(Lender use, QObject* owner);
    void giveBack();
    // Where every sync connection of the window counts (TransferSettings::sessionBudget).
    void setSessionBudget(std::shared_ptr<SessionBudget> budget);

    // Drops the commands of `owner` that have not finished (their callbacks are not called; a connection
    // it borrows is given back).
    void cancel(QObject* owner);
    // Drops every command that has not run yet and closes the connection.
    void clear();
    bool isIdle() const { return m_commands.empty() && !m_running; }

Q_SIGNALS:
    // The control dialogue of the connection, passwords masked.
    void logMessage(Ferry::FtpClient::LogKind kind, const QString& text);

private:
    struct Command
    {
        Kind kind = Kind::MakeFolder;
        QString path;
        Callback callback;
        int attempts = 0;
        bool owned = false;
        QPointer<QObject> owner;
        Lender lender;
    };

    void pump();
    void runOn(FtpClient* client);
    void complete(FtpClient* client, const Result& result, bool retry);

    ConnectionPool* m_pool;
    std::deque<Command> m_commands;
    bool m_running = false;
    QPointer<FtpOperation> m_operation;
    FtpClient* m_lent = nullptr;
    QPointer<QObject> m_borrower;
};

} // namespace Ferry
