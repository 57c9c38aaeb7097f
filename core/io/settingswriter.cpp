#include "io/settingswriter.h"

#include "io/userfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSettings>
#include <QThread>
#include <QThreadPool>
#include <memory>

namespace Ferry::SettingsWriter {

namespace {

struct Writer
{
    Writer() { pool.setMaxThreadCount(1); } // one thread: saves happen in the order they were asked for
    QMutex mutex;
    QThread* lastWriter = nullptr;
    QThreadPool pool; // its destructor waits for the last save
};

Writer& writer()
{
    static Writer w;
    return w;
}

void save(const QString& path, const QString& key, const QVariant& value)
{
    {
        Writer& w = writer();
        const QMutexLocker lock(&w.mutex);
        w.lastWriter = QThread::currentThread();
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    const std::unique_ptr<QSettings> settings = UserFile::openIniSettings(path);
    settings->setValue(key, value);
    settings->sync();
    if (settings->status() != QSettings::NoError)
        UserFile::addNotice(QCoreApplication::translate("Ferry::SettingsWriter", "Could not save %1 to %2.")
                                .arg(key, QDir::toNativeSeparators(path)));
}

} // namespace

void setValue(const QString& path, const QString& key, const QVariant& value)
{
    writer().pool.start([path, key, value]() { save(path, key, value); });
}

void flush()
{
    writer().pool.waitForDone();
}

QThread* lastWriterThreadForTesting()
{
    Writer& w = writer();
    const QMutexLocker lock(&w.mutex);
    return w.lastWriter;
}

} // namespace Ferry::SettingsWriter
