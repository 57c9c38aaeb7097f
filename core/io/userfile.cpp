#include "io/userfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSaveFile>
#include <QSettings>

namespace Ferry::UserFile {

bool writeAtomically(const QString& path, const QByteArray& data, QString* errorString)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        if (errorString)
            *errorString = QCoreApplication::translate("Ferry::UserFile", "Cannot create the folder %1.")
                               .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    QSaveFile file(path);
    // Unbuffered, and written until a write fails: the failing write (a full disk) reports its cause,
    // where a short write or a buffered one failing in commit() says "Unknown error".
    bool ok = file.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    for (qint64 done = 0; ok && done < data.size();) {
        const qint64 n = file.write(data.constData() + done, data.size() - done);
        ok = n > 0;
        done += n;
    }
    if (!ok || !file.commit()) {
        if (errorString)
            *errorString = file.errorString();
        file.cancelWriting();
        return false;
    }
    return true;
}

QString setAside(const QString& path, QString* errorString)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    QFile file(path);
    if (!file.rename(target)) {
        if (errorString)
            *errorString = file.errorString();
        return QString();
    }
    return target;
}

namespace {

QMutex noticeMutex;
QStringList& notices()
{
    static QStringList list;
    return list;
}

} // namespace

std::unique_ptr<QSettings> openIniSettings(const QString& path)
{
    auto settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    if (settings->status() != QSettings::FormatError)
        return settings;
    settings.reset();
    QString error;
    const QString kept = setAside(path, &error);
    if (kept.isEmpty()) {
        addNotice(QCoreApplication::translate(
                      "Ferry::UserFile", "The settings file %1 is damaged and could not be set aside: %2")
                      .arg(QDir::toNativeSeparators(path), error));
    } else {
        addNotice(QCoreApplication::translate("Ferry::UserFile",
                                              "The settings file %1 is damaged; it was kept as %2 and Ferry "
                                              "starts it afresh.")
                      .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(kept)));
    }
    return std::make_unique<QSettings>(path, QSettings::IniFormat);
}

void addNotice(const QString& notice)
{
    const QMutexLocker lock(&noticeMutex);
    notices().append(notice);
}

QStringList takeNotices()
{
    const QMutexLocker lock(&noticeMutex);
    QStringList taken;
    taken.swap(notices());
    return taken;
}

} // namespace Ferry::UserFile
