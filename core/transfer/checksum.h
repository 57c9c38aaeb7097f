#pragma once

#include "protocol/checksumreply.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <optional>

namespace Ferry {

// An incremental checksum of any algorithm a server may offer (protocol/checksumreply.h), computed over
// the local file to compare with the server's. CRC-32 is IEEE 802.3's, as in zip and XCRC.
class ChecksumCalculator
{
public:
    explicit ChecksumCalculator(ChecksumAlgorithm algorithm);
    void addData(const char* data, qint64 size);
    // Lower-case hex digest.
    QByteArray hexResult() const;

private:
    ChecksumAlgorithm m_algorithm;
    std::optional<QCryptographicHash> m_hash;
    quint32 m_crc = 0xffffffffu;
};

} // namespace Ferry
