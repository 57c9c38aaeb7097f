#include "directorycomparison.h"

#include "comparisondelegate.h"
#include "filepane.h"
#include "fileview.h"
#include "localfilemodel.h"
#include "localpane.h"
#include "remotefilemodel.h"
#include "remotepane.h"
#include "sync/directorynotifier.h"

#include <QDir>
#include <QFileInfo>

namespace Ferry {

DirectoryComparison::DirectoryComparison(LocalPane* local, RemotePane* remote, QObject* parent)
    : QObject(parent), m_local(local), m_remote(remote)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, &DirectoryComparison::recompute);
    m_localDelegate = new ComparisonDelegate(this, Side::Local, this);
    m_remoteDelegate = new ComparisonDelegate(this, Side::Remote, this);
    connect(local, &FilePane::pathChanged, this, [this] {
        followLocalFolder();
        scheduleRecompute();
    });
    connect(remote, &FilePane::pathChanged, this, &DirectoryComparison::scheduleRecompute);
    connect(remote->model(), &RemoteFileModel::loaded, this, &DirectoryComparison::scheduleRecompute);
    connect(remote->model(), &QAbstractItemModel::modelReset, this, &DirectoryComparison::scheduleRecompute);
    // The local folder changes on disk: a watch of its own (QFileSystemModel does not report a file
    // rewritten in place), and the model's own news.
    QAbstractItemModel* localModel = local->model();
    connect(localModel, &QAbstractItemModel::rowsInserted, this, &DirectoryComparison::scheduleRecompute);
    connect(localModel, &QAbstractItemModel::rowsRemoved, this, &DirectoryComparison::scheduleRecompute);
    connect(localModel, &QAbstractItemModel::dataChanged, this, &DirectoryComparison::scheduleRecompute);
    connect(localModel, &QAbstractItemModel::layoutChanged, this, &DirectoryComparison::scheduleRecompute);
}

DirectoryComparison::~DirectoryComparison()
{
    install(false);
}

void DirectoryComparison::install(bool on)
{
    for (FilePane* pane : {static_cast<FilePane*>(m_local.data()), static_cast<FilePane*>(m_remote.data())}) {
        if (!pane)
            continue;
        ComparisonDelegate* delegate = pane == m_local.data() ? m_localDelegate : m_remoteDelegate;
        QAbstractItemDelegate* current = pane->view()->itemDelegate();
        if (on && current != delegate)
            pane->view()->setItemDelegate(delegate);
        else if (!on && current == delegate)
            pane->view()->setItemDelegate(nullptr); // the view's own default comes back
        pane->view()->viewport()->update();
    }
}

void DirectoryComparison::followLocalFolder()
{
    const QString folder = m_enabled && m_local ? m_local->currentPath() : QString();
    if (folder == m_watchedFolder)
        return;
    if (!m_watchedFolder.isEmpty())
        m_notifier->removeDirectory(m_watchedFolder);
    m_watchedFolder.clear();
    if (folder.isEmpty())
        return;
    if (!m_notifier) {
        m_notifier = new DirectoryNotifier(this);
        connect(m_notifier, &DirectoryNotifier::directoryChanged, this,
                &DirectoryComparison::scheduleRecompute);
        connect(m_notifier, &DirectoryNotifier::fileChanged, this, &DirectoryComparison::scheduleRecompute);
    }
    if (m_notifier->addDirectory(folder))
        m_watchedFolder = folder;
}

void DirectoryComparison::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    followLocalFolder();
    if (!enabled) {
        m_byName.clear();
        install(false);
        Q_EMIT compared();
        return;
    }
    install(true);
    recompute();
}

void DirectoryComparison::setOptions(const SyncCompareOptions& options)
{
    m_options = options;
    if (m_enabled)
        recompute();
}

void DirectoryComparison::scheduleRecompute()
{
    if (m_enabled)
        m_timer.start();
}

void DirectoryComparison::recompute()
{
    if (!m_enabled || !m_local || !m_remote)
        return;
    SyncTree local;
    const QString localPath = m_local->currentPath();
    if (!localPath.isEmpty()) {
        const QFileInfoList infos = QDir(localPath).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot |
                                                                  QDir::Hidden | QDir::System);
        for (const QFileInfo& info : infos) {
            if (!isSyncIgnoredName(info.fileName()))
                local.insert(info.fileName(), syncEntryFromLocal(info));
        }
    }
    SyncTree remote;
    if (m_remote->isReady()) {
        RemoteFileModel* model = m_remote->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const RemoteEntry entry = model->entry(model->index(row, 0));
            const QString name = remoteEntryName(entry);
            if (!isSyncIgnoredName(name))
                remote.insert(name, syncEntryFromRemote(entry));
        }
    }
    m_byName.clear();
    for (const SyncComparison& c : compareSyncTrees(local, remote, m_options))
        m_byName.insert(c.path, c);
    for (FilePane* pane : {static_cast<FilePane*>(m_local.data()), static_cast<FilePane*>(m_remote.data())})
        pane->view()->viewport()->update();
    Q_EMIT compared();
}

const SyncComparison* DirectoryComparison::comparison(const QString& name) const
{
    const auto it = m_byName.constFind(name);
    return it == m_byName.cend() ? nullptr : &it.value();
}

QHash<SyncState, int> DirectoryComparison::counts() const
{
    QHash<SyncState, int> counts;
    for (const SyncComparison& c : m_byName)
        ++counts[c.state];
    return counts;
}

QString DirectoryComparison::summary() const
{
    const QHash<SyncState, int> n = counts();
    QStringList parts;
    const auto add = [&](SyncState state, const QString& text) {
        if (n.value(state))
            parts << text.arg(n.value(state));
    };
    add(SyncState::OnlyLocal, tr("%1 only here"));
    add(SyncState::OnlyRemote, tr("%1 only there"));
    add(SyncState::LocalNewer, tr("%1 newer here"));
    add(SyncState::RemoteNewer, tr("%1 newer there"));
    add(SyncState::SizeDiffers, tr("%1 size"));
    add(SyncState::ChecksumDiffers, tr("%1 content"));
    add(SyncState::TypeDiffers, tr("%1 file/folder"));
    if (parts.isEmpty())
        return m_byName.isEmpty() ? QString() : tr("Both folders are the same");
    return parts.join(QStringLiteral(", "));
}

} // namespace Ferry
