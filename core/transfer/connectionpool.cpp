#include "transfer/connectionpool.h"

#include "client/servercapabilities.h"
#include "transfer/sessionbudget.h"

#include <QPointer>

namespace Ferry {

ConnectionPool::ConnectionPool(const TransferSite& site, QObject* parent) : QObject(parent), m_site(site)
{
    m_clock.start();
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &ConnectionPool::checkIdle);
}

ConnectionPool::~ConnectionPool()
{
    // Pending callbacks are dropped; the clients are children and close with us.
    m_waiting.clear();
    for (Connection& connection : m_connections) {
        connection.client->disconnect(this);
        if (m_budget && !connection.budgetServer.isEmpty())
            m_budget->release(connection.budgetServer, SessionBudget::Use::Transfer);
    }
}

void ConnectionPool::setSite(const TransferSite& site)
{
    const bool loginChanged = site.login.host != m_site.login.host || site.login.port != m_site.login.port ||
                              site.login.user != m_site.login.user ||
                              site.login.password != m_site.login.password;
    m_site = site;
    if (loginChanged) {
        ++m_loginGeneration;
        m_serverKnown = false;
        m_serverMinimal = false;
        m_avoidEpsvUploads = false;
        for (Connection& connection : m_connections) {
            if (!connection.busy && connection.loggedOn && !connection.closing)
                closeConnection(connection);
        }
    }
    closeExcessIdle();
    schedulePump();
    Q_EMIT capacityChanged();
}

void ConnectionPool::avoidEpsvUploads()
{
    m_avoidEpsvUploads = true;
    for (const Connection& connection : std::as_const(m_connections))
        connection.client->setAvoidEpsvUploads(true);
}

void ConnectionPool::closeExcessIdle()
{
    // A lower limit: idle connections beyond it close now, busy ones when they come back.
    QList<FtpClient*> excess;
    int active = activeCount();
    for (const Connection& connection : std::as_const(m_connections)) {
        if (active <= limit())
            break;
        if (!connection.busy && !connection.closing && connection.loggedOn) {
            excess.append(connection.client);
            --active;
        }
    }
    for (FtpClient* client : std::as_const(excess)) {
        if (Connection* connection = find(client))
            closeConnection(*connection);
    }
}

void ConnectionPool::setDefaultMaxConnections(int count)
{
    m_defaultMax = qMax(1, count);
    closeExcessIdle();
    schedulePump();
    Q_EMIT capacityChanged();
}

void ConnectionPool::setSessionBudget(std::shared_ptr<SessionBudget> budget)
{
    if (budget == m_budget)
        return;
    if (m_budget)
        m_budget->disconnect(this);
    m_budget = std::move(budget);
    if (!m_budget)
        return;
    connect(m_budget.get(), &SessionBudget::released, this, [this](const QString& server) {
        if (server == budgetServer() && !m_waiting.isEmpty())
            schedulePump();
    });
    connect(m_budget.get(), &SessionBudget::wanted, this, [this](const QString& server) {
        if (server == budgetServer())
            closeIdle(); // a tab waits for a session of this server
    });
}

QString ConnectionPool::budgetServer() const
{
    return SessionBudget::serverKey(m_site.login.host, m_site.login.port);
}

void ConnectionPool::setIdleTimeout(int milliseconds)
{
    m_idleTimeoutMs = qMax(0, milliseconds);
    checkIdle();
}

int ConnectionPool::limit() const
{
    if (m_site.maxConnections > 0)
        return m_site.maxConnections;
    if (!m_serverKnown || m_serverMinimal)
        return 1;
    return m_defaultMax;
}

int ConnectionPool::busyCount() const
{
    int busy = 0;
    for (const Connection& connection : m_connections) {
        if (connection.busy)
            ++busy;
    }
    return busy;
}

int ConnectionPool::activeCount() const
{
    int active = 0;
    for (const Connection& connection : m_connections) {
        if (!connection.closing)
            ++active;
    }
    return active;
}

bool ConnectionPool::hasCapacity() const
{
    return busyCount() + waitingCount() < limit();
}

quint64 ConnectionPool::acquire(Callback callback)
{
    const quint64 id = m_nextRequest++;
    m_waiting.append(Request{id, std::move(callback)});
    schedulePump();
    return id;
}

void ConnectionPool::cancel(quint64 requestId)
{
    for (qsizetype i = 0; i < m_waiting.size(); ++i) {
        if (m_waiting.at(i).id == requestId) {
            m_waiting.removeAt(i);
            Q_EMIT capacityChanged();
            return;
        }
    }
}

ConnectionPool::Connection* ConnectionPool::find(FtpClient* client)
{
    for (Connection& connection : m_connections) {
        if (connection.client == client)
            return &connection;
    }
    return nullptr;
}

void ConnectionPool::release(FtpClient* client)
{
    Connection* connection = find(client);
    if (!connection)
        return;
    connection->busy = false;
    if (connection->closing) {
        // closeAll() or a login change asked for it while it was busy.
    } else if (client->state() != FtpClient::State::Connected) {
        forget(client);
    } else if (connection->loginGeneration != m_loginGeneration || activeCount() > limit()) {
        closeConnection(*connection);
    } else {
        connection->idleSinceMs = m_clock.elapsed();
        if (!m_idleTimer.isActive())
            m_idleTimer.start(qMax(10, m_idleTimeoutMs));
    }
    schedulePump();
    Q_EMIT capacityChanged();
}

void ConnectionPool::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QTimer::singleShot(0, this, &ConnectionPool::pump);
}

void ConnectionPool::pump()
{
    m_pumpScheduled = false;
    while (!m_waiting.isEmpty()) {
        Connection* idle = nullptr;
        for (Connection& connection : m_connections) {
            if (connection.loggedOn && !connection.busy && !connection.closing &&
                connection.loginGeneration == m_loginGeneration &&
                connection.client->state() == FtpClient::State::Connected) {
                idle = &connection;
                break;
            }
        }
        if (idle) {
            idle->busy = true;
            FtpClient* client = idle->client;
            const Request request = m_waiting.takeFirst();
            request.callback(client, FtpOperation::Error::NoError, QString());
            continue;
        }
        int connecting = 0;
        for (const Connection& connection : m_connections) {
            if (!connection.loggedOn && !connection.closing)
                ++connecting;
        }
        if (connecting >= m_waiting.size())
            break; // those logging on now will serve the waiting requests
        if (int(m_connections.size()) >= limit())
            break; // the next release() or a closed connection makes room
        const QString server = m_budget ? budgetServer() : QString();
        if (m_budget && !m_budget->tryAcquire(server, SessionBudget::Use::Transfer))
            break; // the server's sessions are all in use (a board's four): wait for released()
        openConnection(server);
    }
}

void ConnectionPool::openConnection(const QString& budgetServer)
{
    auto* client = new FtpClient(this);
    client->setOptions(m_site.options);
    client->setAvoidEpsvUploads(m_avoidEpsvUploads);
    Connection connection;
    connection.client = client;
    connection.budgetServer = budgetServer;
    connection.number = m_nextNumber++;
    connection.loginGeneration = m_loginGeneration;
    m_connections.append(connection);
    ++m_opened;
    countChanged();
    const int number = connection.number;
    connect(client, &FtpClient::logMessage, this,
            [this, number](FtpClient::LogKind kind, const QString& text) {
                Q_EMIT logMessage(number, kind, text);
            });
    connect(client, &FtpClient::disconnected, this, [this, client]() { onDisconnected(client); });
    FtpOperation* logon = client->connectToHost(m_site.login);
    connect(logon, &FtpOperation::finished, this,
            [this, client, logon]() { onLogonFinished(client, logon); });
}

void ConnectionPool::onLogonFinished(FtpClient* client, FtpOperation* operation)
{
    Connection* connection = find(client);
    if (!connection)
        return;
    if (!operation->succeeded()) {
        const FtpOperation::Error error = operation->error();
        const QString message = operation->errorString();
        forget(client);
        if (!m_waiting.isEmpty()) {
            const Request request = m_waiting.takeFirst();
            request.callback(nullptr, error, message);
        }
        schedulePump();
        Q_EMIT capacityChanged();
        return;
    }
    connection->loggedOn = true;
    connection->idleSinceMs = m_clock.elapsed();
    if (!m_serverKnown && connection->loginGeneration == m_loginGeneration) {
        m_serverKnown = true;
        m_serverMinimal = client->capabilities().isMinimal();
    }
    if (m_budget && !connection->budgetServer.isEmpty())
        m_budget->noteServerKind(connection->budgetServer, client->capabilities().isMinimal());
    if (!m_idleTimer.isActive())
        m_idleTimer.start(qMax(10, m_idleTimeoutMs));
    schedulePump();
    Q_EMIT capacityChanged();
}

void ConnectionPool::onDisconnected(FtpClient* client)
{
    Connection* connection = find(client);
    if (!connection || connection->busy)
        return; // a busy one is forgotten when its user releases it
    forget(client);
    schedulePump();
    Q_EMIT capacityChanged();
}

void ConnectionPool::closeConnection(Connection& connection)
{
    if (connection.closing)
        return;
    connection.closing = true;
    FtpClient* client = connection.client;
    if (client->state() != FtpClient::State::Connected) {
        forget(client);
        return;
    }
    FtpOperation* quit = client->disconnectFromHost();
    connect(quit, &FtpOperation::finished, this, [this, client]() {
        if (find(client)) {
            client->abortConnection();
            forget(client);
            schedulePump();
            Q_EMIT capacityChanged();
        }
    });
}

void ConnectionPool::forget(FtpClient* client)
{
    for (qsizetype i = 0; i < m_connections.size(); ++i) {
        if (m_connections.at(i).client == client) {
            const QString budgeted = m_connections.at(i).budgetServer;
            m_connections.removeAt(i);
            if (m_budget && !budgeted.isEmpty())
                m_budget->release(budgeted, SessionBudget::Use::Transfer);
            client->disconnect(this);
            client->deleteLater();
            countChanged();
            return;
        }
    }
}

void ConnectionPool::countChanged()
{
    m_peak = qMax(m_peak, int(m_connections.size()));
    Q_EMIT connectionCountChanged(int(m_connections.size()));
}

void ConnectionPool::checkIdle()
{
    const qint64 now = m_clock.elapsed();
    qint64 nextDue = -1;
    QList<FtpClient*> expired;
    for (const Connection& connection : std::as_const(m_connections)) {
        if (connection.busy || connection.closing || !connection.loggedOn)
            continue;
        const qint64 due = connection.idleSinceMs + m_idleTimeoutMs;
        if (due <= now)
            expired.append(connection.client);
        else if (nextDue < 0 || due < nextDue)
            nextDue = due;
    }
    for (FtpClient* client : std::as_const(expired)) {
        if (Connection* connection = find(client))
            closeConnection(*connection);
    }
    if (nextDue >= 0)
        m_idleTimer.start(int(qMax<qint64>(10, nextDue - now)));
}

void ConnectionPool::closeIdle()
{
    QList<FtpClient*> idle;
    for (const Connection& connection : std::as_const(m_connections)) {
        if (!connection.busy && !connection.closing && connection.loggedOn)
            idle.append(connection.client);
    }
    for (FtpClient* client : std::as_const(idle)) {
        if (Connection* connection = find(client))
            closeConnection(*connection);
    }
}

void ConnectionPool::closeAll()
{
    const QList<Request> waiting = m_waiting;
    m_waiting.clear();
    const QList<Connection> connections = m_connections;
    m_connections.clear();
    for (const Connection& connection : connections) {
        connection.client->disconnect(this);
        connection.client->abortConnection();
        connection.client->deleteLater();
        if (m_budget && !connection.budgetServer.isEmpty())
            m_budget->release(connection.budgetServer, SessionBudget::Use::Transfer);
    }
    if (!connections.isEmpty())
        countChanged();
    for (const Request& request : waiting)
        request.callback(nullptr, FtpOperation::Error::Canceled, tr("Canceled"));
}

} // namespace Ferry
