#pragma once

#include "transfer/existspolicy.h"
#include "transfer/speedmeter.h"
#include "transfer/transfertypes.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <deque>
#include <optional>
#include <vector>

namespace Ferry {

class FileTransfer;
class FtpClient;
class JobPlanner;
class UploadVerifier;

// Internal to the transfer queue: one file of a job and what happened to it.
struct TransferFileItem
{
    enum class State
    {
        Pending,    // in the job's ready list
        Connecting, // waiting for a connection from the pool
        Active,     // a FileTransfer runs
        RetryWait,  // backing off after a transient failure
        AnswerWait, // waiting for the answer to an existsQuestion
        Verifying,  // uploaded; its size on the server is checked with others of its folder
        Done,
        Skipped,
        Failed,
        Canceled,
    };

    QString localPath;
    QString remotePath;
    qint64 size = -1; // the source's
    QDateTime time;
    bool timeHasSeconds = true;
    // Uploads: the remote target as the planner listed it.
    bool targetExists = false;
    qint64 targetSize = -1;
    QDateTime targetTime;
    bool targetTimeHasSeconds = true;

    State state = State::Pending;
    bool decided = false;
    ExistsDecision decision = ExistsDecision::Transfer;
    bool partial = false; // an earlier attempt left data to continue
    // Uploads: an attempt sent STOR for a target that did not exist before this job, so the remote file
    // is ours (a cancel deletes it).
    bool remoteCreated = false;
    int attempts = 0;         // failed attempts so far
    qint64 position = 0;      // bytes at the target (progress)
    qint64 lastMoved = 0;     // the running attempt's bytes moved, as last seen
    qint64 reportedSize = -1; // the size the running transfer learnt (SIZE, the 150 reply)
    // While Verifying: the size sent, and whether the data connection came from EPSV.
    qint64 storedSize = -1;
    bool storedOverEpsv = false;
    QString error;
    FtpOperation::Error errorKind = FtpOperation::Error::NoError;

    // While Connecting / Active.
    quint64 poolRequest = 0;
    FileTransfer* transfer = nullptr;
    FtpClient* client = nullptr;

    bool isOpen() const
    {
        return state == State::Pending || state == State::Connecting || state == State::Active ||
               state == State::RetryWait || state == State::AnswerWait || state == State::Verifying;
    }
};

// Internal to the transfer queue: one job.
struct TransferJob
{
    TransferJobId id = 0;
    QString siteId;
    TransferDirection direction = TransferDirection::Download;
    bool folder = false;
    QString localPath;
    QString remotePath;
    std::optional<FileExistsAction> existsAction;
    QStringList includeGlobs;
    QStringList excludeGlobs;
    TransferJobState state = TransferJobState::Queued;
    QString error;
    FtpOperation::Error errorKind = FtpOperation::Error::NoError;
    bool unplanned = false; // TransferJobRequest::unplanned

    // Planning.
    bool planned = false;
    JobPlanner* planner = nullptr;
    enum class PlannerState
    {
        Idle,
        Connecting,
        Running,
        RetryWait
    };
    PlannerState plannerState = PlannerState::Idle;
    quint64 plannerRequest = 0;
    FtpClient* plannerClient = nullptr;
    int plannerAttempts = 0;

    // Uploads of folders: the size check of finished files, in batches (UploadVerifier).
    enum class VerifyState
    {
        Idle,
        Connecting,
        Running,
        RetryWait
    };
    VerifyState verifyState = VerifyState::Idle;
    std::vector<int> toVerify; // Verifying items not in the running batch
    quint64 verifyRequest = 0;
    UploadVerifier* verifier = nullptr;
    int verifyAttempts = 0;
    qint64 bytesVerifying = 0; // sizes of the Verifying items

    // Files.
    std::vector<TransferFileItem> items;
    std::deque<int> ready;
    QSet<int> working; // Connecting or Active
    int filesDone = 0;
    int filesSkipped = 0;
    int filesFailed = 0;      // failed items and failed entries
    int openItems = 0;        // items that are not finished
    qint64 bytesTotal = 0;    // sizes of the files found, skipped ones excluded
    qint64 bytesFinished = 0; // sizes of the files done
    qint64 moved = 0;         // bytes moved over the network in all (monotonic, for speed)
    SpeedMeter speed;
    int retries = 0;
    QList<TransferFileError> entryErrors; // folders the planner could not list or create
    QStringList notes;
    // While a retried job walks its folders again: the files it has already, so none is added twice.
    QSet<QString> knownFiles;

    quint64 generation = 0; // bumped by pause, cancel and retry: stale timers see it
    bool dirty = false;
    QString currentFile;
};

// What a view shows of a job, copied out (bytes of running files included).
TransferJobSnapshot snapshotOf(const TransferJob& job);
// The files (and folders) of a job that failed, with the reason: the folders first, then the files in
// the order they were found.
QList<TransferFileError> fileErrorsOf(const TransferJob& job);
// The path a person knows a job's file by: local (native separators) for uploads, remote for downloads.
QString sourcePathOf(const TransferJob& job, const TransferFileItem& item);
// The same path as the job keeps it (local ones with '/'), to recognise a file found twice.
QString sourceKeyOf(const TransferJob& job, const TransferFileItem& item);
// Source and target facts of an item now, for the file-exists policy (downloads look at the local file).
void itemFactsOf(const TransferJob& job, const TransferFileItem& item, FileFacts* source, FileFacts* target,
                 bool* targetIsFolder);
bool isOpenState(TransferJobState state);     // queued or running
bool isFinishedState(TransferJobState state); // done, failed, skipped or canceled

} // namespace Ferry
