#pragma once

#include "server/filesystem.h"

#include <QFuture>
#include <QString>
#include <memory>

class QIODevice;

namespace Ferry {

// How STOR and STOU make an upload appear all at once: the bytes go to a temporary name in the target's
// folder (".ferry-upload-<random>"), which is renamed over the final name only when the whole file has
// arrived; an upload that fails or is aborted is removed, so no partial file ever appears under the
// final name and a file it would replace stays untouched. (APPE and REST + STOR write in place, as the
// client asked: they do not use this.) The rename and the removal run in the background
// (FileSystem::renameInBackground): over a big file they can take half a second.
class UploadCommit final
{
    Q_DISABLE_COPY_MOVE(UploadCommit)

public:
    enum class Existing
    {
        Replace, // STOR: a file at the final name is replaced
        Keep,    // STOU: the final name was free; if it is taken meanwhile, the commit fails
    };

    UploadCommit(std::shared_ptr<FileSystem> fs, const QString& path, Existing existing);
    // Removes the temporary file (in the background) if it was neither committed nor discarded.
    ~UploadCommit();

    QString path() const { return m_path; }
    QString temporaryPath() const { return m_temporaryPath; }
    // A temporary file exists that was neither committed nor discarded.
    bool isPending() const { return !m_temporaryPath.isEmpty(); }

    // Creates the temporary file: the device the upload is written to (nullptr and error on failure).
    std::unique_ptr<QIODevice> open(FsError* error);
    // Renames the temporary file to the final name; if that fails, the temporary file is removed too.
    // The device must be closed. The upload is no longer pending once this is called.
    QFuture<FsOutcome> commit();
    // Removes the temporary file (the device must be closed); a file already gone counts as removed.
    QFuture<FsOutcome> discard();

private:
    std::shared_ptr<FileSystem> m_fs;
    QString m_path;
    QString m_temporaryPath;
    Existing m_existing;
};

} // namespace Ferry
