#pragma once

#include "protocol/remoteentry.h"

#include <QString>

namespace Ferry {

// What the remote pane says about an entry in words: its type ("Folder", "PNG image") and its permissions.
// The texts are translated in RemoteFileModel's context (they were its own).
class RemoteEntryText final
{
public:
    RemoteEntryText() = delete;

    // "Folder", "Link", "Other", or the MIME type's comment for a file ("File" when unknown).
    static QString typeName(const RemoteEntry& entry);
    // What the Permissions column shows: "rwxr-xr-x" where the server gave UNIX permissions (LIST, the
    // MLSD UNIX.mode fact, EPLF), else the MLSD "perm" fact in words ("read, write, delete"); and the
    // tooltip with what the server sent.
    static QString permissionsText(const RemoteEntry& entry);
    static QString permissionsToolTip(const RemoteEntry& entry);
};

} // namespace Ferry
