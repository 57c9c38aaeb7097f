#include "localfilemodel.h"

#include "fileiconprovider.h"
#include "fileroles.h"

namespace Ferry {

LocalFileModel::LocalFileModel(QObject* parent) : QFileSystemModel(parent)
{
    // One provider for the process: QFileSystemModel's gatherer thread may still ask it while the model
    // goes away.
    static FileIconProvider provider;
    setIconProvider(&provider);
}

LocalFileModel::~LocalFileModel() = default;

int LocalFileModel::columnCount(const QModelIndex& parent) const
{
    return parent.column() > 0 ? 0 : PermissionsColumn + 1;
}

QVariant LocalFileModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == IsDirRole)
        return isDir(index);
    if (role == PathRole)
        return filePath(index);
    if (index.column() == PermissionsColumn) {
        if (role == Qt::DisplayRole || role == SortRole)
            return permissionString(permissions(index), isDir(index));
        return {};
    }
    return QFileSystemModel::data(index, role);
}

QVariant LocalFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case 0:
            return tr("Name");
        case 1:
            return tr("Size");
        case 2:
            return tr("Type");
        case 3:
            return tr("Modified");
        case PermissionsColumn:
            return tr("Permissions");
        default:
            break;
        }
    }
    if (section == PermissionsColumn)
        return {};
    return QFileSystemModel::headerData(section, orientation, role);
}

Qt::ItemFlags LocalFileModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QFileSystemModel::flags(index.sibling(index.row(), 0));
    if (index.column() != 0)
        f &= ~Qt::ItemIsEditable;
    return f;
}

QString LocalFileModel::permissionString(QFileDevice::Permissions p, bool isDir)
{
    Q_UNUSED(isDir); // the type has a column of its own; the remote pane shows the same nine letters
    QString s;
    s += p.testFlag(QFileDevice::ReadOwner) ? QLatin1Char('r') : QLatin1Char('-');
    s += p.testFlag(QFileDevice::WriteOwner) ? QLatin1Char('w') : QLatin1Char('-');
    s += p.testFlag(QFileDevice::ExeOwner) ? QLatin1Char('x') : QLatin1Char('-');
    s += p.testFlag(QFileDevice::ReadGroup) ? QLatin1Char('r') : QLatin1Char('-');
    s += p.testFlag(QFileDevice::WriteGroup) ? QLatin1Char('w') : QLatin1Char('-');
    s += p.testFlag(QFileDevice::ExeGroup) ? QLatin1Char('x') : QLatin1Char('-');
    s += p.testFlag(QFileDevice::ReadOther) ? QLatin1Char('r') : QLatin1Char('-');
    s += p.testFlag(QFileDevice::WriteOther) ? QLatin1Char('w') : QLatin1Char('-');
    s += p.testFlag(QFileDevice::ExeOther) ? QLatin1Char('x') : QLatin1Char('-');
    return s;
}

} // namespace Ferry
