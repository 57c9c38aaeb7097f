#include "sync/watchsession.h"

#include "protocol/remotepath.h"
#include "sync/syncjob.h"
#include "sync/timeoffset.h"
#include "sync/timeoffsetprobe.h"
#include "transfer/transferengine.h"

#include <QDir>

namespace Ferry {

namespace {

constexpr int MaxEvents = 200;

} // namespace

WatchSession::WatchSession(TransferEngine* queue, QObject* parent)
    : QObject(parent), m_queue(queue), m_watcher(new FolderWatcher(this))
{
    connect(m_watcher, &FolderWatcher::changed, this, &WatchSession::onChanges);
    connect(m_watcher, &FolderWatcher::failed, this, [this](const QString& message) {
        Q_EMIT problem(message);
        if (!m_watcher->isRunning())
            stop();
    });
    connect(m_queue, &TransferEngine::jobChanged, this, &WatchSession::onJobChanged);
}

WatchSession::~WatchSession()
{
    stop();
}

QString WatchSession::eventKindKey(Event::Kind kind)
{
    switch (kind) {
    case Event::Kind::Uploaded:
        return QStringLiteral("uploaded");
    case Event::Kind::Deleted:
        return QStringLiteral("deleted");
    case Event::Kind::FolderCreated:
        return QStringLiteral("created");
    case Event::Kind::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

bool WatchSession::start(const Settings& settings, QString* errorString)
{
    stop();
    const std::optional<TransferSite> site = m_queue->site(settings.siteId);
    if (!site) {
        if (errorString)
            *errorString = tr("The transfer queue does not know the server %1.").arg(settings.siteId);
        return false;
    }
    m_settings = settings;
    m_settings.localRoot = QDir::cleanPath(QFileInfo(settings.localRoot).absoluteFilePath());
    m_settings.remoteRoot = RemotePath::normalize(settings.remoteRoot);
    if (!m_watcher->start(m_settings.localRoot, m_settings.watch, errorString))
        return false;
    m_remote = RemoteCommandQueue::forSite(m_queue, m_settings.siteId);
    m_offsetKnown = TimeOffsetStore::offset(TimeOffsetStore::serverKey(site->login)).has_value();
    m_running = true;
    Q_EMIT runningChanged(true);
    return true;
}

void WatchSession::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_watcher->stop();
    // Uploads already queued finish in the queue; the session stops following them.
    m_active.clear();
    m_jobPaths.clear();
    if (m_remote) {
        m_remote->cancel(this);
        m_remote = nullptr;
    }
    m_remoteWaiting = 0;
    m_learning = false;
    Q_EMIT runningChanged(false);
}

bool WatchSession::isBusy() const
{
    return !m_active.isEmpty() || m_remoteWaiting > 0 || m_learning || m_watcher->pendingCount() > 0;
}

QString WatchSession::remotePath(const QString& relative) const
{
    return RemotePath::join(m_settings.remoteRoot, relative);
}

void WatchSession::onChanges(const QList<FolderWatcher::Change>& changes)
{
    for (const FolderWatcher::Change& change : changes) {
        switch (change.kind) {
        case FolderWatcher::ChangeKind::FileChanged:
            upload(change.path);
            break;
        case FolderWatcher::ChangeKind::FolderAdded:
            runRemote(RemoteCommandQueue::Kind::MakeFolder, change.path);
            break;
        case FolderWatcher::ChangeKind::FileRemoved:
        case FolderWatcher::ChangeKind::FolderRemoved: {
            const auto active = m_active.constFind(change.path);
            if (active != m_active.cend()) {
                m_jobPaths.remove(active->job);
                m_queue->removeJob(active->job);
                m_active.remove(change.path);
            }
            if (m_settings.deleteRemote)
                runRemote(change.kind == FolderWatcher::ChangeKind::FileRemoved
                              ? RemoteCommandQueue::Kind::DeleteFile
                              : RemoteCommandQueue::Kind::DeleteFolder,
                          change.path);
            break;
        }
        }
    }
    checkIdle();
}

void WatchSession::upload(const QString& path)
{
    auto active = m_active.find(path);
    if (active != m_active.end()) {
        const std::optional<TransferJobSnapshot> job = m_queue->job(active->job);
        if (job && job->state == TransferJobState::Queued)
            return; // it reads the file when its turn comes
        if (job && !job->isFinished()) {
            active->again = true;
            return;
        }
        m_jobPaths.remove(active->job);
        m_active.erase(active);
    }
    QString error;
    const TransferJobId id =
        m_queue->addJob(syncFileJob(m_settings.siteId, TransferDirection::Upload,
                                    QDir(m_settings.localRoot).filePath(path), remotePath(path)),
                        &error);
    if (!id) {
        record(Event::Kind::Failed, path, -1, error);
        return;
    }
    m_active.insert(path, Upload{id, false, QDateTime::currentDateTimeUtc()});
    m_jobPaths.insert(id, path);
}

void WatchSession::onJobChanged(TransferJobId id, const TransferJobSnapshot& snapshot)
{
    if (!snapshot.isFinished())
        return;
    const auto found = m_jobPaths.constFind(id);
    if (found == m_jobPaths.cend())
        return;
    const QString path = found.value();
    m_jobPaths.erase(found);
    const Upload upload = m_active.take(path);
    const QDateTime finished = QDateTime::currentDateTimeUtc();
    if (snapshot.state == TransferJobState::Done || snapshot.state == TransferJobState::Skipped) {
        record(Event::Kind::Uploaded, path, snapshot.bytesTotal);
        if (!m_offsetKnown && !m_learning)
            learnOffset(path, upload.queuedAt, finished);
    } else if (snapshot.state != TransferJobState::Canceled) {
        QString message = snapshot.errorString;
        const QList<TransferFileError> errors = m_queue->fileErrors(id);
        if (!errors.isEmpty())
            message = errors.first().message;
        record(Event::Kind::Failed, path, -1, message);
    }
    if (m_settings.removeFinishedJobs)
        m_queue->removeJob(id);
    if (upload.again && m_running)
        this->upload(path);
    checkIdle();
}

void WatchSession::runRemote(RemoteCommandQueue::Kind kind, const QString& path)
{
    if (!m_remote)
        return;
    ++m_remoteWaiting;
    m_remote->add(
        kind, remotePath(path),
        [this, kind, path](const RemoteCommandQueue::Result& result) {
            --m_remoteWaiting;
            if (!result.ok) {
                record(Event::Kind::Failed, path, -1, result.message);
            } else if (kind == RemoteCommandQueue::Kind::MakeFolder) {
                record(Event::Kind::FolderCreated, path);
            } else {
                record(Event::Kind::Deleted, path);
            }
            checkIdle();
        },
        this);
}

void WatchSession::learnOffset(const QString& path, const QDateTime& started, const QDateTime& finished)
{
    const std::optional<TransferSite> site = m_queue->site(m_settings.siteId);
    if (!m_remote || !site)
        return;
    m_learning = true;
    probeRemoteTimeOffset(m_remote, *site, remotePath(path), started, finished, this,
                          [this](std::optional<qint64> offset) {
                              m_learning = false;
                              if (offset) {
                                  m_offsetKnown = true;
                                  Q_EMIT timeOffsetLearned(*offset);
                              }
                              checkIdle();
                          });
}

void WatchSession::record(Event::Kind kind, const QString& path, qint64 size, const QString& message)
{
    Event event;
    event.kind = kind;
    event.path = path;
    event.size = size;
    event.message = message;
    event.time = QDateTime::currentDateTime();
    switch (kind) {
    case Event::Kind::Uploaded:
        ++m_uploads;
        break;
    case Event::Kind::Deleted:
        ++m_deletes;
        break;
    case Event::Kind::Failed:
        ++m_failures;
        break;
    case Event::Kind::FolderCreated:
        break;
    }
    m_events.append(event);
    if (m_events.size() > MaxEvents)
        m_events.removeFirst();
    Q_EMIT activity(event);
}

void WatchSession::checkIdle()
{
    if (m_running && !isBusy())
        Q_EMIT idle();
}

} // namespace Ferry
