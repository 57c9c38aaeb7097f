#pragma once

#include "sync/synctree.h"

#include <QCoreApplication>
#include <QFlags>
#include <QList>
#include <QStringList>
#include <optional>

namespace Ferry {

// What decides that two files differ.
enum class SyncCriterion
{
    Size = 0x1,
    Time = 0x2,
    // The server's checksum (HASH, XSHA256, XSHA1, XMD5, XCRC) against the local file's, for files of the
    // same size; both sides' SyncEntry::checksum must have been filled in (SyncChecksums).
    Checksum = 0x4,
};
Q_DECLARE_FLAGS(SyncCriteria, SyncCriterion)
Q_DECLARE_OPERATORS_FOR_FLAGS(SyncCriteria)

struct SyncCompareOptions
{
    SyncCriteria criteria = SyncCriterion::Size | SyncCriterion::Time;
    // Times closer than this are equal on top of their precision (2 s with seconds, a minute when either
    // side lists minutes only).
    int extraToleranceSecs = 0;
    // How far the server's listed times are ahead of the true time (a server in another time zone, or a
    // board whose clock is off); learned from an upload (timeoffset.h). Subtracted from remote times.
    qint64 remoteTimeOffsetSecs = 0;
    // Only paths transferFilterAccepts() takes part (folders: only the exclude patterns apply, so that
    // an include such as "*.c" still reaches files in sub-folders). A trailing '/' ("build/") names a
    // folder and is matched like a name.
    QStringList include;
    QStringList exclude;
};

// How a path compares, in the order the marks give precedence.
enum class SyncState
{
    Equal,
    OnlyLocal,
    OnlyRemote,
    LocalNewer,
    RemoteNewer,
    SizeDiffers,     // the times say nothing (equal, or not compared) but the sizes differ
    ChecksumDiffers, // same size (and time, when compared), different content
    TypeDiffers,     // a file on one side, a folder on the other (or a remote link)
};

struct SyncComparison
{
    QString path; // relative
    SyncState state = SyncState::Equal;
    std::optional<SyncEntry> local;
    std::optional<SyncEntry> remote;
    // Each criterion on its own (for reasons): the sizes differ, which side is newer.
    bool sizeDiffers = false;
    bool localNewer = false;
    bool remoteNewer = false;
    bool checksumDiffers = false;
    bool timeUnknown = false;     // both are files but a time is missing (the time criterion cannot say)
    bool checksumUnknown = false; // the checksum criterion is on but a checksum is missing

    bool isDir() const { return (local && local->isDir()) || (remote && remote->isDir()); }
};

// Compares one path. Either entry may be missing (not both). Unknown sizes or times count as different,
// so doubt leads to a transfer rather than to a stale file (as the transfer queue's exists policy).
SyncComparison compareSyncEntries(const QString& path, const SyncEntry* local, const SyncEntry* remote,
                                  const SyncCompareOptions& options);

// Every path of either tree that the filters accept, in path order.
QList<SyncComparison> compareSyncTrees(const SyncTree& local, const SyncTree& remote,
                                       const SyncCompareOptions& options);

// transferFilterAccepts() for sync: folders are checked against the excludes only; patterns that end
// in '/' are taken without it.
bool syncFilterAccepts(const QString& path, bool dir, const SyncCompareOptions& options);

// The remote time as the local clock sees it (the learned offset taken away).
QDateTime adjustedRemoteTime(const SyncEntry& remote, const SyncCompareOptions& options);

// Stable names for output and tests ("only-local", "local-newer", ...), and what a state means for a
// person (legends, tooltips).
QString syncStateKey(SyncState state);
std::optional<SyncState> syncStateFromKey(const QString& key);
QString syncStateText(SyncState state);
// Why a comparison came out as it did, for a person: "newer here (2026-04-02 08:05 vs 07:10)".
QString syncComparisonDetail(const SyncComparison& comparison, const SyncCompareOptions& options);

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::SyncComparison)
