#pragma once

#include "sync/synccomparison.h"

#include <QList>
#include <QMetaType>

namespace Ferry {

enum class SyncDirection
{
    LocalToRemote, // make the server like this computer
    RemoteToLocal, // make this computer like the server
    BothWays,      // newer wins; nothing is deleted
};

struct SyncOptions
{
    SyncDirection direction = SyncDirection::LocalToRemote;
    // Both ways always compares times (the newer side wins).
    SyncCompareOptions compare;
    // One way only: delete what the target has and the source does not (filtered paths are kept).
    bool deleteExtras = false;
};

enum class SyncActionKind
{
    CreateRemoteFolder,
    CreateLocalFolder,
    Upload,
    Download,
    DeleteRemote,
    DeleteLocal,
};

enum class SyncReason
{
    Missing,         // only at the source
    SourceNewer,     // the source is newer
    SizeDiffers,     // the sizes differ
    ChecksumDiffers, // same size, different checksum
    Unknown,         // a time, size or checksum is unknown: transferred rather than left stale
    Extra,           // only at the target, and extras are deleted
};

struct SyncAction
{
    SyncActionKind kind = SyncActionKind::Upload;
    SyncReason reason = SyncReason::Missing;
    SyncComparison comparison; // path, both sides' entries, what differs

    QString path() const { return comparison.path; }
    bool isDir() const { return comparison.isDir(); }
    // Bytes this action moves (0 for folders and deletions, -1 when unknown).
    qint64 bytes() const;
};

struct SyncPlan
{
    // Folders to create (parents first), then transfers (path order), then deletions (deepest first,
    // files before folders).
    QList<SyncAction> actions;
    // Paths that differ but that the direction cannot settle: a file here and a folder there, or (both
    // ways) files that differ in size or checksum with neither side newer.
    QList<SyncComparison> conflicts;
    int equal = 0; // paths that need nothing
};

// The decision layer of the window's Synchronize dialog (its preview) and of `ferry mirror --dry-run /
// --compare`: two listings and the options in, the actions with their reasons out. Pure.
SyncPlan planSync(const SyncTree& local, const SyncTree& remote, const SyncOptions& options);
// The same from comparisons already made (the window's marks, a --compare listing).
SyncPlan planSync(const QList<SyncComparison>& comparisons, const SyncOptions& options);

// "upload", "download", "mkdir-remote", "mkdir-local", "delete-remote", "delete-local"; and back.
QString syncActionKey(SyncActionKind kind);
std::optional<SyncActionKind> syncActionFromKey(const QString& key);
// "Upload", "Delete on the server", ... for a person.
QString syncActionText(SyncActionKind kind);
// Why, for a person: "newer on this computer (here 2026-04-02 08:05, server 07:10)", "only on the server".
QString syncReasonText(const SyncAction& action, const SyncCompareOptions& options);
// Stable names of reasons ("missing", "newer", "size", "checksum", "unknown", "extra").
QString syncReasonKey(SyncReason reason);

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::SyncAction)
