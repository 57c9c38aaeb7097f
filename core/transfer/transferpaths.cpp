#include "transfer/transferpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <cstdio>
#endif

namespace Ferry {

QString remoteJoin(const QString& folder, const QString& name)
{
    if (folder.isEmpty())
        return name;
    if (folder.endsWith(QLatin1Char('/')))
        return folder + name;
    return folder + QLatin1Char('/') + name;
}

QString remoteNormalize(const QString& path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QStringList kept;
    for (const QString& part : parts) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (!kept.isEmpty())
                kept.removeLast();
            continue;
        }
        kept.append(part);
    }
    return QLatin1Char('/') + kept.join(QLatin1Char('/'));
}

QString remoteParent(const QString& path)
{
    QString trimmed = path;
    while (trimmed.size() > 1 && trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    const qsizetype slash = trimmed.lastIndexOf(QLatin1Char('/'));
    if (slash <= 0)
        return QStringLiteral("/");
    return trimmed.left(slash);
}

QString remoteFileName(const QString& path)
{
    QString trimmed = path;
    while (trimmed.size() > 1 && trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    if (trimmed == QLatin1String("/"))
        return QString();
    return trimmed.mid(trimmed.lastIndexOf(QLatin1Char('/')) + 1);
}

bool remoteIsSameOrBelow(const QString& path, const QString& ancestor)
{
    const QString p = remoteNormalize(path);
    const QString a = remoteNormalize(ancestor);
    if (a == QLatin1String("/") || p == a)
        return true;
    return p.startsWith(a + QLatin1Char('/'));
}

QString remoteResolveLink(const QString& folder, const QString& target)
{
    if (target.startsWith(QLatin1Char('/')))
        return remoteNormalize(target);
    return remoteNormalize(remoteJoin(folder, target));
}

QString partFilePath(const QString& localPath)
{
    const QFileInfo info(localPath);
    return QDir(info.absolutePath())
        .filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".ferry-part"));
}

QString numberedFileName(const QString& fileName, int number)
{
    // The extension starts at the last dot, unless that dot starts the name (".profile").
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    const QString suffix = QStringLiteral(" (%1)").arg(number);
    if (dot <= 0)
        return fileName + suffix;
    return fileName.left(dot) + suffix + fileName.mid(dot);
}

bool replaceLocalFile(const QString& from, const QString& to, QString* errorString)
{
#ifdef Q_OS_WIN
    const QString nativeFrom = QDir::toNativeSeparators(from);
    const QString nativeTo = QDir::toNativeSeparators(to);
    if (MoveFileExW(reinterpret_cast<const wchar_t*>(nativeFrom.utf16()),
                    reinterpret_cast<const wchar_t*>(nativeTo.utf16()),
                    MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return true;
    if (errorString)
        *errorString = qt_error_string(static_cast<int>(GetLastError()));
    return false;
#else
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    if (errorString)
        *errorString = qt_error_string(errno);
    return false;
#endif
}

} // namespace Ferry
