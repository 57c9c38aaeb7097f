#include "transfer/transferengine.h"

#include "io/enginethread.h"
#include "protocol/remotepath.h"
#include "transfer/remotetasks.h"
#include "transfer/transferjob.h"
#include "transfer/transferqueuestore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QMetaMethod>
#include <QPointer>
#include <QThread>
#include <memory>

namespace Ferry {

namespace {

// What the copy shows of a job the queue has not reported on yet.
TransferJobSnapshot provisionalSnapshot(TransferJobId id, const TransferJobRequest& request)
{
    TransferJobSnapshot s;
    s.id = id;
    s.siteId = request.siteId;
    s.direction = request.direction;
    s.folder = request.folder && !request.unplanned;
    s.localPath = QDir::cleanPath(request.localPath);
    s.remotePath = RemotePath::normalize(request.remotePath);
    s.includeGlobs = request.includeGlobs;
    s.excludeGlobs = request.excludeGlobs;
    s.state = TransferJobState::Queued;
    s.planning = !request.unplanned;
    s.filesTotal = request.unplanned ? 1 : 0;
    return s;
}

} // namespace

TransferEngine::TransferEngine(QObject* parent)
    : QObject(parent), m_thread(new QThread(this)), m_context(new QObject), m_queue(new TransferQueue)
{
    qRegisterMetaType<TransferJobSnapshot>();
    qRegisterMetaType<TransferTotals>();
    qRegisterMetaType<FileExistsQuestion>();
    m_thread->setObjectName(QStringLiteral("Ferry transfer engine"));
    m_finishedTimer.setSingleShot(true);
    m_finishedTimer.setInterval(0);
    connect(&m_finishedTimer, &QTimer::timeout, this, &TransferEngine::emitFinishedFiles);
    m_settings = m_queue->settings();
    m_queue->setQuestionReceiver(TransferQueue::QuestionReceiver::Absent);

    // The queue's signals arrive here queued (it lives in the worker), with their values.
    connect(m_queue, &TransferQueue::jobChanged, this, &TransferEngine::onJobChanged);
    connect(m_queue, &TransferQueue::totalsChanged, this, [this]() { Q_EMIT totalsChanged(totals()); });
    connect(m_queue, &TransferQueue::existsQuestion, this, [this](const FileExistsQuestion& question) {
        m_question = question;
        Q_EMIT existsQuestion(question);
    });
    connect(m_queue, &TransferQueue::questionWithdrawn, this, [this](quint64 id) {
        if (m_question && m_question->id == id)
            m_question.reset();
        Q_EMIT questionWithdrawn(id);
    });
    connect(m_queue, &TransferQueue::logMessage, this, &TransferEngine::logMessage);
    connect(m_queue, &TransferQueue::connectionCountChanged, this, &TransferEngine::onConnectionCount);
    // fileFinished and connectionLog are forwarded once something listens (connectNotify()).
    connect(m_queue, &TransferQueue::idle, this, &TransferEngine::onQueueIdle);
    // jobAdded, jobRemoved and jobMoved are not taken from the queue: the copy made those changes first.
    connect(m_queue->remoteTasks(), &RemoteTasks::homeLocated, this, &TransferEngine::homeLocated);
    connect(m_queue->remoteTasks(), &RemoteTasks::treeListed, this, &TransferEngine::remoteTreeListed);
    connect(m_queue->remoteTasks(), &RemoteTasks::removed, this, &TransferEngine::remoteRemoved);

    m_context->moveToThread(m_thread);
    m_queue->moveToThread(m_thread);
    connect(m_thread, &QThread::started, [] { EngineThread::enter(); });
    m_thread->start();
}

TransferEngine::~TransferEngine()
{
    // Nobody hears from a dying engine: its receivers may be going too.
    blockSignals(true);
    shutdown();
    if (m_thread->isRunning())
        m_thread->wait(); // shutdown() gave up waiting: the worker must end before its objects go
    delete m_context;
}

template <typename Call> void TransferEngine::post(Call call)
{
    if (!m_queue)
        return;
    TransferQueue* queue = m_queue;
    QMetaObject::invokeMethod(
        m_context, [queue, call]() { call(queue); }, Qt::QueuedConnection);
}

// ---- configuration -------------------------------------------------------------------------------------

void TransferEngine::setSettings(const TransferSettings& settings)
{
    m_settings = settings;
    m_settings.progressIntervalMs = qMax(20, settings.progressIntervalMs);
    post([settings](TransferQueue* queue) { queue->setSettings(settings); });
}

void TransferEngine::setSite(const TransferSite& site)
{
    if (site.id.isEmpty())
        return;
    m_sites.insert(site.id, site);
    post([site](TransferQueue* queue) { queue->setSite(site); });
}

bool TransferEngine::removeSite(const QString& siteId)
{
    if (!m_sites.contains(siteId))
        return false;
    for (const TransferJobSnapshot& job : std::as_const(m_jobs)) {
        if (job.siteId == siteId)
            return false;
    }
    m_sites.remove(siteId);
    post([siteId](TransferQueue* queue) { queue->removeSite(siteId); });
    return true;
}

std::optional<TransferSite> TransferEngine::site(const QString& siteId) const
{
    const auto it = m_sites.constFind(siteId);
    if (it == m_sites.cend())
        return std::nullopt;
    return *it;
}

QStringList TransferEngine::siteIds() const
{
    QStringList ids = m_sites.keys();
    ids.sort();
    return ids;
}

// ---- jobs ----------------------------------------------------------------------------------------------

TransferJobId TransferEngine::addJob(const TransferJobRequest& request, QString* errorString)
{
    const QString problem = TransferQueue::requestProblem(request, m_sites.contains(request.siteId));
    if (!problem.isEmpty() || !m_queue) {
        if (errorString)
            *errorString = problem.isEmpty() ? tr("The transfer engine has stopped.") : problem;
        return 0;
    }
    const TransferJobId id = m_nextId++;
    appendJob(provisionalSnapshot(id, request));
    QPointer<TransferEngine> self(this);
    post([request, id, self](TransferQueue* queue) {
        QString error;
        if (queue->insertJob(id, request, &error))
            return;
        // Refused after all (the copy and the queue disagreed): the job goes, with the reason.
        QMetaObject::invokeMethod(
            self.data(),
            [self, id, error]() {
                if (!self)
                    return;
                self->dropJob(id);
                Q_EMIT self->logMessage(id, error);
            },
            Qt::QueuedConnection);
    });
    return id;
}

void TransferEngine::appendJob(const TransferJobSnapshot& snapshot)
{
    m_jobs.append(snapshot);
    Q_EMIT jobAdded(snapshot.id, int(m_jobs.size()) - 1);
}

void TransferEngine::dropJob(TransferJobId id)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    m_jobs.removeAt(index);
    if (m_question && m_question->jobId == id) {
        const quint64 questionId = m_question->id;
        m_question.reset();
        Q_EMIT questionWithdrawn(questionId);
    }
    Q_EMIT jobRemoved(id, index);
}

QList<TransferJobId> TransferEngine::jobIds() const
{
    QList<TransferJobId> ids;
    ids.reserve(m_jobs.size());
    for (const TransferJobSnapshot& job : m_jobs)
        ids.append(job.id);
    return ids;
}

int TransferEngine::indexOf(TransferJobId id) const
{
    for (qsizetype i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i).id == id)
            return int(i);
    }
    return -1;
}

std::optional<TransferJobSnapshot> TransferEngine::job(TransferJobId id) const
{
    const int index = indexOf(id);
    if (index < 0)
        return std::nullopt;
    return m_jobs.at(index);
}

QList<TransferFileError> TransferEngine::fileErrors(TransferJobId id) const
{
    const int index = indexOf(id);
    return index < 0 ? QList<TransferFileError>() : m_jobs.at(index).failures;
}

void TransferEngine::onJobChanged(TransferJobId id, const TransferJobSnapshot& snapshot)
{
    const int index = indexOf(id);
    if (index < 0)
        return; // removed here already
    m_jobs[index] = snapshot;
    Q_EMIT jobChanged(id, snapshot);
}

bool TransferEngine::pauseJob(TransferJobId id)
{
    const std::optional<TransferJobSnapshot> found = job(id);
    if (!found || (found->state != TransferJobState::Queued && found->state != TransferJobState::Running))
        return false;
    post([id](TransferQueue* queue) { queue->pauseJob(id); });
    return true;
}

bool TransferEngine::resumeJob(TransferJobId id)
{
    const std::optional<TransferJobSnapshot> found = job(id);
    if (!found || found->state != TransferJobState::Paused)
        return false;
    post([id](TransferQueue* queue) { queue->resumeJob(id); });
    return true;
}

bool TransferEngine::cancelJob(TransferJobId id)
{
    const std::optional<TransferJobSnapshot> found = job(id);
    if (!found || found->isFinished())
        return false;
    post([id](TransferQueue* queue) { queue->cancelJob(id); });
    return true;
}

bool TransferEngine::retryJob(TransferJobId id)
{
    const std::optional<TransferJobSnapshot> found = job(id);
    if (!found || (found->state != TransferJobState::Failed && found->state != TransferJobState::Canceled))
        return false;
    post([id](TransferQueue* queue) { queue->retryJob(id); });
    return true;
}

bool TransferEngine::removeJob(TransferJobId id)
{
    if (indexOf(id) < 0)
        return false;
    dropJob(id);
    post([id](TransferQueue* queue) { queue->removeJob(id); });
    return true;
}

void TransferEngine::pauseAll()
{
    post([](TransferQueue* queue) { queue->pauseAll(); });
}

void TransferEngine::resumeAll()
{
    post([](TransferQueue* queue) { queue->resumeAll(); });
}

void TransferEngine::cancelAll()
{
    post([](TransferQueue* queue) { queue->cancelAll(); });
}

void TransferEngine::clearFinished()
{
    // The jobs the copy shows finished: a finished job stays finished until retryJob(), which goes
    // through the copy too.
    for (TransferJobId id : jobIds()) {
        const std::optional<TransferJobSnapshot> found = job(id);
        if (found && found->isFinished())
            removeJob(id);
    }
}

bool TransferEngine::moveTo(TransferJobId id, int index)
{
    const int from = indexOf(id);
    if (from < 0)
        return false;
    const int to = qBound(0, index, int(m_jobs.size()) - 1);
    if (to == from)
        return false;
    m_jobs.move(from, to);
    Q_EMIT jobMoved(id, from, to);
    post([id, to](TransferQueue* queue) { queue->moveTo(id, to); });
    return true;
}

bool TransferEngine::moveUp(TransferJobId id)
{
    const int from = indexOf(id);
    return from > 0 && moveTo(id, from - 1);
}

bool TransferEngine::moveDown(TransferJobId id)
{
    const int from = indexOf(id);
    return from >= 0 && from + 1 < int(m_jobs.size()) && moveTo(id, from + 1);
}

bool TransferEngine::moveToTop(TransferJobId id)
{
    return moveTo(id, 0);
}

bool TransferEngine::moveToBottom(TransferJobId id)
{
    return moveTo(id, int(m_jobs.size()) - 1);
}

TransferTotals TransferEngine::totals() const
{
    int connections = 0;
    for (int count : m_connections)
        connections += count;
    return transferTotals(m_jobs, connections);
}

bool TransferEngine::isIdle() const
{
    for (const TransferJobSnapshot& job : m_jobs) {
        if (job.state == TransferJobState::Queued || job.state == TransferJobState::Running)
            return false;
    }
    return true;
}

void TransferEngine::onQueueIdle()
{
    // Every file's fileFinished comes before idle(): with some still to re-emit, idle() follows the last.
    if (!m_finishedFiles.isEmpty()) {
        m_idleAfterFinished = true;
        return;
    }
    // A job added here meanwhile keeps the engine busy.
    if (!isIdle())
        return;
    Q_EMIT totalsChanged(totals());
    Q_EMIT idle();
}

void TransferEngine::onConnectionCount(const QString& siteId, int count)
{
    m_connections.insert(siteId, count);
    if (count > m_peakConnections.value(siteId))
        m_peakConnections.insert(siteId, count);
    Q_EMIT connectionCountChanged(siteId, count);
}

// ---- questions -----------------------------------------------------------------------------------------

bool TransferEngine::answerExistsQuestion(quint64 questionId, FileExistsAction action, AnswerScope scope)
{
    if (action == FileExistsAction::Ask || !m_queue)
        return false;
    if (m_question && m_question->id == questionId)
        m_question.reset();
    post([questionId, action, scope](TransferQueue* queue) {
        queue->answerExistsQuestion(questionId, action, scope);
    });
    return true;
}

void TransferEngine::connectNotify(const QMetaMethod& signal)
{
    if (signal == QMetaMethod::fromSignal(&TransferEngine::existsQuestion)) {
        tellQuestionReceiver();
        return;
    }
    // The queue's busiest signals (a line per command and reply, a call per file) cross to this thread
    // only while something listens: each crossing wakes this thread, and on a busy machine the engine's
    // next file then competes with it for a core (ferry mirror without -v listens to neither).
    if (!m_queue)
        return;
    if (signal == QMetaMethod::fromSignal(&TransferEngine::connectionLog)) {
        connect(m_queue, &TransferQueue::connectionLog, this, &TransferEngine::connectionLog,
                Qt::UniqueConnection);
    } else if (signal == QMetaMethod::fromSignal(&TransferEngine::fileFinished)) {
        connect(m_queue, &TransferQueue::fileFinished, this, &TransferEngine::onFileFinished,
                Qt::UniqueConnection);
    }
}

void TransferEngine::onFileFinished(TransferJobId id, const QString& sourcePath, bool transferred)
{
    m_finishedFiles.append({id, sourcePath, transferred});
    if (!m_finishedTimer.isActive())
        m_finishedTimer.start();
}

void TransferEngine::emitFinishedFiles()
{
    // The receivers (the panes' refresh, the time-offset probe) look at each file's job: 2,000 files at
    // once took the window's thread 8 ms in one turn (tests/bench/RESULTS.md section 12a).
    constexpr qint64 SliceMs = 3;
    QElapsedTimer clock;
    clock.start();
    qsizetype done = 0;
    while (done < m_finishedFiles.size() && (done == 0 || clock.elapsed() < SliceMs)) {
        const FinishedFile file = m_finishedFiles.at(done++);
        Q_EMIT fileFinished(file.id, file.sourcePath, file.transferred);
    }
    m_finishedFiles.remove(0, done);
    if (!m_finishedFiles.isEmpty()) {
        m_finishedTimer.start();
    } else if (m_idleAfterFinished) {
        m_idleAfterFinished = false;
        onQueueIdle();
    }
}

void TransferEngine::disconnectNotify(const QMetaMethod& signal)
{
    if (signal == QMetaMethod::fromSignal(&TransferEngine::existsQuestion))
        tellQuestionReceiver();
}

void TransferEngine::tellQuestionReceiver()
{
    const TransferQueue::QuestionReceiver receiver =
        isSignalConnected(QMetaMethod::fromSignal(&TransferEngine::existsQuestion))
            ? TransferQueue::QuestionReceiver::Present
            : TransferQueue::QuestionReceiver::Absent;
    post([receiver](TransferQueue* queue) { queue->setQuestionReceiver(receiver); });
}

// ---- persistence ---------------------------------------------------------------------------------------

bool TransferEngine::restoreFromFile(const QString& path, TransferQueue::RestoreAs restoreAs,
                                     int* pausedCount, QString* errorString)
{
    if (!m_queue) {
        if (errorString)
            *errorString = tr("The transfer engine has stopped.");
        return false;
    }
    const std::optional<QueueFileContents> contents = readQueueFile(path, errorString);
    if (!contents)
        return false;
    for (const TransferSite& site : contents->sites) {
        if (!m_sites.contains(site.id))
            m_sites.insert(site.id, site);
    }
    // The jobs get their ids here, and are in the copy before anything added later.
    const TransferJobId firstId = m_nextId;
    int paused = 0;
    for (const QJsonValue& value : contents->jobs) {
        std::unique_ptr<TransferJob> job = transferJobFromJson(value.toObject(), nullptr);
        if (!job)
            continue;
        job->id = m_nextId++;
        if (restoreAs == TransferQueue::RestoreAs::Paused && isOpenState(job->state))
            job->state = TransferJobState::Paused;
        if (job->state == TransferJobState::Paused)
            ++paused;
        appendJob(snapshotOf(*job));
    }
    const QueueFileContents adopted = *contents;
    post([adopted, firstId, restoreAs](TransferQueue* queue) {
        queue->adoptJobs(adopted, firstId, restoreAs);
    });
    if (pausedCount)
        *pausedCount = paused;
    return true;
}

void TransferEngine::setAutoSaveFile(const QString& path, bool includePasswords)
{
    post([path, includePasswords](TransferQueue* queue) { queue->setAutoSaveFile(path, includePasswords); });
}

// ---- remote tasks --------------------------------------------------------------------------------------

quint64 TransferEngine::locateHome(const QString& siteId)
{
    const quint64 request = m_nextRequest++;
    post([request, siteId](TransferQueue* queue) { queue->remoteTasks()->locateHome(request, siteId); });
    return request;
}

quint64 TransferEngine::listRemoteTree(const QString& siteId, const QString& root)
{
    const quint64 request = m_nextRequest++;
    post([request, siteId, root](TransferQueue* queue) {
        queue->remoteTasks()->listTree(request, siteId, root);
    });
    return request;
}

quint64 TransferEngine::removeRemote(const QString& siteId, const QList<RemoteTreeEntry>& entries)
{
    const quint64 request = m_nextRequest++;
    post([request, siteId, entries](TransferQueue* queue) {
        queue->remoteTasks()->remove(request, siteId, entries);
    });
    return request;
}

bool TransferEngine::shutdown(const QString& savePath, int timeoutMs, QString* errorString)
{
    if (!m_queue)
        return true;
    // Written by the worker before it ends, read here after it ended.
    auto saveError = std::make_shared<QString>();
    QThread* thread = m_thread;
    post([savePath, saveError, thread](TransferQueue* queue) {
        queue->setAutoSaveFile(QString());
        queue->pauseAll();
        if (!savePath.isEmpty())
            queue->saveToFile(savePath, false, saveError.get());
        delete queue; // its transfers, walks and connections with it
        thread->quit();
    });
    m_queue = nullptr;
    const bool ended = m_thread->wait(QDeadlineTimer(timeoutMs));
    // What the worker reported before it ended (the jobs it paused) reaches the copy now.
    if (!signalsBlocked())
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    if (!ended) {
        if (errorString)
            *errorString = tr("The transfer engine did not stop within %1 s.").arg(timeoutMs / 1000.0);
        return false;
    }
    if (!saveError->isEmpty()) {
        if (errorString)
            *errorString = *saveError;
        return false;
    }
    return true;
}

} // namespace Ferry
