#pragma once

#include "filepane.h"
#include "remoteitem.h"

namespace Ferry {

class LocalFileModel;

// The left pane: the local file system through a LocalFileModel (QFileSystemModel, which loads in its own
// thread). Dropping Ferry's remote items here downloads them; Enter opens folders, and files with the
// desktop's default application.
class LocalPane final : public FilePane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalPane)

public:
    explicit LocalPane(QWidget* parent = nullptr);
    ~LocalPane() override;

    LocalFileModel* model() const { return m_model; }
    QString currentPath() const override { return m_path; }

    QMimeData* createDragMimeData() override;
    bool canDrop(const QMimeData* mime) const override;
    void handleDrop(const QMimeData* mime, const QModelIndex& proxyIndex) override;

    // Ferry's remote-items drag data, decoded.
    static QList<RemoteItem> remoteItems(const QMimeData* mime);

public Q_SLOTS:
    void refresh() override;
    void transferSelection() override;
    void deleteSelection() override;
    void createFolder() override;
    void copyUrl() override;
    void showProperties() override;

Q_SIGNALS:
    void uploadRequested(const QStringList& localPaths);
    void downloadRequested(const QList<Ferry::RemoteItem>& items, const QString& localFolder);

protected:
    void loadPath(const QString& path) override;
    QString parentOf(const QString& path) const override;
    void openIndex(const QModelIndex& proxyIndex) override;
    void applyShowHidden(bool show) override;

private:
    LocalFileModel* m_model;
    QString m_path;
};

} // namespace Ferry
