#include "transfer/filetransfer.h"

#include "client/checksumoperation.h"
#include "client/ftpclient.h"
#include "client/listoperation.h"
#include "client/retrypolicy.h"
#include "client/servercapabilities.h"
#include "client/statoperation.h"
#include "client/transferoperation.h"
#include "protocol/remotepath.h"
#include "transfer/localhasher.h"
#include "transfer/throttleddevice.h"
#include "transfer/transferpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTimer>

namespace Ferry {

namespace {

bool refusedRestart(const FtpOperation* operation, qint64 offset)
{
    // REST (or APPE) refused: a server that announced it but does not do it. Start from zero instead.
    const int code = operation->reply().code;
    return offset > 0 && operation->error() == FtpOperation::Error::ServerRefused && code >= 500 &&
           code <= 504;
}

} // namespace

FileTransfer::FileTransfer(FtpClient* client, const Task& task, QObject* parent)
    : QObject(parent), m_client(client), m_task(task)
{}

FileTransfer::~FileTransfer()
{
    if (m_op) {
        m_op->disconnect(this);
        m_op->abort();
    }
    closeLocal();
    // Gone before its end (the engine stopped): what a finished abort would have done locally.
    if (!m_finished && m_task.direction == TransferDirection::Download && !m_partPath.isEmpty()) {
        if (m_movedTargetToPart)
            replaceLocalFile(m_partPath, m_task.localPath, nullptr); // the user's file, perhaps grown
        else if (m_aborted && !m_keepPartial)
            QFile::remove(m_partPath); // canceled
    }
}

qint64 FileTransfer::position() const
{
    return m_offset + m_moved;
}

qint64 FileTransfer::totalSize() const
{
    if (m_task.direction == TransferDirection::Upload)
        return m_localSize;
    return m_task.sourceSize >= 0 ? m_task.sourceSize : m_expectedTotal;
}

bool FileTransfer::canRest() const
{
    const ServerCapabilities& caps = m_client->capabilities();
    return caps.supportsRestStream() && !caps.isKnownUnsupported("REST");
}

bool FileTransfer::canAppend() const
{
    // APPE is RFC 959, but board servers do not have it; they do not answer FEAT either.
    const ServerCapabilities& caps = m_client->capabilities();
    return caps.featSupported() && !caps.isKnownUnsupported("APPE");
}

void FileTransfer::start()
{
    if (m_task.direction == TransferDirection::Download)
        startDownload();
    else
        startUpload();
}

void FileTransfer::abort(bool keepPartial)
{
    if (m_finished || m_aborted)
        return;
    m_aborted = true;
    m_keepPartial = keepPartial;
    if (m_op) {
        m_op->abort(); // its finished() comes back here and ends the attempt
        return;
    }
    QTimer::singleShot(0, this, &FileTransfer::finishAborted);
}

// ---- download ----------------------------------------------------------------------------------------

void FileTransfer::startDownload()
{
    const QFileInfo target(m_task.localPath);
    m_partPath = partFilePath(m_task.localPath);
    if (m_task.mode == StartMode::ResumeTarget && canRest() && target.exists()) {
        // The existing file becomes the part file and grows from its end.
        QFile::remove(m_partPath);
        QString error;
        if (!replaceLocalFile(m_task.localPath, m_partPath, &error)) {
            fail(FtpOperation::Error::LocalIoError,
                 tr("Cannot resume %1: %2").arg(QDir::toNativeSeparators(m_task.localPath), error), false);
            return;
        }
        m_movedTargetToPart = true;
    }
    qint64 offset = 0;
    if (m_task.mode != StartMode::Fresh && canRest()) {
        const QFileInfo part(m_partPath);
        if (part.exists())
            offset = part.size();
    }
    if (m_task.sourceSize >= 0 && offset > m_task.sourceSize)
        offset = 0;
    m_offset = offset;
    m_file.setFileName(m_partPath);
    const QIODevice::OpenMode mode =
        offset > 0 ? QIODevice::WriteOnly | QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate;
    // The folder is made only when the file cannot be opened without it: a folder job's planner has made
    // its folders already, so the many small files of a tree cost no mkpath (and its stat calls) each.
    bool opened = m_file.open(mode);
    if (!opened && !target.absoluteDir().exists()) {
        if (!QDir().mkpath(target.absolutePath())) {
            fail(FtpOperation::Error::LocalIoError,
                 tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(target.absolutePath())),
                 false);
            return;
        }
        opened = m_file.open(mode);
    }
    if (!opened) {
        fail(FtpOperation::Error::LocalIoError,
             tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_partPath), m_file.errorString()),
             false);
        return;
    }
    if (offset > 0 && offset == m_task.sourceSize) {
        // An earlier attempt got every byte; only the rename is missing.
        QTimer::singleShot(0, this, &FileTransfer::completeDownload);
        return;
    }
    m_device = new ThrottledDevice(&m_file, QIODevice::WriteOnly, m_task.limiters, this);
    TransferOperation* operation = m_client->download(m_task.remotePath, m_device, offset, m_task.sourceSize);
    m_op = operation;
    connect(operation, &FtpOperation::progress, this, [this](qint64 done, qint64 total) {
        m_received = done;
        if (total >= 0)
            m_expectedTotal = m_offset + total;
        updateDownloadProgress();
    });
    // Progress is what reached the file: a rate-limited device holds up to a chunk back.
    connect(m_device, &QIODevice::bytesWritten, this, &FileTransfer::updateDownloadProgress);
    connect(operation, &FtpOperation::finished, this, [this, operation]() { onDownloadFinished(operation); });
}

void FileTransfer::updateDownloadProgress()
{
    m_moved = qMax<qint64>(0, m_received - (m_device ? m_device->bytesToWrite() : 0));
    Q_EMIT progress();
}

bool FileTransfer::finishIfUnsuccessful(FtpOperation* operation)
{
    if (m_aborted) {
        finishAborted();
        return true;
    }
    if (operation->succeeded())
        return false;
    // A server that refused REST after all: the retry starts the file again from its first byte.
    if (refusedRestart(operation, m_offset))
        fail(operation->error(), operation->errorString(), true, true);
    else
        failFrom(operation);
    return true;
}

void FileTransfer::onDownloadFinished(FtpOperation* operation)
{
    m_op = nullptr;
    if (finishIfUnsuccessful(operation))
        return;
    if (m_device && m_device->bytesToWrite() > 0) {
        connect(m_device, &ThrottledDevice::drained, this, &FileTransfer::completeDownload,
                Qt::SingleShotConnection);
        return;
    }
    completeDownload();
}

void FileTransfer::completeDownload()
{
    if (m_finished)
        return;
    if (m_aborted) {
        finishAborted();
        return;
    }
    const bool writeError = m_device && m_device->hasWriteError();
    const QString deviceError = m_device ? m_device->errorString() : QString();
    if (m_device)
        m_device->close();
    if (!m_file.flush() || writeError) {
        const QString reason = writeError ? deviceError : m_file.errorString();
        closeLocal();
        fail(FtpOperation::Error::LocalIoError,
             tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_partPath), reason), false);
        return;
    }
    // The remote time is set on the open part file after its last write (the rename keeps it), rather
    // than by opening the file again once it is in place.
    if (m_task.preserveTime && m_task.sourceTime.isValid() && m_file.isOpen())
        m_file.setFileTime(m_task.sourceTime, QFileDevice::FileModificationTime);
    const qint64 size = m_file.isOpen() ? m_file.size() : QFileInfo(m_partPath).size();
    closeLocal();
    const qint64 expected = totalSize();
    if (expected >= 0 && size != expected) {
        fail(FtpOperation::Error::ConnectionLost,
             tr("The download of %1 ended after %2 of %3 bytes.")
                 .arg(m_task.remotePath)
                 .arg(size)
                 .arg(expected),
             true, size > expected);
        return;
    }
    QString error;
    if (!replaceLocalFile(m_partPath, m_task.localPath, &error)) {
        fail(
            FtpOperation::Error::LocalIoError,
            tr("Cannot rename %1 to %2: %3")
                .arg(QDir::toNativeSeparators(m_partPath), QDir::toNativeSeparators(m_task.localPath), error),
            false);
        return;
    }
    m_movedTargetToPart = false;
    succeed();
}

// ---- upload ------------------------------------------------------------------------------------------

void FileTransfer::startUpload()
{
    m_file.setFileName(m_task.localPath);
    if (!m_file.open(QIODevice::ReadOnly)) {
        fail(FtpOperation::Error::LocalIoError,
             tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_task.localPath), m_file.errorString()),
             false);
        return;
    }
    m_localSize = m_file.size();
    if (m_task.findFreeRemoteName) {
        findFreeRemoteName();
        return;
    }
    if (m_task.mode == StartMode::Fresh || !(canRest() || canAppend())) {
        beginUpload(0);
        return;
    }
    remoteSize([this](qint64 size) { beginUpload(size > 0 && size <= m_localSize ? size : 0); });
}

void FileTransfer::findFreeRemoteName()
{
    const QString folder = RemotePath::parent(m_task.remotePath);
    ListOperation* operation = m_client->list(folder);
    m_op = operation;
    connect(operation, &FtpOperation::finished, this, [this, operation, folder]() {
        m_op = nullptr;
        if (m_aborted) {
            finishAborted();
            return;
        }
        if (!operation->succeeded()) {
            failFrom(operation);
            return;
        }
        QSet<QString> taken;
        const bool caseless = m_client->capabilities().isMinimal();
        for (const RemoteEntry& entry : operation->entries())
            taken.insert(caseless ? entry.name.toLower() : entry.name);
        const QString name = RemotePath::fileName(m_task.remotePath);
        for (int n = 1; n < 10000; ++n) {
            const QString candidate = numberedFileName(name, n);
            if (!taken.contains(caseless ? candidate.toLower() : candidate)) {
                m_task.remotePath = RemotePath::join(folder, candidate);
                m_task.findFreeRemoteName = false;
                beginUpload(0);
                return;
            }
        }
        fail(FtpOperation::Error::ServerRefused,
             tr("No free name for %1 on the server.").arg(m_task.remotePath), false);
    });
}

void FileTransfer::beginUpload(qint64 offset)
{
    if (m_aborted) {
        finishAborted();
        return;
    }
    m_offset = offset;
    if (offset > 0 && offset == m_localSize) {
        // Everything is there already: check it.
        closeLocal();
        verifyUpload();
        return;
    }
    if (!m_file.seek(offset)) {
        fail(FtpOperation::Error::LocalIoError,
             tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(m_task.localPath), m_file.errorString()),
             false);
        return;
    }
    m_device = new ThrottledDevice(&m_file, QIODevice::ReadOnly, m_task.limiters, this);
    const bool append = offset > 0 && !canRest();
    TransferOperation* operation = m_client->upload(m_device, m_task.remotePath, offset, append);
    m_op = operation;
    connect(operation, &FtpOperation::progress, this, [this](qint64 done, qint64) {
        m_moved = done;
        Q_EMIT progress();
    });
    connect(operation, &FtpOperation::finished, this, [this, operation]() { onUploadFinished(operation); });
}

void FileTransfer::onUploadFinished(FtpOperation* operation)
{
    m_op = nullptr;
    closeLocal();
    if (const auto* transfer = qobject_cast<TransferOperation*>(operation)) {
        m_storeSent = m_storeSent || transfer->transferCommandSent();
        m_storeOverEpsv = transfer->usedEpsv();
    }
    m_storeComplete = operation->succeeded();
    if (!m_aborted && m_storeOverEpsv && operation->error() == FtpOperation::Error::Timeout) {
        // The board's EPSV defect: the upload is never read, so it stalls.
        fail(operation->error(), operation->errorString() + QLatin1Char(' ') + avoidEpsvFromNowOn(), true,
             true);
        return;
    }
    if (finishIfUnsuccessful(operation))
        return;
    m_moved = m_localSize - m_offset;
    verifyUpload();
}

void FileTransfer::remoteSize(const std::function<void(qint64)>& done)
{
    const ServerCapabilities& caps = m_client->capabilities();
    if (caps.supportsSize() && !caps.isKnownUnsupported("SIZE")) {
        FtpOperation* operation = m_client->size(m_task.remotePath);
        m_op = operation;
        connect(operation, &FtpOperation::finished, this, [this, operation, done]() {
            m_op = nullptr;
            if (m_aborted) {
                finishAborted();
                return;
            }
            if (operation->succeeded() && operation->resultSize() >= 0) {
                done(operation->resultSize());
                return;
            }
            if (isWorthRetrying(operation->error())) {
                failFrom(operation);
                return;
            }
            if (operation->reply().code == 550) {
                done(-1); // not there
                return;
            }
            remoteSizeFromListing(done);
        });
        return;
    }
    if (caps.has("MLST") && !caps.isKnownUnsupported("MLST")) {
        StatOperation* operation = m_client->stat(m_task.remotePath);
        m_op = operation;
        connect(operation, &FtpOperation::finished, this, [this, operation, done]() {
            m_op = nullptr;
            if (m_aborted) {
                finishAborted();
                return;
            }
            const qint64 size = operation->succeeded() ? operation->entry().size : -1;
            if (size >= 0) {
                done(size);
                return;
            }
            if (isWorthRetrying(operation->error())) {
                failFrom(operation);
                return;
            }
            if (operation->reply().code == 550) {
                done(-1);
                return;
            }
            remoteSizeFromListing(done);
        });
        return;
    }
    remoteSizeFromListing(done);
}

void FileTransfer::remoteSizeFromListing(const std::function<void(qint64)>& done)
{
    const QString folder = RemotePath::parent(m_task.remotePath);
    const QString name = RemotePath::fileName(m_task.remotePath);
    ListOperation* operation = m_client->list(folder);
    m_op = operation;
    connect(operation, &FtpOperation::finished, this, [this, operation, done, name]() {
        m_op = nullptr;
        if (m_aborted) {
            finishAborted();
            return;
        }
        if (!operation->succeeded()) {
            if (isWorthRetrying(operation->error())) {
                failFrom(operation);
                return;
            }
            done(-1);
            return;
        }
        const QList<RemoteEntry> entries = operation->entries();
        for (const RemoteEntry& entry : entries) {
            if (entry.name == name && !entry.isDir()) {
                done(entry.size);
                return;
            }
        }
        // Board servers (FAT) match names without regard to case.
        if (m_client->capabilities().isMinimal()) {
            for (const RemoteEntry& entry : entries) {
                if (entry.name.compare(name, Qt::CaseInsensitive) == 0 && !entry.isDir()) {
                    done(entry.size);
                    return;
                }
            }
        }
        done(-1);
    });
}

void FileTransfer::verifyUpload()
{
    if (!m_task.verifySize || m_task.deferSizeCheck) {
        m_sizeCheckDeferred = m_task.verifySize;
        startChecksum();
        return;
    }
    remoteSize([this](qint64 size) { compareUploadSize(size); });
}

void FileTransfer::compareUploadSize(qint64 remoteSize)
{
    if (remoteSize == m_localSize) {
        startChecksum();
        return;
    }
    const bool epsvLost = m_storeOverEpsv && remoteSize >= 0 && remoteSize < m_localSize;
    if (epsvLost) {
        m_lostOverEpsv = true;
        m_client->setAvoidEpsvUploads(true);
    }
    fail(FtpOperation::Error::TransientError,
         sizeCheckFailure(m_task.remotePath, remoteSize, m_localSize, epsvLost), true, true);
}

QString FileTransfer::sizeCheckFailure(const QString& remotePath, qint64 remoteSize, qint64 localSize,
                                       bool epsvLost)
{
    if (remoteSize < 0)
        return tr("Verification failed: %1 is not on the server after the upload.").arg(remotePath);
    QString message =
        tr("Verification failed: the server stored %1 bytes of %2 for %3 although it reported success.")
            .arg(remoteSize)
            .arg(localSize)
            .arg(remotePath);
    if (epsvLost)
        message += QLatin1Char(' ') + epsvAvoidedSentence();
    return message;
}

QString FileTransfer::avoidEpsvFromNowOn()
{
    m_lostOverEpsv = true;
    m_client->setAvoidEpsvUploads(true);
    return epsvAvoidedSentence();
}

QString FileTransfer::epsvAvoidedSentence()
{
    return tr("The upload went over EPSV, which this server loses: its uploads now use PASV (IPv4) or EPRT "
              "(IPv6).");
}

void FileTransfer::startChecksum()
{
    if (!m_task.verifyChecksum) {
        succeed();
        return;
    }
    const std::optional<ChecksumMethod> method = chooseChecksumMethod(m_client->capabilities());
    if (!method) {
        succeed();
        return;
    }
    m_checksumAlgorithm = method->algorithm;
    m_hasher = new LocalHasher(m_task.localPath, method->algorithm, this);
    connect(m_hasher, &LocalHasher::finished, this, &FileTransfer::compareChecksums);
    m_hasher->start();
    ChecksumOperation* operation = m_client->checksum(m_task.remotePath, *method);
    m_op = operation;
    connect(operation, &FtpOperation::finished, this, [this, operation]() {
        m_op = nullptr;
        if (m_aborted) {
            finishAborted();
            return;
        }
        m_remoteHashDone = true;
        if (operation->succeeded()) {
            m_remoteHash = operation->checksum();
        } else if (operation->step() == ChecksumOperation::Step::Select) {
            m_note = tr("The checksum of %1 was not checked: the server refused %2 (%3).")
                         .arg(m_task.remotePath, QString::fromLatin1(operation->stepCommand()),
                              operation->reply().toString());
        } else if (isConnectionFault(operation->error())) {
            failFrom(operation); // the connection dropped
            return;
        } else {
            m_note = tr("The checksum of %1 was not checked: the server answered %2 with \"%3\".")
                         .arg(m_task.remotePath, QString::fromLatin1(operation->stepCommand()),
                              operation->reply().toString());
        }
        compareChecksums();
    });
}

void FileTransfer::compareChecksums()
{
    if (m_finished || !m_hasher || !m_hasher->isFinished() || !m_remoteHashDone)
        return;
    if (!m_remoteHash) {
        succeed();
        return;
    }
    if (!m_hasher->errorString().isEmpty()) {
        fail(FtpOperation::Error::LocalIoError, m_hasher->errorString(), false);
        return;
    }
    if (m_hasher->result() != *m_remoteHash) {
        fail(FtpOperation::Error::TransientError,
             tr("Verification failed: the server's %1 of %2 is %3, the local file's is %4.")
                 .arg(QString::fromLatin1(checksumAlgorithmName(m_checksumAlgorithm)), m_task.remotePath,
                      QString::fromLatin1(*m_remoteHash), QString::fromLatin1(m_hasher->result())),
             true, true);
        return;
    }
    succeed();
}

// ---- ending ------------------------------------------------------------------------------------------

void FileTransfer::closeLocal()
{
    if (m_device) {
        m_device->flushNow();
        m_device->close();
        m_device->deleteLater();
        m_device = nullptr;
    }
    if (m_file.isOpen())
        m_file.close();
}

void FileTransfer::fail(FtpOperation::Error error, const QString& message, bool retryable,
                        bool restartFromZero)
{
    if (m_finished)
        return;
    closeLocal();
    if (m_task.direction == TransferDirection::Download && !m_partPath.isEmpty()) {
        if (restartFromZero) {
            QFile::remove(m_partPath);
        } else if (m_movedTargetToPart) {
            // The user's file, perhaps grown: it goes back under its name (Resume starts from it again).
            replaceLocalFile(m_partPath, m_task.localPath, nullptr);
        } else if (!canRest() || QFileInfo(m_partPath).size() == 0) {
            QFile::remove(m_partPath); // nothing a later attempt could continue
        }
    }
    m_failed = true;
    m_error = error;
    m_errorString = message;
    m_retryable = retryable;
    m_restartFromZero = restartFromZero;
    announce();
}

void FileTransfer::failFrom(FtpOperation* operation, bool restartFromZero)
{
    fail(operation->error(), operation->errorString(), isWorthRetrying(operation->error()), restartFromZero);
}

void FileTransfer::succeed()
{
    if (m_finished)
        return;
    announce();
}

void FileTransfer::finishAborted()
{
    if (m_finished || m_removing)
        return;
    closeLocal();
    if (m_task.direction == TransferDirection::Download && !m_partPath.isEmpty()) {
        if (m_movedTargetToPart)
            replaceLocalFile(m_partPath, m_task.localPath, nullptr); // the user's file, grown: keep it
        else if (!m_keepPartial)
            QFile::remove(m_partPath);
    }
    m_error = FtpOperation::Error::Canceled;
    m_errorString = tr("Canceled");
    if (m_task.direction == TransferDirection::Upload && !m_keepPartial && m_task.removePartialOnCancel &&
        (m_storeSent || m_task.mode == StartMode::Continue) && !m_storeComplete) {
        removePartialUpload();
        return;
    }
    announce();
}

void FileTransfer::removePartialUpload()
{
    m_removing = true;
    FtpOperation* operation = m_client->remove(m_task.remotePath);
    m_op = operation;
    connect(operation, &FtpOperation::finished, this, [this, operation]() {
        m_op = nullptr;
        if (!operation->succeeded())
            m_note = tr("The partial upload %1 could not be deleted: %2")
                         .arg(m_task.remotePath, operation->errorString());
        announce();
    });
}

void FileTransfer::announce()
{
    m_finished = true;
    if (m_hasher) {
        m_hasher->disconnect(this);
        m_hasher->deleteLater();
        m_hasher = nullptr;
    }
    Q_EMIT finished();
}

} // namespace Ferry
