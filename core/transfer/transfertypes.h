#pragma once

#include "client/ftpclientoptions.h"
#include "client/ftpoperation.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <memory>
#include <optional>

namespace Ferry {

class SessionBudget;

// The plain data the transfer engine (TransferQueue) takes and reports. No QObject here: the GUI copies
// snapshots into its model, the command line prints them, the queue file stores them.

using TransferJobId = quint64; // 0 is never a valid id

enum class TransferDirection
{
    Download,
    Upload
};

enum class TransferJobState
{
    Queued,   // waiting for its turn (or for a connection)
    Running,  // planning (listing, scanning, creating folders) or moving files
    Paused,   // stopped by the user; partial data is kept and resumed later
    Done,     // every file arrived
    Failed,   // at least one file failed after its retries, or the job could not start
    Skipped,  // every file was skipped by the file-exists policy
    Canceled, // stopped by the user; partial downloads (and partial uploads it created) were removed
};

// What happens when the target file already exists.
enum class FileExistsAction
{
    Ask,                           // emit TransferQueue::existsQuestion and wait for the answer
    Overwrite,                     // always replace
    OverwriteIfNewer,              // replace when the source is newer, else skip
    OverwriteIfSizeDiffers,        // replace when the sizes differ, else skip
    OverwriteIfNewerOrSizeDiffers, // replace when newer or of another size (mirror), else skip
    Resume, // continue a smaller target (REST), skip an equal one, replace a larger one
    Rename, // transfer under a free name: "name (1).ext"
    Skip,   // leave the target alone
};

// How far an answer to an existsQuestion reaches.
enum class AnswerScope
{
    ThisFile,
    ThisJob, // every later conflict of the same job
    AllJobs, // every later conflict of every job until the queue is idle again
};

// A server the queue transfers with: where and how to log on, and how hard to use it.
struct TransferSite
{
    QString id; // chosen by the caller, unique in one queue
    QString name;
    FtpLogin login;
    FtpClientOptions options;
    // Control connections this site's transfers may use at once (folder listings included). 0 is
    // automatic: TransferSettings::defaultMaxConnections, but one connection for servers that answer FEAT
    // with an error (board servers with four sessions in all; the GUI's browsing connection is another).
    int maxConnections = 0;
    // Bytes per second for all of this site's transfers together, uploads and downloads alike; 0 = no
    // limit. Transfers under one limit share it fairly.
    qint64 speedLimit = 0;
};

struct TransferSettings
{
    int defaultMaxConnections = 3;
    qint64 globalSpeedLimit = 0; // bytes per second for every transfer together; 0 = no limit
    FileExistsAction defaultExistsAction = FileExistsAction::Ask;
    // Transient failures (4xx, dropped connections, timeouts, a failed verification) are retried this
    // often per file, after retryBaseDelayMs, then twice as long each time, at most retryMaxDelayMs.
    int maxRetries = 5;
    int retryBaseDelayMs = 2000;
    int retryMaxDelayMs = 60000;
    // Logged-on connections without work are closed after this long.
    int idleConnectionTimeoutMs = 30000;
    // Local folders reached through a symbolic link are uploaded only when set (loops are detected by
    // canonical path either way). Symbolic links to files are always uploaded as files.
    bool followLocalSymlinks = false;
    // After an upload the remote size is checked (SIZE, MLST or the folder listing) ...
    bool verifyUploadSize = true;
    // ... and, where the server offers HASH, XMD5 or XCRC, the checksum.
    bool verifyUploadChecksum = true;
    // Downloaded files get the remote file's modification time (makes OverwriteIfNewer work both ways).
    bool preserveModificationTime = true;
    // How often progress, speed and ETA are updated (jobChanged/totalsChanged at most this often).
    int progressIntervalMs = 500;
    // Sessions per server shared with connections outside the queue (the window's tabs): a board's
    // four in all. None: only the sites' own limits apply. Not saved with the queue.
    std::shared_ptr<SessionBudget> sessionBudget;

    // How long to wait before attempt number `attempt` + 1 (attempt >= 1 failed so far).
    int retryDelayMs(int attempt) const;
};

struct TransferJobRequest
{
    QString siteId;
    TransferDirection direction = TransferDirection::Download;
    // A folder job transfers the folder's whole tree: localPath and remotePath name the two folders
    // (the source's contents go into the target folder, which is created when missing).
    bool folder = false;
    QString localPath;  // absolute; the file or folder on this machine
    QString remotePath; // absolute (starts with '/'); the file or folder on the server
    std::optional<FileExistsAction> existsAction; // unset: TransferSettings::defaultExistsAction
    // Folder jobs: only files whose path relative to the folder passes transferFilterAccepts() are
    // transferred (folders are still created). Kept by saveToFile(), so a restored job that has not
    // walked its folders yet still filters.
    QStringList includeGlobs;
    QStringList excludeGlobs;
    // A single file taken as given, without looking at the folders first (no listing, no folder made):
    // the file-exists policy sees the local file of a download but no remote target, the size comes
    // with the transfer. `ferry get` and `ferry put` work this way.
    bool unplanned = false;
    // Downloads: continue the partial file an earlier run left (".name.ferry-part"), where the server
    // can (REST), instead of starting it again.
    bool continuePartial = false;
};

struct TransferFileError
{
    QString path;
    QString message;
    // What kind of failure it was (a 5xx, a dropped connection, a local disk error, ...).
    FtpOperation::Error error = FtpOperation::Error::ServerRefused;
};

// Everything a view shows about one job, copied out of the queue.
struct TransferJobSnapshot
{
    TransferJobId id = 0;
    QString siteId;
    TransferDirection direction = TransferDirection::Download;
    bool folder = false;
    QString localPath;
    QString remotePath;
    QStringList includeGlobs; // as requested (TransferJobRequest)
    QStringList excludeGlobs;
    TransferJobState state = TransferJobState::Queued;
    QString errorString; // why it failed, for a person; also notes such as skipped symbolic links
    // What kind of failure ended a failed job (its first failed file's, or why it could not start).
    FtpOperation::Error error = FtpOperation::Error::NoError;
    // The files and folders that failed, with the reason (folders first, then files as found).
    QList<TransferFileError> failures;
    bool planning = false; // still listing or scanning folders: totals may grow
    qint64 bytesDone = 0;
    qint64 bytesTotal = -1; // -1 while unknown
    int filesTotal = 0;
    int filesDone = 0;
    int filesSkipped = 0;
    int filesFailed = 0;
    int activeTransfers = 0;
    int retries = 0;           // transient failures retried so far
    double bytesPerSecond = 0; // smoothed
    qint64 etaSeconds = -1;    // -1 when unknown
    QString currentFile;       // the source path of a file being transferred, if any
    // Every file being transferred now: its source path, bytes at the target, and size (-1: unknown).
    struct ActiveFile
    {
        QString path;
        qint64 position = 0;
        qint64 size = -1;
    };
    QList<ActiveFile> activeFiles;

    bool isFinished() const
    {
        return state == TransferJobState::Done || state == TransferJobState::Failed ||
               state == TransferJobState::Skipped || state == TransferJobState::Canceled;
    }
};

struct TransferTotals
{
    int jobs = 0;
    int runningJobs = 0;
    int queuedJobs = 0;
    int pausedJobs = 0;
    int finishedJobs = 0;
    // Over the jobs in the queue: finished ones count what they moved, canceled and skipped ones nothing.
    qint64 bytesDone = 0;
    qint64 bytesTotal = -1; // -1 while some job's size is unknown
    double bytesPerSecond = 0;
    qint64 etaSeconds = -1;
    int connections = 0; // open control connections of every site
};

// The question asked when a target exists and the policy is Ask.
struct FileExistsQuestion
{
    quint64 id = 0;
    TransferJobId jobId = 0;
    TransferDirection direction = TransferDirection::Download;
    QString sourcePath; // local for uploads, remote for downloads
    QString targetPath;
    qint64 sourceSize = -1;
    QDateTime sourceTime;
    qint64 targetSize = -1;
    QDateTime targetTime;
    bool canResume = false; // the target is smaller than the source
};

// One file or folder of a remote tree (RemoteTasks::listTree), or one to delete (RemoteTasks::remove).
struct RemoteTreeEntry
{
    QString path; // relative to the tree's root ("a/b.txt"); absolute for remove()
    bool folder = false;
    qint64 size = -1;
    QDateTime time;
};

// What listing a remote tree found: every file and folder below the root, breadth first. A root that
// does not exist is an empty tree (rootMissing); a folder that could not be listed fails the whole
// listing (error, errorString), since a partial tree would mislead a comparison.
struct RemoteTree
{
    QString root;
    bool rootMissing = false;
    QList<RemoteTreeEntry> entries;
    FtpOperation::Error error = FtpOperation::Error::NoError;
    QString errorString;
    bool succeeded() const { return error == FtpOperation::Error::NoError; }
};

// Where a site's login lands (its first working folder, PWD after the login), or why the login failed.
struct SiteHome
{
    QString path;
    FtpOperation::Error error = FtpOperation::Error::NoError;
    QString errorString;
    bool succeeded() const { return error == FtpOperation::Error::NoError; }
};

// The include/exclude rule of folder jobs (and `ferry mirror`): wildcards (*, ?, [...], '*' not crossing
// '/') are matched against the relative path ("dir/sub/a.txt"), the file name ("a.txt") and every
// folder above it ("dir", "dir/sub", "sub"). Accepted when `include` is empty or one of its patterns
// matches, and none of `exclude` matches.
bool transferFilterAccepts(const QString& relativePath, const QStringList& include,
                           const QStringList& exclude);

// The totals of a queue's jobs (as TransferQueue::totals() counts them) over their snapshots, in queue
// order, with the number of open control connections.
TransferTotals transferTotals(const QList<TransferJobSnapshot>& jobs, int connections);

// Stable names for files and logs ("queued", "overwrite-if-newer", ...), and back.
QString transferDirectionKey(TransferDirection direction);
std::optional<TransferDirection> transferDirectionFromKey(const QString& key);
QString transferJobStateKey(TransferJobState state);
std::optional<TransferJobState> transferJobStateFromKey(const QString& key);
QString fileExistsActionKey(FileExistsAction action);
std::optional<FileExistsAction> fileExistsActionFromKey(const QString& key);
// The state as shown to a person, translated ("Queued", "Running", ...).
QString transferJobStateText(TransferJobState state);

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::TransferJobSnapshot)
Q_DECLARE_METATYPE(Ferry::TransferTotals)
Q_DECLARE_METATYPE(Ferry::FileExistsQuestion)
Q_DECLARE_METATYPE(Ferry::RemoteTree)
Q_DECLARE_METATYPE(Ferry::SiteHome)
