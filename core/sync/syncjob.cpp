#include "sync/syncjob.h"

namespace Ferry {

TransferJobRequest syncFileJob(const QString& siteId, TransferDirection direction, const QString& localPath,
                               const QString& remotePath)
{
    TransferJobRequest request;
    request.siteId = siteId;
    request.direction = direction;
    request.localPath = localPath;
    request.remotePath = remotePath;
    request.existsAction = FileExistsAction::Overwrite;
    return request;
}

} // namespace Ferry
