#include "transfer/transferqueue.h"

#include "protocol/remotepath.h"
#include "transfer/connectionpool.h"
#include "transfer/joblist.h"
#include "transfer/jobplanner.h"
#include "transfer/progressreporter.h"
#include "transfer/questionqueue.h"
#include "transfer/remotetasks.h"
#include "transfer/siteregistry.h"
#include "transfer/transferjob.h"
#include "transfer/transferpaths.h"
#include "transfer/transferqueuestore.h"
#include "transfer/transferscheduler.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaMethod>

namespace Ferry {

TransferQueue::TransferQueue(QObject* parent)
    : QObject(parent), m_jobs(std::make_unique<JobList>()), m_sites(new SiteRegistry(this)),
      m_questions(new QuestionQueue(this)), m_reporter(new ProgressReporter(*m_jobs, *m_sites, this)),
      m_scheduler(new TransferScheduler(
          *m_jobs, *m_sites, *m_questions, *m_reporter, m_settings,
          [this]() {
              if (m_questionReceiver != QuestionReceiver::WhenConnected)
                  return m_questionReceiver == QuestionReceiver::Present;
              return isSignalConnected(QMetaMethod::fromSignal(&TransferQueue::existsQuestion));
          },
          this)),
      m_remoteTasks(new RemoteTasks(*m_sites, m_settings, this)), m_autoSaveTimer(this)
{
    qRegisterMetaType<TransferJobSnapshot>();
    qRegisterMetaType<TransferTotals>();
    qRegisterMetaType<FileExistsQuestion>();
    qRegisterMetaType<JobPlanner::FoundFile>();
    m_reporter->setInterval(m_settings.progressIntervalMs);
    connect(m_reporter, &ProgressReporter::jobChanged, this, &TransferQueue::jobChanged);
    connect(m_reporter, &ProgressReporter::totalsChanged, this, &TransferQueue::totalsChanged);
    connect(m_reporter, &ProgressReporter::becameIdle, this, &TransferQueue::onBecameIdle);
    connect(m_reporter, &ProgressReporter::changed, this, [this]() {
        if (!m_autoSavePath.isEmpty() && !m_autoSaveTimer.isActive())
            m_autoSaveTimer.start();
    });
    connect(m_scheduler, &TransferScheduler::logMessage, this, &TransferQueue::logMessage);
    connect(m_scheduler, &TransferScheduler::fileFinished, this, &TransferQueue::fileFinished);
    connect(m_questions, &QuestionQueue::asked, this, &TransferQueue::existsQuestion);
    connect(m_questions, &QuestionQueue::withdrawn, this, &TransferQueue::questionWithdrawn);
    connect(m_sites, &SiteRegistry::connectionLog, this, &TransferQueue::connectionLog);
    connect(m_sites, &SiteRegistry::connectionCountChanged, this, &TransferQueue::connectionCountChanged);
    m_autoSaveTimer.setSingleShot(true);
    m_autoSaveTimer.setInterval(2000);
    connect(&m_autoSaveTimer, &QTimer::timeout, this, &TransferQueue::autoSave);
}

TransferQueue::~TransferQueue()
{
    m_reporter->stop();
    m_autoSaveTimer.stop();
    // The work first (the scheduler's transfers and walks, the remote tasks), then the connections it
    // runs on.
    delete m_scheduler;
    m_scheduler = nullptr;
    delete m_remoteTasks;
    m_remoteTasks = nullptr;
    delete m_sites;
    m_sites = nullptr;
}

void TransferQueue::scheduleRun()
{
    m_scheduler->scheduleRun();
}

// ---- configuration -------------------------------------------------------------------------------------

void TransferQueue::setSettings(const TransferSettings& settings)
{
    m_settings = settings;
    m_settings.progressIntervalMs = qMax(20, settings.progressIntervalMs);
    m_reporter->setInterval(m_settings.progressIntervalMs);
    m_sites->setConnectionDefaults(m_settings.defaultMaxConnections, m_settings.idleConnectionTimeoutMs);
    m_sites->setGlobalSpeedLimit(m_settings.globalSpeedLimit);
    m_sites->setSessionBudget(m_settings.sessionBudget);
    resolveQuestionsByPolicy();
    scheduleRun();
}

void TransferQueue::setSite(const TransferSite& site)
{
    if (site.id.isEmpty())
        return;
    m_sites->set(site);
    m_reporter->noteChange();
    scheduleRun();
}

bool TransferQueue::removeSite(const QString& siteId)
{
    if (!m_sites->contains(siteId))
        return false;
    for (const std::unique_ptr<TransferJob>& job : *m_jobs) {
        if (job->siteId == siteId)
            return false;
    }
    m_sites->remove(siteId);
    m_reporter->noteChange();
    return true;
}

std::optional<TransferSite> TransferQueue::site(const QString& siteId) const
{
    if (const SiteRegistry::Site* state = m_sites->find(siteId))
        return state->site;
    return std::nullopt;
}

QStringList TransferQueue::siteIds() const
{
    return m_sites->ids();
}

// ---- jobs ----------------------------------------------------------------------------------------------

QString TransferQueue::requestProblem(const TransferJobRequest& request, bool siteKnown)
{
    if (!siteKnown)
        return tr("There is no site \"%1\" to transfer with.").arg(request.siteId);
    if (request.localPath.isEmpty() || QDir::isRelativePath(request.localPath))
        return tr("The local path \"%1\" is not absolute.").arg(request.localPath);
    if (!request.remotePath.startsWith(QLatin1Char('/')))
        return tr("The remote path \"%1\" is not absolute (it must start with /).").arg(request.remotePath);
    return QString();
}

TransferJobId TransferQueue::addJob(const TransferJobRequest& request, QString* errorString)
{
    const TransferJobId id = m_jobs->nextId();
    return insertJob(id, request, errorString) ? id : TransferJobId(0);
}

bool TransferQueue::insertJob(TransferJobId id, const TransferJobRequest& request, QString* errorString)
{
    QString problem = requestProblem(request, m_sites->contains(request.siteId));
    if (problem.isEmpty() && (id == 0 || m_jobs->find(id)))
        problem = tr("The job number %1 is taken.").arg(id);
    if (!problem.isEmpty()) {
        if (errorString)
            *errorString = problem;
        return false;
    }
    auto job = std::make_unique<TransferJob>();
    job->id = id;
    job->siteId = request.siteId;
    job->direction = request.direction;
    job->folder = request.folder && !request.unplanned;
    job->localPath = QDir::cleanPath(request.localPath);
    job->remotePath = RemotePath::normalize(request.remotePath);
    job->existsAction = request.existsAction;
    job->includeGlobs = request.includeGlobs;
    job->excludeGlobs = request.excludeGlobs;
    if (request.unplanned) {
        // The one file, as given: nothing to walk.
        job->unplanned = true;
        job->planned = true;
        TransferFileItem item;
        item.localPath = job->localPath;
        item.remotePath = job->remotePath;
        if (job->direction == TransferDirection::Upload) {
            const QFileInfo local(job->localPath);
            item.size = local.exists() ? local.size() : -1;
            item.time = local.lastModified();
        }
        item.partial = request.continuePartial && job->direction == TransferDirection::Download;
        job->bytesTotal = qMax<qint64>(0, item.size);
        job->items.push_back(item);
        job->ready.push_back(0);
        job->openItems = 1;
    }
    m_jobs->append(std::move(job));
    Q_EMIT jobAdded(id, m_jobs->size() - 1);
    m_reporter->noteChange();
    scheduleRun();
    return true;
}

TransferJob* TransferQueue::findJob(TransferJobId id) const
{
    return m_jobs->find(id);
}

int TransferQueue::jobCount() const
{
    return m_jobs->size();
}

QList<TransferJobId> TransferQueue::jobIds() const
{
    return m_jobs->ids();
}

int TransferQueue::indexOf(TransferJobId id) const
{
    return m_jobs->indexOf(id);
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
    for (const std::unique_ptr<TransferJob>& job : *m_jobs)
        snapshots.append(snapshotOf(*job));
    return snapshots;
}

QList<TransferFileError> TransferQueue::fileErrors(TransferJobId id) const
{
    const TransferJob* job = findJob(id);
    return job ? fileErrorsOf(*job) : QList<TransferFileError>();
}

QStringList TransferQueue::notes(TransferJobId id) const
{
    const TransferJob* job = findJob(id);
    return job ? job->notes : QStringList();
}

bool TransferQueue::pauseJob(TransferJobId id)
{
    TransferJob* job = findJob(id);
    if (!job || !isOpenState(job->state))
        return false;
    m_reporter->setJobState(*job, TransferJobState::Paused);
    m_scheduler->stopJobWork(*job, true);
    scheduleRun();
    return true;
}

bool TransferQueue::resumeJob(TransferJobId id)
{
    TransferJob* job = findJob(id);
    if (!job || job->state != TransferJobState::Paused)
        return false;
    m_reporter->setJobState(*job, TransferJobState::Queued);
    scheduleRun();
    return true;
}

bool TransferQueue::cancelJob(TransferJobId id)
{
    TransferJob* job = findJob(id);
    if (!job || isFinishedState(job->state))
        return false;
    m_reporter->setJobState(*job, TransferJobState::Canceled);
    m_scheduler->stopJobWork(*job, false);
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
        m_scheduler->removeRemotePartials(*job);
    }
    scheduleRun();
    return true;
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
            job->knownFiles.insert(sourceKeyOf(*job, item));
    }
    job->plannerAttempts = 0;
    job->ready.clear();
    for (size_t i = 0; i < job->items.size(); ++i) {
        if (job->items[i].state == TransferFileItem::State::Pending)
            job->ready.push_back(int(i));
    }
    m_reporter->setJobState(*job, TransferJobState::Queued);
    scheduleRun();
    return true;
}

bool TransferQueue::removeJob(TransferJobId id)
{
    const int index = m_jobs->indexOf(id);
    if (index < 0)
        return false;
    TransferJob& job = m_jobs->at(index);
    if (!isFinishedState(job.state) && job.state != TransferJobState::Paused) {
        job.state = TransferJobState::Canceled;
        m_scheduler->stopJobWork(job, false);
        if (job.direction == TransferDirection::Upload)
            m_scheduler->removeRemotePartials(job);
    } else {
        m_questions->withdrawIf(
            [id](const QuestionQueue::Entry& entry) { return entry.question.jobId == id; });
        m_questions->askNext();
    }
    // Work still winding down hands its connection back on its own.
    m_scheduler->discardPlanner(job);
    const std::unique_ptr<TransferJob> removed = m_jobs->takeAt(index);
    Q_EMIT jobRemoved(id, index);
    m_reporter->noteChange();
    m_reporter->checkIdle();
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
    const int to = qBound(0, index, m_jobs->size() - 1);
    if (to == from)
        return false;
    m_jobs->move(from, to);
    Q_EMIT jobMoved(id, from, to);
    m_reporter->noteChange();
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
    return from >= 0 && from + 1 < m_jobs->size() && moveTo(id, from + 1);
}

bool TransferQueue::moveToTop(TransferJobId id)
{
    return moveTo(id, 0);
}

bool TransferQueue::moveToBottom(TransferJobId id)
{
    return moveTo(id, m_jobs->size() - 1);
}

TransferTotals TransferQueue::totals() const
{
    return m_reporter->totals();
}

bool TransferQueue::isIdle() const
{
    return m_reporter->isIdle();
}

void TransferQueue::onBecameIdle()
{
    m_questions->clearAnswerForAll();
    Q_EMIT totalsChanged(totals());
    Q_EMIT idle();
}

// ---- questions -----------------------------------------------------------------------------------------

std::optional<FileExistsQuestion> TransferQueue::pendingQuestion() const
{
    return m_questions->current();
}

bool TransferQueue::answerExistsQuestion(quint64 questionId, FileExistsAction action, AnswerScope scope)
{
    if (action == FileExistsAction::Ask)
        return false;
    const std::optional<QuestionQueue::Entry> answered = m_questions->take(questionId);
    if (!answered)
        return false;
    if (TransferJob* job = findJob(answered->question.jobId)) {
        if (scope == AnswerScope::ThisJob)
            job->existsAction = action;
        else if (scope == AnswerScope::AllJobs)
            m_questions->setAnswerForAll(action);
        TransferFileItem& item = job->items[size_t(answered->itemIndex)];
        if (item.state == TransferFileItem::State::AnswerWait) {
            item.state = TransferFileItem::State::Pending;
            item.decided = false;
            // The answer is this file's policy: it may still skip it (OverwriteIfNewer on an older file).
            if (m_scheduler->prepareItem(*job, answered->itemIndex, action))
                job->ready.push_front(answered->itemIndex);
            m_reporter->noteChange();
        }
    }
    resolveQuestionsByPolicy();
    scheduleRun();
    return true;
}

void TransferQueue::resolveQuestionsByPolicy()
{
    // Questions that a policy answers now (a new default, an answer for the job or for all) are settled
    // by it: their files are decided again.
    const QList<QuestionQueue::Entry> settled =
        m_questions->withdrawIf([this](const QuestionQueue::Entry& entry) {
            const TransferJob* job = findJob(entry.question.jobId);
            return !job || m_scheduler->effectiveAction(*job) != FileExistsAction::Ask;
        });
    for (const QuestionQueue::Entry& entry : settled) {
        TransferJob* job = findJob(entry.question.jobId);
        if (!job)
            continue;
        TransferFileItem& item = job->items[size_t(entry.itemIndex)];
        if (item.state != TransferFileItem::State::AnswerWait)
            continue;
        item.state = TransferFileItem::State::Pending;
        item.decided = false;
        job->ready.push_front(entry.itemIndex);
    }
    m_questions->askNext();
}

// ---- persistence ---------------------------------------------------------------------------------------

bool TransferQueue::saveToFile(const QString& path, bool includePasswords, QString* errorString) const
{
    QList<TransferSite> sites;
    for (const QString& id : m_sites->ids())
        sites.append(m_sites->find(id)->site);
    return writeQueueFile(path, sites, *m_jobs, includePasswords, errorString);
}

bool TransferQueue::restoreFromFile(const QString& path, QString* errorString)
{
    const std::optional<QueueFileContents> contents = readQueueFile(path, errorString);
    if (!contents)
        return false;
    adoptJobs(*contents, m_jobs->nextId());
    return true;
}

QList<TransferJobId> TransferQueue::adoptJobs(const QueueFileContents& contents, TransferJobId firstId,
                                              RestoreAs restoreAs)
{
    for (const TransferSite& site : contents.sites) {
        if (!m_sites->contains(site.id))
            setSite(site);
    }
    QList<TransferJobId> ids;
    TransferJobId id = firstId;
    for (const QJsonValue& value : contents.jobs) {
        std::unique_ptr<TransferJob> job = transferJobFromJson(value.toObject(), nullptr);
        if (!job)
            continue; // readQueueFile() checked them
        job->id = id++;
        if (restoreAs == RestoreAs::Paused && isOpenState(job->state))
            job->state = TransferJobState::Paused;
        const TransferJobId added = job->id;
        if (!m_jobs->append(std::move(job)))
            continue;
        ids.append(added);
        Q_EMIT jobAdded(added, m_jobs->size() - 1);
    }
    m_reporter->noteChange();
    scheduleRun();
    return ids;
}

void TransferQueue::setAutoSaveFile(const QString& path, bool includePasswords)
{
    m_autoSavePath = path;
    m_autoSavePasswords = includePasswords;
    if (path.isEmpty())
        m_autoSaveTimer.stop();
    else
        m_reporter->noteChange();
}

void TransferQueue::autoSave()
{
    QString error;
    if (!m_autoSavePath.isEmpty() && !saveToFile(m_autoSavePath, m_autoSavePasswords, &error))
        Q_EMIT logMessage(0, error);
}

// ---- diagnostics ---------------------------------------------------------------------------------------

int TransferQueue::connectionCount(const QString& siteId) const
{
    const SiteRegistry::Site* site = m_sites->find(siteId);
    return site ? site->pool->connectionCount() : 0;
}

int TransferQueue::peakConnectionCount(const QString& siteId) const
{
    const SiteRegistry::Site* site = m_sites->find(siteId);
    return site ? site->pool->peakConnectionCount() : 0;
}

int TransferQueue::openedConnectionCount(const QString& siteId) const
{
    const SiteRegistry::Site* site = m_sites->find(siteId);
    return site ? site->pool->openedConnectionCount() : 0;
}

int TransferQueue::connectionLimit(const QString& siteId) const
{
    const SiteRegistry::Site* site = m_sites->find(siteId);
    return site ? site->pool->limit() : 0;
}

} // namespace Ferry
