#include "sync/syncrunner.h"

#include "protocol/remotepath.h"
#include "sync/remotecommandqueue.h"
#include "sync/syncjob.h"
#include "transfer/transferengine.h"

#include <QDir>
#include <QFile>
#include <QTimer>

namespace Ferry {

namespace {

bool isTransfer(SyncActionKind kind)
{
    return kind == SyncActionKind::Upload || kind == SyncActionKind::Download;
}

} // namespace

SyncRunner::SyncRunner(TransferEngine* queue, const QString& siteId, const QString& localRoot,
                       const QString& remoteRoot, QObject* parent)
    : QObject(parent), m_queue(queue), m_siteId(siteId), m_localRoot(QDir::cleanPath(localRoot)),
      m_remoteRoot(RemotePath::normalize(remoteRoot))
{
    connect(m_queue, &TransferEngine::jobChanged, this, &SyncRunner::onJobChanged);
}

SyncRunner::~SyncRunner() = default;

QString SyncRunner::localPath(const QString& relative) const
{
    return QDir(m_localRoot).filePath(relative);
}

QString SyncRunner::remotePath(const QString& relative) const
{
    return RemotePath::join(m_remoteRoot, relative);
}

bool SyncRunner::run(const QList<SyncAction>& actions, QString* errorString)
{
    const std::optional<TransferSite> site = m_queue->site(m_siteId);
    if (!site) {
        if (errorString)
            *errorString = tr("The transfer queue does not know the server %1.").arg(m_siteId);
        return false;
    }
    m_remote = RemoteCommandQueue::forSite(m_queue, m_siteId);
    m_actions = actions;
    m_done = QList<bool>(actions.size(), false);
    m_open = int(actions.size());
    m_started = true;
    if (actions.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            m_finished = true;
            Q_EMIT finished();
        });
        return true;
    }
    QTimer::singleShot(0, this, &SyncRunner::startCreations);
    return true;
}

void SyncRunner::cancel()
{
    if (m_finished)
        return;
    if (m_remote)
        m_remote->cancel(this);
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it)
        m_queue->cancelJob(it.key());
    for (int i = 0; i < m_actions.size(); ++i) {
        if (!m_done.at(i) && !isTransfer(m_actions.at(i).kind))
            report(i, false, tr("Canceled."));
    }
}

void SyncRunner::startCreations()
{
    for (int i = 0; i < m_actions.size(); ++i) {
        const SyncAction& action = m_actions.at(i);
        if (action.kind == SyncActionKind::CreateLocalFolder) {
            const bool ok = QDir().mkpath(localPath(action.path()));
            report(i, ok,
                   ok ? QString()
                      : tr("Cannot create the folder %1.")
                            .arg(QDir::toNativeSeparators(localPath(action.path()))));
        } else if (action.kind == SyncActionKind::CreateRemoteFolder) {
            ++m_pendingCreations;
            m_remote->add(
                RemoteCommandQueue::Kind::MakeFolder, remotePath(action.path()),
                [this, i](const RemoteCommandQueue::Result& result) {
                    report(i, result.ok, result.message);
                    if (--m_pendingCreations == 0)
                        startTransfersAndDeletions();
                },
                this);
        }
    }
    if (m_pendingCreations == 0)
        startTransfersAndDeletions();
}

void SyncRunner::startTransfersAndDeletions()
{
    for (int i = 0; i < m_actions.size(); ++i) {
        const SyncAction& action = m_actions.at(i);
        if (isTransfer(action.kind)) {
            const TransferDirection direction = action.kind == SyncActionKind::Upload
                                                    ? TransferDirection::Upload
                                                    : TransferDirection::Download;
            QString error;
            const TransferJobId id = m_queue->addJob(
                syncFileJob(m_siteId, direction, localPath(action.path()), remotePath(action.path())),
                &error);
            if (id)
                m_jobs.insert(id, i);
            else
                report(i, false, error);
        } else if (action.kind == SyncActionKind::DeleteLocal) {
            const QString path = localPath(action.path());
            const bool ok = action.isDir() ? QDir().rmdir(path) : QFile::remove(path);
            report(i, ok,
                   ok ? QString()
                      : (action.isDir() ? tr("Cannot delete the folder %1 (is it empty?).")
                                        : tr("Cannot delete %1."))
                            .arg(QDir::toNativeSeparators(path)));
        } else if (action.kind == SyncActionKind::DeleteRemote) {
            m_remote->add(action.isDir() ? RemoteCommandQueue::Kind::DeleteFolder
                                         : RemoteCommandQueue::Kind::DeleteFile,
                          remotePath(action.path()), [this, i](const RemoteCommandQueue::Result& result) {
                              report(i, result.ok, result.message);
                          });
        }
    }
}

void SyncRunner::onJobChanged(TransferJobId id, const TransferJobSnapshot& snapshot)
{
    const auto it = m_jobs.constFind(id);
    if (it == m_jobs.cend() || !snapshot.isFinished())
        return;
    const int index = it.value();
    if (m_done.at(index))
        return;
    const bool ok = snapshot.state == TransferJobState::Done || snapshot.state == TransferJobState::Skipped;
    QString message = snapshot.errorString;
    if (!ok && message.isEmpty()) {
        const QList<TransferFileError> errors = m_queue->fileErrors(id);
        message = errors.isEmpty() ? transferJobStateText(snapshot.state) : errors.first().message;
    }
    report(index, ok, ok ? QString() : message);
}

void SyncRunner::report(int index, bool ok, const QString& message)
{
    if (m_done.at(index))
        return;
    m_done[index] = true;
    ok ? ++m_succeeded : ++m_failed;
    Q_EMIT actionFinished(m_actions.at(index), ok, message);
    if (--m_open == 0 && !m_finished) {
        m_finished = true;
        Q_EMIT finished();
    }
}

} // namespace Ferry
