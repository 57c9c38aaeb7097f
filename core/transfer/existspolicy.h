#pragma once

#include "transfer/transfertypes.h"

#include <QDateTime>

namespace Ferry {

// What is known about a source or a target file when the file-exists policy is applied.
struct FileFacts
{
    bool exists = false;
    qint64 size = -1;           // -1 when unknown
    QDateTime time;             // invalid when unknown
    bool timeHasSeconds = true; // false for listings that show only minutes (LIST, board servers)
};

enum class ExistsDecision
{
    Transfer, // replace the target (or create it)
    Resume,   // continue the smaller target
    Rename,   // transfer under a free name
    Skip,
    Ask,
};

// Applies a policy. A target that does not exist is always transferred; unknown sizes or times count as
// "different"/"newer", so doubt leads to a transfer rather than to a silently stale file.
ExistsDecision decideExists(FileExistsAction action, const FileFacts& source, const FileFacts& target);

// True when source is newer than target by more than the precision of the two times (2 s, or a minute
// when either time comes without seconds). True as well when either time is unknown.
bool isSourceNewer(const FileFacts& source, const FileFacts& target);

} // namespace Ferry
