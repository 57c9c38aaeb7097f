#pragma once

#include "server/filesystem.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

namespace Ferry {

// What LIST, NLST, MLSD and STAT <path> show: the entries of a folder (or the one entry of a file),
// read from a FileSystem, sorted by name, without names a listing cannot carry, and the lines that
// show them. With wildcards allowed, a last component with '*' or '?' that names nothing selects the
// matching entries of its folder ("LIST *.txt").
class DirectoryListing final
{
public:
    enum class Wildcards
    {
        Allowed,
        Literal
    };
    enum class Format
    {
        Unix,  // LIST and STAT: "ls -l" lines
        Names, // NLST: names only
        Facts, // MLSD: RFC 3659 facts and name
    };

    // "LIST -la /dir" -> "/dir": leading options (words starting with '-') are ignored, as most servers do.
    static QByteArray stripOptions(QByteArray argument);

    DirectoryListing(const FileSystem& fs, const QString& path, Wildcards wildcards);

    // False when the path (or its folder) could not be read: error() says why.
    bool isValid() const { return !m_error.isError(); }
    const FsError& error() const { return m_error; }
    // The folder listed (the parent folder of a wildcard pattern), or the file.
    QString path() const { return m_path; }
    bool isDirectory() const { return m_isDirectory; }
    const QList<FileInfo>& entries() const { return m_entries; }

    // One line per entry (at most maxLines; -1: all), without line ends. `writable`: whether the
    // session may change the entries (MLSD's perm fact); `facts`: the MLSD facts selected (OPTS MLST).
    QList<QByteArray> lines(Format format, bool writable, const QSet<QByteArray>& facts,
                            const QDateTime& nowUtc, int maxLines = -1) const;
    // The bytes sent on the data connection: every line ended by CRLF.
    QByteArray data(Format format, bool writable, const QSet<QByteArray>& facts,
                    const QDateTime& nowUtc) const;

private:
    QString m_path;
    bool m_isDirectory = false;
    QList<FileInfo> m_entries;
    FsError m_error;
};

} // namespace Ferry
