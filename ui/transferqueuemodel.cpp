#include "transferqueuemodel.h"

#include "protocol/remotepath.h"
#include "transfer/transferengine.h"

#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>

namespace Ferry {

TransferQueueModel::TransferQueueModel(TransferEngine* queue, QObject* parent)
    : QAbstractTableModel(parent), m_queue(queue)
{
    m_jobs = queue->jobs();
    connect(queue, &TransferEngine::jobAdded, this, &TransferQueueModel::onJobAdded);
    connect(queue, &TransferEngine::jobChanged, this, &TransferQueueModel::onJobChanged);
    connect(queue, &TransferEngine::jobRemoved, this, &TransferQueueModel::onJobRemoved);
    connect(queue, &TransferEngine::jobMoved, this, &TransferQueueModel::onJobMoved);
}

int TransferQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int TransferQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const TransferJobSnapshot* TransferQueueModel::snapshot(int row) const
{
    return row >= 0 && row < m_jobs.size() ? &m_jobs.at(row) : nullptr;
}

const TransferJobSnapshot* TransferQueueModel::snapshotOf(TransferJobId id) const
{
    return snapshot(rowOf(id));
}

int TransferQueueModel::rowOf(TransferJobId id) const
{
    if (!m_rowsValid)
        reindex();
    return m_rows.value(id, -1);
}

void TransferQueueModel::reindex() const
{
    m_rows.clear();
    m_rows.reserve(m_jobs.size());
    for (int row = 0; row < m_jobs.size(); ++row)
        m_rows.insert(m_jobs.at(row).id, row);
    m_rowsValid = true;
}

int TransferQueueModel::count(Category category) const
{
    int n = 0;
    for (const TransferJobSnapshot& job : m_jobs)
        n += categoryOf(job.state) == category ? 1 : 0;
    return n;
}

TransferQueueModel::Category TransferQueueModel::categoryOf(TransferJobState state)
{
    switch (state) {
    case TransferJobState::Done:
    case TransferJobState::Skipped:
        return Category::Completed;
    case TransferJobState::Failed:
    case TransferJobState::Canceled:
        return Category::Failed;
    case TransferJobState::Queued:
    case TransferJobState::Running:
    case TransferJobState::Paused:
        break;
    }
    return Category::Active;
}

QString TransferQueueModel::formatRate(double bytesPerSecond)
{
    if (bytesPerSecond < 1)
        return {};
    return tr("%1/s").arg(QLocale().formattedDataSize(qint64(bytesPerSecond)));
}

QString TransferQueueModel::formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const qint64 h = seconds / 3600;
    const qint64 m = seconds / 60 % 60;
    const qint64 s = seconds % 60;
    const auto two = [](qint64 v) {
        return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0'));
    };
    return h > 0 ? QStringLiteral("%1:%2:%3").arg(h).arg(two(m), two(s))
                 : QStringLiteral("%1:%2").arg(m).arg(two(s));
}

QString TransferQueueModel::jobName(const TransferJobSnapshot& job)
{
    const QString name = job.direction == TransferDirection::Upload ? QFileInfo(job.localPath).fileName()
                                                                    : RemotePath::fileName(job.remotePath);
    return name.isEmpty() ? (job.direction == TransferDirection::Upload ? job.localPath : job.remotePath)
                          : name;
}

QString TransferQueueModel::jobTarget(const TransferJobSnapshot& job)
{
    return job.direction == TransferDirection::Upload ? job.remotePath
                                                      : QDir::toNativeSeparators(job.localPath);
}

QString TransferQueueModel::tooltip(const TransferJobSnapshot& job) const
{
    QStringList lines;
    lines << (job.direction == TransferDirection::Upload
                  ? tr("Upload of %1 to %2 on %3")
                        .arg(QDir::toNativeSeparators(job.localPath), job.remotePath, job.siteId)
                  : tr("Download of %1 from %2 to %3")
                        .arg(job.remotePath, job.siteId, QDir::toNativeSeparators(job.localPath)));
    if (job.folder)
        lines << tr("%1 of %2 files done, %3 skipped, %4 failed")
                     .arg(job.filesDone)
                     .arg(job.filesTotal)
                     .arg(job.filesSkipped)
                     .arg(job.filesFailed);
    if (job.retries > 0)
        lines << tr("%n failure(s) retried", nullptr, job.retries);
    if (!job.errorString.isEmpty())
        lines << job.errorString;
    const QList<TransferFileError> errors = m_queue->fileErrors(job.id);
    const int shown = qMin(int(errors.size()), 10);
    for (int i = 0; i < shown; ++i)
        lines << tr("%1: %2").arg(errors.at(i).path, errors.at(i).message);
    if (errors.size() > shown)
        lines << tr("… and %n more", nullptr, int(errors.size()) - shown);
    return lines.join(QLatin1Char('\n'));
}

QVariant TransferQueueModel::data(const QModelIndex& index, int role) const
{
    const TransferJobSnapshot* job = index.isValid() ? snapshot(index.row()) : nullptr;
    if (!job)
        return {};
    const int progress = job->state == TransferJobState::Done ? 1000
                         : job->bytesTotal > 0
                             ? int(qBound(qint64(0), job->bytesDone * 1000 / job->bytesTotal, qint64(1000)))
                         : job->bytesTotal == 0 && !job->planning && job->isFinished() ? 1000
                                                                                       : -1;
    const bool running = job->state == TransferJobState::Running;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return jobName(*job);
        case ProgressColumn:
            return progress < 0 ? QString() : QStringLiteral("%1 %").arg(progress / 10);
        case SizeColumn: {
            const QLocale locale;
            QString text = job->bytesTotal < 0 ? locale.formattedDataSize(job->bytesDone)
                                               : tr("%1 of %2")
                                                     .arg(locale.formattedDataSize(job->bytesDone),
                                                          locale.formattedDataSize(job->bytesTotal));
            if (job->folder)
                text = tr("%1 (%2 of %3 files)")
                           .arg(text)
                           .arg(job->filesDone + job->filesSkipped)
                           .arg(job->filesTotal);
            return text;
        }
        case SpeedColumn:
            return running ? formatRate(job->bytesPerSecond) : QString();
        case EtaColumn:
            return running ? formatDuration(job->etaSeconds) : QString();
        case StateColumn: {
            QString text = transferJobStateText(job->state);
            if (running && job->planning)
                text = tr("Listing folders…");
            if (!job->errorString.isEmpty() && job->state != TransferJobState::Done)
                text = tr("%1: %2").arg(text, job->errorString.section(QLatin1Char('\n'), 0, 0));
            else if (running && job->retries > 0)
                text = tr("%1 (%n retried)", nullptr, job->retries).arg(text);
            return text;
        }
        case TargetColumn:
            return jobTarget(*job);
        case ServerColumn: {
            const std::optional<TransferSite> site = m_queue->site(job->siteId);
            return site && !site->name.isEmpty() ? site->name : job->siteId;
        }
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return QIcon(job->direction == TransferDirection::Upload
                             ? QStringLiteral(":/ui/icons/upload.svg")
                             : QStringLiteral(":/ui/icons/download.svg"));
        if (index.column() == StateColumn && (job->state == TransferJobState::Failed))
            return QIcon(QStringLiteral(":/ui/icons/error.svg"));
        return {};
    case Qt::ToolTipRole:
        return tooltip(*job);
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case SizeColumn:
        case SpeedColumn:
        case EtaColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case JobIdRole:
        return QVariant::fromValue(job->id);
    case StateRole:
        return int(job->state);
    case ProgressRole:
        return progress;
    case CategoryRole:
        return int(categoryOf(job->state));
    default:
        return {};
    }
}

QVariant TransferQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ProgressColumn:
        return tr("Progress");
    case SizeColumn:
        return tr("Size");
    case SpeedColumn:
        return tr("Speed");
    case EtaColumn:
        return tr("Time left");
    case StateColumn:
        return tr("State");
    case TargetColumn:
        return tr("Target");
    case ServerColumn:
        return tr("Server");
    default:
        return {};
    }
}

void TransferQueueModel::onJobAdded(TransferJobId id, int index)
{
    const std::optional<TransferJobSnapshot> job = m_queue->job(id);
    if (!job)
        return;
    index = qBound(0, index, int(m_jobs.size()));
    beginInsertRows(QModelIndex(), index, index);
    m_jobs.insert(index, *job);
    m_rowsValid = false;
    endInsertRows();
    Q_EMIT countsChanged();
}

void TransferQueueModel::onJobChanged(TransferJobId id, const TransferJobSnapshot& snapshot)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    TransferJobSnapshot& job = m_jobs[row];
    const bool wasFinished = job.isFinished();
    const Category before = categoryOf(job.state);
    job = snapshot;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (categoryOf(snapshot.state) != before)
        Q_EMIT countsChanged();
    if (!wasFinished && snapshot.isFinished())
        Q_EMIT jobFinished(snapshot);
}

void TransferQueueModel::onJobRemoved(TransferJobId id, int index)
{
    int row = index >= 0 && index < m_jobs.size() && m_jobs.at(index).id == id ? index : rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_jobs.removeAt(row);
    m_rowsValid = false;
    endRemoveRows();
    Q_EMIT countsChanged();
}

void TransferQueueModel::onJobMoved(TransferJobId id, int from, int to)
{
    if (from < 0 || from >= m_jobs.size() || m_jobs.at(from).id != id)
        from = rowOf(id);
    to = qBound(0, to, int(m_jobs.size()) - 1);
    if (from < 0 || from == to)
        return;
    // beginMoveRows wants the row the item goes before, counted before the move.
    if (!beginMoveRows(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to))
        return;
    m_jobs.move(from, to);
    m_rowsValid = false;
    endMoveRows();
}

} // namespace Ferry
