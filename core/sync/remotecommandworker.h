#pragma once

#include "client/ftpclient.h"
#include "client/ftpoperation.h"
#include "sync/remotecommandtypes.h"
#include "sync/synccomparison.h"
#include "transfer/transfertypes.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace Ferry {

class ConnectionPool;
class SessionBudget;
class SyncScan;

// The part of a RemoteCommandQueue that lives in the queue's worker thread: the connection (a
// ConnectionPool of one: logged on when needed, reconnected after a drop, closed when idle) and the
// commands and scans that run on it, one at a time, in the order they were added. A command that failed
// on a dropped connection is tried again twice. Called only through queued calls from RemoteCommandQueue;
// reports through signals that carry values, so that no socket I/O and no listing parsing happens in the
// caller's thread.
class RemoteCommandWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteCommandWorker)

public:
    // For tests: called in the worker's thread when a command's or a scan's result is taken from the
    // connection, with that thread and the thread of the FtpClient that did the work.
    using ThreadProbe = std::function<void(QThread* current, QThread* client)>;

    explicit RemoteCommandWorker(QObject* parent = nullptr);
    ~RemoteCommandWorker() override;

    // Creates the connection pool: called in the worker thread, first, so that everything it makes
    // (sockets, timers) belongs to that thread.
    void initialize(const TransferSite& site);

    void setSite(const TransferSite& site);
    void setSessionBudget(std::shared_ptr<SessionBudget> budget);
    void setThreadProbe(ThreadProbe probe);

    void add(quint64 id, RemoteCommandKind kind, const QString& path);
    void scan(quint64 id, const QString& localRoot, const QString& remoteRoot,
              const SyncCompareOptions& options);
    // Forgets the commands and scans of `ids` that have not started; a scan of them that runs is aborted
    // (a command that runs finishes: its connection is in use). Their results may still be reported.
    void drop(const QList<quint64>& ids);
    // Forgets every command that has not run yet, aborts the running one and closes the connection.
    void clear();

Q_SIGNALS:
    void commandFinished(quint64 id, const Ferry::RemoteCommandResult& result);
    // What a scan is doing, for a status line ("Listing /pub: 12 folders, 340 entries").
    void scanStatus(quint64 id, const QString& text);
    void scanFinished(quint64 id, const Ferry::RemoteScanResult& result);
    // The control dialogue of the connection, passwords masked.
    void logMessage(Ferry::FtpClient::LogKind kind, const QString& text);

private:
    struct ScanRequest
    {
        QString localRoot;
        QString remoteRoot;
        SyncCompareOptions options;
    };
    struct Command
    {
        quint64 id = 0;
        RemoteCommandKind kind = RemoteCommandKind::MakeFolder;
        QString path;
        std::optional<ScanRequest> scan;
        int attempts = 0;
        bool dropped = false; // its caller no longer wants it: not run, not reported
    };

    void schedulePump();
    void pump();
    void runOn(FtpClient* client);
    void startScan(FtpClient* client);
    void onScanFinished(FtpClient* client, SyncScan* scan);
    void verifyRefusal(FtpClient* client, RemoteCommandKind kind, const QString& path,
                       RemoteCommandResult result);
    // Gives the connection back and reports the front command, or tries it again.
    void complete(FtpClient* client, const RemoteCommandResult& result, bool retry);
    void probe(FtpClient* client);

    ConnectionPool* m_pool = nullptr;
    std::deque<Command> m_commands;
    bool m_running = false;
    QPointer<FtpOperation> m_operation;
    QPointer<SyncScan> m_scan;
    ThreadProbe m_probe;
};

} // namespace Ferry
