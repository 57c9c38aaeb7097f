// FileZilla's sitemanager.xml as the site manager's import reads it (core/sync/filezillasites): any bytes,
// and the serialized remote paths inside it.
#include "fuzzcheck.h"
#include "sync/filezillasites.h"

#include <QString>

using Ferry::FileZillaImport;
using Ferry::ImportedSite;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = FerryFuzz::rawBytes(data, size);
    const FileZillaImport import = Ferry::parseFileZillaSites(input);
    if (!import.ok()) {
        FUZZ_CHECK(import.sites.isEmpty() && import.folders.isEmpty() && import.warnings.isEmpty());
    }
    for (const QString& folder : import.folders) {
        FUZZ_CHECK(!folder.isEmpty());
        FUZZ_CHECK(!folder.startsWith(QLatin1Char('/')) && !folder.endsWith(QLatin1Char('/')));
        FUZZ_CHECK(!folder.contains(QStringLiteral("//")));
    }
    for (const ImportedSite& site : import.sites) {
        FUZZ_CHECK(!site.host.isEmpty());
        FUZZ_CHECK(site.port > 0);
        FUZZ_CHECK(site.folder.isEmpty() || import.folders.contains(site.folder));
        FUZZ_CHECK(site.remoteFolder.isEmpty() || site.remoteFolder.startsWith(QLatin1Char('/')));
        FUZZ_CHECK(site.hasPassword || site.password.isEmpty());
        FUZZ_CHECK(!(site.hasPassword && !site.passwordNote.isEmpty()));
        FUZZ_CHECK(site.maxConnections >= 0 && site.maxConnections <= 10);
        FUZZ_CHECK(!Ferry::ftpEncryptionKey(site.encryption).isEmpty());
    }
    // The serialized path parser on its own: an absolute path or nothing.
    const QString path = Ferry::fileZillaRemotePath(QString::fromUtf8(input));
    FUZZ_CHECK(path.isEmpty() || path.startsWith(QLatin1Char('/')));
    return 0;
}
