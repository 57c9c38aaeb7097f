#pragma once

#include "server/filesystem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>

namespace Ferry {

// A file system in memory, for tests and demonstrations. Files opened for reading see the bytes as they
// are when read (no snapshot); a file removed or renamed while open keeps its data alive for the open
// device (POSIX semantics). setCapacity() limits the total size of all files, so "disk full" can be
// tested: a write that would exceed it fails with FsError::Code::NoSpace (QFileDevice::ResourceError
// semantics: the device reports an error). Not thread-safe; use from one thread.
class MemoryFileSystem final : public FileSystem
{
    Q_DECLARE_TR_FUNCTIONS(MemoryFileSystem)

public:
    MemoryFileSystem();
    ~MemoryFileSystem() override;

    // Test helpers: create missing parent folders, replace existing files.
    bool addFile(const QString& path, const QByteArray& contents, const QDateTime& modified = QDateTime());
    bool addDirectory(const QString& path);
    bool exists(const QString& path) const;
    // The contents of a file; nullopt if there is no file there.
    std::optional<QByteArray> fileContents(const QString& path) const;
    // Marks an entry read-only: writes, removal and renames of it fail with PermissionDenied.
    bool setReadOnly(const QString& path, bool readOnly);
    // Total bytes of file data allowed; -1 (default) for no limit.
    void setCapacity(qint64 bytes);
    qint64 usedBytes() const;

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

    struct Node;
    struct Storage;

private:
    // Sets error to `source` (marked with QT_TR_NOOP) in English and translated, %1... from args.
    static void fail(FsError* error, FsError::Code code, const char* source,
                     std::initializer_list<ServerText> args = {});
    std::shared_ptr<Node> find(const QString& path) const;
    // The folder that would hold `path`, and the name in it; nullptr (and error) if there is none.
    std::shared_ptr<Node> parentFolder(const QString& path, QString* name, FsError* error) const;

    std::shared_ptr<Node> m_root;
    std::shared_ptr<Storage> m_storage;
};

} // namespace Ferry
