#include "transfer/checksum.h"

#include "client/servercapabilities.h"
#include "protocol/ftpreply.h"

#include <QList>
#include <array>

namespace Ferry {

namespace {

struct AlgorithmInfo
{
    ChecksumAlgorithm algorithm;
    const char* name;
    int hexLength;
};

// Strongest first: the order of preference.
constexpr AlgorithmInfo algorithms[] = {
    {ChecksumAlgorithm::Sha256, "SHA-256", 64}, {ChecksumAlgorithm::Sha512, "SHA-512", 128},
    {ChecksumAlgorithm::Sha1, "SHA-1", 40},     {ChecksumAlgorithm::Md5, "MD5", 32},
    {ChecksumAlgorithm::Crc32, "CRC32", 8},
};

const AlgorithmInfo& infoOf(ChecksumAlgorithm algorithm)
{
    for (const AlgorithmInfo& info : algorithms) {
        if (info.algorithm == algorithm)
            return info;
    }
    return algorithms[0];
}

std::optional<ChecksumAlgorithm> algorithmNamed(const QByteArray& name)
{
    const QByteArray upper = name.trimmed().toUpper();
    for (const AlgorithmInfo& info : algorithms) {
        if (upper == info.name)
            return info.algorithm;
    }
    return std::nullopt;
}

bool isHex(const QByteArray& token)
{
    if (token.isEmpty())
        return false;
    for (char c : token) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

QList<QByteArray> replyTokens(const FtpReply& reply)
{
    // The first line without its code ("213 " / "250-"), split on white space.
    if (reply.lines.isEmpty())
        return {};
    QByteArray first = reply.lines.first();
    if (first.size() >= 4)
        first = first.mid(4);
    else
        first.clear();
    return first.simplified().split(' ');
}

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

QByteArray checksumAlgorithmName(ChecksumAlgorithm algorithm)
{
    return infoOf(algorithm).name;
}

std::optional<ChecksumMethod> chooseChecksumMethod(const ServerCapabilities& capabilities)
{
    if (capabilities.has("HASH") && !capabilities.isKnownUnsupported("HASH")) {
        // "SHA-1;SHA-256*;MD5": the starred one is selected now.
        std::optional<ChecksumAlgorithm> selected;
        QList<ChecksumAlgorithm> offered;
        for (QByteArray item : capabilities.parameters("HASH").split(';')) {
            item = item.trimmed();
            const bool star = item.endsWith('*');
            if (star)
                item.chop(1);
            const std::optional<ChecksumAlgorithm> algorithm = algorithmNamed(item);
            if (!algorithm)
                continue;
            offered.append(*algorithm);
            if (star)
                selected = algorithm;
        }
        if (selected)
            return ChecksumMethod{*selected, "HASH", QByteArray()};
        for (const AlgorithmInfo& info : algorithms) {
            if (offered.contains(info.algorithm))
                return ChecksumMethod{info.algorithm, "HASH", QByteArray("OPTS HASH ") + info.name};
        }
        // HASH without a usable list: the draft's default is SHA-1.
        if (offered.isEmpty())
            return ChecksumMethod{ChecksumAlgorithm::Sha1, "HASH", QByteArray()};
    }
    const std::pair<const char*, ChecksumAlgorithm> legacy[] = {
        {"XSHA256", ChecksumAlgorithm::Sha256},
        {"XSHA1", ChecksumAlgorithm::Sha1},
        {"XMD5", ChecksumAlgorithm::Md5},
        {"XCRC", ChecksumAlgorithm::Crc32},
    };
    for (const auto& [verb, algorithm] : legacy) {
        if (capabilities.has(verb) && !capabilities.isKnownUnsupported(verb))
            return ChecksumMethod{algorithm, verb, QByteArray()};
    }
    return std::nullopt;
}

std::optional<QByteArray> parseChecksumReply(const ChecksumMethod& method, const FtpReply& reply)
{
    if (!reply.isCompletion())
        return std::nullopt;
    const QList<QByteArray> tokens = replyTokens(reply);
    const int hexLength = infoOf(method.algorithm).hexLength;
    if (method.verb == "HASH") {
        // "213 SHA-256 0-49 <hex> <name>": algorithm, range, hash, then the file name.
        if (tokens.size() < 3)
            return std::nullopt;
        if (algorithmNamed(tokens.at(0)) != method.algorithm)
            return std::nullopt;
        const QByteArray hash = tokens.at(2).toLower();
        if (hash.size() != hexLength || !isHex(hash))
            return std::nullopt;
        return hash;
    }
    // "250 <hex>" or "250 <hex> <name>" (some servers put the name first, or quote it).
    for (const QByteArray& token : tokens) {
        QByteArray candidate = token.toLower();
        if (method.algorithm == ChecksumAlgorithm::Crc32) {
            if (candidate.startsWith("0x"))
                candidate = candidate.mid(2);
            // Some servers drop leading zeros of a CRC.
            if (!candidate.isEmpty() && candidate.size() <= 8 && isHex(candidate))
                return candidate.rightJustified(8, '0');
            continue;
        }
        if (candidate.size() == hexLength && isHex(candidate))
            return candidate;
    }
    return std::nullopt;
}

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
