#pragma once

#include "protocol/remoteentry.h"

#include <QList>
#include <QString>

namespace Ferry::Cli {

// How `ferry ls` prints a listing. Pure functions, so the format is unit-testable.
//
// Short (default): one name a line, sorted, directories with a trailing '/'.
// Long (-l), one entry a line:
//   drwxr-xr-x        4096 2024-04-02 08:05 logs
//   -rw-r--r--          28 2024-04-02 08:05 test.txt
//   lrwxrwxrwx          11 2024-04-02 08:05 latest -> logs/today
// type and permissions, size in bytes ('-' when unknown, right-aligned to the widest), modification time in
// local time
// ('-' when unknown), name. Permissions come from a Unix-style LIST, MLSD's unix.mode or EPLF; MLSD's
// "perm" fact only tells what this login may do: that becomes the first triad, and the others are '?'
// ("-rw-??????"). Wholly unknown permissions are "?????????".
// "." and ".." are left out in both.

QString formatListing(QList<RemoteEntry> entries, bool longFormat);

// "drwxr-xr-x": the type character and nine permission characters.
QString modeString(const RemoteEntry& entry);

} // namespace Ferry::Cli
