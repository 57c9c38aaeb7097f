#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <optional>

namespace Ferry {

class ServerCapabilities;
struct FtpReply;

// Checksums a server can compute over a stored file, for verifying uploads: HASH (draft-bryan-ftpext-
// hash), or the older XSHA256 / XSHA1 / XMD5 / XCRC commands.
enum class ChecksumAlgorithm
{
    Sha256,
    Sha512,
    Sha1,
    Md5,
    Crc32
};

struct ChecksumMethod
{
    ChecksumAlgorithm algorithm = ChecksumAlgorithm::Sha256;
    QByteArray verb; // "HASH", "XSHA256", "XSHA1", "XMD5", "XCRC"
    // Sent before the first HASH when the server's selected algorithm is not the one wanted, e.g.
    // "OPTS HASH SHA-256"; empty otherwise.
    QByteArray selectCommand;
};

// The best method the server offers (per FEAT), or nullopt. HASH is preferred; its currently selected
// algorithm is kept when Ferry can compute it, else the strongest listed one is selected.
std::optional<ChecksumMethod> chooseChecksumMethod(const ServerCapabilities& capabilities);

// The lower-case hex digest in the server's reply to the method's command ("213 SHA-256 0-49 <hex>
// name", "250 <hex>", "250 <hex> name"), or nullopt when the reply is an error or carries none.
std::optional<QByteArray> parseChecksumReply(const ChecksumMethod& method, const FtpReply& reply);

// "SHA-256", "MD5", "CRC32", ...: the algorithm's name in HASH replies and error messages.
QByteArray checksumAlgorithmName(ChecksumAlgorithm algorithm);

// An incremental checksum of any supported algorithm (CRC-32 is IEEE 802.3's, as in zip and XCRC).
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
