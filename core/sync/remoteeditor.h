#pragma once

#include "sync/synctree.h"
#include "transfer/transfertypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <map>
#include <optional>

namespace Ferry {

class FolderWatcher;
class RemoteCommandQueue;
class TransferEngine;

// Editing remote files: each file is downloaded (through the transfer queue) to a temporary folder of
// its own, watched there (FolderWatcher: editors that save by renaming a temporary file are seen), and
// uploaded back when saved: at once, or after uploadQuestion() is answered, per the policy. Before each
// upload the file's entry in its server folder's listing is compared with what it was when it was opened
// (or last uploaded): if the server's copy changed meanwhile, conflict() asks before overwriting it.
// Opening the copy in an editor is the caller's part (the window: the desktop's default application or
// a chosen editor).
class RemoteEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteEditor)

public:
    enum class UploadPolicy
    {
        Ask,       // uploadQuestion() on every save
        Automatic, // upload every save
    };

    enum class State
    {
        Opening,  // reading the server's entry, downloading
        Watching, // the copy is open; nothing to upload
        Saved,    // saved; waiting for an answer to uploadQuestion()
        Checking, // comparing the server's copy with the one opened
        Conflict, // the server's copy changed; waiting for overwrite() or keepServerCopy()
        Uploading,
        Failed, // the last step failed (message); watching goes on
    };

    struct File
    {
        quint64 id = 0;
        QString siteId;
        QString remotePath;
        QString localPath; // the temporary copy
        State state = State::Opening;
        QString message;                 // the last failure or conflict, for a person
        std::optional<SyncEntry> remote; // the server's entry when opened or last uploaded
        QDateTime openedAt;
        QDateTime lastUploadAt;
        int uploads = 0;
    };

    explicit RemoteEditor(TransferEngine* queue, QObject* parent = nullptr);
    ~RemoteEditor() override;

    UploadPolicy uploadPolicy() const { return m_policy; }
    void setUploadPolicy(UploadPolicy policy) { m_policy = policy; }
    // Where the temporary copies go (default: a "ferry-edit" folder in QStandardPaths' temp location).
    void setWorkFolder(const QString& path) { m_workFolder = path; }
    QString workFolder() const;

    // Starts editing a remote file of a site the queue knows: returns its id (0 with *errorString).
    // opened() follows once the copy is there (or failed()).
    quint64 open(const QString& siteId, const QString& remotePath, QString* errorString = nullptr);
    // Stops watching and forgets the file; its temporary copy is deleted.
    void stopWatching(quint64 id);
    void stopAll();

    // Answers uploadQuestion(): upload the saved copy (after the conflict check) or not (watching goes on).
    void upload(quint64 id);
    void skipUpload(quint64 id);
    // Answers conflict(): replace the server's copy with this one, or leave it (watching goes on; the
    // server's copy counts as the one opened from now on).
    void overwrite(quint64 id);
    void keepServerCopy(quint64 id);

    QList<File> files() const;
    std::optional<File> file(quint64 id) const;
    static QString stateText(State state);

Q_SIGNALS:
    // The copy is ready at localPath: open it in an editor.
    void opened(quint64 id, const QString& localPath);
    // The copy was saved and the policy is Ask.
    void uploadQuestion(quint64 id);
    // The server's copy changed since it was opened or last uploaded (message says how).
    void conflict(quint64 id, const QString& message);
    void uploaded(quint64 id);
    void failed(quint64 id, const QString& message);
    // Anything about the file changed (state, message): the list redraws its row. Removed: gone.
    void fileChanged(quint64 id);
    void fileRemoved(quint64 id);

private:
    struct Entry
    {
        File file;
        FolderWatcher* watcher = nullptr;
        QString folder; // the temporary folder holding the copy
        TransferJobId job = 0;
        bool savedAgain = false; // saved while checking or uploading
    };

    Entry* find(quint64 id);
    void setState(Entry& entry, State state, const QString& message = QString());
    void startDownload(quint64 id);
    void onJobChanged(TransferJobId job, const TransferJobSnapshot& snapshot);
    void startWatching(Entry& entry);
    void onSaved(quint64 id);
    void check(quint64 id);
    void startUpload(quint64 id);
    void afterUpload(quint64 id);
    void fail(Entry& entry, const QString& message);

    TransferEngine* m_queue;
    UploadPolicy m_policy = UploadPolicy::Ask;
    QString m_workFolder;
    RemoteCommandQueue* remoteFor(const QString& siteId);

    std::map<quint64, Entry> m_entries; // nodes stay put: Entry* may be kept across calls
    QList<quint64> m_order;
    quint64 m_nextId = 1;
};

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::RemoteEditor::File)
