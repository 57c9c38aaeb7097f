#pragma once

#include "client/ftpclient.h"
#include "transfer/transfertypes.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <memory>
#include <optional>

namespace Ferry {

class JobList;
class ProgressReporter;
class QuestionQueue;
class RemoteTasks;
class SiteRegistry;
class TransferScheduler;
struct QueueFileContents;
struct TransferJob;

// The transfer engine shared by the GUI and `ferry mirror`: a queue of upload and download jobs (files
// or whole folders) run over pooled, reused FTP connections, several per site in parallel.
//
// - Jobs run in queue order; reorder them with moveUp/moveDown/moveToTop/moveToBottom. Each job reports
//   progress, speed and ETA (smoothed) through jobChanged() with a TransferJobSnapshot, at most every
//   TransferSettings::progressIntervalMs; state changes are reported at once.
// - Folder jobs are walked breadth first (JobPlanner) while their first files already move. Their files
//   are spread over the site's connections.
// - Sites: each has a ConnectionPool that never exceeds its connection limit (one connection for board
//   servers without FEAT unless the site says otherwise).
// - Transient failures are retried with exponential backoff, continuing where the server allows it
//   (REST); downloads are written to ".name.ferry-part" and renamed when complete; uploads are verified
//   (size, and checksum where offered).
// - When a target exists the file-exists policy decides; with Ask, existsQuestion() is emitted (one at a
//   time) and the file waits for answerExistsQuestion() while other files go on. Without a receiver
//   connected to existsQuestion() (headless use), Ask behaves as Skip.
// - saveToFile()/restoreFromFile() keep the queue across runs; a job that was running comes back queued
//   and continues its partial files.
//
// Everything runs in the thread the queue lives in, asynchronously; memory is bounded by the number of
// files in the queue, never by their size. (TransferEngine runs a queue in a thread of its own.)
//
// The pieces: SiteRegistry (sites, their connection pools and speed limits), JobList (order and ids),
// TransferScheduler (folder walks, file decisions, transfers, retries), QuestionQueue (questions asked one
// at a time), ProgressReporter (snapshots, totals, idle) and the queue file (transferqueuestore.h).
class TransferQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferQueue)

public:
    explicit TransferQueue(QObject* parent = nullptr);
    ~TransferQueue() override;

    // ---- configuration -----------------------------------------------------------------------------
    TransferSettings settings() const { return m_settings; }
    void setSettings(const TransferSettings& settings);

    // Adds a site or updates the one with the same id (new login: connections opened from now on use it).
    void setSite(const TransferSite& site);
    // Removes a site no job refers to any more; false otherwise.
    bool removeSite(const QString& siteId);
    std::optional<TransferSite> site(const QString& siteId) const;
    QStringList siteIds() const;

    // ---- jobs --------------------------------------------------------------------------------------
    // Appends a job; it starts when its turn comes. Returns its id, or 0 with *errorString (unknown site,
    // a remote path not starting with '/', a local path that is empty or relative).
    TransferJobId addJob(const TransferJobRequest& request, QString* errorString = nullptr);
    // The same under an id chosen by the caller (TransferEngine hands ids out in its own thread); false
    // with *errorString when the request is refused or the id is taken.
    bool insertJob(TransferJobId id, const TransferJobRequest& request, QString* errorString = nullptr);
    // Why a request would be refused ("" when it would not): an unknown site, a path that is not
    // absolute.
    static QString requestProblem(const TransferJobRequest& request, bool siteKnown);
    QList<TransferJobId> jobIds() const; // in queue order
    int jobCount() const;
    int indexOf(TransferJobId id) const; // -1 if unknown
    std::optional<TransferJobSnapshot> job(TransferJobId id) const;
    QList<TransferJobSnapshot> jobs() const;
    // Files of a job that failed, with the reason, and the notes about things left out (symbolic links).
    QList<TransferFileError> fileErrors(TransferJobId id) const;
    QStringList notes(TransferJobId id) const;

    // Pause keeps partial data (continued on resume); cancel discards partial downloads, and partial
    // uploads of files that did not exist on the server before the job (DELE, best effort: a failure
    // goes to logMessage). Retry requeues a failed or canceled job's unfinished files. Each returns
    // false when the job is not in a state that allows it.
    bool pauseJob(TransferJobId id);
    bool resumeJob(TransferJobId id);
    bool cancelJob(TransferJobId id);
    bool retryJob(TransferJobId id);
    // Removes a job from the queue (canceling it first if it runs).
    bool removeJob(TransferJobId id);
    void pauseAll();
    void resumeAll();
    void cancelAll();
    // Removes every Done, Skipped, Failed and Canceled job.
    void clearFinished();

    bool moveUp(TransferJobId id);
    bool moveDown(TransferJobId id);
    bool moveToTop(TransferJobId id);
    bool moveToBottom(TransferJobId id);
    bool moveTo(TransferJobId id, int index);

    TransferTotals totals() const;
    // True when no job is queued or running.
    bool isIdle() const;

    // ---- questions ---------------------------------------------------------------------------------
    // Answers the question with this id (action must not be Ask). The scope extends the answer to the
    // job's later conflicts or to every job's until the queue is idle again.
    bool answerExistsQuestion(quint64 questionId, FileExistsAction action,
                              AnswerScope scope = AnswerScope::ThisFile);
    std::optional<FileExistsQuestion> pendingQuestion() const;
    // Whether anybody answers existsQuestion(): by default whoever connects to the signal; a queue whose
    // signals go through another object (TransferEngine) is told.
    enum class QuestionReceiver
    {
        WhenConnected,
        Present,
        Absent
    };
    void setQuestionReceiver(QuestionReceiver receiver) { m_questionReceiver = receiver; }

    // ---- persistence -------------------------------------------------------------------------------
    // Writes sites, settings and jobs as JSON (atomically). Passwords are left out unless asked for: the
    // caller sets sites again with their passwords (setSite) before or after restoring.
    bool saveToFile(const QString& path, bool includePasswords = false, QString* errorString = nullptr) const;
    // Adds the jobs of a file written by saveToFile() (after the ones in the queue, with fresh ids).
    // Sites it names that are not set yet are added; sites already set keep their settings.
    bool restoreFromFile(const QString& path, QString* errorString = nullptr);
    // Adds the jobs of a queue file read with readQueueFile() under the ids firstId, firstId + 1, ...;
    // with Paused, jobs that were queued or running come back paused (nothing starts by itself). Returns
    // the ids.
    enum class RestoreAs
    {
        Saved,
        Paused
    };
    QList<TransferJobId> adoptJobs(const QueueFileContents& contents, TransferJobId firstId,
                                   RestoreAs restoreAs = RestoreAs::Saved);
    // Saves to `path` a moment after every change (empty: off).
    void setAutoSaveFile(const QString& path, bool includePasswords = false);

    // Listing trees, deleting, finding the login's folder on the sites' connections (RemoteTasks).
    RemoteTasks* remoteTasks() const { return m_remoteTasks; }

    // ---- diagnostics -------------------------------------------------------------------------------
    // Connections of a site now, the most at once so far, and opened in all.
    int connectionCount(const QString& siteId) const;
    int peakConnectionCount(const QString& siteId) const;
    int openedConnectionCount(const QString& siteId) const;
    // The connection limit in force for a site (changes once the server's kind is known).
    int connectionLimit(const QString& siteId) const;

Q_SIGNALS:
    void jobAdded(Ferry::TransferJobId id, int index);
    void jobChanged(Ferry::TransferJobId id, const Ferry::TransferJobSnapshot& snapshot);
    void jobRemoved(Ferry::TransferJobId id, int index);
    void jobMoved(Ferry::TransferJobId id, int from, int to);
    void totalsChanged(const Ferry::TransferTotals& totals);
    void existsQuestion(const Ferry::FileExistsQuestion& question);
    // A question was settled without an answer (its job paused or canceled, or an answer with a wider
    // scope covered it): close its dialog.
    void questionWithdrawn(quint64 questionId);
    // A line for the transfer log: retries, skipped links, verification notes, failures.
    void logMessage(Ferry::TransferJobId id, const QString& text);
    // A file of a job arrived (transferred true) or was skipped by the file-exists policy (false);
    // sourcePath is local for uploads, remote for downloads. Failures go to logMessage and fileErrors().
    void fileFinished(Ferry::TransferJobId id, const QString& sourcePath, bool transferred);
    // The number of open control connections of a site changed.
    void connectionCountChanged(const QString& siteId, int count);
    // The control dialogue of the site's transfer connections (numbered per site), passwords masked.
    void connectionLog(const QString& siteId, int connection, Ferry::FtpClient::LogKind kind,
                       const QString& text);
    // Every job is finished or paused.
    void idle();

private:
    TransferJob* findJob(TransferJobId id) const;
    void resolveQuestionsByPolicy();
    void onBecameIdle();
    void autoSave();
    void scheduleRun();

    TransferSettings m_settings;
    std::unique_ptr<JobList> m_jobs;
    SiteRegistry* m_sites;
    QuestionQueue* m_questions;
    ProgressReporter* m_reporter;
    TransferScheduler* m_scheduler;
    RemoteTasks* m_remoteTasks;
    QTimer m_autoSaveTimer; // a child too: it moves to another thread with the queue
    QString m_autoSavePath;
    bool m_autoSavePasswords = false;
    QuestionReceiver m_questionReceiver = QuestionReceiver::WhenConnected;
};

} // namespace Ferry
