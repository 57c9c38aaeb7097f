#include "sync/localtreereader.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

namespace Ferry {

LocalTreeReader::LocalTreeReader(const QString& root, const SyncCompareOptions& filter, QObject* parent)
    : QObject(parent), m_root(root), m_filter(filter)
{}

LocalTreeReader::~LocalTreeReader()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void LocalTreeReader::start()
{
    m_finished = false;
    const QString root = m_root;
    const SyncCompareOptions filter = m_filter;
    m_thread = QThread::create([this, root, filter] {
        bool missing = false;
        SyncTree tree = read(root, filter, &missing);
        // Handed over in this object's thread; the destructor waits for this thread, so `this` lives.
        QMetaObject::invokeMethod(
            this,
            [this, tree = std::move(tree), missing]() mutable {
                m_tree = std::move(tree);
                m_rootMissing = missing;
                m_finished = true;
                Q_EMIT finished();
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

SyncTree LocalTreeReader::read(const QString& root, const SyncCompareOptions& filter, bool* rootMissing)
{
    SyncTree tree;
    const QFileInfo rootInfo(root);
    if (rootMissing)
        *rootMissing = !rootInfo.isDir();
    if (!rootInfo.isDir())
        return tree;
    QStringList pending{QString()};
    const QDir base(root);
    while (!pending.isEmpty()) {
        const QString relative = pending.takeFirst();
        const QDir folder(relative.isEmpty() ? root : base.filePath(relative));
        const QFileInfoList infos = folder.entryInfoList(
            QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
        for (const QFileInfo& info : infos) {
            if (isSyncIgnoredName(info.fileName()))
                continue;
            const QString path = syncJoin(relative, info.fileName());
            const SyncEntry entry = syncEntryFromLocal(info);
            if (entry.isDir() && !syncFilterAccepts(path, true, filter))
                continue;
            if (!entry.isDir() && !info.isFile())
                continue; // sockets, devices, dangling links
            tree.insert(path, entry);
            if (entry.isDir() && !info.isSymLink())
                pending << path;
        }
    }
    return tree;
}

} // namespace Ferry
