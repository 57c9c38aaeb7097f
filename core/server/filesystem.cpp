#include "server/filesystem.h"

#include <QFileDevice>
#include <QVariant>

namespace Ferry {

FileSystem::~FileSystem() = default;

QDateTime FileSystem::modificationTime(const QString& path, FsError* error) const
{
    const std::optional<FileInfo> info = stat(path, error);
    return info ? info->modified : QDateTime();
}

QFuture<FsOutcome> FileSystem::renameInBackground(const QString& from, const QString& to,
                                                  bool replaceExisting)
{
    FsOutcome outcome;
    outcome.ok = rename(from, to, replaceExisting, &outcome.error);
    return QtFuture::makeReadyFuture(outcome);
}

QFuture<FsOutcome> FileSystem::removeFileInBackground(const QString& path)
{
    FsOutcome outcome;
    outcome.ok = removeFile(path, &outcome.error);
    return QtFuture::makeReadyFuture(outcome);
}

FsError::Code FileSystem::writeErrorCode(const QIODevice& device)
{
    if (const auto* file = qobject_cast<const QFileDevice*>(&device)) {
        if (file->error() == QFileDevice::ResourceError)
            return FsError::Code::NoSpace;
        if (file->error() == QFileDevice::PermissionsError)
            return FsError::Code::PermissionDenied;
        return FsError::Code::Io;
    }
    const QVariant code = device.property("ferryFsError");
    if (code.isValid())
        return static_cast<FsError::Code>(code.toInt());
    return FsError::Code::Io;
}

void FileSystem::setError(FsError* error, FsError::Code code, const QString& message)
{
    setError(error, code, ServerText(message));
}

void FileSystem::setError(FsError* error, FsError::Code code, const ServerText& message)
{
    if (error) {
        error->code = code;
        error->message = message.english;
        error->localizedMessage = message.localized;
    }
}

} // namespace Ferry
