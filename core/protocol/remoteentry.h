#pragma once

#include "pathcodec.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace Ferry {

// One entry of a remote directory listing, whatever format it came in.
//
// Kept small because a folder may hold 100,000 of them: the name is stored once (rawName() recomputes
// the server's bytes from it), the listing parsers hand out one shared copy of each distinct owner,
// group and permission string per listing (implicitly shared QStrings), and MLSD facts that already
// became a field (type, size, modify, perm, owner and group names) are not kept again in `facts`.
struct RemoteEntry
{
    enum class Type : quint8
    {
        File,
        Directory,
        Symlink,
        Other
    };
    // What `permissions` holds: the listing's own notation (UNIX "rwxr-xr-x", EPLF octal "755",
    // NetWare "[RWCEAFMS]"), or the MLSD "perm" fact (RFC 3659 7.5.5: what this login may do, "radfw").
    enum class PermissionsKind : quint8
    {
        AsListed,
        MlsdPerm
    };

    QString name;        // decoded file name, never a path
    QString permissions; // as listed (see PermissionsKind); empty when unknown
    QString owner;
    QString group;
    QString linkTarget;           // for "name -> target" symlinks
    QMap<QString, QString> facts; // MLSD/MLST facts that are not a field above, keys lower-case
    QDateTime modified;           // invalid when unknown; UTC unless the listing gave an offset
    qint64 size = -1;             // -1 when unknown
    Type type = Type::File;
    PermissionsKind permissionsKind = PermissionsKind::AsListed;
    bool timeHasSeconds = false;
    PathEncoding nameEncoding = PathEncoding::Utf8; // how `name` was decoded from the server's bytes

    bool isDir() const { return type == Type::Directory; }
    bool isFile() const { return type == Type::File; }
    bool isSymlink() const { return type == Type::Symlink; }
    // The name's bytes exactly as the server sent them (to send the name back to the server).
    QByteArray rawName() const { return encodePath(name, nameEncoding); }
};

} // namespace Ferry

// Lists of entries grow by moving bytes, not entry by entry (every member is relocatable).
Q_DECLARE_TYPEINFO(Ferry::RemoteEntry, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(Ferry::RemoteEntry)
