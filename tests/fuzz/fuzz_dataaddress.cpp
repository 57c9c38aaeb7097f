// The data-address parsers (core/protocol/dataaddress): 227 and 229 reply texts from servers, PORT and
// EPRT arguments from clients. Whatever they accept must format back to something they accept again.
#include "fuzzcheck.h"
#include "protocol/dataaddress.h"

namespace DataAddress = Ferry::DataAddress;
using Ferry::HostPort;

namespace {

bool sameHostPort(const HostPort& a, const HostPort& b)
{
    return a.port == b.port && a.address.isEqual(b.address, QHostAddress::StrictConversion);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = FerryFuzz::rawBytes(data, size);

    if (const std::optional<HostPort> pasv = DataAddress::parsePasvReply(input)) {
        FUZZ_CHECK(pasv->port != 0);
        FUZZ_CHECK(pasv->address.protocol() == QAbstractSocket::IPv4Protocol);
        const QByteArray text = DataAddress::formatPasvReplyText(pasv->address, pasv->port);
        const std::optional<HostPort> again = DataAddress::parsePasvReply(text);
        FUZZ_CHECK(again && sameHostPort(*again, *pasv));
    }

    if (const std::optional<quint16> epsv = DataAddress::parseEpsvReply(input))
        FUZZ_CHECK(*epsv != 0);

    if (const std::optional<HostPort> port = DataAddress::parsePortArgument(input)) {
        FUZZ_CHECK(port->port != 0);
        const QByteArray argument = DataAddress::formatPortArgument(port->address, port->port);
        FUZZ_CHECK(!argument.isEmpty());
        const std::optional<HostPort> again = DataAddress::parsePortArgument(argument);
        FUZZ_CHECK(again && sameHostPort(*again, *port));
    }

    if (const std::optional<HostPort> eprt = DataAddress::parseEprtArgument(input)) {
        FUZZ_CHECK(eprt->port != 0);
        FUZZ_CHECK(!eprt->address.isNull());
        FUZZ_CHECK(eprt->address.scopeId().isEmpty());
        const QByteArray argument = DataAddress::formatEprtArgument(eprt->address, eprt->port);
        FUZZ_CHECK(!argument.isEmpty());
        const std::optional<HostPort> again = DataAddress::parseEprtArgument(argument);
        FUZZ_CHECK(again && again->port == eprt->port);
        // An IPv4-mapped IPv6 address comes back as |1|: the same host either way.
        FUZZ_CHECK(again->address.isEqual(eprt->address, QHostAddress::TolerantConversion));
    }
    return 0;
}
