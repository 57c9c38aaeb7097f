#include "fileiconprovider.h"

#include <QHash>
#include <QMimeDatabase>
#include <QMutex>
#include <QMutexLocker>

namespace Ferry {

FileIconProvider::FileIconProvider() = default;

FileIconProvider::~FileIconProvider() = default;

const FileIconProvider& FileIconProvider::instance()
{
    static const FileIconProvider provider;
    return provider;
}

QIcon FileIconProvider::icon(IconType type) const
{
    return QFileIconProvider::icon(type);
}

QIcon FileIconProvider::icon(const QFileInfo& info) const
{
    QIcon icon = QFileIconProvider::icon(info);
    if (!icon.isNull())
        return icon;
    return iconForName(info.fileName(), info.isDir());
}

QIcon FileIconProvider::iconForName(const QString& fileName, bool isDir) const
{
    if (isDir)
        return QFileIconProvider::icon(Folder);
    // QFileSystemModel asks from its gatherer thread too.
    static QMutex mutex;
    static QHash<QString, QIcon> cache;
    const QMutexLocker lock(&mutex);
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(fileName, QMimeDatabase::MatchExtension);
    auto it = cache.find(mime.name());
    if (it == cache.end()) {
        QIcon icon = QIcon::fromTheme(mime.iconName(), QIcon::fromTheme(mime.genericIconName()));
        if (icon.isNull())
            icon = QFileIconProvider::icon(File);
        it = cache.insert(mime.name(), icon);
    }
    return it.value();
}

} // namespace Ferry
