#include "sync/synccomparison.h"

#include "transfer/existspolicy.h"
#include "transfer/transfertypes.h"

#include <QLocale>

namespace Ferry {

namespace {

const std::pair<SyncState, const char*> stateKeys[] = {
    {SyncState::Equal, "equal"},
    {SyncState::OnlyLocal, "only-local"},
    {SyncState::OnlyRemote, "only-remote"},
    {SyncState::LocalNewer, "local-newer"},
    {SyncState::RemoteNewer, "remote-newer"},
    {SyncState::SizeDiffers, "size-differs"},
    {SyncState::ChecksumDiffers, "checksum-differs"},
    {SyncState::TypeDiffers, "type-differs"},
};

QStringList withoutTrailingSlash(const QStringList& patterns)
{
    QStringList result;
    result.reserve(patterns.size());
    for (QString pattern : patterns) {
        while (pattern.size() > 1 && pattern.endsWith(QLatin1Char('/')))
            pattern.chop(1);
        result << pattern;
    }
    return result;
}

FileFacts factsOf(const SyncEntry& entry, const QDateTime& time)
{
    return FileFacts{true, entry.size, time, entry.timeHasSeconds};
}

QString formatTime(const QDateTime& time, bool seconds)
{
    if (!time.isValid())
        return QCoreApplication::translate("Ferry::SyncComparison", "unknown");
    return time.toLocalTime().toString(seconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                               : QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

bool syncFilterAccepts(const QString& path, bool dir, const SyncCompareOptions& options)
{
    if (options.include.isEmpty() && options.exclude.isEmpty())
        return true;
    return transferFilterAccepts(path, dir ? QStringList() : withoutTrailingSlash(options.include),
                                 withoutTrailingSlash(options.exclude));
}

QDateTime adjustedRemoteTime(const SyncEntry& remote, const SyncCompareOptions& options)
{
    if (!remote.time.isValid() || options.remoteTimeOffsetSecs == 0)
        return remote.time;
    return remote.time.addSecs(-options.remoteTimeOffsetSecs);
}

SyncComparison compareSyncEntries(const QString& path, const SyncEntry* local, const SyncEntry* remote,
                                  const SyncCompareOptions& options)
{
    Q_ASSERT(local || remote);
    SyncComparison result;
    result.path = path;
    if (local)
        result.local = *local;
    if (remote)
        result.remote = *remote;
    if (!remote) {
        result.state = SyncState::OnlyLocal;
        return result;
    }
    if (!local) {
        result.state = SyncState::OnlyRemote;
        return result;
    }
    if (local->type != remote->type || remote->type == SyncEntry::Type::Link) {
        result.state = SyncState::TypeDiffers;
        return result;
    }
    if (local->isDir()) {
        result.state = SyncState::Equal;
        return result;
    }

    result.sizeDiffers = local->size < 0 || remote->size < 0 || local->size != remote->size;
    const QDateTime remoteTime = adjustedRemoteTime(*remote, options);
    result.timeUnknown = !local->time.isValid() || !remoteTime.isValid();
    if (!result.timeUnknown) {
        // The transfer queue's rule (2 s, or a minute when a side lists minutes only), plus the extra.
        const qint64 extra = options.extraToleranceSecs;
        result.localNewer =
            isSourceNewer(factsOf(*local, local->time), factsOf(*remote, remoteTime.addSecs(extra)));
        result.remoteNewer =
            isSourceNewer(factsOf(*remote, remoteTime), factsOf(*local, local->time.addSecs(extra)));
    }
    if (options.criteria.testFlag(SyncCriterion::Checksum) && !result.sizeDiffers) {
        result.checksumUnknown = local->checksum.isEmpty() || remote->checksum.isEmpty();
        result.checksumDiffers = result.checksumUnknown || local->checksum != remote->checksum;
    }

    if (options.criteria.testFlag(SyncCriterion::Time) && result.localNewer)
        result.state = SyncState::LocalNewer;
    else if (options.criteria.testFlag(SyncCriterion::Time) && result.remoteNewer)
        result.state = SyncState::RemoteNewer;
    else if (result.sizeDiffers && (options.criteria.testFlag(SyncCriterion::Size) ||
                                    options.criteria.testFlag(SyncCriterion::Checksum)))
        result.state = SyncState::SizeDiffers;
    else if (result.checksumDiffers)
        result.state = SyncState::ChecksumDiffers;
    else
        result.state = SyncState::Equal;
    return result;
}

QList<SyncComparison> compareSyncTrees(const SyncTree& local, const SyncTree& remote,
                                       const SyncCompareOptions& options)
{
    QList<SyncComparison> result;
    auto l = local.cbegin();
    auto r = remote.cbegin();
    const auto add = [&](const QString& path, const SyncEntry* a, const SyncEntry* b) {
        const bool dir = (a && a->isDir()) || (b && b->isDir());
        if (syncFilterAccepts(path, dir, options))
            result << compareSyncEntries(path, a, b, options);
    };
    while (l != local.cend() || r != remote.cend()) {
        if (r == remote.cend() || (l != local.cend() && l.key() < r.key())) {
            add(l.key(), &l.value(), nullptr);
            ++l;
        } else if (l == local.cend() || r.key() < l.key()) {
            add(r.key(), nullptr, &r.value());
            ++r;
        } else {
            add(l.key(), &l.value(), &r.value());
            ++l;
            ++r;
        }
    }
    return result;
}

QString syncStateKey(SyncState state)
{
    for (const auto& entry : stateKeys) {
        if (entry.first == state)
            return QString::fromLatin1(entry.second);
    }
    return QString();
}

std::optional<SyncState> syncStateFromKey(const QString& key)
{
    for (const auto& entry : stateKeys) {
        if (key == QLatin1String(entry.second))
            return entry.first;
    }
    return std::nullopt;
}

QString syncStateText(SyncState state)
{
    switch (state) {
    case SyncState::Equal:
        return QCoreApplication::translate("Ferry::SyncComparison", "The same on both sides");
    case SyncState::OnlyLocal:
        return QCoreApplication::translate("Ferry::SyncComparison", "Only on this computer");
    case SyncState::OnlyRemote:
        return QCoreApplication::translate("Ferry::SyncComparison", "Only on the server");
    case SyncState::LocalNewer:
        return QCoreApplication::translate("Ferry::SyncComparison", "Newer on this computer");
    case SyncState::RemoteNewer:
        return QCoreApplication::translate("Ferry::SyncComparison", "Newer on the server");
    case SyncState::SizeDiffers:
        return QCoreApplication::translate("Ferry::SyncComparison", "Different size");
    case SyncState::ChecksumDiffers:
        return QCoreApplication::translate("Ferry::SyncComparison",
                                           "Same size, different content (checksum)");
    case SyncState::TypeDiffers:
        return QCoreApplication::translate("Ferry::SyncComparison",
                                           "A file on one side, a folder or link on the other");
    }
    return QString();
}

QString syncComparisonDetail(const SyncComparison& c, const SyncCompareOptions& options)
{
    const QLocale locale;
    const auto times = [&] {
        const QDateTime remote = adjustedRemoteTime(*c.remote, options);
        const bool seconds = c.local->timeHasSeconds && c.remote->timeHasSeconds;
        return QCoreApplication::translate("Ferry::SyncComparison", "here %1, server %2")
            .arg(formatTime(c.local->time, seconds), formatTime(remote, seconds));
    };
    const auto sizes = [&] {
        return QCoreApplication::translate("Ferry::SyncComparison", "here %1 bytes, server %2 bytes")
            .arg(c.local->size < 0 ? QStringLiteral("?") : locale.toString(c.local->size),
                 c.remote->size < 0 ? QStringLiteral("?") : locale.toString(c.remote->size));
    };
    switch (c.state) {
    case SyncState::Equal:
    case SyncState::OnlyLocal:
    case SyncState::OnlyRemote:
    case SyncState::TypeDiffers:
        return syncStateText(c.state);
    case SyncState::LocalNewer:
    case SyncState::RemoteNewer:
        if (c.sizeDiffers)
            return QStringLiteral("%1 (%2; %3)").arg(syncStateText(c.state), times(), sizes());
        return QStringLiteral("%1 (%2)").arg(syncStateText(c.state), times());
    case SyncState::SizeDiffers:
        return QStringLiteral("%1 (%2)").arg(syncStateText(c.state), sizes());
    case SyncState::ChecksumDiffers:
        if (c.checksumUnknown)
            return QCoreApplication::translate("Ferry::SyncComparison", "Same size, checksum unknown");
        return syncStateText(c.state);
    }
    return QString();
}

} // namespace Ferry
