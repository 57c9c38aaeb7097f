#include "serversessionmodel.h"

#include "remotefilemodel.h"
#include "server/serverhost.h"

namespace Ferry {

namespace {

QString describeAddress(const ServerSessionInfo& info)
{
    bool isV4 = false;
    const quint32 v4 = info.address.toIPv4Address(&isV4);
    if (isV4)
        return QStringLiteral("%1:%2").arg(QHostAddress(v4).toString()).arg(info.port);
    return QStringLiteral("[%1]:%2").arg(info.address.toString()).arg(info.port);
}

} // namespace

ServerSessionModel::ServerSessionModel(QObject* parent) : QAbstractTableModel(parent) {}

ServerSessionModel::~ServerSessionModel() = default;

void ServerSessionModel::setHost(ServerHost* host)
{
    if (m_host)
        disconnect(m_host, nullptr, this, nullptr);
    m_host = host;
    if (m_host) {
        connect(m_host, &ServerHost::sessionStarted, this, &ServerSessionModel::onStarted);
        connect(m_host, &ServerHost::sessionEnded, this, &ServerSessionModel::onEnded);
        connect(m_host, &ServerHost::sessionStateChanged, this, &ServerSessionModel::onChanged);
        connect(m_host, &QObject::destroyed, this, [this] {
            m_host = nullptr;
            reload();
        });
    }
    reload();
}

void ServerSessionModel::reload()
{
    beginResetModel();
    m_sessions = m_host ? m_host->sessions() : QList<ServerSessionInfo>();
    endResetModel();
}

int ServerSessionModel::rowOf(quint64 id) const
{
    for (int row = 0; row < m_sessions.size(); ++row) {
        if (m_sessions.at(row).id == id)
            return row;
    }
    return -1;
}

void ServerSessionModel::onStarted(const ServerSessionInfo& info)
{
    if (rowOf(info.id) >= 0) {
        onChanged(info);
        return;
    }
    const int row = int(m_sessions.size());
    beginInsertRows(QModelIndex(), row, row);
    m_sessions.append(info);
    endInsertRows();
}

void ServerSessionModel::onEnded(const ServerSessionInfo& info)
{
    const int row = rowOf(info.id);
    if (row < 0)
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_sessions.removeAt(row);
    endRemoveRows();
}

void ServerSessionModel::onChanged(const ServerSessionInfo& info)
{
    const int row = rowOf(info.id);
    if (row < 0) {
        onStarted(info);
        return;
    }
    m_sessions[row] = info;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ServerSessionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int ServerSessionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerSessionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_sessions.size())
        return QVariant();
    const ServerSessionInfo& info = m_sessions.at(index.row());
    if (role == SessionIdRole)
        return QVariant::fromValue(info.id);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case AddressColumn:
            return describeAddress(info);
        case UserColumn:
            if (info.user.isEmpty())
                return tr("(not logged in)");
            if (!info.loggedIn)
                return tr("%1 (logging in)").arg(info.user);
            return info.readOnly ? tr("%1 (read-only)").arg(info.user) : info.user;
        case ActionColumn:
            if (info.currentAction.isEmpty() || info.currentAction == QLatin1String("idle"))
                return tr("idle");
            if (info.transferBytes > 0)
                return tr("%1 (%2)").arg(info.currentAction, RemoteFileModel::formatSize(info.transferBytes));
            return info.currentAction;
        case BytesColumn:
            return tr("↓ %1  ↑ %2")
                .arg(RemoteFileModel::formatSize(info.bytesDownloaded),
                     RemoteFileModel::formatSize(info.bytesUploaded));
        default:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        return tr("%1\nConnected since %2\nDownloaded by the client: %3 bytes\nUploaded by the client: %4 "
                  "bytes")
            .arg(info.who(), info.connectedAt.toLocalTime().toString(Qt::TextDate))
            .arg(info.bytesDownloaded)
            .arg(info.bytesUploaded);
    }
    return QVariant();
}

QVariant ServerSessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case AddressColumn:
        return tr("Address");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Current action");
    case BytesColumn:
        return tr("Transferred");
    default:
        return QVariant();
    }
}

} // namespace Ferry
