#pragma once

#include "client/ftpoperation.h"
#include "sync/synccomparison.h"
#include "sync/synctree.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace Ferry {

// The values that travel between a RemoteCommandQueue (the caller's thread) and its worker (the queue's
// own thread): what a command asks for and what comes back.
enum class RemoteCommandKind
{
    MakeFolder,   // MKD; an existing folder counts as success
    DeleteFile,   // DELE; a file that is not there counts as success
    DeleteFolder, // RMD (the folder must be empty); one that is not there counts as success
    Stat, // LIST of the parent; RemoteCommandResult::entry is the file's entry, or empty when not there
};

struct RemoteCommandResult
{
    bool ok = false;
    FtpOperation::Error error = FtpOperation::Error::NoError;
    QString message; // for a person, naming the path and the server's reply
    std::optional<SyncEntry> entry;
};

// What a synchronization scan (SyncScan) over the queue's connection found: every path either side holds
// that the filters accept, compared (empty when it failed: errorString says why).
struct RemoteScanResult
{
    FtpOperation::Error error = FtpOperation::Error::NoError;
    QString errorString;
    QList<SyncComparison> comparisons;
    QByteArray checksumAlgorithm; // the checksum compared, when the criterion was on ("SHA-256")
    bool localRootMissing = false;
    bool remoteRootMissing = false;

    bool succeeded() const { return error == FtpOperation::Error::NoError; }
};

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::RemoteCommandResult)
Q_DECLARE_METATYPE(Ferry::RemoteScanResult)
