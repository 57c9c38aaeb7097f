#include "sync/synctree.h"

#include "protocol/remoteentry.h"

#include <QFileInfo>

namespace Ferry {

SyncEntry syncEntryFromRemote(const RemoteEntry& entry)
{
    SyncEntry result;
    if (entry.isDir())
        result.type = SyncEntry::Type::Directory;
    else if (entry.isSymlink())
        result.type = SyncEntry::Type::Link;
    result.size = result.isFile() ? entry.size : -1;
    result.time = entry.modified;
    result.timeHasSeconds = entry.timeHasSeconds;
    return result;
}

QString remoteEntryName(const RemoteEntry& entry)
{
    return entry.name;
}

SyncEntry syncEntryFromLocal(const QFileInfo& info)
{
    SyncEntry result;
    result.type = info.isDir() ? SyncEntry::Type::Directory : SyncEntry::Type::File;
    result.size = result.isFile() ? info.size() : -1;
    result.time = info.lastModified().toUTC();
    result.timeHasSeconds = true;
    return result;
}

bool isSyncIgnoredName(const QString& name)
{
    return name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..") ||
           name.endsWith(QLatin1String(".ferry-part"));
}

QString syncJoin(const QString& relativeFolder, const QString& name)
{
    return relativeFolder.isEmpty() ? name : relativeFolder + QLatin1Char('/') + name;
}

} // namespace Ferry
