#pragma once

#include <QString>

namespace Ferry {

// Whether some process (this one included) has the file open for writing right now, so that a watcher
// does not upload a file in the middle of being written. Linux: asks the kernel for a read lease, which
// it refuses while a writer exists (the lease is let go at once; its break signal is one that is ignored
// by default). Elsewhere, and where leases are not available (network file systems), false: callers rely
// on the file's size and time staying put for a while.
bool isFileOpenForWriting(const QString& path);

} // namespace Ferry
