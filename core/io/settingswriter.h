#pragma once

#include <QString>
#include <QVariant>

class QThread;

// Values for an INI settings file, written by a thread of their own in the order they were given, so that
// the caller (the window's thread) never waits for the disk: QSettings ends every save with fdatasync,
// which waits for all the dirty data on that disk, other programs' included (connecting wrote the recent
// connections that way: two fdatasyncs on the window's thread per connect).
namespace Ferry::SettingsWriter {

// Sets key to value in the INI file at path (opened with UserFile::openIniSettings: a damaged file is set
// aside first). A save that fails becomes a notice (UserFile::takeNotices()). Keys other writers change in
// the same file meanwhile are kept (QSettings merges on save).
void setValue(const QString& path, const QString& key, const QVariant& value);

// Waits until every value given so far is in its file (main() calls it before the process ends).
void flush();

// The thread that made the last save (tests: it is not the caller's).
QThread* lastWriterThreadForTesting();

} // namespace Ferry::SettingsWriter
