#pragma once

#include "client/ftpclientoptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ferry {

// How a FileZilla site asks for encryption (its <Protocol>), kept for Ferry's FTPS modes.
enum class FtpEncryption
{
    None,                // 6: "plain FTP (insecure)"
    ExplicitIfAvailable, // 0: "use explicit FTP over TLS if available" (FileZilla's default)
    Explicit,            // 4: "require explicit FTP over TLS" (FTPES)
    Implicit,            // 3: "require implicit FTP over TLS" (FTPS, port 990)
};

// Stable names ("none", "explicit-if-available", "explicit", "implicit"), and back.
QString ftpEncryptionKey(FtpEncryption encryption);
std::optional<FtpEncryption> ftpEncryptionFromKey(const QString& key);

// One site of a FileZilla sitemanager.xml.
struct ImportedSite
{
    QString folder; // "Boards/Lab": the <Folder> elements it sits in, '/'-joined
    QString name;
    QString host;
    quint16 port = 21;
    FtpEncryption encryption = FtpEncryption::ExplicitIfAvailable;
    QString user; // empty: anonymous
    QString password;
    bool hasPassword = false;
    // Why a password could not be taken (FileZilla's master password, "ask", key files), or empty.
    QString passwordNote;
    DataConnectionMode dataMode = DataConnectionMode::Auto;
    QString localFolder;
    QString remoteFolder;   // absolute ("/pub/test"), from FileZilla's serialized path
    int maxConnections = 0; // 0: FileZilla's default
    QString comments;
};

struct FileZillaImport
{
    QList<ImportedSite> sites;
    QStringList folders;  // every folder, empty ones included
    QStringList warnings; // sites left out (SFTP, S3, ...) and why, for a person
    QString error;        // not a sitemanager.xml, or XML that cannot be read; then nothing else is set

    bool ok() const { return error.isEmpty(); }
};

// Reads FileZilla 3's sitemanager.xml (also an exported "FileZilla sites" file): folders, host, port,
// user, passwords (base64 or, from old versions, plain text; passwords under a master password cannot be
// read and say so), transfer mode, local and remote folders, encryption. Only FTP protocols are taken.
// A pure function on bytes.
FileZillaImport parseFileZillaSites(const QByteArray& xml);

// FileZilla's serialized server path ("1 0 3 pub 4 test") as an absolute path ("/pub/test"); empty when
// it cannot be read. Paths that are already plain ("/pub/test") are returned as they are.
QString fileZillaRemotePath(const QString& serialized);

// Where FileZilla keeps sitemanager.xml on this system (it may not exist).
QString fileZillaSiteManagerPath();

} // namespace Ferry
