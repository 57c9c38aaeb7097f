#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>

class QFileInfo;

namespace Ferry {

struct RemoteEntry;

// What one side of a comparison knows about a file or folder.
struct SyncEntry
{
    enum class Type
    {
        File,
        Directory,
        Link, // a remote symbolic link: its target is unknown, so synchronization leaves it alone
    };

    Type type = Type::File;
    qint64 size = -1;           // -1 when unknown (and for folders)
    QDateTime time;             // invalid when unknown
    bool timeHasSeconds = true; // false for listings that show minutes only (LIST, board servers)
    QByteArray checksum;        // lower-case hex, empty until computed (SyncChecksums)

    bool isDir() const { return type == Type::Directory; }
    bool isFile() const { return type == Type::File; }
};

// One side of a comparison: relative path ("dir/a.txt", '/'-separated, no leading '/') -> entry. A QMap,
// so a folder sorts before what it holds.
using SyncTree = QMap<QString, SyncEntry>;

// The entry a remote listing line stands for (the only place sync reads RemoteEntry).
SyncEntry syncEntryFromRemote(const RemoteEntry& entry);
QString remoteEntryName(const RemoteEntry& entry);
// The entry a local file stands for (symbolic links are followed, as uploads do).
SyncEntry syncEntryFromLocal(const QFileInfo& info);

// Names a tree never holds: "." and "..", and Ferry's own partial downloads (".x.ferry-part").
bool isSyncIgnoredName(const QString& name);

// "dir" + "a.txt" -> "dir/a.txt"; "" + "a.txt" -> "a.txt".
QString syncJoin(const QString& relativeFolder, const QString& name);

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::SyncEntry)
