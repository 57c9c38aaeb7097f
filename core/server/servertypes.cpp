#include "server/servertypes.h"

namespace Ferry {

QString ServerSessionInfo::who() const
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    const QString endpoint = host + QLatin1Char(':') + QString::number(port);
    return user.isEmpty() ? endpoint : user + QLatin1Char('@') + endpoint;
}

} // namespace Ferry
