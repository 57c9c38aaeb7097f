#include "protocol/checksumreply.h"

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

} // namespace

QByteArray checksumAlgorithmName(ChecksumAlgorithm algorithm)
{
    return infoOf(algorithm).name;
}

std::optional<ChecksumAlgorithm> checksumAlgorithmNamed(const QByteArray& name)
{
    const QByteArray upper = name.trimmed().toUpper();
    for (const AlgorithmInfo& info : algorithms) {
        if (upper == info.name)
            return info.algorithm;
    }
    return std::nullopt;
}

QList<ChecksumAlgorithm> checksumAlgorithmsByStrength()
{
    QList<ChecksumAlgorithm> list;
    for (const AlgorithmInfo& info : algorithms)
        list.append(info.algorithm);
    return list;
}

HashFeature parseHashFeature(const QByteArray& parameters)
{
    HashFeature feature;
    for (QByteArray item : parameters.split(';')) {
        item = item.trimmed();
        const bool star = item.endsWith('*');
        if (star)
            item.chop(1);
        const std::optional<ChecksumAlgorithm> algorithm = checksumAlgorithmNamed(item);
        if (!algorithm)
            continue;
        feature.offered.append(*algorithm);
        if (star)
            feature.selected = algorithm;
    }
    return feature;
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
        if (checksumAlgorithmNamed(tokens.at(0)) != method.algorithm)
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

} // namespace Ferry
