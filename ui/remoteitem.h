#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace Ferry {

// A file or folder selected in the remote pane (or carried by a drag from it): what the window needs
// to queue its download.
struct RemoteItem
{
    QString path; // absolute
    bool isDir = false;
    qint64 size = -1;
};

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::RemoteItem)
