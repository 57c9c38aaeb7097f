#include "net/connectionsecurity.h"

#include <QCoreApplication>

namespace Ferry {

QString ConnectionSecurity::summary() const
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("Ferry::ConnectionSecurity", text);
    };
    if (!controlEncrypted)
        return tr("not encrypted");
    QString text = protocol;
    if (!cipher.isEmpty())
        text += QLatin1String(", ") + cipher;
    text += QLatin1String(", ") + (dataEncrypted ? tr("data encrypted") : tr("data not encrypted"));
    return text;
}

} // namespace Ferry
