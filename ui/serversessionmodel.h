#pragma once

#include "server/servertypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace Ferry {

class ServerHost;

// The sessions of an embedded FtpServer, one row each: client address, user, current action and bytes.
// Filled from ServerHost::sessions() and kept up to date from the session signals the host relays from
// the server's thread (never polls).
class ServerSessionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerSessionModel)

public:
    enum Column
    {
        AddressColumn,
        UserColumn,
        ActionColumn,
        BytesColumn,
        ColumnCount
    };
    static constexpr int SessionIdRole = Qt::UserRole + 1;

    explicit ServerSessionModel(QObject* parent = nullptr);
    ~ServerSessionModel() override;

    // Observes host's server (nullptr: none); takes its current sessions.
    void setHost(ServerHost* host);
    ServerHost* host() const { return m_host; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    ServerSessionInfo sessionAt(int row) const { return m_sessions.value(row); }
    int rowOf(quint64 id) const;

private:
    void reload();
    void onStarted(const Ferry::ServerSessionInfo& info);
    void onEnded(const Ferry::ServerSessionInfo& info);
    void onChanged(const Ferry::ServerSessionInfo& info);

    ServerHost* m_host = nullptr;
    QList<ServerSessionInfo> m_sessions;
};

} // namespace Ferry
