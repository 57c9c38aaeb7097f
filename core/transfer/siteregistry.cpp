#include "transfer/siteregistry.h"

#include "transfer/connectionpool.h"
#include "transfer/ratelimiter.h"

namespace Ferry {

SiteRegistry::SiteRegistry(QObject* parent)
    : QObject(parent), m_globalLimiter(std::make_shared<RateLimiter>())
{}

SiteRegistry::~SiteRegistry()
{
    for (Site* site : std::as_const(m_sites)) {
        site->pool->disconnect(this);
        delete site->pool;
        delete site;
    }
}

void SiteRegistry::setConnectionDefaults(int maxConnections, int idleTimeoutMs)
{
    m_defaultMaxConnections = maxConnections;
    m_idleTimeoutMs = idleTimeoutMs;
    for (Site* site : std::as_const(m_sites)) {
        site->pool->setDefaultMaxConnections(maxConnections);
        site->pool->setIdleTimeout(idleTimeoutMs);
    }
}

void SiteRegistry::setSessionBudget(std::shared_ptr<SessionBudget> budget)
{
    m_sessionBudget = std::move(budget);
    for (Site* site : std::as_const(m_sites))
        site->pool->setSessionBudget(m_sessionBudget);
}

void SiteRegistry::setGlobalSpeedLimit(qint64 bytesPerSecond)
{
    m_globalLimiter->setRate(bytesPerSecond);
}

void SiteRegistry::set(const TransferSite& site)
{
    if (Site* existing = m_sites.value(site.id)) {
        existing->site = site;
        existing->pool->setSite(site);
        existing->limiter->setRate(site.speedLimit);
        return;
    }
    auto* state = new Site;
    state->site = site;
    state->limiter = std::make_shared<RateLimiter>(site.speedLimit);
    state->pool = new ConnectionPool(site, this);
    state->pool->setDefaultMaxConnections(m_defaultMaxConnections);
    state->pool->setIdleTimeout(m_idleTimeoutMs);
    state->pool->setSessionBudget(m_sessionBudget);
    connect(state->pool, &ConnectionPool::capacityChanged, this, &SiteRegistry::capacityChanged);
    const QString id = site.id;
    connect(state->pool, &ConnectionPool::logMessage, this,
            [this, id](int connection, FtpClient::LogKind kind, const QString& text) {
                Q_EMIT connectionLog(id, connection, kind, text);
            });
    connect(state->pool, &ConnectionPool::connectionCountChanged, this,
            [this, id](int count) { Q_EMIT connectionCountChanged(id, count); });
    m_sites.insert(site.id, state);
}

bool SiteRegistry::remove(const QString& siteId)
{
    Site* site = m_sites.take(siteId);
    if (!site)
        return false;
    site->pool->disconnect(this);
    site->pool->closeAll();
    site->pool->deleteLater();
    delete site;
    return true;
}

QStringList SiteRegistry::ids() const
{
    QStringList ids = m_sites.keys();
    ids.sort();
    return ids;
}

void SiteRegistry::release(const QString& siteId, FtpClient* client)
{
    if (Site* site = m_sites.value(siteId))
        site->pool->release(client);
}

int SiteRegistry::connectionCount() const
{
    int count = 0;
    for (const Site* site : std::as_const(m_sites))
        count += site->pool->connectionCount();
    return count;
}

} // namespace Ferry
