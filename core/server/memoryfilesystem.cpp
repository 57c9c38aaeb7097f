#include "server/memoryfilesystem.h"

#include "server/virtualpath.h"

#include <QIODevice>
#include <QVariant>

namespace Ferry {

struct MemoryFileSystem::Storage
{
    qint64 capacity = -1;
    qint64 used = 0;
};

struct MemoryFileSystem::Node
{
    bool isDir = false;
    bool readOnly = false;
    QDateTime modified;
    std::shared_ptr<QByteArray> data;              // files
    QMap<QString, std::shared_ptr<Node>> children; // folders
};

namespace {

using Node = MemoryFileSystem::Node;
using Storage = MemoryFileSystem::Storage;

// A random-access device over a file node's bytes. Writes count against the storage capacity.
class MemoryFileDevice final : public QIODevice
{
public:
    MemoryFileDevice(std::shared_ptr<Node> node, std::shared_ptr<Storage> storage)
        : m_node(std::move(node)), m_storage(std::move(storage))
    {}

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_node->data->size(); }

    void close() override
    {
        if (openMode() & QIODevice::WriteOnly)
            m_node->modified = QDateTime::currentDateTimeUtc();
        QIODevice::close();
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const QByteArray& bytes = *m_node->data;
        const qint64 available = qMax<qint64>(0, bytes.size() - pos());
        const qint64 n = qMin(maxSize, available);
        if (n > 0)
            memcpy(data, bytes.constData() + pos(), size_t(n));
        return n;
    }

    qint64 writeData(const char* data, qint64 maxSize) override
    {
        QByteArray& bytes = *m_node->data;
        const qint64 position = (openMode() & QIODevice::Append) ? bytes.size() : pos();
        const qint64 end = position + maxSize;
        const qint64 growth = qMax<qint64>(0, end - bytes.size());
        if (m_storage->capacity >= 0 && m_storage->used + growth > m_storage->capacity) {
            setErrorString(
                QCoreApplication::translate("Ferry::MemoryFileSystem", "No space left on the device"));
            setProperty("ferryFsError", static_cast<int>(FsError::Code::NoSpace));
            return -1;
        }
        if (growth > 0) {
            bytes.resize(end);
            m_storage->used += growth;
        }
        memcpy(bytes.data() + position, data, size_t(maxSize));
        return maxSize;
    }

private:
    std::shared_ptr<Node> m_node;
    std::shared_ptr<Storage> m_storage;
};

} // namespace

void MemoryFileSystem::fail(FsError* error, FsError::Code code, const char* source,
                            std::initializer_list<ServerText> args)
{
    setError(error, code, ServerText::translate("MemoryFileSystem", source, args));
}

MemoryFileSystem::MemoryFileSystem()
    : m_root(std::make_shared<Node>()), m_storage(std::make_shared<Storage>())
{
    m_root->isDir = true;
    m_root->modified = QDateTime::currentDateTimeUtc();
}

MemoryFileSystem::~MemoryFileSystem() = default;

QString MemoryFileSystem::description() const
{
    return QStringLiteral("memory");
}

void MemoryFileSystem::setCapacity(qint64 bytes)
{
    m_storage->capacity = bytes;
}

qint64 MemoryFileSystem::usedBytes() const
{
    return m_storage->used;
}

std::shared_ptr<Node> MemoryFileSystem::find(const QString& path) const
{
    const std::optional<QString> normal = VirtualPath::normalize(path);
    if (!normal)
        return nullptr;
    std::shared_ptr<Node> node = m_root;
    if (VirtualPath::isRoot(*normal))
        return node;
    const QStringList parts = normal->mid(1).split(QLatin1Char('/'));
    for (const QString& part : parts) {
        if (!node->isDir)
            return nullptr;
        node = node->children.value(part);
        if (!node)
            return nullptr;
    }
    return node;
}

std::shared_ptr<Node> MemoryFileSystem::parentFolder(const QString& path, QString* name, FsError* error) const
{
    const std::optional<QString> normal = VirtualPath::normalize(path);
    if (!normal || VirtualPath::isRoot(*normal)) {
        fail(error, FsError::Code::InvalidName, QT_TR_NOOP("Invalid file name: %1"), {path});
        return nullptr;
    }
    const QString parentPath = VirtualPath::parent(*normal);
    std::shared_ptr<Node> parent = find(parentPath);
    if (!parent) {
        fail(error, FsError::Code::NotFound, QT_TR_NOOP("No such folder: %1"), {parentPath});
        return nullptr;
    }
    if (!parent->isDir) {
        fail(error, FsError::Code::NotADirectory, QT_TR_NOOP("Not a folder: %1"), {parentPath});
        return nullptr;
    }
    *name = VirtualPath::fileName(*normal);
    return parent;
}

bool MemoryFileSystem::addDirectory(const QString& path)
{
    const std::optional<QString> normal = VirtualPath::normalize(path);
    if (!normal)
        return false;
    std::shared_ptr<Node> node = m_root;
    if (VirtualPath::isRoot(*normal))
        return true;
    const QStringList parts = normal->mid(1).split(QLatin1Char('/'));
    for (const QString& part : parts) {
        std::shared_ptr<Node> child = node->children.value(part);
        if (!child) {
            child = std::make_shared<Node>();
            child->isDir = true;
            child->modified = QDateTime::currentDateTimeUtc();
            node->children.insert(part, child);
        } else if (!child->isDir) {
            return false;
        }
        node = child;
    }
    return true;
}

bool MemoryFileSystem::addFile(const QString& path, const QByteArray& contents, const QDateTime& modified)
{
    const std::optional<QString> normal = VirtualPath::normalize(path);
    if (!normal || VirtualPath::isRoot(*normal) || !addDirectory(VirtualPath::parent(*normal)))
        return false;
    std::shared_ptr<Node> parent = find(VirtualPath::parent(*normal));
    const QString name = VirtualPath::fileName(*normal);
    if (std::shared_ptr<Node> old = parent->children.value(name)) {
        if (old->isDir)
            return false;
        m_storage->used -= old->data->size();
    }
    auto node = std::make_shared<Node>();
    node->data = std::make_shared<QByteArray>(contents);
    node->modified = modified.isValid() ? modified.toUTC() : QDateTime::currentDateTimeUtc();
    parent->children.insert(name, node);
    m_storage->used += contents.size();
    return true;
}

bool MemoryFileSystem::exists(const QString& path) const
{
    return find(path) != nullptr;
}

std::optional<QByteArray> MemoryFileSystem::fileContents(const QString& path) const
{
    const std::shared_ptr<Node> node = find(path);
    if (!node || node->isDir)
        return std::nullopt;
    return *node->data;
}

bool MemoryFileSystem::setReadOnly(const QString& path, bool readOnly)
{
    const std::shared_ptr<Node> node = find(path);
    if (!node)
        return false;
    node->readOnly = readOnly;
    return true;
}

std::optional<FileInfo> MemoryFileSystem::stat(const QString& path, FsError* error) const
{
    const std::shared_ptr<Node> node = find(path);
    if (!node) {
        fail(error, FsError::Code::NotFound, QT_TR_NOOP("No such file or folder: %1"), {path});
        return std::nullopt;
    }
    FileInfo info;
    info.name = VirtualPath::fileName(VirtualPath::normalize(path).value_or(QString()));
    info.type = node->isDir ? FileInfo::Type::Directory : FileInfo::Type::File;
    info.size = node->isDir ? 0 : node->data->size();
    info.modified = node->modified;
    info.writable = !node->readOnly;
    info.mode = node->isDir ? (node->readOnly ? 0555 : 0755) : (node->readOnly ? 0444 : 0644);
    return info;
}

std::optional<QList<FileInfo>> MemoryFileSystem::list(const QString& directory, FsError* error) const
{
    const std::shared_ptr<Node> node = find(directory);
    if (!node) {
        fail(error, FsError::Code::NotFound, QT_TR_NOOP("No such folder: %1"), {directory});
        return std::nullopt;
    }
    if (!node->isDir) {
        fail(error, FsError::Code::NotADirectory, QT_TR_NOOP("Not a folder: %1"), {directory});
        return std::nullopt;
    }
    const QString base = VirtualPath::normalize(directory).value_or(QStringLiteral("/"));
    QList<FileInfo> result;
    for (auto it = node->children.cbegin(); it != node->children.cend(); ++it) {
        std::optional<FileInfo> info = stat(VirtualPath::join(base, it.key()), nullptr);
        if (info)
            result.append(*info);
    }
    return result;
}

std::unique_ptr<QIODevice> MemoryFileSystem::openRead(const QString& path, qint64 offset, FsError* error)
{
    const std::shared_ptr<Node> node = find(path);
    if (!node) {
        fail(error, FsError::Code::NotFound, QT_TR_NOOP("No such file: %1"), {path});
        return nullptr;
    }
    if (node->isDir) {
        fail(error, FsError::Code::IsADirectory, QT_TR_NOOP("%1 is a folder, not a file."), {path});
        return nullptr;
    }
    if (offset < 0 || offset > node->data->size()) {
        fail(error, FsError::Code::Io, QT_TR_NOOP("Cannot start reading %1 at byte %2."),
             {path, QString::number(offset)});
        return nullptr;
    }
    auto device = std::make_unique<MemoryFileDevice>(node, m_storage);
    device->open(QIODevice::ReadOnly);
    device->seek(offset);
    return device;
}

std::unique_ptr<QIODevice> MemoryFileSystem::openWrite(const QString& path, WriteMode mode, qint64 offset,
                                                       FsError* error)
{
    QString name;
    const std::shared_ptr<Node> parent = parentFolder(path, &name, error);
    if (!parent)
        return nullptr;
    std::shared_ptr<Node> node = parent->children.value(name);
    if (node && node->isDir) {
        fail(error, FsError::Code::IsADirectory, QT_TR_NOOP("%1 is a folder, not a file."), {path});
        return nullptr;
    }
    if ((node && node->readOnly) || (!node && parent->readOnly)) {
        fail(error, FsError::Code::PermissionDenied, QT_TR_NOOP("Permission denied: %1"), {path});
        return nullptr;
    }
    if (!node) {
        node = std::make_shared<Node>();
        node->data = std::make_shared<QByteArray>();
        node->modified = QDateTime::currentDateTimeUtc();
        parent->children.insert(name, node);
    }
    QIODevice::OpenMode openMode = QIODevice::WriteOnly;
    switch (mode) {
    case WriteMode::Truncate:
        m_storage->used -= node->data->size();
        node->data->clear();
        break;
    case WriteMode::Append:
        openMode |= QIODevice::Append;
        break;
    case WriteMode::AtOffset:
        if (offset < 0 || offset > node->data->size()) {
            fail(error, FsError::Code::Io, QT_TR_NOOP("Cannot resume %1 at byte %2: the file has %3 bytes."),
                 {path, QString::number(offset), QString::number(node->data->size())});
            return nullptr;
        }
        m_storage->used -= node->data->size() - offset;
        node->data->truncate(offset);
        break;
    }
    auto device = std::make_unique<MemoryFileDevice>(node, m_storage);
    device->open(openMode);
    if (mode == WriteMode::AtOffset)
        device->seek(offset);
    node->modified = QDateTime::currentDateTimeUtc();
    return device;
}

bool MemoryFileSystem::makeDirectory(const QString& path, FsError* error)
{
    QString name;
    const std::shared_ptr<Node> parent = parentFolder(path, &name, error);
    if (!parent)
        return false;
    if (parent->children.contains(name)) {
        fail(error, FsError::Code::AlreadyExists, QT_TR_NOOP("%1 already exists."), {path});
        return false;
    }
    if (parent->readOnly) {
        fail(error, FsError::Code::PermissionDenied, QT_TR_NOOP("Permission denied: cannot create %1."),
             {path});
        return false;
    }
    auto node = std::make_shared<Node>();
    node->isDir = true;
    node->modified = QDateTime::currentDateTimeUtc();
    parent->children.insert(name, node);
    return true;
}

bool MemoryFileSystem::removeDirectory(const QString& path, FsError* error)
{
    QString name;
    const std::shared_ptr<Node> parent = parentFolder(path, &name, error);
    if (!parent)
        return false;
    const std::shared_ptr<Node> node = parent->children.value(name);
    if (!node) {
        fail(error, FsError::Code::NotFound, QT_TR_NOOP("No such folder: %1"), {path});
        return false;
    }
    if (!node->isDir) {
        fail(error, FsError::Code::NotADirectory, QT_TR_NOOP("Not a folder: %1"), {path});
        return false;
    }
    if (!node->children.isEmpty()) {
        fail(error, FsError::Code::NotEmpty, QT_TR_NOOP("The folder %1 is not empty."), {path});
        return false;
    }
    if (node->readOnly || parent->readOnly) {
        fail(error, FsError::Code::PermissionDenied, QT_TR_NOOP("Permission denied: %1"), {path});
        return false;
    }
    parent->children.remove(name);
    return true;
}

bool MemoryFileSystem::removeFile(const QString& path, FsError* error)
{
    QString name;
    const std::shared_ptr<Node> parent = parentFolder(path, &name, error);
    if (!parent)
        return false;
    const std::shared_ptr<Node> node = parent->children.value(name);
    if (!node) {
        fail(error, FsError::Code::NotFound, QT_TR_NOOP("No such file: %1"), {path});
        return false;
    }
    if (node->isDir) {
        fail(error, FsError::Code::IsADirectory, QT_TR_NOOP("%1 is a folder: use RMD."), {path});
        return false;
    }
    if (node->readOnly || parent->readOnly) {
        fail(error, FsError::Code::PermissionDenied, QT_TR_NOOP("Permission denied: %1"), {path});
        return false;
    }
    m_storage->used -= node->data->size();
    parent->children.remove(name);
    return true;
}

bool MemoryFileSystem::rename(const QString& from, const QString& to, bool replaceExisting, FsError* error)
{
    QString fromName;
    const std::shared_ptr<Node> fromParent = parentFolder(from, &fromName, error);
    if (!fromParent)
        return false;
    const std::shared_ptr<Node> node = fromParent->children.value(fromName);
    if (!node) {
        fail(error, FsError::Code::NotFound, QT_TR_NOOP("No such file or folder: %1"), {from});
        return false;
    }
    QString toName;
    const std::shared_ptr<Node> toParent = parentFolder(to, &toName, error);
    if (!toParent)
        return false;
    const QString fromNormal = *VirtualPath::normalize(from);
    const QString toNormal = *VirtualPath::normalize(to);
    if (fromNormal == toNormal)
        return true;
    if (node->isDir && VirtualPath::isSameOrBelow(toNormal, fromNormal)) {
        fail(error, FsError::Code::InvalidName, QT_TR_NOOP("Cannot move %1 into itself."), {from});
        return false;
    }
    if (node->readOnly || fromParent->readOnly || toParent->readOnly) {
        fail(error, FsError::Code::PermissionDenied, QT_TR_NOOP("Permission denied: %1"), {from});
        return false;
    }
    if (const std::shared_ptr<Node> existing = toParent->children.value(toName)) {
        if (existing->isDir) {
            fail(error, FsError::Code::AlreadyExists, QT_TR_NOOP("A folder named %1 already exists."), {to});
            return false;
        }
        if (!replaceExisting || node->isDir) {
            fail(error, FsError::Code::AlreadyExists, QT_TR_NOOP("%1 already exists."), {to});
            return false;
        }
        if (existing->readOnly) {
            fail(error, FsError::Code::PermissionDenied, QT_TR_NOOP("Permission denied: %1"), {to});
            return false;
        }
        m_storage->used -= existing->data->size();
    }
    fromParent->children.remove(fromName);
    toParent->children.insert(toName, node);
    return true;
}

} // namespace Ferry
