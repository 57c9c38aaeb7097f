#pragma once

#include <QString>

namespace Ferry {

// Pure helpers for remote paths: '/'-separated, never URL-encoded, absolute ("/a/b") or relative to the
// login folder ("a/b", "" for the login folder itself). One set for the command line, the window and the
// transfer engine.
namespace RemotePath {

// ("/a", "b") -> "/a/b", ("/", "b") -> "/b", ("", "b") -> "b", ("dir/", "b") -> "dir/b"; a name that
// starts with '/' is absolute and returned as it is.
QString join(const QString& folder, const QString& name);
// "/a/b" -> "/a", "/a" -> "/", "/" -> "/", "dir/a.txt" -> "dir", "a.txt" -> ""; trailing slashes ignored.
QString parent(const QString& path);
// "/a/b.txt" -> "b.txt", "a.txt" -> "a.txt", "/" -> ""; trailing slashes ignored.
QString fileName(const QString& path);
// An absolute path with "//", "." and ".." collapsed, never above "/"; a relative path is taken from base:
// ("/a/./b/../c/") -> "/a/c", ("x/..", "/home") -> "/home".
QString normalize(const QString& path, const QString& base = QStringLiteral("/"));
// True when `path` is `ancestor` or lies below it (both normalised).
bool isSameOrBelow(const QString& path, const QString& ancestor);
// Where a symbolic link in `folder` pointing at `target` ("../x", "/abs", "sub") leads, normalised.
QString resolveLink(const QString& folder, const QString& target);

} // namespace RemotePath

} // namespace Ferry
