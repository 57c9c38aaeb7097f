#pragma once

#include "mirrorcommand.h"
#include "sync/syncplanner.h"

#include <QCoreApplication>

namespace Ferry {
class FtpClient;
class TransferQueue;
struct FtpLogin;
} // namespace Ferry

namespace Ferry::Cli {

// The synchronization faces of `ferry mirror` (core/sync): --compare and --dry-run print what differs and
// what would be done, one line each with the reason, from the same planner as the window's Synchronize
// dialog; --watch keeps uploading changes after the mirror, with the same watcher as the window's "Keep
// remote up to date" panel.
class MirrorSync
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::Cli::MirrorSync)

public:
    // The planner's options for a mirror's settings (direction, --newer-only, --checksum, --delete,
    // filters, the server's learned time offset).
    static SyncOptions syncOptions(const MirrorCommand::Settings& settings, bool upload,
                                   const FtpLogin& login);

    // --compare (every path that differs, and with -v the equal ones) or --dry-run (every action with
    // its reason) on `control`, a logged-on connection. Returns the exit status: --compare 0 when nothing
    // differs, 1 when something does; --dry-run 0.
    static int preview(FtpClient* control, const MirrorCommand::Settings& settings, bool upload,
                       const QString& localPath, const QString& remotePath, const FtpLogin& login);

    // --watch: after the mirror, uploads what changes in localPath to remotePath through `queue` (site
    // siteId), a line per upload, deletion (--delete) and failure on standard output, until Ctrl-C.
    static int watch(TransferQueue* queue, const QString& siteId, const MirrorCommand::Settings& settings,
                     const QString& localPath, const QString& remotePath);
};

} // namespace Ferry::Cli
