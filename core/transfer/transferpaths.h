#pragma once

#include <QString>

namespace Ferry {

// Path helpers of the transfer engine. Remote paths are absolute, '/'-separated and never URL-encoded;
// local paths are what QFileInfo takes.

QString remoteJoin(const QString& folder, const QString& name);
// "/a/b" -> "/a", "/a" -> "/", "/" -> "/".
QString remoteParent(const QString& path);
// "/a/b.txt" -> "b.txt"; "/" -> "".
QString remoteFileName(const QString& path);
// Collapses "//", "." and ".." ("/a/./b/../c/" -> "/a/c"); never goes above "/".
QString remoteNormalize(const QString& path);
// True when `path` is `ancestor` or lies below it (both normalised).
bool remoteIsSameOrBelow(const QString& path, const QString& ancestor);
// Where a symbolic link in `folder` pointing at `target` ("../x", "/abs", "sub") leads, normalised.
QString remoteResolveLink(const QString& folder, const QString& target);

// The temporary name a download is written to until complete: ".<name>.ferry-part" next to it.
QString partFilePath(const QString& localPath);
// "report.pdf", 2 -> "report (2).pdf"; ".profile", 1 -> ".profile (1)"; "notes", 3 -> "notes (3)".
QString numberedFileName(const QString& fileName, int number);
// Renames `from` over `to`, replacing `to` if it exists (atomically where the system can).
bool replaceLocalFile(const QString& from, const QString& to, QString* errorString);

} // namespace Ferry
