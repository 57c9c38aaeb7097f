#include "server/localfilesystem.h"

#include "server/virtualpath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QThreadPool>
#include <filesystem>
#include <system_error>

namespace Ferry {

namespace {

std::filesystem::path toFsPath(const QString& path)
{
#ifdef Q_OS_WIN
    return std::filesystem::path(path.toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

int modeBits(QFileDevice::Permissions p)
{
    int mode = 0;
    if (p & QFileDevice::ReadOwner)
        mode |= 0400;
    if (p & QFileDevice::WriteOwner)
        mode |= 0200;
    if (p & QFileDevice::ExeOwner)
        mode |= 0100;
    if (p & QFileDevice::ReadGroup)
        mode |= 0040;
    if (p & QFileDevice::WriteGroup)
        mode |= 0020;
    if (p & QFileDevice::ExeGroup)
        mode |= 0010;
    if (p & QFileDevice::ReadOther)
        mode |= 0004;
    if (p & QFileDevice::WriteOther)
        mode |= 0002;
    if (p & QFileDevice::ExeOther)
        mode |= 0001;
    return mode;
}

FsError::Code codeForFileError(QFileDevice::FileError error)
{
    switch (error) {
    case QFileDevice::PermissionsError:
        return FsError::Code::PermissionDenied;
    case QFileDevice::ResourceError:
        return FsError::Code::NoSpace;
    default:
        return FsError::Code::Io;
    }
}

// The workers of the background operations, shared by every LocalFileSystem. A few: one slow rename or
// unlink does not hold up another session's.
QThreadPool* fileOperationPool()
{
    static QThreadPool* const pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(4);
        p->setObjectName(QStringLiteral("ferry-file-operations"));
        return p;
    }();
    return pool;
}

// Runs `operation` (a FsOutcome()) in the pool; the future finishes when it has run.
template <typename Operation> QFuture<FsOutcome> inBackground(Operation operation)
{
    auto promise = std::make_shared<QPromise<FsOutcome>>();
    QFuture<FsOutcome> future = promise->future();
    promise->start();
    fileOperationPool()->start([promise, operation = std::move(operation)]() mutable {
        promise->addResult(operation());
        promise->finish();
    });
    return future;
}

} // namespace

void LocalFileSystem::fail(FsError* error, FsError::Code code, const char* source,
                           std::initializer_list<ServerText> args)
{
    setError(error, code, ServerText::translate("LocalFileSystem", source, args));
}

LocalFileSystem::LocalFileSystem(const QString& rootPath)
{
    const QFileInfo info(rootPath);
    const QString canonical = info.canonicalFilePath();
    if (rootPath.isEmpty() || canonical.isEmpty()) {
        m_error = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(rootPath));
        return;
    }
    if (!QFileInfo(canonical).isDir()) {
        m_error = tr("%1 is not a folder.").arg(QDir::toNativeSeparators(rootPath));
        return;
    }
    m_root = canonical;
    while (m_root.size() > 1 && m_root.endsWith(QLatin1Char('/')))
        m_root.chop(1);
}

QString LocalFileSystem::description() const
{
    return QDir::toNativeSeparators(m_root);
}

bool LocalFileSystem::isInside(const QString& canonicalPath) const
{
    if (canonicalPath.isEmpty())
        return false;
    if (m_root == QLatin1String("/"))
        return canonicalPath.startsWith(QLatin1Char('/'));
    return canonicalPath == m_root || canonicalPath.startsWith(m_root + QLatin1Char('/'));
}

std::optional<QString> LocalFileSystem::localPath(const QString& virtualPath, Resolve mode,
                                                  FsError* error) const
{
    if (!isValid()) {
        setError(error, FsError::Code::Io, m_error);
        return std::nullopt;
    }
    const std::optional<QString> normal = VirtualPath::normalize(virtualPath);
    if (!normal) {
        fail(error, FsError::Code::InvalidName, QT_TR_NOOP("Invalid file name: %1"), {virtualPath});
        return std::nullopt;
    }
    if (VirtualPath::isRoot(*normal))
        return m_root;

    // The folder that holds the name, with every symlink resolved, must be inside the root.
    const QString parentVirtual = VirtualPath::parent(*normal);
    const QString parentLocal =
        VirtualPath::isRoot(parentVirtual)
            ? m_root
            : QFileInfo((m_root == QLatin1String("/") ? QString() : m_root) + parentVirtual)
                  .canonicalFilePath();
    if (parentLocal.isEmpty()) {
        fail(error, FsError::Code::NotFound, QT_TR_NOOP("No such folder: %1"), {parentVirtual});
        return std::nullopt;
    }
    if (!isInside(parentLocal)) {
        fail(error, FsError::Code::OutsideRoot, QT_TR_NOOP("%1 leads outside the shared folder."),
             {parentVirtual});
        return std::nullopt;
    }
    if (!QFileInfo(parentLocal).isDir()) {
        fail(error, FsError::Code::NotADirectory, QT_TR_NOOP("Not a folder: %1"), {parentVirtual});
        return std::nullopt;
    }
    const QString candidate = (parentLocal == QLatin1String("/") ? QString() : parentLocal) +
                              QLatin1Char('/') + VirtualPath::fileName(*normal);
    if (mode == Resolve::NoFollow)
        return candidate;

    const QFileInfo info(candidate);
    if (!info.isSymLink())
        return candidate;
    const QString target = info.canonicalFilePath();
    if (target.isEmpty()) {
        // A dangling link: following it could create a file anywhere.
        fail(error, FsError::Code::NotFound, QT_TR_NOOP("No such file or folder: %1"), {*normal});
        return std::nullopt;
    }
    if (!isInside(target)) {
        fail(error, FsError::Code::OutsideRoot, QT_TR_NOOP("%1 leads outside the shared folder."), {*normal});
        return std::nullopt;
    }
    return target;
}

FileInfo LocalFileSystem::infoFrom(const QFileInfo& info) const
{
    FileInfo result;
    result.name = info.fileName();
    if (info.isDir())
        result.type = FileInfo::Type::Directory;
    else if (info.isFile())
        result.type = FileInfo::Type::File;
    else
        result.type = FileInfo::Type::Other;
    result.size = result.type == FileInfo::Type::File ? info.size() : 0;
    result.modified = info.lastModified().toUTC();
    result.mode = modeBits(info.permissions());
    result.readable = info.isReadable();
    result.writable = info.isWritable();
    return result;
}

std::optional<FileInfo> LocalFileSystem::stat(const QString& path, FsError* error) const
{
    const std::optional<QString> local = localPath(path, Resolve::FollowLink, error);
    if (!local)
        return std::nullopt;
    const QFileInfo info(*local);
    if (!info.exists()) {
        fail(error, FsError::Code::NotFound, QT_TR_NOOP("No such file or folder: %1"), {path});
        return std::nullopt;
    }
    FileInfo result = infoFrom(info);
    result.name = VirtualPath::fileName(*VirtualPath::normalize(path));
    return result;
}

std::optional<QList<FileInfo>> LocalFileSystem::list(const QString& directory, FsError* error) const
{
    const std::optional<QString> local = localPath(directory, Resolve::FollowLink, error);
    if (!local)
        return std::nullopt;
    const QFileInfo info(*local);
    if (!info.exists()) {
        fail(error, FsError::Code::NotFound, QT_TR_NOOP("No such folder: %1"), {directory});
        return std::nullopt;
    }
    if (!info.isDir()) {
        fail(error, FsError::Code::NotADirectory, QT_TR_NOOP("Not a folder: %1"), {directory});
        return std::nullopt;
    }
    if (!info.isReadable()) {
        fail(error, FsError::Code::PermissionDenied, QT_TR_NOOP("Permission denied: %1"), {directory});
        return std::nullopt;
    }
    const QDir dir(*local);
    const QFileInfoList entries = dir.entryInfoList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::NoSort);
    QList<FileInfo> result;
    result.reserve(entries.size());
    for (const QFileInfo& entry : entries) {
        if (entry.isSymLink()) {
            // Show a link as what it points to, and only when that is inside the root.
            const QString target = entry.canonicalFilePath();
            if (!isInside(target))
                continue;
            FileInfo resolved = infoFrom(QFileInfo(target));
            resolved.name = entry.fileName();
            result.append(resolved);
            continue;
        }
        result.append(infoFrom(entry));
    }
    return result;
}

std::unique_ptr<QIODevice> LocalFileSystem::openRead(const QString& path, qint64 offset, FsError* error)
{
    const std::optional<QString> local = localPath(path, Resolve::FollowLink, error);
    if (!local)
        return nullptr;
    const QFileInfo info(*local);
    if (!info.exists()) {
        fail(error, FsError::Code::NotFound, QT_TR_NOOP("No such file: %1"), {path});
        return nullptr;
    }
    if (info.isDir()) {
        fail(error, FsError::Code::IsADirectory, QT_TR_NOOP("%1 is a folder, not a file."), {path});
        return nullptr;
    }
    if (!info.isFile()) {
        fail(error, FsError::Code::Io, QT_TR_NOOP("%1 is not a regular file."), {path});
        return nullptr;
    }
    auto file = std::make_unique<QFile>(*local);
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        fail(error, codeForFileError(file->error()), QT_TR_NOOP("Could not open %1: %2"),
             {path, ServerText::fileError(file->error(), file->errorString())});
        return nullptr;
    }
    if (offset < 0 || offset > file->size() || !file->seek(offset)) {
        fail(error, FsError::Code::Io, QT_TR_NOOP("Cannot start reading %1 at byte %2."),
             {path, QString::number(offset)});
        return nullptr;
    }
    return file;
}

std::unique_ptr<QIODevice> LocalFileSystem::openWrite(const QString& path, WriteMode mode, qint64 offset,
                                                      FsError* error)
{
    const std::optional<QString> local = localPath(path, Resolve::FollowLink, error);
    if (!local)
        return nullptr;
    const QFileInfo info(*local);
    if (info.isDir()) {
        fail(error, FsError::Code::IsADirectory, QT_TR_NOOP("%1 is a folder, not a file."), {path});
        return nullptr;
    }
    if (info.exists() && !info.isFile()) {
        fail(error, FsError::Code::Io, QT_TR_NOOP("%1 is not a regular file."), {path});
        return nullptr;
    }
    auto file = std::make_unique<QFile>(*local);
    QIODevice::OpenMode openMode = QIODevice::Unbuffered;
    switch (mode) {
    case WriteMode::Truncate:
        openMode |= QIODevice::WriteOnly | QIODevice::Truncate;
        break;
    case WriteMode::Append:
        openMode |= QIODevice::WriteOnly | QIODevice::Append;
        break;
    case WriteMode::AtOffset:
        openMode |= QIODevice::ReadWrite; // WriteOnly alone would truncate
        break;
    }
    if (!file->open(openMode)) {
        fail(error, codeForFileError(file->error()), QT_TR_NOOP("Could not open %1 for writing: %2"),
             {path, ServerText::fileError(file->error(), file->errorString())});
        return nullptr;
    }
    if (mode == WriteMode::AtOffset) {
        if (offset < 0 || offset > file->size()) {
            fail(error, FsError::Code::Io, QT_TR_NOOP("Cannot resume %1 at byte %2: the file has %3 bytes."),
                 {path, QString::number(offset), QString::number(file->size())});
            return nullptr;
        }
        if (!file->resize(offset) || !file->seek(offset)) {
            fail(error, codeForFileError(file->error()), QT_TR_NOOP("Could not resume %1 at byte %2: %3"),
                 {path, QString::number(offset), ServerText::fileError(file->error(), file->errorString())});
            return nullptr;
        }
    }
    return file;
}

bool LocalFileSystem::makeDirectory(const QString& path, FsError* error)
{
    const std::optional<QString> local = localPath(path, Resolve::NoFollow, error);
    if (!local)
        return false;
    const QFileInfo info(*local);
    if (info.exists() || info.isSymLink()) {
        fail(error, FsError::Code::AlreadyExists, QT_TR_NOOP("%1 already exists."), {path});
        return false;
    }
    if (!QDir().mkdir(*local)) {
        const bool parentWritable = QFileInfo(info.absolutePath()).isWritable();
        if (parentWritable)
            fail(error, FsError::Code::Io, QT_TR_NOOP("Could not create the folder %1."), {path});
        else
            fail(error, FsError::Code::PermissionDenied, QT_TR_NOOP("Permission denied: cannot create %1."),
                 {path});
        return false;
    }
    return true;
}

bool LocalFileSystem::removeDirectory(const QString& path, FsError* error)
{
    const std::optional<QString> local = localPath(path, Resolve::NoFollow, error);
    if (!local)
        return false;
    if (*local == m_root) {
        fail(error, FsError::Code::PermissionDenied, QT_TR_NOOP("The root folder cannot be removed."));
        return false;
    }
    const QFileInfo info(*local);
    if (!info.exists() && !info.isSymLink()) {
        fail(error, FsError::Code::NotFound, QT_TR_NOOP("No such folder: %1"), {path});
        return false;
    }
    if (info.isSymLink() || !info.isDir()) {
        fail(error, FsError::Code::NotADirectory, QT_TR_NOOP("Not a folder: %1"), {path});
        return false;
    }
    if (!QDir(*local).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
        fail(error, FsError::Code::NotEmpty, QT_TR_NOOP("The folder %1 is not empty."), {path});
        return false;
    }
    if (!QDir().rmdir(*local)) {
        fail(error, FsError::Code::PermissionDenied, QT_TR_NOOP("Could not remove the folder %1."), {path});
        return false;
    }
    return true;
}

bool LocalFileSystem::removeFile(const QString& path, FsError* error)
{
    const std::optional<QString> local = localPath(path, Resolve::NoFollow, error);
    if (!local)
        return false;
    const QFileInfo info(*local);
    if (!info.exists() && !info.isSymLink()) {
        fail(error, FsError::Code::NotFound, QT_TR_NOOP("No such file: %1"), {path});
        return false;
    }
    if (info.isDir() && !info.isSymLink()) {
        fail(error, FsError::Code::IsADirectory, QT_TR_NOOP("%1 is a folder: use RMD."), {path});
        return false;
    }
    QFile file(*local);
    if (!file.remove()) {
        fail(error, codeForFileError(file.error()), QT_TR_NOOP("Could not delete %1: %2"),
             {path, ServerText::fileError(file.error(), file.errorString())});
        return false;
    }
    return true;
}

bool LocalFileSystem::rename(const QString& from, const QString& to, bool replaceExisting, FsError* error)
{
    const std::optional<QString> source = localPath(from, Resolve::NoFollow, error);
    if (!source)
        return false;
    const std::optional<QString> target = localPath(to, Resolve::NoFollow, error);
    if (!target)
        return false;
    if (*source == m_root || *target == m_root) {
        fail(error, FsError::Code::PermissionDenied, QT_TR_NOOP("The root folder cannot be renamed."));
        return false;
    }
    const QFileInfo sourceInfo(*source);
    if (!sourceInfo.exists() && !sourceInfo.isSymLink()) {
        fail(error, FsError::Code::NotFound, QT_TR_NOOP("No such file or folder: %1"), {from});
        return false;
    }
    if (*source == *target)
        return true;
    const QFileInfo targetInfo(*target);
    if (targetInfo.exists() || targetInfo.isSymLink()) {
        if (targetInfo.isDir() && !targetInfo.isSymLink()) {
            fail(error, FsError::Code::AlreadyExists, QT_TR_NOOP("A folder named %1 already exists."), {to});
            return false;
        }
        if (!replaceExisting) {
            fail(error, FsError::Code::AlreadyExists, QT_TR_NOOP("%1 already exists."), {to});
            return false;
        }
        if (sourceInfo.isDir() && !sourceInfo.isSymLink()) {
            fail(error, FsError::Code::AlreadyExists, QT_TR_NOOP("%1 already exists."), {to});
            return false;
        }
    }
    if (sourceInfo.isDir() && !sourceInfo.isSymLink() && target->startsWith(*source + QLatin1Char('/'))) {
        fail(error, FsError::Code::InvalidName, QT_TR_NOOP("Cannot move %1 into itself."), {from});
        return false;
    }
    std::error_code ec;
    std::filesystem::rename(toFsPath(*source), toFsPath(*target), ec);
    if (ec) {
        const FsError::Code code =
            ec == std::errc::permission_denied || ec == std::errc::operation_not_permitted
                ? FsError::Code::PermissionDenied
                : FsError::Code::Io;
        fail(error, code, QT_TR_NOOP("Could not rename %1 to %2: %3"),
             {from, to, ServerText::systemError(ec)});
        return false;
    }
    return true;
}

QFuture<FsOutcome> LocalFileSystem::renameInBackground(const QString& from, const QString& to,
                                                       bool replaceExisting)
{
    return inBackground([self = *this, from, to, replaceExisting]() mutable {
        FsOutcome outcome;
        outcome.ok = self.rename(from, to, replaceExisting, &outcome.error);
        return outcome;
    });
}

QFuture<FsOutcome> LocalFileSystem::removeFileInBackground(const QString& path)
{
    return inBackground([self = *this, path]() mutable {
        FsOutcome outcome;
        outcome.ok = self.removeFile(path, &outcome.error);
        return outcome;
    });
}

} // namespace Ferry
