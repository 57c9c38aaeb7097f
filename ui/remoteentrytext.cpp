#include "remoteentrytext.h"

#include "protocol/permissiontext.h"
#include "remotefilemodel.h"

#include <QCoreApplication>
#include <QMimeDatabase>
#include <QStringList>

namespace Ferry {

namespace {

// The letters of the MLSD "perm" fact (RFC 3659 section 7.5.5) in words, in a fixed order. A file's
// letters say what this login may do with it, a folder's what it may do in it; servers send the same
// set for both (pyftpdlib: "elradfmwMT" for every entry), so only the letters that apply to the kind of
// entry become words. Upper-case M and T are pyftpdlib's (SITE CHMOD, MFMT).
enum AppliesTo
{
    ToFiles = 1,
    ToFolders = 2,
    ToAll = ToFiles | ToFolders
};

struct PermLetter
{
    char letter;
    int appliesTo;
    const char* word; // nullptr: tooltip only
    const char* meaning;
};

const PermLetter PermLetters[] = {
    {'r', ToFiles, QT_TRANSLATE_NOOP("Ferry::RemoteFileModel", "read"),
     QT_TRANSLATE_NOOP("Ferry::RemoteFileModel", "the file may be downloaded")},
    {'l', ToFolders, QT_TRANSLATE_NOOP("Ferry::RemoteFileModel", "list"),
     QT_TRANSLATE_NOOP("Ferry::RemoteFileModel", "the folder may be listed")},
    {'e', ToFolders, QT_TRANSLATE_NOOP("Ferry::RemoteFileModel", "enter"),
     QT_TRANSLATE_NOOP("Ferry::RemoteFileModel", "the folder may be entered")},
    {'w', ToFiles, QT_TRANSLATE_NOOP("Ferry::RemoteFileModel", "write"),
     QT_TRANSLATE_NOOP("Ferry::RemoteFileModel", "the file may be overwritten")},
    {'a', ToFiles, QT_TRANSLATE_NOOP("Ferry::RemoteFileModel", "append"),
     QT_TRANSLATE_NOOP("Ferry::RemoteFileModel", "data may be appended to the file")},
    {'c', ToFolders, QT_TRANSLATE_NOOP("Ferry::RemoteFileModel", "create files"),
     QT_TRANSLATE_NOOP("Ferry::RemoteFileModel", "files may be created in the folder")},
    {'m', ToFolders, QT_TRANSLATE_NOOP("Ferry::RemoteFileModel", "create folders"),
     QT_TRANSLATE_NOOP("Ferry::RemoteFileModel", "folders may be created in the folder")},
    {'d', ToAll, QT_TRANSLATE_NOOP("Ferry::RemoteFileModel", "delete"),
     QT_TRANSLATE_NOOP("Ferry::RemoteFileModel", "it may be deleted")},
    {'p', ToFolders, QT_TRANSLATE_NOOP("Ferry::RemoteFileModel", "delete contents"),
     QT_TRANSLATE_NOOP("Ferry::RemoteFileModel", "what is in the folder may be deleted")},
    {'f', ToAll, QT_TRANSLATE_NOOP("Ferry::RemoteFileModel", "rename"),
     QT_TRANSLATE_NOOP("Ferry::RemoteFileModel", "it may be renamed")},
    {'M', ToAll, nullptr,
     QT_TRANSLATE_NOOP("Ferry::RemoteFileModel", "its mode may be changed (SITE CHMOD)")},
    {'T', ToAll, nullptr, QT_TRANSLATE_NOOP("Ferry::RemoteFileModel", "its time may be changed (MFMT)")},
};

const PermLetter* permLetter(QChar c)
{
    for (const PermLetter& p : PermLetters) {
        if (c == QLatin1Char(p.letter))
            return &p;
    }
    return nullptr;
}

QString trModel(const char* text)
{
    return QCoreApplication::translate("Ferry::RemoteFileModel", text);
}

} // namespace

QString RemoteEntryText::typeName(const RemoteEntry& entry)
{
    switch (entry.type) {
    case RemoteEntry::Type::Directory:
        return RemoteFileModel::tr("Folder");
    case RemoteEntry::Type::Symlink:
        return RemoteFileModel::tr("Link");
    case RemoteEntry::Type::Other:
        return RemoteFileModel::tr("Other");
    case RemoteEntry::Type::File:
        break;
    }
    const QMimeType mime = QMimeDatabase().mimeTypeForFile(entry.name, QMimeDatabase::MatchExtension);
    return mime.isDefault() ? RemoteFileModel::tr("File") : mime.comment();
}

QString RemoteEntryText::permissionsText(const RemoteEntry& entry)
{
    const QString mode = PermissionText::modeCharacters(entry);
    if (!mode.isEmpty())
        return mode;
    if (entry.permissionsKind != RemoteEntry::PermissionsKind::MlsdPerm || entry.permissions.isNull())
        return entry.permissions; // NetWare "[RWCEAFMS]", HylaFAX "rwxrwx", or nothing known
    const int kind = entry.isDir() ? ToFolders : entry.isFile() ? ToFiles : ToAll;
    QStringList words;
    for (const PermLetter& p : PermLetters) {
        if (p.word && (p.appliesTo & kind) && entry.permissions.contains(QLatin1Char(p.letter)))
            words << trModel(p.word);
    }
    return words.isEmpty() ? RemoteFileModel::tr("no access") : words.join(QStringLiteral(", "));
}

QString RemoteEntryText::permissionsToolTip(const RemoteEntry& entry)
{
    QStringList lines;
    if (entry.permissionsKind == RemoteEntry::PermissionsKind::MlsdPerm && !entry.permissions.isNull()) {
        lines << RemoteFileModel::tr("MLSD perm fact: %1")
                     .arg(entry.permissions.isEmpty() ? RemoteFileModel::tr("(empty)")
                                                      : entry.permissions.toHtmlEscaped());
        for (const QChar c : entry.permissions) {
            const PermLetter* p = permLetter(c);
            lines << QStringLiteral("  %1: %2")
                         .arg(QString(c).toHtmlEscaped(),
                              p ? trModel(p->meaning) : RemoteFileModel::tr("not defined by RFC 3659"));
        }
    } else if (!entry.permissions.isEmpty()) {
        lines << RemoteFileModel::tr("As listed: %1").arg(entry.permissions.toHtmlEscaped());
    }
    const auto mode = entry.facts.constFind(QStringLiteral("unix.mode"));
    if (mode != entry.facts.cend())
        lines << RemoteFileModel::tr("MLSD UNIX.mode fact: %1").arg(mode->toHtmlEscaped());
    if (lines.isEmpty())
        return QString();
    return QStringLiteral("<p style='white-space:pre'>%1</p>").arg(lines.join(QStringLiteral("<br>")));
}

} // namespace Ferry
