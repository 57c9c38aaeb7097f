#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

class QFileSystemWatcher;
class QSocketNotifier;

namespace Ferry {

// What FolderWatcher listens to: a change in a folder (an entry came, went or was renamed) or to a file's
// contents. On Linux it is inotify on the folders alone (one watch per folder reports writes to the files
// in it too, so big trees stay far below the system's watch limit); elsewhere QFileSystemWatcher, which
// needs a watch per file as well (addFile).
class DirectoryNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryNotifier)

public:
    explicit DirectoryNotifier(QObject* parent = nullptr);
    ~DirectoryNotifier() override;

    // False when the folder or file cannot be watched (gone, or the system's limit reached: errorString()).
    bool addDirectory(const QString& path);
    void removeDirectory(const QString& path);
    // Only where folder watches do not report writes to their files (not on Linux); true elsewhere.
    bool addFile(const QString& path);
    void removeFile(const QString& path);
    // Whether file watches are needed at all.
    bool needsFileWatches() const;
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void directoryChanged(const QString& path);
    void fileChanged(const QString& path);
    // Events were lost (the kernel's queue overflowed): every folder must be looked at again.
    void overflowed();

private:
    void readEvents();

    QFileSystemWatcher* m_watcher = nullptr; // elsewhere
    QSet<QString> m_directories;             // what m_watcher was given
    QSet<QString> m_files;
    int m_fd = -1; // Linux: the inotify instance
    QSocketNotifier* m_notifier = nullptr;
    QHash<int, QString> m_pathOf; // watch descriptor -> folder
    QHash<QString, int> m_watchOf;
    QString m_error;
};

} // namespace Ferry
