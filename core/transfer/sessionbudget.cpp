#include "transfer/sessionbudget.h"

#include <QMutexLocker>

namespace Ferry {

SessionBudget::SessionBudget(QObject* parent) : QObject(parent) {}

SessionBudget::~SessionBudget() = default;

QString SessionBudget::serverKey(const QString& host, quint16 port)
{
    const QString name = host.toLower();
    return name.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(name).arg(port)
                                           : QStringLiteral("%1:%2").arg(name).arg(port);
}

void SessionBudget::setLimit(const QString& server, int limit)
{
    bool rose = false;
    {
        QMutexLocker lock(&m_mutex);
        Server& s = m_servers[server];
        rose = s.limit != 0 && (limit == 0 || limit > s.limit);
        s.limit = qMax(0, limit);
        s.limitSet = true;
    }
    if (rose)
        Q_EMIT released(server);
}

int SessionBudget::limit(const QString& server) const
{
    QMutexLocker lock(&m_mutex);
    return m_servers.value(server).limit;
}

void SessionBudget::noteServerKind(const QString& server, bool minimal)
{
    if (!minimal)
        return;
    QMutexLocker lock(&m_mutex);
    Server& s = m_servers[server];
    if (!s.limitSet)
        s.limit = BoardSessions;
}

bool SessionBudget::tryAcquire(const QString& server, Use use)
{
    QMutexLocker lock(&m_mutex);
    Server& s = m_servers[server];
    const int used = s.browsing + s.transfers;
    if (s.limit > 0) {
        // Room for a transfer only beyond what the waiting browsing connections need.
        const int reserved = use == Use::Transfer ? s.waiting : 0;
        if (used + reserved >= s.limit)
            return false;
    }
    if (use == Use::Browsing)
        ++s.browsing;
    else
        ++s.transfers;
    s.peak = qMax(s.peak, used + 1);
    return true;
}

void SessionBudget::release(const QString& server, Use use)
{
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_servers.find(server);
        if (it == m_servers.end())
            return;
        int& count = use == Use::Browsing ? it->browsing : it->transfers;
        if (count == 0)
            return;
        --count;
    }
    Q_EMIT released(server);
}

void SessionBudget::setBrowsingWaiting(const QString& server, bool waiting)
{
    {
        QMutexLocker lock(&m_mutex);
        Server& s = m_servers[server];
        s.waiting = qMax(0, s.waiting + (waiting ? 1 : -1));
    }
    if (waiting)
        Q_EMIT wanted(server);
}

int SessionBudget::inUse(const QString& server) const
{
    QMutexLocker lock(&m_mutex);
    const Server s = m_servers.value(server);
    return s.browsing + s.transfers;
}

int SessionBudget::inUse(const QString& server, Use use) const
{
    QMutexLocker lock(&m_mutex);
    const Server s = m_servers.value(server);
    return use == Use::Browsing ? s.browsing : s.transfers;
}

int SessionBudget::peak(const QString& server) const
{
    QMutexLocker lock(&m_mutex);
    return m_servers.value(server).peak;
}

} // namespace Ferry
