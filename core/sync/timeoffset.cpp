#include "sync/timeoffset.h"

#include "client/ftpclientoptions.h"
#include "io/userfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QThreadPool>
#include <QUrl>
#include <cmath>
#include <memory>

namespace Ferry {

namespace {

constexpr qint64 QuarterHour = 15 * 60;

QString storePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return QDir(folder).filePath(QStringLiteral("timeoffsets.ini"));
}

QString settingsKey(const QString& serverKey)
{
    // QSettings keys treat '/' and '\' specially; percent-encoding keeps them flat and readable.
    return QStringLiteral("offsets/") + QString::fromLatin1(QUrl::toPercentEncoding(serverKey));
}

// The offsets in memory, read from the file again when another process (or this one's writer) changed it,
// and the changes not written yet (a value, or nullopt for a removal), which stay on top of what the file
// says until the writer has written them. Writing a QSettings file costs two fdatasync() calls (its lock
// file and the file); on a busy disk they take a second, so the window's thread (which learns an offset
// when an upload finishes) must never make them: the writer, one thread of its own, does.
struct Store
{
    QMutex mutex;
    QString path;
    QDateTime modified;
    bool loaded = false;
    QHash<QString, qint64> offsets;
    QHash<QString, std::optional<qint64>> pending;
    QThread* lastWriter = nullptr;
    QThreadPool writer; // one thread; its destructor waits for the last write at exit

    Store()
    {
        writer.setMaxThreadCount(1);
        writer.setExpiryTimeout(2000);
    }
};

Store& store()
{
    static Store instance;
    return instance;
}

QDateTime modifiedTime(const QString& path)
{
    return QFileInfo(path).fileTime(QFileDevice::FileModificationTime);
}

// Under the store's mutex: bring the cache up to date with the file (a read: no sync).
void refreshLocked(Store& s)
{
    const QString path = storePath();
    const QDateTime modified = modifiedTime(path);
    if (s.loaded && path == s.path && modified == s.modified)
        return;
    s.path = path;
    s.modified = modified;
    s.loaded = true;
    s.offsets.clear();
    const std::unique_ptr<QSettings> settings = UserFile::openIniSettings(path);
    settings->beginGroup(QStringLiteral("offsets"));
    const QStringList keys = settings->childKeys();
    for (const QString& key : keys) {
        bool ok = false;
        const qint64 value = settings->value(key).toLongLong(&ok);
        if (ok)
            s.offsets.insert(QUrl::fromPercentEncoding(key.toLatin1()), value);
    }
}

void writePending()
{
    Store& s = store();
    QHash<QString, std::optional<qint64>> changes;
    QString path;
    {
        const QMutexLocker lock(&s.mutex);
        changes = s.pending;
        path = s.path.isEmpty() ? storePath() : s.path;
        s.lastWriter = QThread::currentThread();
    }
    if (changes.isEmpty())
        return;
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        const std::unique_ptr<QSettings> settings = UserFile::openIniSettings(path);
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            if (it.value())
                settings->setValue(settingsKey(it.key()), *it.value());
            else
                settings->remove(settingsKey(it.key()));
        }
        settings->sync();
        if (settings->status() != QSettings::NoError)
            UserFile::addNotice(
                QCoreApplication::translate("Ferry::TimeOffsetStore",
                                            "Could not save the servers' clock offsets to %1.")
                    .arg(QDir::toNativeSeparators(path)));
    }
    const QMutexLocker lock(&s.mutex);
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const auto now = s.pending.constFind(it.key());
        if (now != s.pending.cend() && now.value() == it.value())
            s.pending.erase(now);
    }
}

void change(const QString& serverKey, std::optional<qint64> value)
{
    Store& s = store();
    {
        const QMutexLocker lock(&s.mutex);
        refreshLocked(s);
        if (value)
            s.offsets.insert(serverKey, *value);
        else
            s.offsets.remove(serverKey);
        s.pending.insert(serverKey, value);
    }
    s.writer.start(writePending);
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
    Store& s = store();
    const QMutexLocker lock(&s.mutex);
    refreshLocked(s);
    const auto pending = s.pending.constFind(serverKey);
    if (pending != s.pending.cend())
        return pending.value();
    const auto it = s.offsets.constFind(serverKey);
    return it != s.offsets.cend() ? std::optional<qint64>(it.value()) : std::nullopt;
}

void TimeOffsetStore::setOffset(const QString& serverKey, qint64 offsetSecs)
{
    change(serverKey, offsetSecs);
}

void TimeOffsetStore::forget(const QString& serverKey)
{
    change(serverKey, std::nullopt);
}

void TimeOffsetStore::flush()
{
    store().writer.waitForDone();
}

QThread* TimeOffsetStore::lastWriterThreadForTesting()
{
    Store& s = store();
    const QMutexLocker lock(&s.mutex);
    return s.lastWriter;
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
