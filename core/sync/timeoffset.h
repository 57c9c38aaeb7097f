#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

class QThread;

namespace Ferry {

struct FtpLogin;

// How far a server's listed times are ahead of this computer's clock (seconds; negative: behind). A
// server that lists its local time (LIST) in another time zone is off by whole quarter hours; a board
// whose clock was never set is off by anything.
//
// Learned from a file just uploaded: the server stamps it with its own clock when it writes it, so the
// listed time, taken against this computer's clock while the upload ran (uploadStarted..uploadFinished,
// UTC), gives the offset. Times listed with minutes only ("APR 02 08:05") are truncated to the minute.
// The result is rounded to a quarter of an hour when it is that close to one (a time zone), to the minute
// otherwise; nothing (nullopt) when the listed time is invalid or the upload window is.
std::optional<qint64> learnRemoteTimeOffset(const QDateTime& listed, bool listedHasSeconds,
                                            const QDateTime& uploadStarted, const QDateTime& uploadFinished);

// Learned offsets kept per server ("user@host:port") in timeoffsets.ini in the config folder
// (QStandardPaths), shared by the window and the command line. Safe from any thread. Reads come from
// memory (the file is read again only when its time changed); setOffset() and forget() take effect at once
// for every reader in this process and are written to the file by a thread of the store's own, so that
// the caller (the window's thread, when an upload finishes) never waits for the disk.
class TimeOffsetStore
{
public:
    static std::optional<qint64> offset(const QString& serverKey);
    static void setOffset(const QString& serverKey, qint64 offsetSecs);
    static void forget(const QString& serverKey);
    // Waits until every change so far is in the file (also done at exit).
    static void flush();
    static QThread* lastWriterThreadForTesting();
    // "user@host:port" ("[::1]" for IPv6), the key the window's transfer queue uses for a server too.
    static QString serverKey(const FtpLogin& login);
};

} // namespace Ferry
