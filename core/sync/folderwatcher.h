#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace Ferry {

class DirectoryNotifier;

// Watches a local folder and everything below it and reports what changed, ready to be mirrored: the
// window's "Keep remote up to date", `ferry mirror --watch` and remote editing use it alike.
//
// - Recursive: folders that appear are watched (and what they already hold is reported); folders that go
//   are reported with everything they held (files first, deepest first).
// - Bursts: events are collected until the folder has been quiet for debounceMs (at most maxBatchMs of a
//   continuing burst at a time), and each file is reported once per burst.
// - Editors and build tools that save by writing a temporary file and renaming it over the old one: the
//   temporary name comes and goes inside the burst; the file is reported once, as changed.
// - Files still being written are held back until their size and times have stayed put for settleMs and
//   (on Linux) no process has them open for writing any more (at most maxWriterWaitMs).
// - Ignore patterns are transferFilterAccepts() exclude patterns ("*.o", ".git/"); Ferry's partial
//   downloads are always ignored.
//
// Built on DirectoryNotifier: inotify on the folders on Linux (one watch per folder), QFileSystemWatcher on
// folders and files elsewhere.
class FolderWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderWatcher)

public:
    struct Options
    {
        QStringList ignore;
        int debounceMs = 300;
        int maxBatchMs = 2000;
        int settleMs = 1000;
        int maxWriterWaitMs = 60000;
    };

    enum class ChangeKind
    {
        FileChanged, // created or modified
        FileRemoved,
        FolderAdded,
        FolderRemoved,
    };

    struct Change
    {
        ChangeKind kind = ChangeKind::FileChanged;
        QString path; // relative to the root, '/'-separated
        qint64 size = -1;
    };

    explicit FolderWatcher(QObject* parent = nullptr);
    ~FolderWatcher() override;

    // Takes the folder's present state as the starting point (nothing is reported for it) and watches.
    // False with *errorString when it is not a folder or cannot be watched.
    bool start(const QString& root, const Options& options, QString* errorString = nullptr);
    void stop();
    bool isRunning() const { return m_running; }
    QString root() const { return m_root; }
    Options options() const { return m_options; }
    // Files changed but not reported yet (settling or being written).
    int pendingCount() const { return int(m_pending.size()); }
    int watchedFolderCount() const { return int(m_folders.size()); }
    // Whether `relativePath` is left out by the ignore patterns.
    bool isIgnored(const QString& relativePath, bool folder) const;

Q_SIGNALS:
    void changed(const QList<Ferry::FolderWatcher::Change>& changes);
    // Something the user must know: the folder itself went away (watching stops), a watch could not be
    // added (system limit).
    void failed(const QString& message);

private:
    struct Stat
    {
        bool exists = false;
        bool dir = false;
        qint64 size = -1;
        qint64 modified = 0; // ms since the epoch
        qint64 changed = 0;  // metadata change (a rename over the file, a write)

        bool operator==(const Stat& other) const
        {
            return exists == other.exists && dir == other.dir && size == other.size &&
                   modified == other.modified && changed == other.changed;
        }
        bool operator!=(const Stat& other) const { return !(*this == other); }
    };
    struct Pending
    {
        Stat seen;
        qint64 changedAtMs = 0; // when `seen` was first seen
        qint64 firstSeenMs = 0;
    };

    Stat statOf(const QString& relative) const;
    QString absolute(const QString& relative) const;
    QString relative(const QString& absolute) const;
    void onDirectoryChanged(const QString& path);
    void onFileChanged(const QString& path);
    void poke();
    void process();
    void scanFolder(const QString& folder, QList<Change>* changes);
    void addFolder(const QString& folder, QList<Change>* changes, bool report);
    void removeEntry(const QString& path, QList<Change>* changes);
    void watchFile(const QString& relative);
    void watchFolder(const QString& relative);
    void reportWatchFailure(const QString& absolutePath);
    void markPending(const QString& relative, const Stat& stat);

    QString m_root;
    Options m_options;
    bool m_running = false;
    DirectoryNotifier* m_watcher = nullptr;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_burstStartMs = -1;
    // What was last reported (or found at the start), by relative path ("" is the root).
    QHash<QString, Stat> m_known;
    QHash<QString, QSet<QString>> m_folders; // folder -> names in it known
    QSet<QString> m_dirtyFolders;
    QHash<QString, Pending> m_pending;
    bool m_watchLimitReported = false;
};

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::FolderWatcher::Change)
