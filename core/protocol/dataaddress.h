#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <optional>

namespace Ferry {

struct HostPort
{
    QHostAddress address;
    quint16 port = 0;
};

// Pure encoders and decoders of the data-connection addresses of RFC 959 (PORT, PASV) and RFC 2428
// (EPRT, EPSV). Used by the client and, for the arguments a client sends, by the server.
namespace DataAddress {

// The text of a 227 reply: "Entering Passive Mode (h1,h2,h3,h4,p1,p2)." with or without parentheses,
// with leading zeros ("192,168,001,010,195,080" is decimal), with extra text around it.
std::optional<HostPort> parsePasvReply(const QByteArray& replyText);
// The text of a 229 reply: "Entering Extended Passive Mode (|||6446|)" with any delimiter character.
std::optional<quint16> parseEpsvReply(const QByteArray& replyText);

// "h1,h2,h3,h4,p1,p2": the argument of PORT. `address` must be IPv4 (or IPv4-mapped IPv6).
QByteArray formatPortArgument(const QHostAddress& address, quint16 port);
// "|1|132.235.1.2|6275|" or "|2|::1|6275|": the argument of EPRT.
QByteArray formatEprtArgument(const QHostAddress& address, quint16 port);

// Server side: the arguments a client sends. Accept zero-padded fields ("192,168,001,010,195,080").
std::optional<HostPort> parsePortArgument(const QByteArray& argument);
std::optional<HostPort> parseEprtArgument(const QByteArray& argument);
// "Entering Passive Mode (h1,h2,h3,h4,p1,p2)." text for a 227 reply (no trailing dot issues for NetX).
QByteArray formatPasvReplyText(const QHostAddress& address, quint16 port);

} // namespace DataAddress

} // namespace Ferry
