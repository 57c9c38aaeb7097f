#include "transfer/transfertypes.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Ferry {

namespace {

template <typename Enum, size_t N>
std::optional<Enum> lookUp(const std::pair<Enum, const char*> (&table)[N], const QString& key)
{
    for (const auto& entry : table) {
        if (key == QLatin1String(entry.second))
            return entry.first;
    }
    return std::nullopt;
}

template <typename Enum, size_t N> QString keyOf(const std::pair<Enum, const char*> (&table)[N], Enum value)
{
    for (const auto& entry : table) {
        if (entry.first == value)
            return QString::fromLatin1(entry.second);
    }
    return QString();
}

const std::pair<TransferDirection, const char*> directionKeys[] = {
    {TransferDirection::Download, "download"},
    {TransferDirection::Upload, "upload"},
};

const std::pair<TransferJobState, const char*> stateKeys[] = {
    {TransferJobState::Queued, "queued"},     {TransferJobState::Running, "running"},
    {TransferJobState::Paused, "paused"},     {TransferJobState::Done, "done"},
    {TransferJobState::Failed, "failed"},     {TransferJobState::Skipped, "skipped"},
    {TransferJobState::Canceled, "canceled"},
};

const std::pair<FileExistsAction, const char*> actionKeys[] = {
    {FileExistsAction::Ask, "ask"},
    {FileExistsAction::Overwrite, "overwrite"},
    {FileExistsAction::OverwriteIfNewer, "overwrite-if-newer"},
    {FileExistsAction::OverwriteIfSizeDiffers, "overwrite-if-size-differs"},
    {FileExistsAction::OverwriteIfNewerOrSizeDiffers, "overwrite-if-newer-or-size-differs"},
    {FileExistsAction::Resume, "resume"},
    {FileExistsAction::Rename, "rename"},
    {FileExistsAction::Skip, "skip"},
};

} // namespace

QString transferDirectionKey(TransferDirection direction)
{
    return keyOf(directionKeys, direction);
}

std::optional<TransferDirection> transferDirectionFromKey(const QString& key)
{
    return lookUp(directionKeys, key);
}

QString transferJobStateKey(TransferJobState state)
{
    return keyOf(stateKeys, state);
}

std::optional<TransferJobState> transferJobStateFromKey(const QString& key)
{
    return lookUp(stateKeys, key);
}

QString fileExistsActionKey(FileExistsAction action)
{
    return keyOf(actionKeys, action);
}

std::optional<FileExistsAction> fileExistsActionFromKey(const QString& key)
{
    return lookUp(actionKeys, key);
}

QString transferJobStateText(TransferJobState state)
{
    switch (state) {
    case TransferJobState::Queued:
        return QCoreApplication::translate("Ferry::TransferQueue", "Queued");
    case TransferJobState::Running:
        return QCoreApplication::translate("Ferry::TransferQueue", "Running");
    case TransferJobState::Paused:
        return QCoreApplication::translate("Ferry::TransferQueue", "Paused");
    case TransferJobState::Done:
        return QCoreApplication::translate("Ferry::TransferQueue", "Done");
    case TransferJobState::Failed:
        return QCoreApplication::translate("Ferry::TransferQueue", "Failed");
    case TransferJobState::Skipped:
        return QCoreApplication::translate("Ferry::TransferQueue", "Skipped");
    case TransferJobState::Canceled:
        return QCoreApplication::translate("Ferry::TransferQueue", "Canceled");
    }
    return QString();
}

namespace {

bool anyMatches(const QStringList& candidates, const QStringList& patterns)
{
    for (const QString& pattern : patterns) {
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern));
        for (const QString& candidate : candidates) {
            if (re.match(candidate).hasMatch())
                return true;
        }
    }
    return false;
}

} // namespace

bool transferFilterAccepts(const QString& relativePath, const QStringList& include,
                           const QStringList& exclude)
{
    if (include.isEmpty() && exclude.isEmpty())
        return true;
    const QStringList parts = relativePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList candidates{relativePath};
    QString prefix;
    for (const QString& part : parts) {
        prefix = prefix.isEmpty() ? part : prefix + QLatin1Char('/') + part;
        candidates << part;
        if (prefix != relativePath)
            candidates << prefix;
    }
    if (!include.isEmpty() && !anyMatches(candidates, include))
        return false;
    return !anyMatches(candidates, exclude);
}

int TransferSettings::retryDelayMs(int attempt) const
{
    qint64 delay = qMax(0, retryBaseDelayMs);
    for (int i = 1; i < attempt && delay < retryMaxDelayMs; ++i)
        delay *= 2;
    return int(qMin<qint64>(delay, qMax(0, retryMaxDelayMs)));
}

TransferTotals transferTotals(const QList<TransferJobSnapshot>& jobs, int connections)
{
    TransferTotals t;
    t.jobs = int(jobs.size());
    bool sizeKnown = true;
    qint64 done = 0;
    qint64 total = 0;
    for (const TransferJobSnapshot& s : jobs) {
        switch (s.state) {
        case TransferJobState::Running:
            ++t.runningJobs;
            break;
        case TransferJobState::Queued:
            ++t.queuedJobs;
            break;
        case TransferJobState::Paused:
            ++t.pausedJobs;
            break;
        default:
            ++t.finishedJobs;
            break;
        }
        if (s.state == TransferJobState::Canceled || s.state == TransferJobState::Skipped)
            continue;
        done += s.bytesDone;
        if (s.isFinished())
            total += s.bytesDone; // what moved is all that will
        else if (s.bytesTotal < 0)
            sizeKnown = false;
        else
            total += s.bytesTotal;
        t.bytesPerSecond += s.bytesPerSecond;
    }
    t.bytesDone = done;
    t.bytesTotal = sizeKnown ? total : -1;
    if (sizeKnown && t.bytesPerSecond > 0)
        t.etaSeconds = qint64((total - done) / t.bytesPerSecond + 0.999);
    t.connections = connections;
    return t;
}

} // namespace Ferry
