#include "sync/remotecommandqueue.h"

#include "io/enginethread.h"
#include "protocol/remotepath.h"
#include "sync/remotecommandworker.h"
#include "transfer/transferengine.h"

#include <QThread>

namespace Ferry {

RemoteCommandQueue::RemoteCommandQueue(const TransferSite& site, QObject* parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new RemoteCommandWorker)
{
    qRegisterMetaType<RemoteCommandResult>();
    qRegisterMetaType<RemoteScanResult>();
    m_thread->setObjectName(QStringLiteral("ferry-sync"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RemoteCommandWorker::commandFinished, this, &RemoteCommandQueue::onCommandFinished);
    connect(m_worker, &RemoteCommandWorker::scanStatus, this, &RemoteCommandQueue::onScanStatus);
    connect(m_worker, &RemoteCommandWorker::scanFinished, this, &RemoteCommandQueue::onScanFinished);
    connect(m_worker, &RemoteCommandWorker::logMessage, this, &RemoteCommandQueue::logMessage);
    connect(m_thread, &QThread::started, [] { EngineThread::enter(); });
    m_thread->start();
    RemoteCommandWorker* worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, site] { worker->initialize(site); });
}

RemoteCommandQueue::~RemoteCommandQueue()
{
    // Nothing the worker still says reaches this object; the connection closes in its own thread (a scan
    // that runs stops there), and the worker with its pool is deleted there when the thread ends.
    disconnect(m_worker, nullptr, this, nullptr);
    for (const QMetaObject::Connection& connection : std::as_const(m_owners))
        disconnect(connection);
    RemoteCommandWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker] { worker->clear(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

RemoteCommandQueue* RemoteCommandQueue::forSite(TransferEngine* queue, const QString& siteId)
{
    const std::optional<TransferSite> site = queue->site(siteId);
    if (!site)
        return nullptr;
    const QString name = QStringLiteral("syncCommands:") + siteId;
    auto* shared = queue->findChild<RemoteCommandQueue*>(name, Qt::FindDirectChildrenOnly);
    if (!shared) {
        shared = new RemoteCommandQueue(*site, queue);
        shared->setObjectName(name);
    } else {
        shared->setSite(*site);
    }
    shared->setSessionBudget(queue->settings().sessionBudget);
    return shared;
}

void RemoteCommandQueue::setSite(const TransferSite& site)
{
    RemoteCommandWorker* worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, site] { worker->setSite(site); });
}

void RemoteCommandQueue::setSessionBudget(std::shared_ptr<SessionBudget> budget)
{
    RemoteCommandWorker* worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, budget] { worker->setSessionBudget(budget); });
}

void RemoteCommandQueue::setThreadProbe(ThreadProbe probe)
{
    RemoteCommandWorker* worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, probe] { worker->setThreadProbe(probe); });
}

quint64 RemoteCommandQueue::track(Pending pending, QObject* owner)
{
    const quint64 id = m_nextId++;
    pending.ownerKey = owner;
    pending.owner = owner;
    m_pending.emplace(id, std::move(pending));
    // An owner that goes away cancels what it asked for, so that it is not run.
    if (owner && !m_owners.contains(owner))
        m_owners.insert(owner, connect(owner, &QObject::destroyed, this, [this, owner] { cancel(owner); }));
    return id;
}

void RemoteCommandQueue::add(Kind kind, const QString& remotePath, Callback callback, QObject* owner)
{
    Pending pending;
    pending.callback = std::move(callback);
    const quint64 id = track(std::move(pending), owner);
    const QString path = RemotePath::normalize(remotePath);
    RemoteCommandWorker* worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, id, kind, path] { worker->add(id, kind, path); });
}

void RemoteCommandQueue::scan(const QString& localRoot, const QString& remoteRoot,
                              const SyncCompareOptions& options, ScanCallback done, QObject* owner,
                              StatusCallback status)
{
    Pending pending;
    pending.scanDone = std::move(done);
    pending.status = std::move(status);
    const quint64 id = track(std::move(pending), owner);
    const QString root = RemotePath::normalize(remoteRoot);
    RemoteCommandWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, id, localRoot, root, options] { worker->scan(id, localRoot, root, options); });
}

void RemoteCommandQueue::cancel(QObject* owner)
{
    if (!owner)
        return;
    if (const auto watch = m_owners.constFind(owner); watch != m_owners.cend()) {
        disconnect(*watch);
        m_owners.erase(watch);
    }
    QList<quint64> ids;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->second.ownerKey == owner) {
            ids << it->first;
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    if (ids.isEmpty())
        return;
    RemoteCommandWorker* worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, ids] { worker->drop(ids); });
}

void RemoteCommandQueue::clear()
{
    m_pending.clear();
    for (const QMetaObject::Connection& connection : std::as_const(m_owners))
        disconnect(connection);
    m_owners.clear();
    RemoteCommandWorker* worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker] { worker->clear(); });
}

void RemoteCommandQueue::onCommandFinished(quint64 id, const Result& result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // cancelled meanwhile
    const Pending done = std::move(it->second);
    m_pending.erase(it);
    if (wanted(done) && done.callback)
        done.callback(result);
}

void RemoteCommandQueue::onScanStatus(quint64 id, const QString& text)
{
    const auto it = m_pending.find(id);
    if (it != m_pending.end() && wanted(it->second) && it->second.status) {
        const StatusCallback status = it->second.status; // it may cancel itself
        status(text);
    }
}

void RemoteCommandQueue::onScanFinished(quint64 id, const ScanResult& result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // cancelled meanwhile
    const Pending done = std::move(it->second);
    m_pending.erase(it);
    if (wanted(done) && done.scanDone)
        done.scanDone(result);
}

} // namespace Ferry
