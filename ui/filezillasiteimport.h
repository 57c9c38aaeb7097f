#pragma once

#include "site.h"
#include "sync/filezillasites.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Ferry {

// FileZilla's sites as Ferry's: folders, host, port, user, transfer mode and connections, folders, the
// encryption mode (kept in Site::encryption), and passwords, which go to the system keychain when there
// is one (the site manager writes them when it saves); without a keychain they are not kept and a note
// says so. Sites that are already there (same host, port, user and name) are left out.
class FileZillaSiteImport
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::FileZillaSiteImport)

public:
    struct Result
    {
        QList<Site> sites;
        QStringList folders;
        QStringList notes; // for a person: what was left out and why, passwords not taken
        QString error;     // the file could not be read at all
    };

    static Result convert(const FileZillaImport& import, const QList<Site>& existing, bool keychainAvailable);
    static Result fromFile(const QString& path, const QList<Site>& existing, bool keychainAvailable);
};

} // namespace Ferry
