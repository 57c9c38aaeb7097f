#pragma once

#include "appsettings.h"
#include "client/ftpclient.h"
#include "client/ftpclientoptions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <memory>

class QFile;

namespace Ferry {

class FtpOperation;

// Part 1's stand-in for the transfer queue (core/transfer, part 2 replaces it behind the same calls):
// uploads and downloads files and whole folders one at a time over a connection of its own, never the
// browsing one. Downloads go to ".<name>.ferry-part" in the target folder and are renamed when
// complete, as the command line does. Folders are expanded one level at a time as their turn comes, so
// a large tree never blocks the window. When the queue runs dry the connection is closed (QUIT): board
// servers have four sessions at most.
class TransferController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferController)

public:
    enum class Direction
    {
        Upload,
        Download
    };
    Q_ENUM(Direction)

    struct RemoteItem
    {
        QString path; // absolute
        bool isDir = false;
        qint64 size = -1;
    };

    explicit TransferController(QObject* parent = nullptr);
    ~TransferController() override;

    // The server to transfer with (the browsing connection's login and options). Cancels running work
    // when it changes.
    void setConnection(const FtpLogin& login, const FtpClientOptions& options);
    bool hasConnection() const { return !m_login.host.isEmpty(); }
    void setFileExistsAction(FileExistsAction action) { m_fileExists = action; }

    // Queue a batch; returns its id (reported back by batchFinished()).
    int upload(const QStringList& localPaths, const QString& remoteFolder);
    int download(const QList<RemoteItem>& items, const QString& localFolder);
    void cancelAll();

    bool isBusy() const { return m_busy; }
    // Queued entries (files and not yet expanded folders), the running one included.
    int pendingCount() const;
    QString currentName() const;
    qint64 bytesPerSecond() const { return m_rate; }

    // The answer to conflict(): what to do with the target, and whether for the rest of the batch.
    void resolveConflict(FileExistsAction action, bool forRestOfBatch);

Q_SIGNALS:
    void busyChanged(bool busy);
    void queueChanged();
    void progress(const QString& name, qint64 done, qint64 total);
    void throughputChanged(qint64 bytesPerSecond);
    void fileFinished(Ferry::TransferController::Direction direction, const QString& localPath,
                      const QString& remotePath, bool ok, const QString& errorString);
    // A batch is done: failed counts the entries that failed, firstError names the first failure.
    void batchFinished(int batch, int failed, const QString& firstError);
    void remoteFolderChanged(const QString& remoteFolder);
    void localFolderChanged(const QString& localFolder);
    // The target exists and the policy is Ask: call resolveConflict().
    void conflict(Ferry::TransferController::Direction direction, const QString& target);
    void logMessage(Ferry::FtpClient::LogKind kind, const QString& text);

private:
    struct Job
    {
        int batch = 0;
        Direction direction = Direction::Upload;
        QString localPath;
        QString remotePath;
        bool isDir = false;
        qint64 size = -1;
        FileExistsAction resolution = FileExistsAction::Ask; // set once a conflict was decided
        bool resolved = false;
    };

    void pump();
    void closeIdleConnection();
    void ensureConnected();
    void runUploadFolder();
    void runUploadFile();
    void runDownloadFolder();
    void runDownloadFile();
    void startUpload();
    void startDownload();
    // Returns false while waiting for an answer or a listing; may rewrite the job's target.
    bool resolveTarget(bool exists);
    void finishCurrent(bool ok, const QString& errorString, bool skipped = false);
    void failAll(const QString& errorString);
    void setBusy(bool busy);
    void updateRate();
    FileExistsAction policyFor(int batch) const;
    FtpOperation* track(FtpOperation* operation);

    std::unique_ptr<FtpClient> m_client;
    FtpLogin m_login;
    FtpClientOptions m_options;
    FileExistsAction m_fileExists = FileExistsAction::Ask;
    QList<Job> m_queue;
    std::unique_ptr<Job> m_current;
    QPointer<FtpOperation> m_operation;
    std::unique_ptr<QFile> m_file;
    QString m_tempPath;
    bool m_waitingForAnswer = false;
    bool m_connecting = false;
    bool m_closing = false;
    QTimer m_idleTimer;
    bool m_busy = false;
    int m_nextBatch = 1;
    QHash<int, int> m_batchFailures;
    QHash<int, QString> m_batchErrors;
    QHash<int, FileExistsAction> m_batchPolicy;
    // Names known in each remote folder during a run (for the exists check); dropped when idle.
    QHash<QString, QSet<QString>> m_remoteNames;
    QTimer m_rateTimer;
    QElapsedTimer m_rateClock;
    qint64 m_bytesSinceTick = 0;
    qint64 m_lastDone = 0;
    qint64 m_rate = 0;
};

} // namespace Ferry
