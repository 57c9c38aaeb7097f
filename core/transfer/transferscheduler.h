#pragma once

#include "client/ftpoperation.h"
#include "transfer/transferjob.h"

#include <QObject>
#include <functional>
#include <optional>

namespace Ferry {

class FileTransfer;
class FtpClient;
class JobList;
class ProgressReporter;
class QuestionQueue;
class SiteRegistry;
class SizeCheckRunner;

// Decides what the transfer queue does next and runs it: in queue order, each open job first gets its
// folders walked (JobPlanner, on a pooled connection), then its files are decided (file-exists policy,
// questions) and handed to FileTransfers on the site's connections while the pool has room. Failed files
// and walks are retried after a growing delay when the failure is worth it (client/retrypolicy.h).
// Internal to the transfer engine: TransferQueue owns it and passes its signals on.
class TransferScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferScheduler)

public:
    // `settings` is the queue's (read at every decision); `canAsk` says whether anybody answers
    // file-exists questions (otherwise Ask skips the file).
    TransferScheduler(JobList& jobs, SiteRegistry& sites, QuestionQueue& questions,
                      ProgressReporter& reporter, const TransferSettings& settings,
                      std::function<bool()> canAsk, QObject* parent = nullptr);
    ~TransferScheduler() override;

    // Runs the queue from the event loop (once, however often it is asked).
    void scheduleRun();

    // Decides what to do with a file that is ready (by `action`, else the job's policy); false when it
    // does not go to the server (skipped, failed, or waiting for an answer).
    bool prepareItem(TransferJob& job, int index, std::optional<FileExistsAction> action = std::nullopt);
    // Stops the job's walk and transfers (keepPartial: paused, else canceled) and withdraws its questions;
    // its unfinished files wait in the ready list in file order again.
    void stopJobWork(TransferJob& job, bool keepPartial);
    // Canceled uploads: deletes (DELE, best effort) the remote files of waiting items that this job
    // created and left unfinished.
    void removeRemotePartials(TransferJob& job);
    // Sets a job that has nothing left to do to Done, Failed or Skipped.
    void checkJobFinished(TransferJob& job);
    // The job's folder walk goes away with the job (a running one finishes first and hands back its
    // connection).
    void discardPlanner(TransferJob& job);
    // The policy a job's conflicts are decided by now.
    FileExistsAction effectiveAction(const TransferJob& job) const;

Q_SIGNALS:
    void logMessage(Ferry::TransferJobId id, const QString& text);
    void fileFinished(Ferry::TransferJobId id, const QString& sourcePath, bool transferred);

private:
    void run();
    void runJob(TransferJob& job);
    void startPlanner(TransferJob& job);
    void createPlanner(TransferJob& job);
    void onPlannerConnection(TransferJobId id, quint64 generation, FtpClient* client,
                             FtpOperation::Error error, const QString& message);
    void onPlannerStopped(TransferJobId id);
    // Counts a failed folder walk, waits TransferSettings::retryDelayMs() and lets run() start the planner
    // again; returns the delay.
    int retryPlannerLater(TransferJob& job);
    void startItem(TransferJob& job, int index);
    void onItemConnection(TransferJobId id, int index, quint64 generation, FtpClient* client,
                          FtpOperation::Error error, const QString& message);
    void startTransfer(TransferJob& job, int index, FtpClient* client);
    void onItemFinished(TransferJobId id, int index);
    void retryLater(TransferJob& job, int index, const QString& reason);
    // Uploads of folders: the size check after each file is done in batches (UploadVerifier).
    void awaitSizeCheck(TransferJob& job, int index, const FileTransfer& transfer);
    // What the size on the server (-1: not there) of a Verifying file means for it.
    void onSizeChecked(TransferJob& job, int index, qint64 remoteSize);
    void finishItem(TransferJob& job, int index, TransferFileItem::State state,
                    const QString& error = QString(),
                    FtpOperation::Error errorKind = FtpOperation::Error::NoError);
    void failJob(TransferJob& job, const QString& message, FtpOperation::Error errorKind);
    void log(TransferJobId id, const QString& text) { Q_EMIT logMessage(id, text); }

    JobList& m_jobs;
    SiteRegistry& m_sites;
    QuestionQueue& m_questions;
    ProgressReporter& m_reporter;
    const TransferSettings& m_settings;
    std::function<bool()> m_canAsk;
    bool m_runScheduled = false;
    SizeCheckRunner* m_sizeChecks = nullptr;
};

} // namespace Ferry
