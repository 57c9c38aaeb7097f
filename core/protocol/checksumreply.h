#pragma once

#include "protocol/ftpreply.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace Ferry {

// Checksums a server can compute over a stored file, for verifying uploads: HASH (draft-bryan-ftpext-
// hash), or the older XSHA256 / XSHA1 / XMD5 / XCRC commands. Pure functions on bytes, no I/O.
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

// FEAT's HASH line ("HASH SHA-1;SHA-256*;MD5"): the algorithms Ferry can compute, in the server's order,
// and the one selected now (starred).
struct HashFeature
{
    QList<ChecksumAlgorithm> offered;
    std::optional<ChecksumAlgorithm> selected;
};
HashFeature parseHashFeature(const QByteArray& parameters);

// The lower-case hex digest in the server's reply to the method's command ("213 SHA-256 0-49 <hex>
// name", "250 <hex>", "250 <hex> name"), or nullopt when the reply is an error or carries none.
std::optional<QByteArray> parseChecksumReply(const ChecksumMethod& method, const FtpReply& reply);

// "SHA-256", "MD5", "CRC32", ...: the algorithm's name in HASH replies and error messages.
QByteArray checksumAlgorithmName(ChecksumAlgorithm algorithm);
// The algorithm of a name as HASH lists it ("sha-256" too), or nullopt.
std::optional<ChecksumAlgorithm> checksumAlgorithmNamed(const QByteArray& name);
// Every algorithm, strongest first: the order of preference.
QList<ChecksumAlgorithm> checksumAlgorithmsByStrength();

} // namespace Ferry
