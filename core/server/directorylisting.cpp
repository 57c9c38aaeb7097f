#include "server/directorylisting.h"

#include "server/listingformat.h"
#include "server/virtualpath.h"

#include <QRegularExpression>
#include <algorithm>

namespace Ferry {

namespace {

bool hasWildcard(const QString& name)
{
    return name.contains(QLatin1Char('*')) || name.contains(QLatin1Char('?'));
}

} // namespace

QByteArray DirectoryListing::stripOptions(QByteArray argument)
{
    static const QRegularExpression options(QStringLiteral("^-[A-Za-z0-9]+$"));
    while (true) {
        const QByteArray trimmed = argument.trimmed();
        if (!trimmed.startsWith('-'))
            return argument;
        const qsizetype space = trimmed.indexOf(' ');
        const QByteArray word = space < 0 ? trimmed : trimmed.left(space);
        if (!options.match(QString::fromLatin1(word)).hasMatch())
            return argument;
        argument = space < 0 ? QByteArray() : trimmed.mid(space + 1);
    }
}

DirectoryListing::DirectoryListing(const FileSystem& fs, const QString& path, Wildcards wildcards)
    : m_path(path)
{
    std::optional<FileInfo> info = fs.stat(m_path, &m_error);
    QString pattern;
    if (!info && wildcards == Wildcards::Allowed && hasWildcard(VirtualPath::fileName(m_path))) {
        pattern = VirtualPath::fileName(m_path);
        m_path = VirtualPath::parent(m_path);
        m_error = FsError();
        info = fs.stat(m_path, &m_error);
    }
    if (!info)
        return;
    m_isDirectory = info->isDir();
    if (m_isDirectory) {
        std::optional<QList<FileInfo>> list = fs.list(m_path, &m_error);
        if (!list)
            return;
        m_entries = std::move(*list);
    } else {
        m_entries.append(*info);
    }
    if (!pattern.isEmpty()) {
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern));
        m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(),
                                       [&re](const FileInfo& e) { return !re.match(e.name).hasMatch(); }),
                        m_entries.end());
    }
    m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(),
                                   [](const FileInfo& e) { return !ListingFormat::isListable(e); }),
                    m_entries.end());
    std::sort(m_entries.begin(), m_entries.end(),
              [](const FileInfo& a, const FileInfo& b) { return a.name < b.name; });
}

QList<QByteArray> DirectoryListing::lines(Format format, bool writable, const QSet<QByteArray>& facts,
                                          const QDateTime& nowUtc, int maxLines) const
{
    QList<QByteArray> result;
    result.reserve(m_entries.size());
    for (const FileInfo& entry : m_entries) {
        if (maxLines >= 0 && result.size() >= maxLines)
            break;
        switch (format) {
        case Format::Unix:
            result.append(ListingFormat::unixLine(entry, nowUtc));
            break;
        case Format::Names:
            result.append(entry.name.toUtf8());
            break;
        case Format::Facts:
            result.append(ListingFormat::mlsxLine(entry, writable, facts));
            break;
        }
    }
    return result;
}

QByteArray DirectoryListing::data(Format format, bool writable, const QSet<QByteArray>& facts,
                                  const QDateTime& nowUtc) const
{
    QByteArray bytes;
    for (const QByteArray& line : lines(format, writable, facts, nowUtc))
        bytes += line + "\r\n";
    return bytes;
}

} // namespace Ferry
