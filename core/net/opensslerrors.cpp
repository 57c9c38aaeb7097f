#include "net/opensslerrors.h"

#include <QStringList>
#include <openssl/err.h>

namespace Ferry::OpenSsl {

QString takeErrors(const QString& fallback)
{
    QStringList errors;
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        errors.prepend(QString::fromLatin1(text));
    }
    return errors.isEmpty() ? fallback : errors.join(QLatin1String("; "));
}

void clearErrors()
{
    ERR_clear_error();
}

} // namespace Ferry::OpenSsl
