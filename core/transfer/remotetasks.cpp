#include "transfer/remotetasks.h"

#include "client/ftpclient.h"
#include "client/retrypolicy.h"
#include "protocol/remotepath.h"
#include "transfer/connectionpool.h"
#include "transfer/jobplanner.h"
#include "transfer/siteregistry.h"

#include <QDir>
#include <QTimer>

namespace Ferry {

struct RemoteTasks::TreeWalk
{
    QString siteId;
    RemoteTree tree;
    JobPlanner* planner = nullptr;
    FtpClient* client = nullptr;
    int attempts = 0;
};

namespace {

QString relativeTo(const QString& root, const QString& path)
{
    const QString prefix = root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/');
    return path.startsWith(prefix) ? path.mid(prefix.size()) : path;
}

QString noSite(const QString& siteId)
{
    return RemoteTasks::tr("There is no site \"%1\" to work with.").arg(siteId);
}

} // namespace

RemoteTasks::RemoteTasks(SiteRegistry& sites, const TransferSettings& settings, QObject* parent)
    : QObject(parent), m_sites(sites), m_settings(settings)
{
    qRegisterMetaType<RemoteTree>();
    qRegisterMetaType<SiteHome>();
    qRegisterMetaType<QList<TransferFileError>>();
}

RemoteTasks::~RemoteTasks()
{
    for (TreeWalk* walk : std::as_const(m_walks)) {
        if (walk->planner) {
            walk->planner->disconnect(this);
            delete walk->planner;
        }
        delete walk;
    }
}

// ---- the login's folder --------------------------------------------------------------------------------

void RemoteTasks::locateHome(quint64 request, const QString& siteId)
{
    SiteRegistry::Site* site = m_sites.find(siteId);
    if (!site) {
        QTimer::singleShot(0, this, [this, request, siteId]() {
            Q_EMIT homeLocated(request,
                               SiteHome{QString(), FtpOperation::Error::InvalidArgument, noSite(siteId)});
        });
        return;
    }
    site->pool->acquire(
        [this, request, siteId](FtpClient* client, FtpOperation::Error error, const QString& message) {
            SiteHome home;
            if (!client) {
                home.error = error;
                home.errorString = message;
            } else {
                home.path = client->currentDirectory();
                m_sites.release(siteId, client);
            }
            Q_EMIT homeLocated(request, home);
        });
}

// ---- listing a tree ------------------------------------------------------------------------------------

void RemoteTasks::listTree(quint64 request, const QString& siteId, const QString& root)
{
    auto* walk = new TreeWalk;
    walk->siteId = siteId;
    walk->tree.root = RemotePath::normalize(root);
    m_walks.insert(request, walk);
    if (!m_sites.contains(siteId)) {
        walk->tree.error = FtpOperation::Error::InvalidArgument;
        walk->tree.errorString = noSite(siteId);
        QTimer::singleShot(0, this, [this, request]() { finishWalk(request); });
        return;
    }
    JobPlanner::Request plan;
    plan.direction = TransferDirection::Download;
    plan.folder = true;
    plan.listOnly = true;
    plan.remotePath = walk->tree.root;
    plan.localPath = QDir::tempPath(); // never written to: listOnly
    walk->planner = new JobPlanner(plan, this);
    connect(walk->planner, &JobPlanner::filesFound, this, [walk](const QList<JobPlanner::FoundFile>& files) {
        for (const JobPlanner::FoundFile& file : files)
            walk->tree.entries.append(
                RemoteTreeEntry{relativeTo(walk->tree.root, file.remotePath), false, file.size, file.time});
    });
    connect(walk->planner, &JobPlanner::folderFound, this,
            [walk](const QString& remotePath, const QDateTime& time) {
                walk->tree.entries.append(
                    RemoteTreeEntry{relativeTo(walk->tree.root, remotePath), true, -1, time});
            });
    connect(walk->planner, &JobPlanner::entryNote, this,
            [walk](const QString& path, const QString& message, bool failed) {
                // A folder that could not be listed: the tree would be incomplete.
                if (failed && walk->tree.succeeded()) {
                    walk->tree.error = FtpOperation::Error::ServerRefused;
                    walk->tree.errorString = tr("%1: %2").arg(path, message);
                }
            });
    connect(walk->planner, &JobPlanner::stopped, this, [this, request]() { onWalkStopped(request); });
    acquireForWalk(request);
}

void RemoteTasks::acquireForWalk(quint64 request)
{
    TreeWalk* walk = m_walks.value(request);
    SiteRegistry::Site* site = walk ? m_sites.find(walk->siteId) : nullptr;
    if (!site) {
        if (walk) {
            walk->tree.error = FtpOperation::Error::InvalidArgument;
            walk->tree.errorString = noSite(walk->siteId);
            finishWalk(request);
        }
        return;
    }
    const QString siteId = walk->siteId;
    site->pool->acquire(
        [this, request, siteId](FtpClient* client, FtpOperation::Error error, const QString& message) {
            TreeWalk* w = m_walks.value(request);
            if (!w) {
                if (client)
                    m_sites.release(siteId, client);
                return;
            }
            if (!client) {
                if (isWorthRetrying(error) && w->attempts < m_settings.maxRetries) {
                    ++w->attempts;
                    QTimer::singleShot(m_settings.retryDelayMs(w->attempts), this,
                                       [this, request]() { acquireForWalk(request); });
                    return;
                }
                w->tree.error = error;
                w->tree.errorString = message;
                finishWalk(request);
                return;
            }
            w->client = client;
            w->planner->run(client);
        });
}

void RemoteTasks::onWalkStopped(quint64 request)
{
    TreeWalk* walk = m_walks.value(request);
    if (!walk)
        return;
    if (walk->client) {
        m_sites.release(walk->siteId, walk->client);
        walk->client = nullptr;
    }
    JobPlanner* planner = walk->planner;
    if (planner->outcome() == JobPlanner::Outcome::Failed) {
        if (planner->isRetryable() && walk->attempts < m_settings.maxRetries) {
            ++walk->attempts;
            QTimer::singleShot(m_settings.retryDelayMs(walk->attempts), this,
                               [this, request]() { acquireForWalk(request); });
            return;
        }
        if (planner->error() == FtpOperation::Error::ServerRefused && walk->tree.entries.isEmpty() &&
            walk->tree.succeeded()) {
            walk->tree.rootMissing = true; // the root cannot be opened: nothing there yet
        } else if (walk->tree.succeeded()) {
            walk->tree.error = planner->error();
            walk->tree.errorString = planner->errorString();
        }
    }
    finishWalk(request);
}

void RemoteTasks::finishWalk(quint64 request)
{
    TreeWalk* walk = m_walks.take(request);
    if (!walk)
        return;
    if (walk->planner) {
        walk->planner->disconnect(this);
        walk->planner->deleteLater();
    }
    const RemoteTree tree = walk->tree;
    delete walk;
    Q_EMIT treeListed(request, tree);
}

// ---- deleting ------------------------------------------------------------------------------------------

void RemoteTasks::remove(quint64 request, const QString& siteId, const QList<RemoteTreeEntry>& entries)
{
    SiteRegistry::Site* site = m_sites.find(siteId);
    if (!site || entries.isEmpty()) {
        QList<TransferFileError> failures;
        for (const RemoteTreeEntry& entry : entries)
            failures.append(
                TransferFileError{entry.path, noSite(siteId), FtpOperation::Error::InvalidArgument});
        QTimer::singleShot(0, this, [this, request, failures]() { Q_EMIT removed(request, failures); });
        return;
    }
    site->pool->acquire([this, request, siteId, entries](FtpClient* client, FtpOperation::Error error,
                                                         const QString& message) {
        auto failures = std::make_shared<QList<TransferFileError>>();
        if (!client) {
            for (const RemoteTreeEntry& entry : entries)
                failures->append(TransferFileError{entry.path, message, error});
            Q_EMIT removed(request, *failures);
            return;
        }
        removeNext(request, siteId, client, std::make_shared<QList<RemoteTreeEntry>>(entries), failures);
    });
}

void RemoteTasks::removeNext(quint64 request, const QString& siteId, FtpClient* client,
                             std::shared_ptr<QList<RemoteTreeEntry>> left,
                             std::shared_ptr<QList<TransferFileError>> failures)
{
    if (left->isEmpty()) {
        m_sites.release(siteId, client);
        Q_EMIT removed(request, *failures);
        return;
    }
    const RemoteTreeEntry entry = left->takeFirst();
    FtpOperation* operation = entry.folder ? client->rmdir(entry.path) : client->remove(entry.path);
    connect(
        operation, &FtpOperation::finished, this,
        [this, request, siteId, client, left, failures, entry, operation]() {
            if (!operation->succeeded())
                failures->append(TransferFileError{entry.path, operation->errorString(), operation->error()});
            removeNext(request, siteId, client, left, failures);
        });
}

} // namespace Ferry
