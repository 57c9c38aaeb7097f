#include "sync/remotecommandworker.h"

#include "client/listoperation.h"
#include "client/retrypolicy.h"
#include "protocol/remoteentry.h"
#include "protocol/remotepath.h"
#include "sync/syncscan.h"
#include "transfer/connectionpool.h"

#include <QThread>
#include <QTimer>

namespace Ferry {

namespace {

constexpr int MaxAttempts = 3;
constexpr int IdleTimeoutMs = 30000;

TransferSite singleConnection(TransferSite site)
{
    site.maxConnections = 1;
    return site;
}

// The entry called `name` in a listing, if any.
const RemoteEntry* findEntry(const QList<RemoteEntry>& entries, const QString& name)
{
    for (const RemoteEntry& entry : entries) {
        if (remoteEntryName(entry) == name)
            return &entry;
    }
    return nullptr;
}

} // namespace

RemoteCommandWorker::RemoteCommandWorker(QObject* parent) : QObject(parent) {}

RemoteCommandWorker::~RemoteCommandWorker()
{
    if (m_operation) {
        m_operation->disconnect(this);
        m_operation->abort();
    }
    if (m_scan)
        m_scan->disconnect(this);
}

void RemoteCommandWorker::initialize(const TransferSite& site)
{
    m_pool = new ConnectionPool(singleConnection(site), this);
    m_pool->setIdleTimeout(IdleTimeoutMs);
    connect(m_pool, &ConnectionPool::logMessage, this,
            [this](int, FtpClient::LogKind kind, const QString& text) { Q_EMIT logMessage(kind, text); });
}

void RemoteCommandWorker::setSite(const TransferSite& site)
{
    m_pool->setSite(singleConnection(site));
}

void RemoteCommandWorker::setSessionBudget(std::shared_ptr<SessionBudget> budget)
{
    m_pool->setSessionBudget(std::move(budget));
}

void RemoteCommandWorker::setThreadProbe(ThreadProbe probe)
{
    m_probe = std::move(probe);
}

void RemoteCommandWorker::add(quint64 id, RemoteCommandKind kind, const QString& path)
{
    Command command;
    command.id = id;
    command.kind = kind;
    command.path = path;
    m_commands.push_back(std::move(command));
    schedulePump();
}

void RemoteCommandWorker::scan(quint64 id, const QString& localRoot, const QString& remoteRoot,
                               const SyncCompareOptions& options)
{
    Command command;
    command.id = id;
    command.scan = ScanRequest{localRoot, remoteRoot, options};
    m_commands.push_back(std::move(command));
    schedulePump();
}

void RemoteCommandWorker::drop(const QList<quint64>& ids)
{
    bool abortScan = false;
    for (auto it = m_commands.begin(); it != m_commands.end();) {
        if (!ids.contains(it->id)) {
            ++it;
        } else if (m_running && it == m_commands.begin()) {
            // Its connection is in use (or on its way): a scan stops, a command finishes, unreported.
            it->dropped = true;
            abortScan = it->scan.has_value();
            ++it;
        } else {
            it = m_commands.erase(it);
        }
    }
    if (abortScan && m_scan)
        m_scan->abort(); // finishes now: onScanFinished() gives the connection back
}

void RemoteCommandWorker::clear()
{
    m_commands.clear();
    if (m_operation) {
        m_operation->disconnect(this);
        m_operation->abort();
    }
    if (m_scan)
        m_scan->abort();
    m_running = false;
    m_pool->closeAll();
}

void RemoteCommandWorker::schedulePump()
{
    QTimer::singleShot(0, this, &RemoteCommandWorker::pump);
}

void RemoteCommandWorker::pump()
{
    // Commands dropped before they started are gone already; one dropped while it waited for a retry is
    // not tried again.
    while (!m_running && !m_commands.empty() && m_commands.front().dropped)
        m_commands.pop_front();
    if (m_running || m_commands.empty())
        return;
    m_running = true;
    m_pool->acquire([this](FtpClient* client, FtpOperation::Error error, const QString& message) {
        if (!client) {
            RemoteCommandResult result;
            result.error = error;
            result.message = message;
            complete(nullptr, result,
                     error != FtpOperation::Error::LoginFailed && error != FtpOperation::Error::Canceled);
            return;
        }
        runOn(client);
    });
}

void RemoteCommandWorker::runOn(FtpClient* client)
{
    const Command& command = m_commands.front();
    if (command.dropped) { // its owner went away while it waited for the connection: not run
        m_pool->release(client);
        complete(nullptr, RemoteCommandResult(), false);
        return;
    }
    if (command.scan) {
        startScan(client);
        return;
    }
    FtpOperation* operation = nullptr;
    switch (command.kind) {
    case RemoteCommandKind::MakeFolder:
        operation = client->mkdir(command.path);
        break;
    case RemoteCommandKind::DeleteFile:
        operation = client->remove(command.path);
        break;
    case RemoteCommandKind::DeleteFolder:
        operation = client->rmdir(command.path);
        break;
    case RemoteCommandKind::Stat:
        operation = client->list(RemotePath::parent(command.path));
        break;
    }
    m_operation = operation;
    const RemoteCommandKind kind = command.kind;
    const QString path = command.path;
    connect(operation, &FtpOperation::finished, this, [this, client, operation, kind, path] {
        m_operation = nullptr;
        RemoteCommandResult result;
        result.ok = operation->succeeded();
        result.error = operation->error();
        result.message = operation->errorString();
        if (kind == RemoteCommandKind::Stat && result.ok) {
            // The listing was parsed here, in the worker's thread; only the one entry goes out.
            const auto* list = static_cast<ListOperation*>(operation);
            if (const RemoteEntry* entry = findEntry(list->entries(), RemotePath::fileName(path)))
                result.entry = syncEntryFromRemote(*entry);
        }
        if (kind != RemoteCommandKind::Stat && !result.ok &&
            operation->error() == FtpOperation::Error::ServerRefused) {
            verifyRefusal(client, kind, path, result);
            return;
        }
        complete(client, result, !result.ok && isConnectionFault(operation->error()));
    });
}

void RemoteCommandWorker::verifyRefusal(FtpClient* client, RemoteCommandKind kind, const QString& path,
                                        RemoteCommandResult result)
{
    // Refused: is it already as asked (the folder there, the file or folder gone)?
    ListOperation* check = client->list(RemotePath::parent(path));
    m_operation = check;
    connect(check, &FtpOperation::finished, this, [this, client, check, kind, path, result]() mutable {
        m_operation = nullptr;
        if (check->succeeded()) {
            const RemoteEntry* entry = findEntry(check->entries(), RemotePath::fileName(path));
            if (kind == RemoteCommandKind::MakeFolder ? (entry && entry->isDir()) : !entry) {
                result.ok = true;
                result.error = FtpOperation::Error::NoError;
                result.message.clear();
            }
        }
        complete(client, result, false);
    });
}

void RemoteCommandWorker::startScan(FtpClient* client)
{
    const ScanRequest& request = *m_commands.front().scan;
    const quint64 id = m_commands.front().id;
    auto* scan = new SyncScan(client, request.localRoot, request.remoteRoot, request.options, this);
    m_scan = scan;
    connect(scan, &SyncScan::status, this, [this, id](const QString& text) { Q_EMIT scanStatus(id, text); });
    connect(scan, &SyncScan::finished, this, [this, client, scan] { onScanFinished(client, scan); });
    scan->start();
}

void RemoteCommandWorker::onScanFinished(FtpClient* client, SyncScan* scan)
{
    scan->disconnect(this);
    scan->deleteLater();
    m_scan = nullptr;
    RemoteScanResult result;
    result.error = scan->error();
    result.errorString = scan->errorString();
    if (scan->succeeded()) {
        // Compared here too: the caller gets values and plans with them.
        result.comparisons = scan->comparisons();
        result.checksumAlgorithm = scan->checksumAlgorithm();
        result.localRootMissing = scan->localRootMissing();
        result.remoteRootMissing = scan->remoteRootMissing();
    }
    probe(client);
    m_pool->release(client); // one that lost its connection meanwhile is dropped by the pool
    m_running = false;
    if (m_commands.empty() || !m_commands.front().scan)
        return; // cleared meanwhile
    const Command done = std::move(m_commands.front());
    m_commands.pop_front();
    if (!done.dropped)
        Q_EMIT scanFinished(done.id, result);
    schedulePump();
}

void RemoteCommandWorker::complete(FtpClient* client, const RemoteCommandResult& result, bool retry)
{
    if (client) {
        probe(client);
        m_pool->release(client);
    }
    m_running = false;
    if (m_commands.empty())
        return; // cleared meanwhile
    Command& command = m_commands.front();
    if (retry && !command.dropped && ++command.attempts < MaxAttempts) {
        QTimer::singleShot(500 * command.attempts, this, &RemoteCommandWorker::pump);
        return;
    }
    const Command done = std::move(command);
    m_commands.pop_front();
    if (!done.dropped) {
        if (done.scan) { // a scan that could not log on
            RemoteScanResult scanResult;
            scanResult.error = result.error;
            scanResult.errorString = result.message;
            Q_EMIT scanFinished(done.id, scanResult);
        } else {
            Q_EMIT commandFinished(done.id, result);
        }
    }
    schedulePump();
}

void RemoteCommandWorker::probe(FtpClient* client)
{
    if (m_probe)
        m_probe(QThread::currentThread(), client->thread());
}

} // namespace Ferry
