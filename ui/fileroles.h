#pragma once

#include <Qt>

namespace Ferry {

// Item data roles shared by the local and the remote file models (the sort proxy reads them).
enum FileRole
{
    IsDirRole = Qt::UserRole + 100, // bool: a folder (or a link that may be one)
    SortRole,                       // the raw value the column sorts by (size, time, lower-case name)
    PathRole,                       // QString: the full path (local native path or absolute remote path)
};

} // namespace Ferry
