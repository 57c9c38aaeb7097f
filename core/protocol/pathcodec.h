#pragma once

#include <QByteArray>
#include <QString>

namespace Ferry {

// How path names are turned into bytes on the control connection (RFC 2640). UTF-8 by default;
// Latin-1 for old servers whose listings are not valid UTF-8.
enum class PathEncoding { Utf8, Latin1 };

bool isValidUtf8(const QByteArray& bytes);
// UTF-8 when the bytes are valid UTF-8 and the encoding is Utf8, Latin-1 otherwise.
QString decodePath(const QByteArray& bytes, PathEncoding encoding);
QByteArray encodePath(const QString& path, PathEncoding encoding);

} // namespace Ferry
