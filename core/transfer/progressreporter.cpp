#include "transfer/progressreporter.h"

#include "transfer/joblist.h"
#include "transfer/siteregistry.h"

namespace Ferry {

ProgressReporter::ProgressReporter(const JobList& jobs, const SiteRegistry& sites, QObject* parent)
    : QObject(parent), m_jobs(jobs), m_sites(sites), m_timer(this)
{
    connect(&m_timer, &QTimer::timeout, this, &ProgressReporter::onTick);
}

void ProgressReporter::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void ProgressReporter::stop()
{
    m_timer.stop();
}

void ProgressReporter::markDirty(TransferJob& job)
{
    job.dirty = true;
    if (!m_timer.isActive())
        m_timer.start();
}

void ProgressReporter::setJobState(TransferJob& job, TransferJobState state, const QString& error,
                                   FtpOperation::Error errorKind)
{
    if (job.state == state && job.error == error)
        return;
    const bool wasRunning = job.state == TransferJobState::Running;
    job.state = state;
    if (isFinishedState(state) || !error.isEmpty()) {
        job.error = error;
        job.errorKind = state == TransferJobState::Failed ? errorKind : FtpOperation::Error::NoError;
    } else if (state == TransferJobState::Queued) {
        job.error.clear(); // resumed or retried
        job.errorKind = FtpOperation::Error::NoError;
    }
    if (state == TransferJobState::Running && !wasRunning) {
        job.speed.reset();
        job.speed.sample(job.moved);
        if (!m_timer.isActive())
            m_timer.start();
    }
    if (isFinishedState(state) || state == TransferJobState::Paused)
        job.currentFile.clear();
    emitChanged(job);
    noteChange();
    checkIdle();
}

void ProgressReporter::emitChanged(TransferJob& job)
{
    job.dirty = false;
    Q_EMIT jobChanged(job.id, snapshotOf(job));
}

void ProgressReporter::onTick()
{
    bool running = false;
    // By id: a receiver of jobChanged() may remove jobs meanwhile.
    for (TransferJobId id : m_jobs.ids()) {
        TransferJob* job = m_jobs.find(id);
        if (!job)
            continue;
        if (job->state == TransferJobState::Running) {
            running = true;
            job->speed.sample(job->moved);
            if (!job->working.isEmpty())
                job->dirty = true;
        }
        if (job->dirty)
            emitChanged(*job);
    }
    Q_EMIT totalsChanged(totals());
    if (!running)
        m_timer.stop();
}

TransferTotals ProgressReporter::totals() const
{
    QList<TransferJobSnapshot> snapshots;
    snapshots.reserve(m_jobs.size());
    for (const std::unique_ptr<TransferJob>& job : m_jobs)
        snapshots.append(snapshotOf(*job));
    return transferTotals(snapshots, m_sites.connectionCount());
}

bool ProgressReporter::isIdle() const
{
    for (const std::unique_ptr<TransferJob>& job : m_jobs) {
        if (isOpenState(job->state))
            return false;
    }
    return true;
}

void ProgressReporter::checkIdle()
{
    const bool idleNow = isIdle();
    if (idleNow && !m_wasIdle) {
        m_wasIdle = true;
        Q_EMIT becameIdle();
        return;
    }
    m_wasIdle = idleNow;
}

} // namespace Ferry
