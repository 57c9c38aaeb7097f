#include "transfer/progressreporter.h"

#include "transfer/joblist.h"
#include "transfer/siteregistry.h"

namespace Ferry {

ProgressReporter::ProgressReporter(const JobList& jobs, const SiteRegistry& sites, QObject* parent)
    : QObject(parent), m_jobs(jobs), m_sites(sites)
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

void ProgressReporter::setJobState(TransferJob& job, TransferJobState state, const QString& error)
{
    if (job.state == state && job.error == error)
        return;
    const bool wasRunning = job.state == TransferJobState::Running;
    job.state = state;
    if (isFinishedState(state) || !error.isEmpty())
        job.error = error;
    else if (state == TransferJobState::Queued)
        job.error.clear(); // resumed or retried
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
    TransferTotals t;
    t.jobs = m_jobs.size();
    bool sizeKnown = true;
    qint64 done = 0;
    qint64 total = 0;
    for (const std::unique_ptr<TransferJob>& job : m_jobs) {
        switch (job->state) {
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
        if (job->state == TransferJobState::Canceled || job->state == TransferJobState::Skipped)
            continue;
        const TransferJobSnapshot s = snapshotOf(*job);
        done += s.bytesDone;
        if (isFinishedState(job->state))
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
    t.connections = m_sites.connectionCount();
    return t;
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
