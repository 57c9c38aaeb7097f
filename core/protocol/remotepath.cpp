#include "protocol/remotepath.h"

#include <QStringList>

namespace Ferry::RemotePath {

namespace {

QString withoutTrailingSlashes(const QString& path)
{
    QString trimmed = path;
    while (trimmed.size() > 1 && trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    return trimmed;
}

} // namespace

QString join(const QString& folder, const QString& name)
{
    if (name.startsWith(QLatin1Char('/')) || folder.isEmpty())
        return name;
    if (folder.endsWith(QLatin1Char('/')))
        return folder + name;
    return folder + QLatin1Char('/') + name;
}

QString parent(const QString& path)
{
    const QString trimmed = withoutTrailingSlashes(path);
    const qsizetype slash = trimmed.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return QString();
    if (slash == 0)
        return QStringLiteral("/");
    return trimmed.left(slash);
}

QString fileName(const QString& path)
{
    const QString trimmed = withoutTrailingSlashes(path);
    if (trimmed == QLatin1String("/"))
        return QString();
    return trimmed.mid(trimmed.lastIndexOf(QLatin1Char('/')) + 1);
}

QString normalize(const QString& path, const QString& base)
{
    const QString absolute =
        path.startsWith(QLatin1Char('/')) ? path : join(base.isEmpty() ? QStringLiteral("/") : base, path);
    QStringList kept;
    const QStringList parts = absolute.split(QLatin1Char('/'), Qt::SkipEmptyParts);
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

bool isSameOrBelow(const QString& path, const QString& ancestor)
{
    const QString p = normalize(path);
    const QString a = normalize(ancestor);
    if (a == QLatin1String("/") || p == a)
        return true;
    return p.startsWith(a + QLatin1Char('/'));
}

QString resolveLink(const QString& folder, const QString& target)
{
    return normalize(target, folder);
}

} // namespace Ferry::RemotePath
