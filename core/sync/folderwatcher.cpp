#include "sync/folderwatcher.h"

#include "sync/directorynotifier.h"
#include "sync/synccomparison.h"
#include "sync/synctree.h"
#include "sync/writerprobe.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace Ferry {

namespace {

QString parentOf(const QString& relative)
{
    const qsizetype slash = relative.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : relative.left(slash);
}

QString nameOf(const QString& relative)
{
    return relative.mid(relative.lastIndexOf(QLatin1Char('/')) + 1);
}

int depthOf(const QString& relative)
{
    return relative.isEmpty() ? 0 : int(relative.count(QLatin1Char('/'))) + 1;
}

} // namespace

FolderWatcher::FolderWatcher(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FolderWatcher::process);
}

FolderWatcher::~FolderWatcher() = default;

bool FolderWatcher::start(const QString& root, const Options& options, QString* errorString)
{
    stop();
    const QFileInfo info(root);
    if (!info.isDir()) {
        if (errorString)
            *errorString = tr("%1 is not a folder.").arg(QDir::toNativeSeparators(root));
        return false;
    }
    m_root = QDir::cleanPath(info.absoluteFilePath());
    m_options = options;
    m_watcher = new DirectoryNotifier(this);
    connect(m_watcher, &DirectoryNotifier::directoryChanged, this, &FolderWatcher::onDirectoryChanged);
    connect(m_watcher, &DirectoryNotifier::fileChanged, this, &FolderWatcher::onFileChanged);
    connect(m_watcher, &DirectoryNotifier::overflowed, this, [this] {
        // Changes were lost: every folder is looked at again.
        for (auto it = m_folders.cbegin(); it != m_folders.cend(); ++it)
            m_dirtyFolders.insert(it.key());
        poke();
    });
    if (!m_watcher->addDirectory(m_root)) {
        if (errorString)
            *errorString =
                tr("Cannot watch %1: %2").arg(QDir::toNativeSeparators(m_root), m_watcher->errorString());
        stop();
        return false;
    }
    m_clock.start();
    m_watchLimitReported = false;
    addFolder(QString(), nullptr, false);
    m_running = true;
    return true;
}

void FolderWatcher::stop()
{
    m_running = false;
    m_timer.stop();
    delete m_watcher;
    m_watcher = nullptr;
    m_known.clear();
    m_folders.clear();
    m_dirtyFolders.clear();
    m_pending.clear();
    m_burstStartMs = -1;
}

bool FolderWatcher::isIgnored(const QString& relativePath, bool folder) const
{
    if (isSyncIgnoredName(nameOf(relativePath)))
        return true;
    if (m_options.ignore.isEmpty())
        return false;
    SyncCompareOptions filter;
    filter.exclude = m_options.ignore;
    return !syncFilterAccepts(relativePath, folder, filter);
}

QString FolderWatcher::absolute(const QString& relative) const
{
    return relative.isEmpty() ? m_root : m_root + QLatin1Char('/') + relative;
}

QString FolderWatcher::relative(const QString& absolute) const
{
    if (absolute.size() <= m_root.size())
        return QString();
    return QDir::cleanPath(absolute).mid(m_root.size() + 1);
}

FolderWatcher::Stat FolderWatcher::statOf(const QString& relative) const
{
    const QFileInfo info(absolute(relative));
    Stat stat;
    stat.exists = info.exists();
    if (!stat.exists)
        return stat;
    stat.dir = info.isDir();
    stat.size = stat.dir ? -1 : info.size();
    stat.modified = info.lastModified().toMSecsSinceEpoch();
    stat.changed = info.metadataChangeTime().toMSecsSinceEpoch();
    return stat;
}

void FolderWatcher::reportWatchFailure(const QString& absolutePath)
{
    if (m_watchLimitReported || !QFileInfo::exists(absolutePath))
        return; // gone again already: its folder's next scan sees that
    m_watchLimitReported = true;
    Q_EMIT failed(tr("Cannot watch %1: %2. Changes in it may be missed.")
                      .arg(QDir::toNativeSeparators(absolutePath), m_watcher->errorString()));
}

void FolderWatcher::watchFolder(const QString& relative)
{
    if (!m_watcher->addDirectory(absolute(relative)))
        reportWatchFailure(absolute(relative));
}

void FolderWatcher::watchFile(const QString& relative)
{
    // Once the system's limit is reached, adding more only floods the log.
    if (m_watcher->needsFileWatches() && !m_watchLimitReported && !m_watcher->addFile(absolute(relative)))
        reportWatchFailure(absolute(relative));
}

void FolderWatcher::addFolder(const QString& folder, QList<Change>* changes, bool report)
{
    m_known.insert(folder, statOf(folder));
    m_folders.insert(folder, {});
    if (!folder.isEmpty()) {
        m_folders[parentOf(folder)].insert(nameOf(folder));
        watchFolder(folder);
    }
    if (report && changes)
        changes->append(Change{ChangeKind::FolderAdded, folder, -1});
    const QFileInfoList infos =
        QDir(absolute(folder))
            .entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                           QDir::Name | QDir::DirsLast);
    for (const QFileInfo& info : infos) {
        const QString path = syncJoin(folder, info.fileName());
        if (info.isDir()) {
            if (!info.isSymLink() && !isIgnored(path, true))
                addFolder(path, changes, report);
            continue;
        }
        if (!info.isFile() || isIgnored(path, false))
            continue;
        if (report) {
            markPending(path, statOf(path));
        } else {
            m_known.insert(path, statOf(path));
            m_folders[folder].insert(info.fileName());
            watchFile(path);
        }
    }
}

void FolderWatcher::removeEntry(const QString& path, QList<Change>* changes)
{
    const Stat known = m_known.take(path);
    if (!path.isEmpty()) {
        const auto parent = m_folders.find(parentOf(path));
        if (parent != m_folders.end())
            parent->remove(nameOf(path));
    }
    m_pending.remove(path);
    if (known.dir)
        m_watcher->removeDirectory(absolute(path));
    else
        m_watcher->removeFile(absolute(path));
    if (!known.dir) {
        changes->append(Change{ChangeKind::FileRemoved, path, -1});
        return;
    }
    // What it held goes first: files, then sub-folders (each after its own contents), then the folder.
    QStringList names = m_folders.take(path).values();
    std::sort(names.begin(), names.end());
    QStringList folders;
    for (const QString& name : std::as_const(names)) {
        const QString child = syncJoin(path, name);
        if (m_known.value(child).dir)
            folders << child;
        else
            removeEntry(child, changes);
    }
    for (const QString& child : std::as_const(folders))
        removeEntry(child, changes);
    const QString prefix = path + QLatin1Char('/');
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it.key().startsWith(prefix))
            it = m_pending.erase(it);
        else
            ++it;
    }
    changes->append(Change{ChangeKind::FolderRemoved, path, -1});
}

void FolderWatcher::markPending(const QString& relative, const Stat& stat)
{
    const qint64 now = m_clock.elapsed();
    auto it = m_pending.find(relative);
    if (it == m_pending.end()) {
        m_pending.insert(relative, Pending{stat, now, now});
        watchFile(relative);
        return;
    }
    if (it->seen != stat) {
        it->seen = stat;
        it->changedAtMs = now;
    }
}

void FolderWatcher::onDirectoryChanged(const QString& path)
{
    if (!m_running)
        return;
    m_dirtyFolders.insert(relative(path));
    poke();
}

void FolderWatcher::onFileChanged(const QString& path)
{
    if (!m_running)
        return;
    // Re-arm (file watches): after a rename over the file the old watch followed the old file, or is gone.
    m_watcher->removeFile(path);
    const QString rel = relative(path);
    const Stat stat = statOf(rel);
    if (stat.exists && !stat.dir && !isIgnored(rel, false)) {
        watchFile(rel);
        markPending(rel, stat);
    }
    m_dirtyFolders.insert(parentOf(rel));
    poke();
}

void FolderWatcher::poke()
{
    const qint64 now = m_clock.elapsed();
    if (m_burstStartMs < 0)
        m_burstStartMs = now;
    // Quiet time ends a burst; a burst that goes on is still handled every maxBatchMs.
    if (!m_timer.isActive() || now - m_burstStartMs < m_options.maxBatchMs)
        m_timer.start(m_options.debounceMs);
}

void FolderWatcher::scanFolder(const QString& folder, QList<Change>* changes)
{
    const QDir dir(absolute(folder));
    if (!dir.exists()) {
        if (!folder.isEmpty())
            removeEntry(folder, changes);
        return;
    }
    const QFileInfoList infos =
        dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    QSet<QString> present;
    for (const QFileInfo& info : infos)
        present.insert(info.fileName());
    const QSet<QString> known = m_folders.value(folder);
    for (const QString& name : known) {
        const QString path = syncJoin(folder, name);
        if (!present.contains(name) && m_known.contains(path))
            removeEntry(path, changes);
    }
    for (const QFileInfo& info : infos) {
        const QString path = syncJoin(folder, info.fileName());
        const bool isDir = info.isDir();
        if (isIgnored(path, isDir))
            continue;
        const auto knownIt = m_known.constFind(path);
        const bool wasKnown = knownIt != m_known.cend();
        const bool wasDir = wasKnown && knownIt->dir;
        if (isDir) {
            if (info.isSymLink())
                continue;
            if (wasKnown && !wasDir)
                removeEntry(path, changes);
            if (!wasDir)
                addFolder(path, changes, true);
            continue;
        }
        if (!info.isFile())
            continue;
        if (wasDir)
            removeEntry(path, changes);
        const Stat stat = statOf(path);
        if (!wasKnown || stat != *knownIt || m_pending.contains(path))
            markPending(path, stat);
    }
}

void FolderWatcher::process()
{
    if (!m_running)
        return;
    QList<Change> changes;
    QStringList dirty = m_dirtyFolders.values();
    m_dirtyFolders.clear();
    std::sort(dirty.begin(), dirty.end(), [](const QString& a, const QString& b) {
        return depthOf(a) != depthOf(b) ? depthOf(a) < depthOf(b) : a < b;
    });
    for (const QString& folder : std::as_const(dirty)) {
        if (m_folders.contains(folder))
            scanFolder(folder, &changes);
    }
    if (!QFileInfo(m_root).isDir()) {
        if (!changes.isEmpty())
            Q_EMIT changed(changes);
        const QString root = m_root;
        stop();
        Q_EMIT failed(
            tr("The watched folder %1 is gone; watching stopped.").arg(QDir::toNativeSeparators(root)));
        return;
    }

    const qint64 now = m_clock.elapsed();
    qint64 nextCheck = -1;
    const auto checkAgainIn = [&nextCheck](qint64 ms) {
        ms = qMax<qint64>(ms, 10);
        nextCheck = nextCheck < 0 ? ms : qMin(nextCheck, ms);
    };
    QStringList ready;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        const Stat stat = statOf(it.key());
        if (!stat.exists || stat.dir) {
            it = m_pending.erase(it); // gone again (its folder's scan reports a removal if it was known)
            continue;
        }
        if (stat != it->seen) {
            it->seen = stat;
            it->changedAtMs = now;
        }
        const qint64 quiet = now - it->changedAtMs;
        if (quiet < m_options.settleMs) {
            checkAgainIn(m_options.settleMs - quiet);
        } else if (now - it->firstSeenMs < m_options.maxWriterWaitMs &&
                   isFileOpenForWriting(absolute(it.key()))) {
            checkAgainIn(m_options.settleMs);
        } else {
            ready << it.key();
        }
        ++it;
    }
    std::sort(ready.begin(), ready.end());
    for (const QString& path : std::as_const(ready)) {
        const Stat stat = m_pending.take(path).seen;
        const auto known = m_known.constFind(path);
        if (known != m_known.cend() && *known == stat)
            continue; // back as it was reported
        m_known.insert(path, stat);
        m_folders[parentOf(path)].insert(nameOf(path));
        changes << Change{ChangeKind::FileChanged, path, stat.size};
    }
    m_burstStartMs = -1;
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
    if (m_running && nextCheck >= 0 && !m_timer.isActive())
        m_timer.start(int(nextCheck));
}

} // namespace Ferry
