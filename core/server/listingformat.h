#pragma once

#include "server/filesystem.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>

namespace Ferry {

// Pure formatters of what the server sends for LIST, NLST, MLSD, MLST and MDTM. Names are UTF-8.
namespace ListingFormat {

// "-rw-r--r--   1 ftp      ftp          1234 Apr 02 08:05 name" (UNIX "ls -l" as vsftpd writes it):
// English month, zero-padded day, "HH:MM" for dates within the last six months of `nowUtc`, else the
// year; times in UTC.
QByteArray unixLine(const FileInfo& info, const QDateTime& nowUtc);
// RFC 3659 facts and name: "type=file;size=1234;modify=20240102030405;perm=adfrw;unix.mode=0644; name".
// `writable` is whether the session may change the entry (read-only sessions get "r" / "el").
QByteArray mlsxLine(const FileInfo& info, bool writable);
// The same with only the facts in `facts` (names in lower case, as selected by OPTS MLST; RFC 3659 7.9).
QByteArray mlsxLine(const FileInfo& info, bool writable, const QSet<QByteArray>& facts);
// The facts MLST/MLSD can list, for FEAT, "*" marking the selected ones: "type*;size*;modify*;perm*;unix.mode*;".
QByteArray factsFeature();
QByteArray factsFeature(const QSet<QByteArray>& selected);
// RFC 3659 time-val "YYYYMMDDHHMMSS" in UTC.
QByteArray timeVal(const QDateTime& time);
// "rwxr-xr-x" from POSIX mode bits.
QByteArray permissionString(int mode);
// False for names a listing cannot carry (CR or LF in them).
bool isListable(const FileInfo& info);

} // namespace ListingFormat

} // namespace Ferry
