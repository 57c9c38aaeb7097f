#pragma once

#include "net/hostaddress.h" // plainAddress(), sameHost()

#include <QDateTime>
#include <QHostAddress>
#include <QMetaType>
#include <QString>

namespace Ferry {

// A snapshot of one control connection, for the GUI and the log.
struct ServerSessionInfo
{
    quint64 id = 0;
    QHostAddress address; // the client's
    quint16 port = 0;
    QString user; // as given to USER; empty before
    bool loggedIn = false;
    bool readOnly = true;
    QDateTime connectedAt;      // UTC
    QString currentAction;      // "idle", "RETR /a/b.bin", "STOR /x" ...
    qint64 transferBytes = 0;   // of the current transfer
    qint64 bytesDownloaded = 0; // by the client, this session (RETR, listings excluded)
    qint64 bytesUploaded = 0;

    // "user@address:port" (or "address:port" before USER): who did it, for logs.
    QString who() const;
};

enum class ServerTransferDirection
{
    Download,
    Upload,
    Listing
};

struct ServerTransferInfo
{
    quint64 sessionId = 0;
    QString who;
    QString path;    // virtual path
    QString command; // "RETR", "STOR", "APPE", "STOU", "LIST", "NLST", "MLSD"
    ServerTransferDirection direction = ServerTransferDirection::Download;
    qint64 offset = 0; // REST offset
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
    bool finished = false;
    bool succeeded = false;
    QString result; // the final reply text, e.g. "226 Transfer complete." or "426 Connection lost ..."
};

struct ServerLogEntry
{
    enum class Level
    {
        Debug,
        Info,
        Warning,
        Error
    };
    QDateTime time;        // UTC
    quint64 sessionId = 0; // 0: the server itself
    Level level = Level::Info;
    QString text; // never contains a password
};

// "1.2.3.4:21" or "[::1]:21", for logs.
QString describeEndpoint(const QHostAddress& address, quint16 port);

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::ServerSessionInfo)
Q_DECLARE_METATYPE(Ferry::ServerTransferInfo)
Q_DECLARE_METATYPE(Ferry::ServerLogEntry)
