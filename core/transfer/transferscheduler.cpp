#include "transfer/transferscheduler.h"

#include "client/ftpclient.h"
#include "client/retrypolicy.h"
#include "transfer/connectionpool.h"
#include "transfer/existspolicy.h"
#include "transfer/filetransfer.h"
#include "transfer/joblist.h"
#include "transfer/jobplanner.h"
#include "transfer/progressreporter.h"
#include "transfer/questionqueue.h"
#include "transfer/siteregistry.h"
#include "transfer/sizecheckrunner.h"
#include "transfer/transferpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <memory>

namespace Ferry {

namespace {

constexpr int MaxNotes = 1000;

} // namespace

TransferScheduler::TransferScheduler(JobList& jobs, SiteRegistry& sites, QuestionQueue& questions,
                                     ProgressReporter& reporter, const TransferSettings& settings,
                                     std::function<bool()> canAsk, QObject* parent)
    : QObject(parent), m_jobs(jobs), m_sites(sites), m_questions(questions), m_reporter(reporter),
      m_settings(settings), m_canAsk(std::move(canAsk))
{
    connect(&m_sites, &SiteRegistry::capacityChanged, this, &TransferScheduler::scheduleRun);
    SizeCheckRunner::Callbacks callbacks;
    callbacks.checked = [this](TransferJob& job, int index, qint64 remoteSize) {
        onSizeChecked(job, index, remoteSize);
    };
    callbacks.unchecked = [this](TransferJob& job, int index, FtpOperation::Error error,
                                 const QString& message) {
        TransferFileItem& item = job.items[size_t(index)];
        job.bytesVerifying -= item.storedSize;
        item.position = 0;
        item.partial = false;
        finishItem(job, index, TransferFileItem::State::Failed, message, error);
    };
    callbacks.batchDone = [this](TransferJob& job) {
        m_reporter.markDirty(job);
        checkJobFinished(job);
    };
    callbacks.log = [this](TransferJobId id, const QString& text) {
        log(id, text);
    };
    callbacks.scheduleRun = [this]() {
        scheduleRun();
    };
    m_sizeChecks = new SizeCheckRunner(m_jobs, m_sites, m_settings, std::move(callbacks), this);
}

TransferScheduler::~TransferScheduler()
{
    // Stop the work before the connections it runs on.
    for (const std::unique_ptr<TransferJob>& job : m_jobs) {
        SizeCheckRunner::discard(*job);
        if (job->planner) {
            job->planner->disconnect(this);
            delete job->planner;
            job->planner = nullptr;
        }
        for (TransferFileItem& item : job->items) {
            if (item.transfer) {
                item.transfer->disconnect(this);
                delete item.transfer;
                item.transfer = nullptr;
            }
        }
    }
}

void TransferScheduler::scheduleRun()
{
    if (m_runScheduled)
        return;
    m_runScheduled = true;
    QTimer::singleShot(0, this, &TransferScheduler::run);
}

void TransferScheduler::run()
{
    m_runScheduled = false;
    // Queue order is priority order: earlier jobs take the connections first. (By id: a receiver of
    // jobChanged() may remove jobs meanwhile.)
    for (TransferJobId id : m_jobs.ids()) {
        TransferJob* job = m_jobs.find(id);
        if (!job || !isOpenState(job->state))
            continue;
        if (!m_sites.contains(job->siteId)) {
            m_reporter.setJobState(*job, TransferJobState::Failed,
                                   tr("There is no site \"%1\" to transfer with.").arg(job->siteId));
            continue;
        }
        runJob(*job);
    }
    m_reporter.checkIdle();
}

void TransferScheduler::runJob(TransferJob& job)
{
    ConnectionPool* pool = m_sites.find(job.siteId)->pool;
    if (!job.planned && job.plannerState == TransferJob::PlannerState::Idle) {
        if (!pool->hasCapacity())
            return;
        startPlanner(job);
    }
    while (!job.ready.empty() && isOpenState(job.state)) {
        const int index = job.ready.front();
        if (!prepareItem(job, index)) {
            // Skipped, waiting for an answer, or no longer pending.
            if (!job.ready.empty() && job.ready.front() == index)
                job.ready.pop_front();
            continue;
        }
        if (!pool->hasCapacity())
            break;
        job.ready.pop_front();
        startItem(job, index);
    }
    m_sizeChecks->start(job);
    checkJobFinished(job);
}

// ---- the folder walk -----------------------------------------------------------------------------------

void TransferScheduler::createPlanner(TransferJob& job)
{
    JobPlanner::Request request;
    request.direction = job.direction;
    request.folder = job.folder;
    request.localPath = job.localPath;
    request.remotePath = job.remotePath;
    request.followLocalSymlinks = m_settings.followLocalSymlinks;
    job.planner = new JobPlanner(request, this);
    const TransferJobId id = job.id;
    connect(job.planner, &JobPlanner::filesFound, this,
            [this, id](const QList<JobPlanner::FoundFile>& files) {
                TransferJob* j = m_jobs.find(id);
                if (!j)
                    return;
                for (const JobPlanner::FoundFile& file : files) {
                    TransferFileItem item;
                    item.localPath = file.localPath;
                    item.remotePath = file.remotePath;
                    item.size = file.size;
                    item.time = file.time;
                    item.timeHasSeconds = file.timeHasSeconds;
                    item.targetExists = file.targetExists;
                    item.targetSize = file.targetSize;
                    item.targetTime = file.targetTime;
                    item.targetTimeHasSeconds = file.targetTimeHasSeconds;
                    if (!j->knownFiles.isEmpty() && j->knownFiles.contains(sourceKeyOf(*j, item)))
                        continue; // a retried walk finds it again
                    if (j->folder && (!j->includeGlobs.isEmpty() || !j->excludeGlobs.isEmpty()) &&
                        !transferFilterAccepts(QDir(j->localPath).relativeFilePath(item.localPath),
                                               j->includeGlobs, j->excludeGlobs))
                        continue;
                    const int index = int(j->items.size());
                    j->items.push_back(item);
                    j->ready.push_back(index);
                    j->bytesTotal += qMax<qint64>(0, item.size);
                    ++j->openItems;
                }
                m_reporter.markDirty(*j);
                scheduleRun();
            });
    connect(job.planner, &JobPlanner::entryNote, this,
            [this, id](const QString& path, const QString& message, bool failed) {
                TransferJob* j = m_jobs.find(id);
                if (!j)
                    return;
                if (failed) {
                    j->entryErrors.append(TransferFileError{path, message});
                    ++j->filesFailed;
                } else if (j->notes.size() < MaxNotes) {
                    j->notes.append(tr("%1: %2").arg(path, message));
                }
                log(id, tr("%1: %2").arg(path, message));
                m_reporter.markDirty(*j);
            });
    connect(job.planner, &JobPlanner::stopped, this, [this, id]() { onPlannerStopped(id); });
}

void TransferScheduler::startPlanner(TransferJob& job)
{
    if (!job.planner)
        createPlanner(job);
    job.plannerState = TransferJob::PlannerState::Connecting;
    if (job.state == TransferJobState::Queued)
        m_reporter.setJobState(job, TransferJobState::Running);
    const TransferJobId id = job.id;
    const quint64 generation = job.generation;
    const QString siteId = job.siteId;
    job.plannerRequest = m_sites.find(siteId)->pool->acquire(
        [this, id, generation, siteId](FtpClient* client, FtpOperation::Error error, const QString& message) {
            TransferJob* j = m_jobs.find(id);
            if (!j || j->generation != generation ||
                j->plannerState != TransferJob::PlannerState::Connecting) {
                if (client)
                    m_sites.release(siteId, client);
                return;
            }
            onPlannerConnection(id, generation, client, error, message);
        });
}

void TransferScheduler::onPlannerConnection(TransferJobId id, quint64, FtpClient* client,
                                            FtpOperation::Error error, const QString& message)
{
    TransferJob& job = *m_jobs.find(id);
    job.plannerRequest = 0;
    if (!client) {
        job.plannerState = TransferJob::PlannerState::Idle;
        if (!isWorthRetrying(error) || job.plannerAttempts >= m_settings.maxRetries) {
            failJob(job, message, error);
            return;
        }
        const int delay = retryPlannerLater(job);
        log(id, tr("Could not connect (%1); trying again in %2 s.").arg(message).arg(delay / 1000.0));
        return;
    }
    job.plannerState = TransferJob::PlannerState::Running;
    job.plannerClient = client;
    job.planner->run(client);
}

int TransferScheduler::retryPlannerLater(TransferJob& job)
{
    ++job.plannerAttempts;
    ++job.retries;
    job.plannerState = TransferJob::PlannerState::RetryWait;
    const int delay = m_settings.retryDelayMs(job.plannerAttempts);
    const TransferJobId id = job.id;
    const quint64 generation = job.generation; // a pause, cancel or retry meanwhile makes this timer stale
    QTimer::singleShot(delay, this, [this, id, generation]() {
        TransferJob* later = m_jobs.find(id);
        if (later && later->generation == generation &&
            later->plannerState == TransferJob::PlannerState::RetryWait) {
            later->plannerState = TransferJob::PlannerState::Idle;
            scheduleRun();
        }
    });
    m_reporter.markDirty(job);
    return delay;
}

void TransferScheduler::onPlannerStopped(TransferJobId id)
{
    TransferJob* job = m_jobs.find(id);
    if (!job || !job->planner)
        return;
    if (job->plannerClient) {
        m_sites.release(job->siteId, job->plannerClient);
        job->plannerClient = nullptr;
    }
    job->plannerState = TransferJob::PlannerState::Idle;
    JobPlanner* planner = job->planner;
    switch (planner->outcome()) {
    case JobPlanner::Outcome::Running:
    case JobPlanner::Outcome::Aborted:
        break;
    case JobPlanner::Outcome::Done:
        job->planned = true;
        job->folder = planner->isFolder();
        job->plannerAttempts = 0;
        job->knownFiles.clear();
        planner->disconnect(this);
        planner->deleteLater();
        job->planner = nullptr;
        m_reporter.markDirty(*job);
        m_reporter.noteChange();
        checkJobFinished(*job);
        break;
    case JobPlanner::Outcome::Failed:
        if (!isOpenState(job->state))
            break;
        if (planner->isRetryable() && job->plannerAttempts < m_settings.maxRetries) {
            const int delay = retryPlannerLater(*job);
            log(id, tr("Listing failed (%1); trying again in %2 s.")
                        .arg(planner->errorString())
                        .arg(delay / 1000.0));
            break;
        }
        failJob(*job, planner->errorString(), planner->error());
        break;
    }
    scheduleRun();
}

void TransferScheduler::discardPlanner(TransferJob& job)
{
    if (!job.planner)
        return;
    JobPlanner* planner = job.planner;
    planner->disconnect(this);
    if (job.plannerState == TransferJob::PlannerState::Running && job.plannerClient) {
        FtpClient* client = job.plannerClient;
        const QString siteId = job.siteId;
        connect(planner, &JobPlanner::stopped, this, [this, planner, client, siteId]() {
            m_sites.release(siteId, client);
            planner->deleteLater();
        });
    } else {
        planner->deleteLater();
    }
    job.planner = nullptr;
}

// ---- files ---------------------------------------------------------------------------------------------

FileExistsAction TransferScheduler::effectiveAction(const TransferJob& job) const
{
    FileExistsAction action = job.existsAction.value_or(m_settings.defaultExistsAction);
    if (action == FileExistsAction::Ask && m_questions.answerForAll())
        action = *m_questions.answerForAll();
    return action;
}

bool TransferScheduler::prepareItem(TransferJob& job, int index, std::optional<FileExistsAction> action)
{
    TransferFileItem& item = job.items[size_t(index)];
    if (item.state != TransferFileItem::State::Pending)
        return false;
    if (item.decided || item.partial)
        return true;
    FileFacts source;
    FileFacts target;
    bool targetIsFolder = false;
    itemFactsOf(job, item, &source, &target, &targetIsFolder);
    if (targetIsFolder) {
        finishItem(job, index, TransferFileItem::State::Failed,
                   tr("Cannot download %1: %2 is a folder.")
                       .arg(item.remotePath, QDir::toNativeSeparators(item.localPath)),
                   FtpOperation::Error::LocalIoError);
        return false;
    }
    ExistsDecision decision = decideExists(action.value_or(effectiveAction(job)), source, target);
    if (decision == ExistsDecision::Ask && !m_canAsk()) {
        decision = ExistsDecision::Skip;
        log(job.id,
            tr("%1 exists; nobody to ask, so it is skipped.")
                .arg(job.direction == TransferDirection::Upload ? item.remotePath
                                                                : QDir::toNativeSeparators(item.localPath)));
    }
    switch (decision) {
    case ExistsDecision::Ask: {
        item.state = TransferFileItem::State::AnswerWait;
        FileExistsQuestion question;
        question.jobId = job.id;
        question.direction = job.direction;
        question.sourcePath = sourceKeyOf(job, item);
        question.targetPath = job.direction == TransferDirection::Upload ? item.remotePath : item.localPath;
        question.sourceSize = source.size;
        question.sourceTime = source.time;
        question.targetSize = target.size;
        question.targetTime = target.time;
        question.canResume = source.size >= 0 && target.size >= 0 && target.size < source.size;
        m_questions.add(question, index);
        m_reporter.markDirty(job);
        return false;
    }
    case ExistsDecision::Skip:
        finishItem(job, index, TransferFileItem::State::Skipped);
        return false;
    case ExistsDecision::Rename:
        if (job.direction == TransferDirection::Download) {
            const QFileInfo info(item.localPath);
            for (int n = 1; n < 10000; ++n) {
                const QString candidate = info.dir().filePath(numberedFileName(info.fileName(), n));
                if (!QFileInfo::exists(candidate) && !QFileInfo::exists(partFilePath(candidate))) {
                    item.localPath = candidate;
                    break;
                }
            }
            decision = ExistsDecision::Transfer;
        }
        break;
    case ExistsDecision::Transfer:
    case ExistsDecision::Resume:
        break;
    }
    item.decided = true;
    item.decision = decision;
    return true;
}

void TransferScheduler::startItem(TransferJob& job, int index)
{
    TransferFileItem& item = job.items[size_t(index)];
    item.state = TransferFileItem::State::Connecting;
    job.working.insert(index);
    if (job.state == TransferJobState::Queued)
        m_reporter.setJobState(job, TransferJobState::Running);
    const TransferJobId id = job.id;
    const quint64 generation = job.generation;
    const QString siteId = job.siteId;
    item.poolRequest = m_sites.find(siteId)->pool->acquire(
        [this, id, index, generation, siteId](FtpClient* client, FtpOperation::Error error,
                                              const QString& message) {
            TransferJob* j = m_jobs.find(id);
            if (!j || !m_sites.contains(siteId) || j->generation != generation ||
                size_t(index) >= j->items.size() ||
                j->items[size_t(index)].state != TransferFileItem::State::Connecting) {
                if (client)
                    m_sites.release(siteId, client);
                return;
            }
            onItemConnection(id, index, generation, client, error, message);
        });
}

void TransferScheduler::onItemConnection(TransferJobId id, int index, quint64, FtpClient* client,
                                         FtpOperation::Error error, const QString& message)
{
    TransferJob& job = *m_jobs.find(id);
    TransferFileItem& item = job.items[size_t(index)];
    item.poolRequest = 0;
    if (client) {
        startTransfer(job, index, client);
        return;
    }
    job.working.remove(index);
    item.state = TransferFileItem::State::Pending;
    if (error == FtpOperation::Error::LoginFailed) {
        job.ready.push_front(index);
        failJob(job, message, error);
    } else if (isWorthRetrying(error) && item.attempts < m_settings.maxRetries) {
        retryLater(job, index, message);
    } else {
        finishItem(job, index, TransferFileItem::State::Failed, message, error);
    }
    scheduleRun();
}

void TransferScheduler::startTransfer(TransferJob& job, int index, FtpClient* client)
{
    TransferFileItem& item = job.items[size_t(index)];
    FileTransfer::Task task;
    task.direction = job.direction;
    task.localPath = item.localPath;
    task.remotePath = item.remotePath;
    if (job.direction == TransferDirection::Download) {
        task.sourceSize = item.size;
        task.sourceTime = item.time;
    }
    task.mode = item.decision == ExistsDecision::Resume ? FileTransfer::StartMode::ResumeTarget
                : item.partial                          ? FileTransfer::StartMode::Continue
                                                        : FileTransfer::StartMode::Fresh;
    task.verifySize = m_settings.verifyUploadSize;
    // A folder's uploads are checked together: the connection goes on to the next file at once. Not on
    // a server that has lost an upload already (a board, see board-servers.md) and not for a retry:
    // there each file is checked at once, so that the next upload knows the outcome of the last one.
    const SiteRegistry::Site* site = m_sites.find(job.siteId);
    const bool lossySite = site && site->pool->avoidsEpsvUploads();
    task.deferSizeCheck =
        job.direction == TransferDirection::Upload && job.folder && !lossySite && item.attempts == 0;
    task.verifyChecksum = m_settings.verifyUploadChecksum;
    task.preserveTime = m_settings.preserveModificationTime;
    task.findFreeRemoteName =
        job.direction == TransferDirection::Upload && item.decision == ExistsDecision::Rename;
    // A target that was not there before the job (or a free name) is ours to delete on cancel.
    // (Not for unplanned jobs: nobody looked whether the target was there.)
    task.removePartialOnCancel =
        job.direction == TransferDirection::Upload && !job.unplanned &&
        (!item.targetExists || item.remoteCreated || item.decision == ExistsDecision::Rename);
    task.limiters = {m_sites.globalLimiter(), m_sites.find(job.siteId)->limiter};
    auto* transfer = new FileTransfer(client, task, this);
    item.state = TransferFileItem::State::Active;
    item.transfer = transfer;
    item.client = client;
    item.lastMoved = 0;
    job.currentFile = sourceKeyOf(job, item);
    const TransferJobId id = job.id;
    const QString siteId = job.siteId;
    connect(transfer, &FileTransfer::progress, this, [this, id, index, transfer]() {
        TransferJob* pj = m_jobs.find(id);
        if (!pj || size_t(index) >= pj->items.size() || pj->items[size_t(index)].transfer != transfer)
            return;
        TransferFileItem& pi = pj->items[size_t(index)];
        const qint64 moved = transfer->bytesMoved();
        if (moved > pi.lastMoved)
            pj->moved += moved - pi.lastMoved;
        pi.lastMoved = moved;
        pi.position = transfer->position();
        pi.reportedSize = transfer->totalSize();
        pj->dirty = true;
    });
    connect(transfer, &FileTransfer::finished, this, [this, id, index, transfer, client, siteId]() {
        if (transfer->lostOverEpsv()) {
            if (SiteRegistry::Site* site = m_sites.find(siteId); site && !site->pool->avoidsEpsvUploads())
                site->pool->avoidEpsvUploads();
        }
        m_sites.release(siteId, client);
        transfer->deleteLater();
        onItemFinished(id, index);
    });
    transfer->start();
    m_reporter.markDirty(job);
}

void TransferScheduler::onItemFinished(TransferJobId id, int index)
{
    TransferJob* job = m_jobs.find(id);
    if (!job || size_t(index) >= job->items.size())
        return;
    TransferFileItem& item = job->items[size_t(index)];
    FileTransfer* transfer = item.transfer;
    if (!transfer)
        return;
    item.transfer = nullptr;
    item.client = nullptr;
    job->working.remove(index);
    const qint64 moved = transfer->bytesMoved();
    if (moved > item.lastMoved)
        job->moved += moved - item.lastMoved;
    item.lastMoved = 0;
    item.remotePath = transfer->task().remotePath; // a free name may have been chosen
    if (job->direction == TransferDirection::Upload && transfer->storeSent() &&
        transfer->task().removePartialOnCancel)
        item.remoteCreated = true;
    if (item.decision == ExistsDecision::Rename)
        item.decision = ExistsDecision::Transfer; // the name is fixed now
    if (!transfer->note().isEmpty()) {
        log(id, transfer->note());
        if (job->notes.size() < MaxNotes)
            job->notes.append(transfer->note());
    }

    if (transfer->succeeded() && transfer->sizeCheckDeferred()) {
        awaitSizeCheck(*job, index, *transfer);
    } else if (transfer->succeeded()) {
        item.position = transfer->totalSize() >= 0 ? transfer->totalSize() : transfer->position();
        finishItem(*job, index, TransferFileItem::State::Done);
    } else if (job->state == TransferJobState::Canceled) {
        finishItem(*job, index, TransferFileItem::State::Canceled);
    } else if (transfer->wasAborted() || !isOpenState(job->state)) {
        // Paused (or the job failed as a whole): continue later from what is there.
        item.state = TransferFileItem::State::Pending;
        item.partial = !transfer->restartFromZero();
        item.position = 0;
        job->ready.push_front(index);
    } else if (transfer->isRetryable() && item.attempts < m_settings.maxRetries) {
        item.partial = !transfer->restartFromZero();
        if (transfer->restartFromZero() && item.decision == ExistsDecision::Resume)
            item.decision = ExistsDecision::Transfer;
        item.position = 0;
        retryLater(*job, index, transfer->errorString());
    } else {
        item.position = 0;
        finishItem(*job, index, TransferFileItem::State::Failed, transfer->errorString(), transfer->error());
    }
    m_reporter.markDirty(*job);
    checkJobFinished(*job);
    scheduleRun();
}

void TransferScheduler::retryLater(TransferJob& job, int index, const QString& reason)
{
    TransferFileItem& item = job.items[size_t(index)];
    ++item.attempts;
    ++job.retries;
    item.state = TransferFileItem::State::RetryWait;
    const int delay = m_settings.retryDelayMs(item.attempts);
    log(job.id, tr("%1 failed (%2); attempt %3 of %4 in %5 s.")
                    .arg(sourcePathOf(job, item), reason)
                    .arg(item.attempts + 1)
                    .arg(m_settings.maxRetries + 1)
                    .arg(delay / 1000.0));
    const TransferJobId id = job.id;
    const quint64 generation = job.generation;
    QTimer::singleShot(delay, this, [this, id, index, generation]() {
        TransferJob* j = m_jobs.find(id);
        if (!j || j->generation != generation || size_t(index) >= j->items.size() ||
            j->items[size_t(index)].state != TransferFileItem::State::RetryWait)
            return;
        j->items[size_t(index)].state = TransferFileItem::State::Pending;
        j->ready.push_front(index);
        scheduleRun();
    });
}

// ---- the size check of uploaded files, a batch at a time ----------------------------------------------

void TransferScheduler::awaitSizeCheck(TransferJob& job, int index, const FileTransfer& transfer)
{
    TransferFileItem& item = job.items[size_t(index)];
    item.state = TransferFileItem::State::Verifying;
    item.storedSize = transfer.localSize();
    item.storedOverEpsv = transfer.storedOverEpsv();
    item.position = item.storedSize;
    job.bytesVerifying += item.storedSize;
    job.toVerify.push_back(index);
}

void TransferScheduler::onSizeChecked(TransferJob& job, int index, qint64 remoteSize)
{
    TransferFileItem& item = job.items[size_t(index)];
    job.bytesVerifying -= item.storedSize;
    if (remoteSize == item.storedSize) {
        finishItem(job, index, TransferFileItem::State::Done);
        return;
    }
    // As FileTransfer's own check: the file is sent again from its first byte.
    const bool epsvLost = item.storedOverEpsv && remoteSize >= 0 && remoteSize < item.storedSize;
    if (SiteRegistry::Site* site = m_sites.find(job.siteId);
        epsvLost && site && !site->pool->avoidsEpsvUploads())
        site->pool->avoidEpsvUploads();
    const QString message =
        FileTransfer::sizeCheckFailure(item.remotePath, remoteSize, item.storedSize, epsvLost);
    item.position = 0;
    item.partial = false;
    if (item.decision == ExistsDecision::Resume)
        item.decision = ExistsDecision::Transfer;
    if (item.attempts < m_settings.maxRetries)
        retryLater(job, index, message);
    else
        finishItem(job, index, TransferFileItem::State::Failed, message, FtpOperation::Error::TransientError);
}

void TransferScheduler::finishItem(TransferJob& job, int index, TransferFileItem::State state,
                                   const QString& error, FtpOperation::Error errorKind)
{
    TransferFileItem& item = job.items[size_t(index)];
    const bool wasOpen = item.isOpen();
    item.state = state;
    item.error = error;
    item.errorKind = errorKind;
    if (wasOpen)
        --job.openItems;
    switch (item.state) {
    case TransferFileItem::State::Done:
        ++job.filesDone;
        if (item.size < 0)
            job.bytesTotal += item.position;
        job.bytesFinished += item.size >= 0 ? item.size : item.position;
        item.partial = false;
        Q_EMIT fileFinished(job.id, sourcePathOf(job, item), true);
        break;
    case TransferFileItem::State::Skipped:
        ++job.filesSkipped;
        job.bytesTotal -= qMax<qint64>(0, item.size);
        Q_EMIT fileFinished(job.id, sourcePathOf(job, item), false);
        break;
    case TransferFileItem::State::Failed:
        ++job.filesFailed;
        log(job.id, tr("%1 failed: %2").arg(sourcePathOf(job, item), error));
        break;
    default:
        break;
    }
    m_reporter.markDirty(job);
    m_reporter.noteChange();
}

void TransferScheduler::checkJobFinished(TransferJob& job)
{
    if (!isOpenState(job.state))
        return;
    if (!job.planned || job.plannerState != TransferJob::PlannerState::Idle || job.openItems > 0)
        return;
    if (job.filesFailed > 0) {
        const QList<TransferFileError> errors = fileErrorsOf(job);
        const QString first =
            errors.isEmpty() ? QString() : tr("%1: %2").arg(errors.first().path, errors.first().message);
        const int total = int(job.items.size()) + int(job.entryErrors.size());
        const QString message =
            total <= 1 && !errors.isEmpty()
                ? errors.first().message
                : tr("%1 of %2 files failed. First: %3").arg(job.filesFailed).arg(total).arg(first);
        m_reporter.setJobState(job, TransferJobState::Failed, message,
                               errors.isEmpty() ? FtpOperation::Error::ServerRefused : errors.first().error);
        return;
    }
    if (!job.items.empty() && job.filesSkipped == int(job.items.size())) {
        m_reporter.setJobState(job, TransferJobState::Skipped);
        return;
    }
    m_reporter.setJobState(job, TransferJobState::Done);
}

void TransferScheduler::failJob(TransferJob& job, const QString& message, FtpOperation::Error errorKind)
{
    m_reporter.setJobState(job, TransferJobState::Failed, message, errorKind);
    stopJobWork(job, true);
}

// ---- stopping ------------------------------------------------------------------------------------------

void TransferScheduler::stopJobWork(TransferJob& job, bool keepPartial)
{
    ++job.generation;
    SiteRegistry::Site* site = m_sites.find(job.siteId);
    switch (job.plannerState) {
    case TransferJob::PlannerState::Connecting:
        if (site)
            site->pool->cancel(job.plannerRequest);
        job.plannerRequest = 0;
        job.plannerState = TransferJob::PlannerState::Idle;
        break;
    case TransferJob::PlannerState::Running:
        job.planner->abort(); // stopped() releases the connection
        break;
    case TransferJob::PlannerState::RetryWait:
        job.plannerState = TransferJob::PlannerState::Idle;
        break;
    case TransferJob::PlannerState::Idle:
        break;
    }
    m_sizeChecks->stop(job);
    const QList<int> working = job.working.values();
    for (int index : working) {
        TransferFileItem& item = job.items[size_t(index)];
        if (item.state == TransferFileItem::State::Connecting) {
            if (site)
                site->pool->cancel(item.poolRequest);
            item.poolRequest = 0;
            item.state = TransferFileItem::State::Pending;
            job.working.remove(index);
        } else if (item.state == TransferFileItem::State::Active && item.transfer) {
            item.transfer->abort(keepPartial); // finished() puts it back or cancels it
        }
    }
    for (TransferFileItem& item : job.items) {
        if (item.state == TransferFileItem::State::RetryWait)
            item.state = TransferFileItem::State::Pending;
        if (item.state == TransferFileItem::State::AnswerWait) {
            item.state = TransferFileItem::State::Pending;
            item.decided = false;
        }
    }
    const TransferJobId id = job.id;
    m_questions.withdrawIf([id](const QuestionQueue::Entry& entry) { return entry.question.jobId == id; });
    m_questions.askNext();
    // The ready list in file order again.
    job.ready.clear();
    for (size_t i = 0; i < job.items.size(); ++i) {
        if (job.items[i].state == TransferFileItem::State::Pending)
            job.ready.push_back(int(i));
    }
    m_reporter.markDirty(job);
}

void TransferScheduler::removeRemotePartials(TransferJob& job)
{
    QStringList paths;
    for (TransferFileItem& item : job.items) {
        if (item.state == TransferFileItem::State::Pending && item.remoteCreated) {
            paths.append(item.remotePath);
            item.remoteCreated = false;
            item.partial = false;
        }
    }
    SiteRegistry::Site* site = m_sites.find(job.siteId);
    if (paths.isEmpty() || !site)
        return;
    const TransferJobId id = job.id;
    const QString siteId = job.siteId;
    // Best effort, on a pooled connection: a failure is only logged.
    site->pool->acquire(
        [this, id, siteId, paths](FtpClient* client, FtpOperation::Error, const QString& message) {
            if (!client) {
                for (const QString& path : paths)
                    log(id, tr("The partial upload %1 could not be deleted: %2").arg(path, message));
                return;
            }
            auto left = std::make_shared<int>(int(paths.size()));
            for (const QString& path : paths) {
                FtpOperation* operation = client->remove(path);
                connect(operation, &FtpOperation::finished, this,
                        [this, id, siteId, path, operation, client, left]() {
                            if (!operation->succeeded())
                                log(id, tr("The partial upload %1 could not be deleted: %2")
                                            .arg(path, operation->errorString()));
                            if (--*left == 0)
                                m_sites.release(siteId, client);
                        });
            }
        });
}

} // namespace Ferry
