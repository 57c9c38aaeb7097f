#pragma once

#include <QHostAddress>

namespace Ferry {

// An IPv4-mapped IPv6 address (::ffff:1.2.3.4, as a dual-stack socket reports IPv4 peers) as plain IPv4;
// any other address unchanged.
QHostAddress plainAddress(const QHostAddress& address);
// The same host, whatever the notation (IPv4 and its IPv4-mapped IPv6 form are the same host).
bool sameHost(const QHostAddress& a, const QHostAddress& b);

} // namespace Ferry
