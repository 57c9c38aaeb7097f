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
