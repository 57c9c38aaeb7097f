#pragma once

#include "client/ftpclient.h"
#include "sync/remotecommandtypes.h"
#include "sync/synccomparison.h"
#include "transfer/transfertypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <map>
#include <memory>

class QThread;

namespace Ferry {

class RemoteCommandWorker;
class SessionBudget;
class TransferEngine;

// The small remote operations synchronization needs besides transfers (create a folder, delete a file or
// an empty folder, look a file up in its folder's listing) and the synchronization scan of the Synchronize
// dialog, run one at a time over one connection of their own (a ConnectionPool of one: logged on when
// needed, reconnected after a drop, closed when idle). A command that failed on a dropped connection is
// tried again twice.
//
// The connection lives in a worker thread that this object owns (RemoteCommandWorker): neither socket I/O
// nor listing parsing happens in the thread that created the queue (the window's). Calls return at once;
// results come back as values, through the callbacks, in this object's thread, from its event loop, in the
// order the commands were added.
//
// forSite() gives the one queue of a transfer-queue site that every sync feature shares, so that all of
// them together hold a single extra connection (board servers allow four sessions in all).
//
// Destroying it closes the connection (callbacks still due are not called) and stops the thread.
class RemoteCommandQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteCommandQueue)

public:
    using Kind = RemoteCommandKind;
    using Result = RemoteCommandResult;
    using Callback = std::function<void(const Result& result)>;
    using ScanResult = RemoteScanResult;
    using ScanCallback = std::function<void(const ScanResult& result)>;
    using StatusCallback = std::function<void(const QString& text)>;
    // For tests (RemoteCommandWorker::ThreadProbe): called in the worker thread.
    using ThreadProbe = std::function<void(QThread* current, QThread* client)>;

    explicit RemoteCommandQueue(const TransferSite& site, QObject* parent = nullptr);
    ~RemoteCommandQueue() override;

    // The shared queue of a site of `queue` (created on first use as a child of `queue`, its login kept up
    // to date with the site's), or null when the queue does not know the site.
    static RemoteCommandQueue* forSite(TransferEngine* queue, const QString& siteId);

    void setSite(const TransferSite& site);
    // The callback is not called once `owner` (when given) is gone or has cancelled its commands; a
    // command whose owner went away before it started is not run.
    void add(Kind kind, const QString& remotePath, Callback callback, QObject* owner = nullptr);
    // Reads both sides of a synchronization (SyncScan: the local tree, the remote tree over this queue's
    // connection, checksums when the criterion asks for them) and compares, in the worker thread, after
    // the commands before it; nothing else runs on the connection meanwhile. `done` gets the comparisons
    // (or why there are none: logging on failed, the server refused); `status` what is going on, for a
    // status line. cancel(owner) stops a scan that runs.
    void scan(const QString& localRoot, const QString& remoteRoot, const SyncCompareOptions& options,
              ScanCallback done, QObject* owner, StatusCallback status = {});
    // Where every sync connection of the window counts (TransferSettings::sessionBudget).
    void setSessionBudget(std::shared_ptr<SessionBudget> budget);

    // Drops the commands and scans of `owner` that have not finished (their callbacks are not called; a
    // scan that runs stops and gives the connection back; a command that runs finishes).
    void cancel(QObject* owner);
    // Drops every command that has not finished and closes the connection.
    void clear();
    bool isIdle() const { return m_pending.empty(); }

    // The worker thread (for tests: nothing of the connection may run elsewhere).
    QThread* workerThread() const { return m_thread; }
    void setThreadProbe(ThreadProbe probe);

Q_SIGNALS:
    // The control dialogue of the connection, passwords masked.
    void logMessage(Ferry::FtpClient::LogKind kind, const QString& text);

private:
    struct Pending
    {
        Callback callback;
        ScanCallback scanDone;
        StatusCallback status;
        const QObject* ownerKey = nullptr; // for cancel(), also while `owner` is being destroyed
        QPointer<QObject> owner;
    };

    // A new pending entry for `owner`; its id.
    quint64 track(Pending pending, QObject* owner);
    // Whether the callbacks of `pending` are still wanted.
    static bool wanted(const Pending& pending) { return !pending.ownerKey || pending.owner; }
    void onCommandFinished(quint64 id, const Result& result);
    void onScanStatus(quint64 id, const QString& text);
    void onScanFinished(quint64 id, const ScanResult& result);

    QThread* m_thread;
    RemoteCommandWorker* m_worker;
    quint64 m_nextId = 1;
    std::map<quint64, Pending> m_pending;              // by id: the order they were added
    QHash<QObject*, QMetaObject::Connection> m_owners; // watched for going away
};

} // namespace Ferry
