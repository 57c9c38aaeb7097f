#pragma once

#include <QString>

namespace Ferry::OpenSsl {

// Empties this thread's OpenSSL error queue and returns what it held, for a person ("error:0A000086:SSL
// routines::certificate verify failed"), the last error first; `fallback` when the queue was empty.
QString takeErrors(const QString& fallback = QString());
// Empties this thread's OpenSSL error queue (before a call whose errors are examined).
void clearErrors();

} // namespace Ferry::OpenSsl
