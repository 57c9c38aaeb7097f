#include "testfiles.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtEndian>
#include <algorithm>
#include <cstring>

namespace Ferry::Test {

namespace {

constexpr qint64 chunkSize = 1024 * 1024; // a multiple of 8: only the last chunk ends mid-word

// Marsaglia's xorshift64 (13, 7, 17), seeded through splitmix64 so that nearby seeds differ.
class PatternGenerator final
{
public:
    explicit PatternGenerator(quint32 seed)
    {
        quint64 z = quint64(seed) + 0x9e3779b97f4a7c15ULL;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        m_state = z ^ (z >> 31);
        if (m_state == 0) {
            m_state = 0x2545f4914f6cdd1dULL;
        }
    }

    // Fills size bytes; a size that is not a multiple of 8 must come last.
    void fill(char* out, qint64 size)
    {
        qint64 offset = 0;
        for (; offset + 8 <= size; offset += 8) {
            const quint64 word = qToLittleEndian(next());
            std::memcpy(out + offset, &word, 8);
        }
        if (offset < size) {
            const quint64 word = qToLittleEndian(next());
            std::memcpy(out + offset, &word, static_cast<size_t>(size - offset));
        }
    }

private:
    quint64 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 7;
        m_state ^= m_state << 17;
        return m_state;
    }

    quint64 m_state = 0;
};

} // namespace

bool writePatternFile(const QString& path, qint64 size, quint32 seed)
{
    if (size < 0) {
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        return false;
    }
    PatternGenerator generator(seed);
    QByteArray chunk(static_cast<qsizetype>(std::min(size, chunkSize)), Qt::Uninitialized);
    for (qint64 remaining = size; remaining > 0;) {
        const qint64 length = std::min(remaining, chunkSize);
        generator.fill(chunk.data(), length);
        if (file.write(chunk.constData(), length) != length) {
            return false;
        }
        remaining -= length;
    }
    return true;
}

QByteArray patternData(qint64 size, quint32 seed)
{
    QByteArray data(static_cast<qsizetype>(std::max<qint64>(size, 0)), Qt::Uninitialized);
    PatternGenerator(seed).fill(data.data(), data.size());
    return data;
}

QByteArray sha256OfFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return QByteArray();
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk(static_cast<qsizetype>(chunkSize), Qt::Uninitialized);
    for (;;) {
        const qint64 length = file.read(chunk.data(), chunk.size());
        if (length < 0) {
            return QByteArray();
        }
        if (length == 0) {
            break;
        }
        hash.addData(QByteArrayView(chunk.constData(), static_cast<qsizetype>(length)));
    }
    return hash.result();
}

QString sha256HexOfFile(const QString& path)
{
    const QByteArray digest = sha256OfFile(path);
    return digest.isEmpty() ? QString() : QString::fromLatin1(digest.toHex());
}

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace Ferry::Test
