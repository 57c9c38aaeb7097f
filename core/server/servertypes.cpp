#include "server/servertypes.h"

namespace Ferry {

QString ServerSessionInfo::who() const
{
    const QString endpoint = describeEndpoint(address, port);
    return user.isEmpty() ? endpoint : user + QLatin1Char('@') + endpoint;
}

QString describeEndpoint(const QHostAddress& address, quint16 port)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QLatin1Char('[') + address.toString() + QLatin1String("]:") + QString::number(port);
    return address.toString() + QLatin1Char(':') + QString::number(port);
}

} // namespace Ferry
