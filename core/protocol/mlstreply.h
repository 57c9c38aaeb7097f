#pragma once

#include "protocol/ftpreply.h"
#include "protocol/pathcodec.h"
#include "protocol/remoteentry.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace Ferry {

// MLST (RFC 3659 section 7): pure functions on bytes, no I/O.

// The entry of an MLST reply: "250-Listing /a" / " type=file;size=12;modify=20240102030405; /a" /
// "250 End". The fact line is read as an MLSD line (ListingParser); a "cdir"/"pdir" type counts as a
// folder. nullopt when the reply is not a completion or carries no fact line.
std::optional<RemoteEntry> parseMlstReply(const FtpReply& reply, PathEncoding encoding = PathEncoding::Utf8);

// The argument of "OPTS MLST" that keeps the facts the server sends now and adds `wanted`, from FEAT's
// MLST parameters ("type*;size*;modify*;unique;": the starred ones are sent now). Empty when there is
// nothing to ask: every wanted fact is sent already, or the server does not know it.
QByteArray mlstFactsSelection(const QByteArray& featParameters, const QList<QByteArray>& wanted);

} // namespace Ferry
