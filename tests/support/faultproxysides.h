#pragma once

// FaultProxy's internal vocabulary, shared by the proxy, its links and their control dialogues (not for
// tests): the two directions of a link (index into per-direction state) and its two sides (index into
// its two sockets).

namespace Ferry::Test::FaultProxySides {

constexpr int ToServer = 0;
constexpr int ToClient = 1;
constexpr int ClientSide = 0;
constexpr int ServerSide = 1;

} // namespace Ferry::Test::FaultProxySides
