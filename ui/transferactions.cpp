#include "transferactions.h"

#include "appsettings.h"
#include "connectionsession.h"
#include "io/userfile.h"
#include "localpane.h"
#include "protocol/remotepath.h"
#include "remotepane.h"
#include "transfer/transferengine.h"
#include "transferqueuemodel.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QPointer>
#include <QProgressDialog>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>

namespace Ferry {

TransferActions::TransferActions(TransferEngine* queue, QWidget* window)
    : QObject(window), m_queue(queue), m_window(window)
{
    connect(m_queue, &TransferEngine::connectionLog, this,
            [this](const QString& siteId, int connection, FtpClient::LogKind kind, const QString& text) {
                Q_EMIT logLine(siteId, kind, text, tr("transfer %1").arg(connection));
            });
    connect(m_queue, &TransferEngine::logMessage, this, [this](TransferJobId id, const QString& text) {
        const std::optional<TransferJobSnapshot> job = m_queue->job(id);
        Q_EMIT logLine(job ? job->siteId : QString(), FtpClient::LogKind::Info, text, tr("queue"));
    });
    connect(m_queue, &TransferEngine::fileFinished, this, &TransferActions::onFileFinished);
}

TransferActions::~TransferActions()
{
    // A drag-out fetch waiting in its event loop returns (with nothing) once the event that deletes this
    // has been handled.
    if (m_dragOutLoop)
        m_dragOutLoop->quit();
}

QString TransferActions::setSite(const FtpLogin& login, const FtpClientOptions& options, int maxConnections)
{
    TransferSite site;
    site.id = siteIdFor(login);
    site.name = ConnectionSession::describeLogin(login);
    site.login = login;
    site.options = options;
    site.maxConnections = maxConnections;
    m_queue->setSite(site);
    return site.id;
}

void TransferActions::upload(ConnectionSession* session, const QStringList& localPaths,
                             const QString& remoteFolder)
{
    if (!session->isConnected() || remoteFolder.isEmpty() || session->siteId().isEmpty()) {
        session->remotePane()->showError(
            tr("Connect to a server first: uploads go to the folder shown on the right."));
        return;
    }
    QList<TransferJobRequest> requests;
    for (const QString& path : localPaths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            session->localPane()->showError(
                tr("%1 does not exist any more.").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        TransferJobRequest request;
        request.siteId = session->siteId();
        request.direction = TransferDirection::Upload;
        request.folder = info.isDir();
        request.localPath = info.absoluteFilePath();
        request.remotePath = RemotePath::join(remoteFolder, info.fileName());
        requests << request;
    }
    if (enqueue(requests, session->remotePane()).isEmpty())
        return;
    Q_EMIT statusMessage(tr("Uploading %n item(s) to %1", nullptr, int(requests.size())).arg(remoteFolder),
                         5000);
}

void TransferActions::download(ConnectionSession* session, const QList<RemoteItem>& items,
                               const QString& localFolder)
{
    if (!session->isConnected() || session->siteId().isEmpty()) {
        session->remotePane()->showError(tr("Not connected."));
        return;
    }
    if (localFolder.isEmpty() || !QFileInfo(localFolder).isDir()) {
        session->localPane()->showError(tr("Choose a local folder to download to first."));
        return;
    }
    const QList<TransferJobRequest> requests = downloadRequests(session->siteId(), items, localFolder);
    if (enqueue(requests, session->localPane()).isEmpty())
        return;
    Q_EMIT statusMessage(tr("Downloading %n item(s) to %1", nullptr, int(items.size()))
                             .arg(QDir::toNativeSeparators(localFolder)),
                         5000);
}

QList<TransferJobRequest>
TransferActions::downloadRequests(const QString& siteId, const QList<RemoteItem>& items,
                                  const QString& localFolder,
                                  std::optional<FileExistsAction> existsAction) const
{
    QList<TransferJobRequest> requests;
    for (const RemoteItem& item : items) {
        TransferJobRequest request;
        request.siteId = siteId;
        request.direction = TransferDirection::Download;
        request.folder = item.isDir;
        request.remotePath = item.path;
        request.localPath = QDir(localFolder).absoluteFilePath(RemotePath::fileName(item.path));
        request.existsAction = existsAction;
        requests << request;
    }
    return requests;
}

QList<TransferJobId> TransferActions::enqueue(const QList<TransferJobRequest>& requests, FilePane* errorPane)
{
    QList<TransferJobId> ids;
    for (const TransferJobRequest& request : requests) {
        QString error;
        const TransferJobId id = m_queue->addJob(request, &error);
        if (id == 0) {
            const QString name = request.direction == TransferDirection::Upload
                                     ? QDir::toNativeSeparators(request.localPath)
                                     : request.remotePath;
            errorPane->showError(tr("Could not queue %1: %2").arg(name, error));
            continue;
        }
        ids << id;
    }
    if (!ids.isEmpty())
        Q_EMIT jobsQueued();
    return ids;
}

QList<QUrl> TransferActions::fetchForDragOut(ConnectionSession* session, const QList<RemoteItem>& items)
{
    // Runs when a drop target outside Ferry asks for the files: download them into a fresh staging folder
    // and hand over their URLs. Qt asks for a drop's data synchronously (QMimeData::retrieveData() at
    // drop time), so an event loop runs here while the engine fetches them: the window repaints and the
    // progress dialog can cancel. That loop is made safe against the window closing or going away under
    // it: closing ends it (pauseAndSave() cancels the fetch), the destructor ends it, nothing of this
    // object is touched once it is gone, and the progress dialog is not on this stack. A second request
    // while this runs gets nothing (RemoteDragMimeData).
    if (m_dragOutLoop || items.isEmpty() || !session->isConnected() || !m_queue->isRunning())
        return {};
    const QString folder =
        QDir(dragOutFolder())
            .filePath(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")));
    QDir().mkpath(folder);
    const QList<TransferJobRequest> requests =
        downloadRequests(session->siteId(), items, folder, FileExistsAction::Overwrite);
    const QList<TransferJobId> ids = enqueue(requests, session->remotePane());
    if (ids.isEmpty())
        return {};
    QSet<TransferJobId> waiting(ids.cbegin(), ids.cend());
    for (TransferJobId id : ids)
        m_queue->moveToTop(id); // the drop waits for these: before anything queued earlier

    const QPointer<TransferActions> self(this);
    QEventLoop loop;
    m_dragOutLoop = &loop;
    m_dragOutJobs = ids;
    m_dragOutCanceled = false;
    const QPointer<QProgressDialog> progress =
        new QProgressDialog(tr("Downloading for the drop…"), tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("dragOutProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    const auto settle = [&waiting, &loop](TransferJobId id) {
        if (waiting.remove(id) && waiting.isEmpty())
            loop.quit();
    };
    connect(m_queue, &TransferEngine::jobChanged, &loop,
            [settle](TransferJobId id, const TransferJobSnapshot& job) {
                if (job.isFinished() || job.state == TransferJobState::Paused)
                    settle(id);
            });
    connect(m_queue, &TransferEngine::jobRemoved, &loop, [settle](TransferJobId id) { settle(id); });
    connect(progress, &QProgressDialog::canceled, &loop, [this, &loop] {
        cancelDragOut();
        loop.quit();
    });
    loop.exec();
    if (!self)
        return {}; // the window, and this with it, went away meanwhile
    m_dragOutLoop = nullptr;
    delete progress.data();
    QList<QUrl> urls;
    if (m_dragOutCanceled || !m_queue->isRunning())
        return urls;
    for (TransferJobId id : ids) {
        const std::optional<TransferJobSnapshot> job = m_queue->job(id);
        if (!job || job->state != TransferJobState::Done)
            continue;
        urls << QUrl::fromLocalFile(job->localPath);
        m_queue->removeJob(id); // staging copies are not worth a row in the completed list
    }
    m_dragOutJobs.clear();
    return urls;
}

int TransferActions::pendingJobCount(const QString& siteId) const
{
    int count = 0;
    for (const TransferJobSnapshot& job : m_queue->jobs()) {
        if (job.siteId == siteId &&
            (job.state == TransferJobState::Queued || job.state == TransferJobState::Running))
            ++count;
    }
    return count;
}

void TransferActions::cancelJobsOf(const QString& siteId)
{
    for (const TransferJobSnapshot& job : m_queue->jobs()) {
        if (job.siteId == siteId && !job.isFinished())
            m_queue->cancelJob(job.id);
    }
}

void TransferActions::cancelDragOut()
{
    // The staging downloads go (their part files with them): they are nobody's to keep or resume.
    m_dragOutCanceled = true;
    for (TransferJobId id : std::as_const(m_dragOutJobs)) {
        m_queue->cancelJob(id);
        m_queue->removeJob(id);
    }
    m_dragOutJobs.clear();
    if (m_dragOutLoop)
        m_dragOutLoop->quit();
}

void TransferActions::restoreQueue()
{
    // The jobs of the last run come back paused: their servers' passwords are not stored with them, and
    // nothing should start moving before the user says so. Resume continues their partial files.
    const QString file = queueFile();
    QStringList messages;
    if (QFileInfo::exists(file)) {
        QString error;
        int paused = 0;
        if (!m_queue->restoreFromFile(file, TransferQueue::RestoreAs::Paused, &paused, &error)) {
            messages << tr("The transfer queue of the last run could not be read: %1").arg(error);
        } else if (paused > 0) {
            messages << tr("%n unfinished transfer(s) from the last run are paused in the queue. Connect to "
                           "their server and press Resume to continue.",
                           nullptr, paused);
        }
    }
    QDir().mkpath(QFileInfo(file).absolutePath());
    m_queue->setAutoSaveFile(file);
    // Settings and sites files found damaged while the window started were set aside: say so too. The
    // sites file is otherwise read only when the Sites menu or the site manager opens: read it now.
    AppSettings::openSettings(QStringLiteral("sites.ini"));
    messages << UserFile::takeNotices();
    if (!messages.isEmpty())
        Q_EMIT statusMessage(messages.join(QLatin1Char(' ')), messages.size() > 1 ? 30000 : 15000);
}

void TransferActions::pauseAndSave()
{
    if (m_dragOutLoop)
        cancelDragOut();
    // The engine pauses every job, writes the queue and stops its thread.
    QString error;
    if (!m_queue->shutdown(queueFile(), 10000, &error))
        qWarning("Ferry: the transfer queue could not be saved: %s", qPrintable(error));
}

void TransferActions::onFileFinished(TransferJobId id, const QString& sourcePath, bool transferred)
{
    // An upload changed a remote folder: panes showing it list it again.
    const std::optional<TransferJobSnapshot> job = m_queue->job(id);
    if (!transferred || !job || job->direction != TransferDirection::Upload)
        return;
    QString target = job->remotePath;
    if (job->folder) {
        const QString relative = QDir(job->localPath).relativeFilePath(sourcePath);
        target = RemotePath::join(job->remotePath, QDir::fromNativeSeparators(relative));
    }
    // Every folder from the file's up to the job's parent (new subfolders appear too).
    const QString top = RemotePath::parent(job->remotePath);
    for (QString folder = RemotePath::parent(target);; folder = RemotePath::parent(folder)) {
        Q_EMIT remoteFolderChanged(job->siteId, folder);
        if (folder == top || folder == QLatin1String("/") || folder.isEmpty())
            break;
    }
}

void TransferActions::onJobFinished(const TransferJobSnapshot& job)
{
    if (job.direction == TransferDirection::Upload)
        Q_EMIT remoteFolderChanged(job.siteId, RemotePath::parent(job.remotePath));
    if (job.state == TransferJobState::Failed) {
        const QString name = TransferQueueModel::jobName(job);
        const QString what = job.direction == TransferDirection::Upload
                                 ? tr("Upload of %1 failed: %2").arg(name, job.errorString)
                                 : tr("Download of %1 failed: %2").arg(name, job.errorString);
        Q_EMIT logLine(job.siteId, FtpClient::LogKind::Error, what, tr("queue"));
        Q_EMIT jobFailed(job.siteId, job.direction, what);
        Q_EMIT statusMessage(what, 15000);
    } else if (m_queue->isIdle() && job.state == TransferJobState::Done) {
        Q_EMIT statusMessage(tr("Transfers complete"), 8000);
    }
}

QString TransferActions::dragOutFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("drag-out"));
}

void TransferActions::removeOldDragOutFolders()
{
    // Staging folders of earlier drags to the desktop: the file manager has long copied them.
    QDir staging(dragOutFolder());
    const QFileInfoList old = staging.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo& info : old) {
        if (info.lastModified().secsTo(QDateTime::currentDateTime()) > 24 * 3600)
            QDir(info.absoluteFilePath()).removeRecursively();
    }
}

QString TransferActions::queueFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("queue.json"));
}

QString TransferActions::siteIdFor(const FtpLogin& login)
{
    const QString host =
        login.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(login.host) : login.host;
    return QStringLiteral("%1@%2:%3")
        .arg(login.user.isEmpty() ? QStringLiteral("anonymous") : login.user, host)
        .arg(login.port);
}

} // namespace Ferry
