#pragma once

#include "server/filesystem.h"

#include <QString>
#include <memory>

class QIODevice;

namespace Ferry {

// How STOR and STOU make an upload appear all at once: the bytes go to a temporary name in the target's
// folder (".ferry-upload-<random>"), which is renamed over the final name only when the whole file has
// arrived; an upload that fails or is aborted is removed, so no partial file ever appears under the
// final name and a file it would replace stays untouched. (APPE and REST + STOR write in place, as the
// client asked: they do not use this.)
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
    // Removes the temporary file if it was neither committed nor discarded.
    ~UploadCommit();

    QString path() const { return m_path; }
    QString temporaryPath() const { return m_temporaryPath; }
    // A temporary file exists that was neither committed nor discarded.
    bool isPending() const { return !m_temporaryPath.isEmpty(); }

    // Creates the temporary file: the device the upload is written to (nullptr and error on failure).
    std::unique_ptr<QIODevice> open(FsError* error);
    // Renames the temporary file to the final name. The device must be closed.
    bool commit(FsError* error);
    // Removes the temporary file (the device must be closed). False, with error, if it could not be
    // removed (a file already gone is not an error).
    bool discard(FsError* error);

private:
    std::shared_ptr<FileSystem> m_fs;
    QString m_path;
    QString m_temporaryPath;
    Existing m_existing;
};

} // namespace Ferry
