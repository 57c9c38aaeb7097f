#pragma once

#include <QString>
#include <optional>

namespace Ferry {

// Paths as an FTP session sees them: absolute, '/'-separated, rooted at the session's own "/" (its
// jail). Pure functions, no file-system access, so they can be tested from tables and fuzzed.
namespace VirtualPath {

// Resolves `argument` (as the client sent it, decoded) against the working directory `cwd` (a
// normalised absolute path) and normalises the result:
//   - an argument starting with '/' is absolute (relative to the session root), else relative to cwd;
//   - '\\' is a separator like '/' (so "a\\..\\..\\x" cannot be a name that a Windows back end splits);
//   - empty components ("a//b") and "." are dropped; ".." removes the previous component and stops at
//     "/" (like chroot: "/../../etc" is "/etc" inside the jail, never outside it);
//   - '%' and every other character are literal (no URL decoding);
//   - the result never ends with '/' except for the root itself.
// Returns nullopt for arguments that no file name can contain: NUL, CR or LF, other C0 control
// characters, or a component longer than MaxComponentLength.
std::optional<QString> resolve(const QString& cwd, const QString& argument);

// The normal form of an absolute path (same rules as resolve() with cwd "/").
std::optional<QString> normalize(const QString& path);

constexpr int MaxComponentLength = 255;

bool isRoot(const QString& path);
// "/a/b" -> "/a"; "/a" -> "/"; "/" -> "/".
QString parent(const QString& path);
// "/a/b" -> "b"; "/" -> "".
QString fileName(const QString& path);
// "/a" + "b" -> "/a/b"; "/" + "b" -> "/b". `name` must be a single valid component.
QString join(const QString& directory, const QString& name);
// True if `name` can be one component: not empty, not "." or "..", no separators, no control characters.
bool isValidName(const QString& name);
// True if `path` is `ancestor` or lies below it ("/a/b" is under "/a", "/ab" is not).
bool isSameOrBelow(const QString& path, const QString& ancestor);

} // namespace VirtualPath

} // namespace Ferry
