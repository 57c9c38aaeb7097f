#include "sync/timeoffset.h"

#include "client/ftpclientoptions.h"
#include "io/userfile.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <cmath>
#include <memory>

namespace Ferry {

namespace {

constexpr qint64 QuarterHour = 15 * 60;

std::unique_ptr<QSettings> openStore()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    QDir().mkpath(folder);
    return UserFile::openIniSettings(QDir(folder).filePath(QStringLiteral("timeoffsets.ini")));
}

QString settingsKey(const QString& serverKey)
{
    // QSettings keys treat '/' and '\' specially; percent-encoding keeps them flat and readable.
    return QStringLiteral("offsets/") + QString::fromLatin1(QUrl::toPercentEncoding(serverKey));
}

} // namespace

std::optional<qint64> learnRemoteTimeOffset(const QDateTime& listed, bool listedHasSeconds,
                                            const QDateTime& uploadStarted, const QDateTime& uploadFinished)
{
    if (!listed.isValid() || !uploadStarted.isValid() || !uploadFinished.isValid() ||
        uploadFinished < uploadStarted)
        return std::nullopt;
    const qint64 start = uploadStarted.toSecsSinceEpoch();
    const qint64 finish = uploadFinished.toSecsSinceEpoch();
    // The server's stamp lies in [low, high] of its own clock.
    qint64 low = listed.toSecsSinceEpoch();
    qint64 high = low + (listedHasSeconds ? 0 : 59);
    const qint64 slack = 2; // rounding of either clock
    if (high + slack >= start && low - slack <= finish)
        return 0; // the same clock
    const double middle = (double(low) + double(high)) / 2.0 - (double(start) + double(finish)) / 2.0;
    const qint64 quarters = qint64(std::llround(middle / double(QuarterHour))) * QuarterHour;
    const double nearQuarter = listedHasSeconds ? 30.0 : 90.0;
    if (std::fabs(middle - double(quarters)) <= nearQuarter + double(finish - start))
        return quarters;
    return qint64(std::llround(middle / 60.0)) * 60;
}

std::optional<qint64> TimeOffsetStore::offset(const QString& serverKey)
{
    const QVariant value = openStore()->value(settingsKey(serverKey));
    if (!value.isValid())
        return std::nullopt;
    bool ok = false;
    const qint64 result = value.toLongLong(&ok);
    return ok ? std::optional<qint64>(result) : std::nullopt;
}

void TimeOffsetStore::setOffset(const QString& serverKey, qint64 offsetSecs)
{
    openStore()->setValue(settingsKey(serverKey), offsetSecs);
}

void TimeOffsetStore::forget(const QString& serverKey)
{
    openStore()->remove(settingsKey(serverKey));
}

QString TimeOffsetStore::serverKey(const FtpLogin& login)
{
    const QString host =
        login.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(login.host) : login.host;
    return QStringLiteral("%1@%2:%3")
        .arg(login.user.isEmpty() ? QStringLiteral("anonymous") : login.user, host)
        .arg(login.port);
}

} // namespace Ferry
