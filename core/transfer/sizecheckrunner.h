#pragma once

#include "client/ftpoperation.h"
#include "transfer/transferjob.h"

#include <QObject>
#include <QString>
#include <functional>

namespace Ferry {

class JobList;
class SiteRegistry;
class UploadVerifier;

// Part of TransferScheduler: runs the size checks of a folder job's uploaded files (its toVerify list) in
// batches (UploadVerifier) on the site's pooled connections: once enough files wait, or when nothing else
// of the job is left to send. A batch whose connection fails is tried again later, as transfers are;
// after the last retry its files are given up. The scheduler decides what a size found means for a file.
class SizeCheckRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SizeCheckRunner)

public:
    struct Callbacks
    {
        // The size of a file on the server (-1: not there).
        std::function<void(TransferJob& job, int index, qint64 remoteSize)> checked;
        // A file whose size could not be learnt: the connection kept failing.
        std::function<void(TransferJob& job, int index, FtpOperation::Error error, const QString& message)>
            unchecked;
        // After a batch: the job's state may have changed.
        std::function<void(TransferJob& job)> batchDone;
        std::function<void(TransferJobId id, const QString& text)> log;
        std::function<void()> scheduleRun;
    };

    SizeCheckRunner(JobList& jobs, SiteRegistry& sites, const TransferSettings& settings, Callbacks callbacks,
                    QObject* parent = nullptr);

    // Starts a batch of the job's waiting files when it is time (see above) and a connection is free.
    void start(TransferJob& job);
    // Pause, cancel: the running batch stops, its files wait again.
    void stop(TransferJob& job);
    // The scheduler is going away: the running batch is deleted without a word.
    static void discard(TransferJob& job);

private:
    void onConnection(TransferJobId id, FtpClient* client, FtpOperation::Error error, const QString& message);
    void onFinished(TransferJobId id, UploadVerifier* verifier);
    void failed(TransferJob& job, FtpOperation::Error error, const QString& message);

    JobList& m_jobs;
    SiteRegistry& m_sites;
    const TransferSettings& m_settings;
    Callbacks m_callbacks;
};

} // namespace Ferry
