#pragma once

#include "transfer/transferjob.h"

#include <QHash>
#include <QList>
#include <memory>
#include <vector>

namespace Ferry {

// The transfer queue's jobs in queue order (which is priority order), found by id. Internal to the
// transfer engine; owns the jobs.
class JobList
{
public:
    JobList() = default;
    Q_DISABLE_COPY_MOVE(JobList)

    int size() const { return int(m_jobs.size()); }
    bool isEmpty() const { return m_jobs.empty(); }
    TransferJob* find(TransferJobId id) const { return m_byId.value(id); }
    int indexOf(TransferJobId id) const; // -1 if unknown
    TransferJob& at(int index) const { return *m_jobs[size_t(index)]; }
    QList<TransferJobId> ids() const;

    // An id no job has had yet.
    TransferJobId nextId() { return m_nextId++; }
    // Appends a job under its id (ids given by someone else are not handed out again); false when a job
    // with that id exists or the id is 0.
    bool append(std::unique_ptr<TransferJob> job);
    std::unique_ptr<TransferJob> takeAt(int index);
    // Moves the job at `from` to `to` (both valid indexes).
    void move(int from, int to);

    std::vector<std::unique_ptr<TransferJob>>::const_iterator begin() const { return m_jobs.cbegin(); }
    std::vector<std::unique_ptr<TransferJob>>::const_iterator end() const { return m_jobs.cend(); }

private:
    std::vector<std::unique_ptr<TransferJob>> m_jobs;
    QHash<TransferJobId, TransferJob*> m_byId;
    TransferJobId m_nextId = 1;
};

} // namespace Ferry
