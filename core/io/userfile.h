#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>

class QSettings;

// Files Ferry writes for the user (the transfer queue, sites, settings it writes itself, trusted
// certificates): written whole or not at all, and a damaged one set aside for the user, never silently
// replaced by an empty one.
namespace Ferry::UserFile {

// Writes data to path through QSaveFile (a temporary file in the same folder, renamed over path once
// complete), creating the folder if needed. On failure (a full disk, a crash) path is untouched; false
// and *errorString say why.
bool writeAtomically(const QString& path, const QByteArray& data, QString* errorString);

// Renames the damaged file at path to "<path>.damaged-<yyyyMMdd-HHmmss>" (a number added if taken), so
// that the next save does not replace it. Returns the new path, or an empty string and *errorString when
// it could not be moved.
QString setAside(const QString& path, QString* errorString);

// A QSettings on the INI file at path (QSettings saves through QSaveFile: atomic). A file that QSettings
// cannot parse would be rewritten with only what it understood: it is set aside first (setAside), a
// notice says so (takeNotices()), and the settings start empty.
std::unique_ptr<QSettings> openIniSettings(const QString& path);

// The notices about damaged files set aside since the last call (from any thread), for the window or
// the command line to show once.
QStringList takeNotices();
void addNotice(const QString& notice);

} // namespace Ferry::UserFile
