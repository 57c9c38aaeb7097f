#pragma once

#include "client/ftpclientoptions.h"
#include "filepane.h"
#include "remoteitem.h"

#include <QUrl>
#include <functional>

namespace Ferry {

class RemoteBrowser;
class RemoteFileModel;

// The right pane: the server's folders through a RemoteFileModel on the browsing connection (a
// RemoteBrowser, whose listings are parsed off the window's thread). Renames, deletions (folders
// recursively) and new folders go over the same connection; uploads and downloads are handed to the
// window (signals), which queues them on the transfer connection.
class RemotePane final : public FilePane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemotePane)

public:
    using DragOutFetcher = std::function<QList<QUrl>(const QList<RemoteItem>& items)>;

    RemotePane(RemoteBrowser* browser, QWidget* parent = nullptr);
    ~RemotePane() override;

    RemoteFileModel* model() const { return m_model; }
    QString currentPath() const override;
    bool isReady() const override { return m_connected; }

    // The server the browsing connection talks to (for the title and "Copy URL").
    void setLogin(const FtpLogin& login);
    // Connected: shows initialPath (absolute, or relative to the login folder). Not connected: empties.
    void setConnected(bool connected, const QString& initialPath = QString());
    // How files dragged out of Ferry (to the desktop) are fetched: download and return file URLs.
    void setDragOutFetcher(DragOutFetcher fetcher) { m_dragOutFetcher = std::move(fetcher); }
    QList<RemoteItem> selectedItems() const;
    // Selects the row of `name` once the current folder shows it (after a rename, upload, new folder).
    void selectWhenListed(const QString& name);

    QMimeData* createDragMimeData() override;
    bool canDrop(const QMimeData* mime) const override;
    void handleDrop(const QMimeData* mime, const QModelIndex& proxyIndex) override;

public Q_SLOTS:
    void refresh() override;
    void transferSelection() override;
    void deleteSelection() override;
    void createFolder() override;
    void copyUrl() override;
    void showProperties() override;

Q_SIGNALS:
    void uploadRequested(const QStringList& localPaths, const QString& remoteFolder);
    void downloadRequested(const QList<Ferry::RemoteItem>& items);

protected:
    void loadPath(const QString& path) override;
    QString parentOf(const QString& path) const override;
    void openIndex(const QModelIndex& proxyIndex) override;

private:
    void rename(const QString& path, const QString& newName);
    // Deletes a file, or a folder with everything in it, then calls done(ok, error).
    void deleteRemote(const QString& path, bool isDir, const std::function<void(bool, const QString&)>& done);
    void selectPending();
    void updateTitle();
    void rememberSelection();
    void restoreSelection();

    RemoteBrowser* m_browser;
    RemoteFileModel* m_model;
    FtpLogin m_login;
    bool m_connected = false;
    QString m_selectAfterLoad;
    // The entries selected (and the current one) while the filter changes the rows.
    QList<int> m_keptSelection;
    int m_keptCurrent = -1;
    DragOutFetcher m_dragOutFetcher;
};

} // namespace Ferry
