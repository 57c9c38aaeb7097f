#include "sync/timeoffsetprobe.h"

#include "sync/remotecommandqueue.h"
#include "sync/timeoffset.h"

namespace Ferry {

void probeRemoteTimeOffset(RemoteCommandQueue* remote, const TransferSite& site, const QString& remotePath,
                           const QDateTime& uploadStarted, const QDateTime& uploadFinished, QObject* owner,
                           std::function<void(std::optional<qint64> offset)> done)
{
    const QString key = TimeOffsetStore::serverKey(site.login);
    remote->add(
        RemoteCommandQueue::Kind::Stat, remotePath,
        [key, uploadStarted, uploadFinished, done = std::move(done)](const RemoteCommandQueue::Result& r) {
            std::optional<qint64> offset;
            if (r.entry && r.entry->isFile())
                offset = learnRemoteTimeOffset(r.entry->time, r.entry->timeHasSeconds, uploadStarted,
                                               uploadFinished);
            if (offset)
                TimeOffsetStore::setOffset(key, *offset);
            if (done)
                done(offset);
        },
        owner);
}

} // namespace Ferry
