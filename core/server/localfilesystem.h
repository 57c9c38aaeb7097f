#pragma once

#include "server/filesystem.h"

#include <QCoreApplication>

class QFileInfo;

namespace Ferry {

// A jail on a local folder. Virtual "/a/b" is <root>/a/b. Every path is resolved (symlinks included)
// and refused when it ends up outside the root: a symlink inside the folder that points elsewhere, or a
// dangling one, is neither followed nor listed. Operations on a name itself (remove, rename) act on the
// link, never on its target. FTP users cannot create symlinks; the jail assumes no local user swaps a
// folder for a symlink while a request is being handled (no openat()/O_NOFOLLOW race protection).
// Thread-safe (it holds nothing but its root): the background operations run on a copy in a worker.
class LocalFileSystem final : public FileSystem
{
    Q_DECLARE_TR_FUNCTIONS(LocalFileSystem)

public:
    explicit LocalFileSystem(const QString& rootPath);

    // False when the root does not exist or is not a folder; errorString() says why.
    bool isValid() const { return !m_root.isEmpty(); }
    QString errorString() const { return m_error; }
    // The canonical local root.
    QString rootPath() const { return m_root; }

    QString description() const override;
    std::optional<FileInfo> stat(const QString& path, FsError* error) const override;
    std::optional<QList<FileInfo>> list(const QString& directory, FsError* error) const override;
    std::unique_ptr<QIODevice> openRead(const QString& path, qint64 offset, FsError* error) override;
    std::unique_ptr<QIODevice> openWrite(const QString& path, WriteMode mode, qint64 offset,
                                         FsError* error) override;
    bool makeDirectory(const QString& path, FsError* error) override;
    bool removeDirectory(const QString& path, FsError* error) override;
    bool removeFile(const QString& path, FsError* error) override;
    bool rename(const QString& from, const QString& to, bool replaceExisting, FsError* error) override;
    // In a worker thread (a pool of a few shared by every LocalFileSystem).
    QFuture<FsOutcome> renameInBackground(const QString& from, const QString& to,
                                          bool replaceExisting) override;
    QFuture<FsOutcome> removeFileInBackground(const QString& path) override;

    // The local path `virtualPath` designates, or nullopt (and error) when it is invalid or leaves the
    // root. FollowLink resolves a final symlink (open, stat, list); NoFollow keeps it (remove, rename).
    enum class Resolve
    {
        FollowLink,
        NoFollow
    };
    std::optional<QString> localPath(const QString& virtualPath, Resolve mode, FsError* error) const;

private:
    // Sets error to `source` (marked with QT_TR_NOOP) in English and translated, %1... from args.
    static void fail(FsError* error, FsError::Code code, const char* source,
                     std::initializer_list<ServerText> args = {});
    bool isInside(const QString& canonicalPath) const;
    FileInfo infoFrom(const QFileInfo& info) const;

    QString m_root; // canonical, no trailing '/' unless it is "/"
    QString m_error;
};

} // namespace Ferry
