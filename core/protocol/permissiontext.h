#pragma once

#include "remoteentry.h"

#include <QString>

namespace Ferry {

// Reading the permissions of a listing entry, for the remote pane and `ferry ls -l` alike.
namespace PermissionText {

// The nine "rwxr-xr-x" characters when the entry's listing gave UNIX permissions (a 10-character
// "drwxr-xr-x" loses its type character); empty otherwise.
QString unixPermissions(const RemoteEntry& entry);

// The UNIX mode bits (07777 at most) from what the server gave: EPLF's octal "up755" or MLSD's
// "UNIX.mode" fact; -1 when it gave none.
int unixMode(const RemoteEntry& entry);

// "rwxr-xr-x" for a mode, with s/S and t/T for the set-id and sticky bits.
QString fromMode(int mode);

// The nine characters to show: the listing's own UNIX permissions, or those of the mode bits; empty
// when the server gave neither (MLSD's "perm" fact alone says what this login may do, not the mode).
QString modeCharacters(const RemoteEntry& entry);

} // namespace PermissionText

} // namespace Ferry
