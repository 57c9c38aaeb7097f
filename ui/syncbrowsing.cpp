#include "syncbrowsing.h"

#include "browse/browserequest.h"
#include "browse/remotebrowser.h"
#include "localpane.h"
#include "protocol/remotepath.h"
#include "remotefilemodel.h"
#include "remotepane.h"

#include <QDir>
#include <QMessageBox>
#include <QPushButton>

namespace Ferry {

namespace {

// "/a/b/c" against "/a/x" -> "../b/c"; "/a" against "/a" -> "".
QString relativeRemote(const QString& base, const QString& path)
{
    const QStringList from = base.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QStringList to = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    qsizetype common = 0;
    while (common < from.size() && common < to.size() && from.at(common) == to.at(common))
        ++common;
    QStringList parts;
    for (qsizetype i = common; i < from.size(); ++i)
        parts << QStringLiteral("..");
    parts << to.mid(common);
    return parts.join(QLatin1Char('/'));
}

} // namespace

SyncBrowsing::SyncBrowsing(LocalPane* local, RemotePane* remote, RemoteBrowser* client, QObject* parent)
    : QObject(parent), m_local(local), m_remote(remote), m_client(client)
{
    connect(local, &FilePane::pathChanged, this, &SyncBrowsing::onLocalPath);
    connect(remote, &FilePane::pathChanged, this, &SyncBrowsing::onRemotePath);
    connect(remote->model(), &RemoteFileModel::loadFailed, this, &SyncBrowsing::onRemoteLoadFailed);
}

SyncBrowsing::~SyncBrowsing()
{
    delete m_question;
}

QMessageBox* SyncBrowsing::pendingQuestion() const
{
    return m_question;
}

bool SyncBrowsing::setEnabled(bool enabled, QString* errorString)
{
    if (enabled == m_enabled)
        return true;
    if (enabled) {
        if (!m_remote->isReady() || m_remote->currentPath().isEmpty() || m_local->currentPath().isEmpty()) {
            if (errorString)
                *errorString = tr("Synchronized browsing needs a folder in both panes: connect first.");
            return false;
        }
        m_localBase = QDir::cleanPath(m_local->currentPath());
        m_remoteBase = RemotePath::normalize(m_remote->currentPath());
        Q_EMIT statusMessage(tr("Synchronized browsing: %1 follows %2")
                                 .arg(m_remoteBase, QDir::toNativeSeparators(m_localBase)));
    } else {
        m_pendingRemote.clear();
        delete m_question;
    }
    m_enabled = enabled;
    Q_EMIT enabledChanged(enabled);
    return true;
}

QString SyncBrowsing::remoteFor(const QString& localPath) const
{
    const QString relative = QDir(m_localBase).relativeFilePath(QDir::cleanPath(localPath));
    if (relative.isEmpty() || relative == QLatin1String("."))
        return m_remoteBase;
    return RemotePath::normalize(RemotePath::join(m_remoteBase, QDir::fromNativeSeparators(relative)));
}

QString SyncBrowsing::localFor(const QString& remotePath) const
{
    const QString relative = relativeRemote(m_remoteBase, RemotePath::normalize(remotePath));
    if (relative.isEmpty())
        return m_localBase;
    return QDir::cleanPath(QDir(m_localBase).filePath(relative));
}

void SyncBrowsing::onLocalPath(const QString& path)
{
    if (!m_enabled || !m_remote->isReady())
        return;
    const QString target = remoteFor(path);
    if (target == RemotePath::normalize(m_remote->currentPath()) || target == m_pendingRemote)
        return;
    m_pendingRemote = target;
    m_remote->navigateTo(target);
}

void SyncBrowsing::onRemotePath(const QString& path)
{
    if (!m_enabled)
        return;
    if (RemotePath::normalize(path) == m_pendingRemote)
        m_pendingRemote.clear();
    const QString target = localFor(path);
    if (QDir::cleanPath(m_local->currentPath()) == target)
        return;
    if (!QFileInfo(target).isDir()) {
        offerToCreate(false, target);
        return;
    }
    m_local->navigateTo(target);
}

void SyncBrowsing::onRemoteLoadFailed(const QString& path, const QString& message)
{
    Q_UNUSED(message);
    if (!m_enabled || m_pendingRemote.isEmpty() || RemotePath::normalize(path) != m_pendingRemote)
        return;
    const QString missing = m_pendingRemote;
    m_pendingRemote.clear();
    offerToCreate(true, missing);
}

void SyncBrowsing::offerToCreate(bool remote, const QString& path)
{
    delete m_question;
    const QString shown = remote ? path : QDir::toNativeSeparators(path);
    auto* box = new QMessageBox(QMessageBox::Question, tr("Synchronized browsing"),
                                remote ? tr("The folder %1 does not exist on the server.").arg(shown)
                                       : tr("The folder %1 does not exist on this computer.").arg(shown),
                                QMessageBox::NoButton, m_local->window());
    box->setObjectName(QStringLiteral("syncBrowsingMissingFolder"));
    box->setInformativeText(tr("Create it, so that both panes stay in step?"));
    QPushButton* create = box->addButton(tr("&Create folder"), QMessageBox::AcceptRole);
    create->setObjectName(QStringLiteral("createFolderButton"));
    box->addButton(QMessageBox::Cancel);
    box->setModal(false);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_question = box;
    connect(box, &QMessageBox::buttonClicked, this, [this, create, remote, path](QAbstractButton* button) {
        if (button != create)
            return;
        if (!remote) {
            if (!QDir().mkpath(path)) {
                Q_EMIT statusMessage(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(path)));
                return;
            }
            m_local->navigateTo(path);
            return;
        }
        if (!m_client)
            return;
        BrowseRequest* operation = m_client->mkdir(path);
        connect(operation, &BrowseRequest::finished, this, [this, operation, path] {
            if (!operation->succeeded()) {
                m_remote->showError(operation->errorString());
                return;
            }
            m_remote->model()->invalidate(RemotePath::parent(path));
            m_pendingRemote = path;
            m_remote->navigateTo(path);
        });
    });
    box->show();
}

} // namespace Ferry
