#pragma once

#include "client/ftpoperation.h"
#include "transfer/checksum.h"
#include "transfer/transfertypes.h"

#include <QDateTime>
#include <QFile>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

namespace Ferry {

class FtpClient;
class LocalHasher;
class RateLimiter;
class ThrottledDevice;

// One attempt at moving one file over one logged-on connection, with everything around it:
//
// Download: into ".<name>.ferry-part" next to the target, continued with REST where the server offers
// REST STREAM (offset = the part file's size), else from zero; the part file replaces the target only
// when its size is right; the remote modification time is kept.
//
// Upload: continued where the server has REST STREAM (REST + STOR at the remote size from SIZE or the
// folder listing) or APPE (full servers), else from zero; then the stored size is checked (SIZE, MLST or
// the listing) and, where the server offers HASH / XSHA256 / XSHA1 / XMD5 / XCRC, the checksum.
//
// The caller (the transfer queue) decides about retries: isRetryable() says whether trying again may
// help, restartFromZero() whether the data already on the target must be discarded first.
class FileTransfer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileTransfer)

public:
    enum class StartMode
    {
        Fresh,        // replace the target from the first byte
        Continue,     // keep what an earlier attempt left (part file, or the remote partial upload)
        ResumeTarget, // continue the existing, smaller target (file-exists policy Resume)
    };

    struct Task
    {
        TransferDirection direction = TransferDirection::Download;
        QString localPath;
        QString remotePath;
        qint64 sourceSize = -1; // remote size (downloads) as listed; -1 unknown
        QDateTime sourceTime;   // remote time (downloads), applied to the local file
        StartMode mode = StartMode::Fresh;
        bool verifySize = true;
        bool verifyChecksum = true;
        bool preserveTime = true;
        // Uploads: pick a free remote name first ("name (1).ext", from the folder listing); task()
        // then holds the name used.
        bool findFreeRemoteName = false;
        // Uploads: the remote file did not exist before this job (it is ours). A cancel (abort without
        // keepPartial) deletes what an unfinished STOR of this attempt or of an earlier one (mode
        // Continue) left there (DELE, best effort: a failure becomes note()).
        bool removePartialOnCancel = false;
        // Uploads: the stored size is checked by the caller later, with other files of the same folder
        // (UploadVerifier), so that the connection goes on to the next file at once. sizeCheckDeferred()
        // then says that the check is still to come.
        bool deferSizeCheck = false;
        QList<std::shared_ptr<RateLimiter>> limiters;
    };

    FileTransfer(FtpClient* client, const Task& task, QObject* parent = nullptr);
    ~FileTransfer() override;

    const Task& task() const { return m_task; }
    void start();
    // Stops the attempt; finished() follows. keepPartial (pause) keeps a partial download for later;
    // otherwise (cancel) the part file is removed, and so is a partial upload that Task::
    // removePartialOnCancel marks as ours.
    void abort(bool keepPartial);

    // Bytes of the file that are at the target now (a continued attempt's offset included).
    qint64 position() const;
    // Bytes moved over the network by this attempt (for speed).
    qint64 bytesMoved() const { return m_moved; }
    // The file's full size if known, else -1.
    qint64 totalSize() const;

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_failed && !m_aborted; }
    bool wasAborted() const { return m_aborted; }
    FtpOperation::Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    bool isRetryable() const { return m_retryable; }
    bool restartFromZero() const { return m_restartFromZero; }
    // Uploads: a STOR (or APPE) of this attempt reached the server, so the remote file may hold its data.
    bool storeSent() const { return m_storeSent; }
    // A note for the log when the file arrived but something could not be checked (no checksum).
    QString note() const { return m_note; }
    // Uploads: the server lost this upload over EPSV (stored short or empty, or the upload stalled), a
    // board server's defect. The connection now uploads without EPSV; the caller tells its others.
    bool lostOverEpsv() const { return m_lostOverEpsv; }
    // Uploads that succeeded: Task::deferSizeCheck left the size check to the caller. storedOverEpsv()
    // and localSize() are what it needs for it.
    bool sizeCheckDeferred() const { return m_sizeCheckDeferred; }
    bool storedOverEpsv() const { return m_storeOverEpsv; }
    qint64 localSize() const { return m_localSize; }

    // The error of an upload whose size on the server (-1: not there) is not the local file's; the same
    // whether FileTransfer or the caller checked it. epsvLost: the upload went over EPSV and is short,
    // which turns EPSV off for uploads (the returned text says so).
    static QString sizeCheckFailure(const QString& remotePath, qint64 remoteSize, qint64 localSize,
                                    bool epsvLost);

Q_SIGNALS:
    void progress();
    void finished();

private:
    void startDownload();
    void updateDownloadProgress();
    void onDownloadFinished(FtpOperation* operation);
    void completeDownload();
    void startUpload();
    void findFreeRemoteName();
    void beginUpload(qint64 offset);
    void onUploadFinished(FtpOperation* operation);
    // The shared ending of a download's or an upload's operation: aborted, or failed (a refused REST
    // restarts from zero). True when the transfer is finished with; false when the operation succeeded.
    bool finishIfUnsuccessful(FtpOperation* operation);
    // Learns the remote file's size (SIZE, else MLST, else the folder listing): -1 when it is not there.
    void remoteSize(const std::function<void(qint64 size)>& done);
    void remoteSizeFromListing(const std::function<void(qint64 size)>& done);
    void verifyUpload();
    void compareUploadSize(qint64 remoteSize);
    // After an upload over EPSV was lost: this connection stops using EPSV for uploads. Returns the
    // sentence that says so, for the error message.
    QString avoidEpsvFromNowOn();
    static QString epsvAvoidedSentence();
    void startChecksum();
    void compareChecksums();

    bool canRest() const;
    bool canAppend() const;
    void fail(FtpOperation::Error error, const QString& message, bool retryable,
              bool restartFromZero = false);
    void failFrom(FtpOperation* operation, bool restartFromZero = false);
    void succeed();
    void finishAborted();
    void removePartialUpload();
    void closeLocal();
    void announce();

    FtpClient* m_client;
    Task m_task;
    QPointer<FtpOperation> m_op;
    QFile m_file;
    ThrottledDevice* m_device = nullptr;
    QString m_partPath;
    qint64 m_offset = 0;
    qint64 m_moved = 0;
    qint64 m_received = 0; // downloads: bytes read from the network (some may wait in m_device)
    qint64 m_localSize = -1;
    qint64 m_expectedTotal = -1;
    bool m_movedTargetToPart = false;
    bool m_storeSent = false;     // a STOR/APPE of this attempt reached the server
    bool m_storeComplete = false; // ... and ended with success
    bool m_removing = false;      // deleting the partial upload after a cancel
    bool m_storeOverEpsv = false; // the STOR's data connection came from EPSV
    bool m_sizeCheckDeferred = false;
    bool m_lostOverEpsv = false;
    ChecksumAlgorithm m_checksumAlgorithm = ChecksumAlgorithm::Sha256;
    LocalHasher* m_hasher = nullptr;
    std::optional<QByteArray> m_remoteHash;
    bool m_remoteHashDone = false;

    bool m_finished = false;
    bool m_failed = false;
    bool m_aborted = false;
    bool m_keepPartial = true;
    bool m_retryable = false;
    bool m_restartFromZero = false;
    FtpOperation::Error m_error = FtpOperation::Error::NoError;
    QString m_errorString;
    QString m_note;
};

} // namespace Ferry
