#include "mirrorsync.h"

#include "commandline.h"
#include "console.h"
#include "sync/syncscan.h"
#include "sync/timeoffset.h"
#include "sync/watchsession.h"
#include "transfer/transferengine.h"

namespace Ferry::Cli {

namespace {

// "only-local  a/b.txt  (Only on this computer)"
QString column(const QString& text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '));
}

} // namespace

SyncOptions MirrorSync::syncOptions(const MirrorCommand::Settings& settings, bool upload,
                                    const FtpLogin& login)
{
    SyncOptions options;
    options.direction = upload ? SyncDirection::LocalToRemote : SyncDirection::RemoteToLocal;
    options.deleteExtras = settings.deleteExtra;
    if (settings.checksum)
        options.compare.criteria = SyncCriterion::Checksum;
    else if (settings.newerOnly)
        options.compare.criteria = SyncCriterion::Time;
    else
        options.compare.criteria = SyncCriterion::Size | SyncCriterion::Time;
    options.compare.include = settings.include;
    options.compare.exclude = settings.exclude;
    options.compare.remoteTimeOffsetSecs =
        TimeOffsetStore::offset(TimeOffsetStore::serverKey(login)).value_or(0);
    return options;
}

int MirrorSync::printPreview(const SyncScan& scan, const MirrorCommand::Settings& settings,
                             const SyncOptions& options)
{
    if (options.compare.remoteTimeOffsetSecs != 0)
        Console::writeErr(tr("The server's clock is %1 s ahead (learned from an earlier upload).\n")
                              .arg(options.compare.remoteTimeOffsetSecs));

    const QList<SyncComparison> comparisons = scan.comparisons();
    if (settings.compare) {
        int differing = 0;
        for (const SyncComparison& c : comparisons) {
            if (c.state == SyncState::Equal && !settings.verbose)
                continue;
            if (c.state != SyncState::Equal)
                ++differing;
            Console::writeOut(QStringLiteral("%1 %2%3  (%4)\n")
                                  .arg(column(syncStateKey(c.state), 16), c.path,
                                       c.isDir() ? QStringLiteral("/") : QString(),
                                       syncComparisonDetail(c, options.compare)));
        }
        Console::writeErr(tr("Compared %n path(s): ", nullptr, int(comparisons.size())) +
                          tr("%n differ(s).\n", nullptr, differing));
        return differing ? ExitOperationFailed : ExitOk;
    }

    const SyncPlan plan = planSync(comparisons, options);
    int transfers = 0;
    int deletions = 0;
    qint64 bytes = 0;
    for (const SyncAction& action : plan.actions) {
        if (action.kind == SyncActionKind::Upload || action.kind == SyncActionKind::Download) {
            ++transfers;
            bytes += qMax<qint64>(0, action.bytes());
        } else if (action.kind == SyncActionKind::DeleteLocal ||
                   action.kind == SyncActionKind::DeleteRemote) {
            ++deletions;
        }
        const QString reason = syncReasonText(action, options.compare);
        switch (action.kind) {
        case SyncActionKind::Upload:
        case SyncActionKind::Download:
            Console::writeOut(tr("would transfer %1 (%2)\n").arg(action.path(), reason));
            break;
        case SyncActionKind::CreateLocalFolder:
        case SyncActionKind::CreateRemoteFolder:
            Console::writeOut(tr("would create %1/ (%2)\n").arg(action.path(), reason));
            break;
        case SyncActionKind::DeleteLocal:
        case SyncActionKind::DeleteRemote:
            Console::writeOut(
                tr("would delete %1%2 (%3)\n")
                    .arg(action.path(), action.isDir() ? QStringLiteral("/") : QString(), reason));
            break;
        }
    }
    for (const SyncComparison& conflict : plan.conflicts)
        Console::writeOut(
            tr("would leave %1 (%2)\n").arg(conflict.path, syncComparisonDetail(conflict, options.compare)));
    Console::writeErr(tr("Dry run: %1 to transfer (%2), %3 to delete, %4 unchanged; nothing changed.\n")
                          .arg(transfers)
                          .arg(formatBytes(bytes))
                          .arg(deletions)
                          .arg(plan.equal));
    return ExitOk;
}

WatchSession* MirrorSync::startWatch(TransferEngine* engine, const QString& siteId,
                                     const MirrorCommand::Settings& settings, const QString& localPath,
                                     const QString& remotePath, int* failures, QObject* parent,
                                     QString* errorString)
{
    auto* session = new WatchSession(engine, parent);
    WatchSession::Settings watch;
    watch.localRoot = localPath;
    watch.remoteRoot = remotePath;
    watch.siteId = siteId;
    watch.deleteRemote = settings.deleteExtra;
    watch.watch.ignore = settings.exclude;
    if (!session->start(watch, errorString)) {
        delete session;
        return nullptr;
    }
    Console::writeErr(tr("Watching %1 (Ctrl-C stops)...\n").arg(localPath));
    QObject::connect(session, &WatchSession::activity, session, [failures](const WatchSession::Event& e) {
        switch (e.kind) {
        case WatchSession::Event::Kind::Uploaded:
            Console::writeOut(tr("uploaded %1 (%2)\n").arg(e.path, formatBytes(qMax<qint64>(0, e.size))));
            break;
        case WatchSession::Event::Kind::Deleted:
            Console::writeOut(tr("deleted %1\n").arg(e.path));
            break;
        case WatchSession::Event::Kind::FolderCreated:
            Console::writeOut(tr("created %1/\n").arg(e.path));
            break;
        case WatchSession::Event::Kind::Failed:
            ++*failures;
            Console::writeOut(tr("failed %1: %2\n").arg(e.path, e.message));
            break;
        }
    });
    QObject::connect(session, &WatchSession::timeOffsetLearned, session, [](qint64 offset) {
        if (offset != 0)
            Console::writeErr(tr("The server's clock is %1 s ahead of this computer's.\n").arg(offset));
    });
    QObject::connect(session, &WatchSession::problem, session, [](const QString& message) {
        Console::writeErr(QStringLiteral("ferry: ") + message + QLatin1Char('\n'));
    });
    return session;
}

void MirrorSync::stopWatch(WatchSession* session, int failures)
{
    session->stop();
    Console::writeErr(tr("Stopped watching: %1 uploaded, %2 deleted, %3 failed.\n")
                          .arg(session->uploadCount())
                          .arg(session->deleteCount())
                          .arg(failures));
}

} // namespace Ferry::Cli
