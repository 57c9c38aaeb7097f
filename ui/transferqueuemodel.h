#pragma once

#include "transfer/transfertypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Ferry {

class TransferEngine;

// The transfer queue as a table for the transfer panel: one row per job in queue order, fed by the
// queue's signals (snapshots copied in, never the queue's internals). Rows are grouped in categories
// for the panel's tabs: active (queued, running, paused), completed (done, skipped) and failed (failed,
// canceled).
class TransferQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferQueueModel)

public:
    enum Column
    {
        NameColumn,
        ProgressColumn,
        SizeColumn,
        SpeedColumn,
        EtaColumn,
        StateColumn,
        TargetColumn,
        ServerColumn, // the server the job transfers to or from (one queue serves every tab)
        ColumnCount
    };

    enum Role
    {
        JobIdRole = Qt::UserRole + 1,
        StateRole,    // TransferJobState as int
        ProgressRole, // 0..1000, or -1 while the size is unknown
        CategoryRole, // Category as int
    };

    enum class Category
    {
        Active,
        Completed,
        Failed
    };

    explicit TransferQueueModel(TransferEngine* queue, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    TransferEngine* queue() const { return m_queue; }
    // The snapshot shown in a row (the row of a source index), or nullptr.
    const TransferJobSnapshot* snapshot(int row) const;
    const TransferJobSnapshot* snapshotOf(TransferJobId id) const;
    int rowOf(TransferJobId id) const; // -1 if unknown
    int count(Category category) const;

    static Category categoryOf(TransferJobState state);
    // "1.5 MiB/s"; "" for 0.
    static QString formatRate(double bytesPerSecond);
    // "0:42", "12:03", "2:05:00"; "" when unknown.
    static QString formatDuration(qint64 seconds);
    // The name a job is known by: its source file or folder.
    static QString jobName(const TransferJobSnapshot& job);
    // Where a job's files go, for a person (native separators for local paths).
    static QString jobTarget(const TransferJobSnapshot& job);

Q_SIGNALS:
    // The number of rows in some category changed.
    void countsChanged();
    // A job reached Done, Failed, Skipped or Canceled (reported once per time it gets there).
    void jobFinished(const Ferry::TransferJobSnapshot& job);

private:
    void onJobAdded(TransferJobId id, int index);
    void onJobChanged(TransferJobId id, const TransferJobSnapshot& snapshot);
    void onJobRemoved(TransferJobId id, int index);
    void onJobMoved(TransferJobId id, int from, int to);
    void reindex() const;
    QString tooltip(const TransferJobSnapshot& job) const;

    TransferEngine* m_queue;
    QList<TransferJobSnapshot> m_jobs;
    mutable QHash<TransferJobId, int> m_rows; // rebuilt on demand after rows moved
    mutable bool m_rowsValid = false;
};

} // namespace Ferry
