#include "remotefilemodel.h"

#include "client/ftpclient.h"
#include "client/listoperation.h"
#include "fileiconprovider.h"
#include "fileroles.h"
#include "ftplocation.h"

#include <QHash>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>

namespace Ferry {

namespace {

QIcon iconFor(const RemoteEntry& entry)
{
    return FileIconProvider::instance().iconForName(entry.name, entry.isDir());
}

// "rwxr-xr-x" from the MLSD unix.mode fact ("0644"), else what the listing said (LIST's mode, or the
// MLSD perm fact such as "radfwMT").
QString permissionsOf(const RemoteEntry& entry)
{
    const QString mode = entry.facts.value(QStringLiteral("unix.mode"));
    bool ok = false;
    const uint bits = mode.toUInt(&ok, 8);
    if (!ok || mode.isEmpty())
        return entry.permissions;
    QString s;
    for (int shift = 6; shift >= 0; shift -= 3) {
        s += (bits >> shift) & 4 ? QLatin1Char('r') : QLatin1Char('-');
        s += (bits >> shift) & 2 ? QLatin1Char('w') : QLatin1Char('-');
        s += (bits >> shift) & 1 ? QLatin1Char('x') : QLatin1Char('-');
    }
    return s;
}

QString typeName(const RemoteEntry& entry)
{
    switch (entry.type) {
    case RemoteEntry::Type::Directory:
        return RemoteFileModel::tr("Folder");
    case RemoteEntry::Type::Symlink:
        return RemoteFileModel::tr("Link");
    case RemoteEntry::Type::Other:
        return RemoteFileModel::tr("Other");
    case RemoteEntry::Type::File:
        break;
    }
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(entry.name, QMimeDatabase::MatchExtension);
    return mime.isDefault() ? RemoteFileModel::tr("File") : mime.comment();
}

} // namespace

RemoteFileModel::RemoteFileModel(FtpClient* client, QObject* parent)
    : QAbstractTableModel(parent), m_client(client)
{}

RemoteFileModel::~RemoteFileModel()
{
    if (m_pending)
        m_pending->abort();
}

void RemoteFileModel::setPath(const QString& rawPath, bool reload)
{
    const QString path = RemotePath::normalize(rawPath, m_path);
    if (!reload && path == m_pendingPath)
        return;
    // A newer request wins: an older listing still under way is left to finish (aborting costs board
    // servers more than waiting) and only fills the cache when it arrives (see onListFinished).
    m_pending = nullptr;
    const auto cached = m_cache.constFind(path);
    if (cached != m_cache.constEnd()) {
        show(path, cached.value());
        if (!reload) {
            if (!m_pendingPath.isEmpty()) {
                m_pendingPath.clear();
                Q_EMIT loadingChanged(false);
            }
            Q_EMIT loaded(path);
            return;
        }
    }
    const bool wasLoading = isLoading();
    m_pendingPath = path;
    ListOperation* operation = m_client->list(path);
    m_pending = operation;
    connect(operation, &FtpOperation::finished, this,
            [this, operation, path] { onListFinished(operation, path); });
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
}

void RemoteFileModel::refresh()
{
    if (!m_path.isEmpty())
        setPath(m_path, true);
}

void RemoteFileModel::invalidate(const QString& path)
{
    const QString normalized = RemotePath::normalize(path);
    m_cache.remove(normalized);
    if (normalized == m_path)
        setPath(m_path, true);
}

void RemoteFileModel::clear()
{
    if (m_pending)
        m_pending->abort();
    m_pending = nullptr;
    const bool wasLoading = isLoading();
    m_pendingPath.clear();
    m_cache.clear();
    beginResetModel();
    m_entries.clear();
    m_path.clear();
    endResetModel();
    if (wasLoading)
        Q_EMIT loadingChanged(false);
    Q_EMIT pathChanged(m_path);
}

void RemoteFileModel::onListFinished(ListOperation* operation, const QString& path)
{
    const bool current = operation == m_pending;
    if (operation->succeeded()) {
        QList<RemoteEntry> entries;
        const QList<RemoteEntry> all = operation->entries();
        for (const RemoteEntry& e : all) {
            if (e.name != QLatin1String(".") && e.name != QLatin1String("..") && !e.name.isEmpty())
                entries << e;
        }
        m_cache.insert(path, entries);
        if (current)
            show(path, entries);
    }
    if (!current)
        return;
    m_pending = nullptr;
    m_pendingPath.clear();
    Q_EMIT loadingChanged(false);
    if (operation->succeeded())
        Q_EMIT loaded(path);
    else if (operation->error() != FtpOperation::Error::Canceled)
        Q_EMIT loadFailed(path, operation->errorString());
}

void RemoteFileModel::show(const QString& path, const QList<RemoteEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    const bool changed = m_path != path;
    m_path = path;
    endResetModel();
    if (changed)
        Q_EMIT pathChanged(path);
}

RemoteEntry RemoteFileModel::entry(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    return m_entries.at(index.row());
}

QString RemoteFileModel::filePath(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    return RemotePath::join(m_path, m_entries.at(index.row()).name);
}

QModelIndex RemoteFileModel::indexOf(const QString& name) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).name == name)
            return index(row, NameColumn);
    }
    return {};
}

int RemoteFileModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RemoteFileModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RemoteFileModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const RemoteEntry& e = m_entries.at(index.row());
    const bool dirLike = e.isDir() || e.isSymlink();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return e.isSymlink() && !e.linkTarget.isEmpty()
                       ? QStringLiteral("%1 → %2").arg(e.name, e.linkTarget)
                       : e.name;
        case SizeColumn:
            return e.isDir() || e.size < 0 ? QString() : formatSize(e.size);
        case TypeColumn:
            return typeName(e);
        case ModifiedColumn:
            return e.modified.isValid() ? QLocale().toString(e.modified.toLocalTime(), QLocale::ShortFormat)
                                        : QString();
        case PermissionsColumn:
            return permissionsOf(e);
        }
        return {};
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(e.name) : QVariant();
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(iconFor(e)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && e.size >= 0 && !e.isDir())
            return tr("%1 (%2 bytes)").arg(e.name, QLocale().toString(e.size));
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case IsDirRole:
        return dirLike;
    case PathRole:
        return RemotePath::join(m_path, e.name);
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return e.name.toLower();
        case SizeColumn:
            return e.size;
        case TypeColumn:
            return typeName(e).toLower();
        case ModifiedColumn:
            return e.modified;
        case PermissionsColumn:
            return permissionsOf(e);
        }
        return {};
    default:
        return {};
    }
}

QVariant RemoteFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case TypeColumn:
        return tr("Type");
    case ModifiedColumn:
        return tr("Modified");
    case PermissionsColumn:
        return tr("Permissions");
    }
    return {};
}

Qt::ItemFlags RemoteFileModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    if (index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    if (m_entries.value(index.row()).isDir())
        f |= Qt::ItemIsDropEnabled;
    return f;
}

bool RemoteFileModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() != NameColumn || index.row() >= m_entries.size())
        return false;
    const QString newName = value.toString().trimmed();
    const RemoteEntry& e = m_entries.at(index.row());
    if (newName.isEmpty() || newName == e.name)
        return false;
    Q_EMIT renameRequested(RemotePath::join(m_path, e.name), newName);
    return false; // the name changes when the server confirmed and the folder was listed again
}

QStringList RemoteFileModel::mimeTypes() const
{
    return {remoteItemsMimeType(), QStringLiteral("text/uri-list")};
}

QMimeData* RemoteFileModel::mimeData(const QModelIndexList& indexes) const
{
    QJsonArray items;
    QList<int> rows;
    for (const QModelIndex& index : indexes) {
        if (!index.isValid() || rows.contains(index.row()))
            continue;
        rows << index.row();
        const RemoteEntry& e = m_entries.at(index.row());
        QJsonObject item;
        item.insert(QStringLiteral("path"), RemotePath::join(m_path, e.name));
        item.insert(QStringLiteral("dir"), e.isDir());
        item.insert(QStringLiteral("size"), double(e.size));
        items.append(item);
    }
    auto* mime = new QMimeData;
    mime->setData(remoteItemsMimeType(), QJsonDocument(items).toJson(QJsonDocument::Compact));
    return mime;
}

Qt::DropActions RemoteFileModel::supportedDropActions() const
{
    return Qt::CopyAction;
}

Qt::DropActions RemoteFileModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

QString RemoteFileModel::formatSize(qint64 bytes)
{
    if (bytes < 0)
        return {};
    // As QFileSystemModel writes them in the local pane ("100.00 KiB").
    return QLocale().formattedDataSize(bytes);
}

} // namespace Ferry
