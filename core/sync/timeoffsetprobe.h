#pragma once

#include "transfer/transfertypes.h"

#include <QDateTime>
#include <QString>
#include <functional>
#include <optional>

namespace Ferry {

class RemoteCommandQueue;

// Learns a server's time offset from a file just uploaded: looks the file up in its folder's listing
// (over `remote`), applies learnRemoteTimeOffset() and keeps the result in TimeOffsetStore under the
// site's login. `done` gets the offset, or nothing when the listing did not tell. The window (after any
// upload while the offset is unknown) and WatchSession (after its first upload) both use it.
void probeRemoteTimeOffset(RemoteCommandQueue* remote, const TransferSite& site, const QString& remotePath,
                           const QDateTime& uploadStarted, const QDateTime& uploadFinished, QObject* owner,
                           std::function<void(std::optional<qint64> offset)> done);

} // namespace Ferry
