#pragma once

#include "client/ftpclient.h"
#include "transfer/transferqueue.h"
#include "transfer/transfertypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <optional>

class QThread;

namespace Ferry {

struct QueueFileContents;

// The transfer engine in a thread of its own, for the window and the command line alike. A
// TransferQueue with its connections, file reads and writes lives in a worker thread that this object
// owns; the thread that creates the engine talks to it only through queued calls and signals that carry
// values. The engine keeps a copy of what the queue shows (job snapshots in queue order, sites,
// settings, connection counts, the question being asked), brought up to date by those signals, so that
// a view reads it at once without waiting for the worker.
//
// Adding, removing and reordering jobs change the copy at once and are then sent to the queue, which
// applies them in the same order: addJob() returns the new job's id, and the job is in jobs() from
// then on. States, progress and failures come back from the queue (jobChanged()). The signals are
// TransferQueue's, emitted in the engine's thread.
//
// Questions: existsQuestion() asks (one at a time), answerExistsQuestion() answers; a question the queue
// settled otherwise is withdrawn (questionWithdrawn()). Without a receiver for existsQuestion(), Ask
// skips the file, as the queue does. Other kinds of questions (a certificate to trust) are to follow the
// same path: a signal with the question as a value, an answer by id.
//
// shutdown() (or the destructor) pauses every job, keeps partial data, saves the queue when asked to,
// closes the connections and ends the thread.
class TransferEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferEngine)

public:
    explicit TransferEngine(QObject* parent = nullptr);
    ~TransferEngine() override;

    // ---- configuration -----------------------------------------------------------------------------
    TransferSettings settings() const { return m_settings; }
    void setSettings(const TransferSettings& settings);
    void setSite(const TransferSite& site);
    // Removes a site no job refers to; false otherwise.
    bool removeSite(const QString& siteId);
    std::optional<TransferSite> site(const QString& siteId) const;
    QStringList siteIds() const;

    // ---- jobs (as TransferQueue's) -----------------------------------------------------------------
    TransferJobId addJob(const TransferJobRequest& request, QString* errorString = nullptr);
    QList<TransferJobId> jobIds() const;
    int jobCount() const { return int(m_jobs.size()); }
    int indexOf(TransferJobId id) const;
    std::optional<TransferJobSnapshot> job(TransferJobId id) const;
    QList<TransferJobSnapshot> jobs() const { return m_jobs; }
    QList<TransferFileError> fileErrors(TransferJobId id) const;

    // Each returns false when the job (as the copy shows it) is not in a state that allows it.
    bool pauseJob(TransferJobId id);
    bool resumeJob(TransferJobId id);
    bool cancelJob(TransferJobId id);
    bool retryJob(TransferJobId id);
    bool removeJob(TransferJobId id);
    void pauseAll();
    void resumeAll();
    void cancelAll();
    void clearFinished();
    bool moveUp(TransferJobId id);
    bool moveDown(TransferJobId id);
    bool moveToTop(TransferJobId id);
    bool moveToBottom(TransferJobId id);
    bool moveTo(TransferJobId id, int index);

    TransferTotals totals() const;
    bool isIdle() const;

    // ---- questions ---------------------------------------------------------------------------------
    bool answerExistsQuestion(quint64 questionId, FileExistsAction action,
                              AnswerScope scope = AnswerScope::ThisFile);
    std::optional<FileExistsQuestion> pendingQuestion() const { return m_question; }

    // ---- persistence -------------------------------------------------------------------------------
    // Reads a queue file (once, at start: a small JSON file, read here so that its jobs are in the copy
    // when this returns) and adds its jobs, after those there are; *pausedCount counts the unfinished
    // jobs that wait paused (with RestoreAs::Paused: all of them). False with *errorString when it cannot be
    // read.
    bool restoreFromFile(const QString& path,
                         TransferQueue::RestoreAs restoreAs = TransferQueue::RestoreAs::Saved,
                         int* pausedCount = nullptr, QString* errorString = nullptr);
    void setAutoSaveFile(const QString& path, bool includePasswords = false);
    // Stops the engine: pauses every job, saves the queue to `savePath` (unless empty), closes the
    // connections and ends the worker thread, waiting at most `timeoutMs` for it. True when everything
    // ended in time (and the save worked); *errorString says what did not. Later calls do nothing.
    bool shutdown(const QString& savePath = QString(), int timeoutMs = 10000, QString* errorString = nullptr);
    bool isRunning() const { return m_queue != nullptr; }

    // ---- work on a site that is not a transfer (RemoteTasks), for the command line ---------------------
    // Each returns a request number; the matching signal carries it with the result.
    quint64 locateHome(const QString& siteId);
    quint64 listRemoteTree(const QString& siteId, const QString& root);
    quint64 removeRemote(const QString& siteId, const QList<RemoteTreeEntry>& entries);

    // ---- diagnostics -------------------------------------------------------------------------------
    int connectionCount(const QString& siteId) const { return m_connections.value(siteId); }
    int peakConnectionCount(const QString& siteId) const { return m_peakConnections.value(siteId); }
    // The thread the queue and its connections live in.
    QThread* workerThread() const { return m_thread; }

Q_SIGNALS:
    void jobAdded(Ferry::TransferJobId id, int index);
    void jobChanged(Ferry::TransferJobId id, const Ferry::TransferJobSnapshot& snapshot);
    void jobRemoved(Ferry::TransferJobId id, int index);
    void jobMoved(Ferry::TransferJobId id, int from, int to);
    void totalsChanged(const Ferry::TransferTotals& totals);
    void existsQuestion(const Ferry::FileExistsQuestion& question);
    void questionWithdrawn(quint64 questionId);
    void logMessage(Ferry::TransferJobId id, const QString& text);
    void fileFinished(Ferry::TransferJobId id, const QString& sourcePath, bool transferred);
    void connectionCountChanged(const QString& siteId, int count);
    void connectionLog(const QString& siteId, int connection, Ferry::FtpClient::LogKind kind,
                       const QString& text);
    void idle();
    void homeLocated(quint64 request, const Ferry::SiteHome& home);
    void remoteTreeListed(quint64 request, const Ferry::RemoteTree& tree);
    void remoteRemoved(quint64 request, const QList<Ferry::TransferFileError>& failures);

protected:
    void connectNotify(const QMetaMethod& signal) override;
    void disconnectNotify(const QMetaMethod& signal) override;

private:
    // Runs `call` with the queue in the worker thread (in the order posted).
    template <typename Call> void post(Call call);
    void tellQuestionReceiver();
    void appendJob(const TransferJobSnapshot& snapshot);
    void dropJob(TransferJobId id);
    void onJobChanged(TransferJobId id, const TransferJobSnapshot& snapshot);
    void onQueueIdle();
    void onConnectionCount(const QString& siteId, int count);
    void onFileFinished(TransferJobId id, const QString& sourcePath, bool transferred);
    void emitFinishedFiles();

    struct FinishedFile
    {
        TransferJobId id;
        QString sourcePath;
        bool transferred;
    };

    QThread* m_thread;
    QObject* m_context;     // lives in the worker: the receiver of posted calls
    TransferQueue* m_queue; // lives in the worker; touched only there
    TransferSettings m_settings;
    QHash<QString, TransferSite> m_sites;
    QList<TransferJobSnapshot> m_jobs;
    TransferJobId m_nextId = 1;
    quint64 m_nextRequest = 1;
    std::optional<FileExistsQuestion> m_question;
    QHash<QString, int> m_connections;
    QHash<QString, int> m_peakConnections;
    // fileFinished as it arrived from the worker, re-emitted a few milliseconds' worth per turn of this
    // thread's loop: a folder's batched size check finishes thousands of files at once.
    QList<FinishedFile> m_finishedFiles;
    QTimer m_finishedTimer;
    bool m_idleAfterFinished = false; // the worker went idle while some were still to re-emit
};

} // namespace Ferry
