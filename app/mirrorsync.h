#pragma once

#include "mirrorcommand.h"
#include "sync/syncplanner.h"

#include <QCoreApplication>

namespace Ferry {
class SyncScan;
class TransferEngine;
class WatchSession;
struct FtpLogin;
} // namespace Ferry

namespace Ferry::Cli {

// The synchronization faces of `ferry mirror` (core/sync): --compare and --dry-run print what differs and
// what would be done, one line each with the reason, from the same planner as the window's Synchronize
// dialog; --watch keeps uploading changes after the mirror, with the same watcher as the window's "Keep
// remote up to date" panel. MirrorCommand drives both from its one event loop.
class MirrorSync
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::Cli::MirrorSync)

public:
    // The planner's options for a mirror's settings (direction, --newer-only, --checksum, --delete,
    // filters, the server's learned time offset).
    static SyncOptions syncOptions(const MirrorCommand::Settings& settings, bool upload,
                                   const FtpLogin& login);

    // --compare (every path that differs, and with -v the equal ones) or --dry-run (every action with
    // its reason), printed from a finished scan. Returns the exit status: --compare 0 when nothing
    // differs, 1 when something does; --dry-run 0.
    static int printPreview(const SyncScan& scan, const MirrorCommand::Settings& settings,
                            const SyncOptions& options);

    // --watch: after the mirror, uploads what changes in localPath to remotePath through `engine` (site
    // siteId), a line per upload, deletion (--delete) and failure on standard output, counted in
    // *failures. Returns the running session (a child of `parent`), or nullptr with *errorString.
    static WatchSession* startWatch(TransferEngine* engine, const QString& siteId,
                                    const MirrorCommand::Settings& settings, const QString& localPath,
                                    const QString& remotePath, int* failures, QObject* parent,
                                    QString* errorString);
    // Stops the session and prints what it did.
    static void stopWatch(WatchSession* session, int failures);
};

} // namespace Ferry::Cli
