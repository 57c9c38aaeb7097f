#pragma once

#include <QByteArray>
#include <QString>

namespace Ferry::Test {

// Deterministic pseudo-random test content: the same (size, seed) gives the same bytes on every machine
// (an xorshift64 stream written little-endian), and a shorter file is a prefix of a longer one with the
// same seed. Written in 1 MiB chunks, never held whole in memory.
bool writePatternFile(const QString& path, qint64 size, quint32 seed);
// The same bytes in memory, for small sizes.
QByteArray patternData(qint64 size, quint32 seed);

// SHA-256 of a file, read in 1 MiB chunks; empty if it cannot be read.
QByteArray sha256OfFile(const QString& path);
// Lower-case hex SHA-256 of a file; empty if it cannot be read.
QString sha256HexOfFile(const QString& path);
// Lower-case hex SHA-256 of data.
QString sha256Hex(const QByteArray& data);

} // namespace Ferry::Test
