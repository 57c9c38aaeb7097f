#pragma once

#include "transfer/transferjob.h"

#include <QObject>
#include <QTimer>

namespace Ferry {

class JobList;
class SiteRegistry;

// Reports what the transfer queue's jobs do: state changes at once (jobChanged), progress, speed and ETA
// of changed jobs at most every interval, the queue's totals with them, and when the queue falls idle.
// Internal to the transfer engine; TransferQueue passes its signals on.
class ProgressReporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressReporter)

public:
    ProgressReporter(const JobList& jobs, const SiteRegistry& sites, QObject* parent = nullptr);

    void setInterval(int milliseconds);
    void stop();

    // The job changed in a way the next tick reports.
    void markDirty(TransferJob& job);
    // Sets the job's state (and why it failed) and reports it at once.
    void setJobState(TransferJob& job, TransferJobState state, const QString& error = QString(),
                     FtpOperation::Error errorKind = FtpOperation::Error::ServerRefused);
    // Something a saved queue holds changed (a job, a site, an order).
    void noteChange() { Q_EMIT changed(); }
    // Emits becameIdle() when no job is queued or running any more.
    void checkIdle();

    TransferTotals totals() const;
    bool isIdle() const;

Q_SIGNALS:
    void jobChanged(Ferry::TransferJobId id, const Ferry::TransferJobSnapshot& snapshot);
    void totalsChanged(const Ferry::TransferTotals& totals);
    void becameIdle();
    void changed();

private:
    void emitChanged(TransferJob& job);
    void onTick();

    const JobList& m_jobs;
    const SiteRegistry& m_sites;
    QTimer m_timer; // a child too: it moves to another thread with the reporter
    bool m_wasIdle = true;
};

} // namespace Ferry
