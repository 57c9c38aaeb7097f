// The server's virtual-path resolver (core/server/virtualpath), which keeps every session inside its
// folder: whatever the working directory and the argument, the result is a normal absolute path that,
// appended to any folder, stays inside that folder.
#include "fuzzcheck.h"
#include "server/virtualpath.h"

#include <QDir>

namespace VirtualPath = Ferry::VirtualPath;

namespace {

void checkNormal(const QString& path)
{
    FUZZ_CHECK(path.startsWith(QLatin1Char('/')));
    FUZZ_CHECK(VirtualPath::isRoot(path) || !path.endsWith(QLatin1Char('/')));
    FUZZ_CHECK(!path.contains(QLatin1String("//")));
    FUZZ_CHECK(!path.contains(QLatin1Char('\\')));
    if (!VirtualPath::isRoot(path)) {
        for (const QString& component : path.mid(1).split(QLatin1Char('/'))) {
            FUZZ_CHECK(VirtualPath::isValidName(component));
            FUZZ_CHECK(component.size() <= VirtualPath::MaxComponentLength);
        }
    }
    // Normal form is a fixed point.
    const std::optional<QString> again = VirtualPath::normalize(path);
    FUZZ_CHECK(again && *again == path);

    // The jail: below any folder, the path stays below that folder however it is cleaned.
    const QString jail = QStringLiteral("/srv/ftp/share");
    const QString local = QDir::cleanPath(jail + path);
    FUZZ_CHECK(local == jail || local.startsWith(jail + QLatin1Char('/')));
    FUZZ_CHECK(VirtualPath::isSameOrBelow(path, QStringLiteral("/")));

    // parent(), fileName() and join() take the path apart and put it back together.
    if (!VirtualPath::isRoot(path)) {
        const QString parent = VirtualPath::parent(path);
        const QString name = VirtualPath::fileName(path);
        FUZZ_CHECK(VirtualPath::isValidName(name));
        FUZZ_CHECK(VirtualPath::join(parent, name) == path);
        FUZZ_CHECK(VirtualPath::isSameOrBelow(path, parent));
        FUZZ_CHECK(!VirtualPath::isSameOrBelow(parent, path));
    }
}

void resolveAll(const QString& cwdArgument, const QString& argument)
{
    const QString cwd = VirtualPath::normalize(cwdArgument).value_or(QStringLiteral("/"));
    checkNormal(cwd);
    const std::optional<QString> resolved = VirtualPath::resolve(cwd, argument);
    if (!resolved) {
        // Refused only for what no file name can hold.
        bool forbidden = false;
        for (QChar c : argument)
            forbidden = forbidden || c.unicode() < 0x20 || c.unicode() == 0x7F;
        FUZZ_CHECK(forbidden || argument.size() > VirtualPath::MaxComponentLength);
        return;
    }
    checkNormal(*resolved);
    // An absolute argument does not depend on the working directory.
    if (argument.startsWith(QLatin1Char('/')) || argument.startsWith(QLatin1Char('\\')))
        FUZZ_CHECK(VirtualPath::resolve(QStringLiteral("/"), argument) == resolved);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // "cwd NUL argument": both as a client would send them, decoded as UTF-8 and as Latin-1.
    const auto [cwd, argument] = FerryFuzz::splitOnce(FerryFuzz::rawBytes(data, size), '\0');
    resolveAll(QString::fromUtf8(cwd), QString::fromUtf8(argument));
    resolveAll(QString::fromLatin1(cwd), QString::fromLatin1(argument));
    return 0;
}
