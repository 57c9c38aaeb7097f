#include "server/virtualpath.h"

#include <QStringList>

namespace Ferry {
namespace VirtualPath {

namespace {

bool isSeparator(QChar c)
{
    return c == u'/' || c == u'\\';
}

bool isForbidden(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7F;
}

} // namespace

std::optional<QString> resolve(const QString& cwd, const QString& argument)
{
    QStringList parts;
    auto append = [&parts](const QString& text) -> bool {
        qsizetype start = 0;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (i < text.size() && !isSeparator(text.at(i))) {
                if (isForbidden(text.at(i)))
                    return false;
                continue;
            }
            const qsizetype length = i - start;
            if (length > MaxComponentLength)
                return false;
            const QStringView component = QStringView(text).mid(start, length);
            start = i + 1;
            if (component.isEmpty() || component == u".")
                continue;
            if (component == u"..") {
                if (!parts.isEmpty())
                    parts.removeLast();
                continue;
            }
            parts.append(component.toString());
        }
        return true;
    };
    const bool absolute = !argument.isEmpty() && isSeparator(argument.at(0));
    if (!absolute && !append(cwd))
        return std::nullopt;
    if (!append(argument))
        return std::nullopt;
    return QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

std::optional<QString> normalize(const QString& path)
{
    return resolve(QStringLiteral("/"), path);
}

bool isRoot(const QString& path)
{
    return path == QLatin1String("/");
}

QString parent(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    if (slash <= 0)
        return QStringLiteral("/");
    return path.left(slash);
}

QString fileName(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? path : path.mid(slash + 1);
}

QString join(const QString& directory, const QString& name)
{
    if (directory.endsWith(QLatin1Char('/')))
        return directory + name;
    return directory + QLatin1Char('/') + name;
}

bool isValidName(const QString& name)
{
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..") ||
        name.size() > MaxComponentLength)
        return false;
    for (QChar c : name) {
        if (isSeparator(c) || isForbidden(c))
            return false;
    }
    return true;
}

bool isSameOrBelow(const QString& path, const QString& ancestor)
{
    if (isRoot(ancestor))
        return path.startsWith(QLatin1Char('/'));
    return path == ancestor || path.startsWith(ancestor + QLatin1Char('/'));
}

} // namespace VirtualPath
} // namespace Ferry
