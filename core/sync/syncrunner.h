#pragma once

#include "sync/syncplanner.h"
#include "transfer/transfertypes.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace Ferry {

class RemoteCommandQueue;
class TransferEngine;

// Carries out the actions of a sync plan that the user kept: folders are created first (remote ones
// over a connection of its own, RemoteCommandQueue), every upload and download becomes a job on the
// transfer queue (which verifies uploads, retries and resumes), and deletions follow the creations while
// the transfers run (deepest first, as planned). Each action reports actionFinished(); finished() comes
// once every one has.
class SyncRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncRunner)

public:
    SyncRunner(TransferEngine* queue, const QString& siteId, const QString& localRoot,
               const QString& remoteRoot, QObject* parent = nullptr);
    ~SyncRunner() override;

    // Starts the actions; false with *errorString when the site is unknown to the queue.
    bool run(const QList<SyncAction>& actions, QString* errorString = nullptr);
    // Cancels the queued transfers and drops the folder operations not yet run.
    void cancel();

    bool isFinished() const { return m_finished; }
    int total() const { return int(m_actions.size()); }
    int succeeded() const { return m_succeeded; }
    int failed() const { return m_failed; }
    QList<TransferJobId> jobIds() const { return m_jobs.keys(); }

Q_SIGNALS:
    void actionFinished(const Ferry::SyncAction& action, bool ok, const QString& message);
    void finished();

private:
    void startCreations();
    void startTransfersAndDeletions();
    void onJobChanged(TransferJobId id, const TransferJobSnapshot& snapshot);
    void report(int index, bool ok, const QString& message);
    QString localPath(const QString& relative) const;
    QString remotePath(const QString& relative) const;

    TransferEngine* m_queue;
    QString m_siteId;
    QString m_localRoot;
    QString m_remoteRoot;
    RemoteCommandQueue* m_remote = nullptr;
    QList<SyncAction> m_actions;
    QList<bool> m_done;
    QHash<TransferJobId, int> m_jobs; // job -> action index
    int m_pendingCreations = 0;
    int m_open = 0;
    int m_succeeded = 0;
    int m_failed = 0;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace Ferry
