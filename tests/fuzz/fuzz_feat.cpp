// FEAT reply parsing (core/client/servercapabilities) and what the client decides from it (the checksum
// method, the HASH and MLST parameters: core/protocol/checksumreply, mlstreply): any reply to FEAT.
#include "client/checksumoperation.h"
#include "client/servercapabilities.h"
#include "fuzzcheck.h"
#include "protocol/checksumreply.h"
#include "protocol/ftpreply.h"
#include "protocol/mlstreply.h"

using Ferry::FtpReply;
using Ferry::ServerCapabilities;

namespace {

void check(const FtpReply& reply)
{
    ServerCapabilities capabilities;
    capabilities.setFeatReply(reply);
    FUZZ_CHECK(capabilities.featProbed() && capabilities.featSupported() && !capabilities.isMinimal());
    for (const QByteArray& feature : capabilities.features()) {
        FUZZ_CHECK(!feature.isEmpty());
        FUZZ_CHECK(feature == feature.toUpper());
        FUZZ_CHECK(!feature.contains(' '));
        FUZZ_CHECK(capabilities.has(feature));
        (void)capabilities.parameters(feature);
    }
    (void)capabilities.supportsMlsd();
    (void)capabilities.supportsRestStream();
    (void)capabilities.supportsUtf8();

    if (const std::optional<Ferry::ChecksumMethod> method = Ferry::chooseChecksumMethod(capabilities)) {
        FUZZ_CHECK(!method->verb.isEmpty());
        FUZZ_CHECK(capabilities.has(method->verb));
        FUZZ_CHECK(method->selectCommand.isEmpty() || method->selectCommand.startsWith("OPTS HASH "));
        // A verb the server turned down is not chosen again.
        capabilities.markUnsupported(method->verb);
        if (const std::optional<Ferry::ChecksumMethod> next = Ferry::chooseChecksumMethod(capabilities))
            FUZZ_CHECK(next->verb != method->verb);
    }

    // The parameters of HASH and MLST, as the client reads them.
    const Ferry::HashFeature hash = Ferry::parseHashFeature(capabilities.parameters("HASH"));
    FUZZ_CHECK(!hash.selected || hash.offered.contains(*hash.selected));
    const QByteArray selection =
        Ferry::mlstFactsSelection(capabilities.parameters("MLST"), {"type", "size", "modify", "perm"});
    FUZZ_CHECK(!selection.contains(' ') && !selection.contains('\r') && !selection.contains('\n'));

    capabilities.setFeatUnsupported();
    FUZZ_CHECK(capabilities.isMinimal() && capabilities.features().isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = FerryFuzz::rawBytes(data, size);
    // As the client gets it: through the reply reader.
    Ferry::ReplyReader reader;
    for (const FtpReply& reply : reader.feed(input))
        check(reply);
    // And as raw lines, which reach the parser with anything in them.
    FtpReply raw;
    raw.code = 211;
    raw.lines = input.split('\n');
    check(raw);
    return 0;
}
