#include "transfercontroller.h"

#include "client/ftpoperation.h"
#include "client/listoperation.h"
#include "client/transferoperation.h"
#include "ftplocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Ferry {

namespace {

// "name.ext" -> "name (1).ext", the first that `taken` does not hold.
QString uniqueName(const QString& name, const std::function<bool(const QString&)>& taken)
{
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    const QString stem = dot > 0 ? name.left(dot) : name;
    const QString suffix = dot > 0 ? name.mid(dot) : QString();
    for (int i = 1;; ++i) {
        const QString candidate = QStringLiteral("%1 (%2)%3").arg(stem).arg(i).arg(suffix);
        if (!taken(candidate))
            return candidate;
    }
}

} // namespace

TransferController::TransferController(QObject* parent) : QObject(parent)
{
    m_rateTimer.setInterval(500);
    connect(&m_rateTimer, &QTimer::timeout, this, &TransferController::updateRate);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(1500);
    connect(&m_idleTimer, &QTimer::timeout, this, &TransferController::closeIdleConnection);
}

void TransferController::closeIdleConnection()
{
    if (!m_client || m_current || !m_queue.isEmpty() || m_client->state() != FtpClient::State::Connected)
        return;
    m_closing = true;
    FtpOperation* quit = m_client->disconnectFromHost();
    connect(quit, &FtpOperation::finished, this, [this] {
        m_closing = false;
        if (m_client->state() != FtpClient::State::Unconnected)
            m_client->abortConnection();
        pump();
    });
}

TransferController::~TransferController()
{
    // Whoever listens may be half destroyed already (the window owns us): report nothing from here on.
    blockSignals(true);
    if (m_client)
        m_client->abortConnection();
    if (m_file)
        m_file->close();
    if (!m_tempPath.isEmpty())
        QFile::remove(m_tempPath);
}

void TransferController::setConnection(const FtpLogin& login, const FtpClientOptions& options)
{
    const bool same = login.host == m_login.host && login.port == m_login.port &&
                      login.user == m_login.user && login.password == m_login.password;
    if (!same && (m_current || !m_queue.isEmpty()))
        cancelAll();
    m_login = login;
    m_options = options;
    if (!same && m_client)
        m_client->abortConnection();
}

int TransferController::upload(const QStringList& localPaths, const QString& remoteFolder)
{
    const int batch = m_nextBatch++;
    for (const QString& path : localPaths) {
        const QFileInfo info(path);
        Job job;
        job.batch = batch;
        job.direction = Direction::Upload;
        job.localPath = info.absoluteFilePath();
        job.remotePath = RemotePath::join(remoteFolder, info.fileName());
        job.isDir = info.isDir();
        job.size = info.isDir() ? -1 : info.size();
        m_queue.append(job);
    }
    Q_EMIT queueChanged();
    pump();
    return batch;
}

int TransferController::download(const QList<RemoteItem>& items, const QString& localFolder)
{
    const int batch = m_nextBatch++;
    for (const RemoteItem& item : items) {
        Job job;
        job.batch = batch;
        job.direction = Direction::Download;
        job.remotePath = item.path;
        job.localPath = QDir(localFolder).absoluteFilePath(RemotePath::fileName(item.path));
        job.isDir = item.isDir;
        job.size = item.size;
        m_queue.append(job);
    }
    Q_EMIT queueChanged();
    pump();
    return batch;
}

void TransferController::cancelAll()
{
    const QList<Job> queued = m_queue;
    m_queue.clear();
    QSet<int> batches;
    for (const Job& job : queued)
        batches.insert(job.batch);
    if (m_current)
        batches.insert(m_current->batch);
    m_current.reset();
    m_waitingForAnswer = false;
    if (m_operation) {
        disconnect(m_operation, nullptr, this, nullptr);
        m_operation->abort();
        m_operation = nullptr;
    }
    if (m_file) {
        m_file->close();
        m_file.reset();
    }
    if (!m_tempPath.isEmpty()) {
        QFile::remove(m_tempPath);
        m_tempPath.clear();
    }
    for (const int batch : std::as_const(batches)) {
        m_batchFailures.remove(batch);
        m_batchErrors.remove(batch);
        m_batchPolicy.remove(batch);
        Q_EMIT batchFinished(batch, 1, tr("Canceled"));
    }
    Q_EMIT queueChanged();
    pump();
}

int TransferController::pendingCount() const
{
    return int(m_queue.size()) + (m_current ? 1 : 0);
}

QString TransferController::currentName() const
{
    if (!m_current)
        return {};
    return m_current->direction == Direction::Upload ? QFileInfo(m_current->localPath).fileName()
                                                     : RemotePath::fileName(m_current->remotePath);
}

void TransferController::resolveConflict(FileExistsAction action, bool forRestOfBatch)
{
    if (!m_current || !m_waitingForAnswer)
        return;
    m_waitingForAnswer = false;
    if (action == FileExistsAction::Ask)
        action = FileExistsAction::Skip;
    m_current->resolution = action;
    m_current->resolved = true;
    if (forRestOfBatch)
        m_batchPolicy.insert(m_current->batch, action);
    if (m_current->direction == Direction::Upload)
        runUploadFile();
    else
        runDownloadFile();
}

FileExistsAction TransferController::policyFor(int batch) const
{
    return m_batchPolicy.value(batch, m_fileExists);
}

void TransferController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    if (busy) {
        m_rateClock.start();
        m_bytesSinceTick = 0;
        m_rateTimer.start();
    } else {
        m_rateTimer.stop();
        m_rate = 0;
        Q_EMIT throughputChanged(0);
    }
    Q_EMIT busyChanged(busy);
}

void TransferController::updateRate()
{
    const qint64 ms = qMax<qint64>(1, m_rateClock.restart());
    // Smoothed over about two ticks so the number does not jump.
    const qint64 now = m_bytesSinceTick * 1000 / ms;
    m_rate = m_rate == 0 ? now : (m_rate + now) / 2;
    m_bytesSinceTick = 0;
    Q_EMIT throughputChanged(m_rate);
}

FtpOperation* TransferController::track(FtpOperation* operation)
{
    m_operation = operation;
    return operation;
}

void TransferController::pump()
{
    if (m_current || m_connecting || m_closing)
        return;
    if (m_queue.isEmpty()) {
        m_remoteNames.clear();
        if (m_client && m_client->state() == FtpClient::State::Connected)
            m_idleTimer.start(); // then QUIT: board servers have four sessions at most
        setBusy(false);
        return;
    }
    m_idleTimer.stop();
    setBusy(true);
    if (!m_client || m_client->state() != FtpClient::State::Connected) {
        ensureConnected();
        return;
    }
    m_current = std::make_unique<Job>(m_queue.takeFirst());
    Q_EMIT queueChanged();
    if (m_current->direction == Direction::Upload)
        m_current->isDir ? runUploadFolder() : runUploadFile();
    else
        m_current->isDir ? runDownloadFolder() : runDownloadFile();
}

void TransferController::ensureConnected()
{
    if (!hasConnection()) {
        failAll(tr("Not connected to a server."));
        return;
    }
    if (!m_client) {
        m_client = std::make_unique<FtpClient>();
        connect(m_client.get(), &FtpClient::logMessage, this, &TransferController::logMessage);
        connect(m_client.get(), &FtpClient::disconnected, this, [this](const QString& reason) {
            if (!reason.isEmpty() && m_current && !m_operation) {
                // Lost between two operations: the current step never got its answer.
                finishCurrent(false, reason);
            }
        });
    }
    m_client->setOptions(m_options);
    m_connecting = true;
    FtpOperation* op = m_client->connectToHost(m_login);
    connect(op, &FtpOperation::finished, this, [this, op] {
        m_connecting = false;
        if (!op->succeeded()) {
            failAll(tr("The transfer connection failed: %1").arg(op->errorString()));
            return;
        }
        pump();
    });
}

void TransferController::failAll(const QString& errorString)
{
    QList<Job> jobs = m_queue;
    m_queue.clear();
    if (m_current) {
        jobs.prepend(*m_current);
        m_current.reset();
    }
    QSet<int> batches;
    for (const Job& job : std::as_const(jobs)) {
        Q_EMIT fileFinished(job.direction, job.localPath, job.remotePath, false, errorString);
        m_batchFailures[job.batch] += 1;
        if (m_batchErrors.value(job.batch).isEmpty())
            m_batchErrors.insert(job.batch, errorString);
        batches.insert(job.batch);
    }
    for (const int batch : std::as_const(batches)) {
        Q_EMIT batchFinished(batch, m_batchFailures.take(batch), m_batchErrors.take(batch));
        m_batchPolicy.remove(batch);
    }
    Q_EMIT queueChanged();
    setBusy(false);
}

void TransferController::finishCurrent(bool ok, const QString& errorString, bool skipped)
{
    if (!m_current)
        return;
    const Job job = *m_current;
    m_current.reset();
    m_operation = nullptr;
    if (m_file) {
        m_file->close();
        m_file.reset();
    }
    if (!m_tempPath.isEmpty()) {
        QFile::remove(m_tempPath);
        m_tempPath.clear();
    }
    if (!ok) {
        m_batchFailures[job.batch] += 1;
        if (m_batchErrors.value(job.batch).isEmpty())
            m_batchErrors.insert(job.batch, errorString);
    }
    if (!job.isDir || !ok)
        Q_EMIT fileFinished(job.direction, job.localPath, job.remotePath, ok,
                            skipped ? tr("Skipped") : errorString);
    bool batchDone = true;
    for (const Job& other : std::as_const(m_queue)) {
        if (other.batch == job.batch) {
            batchDone = false;
            break;
        }
    }
    if (batchDone) {
        m_batchPolicy.remove(job.batch);
        Q_EMIT batchFinished(job.batch, m_batchFailures.take(job.batch), m_batchErrors.take(job.batch));
    }
    Q_EMIT queueChanged();
    // The next step from the event loop: never recurse through a long run of skipped files.
    QMetaObject::invokeMethod(this, &TransferController::pump, Qt::QueuedConnection);
}

bool TransferController::resolveTarget(bool exists)
{
    if (!exists)
        return true;
    FileExistsAction action = m_current->resolved ? m_current->resolution : policyFor(m_current->batch);
    if (action == FileExistsAction::Ask) {
        m_waitingForAnswer = true;
        Q_EMIT conflict(m_current->direction, m_current->direction == Direction::Upload
                                                  ? m_current->remotePath
                                                  : m_current->localPath);
        return false;
    }
    m_current->resolved = true;
    m_current->resolution = action;
    switch (action) {
    case FileExistsAction::Skip:
        finishCurrent(true, QString(), true);
        return false;
    case FileExistsAction::Rename:
        if (m_current->direction == Direction::Upload) {
            const QString folder = RemotePath::parent(m_current->remotePath);
            const QSet<QString> names = m_remoteNames.value(folder);
            m_current->remotePath = RemotePath::join(
                folder, uniqueName(RemotePath::fileName(m_current->remotePath),
                                   [&names](const QString& n) { return names.contains(n); }));
        } else {
            const QFileInfo info(m_current->localPath);
            const QDir dir = info.dir();
            m_current->localPath = dir.absoluteFilePath(
                uniqueName(info.fileName(), [&dir](const QString& n) { return dir.exists(n); }));
        }
        return true;
    case FileExistsAction::Overwrite:
    case FileExistsAction::Ask:
        return true;
    }
    return true;
}

void TransferController::runUploadFolder()
{
    const QString remote = m_current->remotePath;
    FtpOperation* op = track(m_client->mkdir(remote));
    connect(op, &FtpOperation::finished, this, [this, op, remote] {
        if (!m_current || m_operation != op)
            return;
        // "Exists already" and "created" both let the upload go on; a real problem shows on the files.
        if (op->succeeded())
            m_remoteNames.insert(remote, {});
        m_remoteNames[RemotePath::parent(remote)].insert(RemotePath::fileName(remote));
        const QDir dir(m_current->localPath);
        const QFileInfoList children = dir.entryInfoList(
            QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
        QList<Job> jobs;
        for (const QFileInfo& child : children) {
            if (child.isDir() && child.isSymLink())
                continue; // never follow folder links: they may loop
            Job job;
            job.batch = m_current->batch;
            job.direction = Direction::Upload;
            job.localPath = child.absoluteFilePath();
            job.remotePath = RemotePath::join(remote, child.fileName());
            job.isDir = child.isDir();
            job.size = child.isDir() ? -1 : child.size();
            jobs << job;
        }
        for (auto it = jobs.crbegin(); it != jobs.crend(); ++it)
            m_queue.prepend(*it);
        Q_EMIT remoteFolderChanged(RemotePath::parent(remote));
        finishCurrent(true, QString());
    });
}

void TransferController::runUploadFile()
{
    const QString folder = RemotePath::parent(m_current->remotePath);
    if (!m_remoteNames.contains(folder)) {
        // Learn what the folder holds once per run, for the exists check.
        ListOperation* list = m_client->list(folder);
        track(list);
        connect(list, &FtpOperation::finished, this, [this, list, folder] {
            if (!m_current || m_operation != list)
                return;
            QSet<QString> names;
            if (list->succeeded()) {
                const QList<RemoteEntry> entries = list->entries();
                for (const RemoteEntry& e : entries)
                    names.insert(e.name);
            }
            m_remoteNames.insert(folder, names);
            runUploadFile();
        });
        return;
    }
    if (!resolveTarget(m_remoteNames.value(folder).contains(RemotePath::fileName(m_current->remotePath))))
        return;
    startUpload();
}

void TransferController::startUpload()
{
    m_file = std::make_unique<QFile>(m_current->localPath);
    if (!m_file->open(QIODevice::ReadOnly)) {
        finishCurrent(false, tr("Cannot read %1: %2")
                                 .arg(QDir::toNativeSeparators(m_current->localPath), m_file->errorString()));
        return;
    }
    const QString name = QFileInfo(m_current->localPath).fileName();
    const QString remote = m_current->remotePath;
    m_lastDone = 0;
    TransferOperation* op = m_client->upload(m_file.get(), remote);
    track(op);
    connect(op, &FtpOperation::progress, this, [this, name](qint64 done, qint64 total) {
        m_bytesSinceTick += done - m_lastDone;
        m_lastDone = done;
        Q_EMIT progress(name, done, total > 0 ? total : (m_current ? m_current->size : -1));
    });
    connect(op, &FtpOperation::finished, this, [this, op, remote] {
        if (!m_current || m_operation != op)
            return;
        if (op->succeeded()) {
            m_remoteNames[RemotePath::parent(remote)].insert(RemotePath::fileName(remote));
            Q_EMIT remoteFolderChanged(RemotePath::parent(remote));
        }
        finishCurrent(op->succeeded(), op->errorString());
    });
}

void TransferController::runDownloadFolder()
{
    const QString local = m_current->localPath;
    if (!QDir().mkpath(local)) {
        finishCurrent(false, tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(local)));
        return;
    }
    Q_EMIT localFolderChanged(QFileInfo(local).absolutePath());
    const QString remote = m_current->remotePath;
    ListOperation* list = m_client->list(remote);
    track(list);
    connect(list, &FtpOperation::finished, this, [this, list, remote, local] {
        if (!m_current || m_operation != list)
            return;
        if (!list->succeeded()) {
            finishCurrent(false, list->errorString());
            return;
        }
        const QList<RemoteEntry> entries = list->entries();
        QList<Job> jobs;
        for (const RemoteEntry& e : entries) {
            if (e.name == QLatin1String(".") || e.name == QLatin1String("..") || e.name.isEmpty() ||
                e.name.contains(QLatin1Char('/')))
                continue;
            if (e.type != RemoteEntry::Type::File && e.type != RemoteEntry::Type::Directory)
                continue; // links could loop; other entries cannot be read
            Job job;
            job.batch = m_current->batch;
            job.direction = Direction::Download;
            job.remotePath = RemotePath::join(remote, e.name);
            job.localPath = QDir(local).absoluteFilePath(e.name);
            job.isDir = e.isDir();
            job.size = e.size;
            jobs << job;
        }
        for (auto it = jobs.crbegin(); it != jobs.crend(); ++it)
            m_queue.prepend(*it);
        finishCurrent(true, QString());
    });
}

void TransferController::runDownloadFile()
{
    if (!resolveTarget(QFileInfo::exists(m_current->localPath)))
        return;
    startDownload();
}

void TransferController::startDownload()
{
    const QFileInfo target(m_current->localPath);
    if (!QDir().mkpath(target.absolutePath())) {
        finishCurrent(false,
                      tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(target.absolutePath())));
        return;
    }
    m_tempPath =
        target.dir().absoluteFilePath(QLatin1Char('.') + target.fileName() + QStringLiteral(".ferry-part"));
    m_file = std::make_unique<QFile>(m_tempPath);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        const QString error = m_file->errorString();
        m_tempPath.clear();
        finishCurrent(false,
                      tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_file->fileName()), error));
        return;
    }
    const QString name = target.fileName();
    const QString localPath = target.absoluteFilePath();
    m_lastDone = 0;
    TransferOperation* op = m_client->download(m_current->remotePath, m_file.get(), 0, m_current->size);
    track(op);
    connect(op, &FtpOperation::progress, this, [this, name](qint64 done, qint64 total) {
        m_bytesSinceTick += done - m_lastDone;
        m_lastDone = done;
        Q_EMIT progress(name, done, total);
    });
    connect(op, &FtpOperation::finished, this, [this, op, localPath] {
        if (!m_current || m_operation != op)
            return;
        if (!op->succeeded()) {
            finishCurrent(false, op->errorString());
            return;
        }
        m_file->close();
        if (m_file->error() != QFileDevice::NoError) {
            finishCurrent(
                false,
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_tempPath), m_file->errorString()));
            return;
        }
        m_file.reset();
        if (QFileInfo::exists(localPath) && !QFile::remove(localPath)) {
            finishCurrent(false, tr("Cannot replace %1").arg(QDir::toNativeSeparators(localPath)));
            return;
        }
        if (!QFile::rename(m_tempPath, localPath)) {
            finishCurrent(
                false, tr("Cannot rename %1 to %2")
                           .arg(QDir::toNativeSeparators(m_tempPath), QDir::toNativeSeparators(localPath)));
            return;
        }
        m_tempPath.clear();
        Q_EMIT localFolderChanged(QFileInfo(localPath).absolutePath());
        finishCurrent(true, QString());
    });
}

} // namespace Ferry
