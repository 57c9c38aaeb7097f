#pragma once

#include "client/ftpoperation.h"

namespace Ferry {

// Whether a failure is worth trying again is decided here and nowhere else: the client's operations
// (FtpOperation::isTransientError), the transfer engine's files and folder walks, and the command line
// all ask these functions.
enum class FailureKind
{
    None,            // no failure
    Permanent,       // 5xx, login refused, local I/O, bad input, no such host: trying again will not help
    ServerBusy,      // a 4xx reply: the server may accept the same command later
    ConnectionFault, // timeout, dropped or refused connection, failed data connection, not connected
    Canceled,        // the user stopped it
};

FailureKind failureKind(FtpOperation::Error error);

// ServerBusy or ConnectionFault: another attempt (on a fresh connection if need be) may work.
bool isWorthRetrying(FtpOperation::Error error);

// The connection (control or data) failed, as opposed to a reply that refused the command. After such a
// failure the connection cannot be trusted for the next command either.
bool isConnectionFault(FtpOperation::Error error);

} // namespace Ferry
