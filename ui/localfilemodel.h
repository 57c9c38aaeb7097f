#pragma once

#include <QFileSystemModel>

namespace Ferry {

// QFileSystemModel with the columns of the remote pane: Name, Size, Type, Modified and Permissions
// ("rwxr-xr-x"), plus the shared FileRole values.
class LocalFileModel final : public QFileSystemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalFileModel)

public:
    static constexpr int PermissionsColumn = 4;

    explicit LocalFileModel(QObject* parent = nullptr);
    ~LocalFileModel() override;

    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    static QString permissionString(QFileDevice::Permissions permissions, bool isDir);
};

} // namespace Ferry
