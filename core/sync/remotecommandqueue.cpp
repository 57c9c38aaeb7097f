#include "sync/remotecommandqueue.h"

#include "client/ftpclient.h"
#include "client/listoperation.h"
#include "client/retrypolicy.h"
#include "protocol/remoteentry.h"
#include "protocol/remotepath.h"
#include "transfer/connectionpool.h"
#include "transfer/transferengine.h"

#include <QTimer>

namespace Ferry {

namespace {

constexpr int MaxAttempts = 3;

TransferSite singleConnection(TransferSite site)
{
    site.maxConnections = 1;
    return site;
}

} // namespace

RemoteCommandQueue::RemoteCommandQueue(const TransferSite& site, QObject* parent)
    : QObject(parent), m_pool(new ConnectionPool(singleConnection(site), this))
{
    m_pool->setIdleTimeout(30000);
    connect(m_pool, &ConnectionPool::logMessage, this,
            [this](int, FtpClient::LogKind kind, const QString& text) { Q_EMIT logMessage(kind, text); });
}

RemoteCommandQueue::~RemoteCommandQueue()
{
    if (m_operation) {
        m_operation->disconnect(this);
        m_operation->abort();
    }
}

void RemoteCommandQueue::setSite(const TransferSite& site)
{
    m_pool->setSite(singleConnection(site));
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

void RemoteCommandQueue::add(Kind kind, const QString& remotePath, Callback callback, QObject* owner)
{
    Command command;
    command.kind = kind;
    command.path = RemotePath::normalize(remotePath);
    command.callback = std::move(callback);
    command.owned = owner != nullptr;
    command.owner = owner;
    m_commands.push_back(std::move(command));
    QTimer::singleShot(0, this, &RemoteCommandQueue::pump);
}

void RemoteCommandQueue::setSessionBudget(std::shared_ptr<SessionBudget> budget)
{
    m_pool->setSessionBudget(std::move(budget));
}

void RemoteCommandQueue::borrow(Lender use, QObject* owner)
{
    Command command;
    command.kind = Kind::Borrow;
    command.owned = owner != nullptr;
    command.owner = owner;
    command.lender = std::move(use);
    m_commands.push_back(std::move(command));
    QTimer::singleShot(0, this, &RemoteCommandQueue::pump);
}

void RemoteCommandQueue::giveBack()
{
    if (!m_lent)
        return;
    FtpClient* client = m_lent;
    m_lent = nullptr;
    m_borrower = nullptr;
    Result result;
    result.ok = client->state() == FtpClient::State::Connected;
    complete(client, result, false);
}

void RemoteCommandQueue::cancel(QObject* owner)
{
    if (m_lent && m_borrower == owner)
        giveBack();
    // The one running stays (its connection is in use) but its callback is dropped.
    for (auto it = m_commands.begin(); it != m_commands.end();) {
        if (it->owned && it->owner == owner) {
            if (m_running && it == m_commands.begin()) {
                it->callback = nullptr;
                ++it;
            } else {
                it = m_commands.erase(it);
            }
        } else {
            ++it;
        }
    }
}

void RemoteCommandQueue::clear()
{
    m_commands.clear();
    if (m_operation) {
        m_operation->disconnect(this);
        m_operation->abort();
    }
    m_running = false;
    m_pool->closeAll();
}

void RemoteCommandQueue::pump()
{
    // Commands whose owner went away are not run.
    while (!m_running && !m_commands.empty() && m_commands.front().owned && !m_commands.front().owner)
        m_commands.pop_front();
    if (m_running || m_commands.empty())
        return;
    m_running = true;
    m_pool->acquire([this](FtpClient* client, FtpOperation::Error error, const QString& message) {
        if (!client) {
            Result result;
            result.error = error;
            result.message = message;
            complete(nullptr, result,
                     error != FtpOperation::Error::LoginFailed && error != FtpOperation::Error::Canceled);
            return;
        }
        runOn(client);
    });
}

void RemoteCommandQueue::runOn(FtpClient* client)
{
    Command& command = m_commands.front();
    if (command.kind == Kind::Borrow) {
        if (command.owned && !command.owner) { // its borrower went away while it waited
            complete(client, Result(), false);
            return;
        }
        m_lent = client;
        m_borrower = command.owner;
        if (command.owner) // a borrower that goes away gives the connection back
            connect(command.owner, &QObject::destroyed, this, [this, client] {
                if (m_lent == client)
                    giveBack();
            });
        const Lender use = std::move(command.lender);
        command.lender = nullptr; // called now; `command` may be gone once it returns
        use(client, QString());
        return;
    }
    FtpOperation* operation = nullptr;
    switch (command.kind) {
    case Kind::MakeFolder:
        operation = client->mkdir(command.path);
        break;
    case Kind::DeleteFile:
        operation = client->remove(command.path);
        break;
    case Kind::DeleteFolder:
        operation = client->rmdir(command.path);
        break;
    case Kind::Stat:
        operation = client->list(RemotePath::parent(command.path));
        break;
    case Kind::Borrow:
        break;
    }
    m_operation = operation;
    const Kind kind = command.kind;
    const QString path = command.path;
    connect(operation, &FtpOperation::finished, this, [this, client, operation, kind, path] {
        m_operation = nullptr;
        Result result;
        result.ok = operation->succeeded();
        result.error = operation->error();
        result.message = operation->errorString();
        if (kind == Kind::Stat && result.ok) {
            const QString name = RemotePath::fileName(path);
            for (const RemoteEntry& entry : static_cast<ListOperation*>(operation)->entries()) {
                if (remoteEntryName(entry) == name) {
                    result.entry = syncEntryFromRemote(entry);
                    break;
                }
            }
        }
        if (kind != Kind::Stat && !result.ok && operation->error() == FtpOperation::Error::ServerRefused) {
            // Refused: is it already as asked (the folder there, the file or folder gone)?
            ListOperation* check = client->list(RemotePath::parent(path));
            m_operation = check;
            connect(check, &FtpOperation::finished, this,
                    [this, client, check, kind, path, result]() mutable {
                        m_operation = nullptr;
                        if (check->succeeded()) {
                            const QString name = RemotePath::fileName(path);
                            bool present = false;
                            bool isDir = false;
                            for (const RemoteEntry& entry : check->entries()) {
                                if (remoteEntryName(entry) == name) {
                                    present = true;
                                    isDir = entry.isDir();
                                }
                            }
                            if (kind == Kind::MakeFolder ? (present && isDir) : !present) {
                                result.ok = true;
                                result.error = FtpOperation::Error::NoError;
                                result.message.clear();
                            }
                        }
                        complete(client, result, false);
                    });
            return;
        }
        complete(client, result, !result.ok && isConnectionFault(operation->error()));
    });
}

void RemoteCommandQueue::complete(FtpClient* client, const Result& result, bool retry)
{
    if (client)
        m_pool->release(client);
    m_running = false;
    if (m_commands.empty())
        return; // cleared meanwhile
    Command& command = m_commands.front();
    if (retry && ++command.attempts < MaxAttempts) {
        QTimer::singleShot(500 * command.attempts, this, &RemoteCommandQueue::pump);
        return;
    }
    Command done = std::move(command);
    m_commands.pop_front();
    if (!done.owned || done.owner) {
        if (done.lender) // a borrow that could not log on
            done.lender(nullptr, result.message);
        else if (done.callback)
            done.callback(result);
    }
    QTimer::singleShot(0, this, &RemoteCommandQueue::pump);
}

} // namespace Ferry
