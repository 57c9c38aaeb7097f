#pragma once

#include "client/ftpclient.h"
#include "remoteitem.h"
#include "transfer/transfertypes.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <optional>

class QEventLoop;
class QWidget;

namespace Ferry {

class ConnectionSession;
class FilePane;
class TransferEngine;

// What the window asks of the transfer queue, and what it tells the window back. Turns a session's
// uploads, downloads and drags to the desktop into queue jobs on that session's site (one queue site per
// server, "user@host:port"), keeps the queue in queue.json between runs (restored paused), and reports
// what the panes and the status bar show: folders an upload changed (for a fresh listing), failures,
// "transfers complete". The queue itself (connections, retries, questions) is core's TransferEngine, which
// runs it in a thread of its own.
class TransferActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferActions)

public:
    // window: the parent of the drag-out progress dialog.
    TransferActions(TransferEngine* queue, QWidget* window);
    ~TransferActions() override;

    TransferEngine* queue() const { return m_queue; }

    // Adds or updates the queue's site of a server (a new password replaces the old one for jobs still
    // waiting, e.g. ones restored from the last run) and returns its id. maxConnections: the site's
    // transfer connections (0: the settings' parallel transfers, one for board servers).
    QString setSite(const FtpLogin& login, const FtpClientOptions& options, int maxConnections);

    // Queue the session's uploads (into remoteFolder) and downloads (into localFolder); errors show in the
    // session's panes.
    void upload(ConnectionSession* session, const QStringList& localPaths, const QString& remoteFolder);
    void download(ConnectionSession* session, const QList<RemoteItem>& items, const QString& localFolder);
    // A drop outside Ferry asks for the files: downloads them into a fresh staging folder (the event loop
    // runs meanwhile, with a cancelable progress dialog) and returns their URLs. Closing the window or
    // deleting this while it runs ends it with nothing.
    QList<QUrl> fetchForDragOut(ConnectionSession* session, const QList<RemoteItem>& items);

    // Jobs of a site that are queued or running; cancels every unfinished job of a site.
    int pendingJobCount(const QString& siteId) const;
    void cancelJobsOf(const QString& siteId);

    // The jobs of the last run come back paused; from now on the queue is saved after every change.
    void restoreQueue();
    // Pauses every job, writes the queue and stops the transfer engine (on quit).
    void pauseAndSave();
    // A job reached Done, Failed, Skipped or Canceled (TransferQueueModel::jobFinished, once per time).
    void onJobFinished(const TransferJobSnapshot& job);

    // Where files dragged out to the desktop are fetched to before the drop completes; staging folders
    // older than a day are removed by removeOldDragOutFolders().
    static QString dragOutFolder();
    static void removeOldDragOutFolders();
    // Where the transfer queue is kept between runs.
    static QString queueFile();
    // The transfer queue's site id of a login ("user@host:port"; never the password).
    static QString siteIdFor(const FtpLogin& login);

Q_SIGNALS:
    // Jobs were queued: the window shows the queue.
    void jobsQueued();
    void statusMessage(const QString& text, int timeoutMs);
    // An upload changed a folder of a site's server: panes showing it list it again.
    void remoteFolderChanged(const QString& siteId, const QString& folder);
    // A job failed; text says which and why. Uploads' failures belong to the remote pane, downloads'
    // to the local pane of the sessions on siteId.
    void jobFailed(const QString& siteId, Ferry::TransferDirection direction, const QString& text);
    // A line for the message log of the sessions on siteId (source: "transfer 2", "queue").
    void logLine(const QString& siteId, Ferry::FtpClient::LogKind kind, const QString& text,
                 const QString& source);

private:
    // One download job per item into localFolder, on the session's site.
    QList<TransferJobRequest>
    downloadRequests(const QString& siteId, const QList<RemoteItem>& items, const QString& localFolder,
                     std::optional<FileExistsAction> existsAction = std::nullopt) const;
    // Queues the jobs; returns the ids queued (an error in errorPane for any refused).
    QList<TransferJobId> enqueue(const QList<TransferJobRequest>& requests, FilePane* errorPane);
    void onFileFinished(TransferJobId id, const QString& sourcePath, bool transferred);
    void cancelDragOut();

    TransferEngine* m_queue;
    QWidget* m_window;
    QEventLoop* m_dragOutLoop = nullptr; // while fetchForDragOut() waits
    QList<TransferJobId> m_dragOutJobs;
    bool m_dragOutCanceled = false;
};

} // namespace Ferry
