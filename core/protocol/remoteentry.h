#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace Ferry {

// One entry of a remote directory listing, whatever format it came in.
struct RemoteEntry
{
    enum class Type { File, Directory, Symlink, Other };

    QString name;          // decoded file name, never a path
    QByteArray rawName;    // the name's bytes exactly as the server sent them
    Type type = Type::File;
    qint64 size = -1;      // -1 when unknown
    QDateTime modified;    // invalid when unknown; UTC when the format says so (MLSD), else local
    bool timeHasSeconds = false;
    QString permissions;   // as listed, e.g. "rwxr-xr-x" or MLSD "perm" fact; empty when unknown
    QString owner;
    QString group;
    QString linkTarget;    // for "name -> target" symlinks
    QMap<QString, QString> facts; // MLSD/MLST facts, keys lower-case

    bool isDir() const { return type == Type::Directory; }
    bool isFile() const { return type == Type::File; }
    bool isSymlink() const { return type == Type::Symlink; }
};

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::RemoteEntry)
