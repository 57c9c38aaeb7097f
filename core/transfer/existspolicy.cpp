#include "transfer/existspolicy.h"

namespace Ferry {

bool isSourceNewer(const FileFacts& source, const FileFacts& target)
{
    if (!source.time.isValid() || !target.time.isValid())
        return true;
    const qint64 toleranceSecs = (source.timeHasSeconds && target.timeHasSeconds) ? 2 : 60;
    return source.time.toUTC().toSecsSinceEpoch() > target.time.toUTC().toSecsSinceEpoch() + toleranceSecs;
}

ExistsDecision decideExists(FileExistsAction action, const FileFacts& source, const FileFacts& target)
{
    if (!target.exists)
        return ExistsDecision::Transfer;
    const bool sizeDiffers = source.size < 0 || target.size < 0 || source.size != target.size;
    switch (action) {
    case FileExistsAction::Ask:
        return ExistsDecision::Ask;
    case FileExistsAction::Overwrite:
        return ExistsDecision::Transfer;
    case FileExistsAction::OverwriteIfNewer:
        return isSourceNewer(source, target) ? ExistsDecision::Transfer : ExistsDecision::Skip;
    case FileExistsAction::OverwriteIfSizeDiffers:
        return sizeDiffers ? ExistsDecision::Transfer : ExistsDecision::Skip;
    case FileExistsAction::OverwriteIfNewerOrSizeDiffers:
        return (sizeDiffers || isSourceNewer(source, target)) ? ExistsDecision::Transfer
                                                              : ExistsDecision::Skip;
    case FileExistsAction::Resume:
        if (source.size < 0 || target.size < 0)
            return ExistsDecision::Transfer;
        if (target.size < source.size)
            return ExistsDecision::Resume;
        if (target.size == source.size)
            return ExistsDecision::Skip;
        return ExistsDecision::Transfer;
    case FileExistsAction::Rename:
        return ExistsDecision::Rename;
    case FileExistsAction::Skip:
        return ExistsDecision::Skip;
    }
    return ExistsDecision::Ask;
}

} // namespace Ferry
