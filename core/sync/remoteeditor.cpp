#include "sync/remoteeditor.h"

#include "protocol/remotepath.h"
#include "sync/folderwatcher.h"
#include "sync/remotecommandqueue.h"
#include "sync/syncjob.h"
#include "transfer/transferengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace Ferry {

namespace {

QString describeEntry(const SyncEntry& entry)
{
    const QString time =
        entry.time.isValid()
            ? entry.time.toLocalTime().toString(entry.timeHasSeconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                                     : QStringLiteral("yyyy-MM-dd HH:mm"))
            : QStringLiteral("?");
    return QCoreApplication::translate("Ferry::RemoteEditor", "%1 bytes, modified %2")
        .arg(QLocale().toString(entry.size))
        .arg(time);
}

} // namespace

RemoteEditor::RemoteEditor(TransferEngine* queue, QObject* parent) : QObject(parent), m_queue(queue)
{
    connect(m_queue, &TransferEngine::jobChanged, this, &RemoteEditor::onJobChanged);
}

RemoteEditor::~RemoteEditor()
{
    stopAll();
}

QString RemoteEditor::workFolder() const
{
    if (!m_workFolder.isEmpty())
        return m_workFolder;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
        .filePath(QStringLiteral("ferry-edit"));
}

RemoteCommandQueue* RemoteEditor::remoteFor(const QString& siteId)
{
    return RemoteCommandQueue::forSite(m_queue, siteId);
}

RemoteEditor::Entry* RemoteEditor::find(quint64 id)
{
    const auto it = m_entries.find(id);
    return it == m_entries.end() ? nullptr : &it->second;
}

QString RemoteEditor::stateText(State state)
{
    switch (state) {
    case State::Opening:
        return tr("Opening");
    case State::Watching:
        return tr("Watching for changes");
    case State::Saved:
        return tr("Saved: upload?");
    case State::Checking:
        return tr("Checking the server's copy");
    case State::Conflict:
        return tr("Changed on the server");
    case State::Uploading:
        return tr("Uploading");
    case State::Failed:
        return tr("Failed");
    }
    return QString();
}

quint64 RemoteEditor::open(const QString& siteId, const QString& remotePath, QString* errorString)
{
    RemoteCommandQueue* remote = remoteFor(siteId);
    if (!remote) {
        if (errorString)
            *errorString = tr("The transfer queue does not know the server %1.").arg(siteId);
        return 0;
    }
    const QString name = RemotePath::fileName(remotePath);
    if (name.isEmpty()) {
        if (errorString)
            *errorString = tr("%1 is not a file.").arg(remotePath);
        return 0;
    }
    QDir().mkpath(workFolder());
    QTemporaryDir folder(QDir(workFolder()).filePath(QStringLiteral("edit-XXXXXX")));
    if (!folder.isValid()) {
        if (errorString)
            *errorString = tr("Cannot create a temporary folder in %1: %2")
                               .arg(QDir::toNativeSeparators(workFolder()), folder.errorString());
        return 0;
    }
    folder.setAutoRemove(false);
    const quint64 id = m_nextId++;
    Entry& entry = m_entries[id];
    entry.folder = folder.path();
    entry.file.id = id;
    entry.file.siteId = siteId;
    entry.file.remotePath = RemotePath::normalize(remotePath);
    entry.file.localPath = QDir(folder.path()).filePath(name);
    entry.file.openedAt = QDateTime::currentDateTime();
    m_order << id;
    Q_EMIT fileChanged(id);
    // The server's entry first: a change between this and the download is then taken as a conflict
    // rather than missed.
    remote->add(
        RemoteCommandQueue::Kind::Stat, entry.file.remotePath,
        [this, id](const RemoteCommandQueue::Result& r) {
            Entry* e = find(id);
            if (!e)
                return;
            if (!r.ok) {
                fail(*e, r.message);
                return;
            }
            if (!r.entry || !r.entry->isFile()) {
                fail(*e, tr("%1 is not a file on the server.").arg(e->file.remotePath));
                return;
            }
            e->file.remote = r.entry;
            startDownload(id);
        },
        this);
    return id;
}

void RemoteEditor::startDownload(quint64 id)
{
    Entry* entry = find(id);
    QString error;
    entry->job = m_queue->addJob(syncFileJob(entry->file.siteId, TransferDirection::Download,
                                             entry->file.localPath, entry->file.remotePath),
                                 &error);
    if (!entry->job)
        fail(*entry, error);
}

void RemoteEditor::onJobChanged(TransferJobId job, const TransferJobSnapshot& snapshot)
{
    if (!snapshot.isFinished())
        return;
    for (auto& [id, entry] : m_entries) {
        if (entry.job != job)
            continue;
        entry.job = 0;
        const bool ok = snapshot.state == TransferJobState::Done;
        QString message = snapshot.errorString;
        if (!ok) {
            const QList<TransferFileError> errors = m_queue->fileErrors(job);
            if (!errors.isEmpty())
                message = errors.first().message;
            if (message.isEmpty())
                message = transferJobStateText(snapshot.state);
        }
        m_queue->removeJob(job);
        if (entry.file.state == State::Opening) {
            if (!ok) {
                fail(entry, message);
                return;
            }
            startWatching(entry);
            setState(entry, State::Watching);
            Q_EMIT opened(id, entry.file.localPath);
        } else if (entry.file.state == State::Uploading) {
            if (!ok) {
                fail(entry, message);
                return;
            }
            afterUpload(id);
        }
        return;
    }
}

void RemoteEditor::startWatching(Entry& entry)
{
    entry.watcher = new FolderWatcher(this);
    FolderWatcher::Options options;
    options.debounceMs = 200;
    options.settleMs = 300;
    const quint64 id = entry.file.id;
    const QString name = QFileInfo(entry.file.localPath).fileName();
    connect(entry.watcher, &FolderWatcher::changed, this,
            [this, id, name](const QList<FolderWatcher::Change>& changes) {
                for (const FolderWatcher::Change& change : changes) {
                    if (change.kind == FolderWatcher::ChangeKind::FileChanged && change.path == name) {
                        onSaved(id);
                        return;
                    }
                }
            });
    QString error;
    if (!entry.watcher->start(entry.folder, options, &error))
        fail(entry, error);
}

void RemoteEditor::onSaved(quint64 id)
{
    Entry* entry = find(id);
    if (!entry)
        return;
    switch (entry->file.state) {
    case State::Checking:
    case State::Uploading:
        entry->savedAgain = true;
        return;
    case State::Saved:
    case State::Conflict:
        return; // the question asked covers this save too
    case State::Opening:
        return;
    case State::Watching:
    case State::Failed:
        break;
    }
    if (m_policy == UploadPolicy::Automatic) {
        check(id);
        return;
    }
    setState(*entry, State::Saved);
    Q_EMIT uploadQuestion(id);
}

void RemoteEditor::upload(quint64 id)
{
    Entry* entry = find(id);
    if (entry && (entry->file.state == State::Saved || entry->file.state == State::Watching ||
                  entry->file.state == State::Failed))
        check(id);
}

void RemoteEditor::skipUpload(quint64 id)
{
    if (Entry* entry = find(id); entry && entry->file.state == State::Saved)
        setState(*entry, State::Watching);
}

void RemoteEditor::check(quint64 id)
{
    Entry* entry = find(id);
    RemoteCommandQueue* remote = remoteFor(entry->file.siteId);
    if (!remote) {
        fail(*entry, tr("The transfer queue does not know the server %1.").arg(entry->file.siteId));
        return;
    }
    entry->savedAgain = false;
    setState(*entry, State::Checking);
    remote->add(
        RemoteCommandQueue::Kind::Stat, entry->file.remotePath,
        [this, id](const RemoteCommandQueue::Result& r) {
            Entry* e = find(id);
            if (!e)
                return;
            if (!r.ok) {
                fail(*e, r.message);
                return;
            }
            const std::optional<SyncEntry>& before = e->file.remote;
            QString change;
            if (!r.entry) {
                change = tr("It was deleted on the server since you opened it.");
            } else if (before && (r.entry->size != before->size || r.entry->time != before->time)) {
                change = tr("It changed on the server since you opened it: then %1, now %2.")
                             .arg(describeEntry(*before), describeEntry(*r.entry));
            }
            if (!change.isEmpty()) {
                setState(*e, State::Conflict, change);
                Q_EMIT conflict(id, change);
                return;
            }
            startUpload(id);
        },
        this);
}

void RemoteEditor::overwrite(quint64 id)
{
    if (Entry* entry = find(id); entry && entry->file.state == State::Conflict)
        startUpload(id);
}

void RemoteEditor::keepServerCopy(quint64 id)
{
    Entry* entry = find(id);
    if (!entry || entry->file.state != State::Conflict)
        return;
    // The server's copy as it is now becomes the one the next check compares with.
    RemoteCommandQueue* remote = remoteFor(entry->file.siteId);
    setState(*entry, State::Checking);
    remote->add(
        RemoteCommandQueue::Kind::Stat, entry->file.remotePath,
        [this, id](const RemoteCommandQueue::Result& r) {
            if (Entry* e = find(id)) {
                if (r.ok)
                    e->file.remote = r.entry;
                setState(*e, State::Watching);
            }
        },
        this);
}

void RemoteEditor::startUpload(quint64 id)
{
    Entry* entry = find(id);
    QString error;
    setState(*entry, State::Uploading);
    entry->job = m_queue->addJob(syncFileJob(entry->file.siteId, TransferDirection::Upload,
                                             entry->file.localPath, entry->file.remotePath),
                                 &error);
    if (!entry->job)
        fail(*entry, error);
}

void RemoteEditor::afterUpload(quint64 id)
{
    Entry* entry = find(id);
    ++entry->file.uploads;
    entry->file.lastUploadAt = QDateTime::currentDateTime();
    RemoteCommandQueue* remote = remoteFor(entry->file.siteId);
    // What the server lists now is what the next save is compared with.
    remote->add(
        RemoteCommandQueue::Kind::Stat, entry->file.remotePath,
        [this, id](const RemoteCommandQueue::Result& r) {
            Entry* e = find(id);
            if (!e)
                return;
            if (r.ok && r.entry)
                e->file.remote = r.entry;
            setState(*e, State::Watching);
            Q_EMIT uploaded(id);
            if (e->savedAgain) {
                e->savedAgain = false;
                onSaved(id);
            }
        },
        this);
}

void RemoteEditor::fail(Entry& entry, const QString& message)
{
    setState(entry, State::Failed, message);
    Q_EMIT failed(entry.file.id, message);
}

void RemoteEditor::setState(Entry& entry, State state, const QString& message)
{
    entry.file.state = state;
    entry.file.message = message;
    Q_EMIT fileChanged(entry.file.id);
}

void RemoteEditor::stopWatching(quint64 id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    Entry& entry = it->second;
    if (entry.job)
        m_queue->removeJob(entry.job);
    delete entry.watcher;
    if (!entry.folder.isEmpty())
        QDir(entry.folder).removeRecursively();
    m_entries.erase(it);
    m_order.removeAll(id);
    Q_EMIT fileRemoved(id);
}

void RemoteEditor::stopAll()
{
    const QList<quint64> ids = m_order;
    for (const quint64 id : ids)
        stopWatching(id);
}

QList<RemoteEditor::File> RemoteEditor::files() const
{
    QList<File> result;
    for (const quint64 id : m_order)
        result << m_entries.at(id).file;
    return result;
}

std::optional<RemoteEditor::File> RemoteEditor::file(quint64 id) const
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return std::nullopt;
    return it->second.file;
}

} // namespace Ferry
