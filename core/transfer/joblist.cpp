#include "transfer/joblist.h"

namespace Ferry {

int JobList::indexOf(TransferJobId id) const
{
    for (size_t i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs[i]->id == id)
            return int(i);
    }
    return -1;
}

QList<TransferJobId> JobList::ids() const
{
    QList<TransferJobId> ids;
    ids.reserve(qsizetype(m_jobs.size()));
    for (const std::unique_ptr<TransferJob>& job : m_jobs)
        ids.append(job->id);
    return ids;
}

bool JobList::append(std::unique_ptr<TransferJob> job)
{
    if (!job || job->id == 0 || m_byId.contains(job->id))
        return false;
    m_nextId = qMax(m_nextId, job->id + 1);
    m_byId.insert(job->id, job.get());
    m_jobs.push_back(std::move(job));
    return true;
}

std::unique_ptr<TransferJob> JobList::takeAt(int index)
{
    std::unique_ptr<TransferJob> job = std::move(m_jobs[size_t(index)]);
    m_jobs.erase(m_jobs.begin() + index);
    m_byId.remove(job->id);
    return job;
}

void JobList::move(int from, int to)
{
    std::unique_ptr<TransferJob> job = std::move(m_jobs[size_t(from)]);
    m_jobs.erase(m_jobs.begin() + from);
    m_jobs.insert(m_jobs.begin() + to, std::move(job));
}

} // namespace Ferry
