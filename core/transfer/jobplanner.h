#pragma once

#include "client/ftpoperation.h"
#include "protocol/remoteentry.h"
#include "transfer/transfertypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <deque>

namespace Ferry {

class FtpClient;

// Turns one job (a file or a folder, either way) into the list of files to move, on one connection:
//
// - Downloads list the remote tree breadth first (LIST/MLSD), create the local folders and report every
//   file with its size and time. Symbolic links are probed with CWD: links to files become files; links
//   to folders are followed only when their target is known and is not a folder the walk is inside of
//   (a loop); others are reported and skipped.
// - Uploads read the local tree one folder per step, list the remote folders that exist (for the
//   file-exists policy), create the missing ones (MKD, parents first) and report every file with what
//   the remote listing says about its target. Local links to folders are followed only when asked and
//   never into a folder the walk is inside of (canonical paths).
//
// A failed server operation stops the run (stopped()); run() with a connection again continues at the
// step that failed, so transient failures are retried without starting over.
class JobPlanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobPlanner)

public:
    struct Request
    {
        TransferDirection direction = TransferDirection::Download;
        bool folder = false;
        QString localPath;
        QString remotePath;
        bool followLocalSymlinks = false;
        // Downloads: only look (RemoteTasks' tree listing): no local folder is made, and every folder of
        // the tree is reported with folderFound().
        bool listOnly = false;
    };

    struct FoundFile
    {
        QString localPath;
        QString remotePath;
        qint64 size = -1; // the source's
        QDateTime time;
        bool timeHasSeconds = true;
        // Uploads: the remote target as listed (downloads look at the local file when they start).
        bool targetExists = false;
        qint64 targetSize = -1;
        QDateTime targetTime;
        bool targetTimeHasSeconds = true;
    };

    enum class Outcome
    {
        Running,
        Done,
        Failed, // see error(), errorString(), isRetryable()
        Aborted,
    };

    explicit JobPlanner(const Request& request, QObject* parent = nullptr);
    ~JobPlanner() override;

    // Works on `client` until done or until a server operation fails; then stopped(). Call again with a
    // connection (the same or another) to go on after a failure or an abort.
    void run(FtpClient* client);
    // Stops the current operation; stopped() with Aborted follows.
    void abort();

    Outcome outcome() const { return m_outcome; }
    bool isDone() const { return m_outcome == Outcome::Done; }
    // True once the job's path turned out to be a folder (or was one from the start).
    bool isFolder() const { return m_request.folder; }
    FtpOperation::Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    bool isRetryable() const { return m_retryable; }

Q_SIGNALS:
    void filesFound(const QList<Ferry::JobPlanner::FoundFile>& files);
    // Something left out on purpose (a link loop, a special file) or a folder that failed; `failed`
    // counts it as a failed file of the job.
    void entryNote(const QString& path, const QString& message, bool failed);
    // listOnly: a folder of the tree (its remote path), before its contents.
    void folderFound(const QString& remotePath, const QDateTime& time);
    void stopped();

private:
    enum class RemoteState
    {
        Unknown, // may exist: list it
        Listed,  // exists; m_entries holds the listing
        Created, // made by us: empty
    };
    enum class Phase
    {
        Start,
        RootIdentity,
        NextFolder,
        CheckFolder,
        ListFolder,
        CreateFolder,
        ReadFolder,
        MakeSubfolders,
        ProbeLinks,
    };
    struct Folder
    {
        QString local;
        QString remote;
        QString real;      // canonical local path (uploads) or the remote path links resolve to (downloads)
        QStringList chain; // the real paths of the folders above, for loop detection
        // Downloads from MLSD servers: the RFC 3659 "unique" fact of the folder and of those above. Such
        // servers list a link to a folder as a plain folder; its unique value gives a loop away.
        QString unique;
        QStringList uniqueChain;
        int depth = 0;
        RemoteState remoteState = RemoteState::Unknown;
        // Known to exist (seen as a folder in its parent's listing). Others are checked with CWD first:
        // vsftpd answers LIST of a missing folder with an empty listing and 226.
        bool verified = false;
    };

    void advance();
    void stepStart();
    void learnRootIdentity();
    // MLSD servers that know the "unique" fact but do not send it by default are asked for it (OPTS
    // MLST) once per connection the planner runs on.
    bool requestUniqueFact();
    void startFolder();
    void checkFolder();
    void folderMissing(FtpOperation* operation);
    void listFolder();
    void onFolderListed(FtpOperation* operation, const QList<RemoteEntry>& entries);
    void createRemoteChain();
    void readLocalFolder();
    void processRemoteListing();
    void makeNextSubfolder();
    void probeNextLink();
    void finishFolder();

    void stop(Outcome outcome);
    void stall(FtpOperation* operation);
    void failPermanently(FtpOperation::Error error, const QString& message);
    bool isLoop(const Folder& parent, const QString& real) const;
    const RemoteEntry* findEntry(const QString& name) const;

    Request m_request;
    FtpClient* m_client = nullptr;
    QPointer<FtpOperation> m_op;
    Outcome m_outcome = Outcome::Running;
    bool m_aborting = false;
    FtpOperation::Error m_error = FtpOperation::Error::NoError;
    QString m_errorString;
    bool m_retryable = false;

    Phase m_phase = Phase::Start;
    std::deque<Folder> m_folders;
    Folder m_current;
    QList<RemoteEntry> m_entries;      // the current folder's remote listing
    QList<Folder> m_pendingSubfolders; // uploads: to create with MKD
    QList<RemoteEntry> m_pendingLinks; // downloads: symbolic links to probe
    QStringList m_chainToCreate;       // the remote root's missing parents, top first
    bool m_singleFile = false;
    bool m_uniqueRequested = false;
};

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::JobPlanner::FoundFile)
