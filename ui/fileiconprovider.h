#pragma once

#include <QFileIconProvider>

namespace Ferry {

// File-type icons for both panes: the desktop theme's icon for the file's MIME type when there is one,
// else the style's generic file and folder icons (platforms without an icon theme, offscreen tests).
// Thread-safe: QFileSystemModel calls it from its gatherer thread.
class FileIconProvider final : public QFileIconProvider
{
public:
    FileIconProvider();
    ~FileIconProvider() override;

    QIcon icon(IconType type) const override;
    QIcon icon(const QFileInfo& info) const override;
    // For a remote entry known by name only.
    QIcon iconForName(const QString& fileName, bool isDir) const;

    static const FileIconProvider& instance();
};

} // namespace Ferry
