#pragma once

#include "client/ftpclient.h"
#include "transfer/transfertypes.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <memory>
#include <optional>

namespace Ferry {

class ConnectionPool;
class RateLimiter;
class SessionBudget;

// The servers the transfer queue works with: for each site its login, its pool of connections and its
// speed limit; plus the limit all transfers share. Internal to the transfer engine.
class SiteRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteRegistry)

public:
    struct Site
    {
        TransferSite site;
        ConnectionPool* pool = nullptr;
        std::shared_ptr<RateLimiter> limiter;
    };

    explicit SiteRegistry(QObject* parent = nullptr);
    ~SiteRegistry() override;

    // Connections per site when a site does not say, and how long an idle one stays open.
    void setConnectionDefaults(int maxConnections, int idleTimeoutMs);
    void setGlobalSpeedLimit(qint64 bytesPerSecond);
    // Sessions per server shared with connections outside the queue (TransferSettings::sessionBudget).
    void setSessionBudget(std::shared_ptr<SessionBudget> budget);
    std::shared_ptr<RateLimiter> globalLimiter() const { return m_globalLimiter; }

    // Adds a site or updates the one with the same id (connections opened from now on use its login).
    void set(const TransferSite& site);
    // Closes the site's connections and forgets it (the caller checks that no job needs it).
    bool remove(const QString& siteId);
    bool contains(const QString& siteId) const { return m_sites.contains(siteId); }
    Site* find(const QString& siteId) const { return m_sites.value(siteId); }
    QStringList ids() const; // sorted
    // Hands a connection back to its site's pool (a site removed meanwhile: nothing to do).
    void release(const QString& siteId, FtpClient* client);
    // Open control connections of every site.
    int connectionCount() const;

Q_SIGNALS:
    // Some pool has room again, or its limit changed: waiting work may start.
    void capacityChanged();
    void connectionCountChanged(const QString& siteId, int count);
    void connectionLog(const QString& siteId, int connection, Ferry::FtpClient::LogKind kind,
                       const QString& text);

private:
    QHash<QString, Site*> m_sites;
    std::shared_ptr<RateLimiter> m_globalLimiter;
    int m_defaultMaxConnections = 3;
    int m_idleTimeoutMs = 30000;
    std::shared_ptr<SessionBudget> m_sessionBudget;
};

} // namespace Ferry
