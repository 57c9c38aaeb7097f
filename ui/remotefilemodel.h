#pragma once

#include "protocol/remoteentry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>

namespace Ferry {

class FtpClient;
class ListOperation;

// One remote folder as a table (name, size, type, modified, permissions), fed by the browsing
// connection's listings. Loading is asynchronous: setPath() returns at once, loading() tells whether a
// listing is under way (the pane shows a busy indicator) and the current rows stay until the new listing
// arrives, so a failed listing leaves the view where it was. Listings are cached per path; refresh()
// and invalidate() drop them.
//
// Renaming through the view's editor (setData) does not rename by itself: it emits renameRequested()
// and the pane drives the client.
class RemoteFileModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteFileModel)

public:
    enum Column
    {
        NameColumn,
        SizeColumn,
        TypeColumn,
        ModifiedColumn,
        PermissionsColumn,
        ColumnCount
    };

    // The MIME type of drags between Ferry's panes: a JSON list of the dragged remote items.
    static QString remoteItemsMimeType() { return QStringLiteral("application/x-ferry-remote-items"); }

    explicit RemoteFileModel(FtpClient* client, QObject* parent = nullptr);
    ~RemoteFileModel() override;

    // The folder shown (absolute; empty while not connected).
    QString path() const { return m_path; }
    // The folder being loaded, or empty.
    QString pendingPath() const { return m_pendingPath; }
    bool isLoading() const { return !m_pendingPath.isEmpty(); }

    // Shows path: at once from the cache (also reloading when reload is set), else after listing it.
    void setPath(const QString& path, bool reload = false);
    void refresh();
    // Forgets the cached listing of path; reloads it when shown.
    void invalidate(const QString& path);
    // Forgets everything (after a disconnect).
    void clear();

    RemoteEntry entry(const QModelIndex& index) const;
    QString filePath(const QModelIndex& index) const;
    // The row of a name in the current folder, or an invalid index.
    QModelIndex indexOf(const QString& name) const;
    // A folder's cached entries (for tests and the transfer conflict check), or nothing.
    bool isCached(const QString& path) const { return m_cache.contains(path); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    // Human-readable sizes ("1.5 MiB") shared with the status bar.
    static QString formatSize(qint64 bytes);

Q_SIGNALS:
    void pathChanged(const QString& path);
    void loadingChanged(bool loading);
    // A listing failed; the message names the path and the server's reply.
    void loadFailed(const QString& path, const QString& message);
    // A listing arrived and is shown.
    void loaded(const QString& path);
    void renameRequested(const QString& path, const QString& newName);

private:
    void show(const QString& path, const QList<RemoteEntry>& entries);
    void onListFinished(ListOperation* operation, const QString& path);

    FtpClient* m_client;
    QString m_path;
    QString m_pendingPath;
    QPointer<ListOperation> m_pending;
    QList<RemoteEntry> m_entries;
    QHash<QString, QList<RemoteEntry>> m_cache;
};

} // namespace Ferry
