#include "transfer/sizecheckrunner.h"

#include "client/retrypolicy.h"
#include "transfer/connectionpool.h"
#include "transfer/joblist.h"
#include "transfer/siteregistry.h"
#include "transfer/uploadverifier.h"

#include <QTimer>

namespace Ferry {

namespace {
// Files that wait before a batch starts while the job still sends others.
constexpr size_t BatchSize = 64;
} // namespace

SizeCheckRunner::SizeCheckRunner(JobList& jobs, SiteRegistry& sites, const TransferSettings& settings,
                                 Callbacks callbacks, QObject* parent)
    : QObject(parent), m_jobs(jobs), m_sites(sites), m_settings(settings), m_callbacks(std::move(callbacks))
{}

void SizeCheckRunner::start(TransferJob& job)
{
    if (job.verifyState != TransferJob::VerifyState::Idle || job.toVerify.empty() || !isOpenState(job.state))
        return;
    if (job.toVerify.size() < BatchSize && !(job.ready.empty() && job.working.isEmpty()))
        return;
    SiteRegistry::Site* site = m_sites.find(job.siteId);
    if (!site || !site->pool->hasCapacity())
        return;
    job.verifyState = TransferJob::VerifyState::Connecting;
    const TransferJobId id = job.id;
    const quint64 generation = job.generation;
    const QString siteId = job.siteId;
    job.verifyRequest = site->pool->acquire(
        [this, id, generation, siteId](FtpClient* client, FtpOperation::Error error, const QString& message) {
            TransferJob* j = m_jobs.find(id);
            if (!j || !m_sites.contains(siteId) || j->generation != generation ||
                j->verifyState != TransferJob::VerifyState::Connecting) {
                if (client)
                    m_sites.release(siteId, client);
                return;
            }
            onConnection(id, client, error, message);
        });
}

void SizeCheckRunner::onConnection(TransferJobId id, FtpClient* client, FtpOperation::Error error,
                                   const QString& message)
{
    TransferJob& job = *m_jobs.find(id);
    job.verifyRequest = 0;
    if (!client) {
        job.verifyState = TransferJob::VerifyState::Idle;
        failed(job, error, message);
        return;
    }
    QList<UploadVerifier::Check> checks;
    for (int index : job.toVerify)
        checks.append(UploadVerifier::Check{index, job.items[size_t(index)].remotePath});
    job.toVerify.clear();
    auto* verifier = new UploadVerifier(client, checks, this);
    job.verifier = verifier;
    job.verifyState = TransferJob::VerifyState::Running;
    const QString siteId = job.siteId;
    connect(verifier, &UploadVerifier::finished, this, [this, id, siteId, client, verifier]() {
        m_sites.release(siteId, client);
        verifier->deleteLater();
        onFinished(id, verifier);
    });
    verifier->start();
}

void SizeCheckRunner::onFinished(TransferJobId id, UploadVerifier* verifier)
{
    TransferJob* job = m_jobs.find(id);
    if (!job || job->verifier != verifier)
        return;
    job->verifier = nullptr;
    job->verifyState = TransferJob::VerifyState::Idle;
    if (!verifier->succeeded()) {
        for (const UploadVerifier::Check& check : verifier->checks())
            job->toVerify.push_back(check.index); // back in line
        if (verifier->error() != FtpOperation::Error::Canceled)
            failed(*job, verifier->error(), verifier->errorString());
        m_callbacks.scheduleRun();
        return;
    }
    job->verifyAttempts = 0;
    for (const UploadVerifier::Check& check : verifier->checks()) {
        if (job->items[size_t(check.index)].state == TransferFileItem::State::Verifying)
            m_callbacks.checked(*job, check.index, verifier->results().value(check.index, -1));
    }
    m_callbacks.batchDone(*job);
    m_callbacks.scheduleRun();
}

void SizeCheckRunner::failed(TransferJob& job, FtpOperation::Error error, const QString& message)
{
    if (++job.verifyAttempts <= m_settings.maxRetries && isWorthRetrying(error)) {
        const int delay = m_settings.retryDelayMs(job.verifyAttempts);
        m_callbacks.log(job.id, tr("Checking the sizes of the uploaded files failed (%1); again in %2 s.")
                                    .arg(message)
                                    .arg(delay / 1000.0));
        job.verifyState = TransferJob::VerifyState::RetryWait;
        const TransferJobId id = job.id;
        const quint64 generation = job.generation;
        QTimer::singleShot(delay, this, [this, id, generation]() {
            TransferJob* j = m_jobs.find(id);
            if (!j || j->generation != generation || j->verifyState != TransferJob::VerifyState::RetryWait)
                return;
            j->verifyState = TransferJob::VerifyState::Idle;
            m_callbacks.scheduleRun();
        });
        return;
    }
    // Not known to be complete: failed (a retry of the job sends them again).
    const std::vector<int> unchecked = std::move(job.toVerify);
    job.toVerify.clear();
    for (int index : unchecked) {
        m_callbacks.unchecked(job, index, error,
                              tr("The size of the uploaded file could not be checked: %1").arg(message));
    }
    m_callbacks.batchDone(job);
    m_callbacks.scheduleRun();
}

void SizeCheckRunner::stop(TransferJob& job)
{
    switch (job.verifyState) {
    case TransferJob::VerifyState::Connecting:
        if (SiteRegistry::Site* site = m_sites.find(job.siteId))
            site->pool->cancel(job.verifyRequest);
        job.verifyRequest = 0;
        job.verifyState = TransferJob::VerifyState::Idle;
        break;
    case TransferJob::VerifyState::Running:
        job.verifier->abort(); // finished() puts its files back in line
        break;
    case TransferJob::VerifyState::RetryWait:
        job.verifyState = TransferJob::VerifyState::Idle;
        break;
    case TransferJob::VerifyState::Idle:
        break;
    }
}

void SizeCheckRunner::discard(TransferJob& job)
{
    delete job.verifier; // its finished() connection goes with it
    job.verifier = nullptr;
}

} // namespace Ferry
