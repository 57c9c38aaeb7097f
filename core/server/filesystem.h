#pragma once

#include "server/servertext.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

class QIODevice;

namespace Ferry {

// What a FileSystem reports about one entry.
struct FileInfo
{
    enum class Type
    {
        File,
        Directory,
        Other
    };

    QString name; // the last path component; "" for the root
    Type type = Type::File;
    qint64 size = 0;
    QDateTime modified; // UTC; invalid when unknown
    // POSIX permission bits (0644, 0755, ...): what LIST and the MLSD unix.mode fact show.
    int mode = 0;
    // What the file system would allow (the session may still be read-only).
    bool readable = true;
    bool writable = true;

    bool isDir() const { return type == Type::Directory; }
    bool isFile() const { return type == Type::File; }
};

// Why a file-system operation failed. `code` picks the FTP reply; `message` is for the client ("No such
// file or folder: /a/b.txt"), in English as every reply on the wire, and `localizedMessage` the same in
// the user's language, for the log and the window. Neither names anything outside the session's root.
struct FsError
{
    enum class Code
    {
        None,
        NotFound,
        AlreadyExists,
        NotADirectory,
        IsADirectory,
        NotEmpty,
        PermissionDenied,
        OutsideRoot, // the path resolves (through a symlink) outside the shared folder
        InvalidName,
        NoSpace,
        Io,
    };
    Code code = Code::None;
    QString message;
    QString localizedMessage;

    bool isError() const { return code != Code::None; }
    // What the log shows: the localized message (the English one when there is none).
    QString logText() const { return localizedMessage.isEmpty() ? message : localizedMessage; }
    ServerText text() const { return ServerText(message, logText()); }
};

// What an operation run in the background came to.
struct FsOutcome
{
    bool ok = false;
    FsError error;
};

// The files a session serves: the role FileX plays for a NetX Duo server. Paths are virtual absolute
// paths in the normal form of VirtualPath ("/", "/a/b"); implementations map them to storage and must
// refuse anything that would leave their root. Errors are returned with a message a person can act on.
// Calls are made from the server's thread; devices returned by openRead() and openWrite() are streamed in
// chunks, never read whole. rename() and removeFile() also have background forms for the session: on a
// disk they can take long for a big file (ext4 writes back the new file and frees the old one's blocks
// inside rename(2) and unlink(2): 0.3 to 0.9 s for 1 GiB), and the server's thread serves every session.
class FileSystem
{
public:
    enum class WriteMode
    {
        Truncate, // create or truncate
        Append,   // create or append at the end
        AtOffset, // existing content up to `offset` kept, the rest replaced (REST + STOR)
    };

    virtual ~FileSystem();

    // For logs: "/home/me/share", "memory".
    virtual QString description() const = 0;

    virtual std::optional<FileInfo> stat(const QString& path, FsError* error) const = 0;
    // The entries of a folder, without "." and "..", in no particular order.
    virtual std::optional<QList<FileInfo>> list(const QString& directory, FsError* error) const = 0;

    // A device open for reading, positioned at `offset` (0 <= offset <= size).
    virtual std::unique_ptr<QIODevice> openRead(const QString& path, qint64 offset, FsError* error) = 0;
    // A device open for writing. The caller closes it and checks the device's error state.
    virtual std::unique_ptr<QIODevice> openWrite(const QString& path, WriteMode mode, qint64 offset,
                                                 FsError* error) = 0;

    virtual bool makeDirectory(const QString& path, FsError* error) = 0;
    // Only empty folders.
    virtual bool removeDirectory(const QString& path, FsError* error) = 0;
    // Files only (a symlink itself, never its target).
    virtual bool removeFile(const QString& path, FsError* error) = 0;
    // Moves a file or folder. With replaceExisting a file at `to` is replaced atomically (POSIX rename);
    // a folder at `to` is never replaced.
    virtual bool rename(const QString& from, const QString& to, bool replaceExisting, FsError* error) = 0;

    // rename() and removeFile() without keeping the calling thread: the outcome arrives through the
    // future (watch it with a QFutureWatcher in the caller's thread). By default they run at once in the
    // calling thread and the future is ready when they return; LocalFileSystem runs them in a worker
    // thread. The file system must stay valid until the future finishes (hold its shared_ptr).
    virtual QFuture<FsOutcome> renameInBackground(const QString& from, const QString& to,
                                                  bool replaceExisting);
    virtual QFuture<FsOutcome> removeFileInBackground(const QString& path);

    // Convenience: stat(path)->modified.
    QDateTime modificationTime(const QString& path, FsError* error) const;

    // Why writing to a device from openWrite() failed: NoSpace for a full disk (QFileDevice::ResourceError,
    // or a device whose "ferryFsError" property holds FsError::Code::NoSpace), else Io.
    static FsError::Code writeErrorCode(const QIODevice& device);

protected:
    // The same message in every language.
    static void setError(FsError* error, FsError::Code code, const QString& message);
    static void setError(FsError* error, FsError::Code code, const ServerText& message);
};

} // namespace Ferry
