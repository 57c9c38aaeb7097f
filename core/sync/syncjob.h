#pragma once

#include "transfer/transfertypes.h"

namespace Ferry {

// The transfer-queue job that moves one file whose fate is decided already (a sync action, a watched
// file, an edited copy): it replaces the target without asking.
TransferJobRequest syncFileJob(const QString& siteId, TransferDirection direction, const QString& localPath,
                               const QString& remotePath);

} // namespace Ferry
