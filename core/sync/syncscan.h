#pragma once

#include "client/ftpoperation.h"
#include "sync/syncplanner.h"
#include "sync/synctree.h"

#include <QObject>
#include <QPointer>

namespace Ferry {

class FtpClient;
class LocalTreeReader;
class RemoteTreeReader;
class SyncChecksums;

// Reads both sides of a synchronization (the local tree in a thread, the remote tree over `client`, a
// logged-on connection nobody else uses meanwhile), computes checksums when the criterion asks for them,
// and compares. The window's Synchronize dialog and `ferry mirror --compare/--dry-run` both start here and
// hand comparisons() to planSync().
class SyncScan final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncScan)

public:
    SyncScan(FtpClient* client, const QString& localRoot, const QString& remoteRoot,
             const SyncCompareOptions& options, QObject* parent = nullptr);
    ~SyncScan() override;

    void start();
    void abort();

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_error == FtpOperation::Error::NoError; }
    FtpOperation::Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }

    QString localRoot() const { return m_localRoot; }
    QString remoteRoot() const { return m_remoteRoot; }
    const SyncCompareOptions& options() const { return m_options; }
    const SyncTree& localTree() const { return m_local; }
    const SyncTree& remoteTree() const { return m_remote; }
    bool localRootMissing() const { return m_localMissing; }
    bool remoteRootMissing() const { return m_remoteMissing; }
    // Every path either side holds that the filters accept, compared.
    QList<SyncComparison> comparisons() const;
    // The checksum algorithm compared, when the criterion was on ("SHA-256").
    QByteArray checksumAlgorithm() const { return m_checksumAlgorithm; }

Q_SIGNALS:
    // What is going on, for a status line: "Listing /pub (12 folders)", "Checksums 3 of 40".
    void status(const QString& text);
    void finished();

private:
    void partDone();
    void startChecksums();
    void finish(FtpOperation::Error error, const QString& message);

    FtpClient* m_client;
    QString m_localRoot;
    QString m_remoteRoot;
    SyncCompareOptions m_options;
    LocalTreeReader* m_localReader = nullptr;
    RemoteTreeReader* m_remoteReader = nullptr;
    SyncChecksums* m_checksums = nullptr;
    SyncTree m_local;
    SyncTree m_remote;
    bool m_localMissing = false;
    bool m_remoteMissing = false;
    QByteArray m_checksumAlgorithm;
    bool m_finished = false;
    FtpOperation::Error m_error = FtpOperation::Error::NoError;
    QString m_errorString;
};

} // namespace Ferry
