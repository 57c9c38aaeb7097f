#include "transfer/transferjob.h"

#include <QDir>
#include <QFileInfo>

namespace Ferry {

bool isOpenState(TransferJobState state)
{
    return state == TransferJobState::Queued || state == TransferJobState::Running;
}

bool isFinishedState(TransferJobState state)
{
    return state == TransferJobState::Done || state == TransferJobState::Failed ||
           state == TransferJobState::Skipped || state == TransferJobState::Canceled;
}

QString sourcePathOf(const TransferJob& job, const TransferFileItem& item)
{
    return job.direction == TransferDirection::Upload ? QDir::toNativeSeparators(item.localPath)
                                                      : item.remotePath;
}

QString sourceKeyOf(const TransferJob& job, const TransferFileItem& item)
{
    return job.direction == TransferDirection::Upload ? item.localPath : item.remotePath;
}

QList<TransferFileError> fileErrorsOf(const TransferJob& job)
{
    QList<TransferFileError> errors = job.entryErrors;
    for (const TransferFileItem& item : job.items) {
        if (item.state == TransferFileItem::State::Failed)
            errors.append(TransferFileError{sourcePathOf(job, item), item.error, item.errorKind});
    }
    return errors;
}

TransferJobSnapshot snapshotOf(const TransferJob& job)
{
    TransferJobSnapshot s;
    s.id = job.id;
    s.siteId = job.siteId;
    s.direction = job.direction;
    s.folder = job.folder;
    s.localPath = job.localPath;
    s.remotePath = job.remotePath;
    s.includeGlobs = job.includeGlobs;
    s.excludeGlobs = job.excludeGlobs;
    s.state = job.state;
    s.errorString = job.error;
    s.error = job.errorKind;
    if (job.filesFailed > 0)
        s.failures = fileErrorsOf(job);
    s.planning = !job.planned;
    qint64 done = job.bytesFinished + job.bytesVerifying;
    for (int index : job.working) {
        const TransferFileItem& item = job.items[size_t(index)];
        if (item.state == TransferFileItem::State::Active) {
            done += item.position;
            ++s.activeTransfers;
            s.activeFiles.append(
                TransferJobSnapshot::ActiveFile{sourceKeyOf(job, item), item.position, item.size});
        }
    }
    // Files waiting with partial data count what they have.
    s.bytesDone = done;
    s.bytesTotal = (!job.planned && job.items.empty()) ? -1 : qMax(job.bytesTotal, done);
    s.filesTotal = int(job.items.size()) + int(job.entryErrors.size());
    s.filesDone = job.filesDone;
    s.filesSkipped = job.filesSkipped;
    s.filesFailed = job.filesFailed;
    s.retries = job.retries;
    if (job.state == TransferJobState::Running) {
        s.bytesPerSecond = job.speed.bytesPerSecond();
        s.etaSeconds =
            s.bytesTotal >= 0 && !s.planning ? job.speed.etaSeconds(s.bytesTotal - s.bytesDone) : -1;
        s.currentFile = job.currentFile;
    }
    return s;
}

void itemFactsOf(const TransferJob& job, const TransferFileItem& item, FileFacts* source, FileFacts* target,
                 bool* targetIsFolder)
{
    *targetIsFolder = false;
    if (job.direction == TransferDirection::Download) {
        *source = FileFacts{true, item.size, item.time, item.timeHasSeconds};
        const QFileInfo local(item.localPath);
        if (local.exists()) {
            *targetIsFolder = local.isDir();
            *target = FileFacts{true, local.size(), local.lastModified(), true};
        } else {
            *target = FileFacts{};
        }
        return;
    }
    const QFileInfo local(item.localPath);
    *source = FileFacts{true, local.exists() ? local.size() : item.size,
                        local.exists() ? local.lastModified() : item.time, true};
    *target = FileFacts{item.targetExists, item.targetSize, item.targetTime, item.targetTimeHasSeconds};
}

} // namespace Ferry
