#pragma once

#include <QString>

namespace Ferry {

// Local path helpers of the transfer engine (remote paths: protocol/remotepath.h).

// The temporary name a download is written to until complete: ".<name>.ferry-part" next to it.
QString partFilePath(const QString& localPath);
// "report.pdf", 2 -> "report (2).pdf"; ".profile", 1 -> ".profile (1)"; "notes", 3 -> "notes (3)".
QString numberedFileName(const QString& fileName, int number);
// Renames `from` over `to`, replacing `to` if it exists (atomically where the system can).
bool replaceLocalFile(const QString& from, const QString& to, QString* errorString);

} // namespace Ferry
