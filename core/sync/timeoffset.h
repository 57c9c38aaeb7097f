#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

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
// (QStandardPaths), shared by the window and the command line.
class TimeOffsetStore
{
public:
    static std::optional<qint64> offset(const QString& serverKey);
    static void setOffset(const QString& serverKey, qint64 offsetSecs);
    static void forget(const QString& serverKey);
    // "user@host:port" ("[::1]" for IPv6), the key the window's transfer queue uses for a server too.
    static QString serverKey(const FtpLogin& login);
};

} // namespace Ferry
