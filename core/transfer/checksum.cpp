#include "transfer/checksum.h"

#include <array>

namespace Ferry {

namespace {

const std::array<quint32, 256>& crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    return table;
}

} // namespace

ChecksumCalculator::ChecksumCalculator(ChecksumAlgorithm algorithm) : m_algorithm(algorithm)
{
    switch (algorithm) {
    case ChecksumAlgorithm::Sha256:
        m_hash.emplace(QCryptographicHash::Sha256);
        break;
    case ChecksumAlgorithm::Sha512:
        m_hash.emplace(QCryptographicHash::Sha512);
        break;
    case ChecksumAlgorithm::Sha1:
        m_hash.emplace(QCryptographicHash::Sha1);
        break;
    case ChecksumAlgorithm::Md5:
        m_hash.emplace(QCryptographicHash::Md5);
        break;
    case ChecksumAlgorithm::Crc32:
        break;
    }
}

void ChecksumCalculator::addData(const char* data, qint64 size)
{
    if (m_hash) {
        m_hash->addData(QByteArrayView(data, size));
        return;
    }
    const std::array<quint32, 256>& table = crcTable();
    quint32 c = m_crc;
    for (qint64 i = 0; i < size; ++i)
        c = table[(c ^ quint8(data[i])) & 0xff] ^ (c >> 8);
    m_crc = c;
}

QByteArray ChecksumCalculator::hexResult() const
{
    if (m_hash)
        return m_hash->result().toHex();
    return QByteArray::number(~m_crc, 16).rightJustified(8, '0');
}

} // namespace Ferry
