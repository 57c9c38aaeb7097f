// Checksum replies (core/protocol/checksumreply): any reply to HASH, XSHA256, XSHA1, XMD5 or XCRC, for every
// algorithm; and the CRC-32 calculator over any bytes.
#include "fuzzcheck.h"
#include "protocol/checksumreply.h"
#include "protocol/ftpreply.h"
#include "transfer/checksum.h"

using Ferry::ChecksumAlgorithm;
using Ferry::ChecksumMethod;
using Ferry::FtpReply;

namespace {

constexpr ChecksumAlgorithm allAlgorithms[] = {ChecksumAlgorithm::Sha256, ChecksumAlgorithm::Sha512,
                                               ChecksumAlgorithm::Sha1, ChecksumAlgorithm::Md5,
                                               ChecksumAlgorithm::Crc32};

int hexLength(ChecksumAlgorithm algorithm)
{
    switch (algorithm) {
    case ChecksumAlgorithm::Sha256:
        return 64;
    case ChecksumAlgorithm::Sha512:
        return 128;
    case ChecksumAlgorithm::Sha1:
        return 40;
    case ChecksumAlgorithm::Md5:
        return 32;
    case ChecksumAlgorithm::Crc32:
        return 8;
    }
    return 0;
}

void check(const FtpReply& reply)
{
    for (ChecksumAlgorithm algorithm : allAlgorithms) {
        // HASH replies are parsed one way, the X* commands' another: one verb of each is enough.
        for (const char* verb : {"HASH", "XSHA256"}) {
            const ChecksumMethod method{algorithm, verb, QByteArray()};
            const std::optional<QByteArray> digest = Ferry::parseChecksumReply(method, reply);
            if (!digest)
                continue;
            FUZZ_CHECK(reply.isCompletion());
            FUZZ_CHECK(digest->size() == hexLength(algorithm));
            for (char c : *digest)
                FUZZ_CHECK((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = FerryFuzz::rawBytes(data, size);
    Ferry::ReplyReader reader;
    for (const FtpReply& reply : reader.feed(input))
        check(reply);
    // The first line as it is, with the codes a checksum reply comes with.
    for (int code : {213, 250}) {
        FtpReply raw;
        raw.code = code;
        raw.lines = input.split('\n');
        check(raw);
    }

    // An algorithm's name, as HASH lists it, names it back.
    if (const std::optional<ChecksumAlgorithm> named = Ferry::checksumAlgorithmNamed(input))
        FUZZ_CHECK(Ferry::checksumAlgorithmNamed(Ferry::checksumAlgorithmName(*named)) == named);

    // The calculator Ferry implements itself (the others are QCryptographicHash).
    Ferry::ChecksumCalculator crc(ChecksumAlgorithm::Crc32);
    crc.addData(input.constData(), input.size());
    FUZZ_CHECK(crc.hexResult().size() == 8);
    return 0;
}
