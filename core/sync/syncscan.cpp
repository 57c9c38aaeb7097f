#include "sync/syncscan.h"

#include "sync/localtreereader.h"
#include "sync/remotetreereader.h"
#include "sync/syncchecksums.h"

namespace Ferry {

SyncScan::SyncScan(FtpClient* client, const QString& localRoot, const QString& remoteRoot,
                   const SyncCompareOptions& options, QObject* parent)
    : QObject(parent), m_client(client), m_localRoot(localRoot), m_remoteRoot(remoteRoot), m_options(options)
{}

SyncScan::~SyncScan() = default;

void SyncScan::start()
{
    m_finished = false;
    m_error = FtpOperation::Error::NoError;
    m_errorString.clear();
    m_localReader = new LocalTreeReader(m_localRoot, m_options, this);
    m_remoteReader = new RemoteTreeReader(m_client, m_remoteRoot, m_options, this);
    connect(m_localReader, &LocalTreeReader::finished, this, &SyncScan::partDone);
    connect(m_remoteReader, &RemoteTreeReader::finished, this, &SyncScan::partDone);
    connect(m_remoteReader, &RemoteTreeReader::progress, this, [this](int folders, int entries) {
        Q_EMIT status(
            tr("Listing %1: %n folder(s), %2 entries", nullptr, folders).arg(m_remoteRoot).arg(entries));
    });
    Q_EMIT status(tr("Listing %1").arg(m_remoteRoot));
    m_localReader->start();
    m_remoteReader->start();
}

void SyncScan::abort()
{
    if (m_finished)
        return;
    if (m_remoteReader)
        m_remoteReader->abort();
    if (m_checksums)
        m_checksums->abort();
    finish(FtpOperation::Error::Canceled, tr("Canceled."));
}

void SyncScan::partDone()
{
    if (m_finished || !m_localReader->isFinished() || !m_remoteReader->isFinished())
        return;
    if (!m_remoteReader->succeeded()) {
        finish(m_remoteReader->error(), m_remoteReader->errorString());
        return;
    }
    m_local = m_localReader->tree();
    m_localMissing = m_localReader->rootMissing();
    m_remote = m_remoteReader->tree();
    m_remoteMissing = m_remoteReader->rootMissing();
    if (m_options.criteria.testFlag(SyncCriterion::Checksum)) {
        startChecksums();
        return;
    }
    finish(FtpOperation::Error::NoError, QString());
}

void SyncScan::startChecksums()
{
    m_checksums = new SyncChecksums(m_client, m_localRoot, m_remoteRoot, this);
    connect(m_checksums, &SyncChecksums::progress, this, [this](int done, int total) {
        Q_EMIT status(tr("Comparing checksums: %1 of %2").arg(done).arg(total));
    });
    connect(m_checksums, &SyncChecksums::finished, this, [this] {
        if (!m_checksums->succeeded()) {
            finish(FtpOperation::Error::ServerRefused, m_checksums->errorString());
            return;
        }
        m_checksumAlgorithm = m_checksums->algorithmName();
        finish(FtpOperation::Error::NoError, QString());
    });
    m_checksums->start(&m_local, &m_remote, SyncChecksums::candidates(m_local, m_remote));
}

QList<SyncComparison> SyncScan::comparisons() const
{
    return compareSyncTrees(m_local, m_remote, m_options);
}

void SyncScan::finish(FtpOperation::Error error, const QString& message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_errorString = message;
    Q_EMIT finished();
}

} // namespace Ferry
