#pragma once

// Shared by Ferry's libFuzzer targets: the input as Qt bytes, and a check that turns a broken invariant
// into a crash libFuzzer records (with the input that caused it).

#include <QByteArray>
#include <QList>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #condition);           \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

namespace FerryFuzz {

// The fuzzer's buffer without a copy, so that a read past its end is caught by AddressSanitizer (a copy
// would have spare capacity after the last byte).
inline QByteArray rawBytes(const uint8_t* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// The input cut in pieces whose sizes come from `seed`: the same bytes, split differently for each seed,
// to check that stream readers give the same result however the network splits the stream.
inline QList<QByteArray> chunks(const QByteArray& data, unsigned seed)
{
    QList<QByteArray> out;
    qsizetype from = 0;
    unsigned state = seed * 2654435761u + 1;
    while (from < data.size()) {
        state = state * 1103515245u + 12345u;
        const qsizetype length = 1 + qsizetype((state >> 16) % 17);
        out.append(data.mid(from, length));
        from += length;
    }
    return out;
}

// Splits at the first `separator`: what comes before it and what comes after (all of it and nothing when
// there is none).
inline std::pair<QByteArray, QByteArray> splitOnce(const QByteArray& data, char separator)
{
    const qsizetype at = data.indexOf(separator);
    if (at < 0)
        return {data, QByteArray()};
    return {data.left(at), data.mid(at + 1)};
}

} // namespace FerryFuzz
