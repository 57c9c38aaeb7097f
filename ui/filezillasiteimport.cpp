#include "filezillasiteimport.h"

#include <QDir>
#include <QFile>

namespace Ferry {

FileZillaSiteImport::Result FileZillaSiteImport::convert(const FileZillaImport& import,
                                                         const QList<Site>& existing, bool keychainAvailable)
{
    Result result;
    if (!import.ok()) {
        result.error = import.error;
        return result;
    }
    result.folders = import.folders;
    result.notes = import.warnings;
    bool passwordsDropped = false;
    for (const ImportedSite& imported : import.sites) {
        const QString name = imported.name.isEmpty() ? imported.host : imported.name;
        const bool duplicate = std::any_of(existing.cbegin(), existing.cend(), [&](const Site& site) {
            return site.host.compare(imported.host, Qt::CaseInsensitive) == 0 && site.port == imported.port &&
                   site.user == imported.user && site.displayName() == name;
        });
        if (duplicate) {
            result.notes << tr("%1 is in the site manager already.").arg(name);
            continue;
        }
        Site site = Site::create(imported.folder);
        site.name = name;
        site.host = imported.host;
        site.port = imported.port;
        site.user = imported.user;
        site.dataMode = imported.dataMode;
        if (imported.maxConnections > 0)
            site.maxConnections = imported.maxConnections;
        site.localFolder = imported.localFolder;
        site.remoteFolder = imported.remoteFolder;
        site.encryption = ftpEncryptionKey(imported.encryption);
        site.comments = imported.comments;
        if (imported.hasPassword) {
            if (keychainAvailable) {
                site.password = imported.password;
                site.rememberPassword = true;
            } else {
                passwordsDropped = true;
            }
        } else if (!imported.passwordNote.isEmpty()) {
            result.notes << QStringLiteral("%1: %2").arg(name, imported.passwordNote);
        }
        result.sites << site;
    }
    if (passwordsDropped)
        result.notes << tr(
            "No system keychain is available, so the passwords were not imported: Ferry asks for "
            "them when it connects.");
    return result;
}

FileZillaSiteImport::Result FileZillaSiteImport::fromFile(const QString& path, const QList<Site>& existing,
                                                          bool keychainAvailable)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    // sitemanager.xml files are small; a huge one is not FileZilla's.
    if (file.size() > 64 * 1024 * 1024) {
        Result result;
        result.error =
            tr("%1 is too large to be a FileZilla site manager file.").arg(QDir::toNativeSeparators(path));
        return result;
    }
    return convert(parseFileZillaSites(file.readAll()), existing, keychainAvailable);
}

} // namespace Ferry
