#include "sync/syncplanner.h"

#include <QLocale>
#include <algorithm>

namespace Ferry {

namespace {

const std::pair<SyncActionKind, const char*> actionKeys[] = {
    {SyncActionKind::CreateRemoteFolder, "mkdir-remote"},
    {SyncActionKind::CreateLocalFolder, "mkdir-local"},
    {SyncActionKind::Upload, "upload"},
    {SyncActionKind::Download, "download"},
    {SyncActionKind::DeleteRemote, "delete-remote"},
    {SyncActionKind::DeleteLocal, "delete-local"},
};

const std::pair<SyncReason, const char*> reasonKeys[] = {
    {SyncReason::Missing, "missing"},  {SyncReason::SourceNewer, "newer"},
    {SyncReason::SizeDiffers, "size"}, {SyncReason::ChecksumDiffers, "checksum"},
    {SyncReason::Unknown, "unknown"},  {SyncReason::Extra, "extra"},
};

SyncAction action(SyncActionKind kind, SyncReason reason, const SyncComparison& comparison)
{
    SyncAction result;
    result.kind = kind;
    result.reason = reason;
    result.comparison = comparison;
    return result;
}

bool isCreate(SyncActionKind kind)
{
    return kind == SyncActionKind::CreateRemoteFolder || kind == SyncActionKind::CreateLocalFolder;
}

bool isDelete(SyncActionKind kind)
{
    return kind == SyncActionKind::DeleteRemote || kind == SyncActionKind::DeleteLocal;
}

// Why a one-way transfer of a file present on both sides is needed, or nothing.
std::optional<SyncReason> oneWayReason(const SyncComparison& c, bool upload, const SyncCriteria& criteria)
{
    const bool sourceNewer = upload ? c.localNewer : c.remoteNewer;
    if (criteria.testFlag(SyncCriterion::Time) && sourceNewer)
        return SyncReason::SourceNewer;
    if ((criteria.testFlag(SyncCriterion::Size) || criteria.testFlag(SyncCriterion::Checksum)) &&
        c.sizeDiffers)
        return (c.local->size < 0 || c.remote->size < 0) ? SyncReason::Unknown : SyncReason::SizeDiffers;
    if (c.checksumDiffers)
        return c.checksumUnknown ? SyncReason::Unknown : SyncReason::ChecksumDiffers;
    if (criteria.testFlag(SyncCriterion::Time) && c.timeUnknown)
        return SyncReason::Unknown;
    return std::nullopt;
}

} // namespace

qint64 SyncAction::bytes() const
{
    if (kind == SyncActionKind::Upload)
        return comparison.local ? comparison.local->size : -1;
    if (kind == SyncActionKind::Download)
        return comparison.remote ? comparison.remote->size : -1;
    return 0;
}

SyncPlan planSync(const SyncTree& local, const SyncTree& remote, const SyncOptions& options)
{
    SyncOptions effective = options;
    if (effective.direction == SyncDirection::BothWays)
        effective.compare.criteria |= SyncCriterion::Time;
    return planSync(compareSyncTrees(local, remote, effective.compare), effective);
}

SyncPlan planSync(const QList<SyncComparison>& comparisons, const SyncOptions& options)
{
    SyncPlan plan;
    const bool bothWays = options.direction == SyncDirection::BothWays;
    const bool upload = options.direction == SyncDirection::LocalToRemote;
    const bool deleteExtras = options.deleteExtras && !bothWays;
    for (const SyncComparison& c : comparisons) {
        switch (c.state) {
        case SyncState::Equal:
            ++plan.equal;
            break;
        case SyncState::TypeDiffers:
            plan.conflicts << c;
            break;
        case SyncState::OnlyLocal:
            if (bothWays || upload) {
                plan.actions << action(c.isDir() ? SyncActionKind::CreateRemoteFolder
                                                 : SyncActionKind::Upload,
                                       SyncReason::Missing, c);
            } else if (deleteExtras) {
                plan.actions << action(SyncActionKind::DeleteLocal, SyncReason::Extra, c);
            }
            break;
        case SyncState::OnlyRemote:
            if (bothWays || !upload) {
                plan.actions << action(c.isDir() ? SyncActionKind::CreateLocalFolder
                                                 : SyncActionKind::Download,
                                       SyncReason::Missing, c);
            } else if (deleteExtras) {
                plan.actions << action(SyncActionKind::DeleteRemote, SyncReason::Extra, c);
            }
            break;
        case SyncState::LocalNewer:
        case SyncState::RemoteNewer:
        case SyncState::SizeDiffers:
        case SyncState::ChecksumDiffers:
            if (bothWays) {
                if (c.localNewer)
                    plan.actions << action(SyncActionKind::Upload, SyncReason::SourceNewer, c);
                else if (c.remoteNewer)
                    plan.actions << action(SyncActionKind::Download, SyncReason::SourceNewer, c);
                else
                    plan.conflicts << c; // they differ, and neither is newer
            } else if (const auto reason = oneWayReason(c, upload, options.compare.criteria)) {
                plan.actions << action(upload ? SyncActionKind::Upload : SyncActionKind::Download, *reason,
                                       c);
            } else {
                ++plan.equal; // e.g. the target is newer: a one-way sync leaves it
            }
            break;
        }
    }
    // Creations parents first (path order already), then transfers, then deletions deepest first.
    const auto rank = [](const SyncAction& a) {
        return isCreate(a.kind) ? 0 : isDelete(a.kind) ? 2 : 1;
    };
    std::stable_sort(plan.actions.begin(), plan.actions.end(), [&](const SyncAction& a, const SyncAction& b) {
        const int ra = rank(a);
        const int rb = rank(b);
        if (ra != rb)
            return ra < rb;
        if (ra != 2)
            return false;
        if (a.isDir() != b.isDir())
            return !a.isDir();
        return a.path().count(QLatin1Char('/')) > b.path().count(QLatin1Char('/'));
    });
    return plan;
}

QString syncActionKey(SyncActionKind kind)
{
    for (const auto& entry : actionKeys) {
        if (entry.first == kind)
            return QString::fromLatin1(entry.second);
    }
    return QString();
}

std::optional<SyncActionKind> syncActionFromKey(const QString& key)
{
    for (const auto& entry : actionKeys) {
        if (key == QLatin1String(entry.second))
            return entry.first;
    }
    return std::nullopt;
}

QString syncReasonKey(SyncReason reason)
{
    for (const auto& entry : reasonKeys) {
        if (entry.first == reason)
            return QString::fromLatin1(entry.second);
    }
    return QString();
}

QString syncActionText(SyncActionKind kind)
{
    switch (kind) {
    case SyncActionKind::CreateRemoteFolder:
        return QCoreApplication::translate("Ferry::SyncPlanner", "Create folder on the server");
    case SyncActionKind::CreateLocalFolder:
        return QCoreApplication::translate("Ferry::SyncPlanner", "Create folder here");
    case SyncActionKind::Upload:
        return QCoreApplication::translate("Ferry::SyncPlanner", "Upload");
    case SyncActionKind::Download:
        return QCoreApplication::translate("Ferry::SyncPlanner", "Download");
    case SyncActionKind::DeleteRemote:
        return QCoreApplication::translate("Ferry::SyncPlanner", "Delete on the server");
    case SyncActionKind::DeleteLocal:
        return QCoreApplication::translate("Ferry::SyncPlanner", "Delete here");
    }
    return QString();
}

QString syncReasonText(const SyncAction& action, const SyncCompareOptions& options)
{
    const SyncComparison& c = action.comparison;
    switch (action.reason) {
    case SyncReason::Missing:
        return c.state == SyncState::OnlyLocal
                   ? QCoreApplication::translate("Ferry::SyncPlanner", "only on this computer")
                   : QCoreApplication::translate("Ferry::SyncPlanner", "only on the server");
    case SyncReason::Extra:
        return c.state == SyncState::OnlyLocal
                   ? QCoreApplication::translate("Ferry::SyncPlanner",
                                                 "only on this computer (extras are deleted)")
                   : QCoreApplication::translate("Ferry::SyncPlanner",
                                                 "only on the server (extras are deleted)");
    case SyncReason::SourceNewer: {
        SyncComparison shown = c;
        shown.state =
            (action.kind == SyncActionKind::Upload) ? SyncState::LocalNewer : SyncState::RemoteNewer;
        return syncComparisonDetail(shown, options);
    }
    case SyncReason::SizeDiffers: {
        SyncComparison shown = c;
        shown.state = SyncState::SizeDiffers;
        return syncComparisonDetail(shown, options);
    }
    case SyncReason::ChecksumDiffers:
        return syncStateText(SyncState::ChecksumDiffers);
    case SyncReason::Unknown:
        if (c.sizeDiffers)
            return QCoreApplication::translate("Ferry::SyncPlanner", "size unknown");
        if (c.checksumDiffers)
            return QCoreApplication::translate("Ferry::SyncPlanner", "checksum unknown");
        return QCoreApplication::translate("Ferry::SyncPlanner", "modification time unknown");
    }
    return QString();
}

} // namespace Ferry
