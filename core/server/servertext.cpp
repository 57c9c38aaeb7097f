#include "server/servertext.h"

#include <QCoreApplication>
#include <QList>
#include <cerrno>

namespace Ferry {

namespace {

QString substitute(const QString& pattern, const QList<QString>& args)
{
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1).isDigit()) {
            qsizetype end = i + 1;
            int number = 0;
            while (end < pattern.size() && pattern.at(end).isDigit() && number < 100)
                number = number * 10 + pattern.at(end++).digitValue();
            if (number >= 1 && number <= args.size()) {
                out += args.at(number - 1);
                i = end - 1;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

ServerText ServerText::translate(const char* context, const char* source,
                                 std::initializer_list<ServerText> args)
{
    QList<QString> english;
    QList<QString> localized;
    for (const ServerText& arg : args) {
        english.append(arg.english);
        localized.append(arg.localized);
    }
    return ServerText(substitute(QString::fromUtf8(source), english),
                      substitute(QCoreApplication::translate(context, source), localized));
}

ServerText ServerText::fileError(QFileDevice::FileError error, const QString& errorString)
{
    QString english;
    switch (error) {
    case QFileDevice::NoError:
        break;
    case QFileDevice::ReadError:
        english = QStringLiteral("read error");
        break;
    case QFileDevice::WriteError:
        english = QStringLiteral("write error");
        break;
    case QFileDevice::ResourceError:
        english = QStringLiteral("no space left on the device, or out of resources");
        break;
    case QFileDevice::OpenError:
        english = QStringLiteral("cannot be opened");
        break;
    case QFileDevice::PermissionsError:
        english = QStringLiteral("permission denied");
        break;
    case QFileDevice::RemoveError:
        english = QStringLiteral("cannot be removed");
        break;
    case QFileDevice::RenameError:
        english = QStringLiteral("cannot be renamed");
        break;
    case QFileDevice::PositionError:
        english = QStringLiteral("cannot seek");
        break;
    case QFileDevice::ResizeError:
        english = QStringLiteral("cannot be resized");
        break;
    default:
        english = QStringLiteral("input/output error");
        break;
    }
    return ServerText(english, errorString.isEmpty() ? english : errorString);
}

ServerText ServerText::systemError(const std::error_code& error)
{
    QString english;
    switch (error.value()) {
    case EACCES:
    case EPERM:
        english = QStringLiteral("permission denied");
        break;
    case ENOENT:
        english = QStringLiteral("no such file or folder");
        break;
    case ENOSPC:
        english = QStringLiteral("no space left on the device");
        break;
    case EROFS:
        english = QStringLiteral("read-only file system");
        break;
    case EXDEV:
        english = QStringLiteral("not on the same file system");
        break;
    case EBUSY:
        english = QStringLiteral("in use");
        break;
    case ENOTEMPTY:
    case EEXIST:
        english = QStringLiteral("the target exists and is not empty");
        break;
    case EIO:
        english = QStringLiteral("input/output error");
        break;
    default:
        english = QStringLiteral("system error %1").arg(error.value());
        break;
    }
    return ServerText(english, QString::fromLocal8Bit(error.message().c_str()));
}

} // namespace Ferry
