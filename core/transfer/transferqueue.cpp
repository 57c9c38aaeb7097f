#include "transfer/transferqueue.h"

#include "client/ftpclient.h"
#include "protocol/remotepath.h"
#include "transfer/connectionpool.h"
#include "transfer/filetransfer.h"
#include "transfer/jobplanner.h"
#include "transfer/ratelimiter.h"
#include "transfer/transferjob.h"
#include "transfer/transferpaths.h"
#include "transfer/transferqueuestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaMethod>
#include <QSaveFile>
#include <algorithm>
#include <memory>

namespace Ferry {

namespace {

constexpr int MaxNotes = 1000;
const QString QueueFormat = QStringLiteral("ferry-transfer-queue");
constexpr int QueueVersion = 1;

bool isTransient(FtpOperation::Error error)
{
    switch (error) {
    case FtpOperation::Error::Timeout:
    case FtpOperation::Error::ConnectionLost:
    case FtpOperation::Error::TransientError:
    case FtpOperation::Error::DataConnectionFailed:
    case FtpOperation::Error::ConnectionRefused:
    case FtpOperation::Error::NotConnected:
        return true;
    default:
        return false;
    }
}

bool isOpenState(TransferJobState state)
{
    return state == TransferJobState::Queued || state == TransferJobState::Running;
}

bool isFinishedState(TransferJobState state)
{
    return state == TransferJobState::Done || state == TransferJobState::Failed ||
           state == TransferJobState::Skipped || state == TransferJobState::Canceled;
}

QString sourcePathOf(const TransferJob& job, const TransferFileItem& item)
{
    return job.direction == TransferDirection::Upload ? QDir::toNativeSeparators(item.localPath)
                                                      : item.remotePath;
}

QString sourceKey(const TransferJob& job, const TransferFileItem& item)
{
    return job.direction == TransferDirection::Upload ? item.localPath : item.remotePath;
}

} // namespace

struct TransferQueue::SiteState
{
    TransferSite site;
    ConnectionPool* pool = nullptr;
    std::shared_ptr<RateLimiter> limiter;
};

struct TransferQueue::Question
{
    FileExistsQuestion question;
    int index = -1;
};

TransferQueue::TransferQueue(QObject* parent)
    : QObject(parent), m_globalLimiter(std::make_shared<RateLimiter>())
{
    qRegisterMetaType<TransferJobSnapshot>();
    qRegisterMetaType<TransferTotals>();
    qRegisterMetaType<FileExistsQuestion>();
    qRegisterMetaType<JobPlanner::FoundFile>();
    m_progressTimer.setInterval(m_settings.progressIntervalMs);
    connect(&m_progressTimer, &QTimer::timeout, this, &TransferQueue::onProgressTick);
    m_autoSaveTimer.setSingleShot(true);
    m_autoSaveTimer.setInterval(2000);
    connect(&m_autoSaveTimer, &QTimer::timeout, this, [this]() {
        QString error;
        if (!m_autoSavePath.isEmpty() && !saveToFile(m_autoSavePath, m_autoSavePasswords, &error))
            log(0, error);
    });
}

TransferQueue::~TransferQueue()
{
    m_progressTimer.stop();
    m_autoSaveTimer.stop();
    // Stop the work before the connections it runs on.
    for (const std::unique_ptr<TransferJob>& job : m_jobs) {
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
    for (SiteState* site : std::as_const(m_sites)) {
        site->pool->disconnect(this);
        delete site->pool;
        delete site;
    }
    m_sites.clear();
}

// ---- configuration -------------------------------------------------------------------------------------

void TransferQueue::setSettings(const TransferSettings& settings)
{
    m_settings = settings;
    m_settings.progressIntervalMs = qMax(20, settings.progressIntervalMs);
    m_progressTimer.setInterval(m_settings.progressIntervalMs);
    for (SiteState* site : std::as_const(m_sites)) {
        site->pool->setDefaultMaxConnections(m_settings.defaultMaxConnections);
        site->pool->setIdleTimeout(m_settings.idleConnectionTimeoutMs);
    }
    applyLimits();
    resolveQuestionsByPolicy();
    scheduleRun();
}

void TransferQueue::applyLimits()
{
    m_globalLimiter->setRate(m_settings.globalSpeedLimit);
    for (SiteState* site : std::as_const(m_sites))
        site->limiter->setRate(site->site.speedLimit);
}

void TransferQueue::setSite(const TransferSite& site)
{
    if (site.id.isEmpty())
        return;
    if (SiteState* existing = m_sites.value(site.id)) {
        existing->site = site;
        existing->pool->setSite(site);
        existing->limiter->setRate(site.speedLimit);
        noteChange();
        scheduleRun();
        return;
    }
    auto* state = new SiteState;
    state->site = site;
    state->limiter = std::make_shared<RateLimiter>(site.speedLimit);
    state->pool = new ConnectionPool(site, this);
    state->pool->setDefaultMaxConnections(m_settings.defaultMaxConnections);
    state->pool->setIdleTimeout(m_settings.idleConnectionTimeoutMs);
    connect(state->pool, &ConnectionPool::capacityChanged, this, &TransferQueue::scheduleRun);
    const QString id = site.id;
    connect(state->pool, &ConnectionPool::logMessage, this,
            [this, id](int connection, FtpClient::LogKind kind, const QString& text) {
                Q_EMIT connectionLog(id, connection, kind, text);
            });
    connect(state->pool, &ConnectionPool::connectionCountChanged, this,
            [this, id](int count) { Q_EMIT connectionCountChanged(id, count); });
    m_sites.insert(site.id, state);
    noteChange();
    scheduleRun();
}

bool TransferQueue::removeSite(const QString& siteId)
{
    SiteState* site = m_sites.value(siteId);
    if (!site)
        return false;
    for (const std::unique_ptr<TransferJob>& job : m_jobs) {
        if (job->siteId == siteId)
            return false;
    }
    m_sites.remove(siteId);
    site->pool->disconnect(this);
    site->pool->closeAll();
    site->pool->deleteLater();
    delete site;
    noteChange();
    return true;
}

std::optional<TransferSite> TransferQueue::site(const QString& siteId) const
{
    if (const SiteState* state = m_sites.value(siteId))
        return state->site;
    return std::nullopt;
}

QStringList TransferQueue::siteIds() const
{
    QStringList ids = m_sites.keys();
    ids.sort();
    return ids;
}

TransferQueue::SiteState* TransferQueue::siteState(const QString& siteId) const
{
    return m_sites.value(siteId);
}

// ---- jobs ----------------------------------------------------------------------------------------------

TransferJobId TransferQueue::addJob(const TransferJobRequest& request, QString* errorString)
{
    const auto fail = [errorString](const QString& message) {
        if (errorString)
            *errorString = message;
        return TransferJobId(0);
    };
    if (!m_sites.contains(request.siteId))
        return fail(tr("There is no site \"%1\" to transfer with.").arg(request.siteId));
    if (request.localPath.isEmpty() || QDir::isRelativePath(request.localPath))
        return fail(tr("The local path \"%1\" is not absolute.").arg(request.localPath));
    if (!request.remotePath.startsWith(QLatin1Char('/')))
        return fail(
            tr("The remote path \"%1\" is not absolute (it must start with /).").arg(request.remotePath));
    auto job = std::make_unique<TransferJob>();
    job->id = m_nextId++;
    job->siteId = request.siteId;
    job->direction = request.direction;
    job->folder = request.folder;
    job->localPath = QDir::cleanPath(request.localPath);
    job->remotePath = RemotePath::normalize(request.remotePath);
    job->existsAction = request.existsAction;
    job->includeGlobs = request.includeGlobs;
    job->excludeGlobs = request.excludeGlobs;
    const TransferJobId id = job->id;
    m_jobById.insert(id, job.get());
    m_jobs.push_back(std::move(job));
    Q_EMIT jobAdded(id, int(m_jobs.size()) - 1);
    noteChange();
    scheduleRun();
    return id;
}

TransferJob* TransferQueue::findJob(TransferJobId id) const
{
    return m_jobById.value(id);
}

QList<TransferJobId> TransferQueue::jobIds() const
{
    QList<TransferJobId> ids;
    ids.reserve(qsizetype(m_jobs.size()));
    for (const std::unique_ptr<TransferJob>& job : m_jobs)
        ids.append(job->id);
    return ids;
}

int TransferQueue::indexOf(TransferJobId id) const
{
    for (size_t i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs[i]->id == id)
            return int(i);
    }
    return -1;
}

std::optional<TransferJobSnapshot> TransferQueue::job(TransferJobId id) const
{
    if (const TransferJob* found = findJob(id))
        return snapshotOf(*found);
    return std::nullopt;
}

QList<TransferJobSnapshot> TransferQueue::jobs() const
{
    QList<TransferJobSnapshot> snapshots;
    for (const std::unique_ptr<TransferJob>& job : m_jobs)
        snapshots.append(snapshotOf(*job));
    return snapshots;
}

QList<TransferFileError> TransferQueue::fileErrors(TransferJobId id) const
{
    const TransferJob* job = findJob(id);
    if (!job)
        return {};
    QList<TransferFileError> errors = job->entryErrors;
    for (const TransferFileItem& item : job->items) {
        if (item.state == TransferFileItem::State::Failed)
            errors.append(TransferFileError{sourcePathOf(*job, item), item.error});
    }
    return errors;
}

QStringList TransferQueue::notes(TransferJobId id) const
{
    const TransferJob* job = findJob(id);
    return job ? job->notes : QStringList();
}

TransferJobSnapshot TransferQueue::snapshotOf(const TransferJob& job) const
{
    TransferJobSnapshot s;
    s.id = job.id;
    s.siteId = job.siteId;
    s.direction = job.direction;
    s.folder = job.folder;
    s.localPath = job.localPath;
    s.remotePath = job.remotePath;
    s.includeGlobs = job.includeGlobs;
    s.excludeGlobs = job.excludeGlobs;
    s.state = job.state;
    s.errorString = job.error;
    s.planning = !job.planned;
    qint64 done = job.bytesFinished;
    for (int index : job.working) {
        const TransferFileItem& item = job.items[size_t(index)];
        if (item.state == TransferFileItem::State::Active) {
            done += item.position;
            ++s.activeTransfers;
            s.activeFiles.append(TransferJobSnapshot::ActiveFile{
                job.direction == TransferDirection::Upload ? item.localPath : item.remotePath, item.position,
                item.size});
        }
    }
    // Files waiting with partial data count what they have.
    s.bytesDone = done;
    s.bytesTotal = (!job.planned && job.items.empty()) ? -1 : qMax(job.bytesTotal, done);
    s.filesTotal = int(job.items.size()) + int(job.entryErrors.size());
    s.filesDone = job.filesDone;
    s.filesSkipped = job.filesSkipped;
    s.filesFailed = job.filesFailed;
    s.retries = job.retries;
    if (job.state == TransferJobState::Running) {
        s.bytesPerSecond = job.speed.bytesPerSecond();
        s.etaSeconds =
            s.bytesTotal >= 0 && !s.planning ? job.speed.etaSeconds(s.bytesTotal - s.bytesDone) : -1;
        s.currentFile = job.currentFile;
    }
    return s;
}

// ---- the scheduler -------------------------------------------------------------------------------------

void TransferQueue::scheduleRun()
{
    if (m_runScheduled)
        return;
    m_runScheduled = true;
    QTimer::singleShot(0, this, &TransferQueue::run);
}

void TransferQueue::run()
{
    m_runScheduled = false;
    // Queue order is priority order: earlier jobs take the connections first. (By id: a receiver of
    // jobChanged() may remove jobs meanwhile.)
    for (TransferJobId id : jobIds()) {
        TransferJob* found = findJob(id);
        if (!found || !isOpenState(found->state))
            continue;
        TransferJob& job = *found;
        SiteState* site = siteState(job.siteId);
        if (!site) {
            setJobState(job, TransferJobState::Failed,
                        tr("There is no site \"%1\" to transfer with.").arg(job.siteId));
            continue;
        }
        runJob(job, *site);
    }
    checkIdle();
}

void TransferQueue::runJob(TransferJob& job, SiteState& site)
{
    if (!job.planned && job.plannerState == TransferJob::PlannerState::Idle) {
        if (!site.pool->hasCapacity())
            return;
        startPlanner(job, site);
    }
    while (!job.ready.empty() && isOpenState(job.state)) {
        const int index = job.ready.front();
        if (!prepareItem(job, index)) {
            // Skipped, waiting for an answer, or no longer pending.
            if (!job.ready.empty() && job.ready.front() == index)
                job.ready.pop_front();
            continue;
        }
        if (!site.pool->hasCapacity())
            break;
        job.ready.pop_front();
        startItem(job, site, index);
    }
    checkJobFinished(job);
}

void TransferQueue::startPlanner(TransferJob& job, SiteState& site)
{
    if (!job.planner) {
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
                    TransferJob* j = findJob(id);
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
                        if (!j->knownFiles.isEmpty() && j->knownFiles.contains(sourceKey(*j, item)))
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
                    markDirty(*j);
                    scheduleRun();
                });
        connect(job.planner, &JobPlanner::entryNote, this,
                [this, id](const QString& path, const QString& message, bool failed) {
                    TransferJob* j = findJob(id);
                    if (!j)
                        return;
                    if (failed) {
                        j->entryErrors.append(TransferFileError{path, message});
                        ++j->filesFailed;
                    } else if (j->notes.size() < MaxNotes) {
                        j->notes.append(tr("%1: %2").arg(path, message));
                    }
                    log(id, tr("%1: %2").arg(path, message));
                    markDirty(*j);
                });
        connect(job.planner, &JobPlanner::stopped, this, [this, id]() { onPlannerStopped(id); });
    }
    job.plannerState = TransferJob::PlannerState::Connecting;
    if (job.state == TransferJobState::Queued)
        setJobState(job, TransferJobState::Running);
    const TransferJobId id = job.id;
    const quint64 generation = job.generation;
    const QString siteId = job.siteId;
    job.plannerRequest = site.pool->acquire(
        [this, id, generation, siteId](FtpClient* client, FtpOperation::Error error, const QString& message) {
            TransferJob* j = findJob(id);
            SiteState* s = siteState(siteId);
            if (!j || j->generation != generation ||
                j->plannerState != TransferJob::PlannerState::Connecting) {
                if (client && s)
                    s->pool->release(client);
                return;
            }
            j->plannerRequest = 0;
            if (!client) {
                j->plannerState = TransferJob::PlannerState::Idle;
                if (error == FtpOperation::Error::LoginFailed || !isTransient(error) ||
                    j->plannerAttempts >= m_settings.maxRetries) {
                    setJobState(*j, TransferJobState::Failed, message);
                    stopJobWork(*j, true);
                    return;
                }
                const int delay = retryPlannerLater(*j);
                log(id, tr("Could not connect (%1); trying again in %2 s.").arg(message).arg(delay / 1000.0));
                return;
            }
            j->plannerState = TransferJob::PlannerState::Running;
            j->plannerClient = client;
            j->planner->run(client);
        });
}

int TransferQueue::retryPlannerLater(TransferJob& job)
{
    ++job.plannerAttempts;
    ++job.retries;
    job.plannerState = TransferJob::PlannerState::RetryWait;
    const int delay = retryDelayMs(job.plannerAttempts);
    const TransferJobId id = job.id;
    const quint64 generation = job.generation; // a pause, cancel or retry meanwhile makes this timer stale
    QTimer::singleShot(delay, this, [this, id, generation]() {
        TransferJob* later = findJob(id);
        if (later && later->generation == generation &&
            later->plannerState == TransferJob::PlannerState::RetryWait) {
            later->plannerState = TransferJob::PlannerState::Idle;
            scheduleRun();
        }
    });
    markDirty(job);
    return delay;
}

void TransferQueue::onPlannerStopped(TransferJobId id)
{
    TransferJob* job = findJob(id);
    if (!job || !job->planner)
        return;
    if (job->plannerClient) {
        if (SiteState* site = siteState(job->siteId))
            site->pool->release(job->plannerClient);
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
        markDirty(*job);
        noteChange();
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
        setJobState(*job, TransferJobState::Failed, planner->errorString());
        stopJobWork(*job, true);
        break;
    }
    scheduleRun();
}

FileExistsAction TransferQueue::effectiveAction(const TransferJob& job) const
{
    FileExistsAction action = job.existsAction.value_or(m_settings.defaultExistsAction);
    if (action == FileExistsAction::Ask && m_answerForAll)
        action = *m_answerForAll;
    return action;
}

namespace {

// Source and target facts of an item now (downloads look at the local file).
void itemFacts(const TransferJob& job, const TransferFileItem& item, FileFacts* source, FileFacts* target,
               bool* targetIsFolder)
{
    *targetIsFolder = false;
    if (job.direction == TransferDirection::Download) {
        *source = FileFacts{true, item.size, item.time, item.timeHasSeconds};
        const QFileInfo local(item.localPath);
        if (local.exists()) {
            *targetIsFolder = local.isDir();
            *target = FileFacts{true, local.size(), local.lastModified(), true};
        } else {
            *target = FileFacts{};
        }
        return;
    }
    const QFileInfo local(item.localPath);
    *source = FileFacts{true, local.exists() ? local.size() : item.size,
                        local.exists() ? local.lastModified() : item.time, true};
    *target = FileFacts{item.targetExists, item.targetSize, item.targetTime, item.targetTimeHasSeconds};
}

} // namespace

bool TransferQueue::prepareItem(TransferJob& job, int index, std::optional<FileExistsAction> action)
{
    TransferFileItem& item = job.items[size_t(index)];
    if (item.state != TransferFileItem::State::Pending)
        return false;
    if (item.decided || item.partial)
        return true;
    FileFacts source;
    FileFacts target;
    bool targetIsFolder = false;
    itemFacts(job, item, &source, &target, &targetIsFolder);
    if (targetIsFolder) {
        finishItem(job, index, int(TransferFileItem::State::Failed),
                   tr("Cannot download %1: %2 is a folder.")
                       .arg(item.remotePath, QDir::toNativeSeparators(item.localPath)));
        return false;
    }
    ExistsDecision decision = decideExists(action.value_or(effectiveAction(job)), source, target);
    if (decision == ExistsDecision::Ask &&
        !isSignalConnected(QMetaMethod::fromSignal(&TransferQueue::existsQuestion))) {
        decision = ExistsDecision::Skip;
        log(job.id,
            tr("%1 exists; nobody to ask, so it is skipped.")
                .arg(job.direction == TransferDirection::Upload ? item.remotePath
                                                                : QDir::toNativeSeparators(item.localPath)));
    }
    switch (decision) {
    case ExistsDecision::Ask: {
        item.state = TransferFileItem::State::AnswerWait;
        Question question;
        question.index = index;
        question.question.id = m_nextQuestionId++;
        question.question.jobId = job.id;
        question.question.direction = job.direction;
        question.question.sourcePath =
            job.direction == TransferDirection::Upload ? item.localPath : item.remotePath;
        question.question.targetPath =
            job.direction == TransferDirection::Upload ? item.remotePath : item.localPath;
        question.question.sourceSize = source.size;
        question.question.sourceTime = source.time;
        question.question.targetSize = target.size;
        question.question.targetTime = target.time;
        question.question.canResume = source.size >= 0 && target.size >= 0 && target.size < source.size;
        m_questions.append(question);
        askNext();
        markDirty(job);
        return false;
    }
    case ExistsDecision::Skip:
        finishItem(job, index, int(TransferFileItem::State::Skipped));
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

void TransferQueue::startItem(TransferJob& job, SiteState& site, int index)
{
    TransferFileItem& item = job.items[size_t(index)];
    item.state = TransferFileItem::State::Connecting;
    job.working.insert(index);
    if (job.state == TransferJobState::Queued)
        setJobState(job, TransferJobState::Running);
    const TransferJobId id = job.id;
    const quint64 generation = job.generation;
    const QString siteId = job.siteId;
    item.poolRequest =
        site.pool->acquire([this, id, index, generation, siteId](FtpClient* client, FtpOperation::Error error,
                                                                 const QString& message) {
            TransferJob* j = findJob(id);
            SiteState* s = siteState(siteId);
            if (!j || !s || j->generation != generation || size_t(index) >= j->items.size() ||
                j->items[size_t(index)].state != TransferFileItem::State::Connecting) {
                if (client && s)
                    s->pool->release(client);
                return;
            }
            TransferFileItem& it = j->items[size_t(index)];
            it.poolRequest = 0;
            if (!client) {
                j->working.remove(index);
                it.state = TransferFileItem::State::Pending;
                if (error == FtpOperation::Error::LoginFailed) {
                    j->ready.push_front(index);
                    setJobState(*j, TransferJobState::Failed, message);
                    stopJobWork(*j, true);
                } else if (isTransient(error) && it.attempts < m_settings.maxRetries) {
                    retryLater(*j, index, message);
                } else {
                    finishItem(*j, index, int(TransferFileItem::State::Failed), message);
                }
                scheduleRun();
                return;
            }
            FileTransfer::Task task;
            task.direction = j->direction;
            task.localPath = it.localPath;
            task.remotePath = it.remotePath;
            if (j->direction == TransferDirection::Download) {
                task.sourceSize = it.size;
                task.sourceTime = it.time;
            }
            task.mode = it.decision == ExistsDecision::Resume ? FileTransfer::StartMode::ResumeTarget
                        : it.partial                          ? FileTransfer::StartMode::Continue
                                                              : FileTransfer::StartMode::Fresh;
            task.verifySize = m_settings.verifyUploadSize;
            task.verifyChecksum = m_settings.verifyUploadChecksum;
            task.preserveTime = m_settings.preserveModificationTime;
            task.findFreeRemoteName =
                j->direction == TransferDirection::Upload && it.decision == ExistsDecision::Rename;
            // A target that was not there before the job (or a free name) is ours to delete on cancel.
            task.removePartialOnCancel =
                j->direction == TransferDirection::Upload &&
                (!it.targetExists || it.remoteCreated || it.decision == ExistsDecision::Rename);
            task.limiters = {m_globalLimiter, s->limiter};
            auto* transfer = new FileTransfer(client, task, this);
            it.state = TransferFileItem::State::Active;
            it.transfer = transfer;
            it.client = client;
            it.lastMoved = 0;
            j->currentFile = j->direction == TransferDirection::Upload ? it.localPath : it.remotePath;
            connect(transfer, &FileTransfer::progress, this, [this, id, index, transfer]() {
                TransferJob* pj = findJob(id);
                if (!pj || size_t(index) >= pj->items.size() || pj->items[size_t(index)].transfer != transfer)
                    return;
                TransferFileItem& pi = pj->items[size_t(index)];
                const qint64 moved = transfer->bytesMoved();
                if (moved > pi.lastMoved)
                    pj->moved += moved - pi.lastMoved;
                pi.lastMoved = moved;
                pi.position = transfer->position();
                pj->dirty = true;
            });
            connect(transfer, &FileTransfer::finished, this, [this, id, index, transfer, client, siteId]() {
                if (SiteState* fs = siteState(siteId))
                    fs->pool->release(client);
                transfer->deleteLater();
                onItemFinished(id, index);
            });
            transfer->start();
            markDirty(*j);
        });
}

void TransferQueue::onItemFinished(TransferJobId id, int index)
{
    TransferJob* job = findJob(id);
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

    if (transfer->succeeded()) {
        item.position = transfer->totalSize() >= 0 ? transfer->totalSize() : transfer->position();
        finishItem(*job, index, int(TransferFileItem::State::Done));
    } else if (job->state == TransferJobState::Canceled) {
        finishItem(*job, index, int(TransferFileItem::State::Canceled));
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
        finishItem(*job, index, int(TransferFileItem::State::Failed), transfer->errorString());
    }
    markDirty(*job);
    checkJobFinished(*job);
    scheduleRun();
}

int TransferQueue::retryDelayMs(int attempt) const
{
    qint64 delay = qMax(0, m_settings.retryBaseDelayMs);
    for (int i = 1; i < attempt && delay < m_settings.retryMaxDelayMs; ++i)
        delay *= 2;
    return int(qMin<qint64>(delay, qMax(0, m_settings.retryMaxDelayMs)));
}

void TransferQueue::retryLater(TransferJob& job, int index, const QString& reason)
{
    TransferFileItem& item = job.items[size_t(index)];
    ++item.attempts;
    ++job.retries;
    item.state = TransferFileItem::State::RetryWait;
    const int delay = retryDelayMs(item.attempts);
    log(job.id, tr("%1 failed (%2); attempt %3 of %4 in %5 s.")
                    .arg(sourcePathOf(job, item), reason)
                    .arg(item.attempts + 1)
                    .arg(m_settings.maxRetries + 1)
                    .arg(delay / 1000.0));
    const TransferJobId id = job.id;
    const quint64 generation = job.generation;
    QTimer::singleShot(delay, this, [this, id, index, generation]() {
        TransferJob* j = findJob(id);
        if (!j || j->generation != generation || size_t(index) >= j->items.size() ||
            j->items[size_t(index)].state != TransferFileItem::State::RetryWait)
            return;
        j->items[size_t(index)].state = TransferFileItem::State::Pending;
        j->ready.push_front(index);
        scheduleRun();
    });
}

void TransferQueue::finishItem(TransferJob& job, int index, int state, const QString& error)
{
    TransferFileItem& item = job.items[size_t(index)];
    const bool wasOpen = item.isOpen();
    item.state = TransferFileItem::State(state);
    item.error = error;
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
    markDirty(job);
    noteChange();
}

void TransferQueue::checkJobFinished(TransferJob& job)
{
    if (!isOpenState(job.state))
        return;
    if (!job.planned || job.plannerState != TransferJob::PlannerState::Idle || job.openItems > 0)
        return;
    if (job.filesFailed > 0) {
        const QList<TransferFileError> errors = fileErrors(job.id);
        const QString first =
            errors.isEmpty() ? QString() : tr("%1: %2").arg(errors.first().path, errors.first().message);
        const int total = int(job.items.size()) + int(job.entryErrors.size());
        const QString message =
            total <= 1 && !errors.isEmpty()
                ? errors.first().message
                : tr("%1 of %2 files failed. First: %3").arg(job.filesFailed).arg(total).arg(first);
        setJobState(job, TransferJobState::Failed, message);
        return;
    }
    if (!job.items.empty() && job.filesSkipped == int(job.items.size())) {
        setJobState(job, TransferJobState::Skipped);
        return;
    }
    setJobState(job, TransferJobState::Done);
}

void TransferQueue::setJobState(TransferJob& job, TransferJobState state, const QString& error)
{
    if (job.state == state && job.error == error)
        return;
    const bool wasRunning = job.state == TransferJobState::Running;
    job.state = state;
    if (isFinishedState(state) || !error.isEmpty())
        job.error = error;
    else if (state == TransferJobState::Queued)
        job.error.clear(); // resumed or retried
    if (state == TransferJobState::Running && !wasRunning) {
        job.speed.reset();
        job.speed.sample(job.moved);
        if (!m_progressTimer.isActive())
            m_progressTimer.start();
    }
    if (isFinishedState(state) || state == TransferJobState::Paused)
        job.currentFile.clear();
    emitChanged(job);
    noteChange();
    checkIdle();
}

void TransferQueue::stopJobWork(TransferJob& job, bool keepPartial)
{
    ++job.generation;
    SiteState* site = siteState(job.siteId);
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
    withdrawQuestions(job.id);
    // The ready list in file order again.
    job.ready.clear();
    for (size_t i = 0; i < job.items.size(); ++i) {
        if (job.items[i].state == TransferFileItem::State::Pending)
            job.ready.push_back(int(i));
    }
    markDirty(job);
}

bool TransferQueue::pauseJob(TransferJobId id)
{
    TransferJob* job = findJob(id);
    if (!job || !isOpenState(job->state))
        return false;
    setJobState(*job, TransferJobState::Paused);
    stopJobWork(*job, true);
    scheduleRun();
    return true;
}

bool TransferQueue::resumeJob(TransferJobId id)
{
    TransferJob* job = findJob(id);
    if (!job || job->state != TransferJobState::Paused)
        return false;
    setJobState(*job, TransferJobState::Queued);
    scheduleRun();
    return true;
}

bool TransferQueue::cancelJob(TransferJobId id)
{
    TransferJob* job = findJob(id);
    if (!job || isFinishedState(job->state))
        return false;
    setJobState(*job, TransferJobState::Canceled);
    stopJobWork(*job, false);
    // Partial downloads of files that wait (paused before, or between retries) are removed too, and so
    // are partial uploads that this job created on the server (running ones: FileTransfer does it).
    if (job->direction == TransferDirection::Download) {
        for (TransferFileItem& item : job->items) {
            if (item.state == TransferFileItem::State::Pending && item.partial) {
                QFile::remove(partFilePath(item.localPath));
                item.partial = false;
            }
        }
    } else {
        removeRemotePartials(*job);
    }
    scheduleRun();
    return true;
}

void TransferQueue::removeRemotePartials(TransferJob& job)
{
    QStringList paths;
    for (TransferFileItem& item : job.items) {
        if (item.state == TransferFileItem::State::Pending && item.remoteCreated) {
            paths.append(item.remotePath);
            item.remoteCreated = false;
            item.partial = false;
        }
    }
    SiteState* site = siteState(job.siteId);
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
                            if (--*left == 0) {
                                if (SiteState* s = siteState(siteId))
                                    s->pool->release(client);
                            }
                        });
            }
        });
}

bool TransferQueue::retryJob(TransferJobId id)
{
    TransferJob* job = findJob(id);
    if (!job || (job->state != TransferJobState::Failed && job->state != TransferJobState::Canceled))
        return false;
    ++job->generation;
    for (TransferFileItem& item : job->items) {
        if (item.state == TransferFileItem::State::Failed ||
            item.state == TransferFileItem::State::Canceled) {
            if (item.state == TransferFileItem::State::Failed)
                --job->filesFailed;
            item.state = TransferFileItem::State::Pending;
            item.attempts = 0;
            item.error.clear();
            ++job->openItems;
        }
    }
    if (!job->entryErrors.isEmpty()) {
        // Folders that failed are walked again; the files found before are not added twice.
        job->filesFailed -= int(job->entryErrors.size());
        job->entryErrors.clear();
        job->planned = false;
        for (const TransferFileItem& item : job->items)
            job->knownFiles.insert(sourceKey(*job, item));
    }
    job->plannerAttempts = 0;
    job->ready.clear();
    for (size_t i = 0; i < job->items.size(); ++i) {
        if (job->items[i].state == TransferFileItem::State::Pending)
            job->ready.push_back(int(i));
    }
    setJobState(*job, TransferJobState::Queued);
    scheduleRun();
    return true;
}

bool TransferQueue::removeJob(TransferJobId id)
{
    const int index = indexOf(id);
    if (index < 0)
        return false;
    TransferJob& job = *m_jobs[size_t(index)];
    if (!isFinishedState(job.state) && job.state != TransferJobState::Paused) {
        job.state = TransferJobState::Canceled;
        stopJobWork(job, false);
        if (job.direction == TransferDirection::Upload)
            removeRemotePartials(job);
    } else {
        withdrawQuestions(id);
    }
    // Work still winding down hands its connection back on its own.
    if (job.planner) {
        JobPlanner* planner = job.planner;
        planner->disconnect(this);
        if (job.plannerState == TransferJob::PlannerState::Running && job.plannerClient) {
            FtpClient* client = job.plannerClient;
            const QString siteId = job.siteId;
            connect(planner, &JobPlanner::stopped, this, [this, planner, client, siteId]() {
                if (SiteState* site = siteState(siteId))
                    site->pool->release(client);
                planner->deleteLater();
            });
        } else {
            planner->deleteLater();
        }
        job.planner = nullptr;
    }
    std::unique_ptr<TransferJob> removed = std::move(m_jobs[size_t(index)]);
    m_jobs.erase(m_jobs.begin() + index);
    m_jobById.remove(id);
    Q_EMIT jobRemoved(id, index);
    noteChange();
    checkIdle();
    scheduleRun();
    return true;
}

void TransferQueue::pauseAll()
{
    for (TransferJobId id : jobIds())
        pauseJob(id);
}

void TransferQueue::resumeAll()
{
    for (TransferJobId id : jobIds())
        resumeJob(id);
}

void TransferQueue::cancelAll()
{
    for (TransferJobId id : jobIds())
        cancelJob(id);
}

void TransferQueue::clearFinished()
{
    for (TransferJobId id : jobIds()) {
        const TransferJob* job = findJob(id);
        if (job && isFinishedState(job->state))
            removeJob(id);
    }
}

bool TransferQueue::moveTo(TransferJobId id, int index)
{
    const int from = indexOf(id);
    if (from < 0)
        return false;
    const int to = qBound(0, index, int(m_jobs.size()) - 1);
    if (to == from)
        return false;
    std::unique_ptr<TransferJob> job = std::move(m_jobs[size_t(from)]);
    m_jobs.erase(m_jobs.begin() + from);
    m_jobs.insert(m_jobs.begin() + to, std::move(job));
    Q_EMIT jobMoved(id, from, to);
    noteChange();
    scheduleRun();
    return true;
}

bool TransferQueue::moveUp(TransferJobId id)
{
    const int from = indexOf(id);
    return from > 0 && moveTo(id, from - 1);
}

bool TransferQueue::moveDown(TransferJobId id)
{
    const int from = indexOf(id);
    return from >= 0 && from + 1 < int(m_jobs.size()) && moveTo(id, from + 1);
}

bool TransferQueue::moveToTop(TransferJobId id)
{
    return moveTo(id, 0);
}

bool TransferQueue::moveToBottom(TransferJobId id)
{
    return moveTo(id, int(m_jobs.size()) - 1);
}

// ---- questions -----------------------------------------------------------------------------------------

void TransferQueue::askNext()
{
    if (m_questionAsked || m_questions.isEmpty())
        return;
    m_questionAsked = true;
    // From the event loop: the receiver may answer at once, or open a modal dialog.
    const quint64 questionId = m_questions.first().question.id;
    QTimer::singleShot(0, this, [this, questionId]() {
        if (!m_questions.isEmpty() && m_questions.first().question.id == questionId)
            Q_EMIT existsQuestion(m_questions.first().question);
    });
}

std::optional<FileExistsQuestion> TransferQueue::pendingQuestion() const
{
    if (!m_questionAsked || m_questions.isEmpty())
        return std::nullopt;
    return m_questions.first().question;
}

bool TransferQueue::answerExistsQuestion(quint64 questionId, FileExistsAction action, AnswerScope scope)
{
    if (action == FileExistsAction::Ask)
        return false;
    qsizetype position = -1;
    for (qsizetype i = 0; i < m_questions.size(); ++i) {
        if (m_questions.at(i).question.id == questionId) {
            position = i;
            break;
        }
    }
    if (position < 0)
        return false;
    const Question answered = m_questions.takeAt(position);
    if (position == 0)
        m_questionAsked = false;
    TransferJob* job = findJob(answered.question.jobId);
    if (job) {
        if (scope == AnswerScope::ThisJob)
            job->existsAction = action;
        else if (scope == AnswerScope::AllJobs)
            m_answerForAll = action;
        TransferFileItem& item = job->items[size_t(answered.index)];
        if (item.state == TransferFileItem::State::AnswerWait) {
            item.state = TransferFileItem::State::Pending;
            item.decided = false;
            // The answer is this file's policy: it may still skip it (OverwriteIfNewer on an older file).
            if (prepareItem(*job, answered.index, action))
                job->ready.push_front(answered.index);
            noteChange();
        }
    }
    resolveQuestionsByPolicy();
    askNext();
    scheduleRun();
    return true;
}

void TransferQueue::resolveQuestionsByPolicy()
{
    const QList<Question> questions = m_questions;
    for (const Question& question : questions) {
        TransferJob* job = findJob(question.question.jobId);
        if (job && effectiveAction(*job) == FileExistsAction::Ask)
            continue;
        for (qsizetype i = 0; i < m_questions.size(); ++i) {
            if (m_questions.at(i).question.id == question.question.id) {
                if (i == 0 && m_questionAsked) {
                    m_questionAsked = false;
                    Q_EMIT questionWithdrawn(question.question.id);
                }
                m_questions.removeAt(i);
                break;
            }
        }
        if (!job)
            continue;
        TransferFileItem& item = job->items[size_t(question.index)];
        if (item.state != TransferFileItem::State::AnswerWait)
            continue;
        item.state = TransferFileItem::State::Pending;
        item.decided = false;
        job->ready.push_front(question.index);
    }
}

void TransferQueue::withdrawQuestions(TransferJobId jobId)
{
    for (qsizetype i = m_questions.size() - 1; i >= 0; --i) {
        if (m_questions.at(i).question.jobId != jobId)
            continue;
        if (i == 0 && m_questionAsked) {
            m_questionAsked = false;
            Q_EMIT questionWithdrawn(m_questions.at(i).question.id);
        }
        m_questions.removeAt(i);
    }
    askNext();
}

// ---- progress ------------------------------------------------------------------------------------------

void TransferQueue::markDirty(TransferJob& job)
{
    job.dirty = true;
    if (!m_progressTimer.isActive())
        m_progressTimer.start();
}

void TransferQueue::emitChanged(TransferJob& job)
{
    job.dirty = false;
    Q_EMIT jobChanged(job.id, snapshotOf(job));
}

void TransferQueue::onProgressTick()
{
    bool running = false;
    for (TransferJobId id : jobIds()) {
        TransferJob* job = findJob(id);
        if (!job)
            continue;
        if (job->state == TransferJobState::Running) {
            running = true;
            job->speed.sample(job->moved);
            if (!job->working.isEmpty())
                job->dirty = true;
        }
        if (job->dirty)
            emitChanged(*job);
    }
    Q_EMIT totalsChanged(totals());
    if (!running)
        m_progressTimer.stop();
}

TransferTotals TransferQueue::totals() const
{
    TransferTotals t;
    t.jobs = int(m_jobs.size());
    bool sizeKnown = true;
    qint64 done = 0;
    qint64 total = 0;
    for (const std::unique_ptr<TransferJob>& job : m_jobs) {
        switch (job->state) {
        case TransferJobState::Running:
            ++t.runningJobs;
            break;
        case TransferJobState::Queued:
            ++t.queuedJobs;
            break;
        case TransferJobState::Paused:
            ++t.pausedJobs;
            break;
        default:
            ++t.finishedJobs;
            break;
        }
        if (job->state == TransferJobState::Canceled || job->state == TransferJobState::Skipped)
            continue;
        const TransferJobSnapshot s = snapshotOf(*job);
        done += s.bytesDone;
        if (isFinishedState(job->state))
            total += s.bytesDone; // what moved is all that will
        else if (s.bytesTotal < 0)
            sizeKnown = false;
        else
            total += s.bytesTotal;
        t.bytesPerSecond += s.bytesPerSecond;
    }
    t.bytesDone = done;
    t.bytesTotal = sizeKnown ? total : -1;
    if (sizeKnown && t.bytesPerSecond > 0)
        t.etaSeconds = qint64((total - done) / t.bytesPerSecond + 0.999);
    for (const SiteState* site : std::as_const(m_sites))
        t.connections += site->pool->connectionCount();
    return t;
}

bool TransferQueue::isIdle() const
{
    for (const std::unique_ptr<TransferJob>& job : m_jobs) {
        if (isOpenState(job->state))
            return false;
    }
    return true;
}

void TransferQueue::checkIdle()
{
    const bool idleNow = isIdle();
    if (idleNow && !m_wasIdle) {
        m_answerForAll.reset();
        m_wasIdle = true;
        Q_EMIT totalsChanged(totals());
        Q_EMIT idle();
        return;
    }
    m_wasIdle = idleNow;
}

void TransferQueue::noteChange()
{
    if (!m_autoSavePath.isEmpty() && !m_autoSaveTimer.isActive())
        m_autoSaveTimer.start();
}

void TransferQueue::log(TransferJobId id, const QString& text)
{
    Q_EMIT logMessage(id, text);
}

// ---- persistence ---------------------------------------------------------------------------------------

bool TransferQueue::saveToFile(const QString& path, bool includePasswords, QString* errorString) const
{
    QJsonArray sites;
    for (const QString& id : siteIds())
        sites.append(transferSiteToJson(m_sites.value(id)->site, includePasswords));
    QJsonArray jobs;
    for (const std::unique_ptr<TransferJob>& job : m_jobs)
        jobs.append(transferJobToJson(*job));
    QJsonObject root;
    root.insert(QStringLiteral("format"), QueueFormat);
    root.insert(QStringLiteral("version"), QueueVersion);
    root.insert(QStringLiteral("sites"), sites);
    root.insert(QStringLiteral("jobs"), jobs);

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (errorString)
            *errorString = tr("Cannot create the folder %1 for the queue file.")
                               .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        if (errorString)
            *errorString = tr("Cannot save the transfer queue to %1: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool TransferQueue::restoreFromFile(const QString& path, QString* errorString)
{
    const auto fail = [errorString](const QString& message) {
        if (errorString)
            *errorString = message;
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the transfer queue %1: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("The transfer queue %1 is damaged: %2")
                        .arg(QDir::toNativeSeparators(path), parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QueueFormat)
        return fail(tr("%1 is not a Ferry transfer queue.").arg(QDir::toNativeSeparators(path)));
    if (root.value(QStringLiteral("version")).toInt() > QueueVersion)
        return fail(
            tr("The transfer queue %1 was written by a newer Ferry.").arg(QDir::toNativeSeparators(path)));

    std::vector<std::unique_ptr<TransferJob>> restored;
    for (const QJsonValue& value : root.value(QStringLiteral("jobs")).toArray()) {
        QString error;
        std::unique_ptr<TransferJob> job = transferJobFromJson(value.toObject(), &error);
        if (!job)
            return fail(
                tr("The transfer queue %1 is damaged: %2").arg(QDir::toNativeSeparators(path), error));
        restored.push_back(std::move(job));
    }
    for (const QJsonValue& value : root.value(QStringLiteral("sites")).toArray()) {
        const std::optional<TransferSite> site = transferSiteFromJson(value.toObject());
        if (site && !m_sites.contains(site->id))
            setSite(*site);
    }
    for (std::unique_ptr<TransferJob>& job : restored) {
        job->id = m_nextId++;
        const TransferJobId id = job->id;
        m_jobById.insert(id, job.get());
        m_jobs.push_back(std::move(job));
        Q_EMIT jobAdded(id, int(m_jobs.size()) - 1);
    }
    noteChange();
    scheduleRun();
    return true;
}

void TransferQueue::setAutoSaveFile(const QString& path, bool includePasswords)
{
    m_autoSavePath = path;
    m_autoSavePasswords = includePasswords;
    if (path.isEmpty())
        m_autoSaveTimer.stop();
    else
        noteChange();
}

// ---- diagnostics ---------------------------------------------------------------------------------------

int TransferQueue::connectionCount(const QString& siteId) const
{
    const SiteState* site = siteState(siteId);
    return site ? site->pool->connectionCount() : 0;
}

int TransferQueue::peakConnectionCount(const QString& siteId) const
{
    const SiteState* site = siteState(siteId);
    return site ? site->pool->peakConnectionCount() : 0;
}

int TransferQueue::openedConnectionCount(const QString& siteId) const
{
    const SiteState* site = siteState(siteId);
    return site ? site->pool->openedConnectionCount() : 0;
}

int TransferQueue::connectionLimit(const QString& siteId) const
{
    const SiteState* site = siteState(siteId);
    return site ? site->pool->limit() : 0;
}

} // namespace Ferry
