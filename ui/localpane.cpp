#include "localpane.h"

#include "fileroles.h"
#include "filesortproxymodel.h"
#include "fileview.h"
#include "localfilemodel.h"
#include "remotefilemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QUrl>

namespace Ferry {

LocalPane::LocalPane(QWidget* parent) : FilePane(tr("Local"), parent), m_model(new LocalFileModel(this))
{
    setObjectName(QStringLiteral("localPane"));
    m_model->setReadOnly(false); // rename in place (F2)
    m_model->setFilter(QDir::AllEntries | QDir::AllDirs | QDir::NoDotAndDotDot);
    m_model->setRootPath(QString());
    setModel(m_model);
    view()->setAccessibleName(tr("Local files"));
    connect(m_model, &QFileSystemModel::fileRenamed, this,
            [this](const QString&, const QString&, const QString& name) {
                Q_EMIT statusMessage(tr("Renamed to %1").arg(name));
            });
}

LocalPane::~LocalPane() = default;

void LocalPane::loadPath(const QString& rawPath)
{
    QString path = rawPath;
    if (path.startsWith(QLatin1String("file:")))
        path = QUrl(rawPath).toLocalFile();
    if (path.startsWith(QLatin1Char('~')))
        path = QDir::homePath() + path.mid(1);
    const QFileInfo info(path);
    if (!info.exists() || !info.isDir()) {
        showError(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(path)));
        pathFailed();
        return;
    }
    if (!info.isReadable()) {
        showError(
            tr("The folder %1 cannot be read (permission denied).").arg(QDir::toNativeSeparators(path)));
        pathFailed();
        return;
    }
    clearMessage();
    m_path = QDir::cleanPath(info.absoluteFilePath());
    const QModelIndex sourceRoot = m_model->setRootPath(m_path);
    proxy()->setFilterRoot(sourceRoot);
    view()->setRootIndex(proxy()->mapFromSource(sourceRoot));
    view()->selectionModel()->clear();
    pathShown(m_path);
}

QString LocalPane::parentOf(const QString& path) const
{
    QDir dir(path);
    if (!dir.cdUp())
        return path;
    return dir.absolutePath();
}

void LocalPane::refresh()
{
    // QFileSystemModel watches the folder; a refresh re-reads it from scratch (e.g. network mounts).
    const QString path = m_path;
    m_model->setRootPath(QString());
    m_path.clear();
    loadPath(path.isEmpty() ? QDir::homePath() : path);
}

void LocalPane::applyShowHidden(bool show)
{
    QDir::Filters filters = QDir::AllEntries | QDir::AllDirs | QDir::NoDotAndDotDot;
    if (show)
        filters |= QDir::Hidden;
    m_model->setFilter(filters);
}

void LocalPane::openIndex(const QModelIndex& proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QString path = proxyIndex.sibling(proxyIndex.row(), 0).data(PathRole).toString();
    if (isFolder(proxyIndex)) {
        navigateTo(path);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        showError(tr("No application could open %1.").arg(QDir::toNativeSeparators(path)));
}

QMimeData* LocalPane::createDragMimeData()
{
    // What QFileSystemModel gives: text/uri-list of file URLs, understood by file managers and the
    // remote pane alike.
    const QModelIndexList rows = selectedSourceRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->mimeData(rows);
}

bool LocalPane::canDrop(const QMimeData* mime) const
{
    return mime && mime->hasFormat(RemoteFileModel::remoteItemsMimeType());
}

QList<RemoteItem> LocalPane::remoteItems(const QMimeData* mime)
{
    QList<RemoteItem> items;
    const QJsonArray array =
        QJsonDocument::fromJson(mime->data(RemoteFileModel::remoteItemsMimeType())).array();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        RemoteItem item;
        item.path = object.value(QStringLiteral("path")).toString();
        item.isDir = object.value(QStringLiteral("dir")).toBool();
        item.size = qint64(object.value(QStringLiteral("size")).toDouble(-1));
        if (!item.path.isEmpty())
            items << item;
    }
    return items;
}

void LocalPane::handleDrop(const QMimeData* mime, const QModelIndex& proxyIndex)
{
    const QList<RemoteItem> items = remoteItems(mime);
    if (!items.isEmpty())
        Q_EMIT downloadRequested(items, dropTarget(proxyIndex));
}

void LocalPane::transferSelection()
{
    const QStringList paths = selectedPaths();
    if (paths.isEmpty()) {
        Q_EMIT statusMessage(tr("Select the files or folders to upload first."));
        return;
    }
    Q_EMIT uploadRequested(paths);
}

void LocalPane::deleteSelection()
{
    const QStringList paths = selectedPaths();
    if (paths.isEmpty())
        return;
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Delete"),
        paths.size() == 1 ? tr("Delete %1 for good? Folders are deleted with everything in them.")
                                .arg(QDir::toNativeSeparators(paths.first()))
                          : tr("Delete these %n items for good? Folders are deleted with everything in them.",
                               nullptr, int(paths.size())),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteLocal"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, paths](int) {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes)
            return;
        QStringList failed;
        for (const QString& path : paths) {
            const QFileInfo info(path);
            const bool ok =
                info.isDir() && !info.isSymLink() ? QDir(path).removeRecursively() : QFile::remove(path);
            if (!ok)
                failed << QDir::toNativeSeparators(path);
        }
        if (!failed.isEmpty())
            showError(tr("Could not delete %1.").arg(failed.join(QStringLiteral(", "))));
        else
            Q_EMIT statusMessage(tr("Deleted %n item(s)", nullptr, int(paths.size())));
    });
    box->open();
}

void LocalPane::createFolder()
{
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("newFolderDialog"));
    dialog->setWindowTitle(tr("New folder"));
    dialog->setLabelText(tr("Name of the new folder in %1:").arg(QDir::toNativeSeparators(m_path)));
    dialog->setTextValue(tr("New folder"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& text) {
        const QString name = text.trimmed();
        if (name.isEmpty() || name.contains(QLatin1Char('/')) || name == QLatin1String("..") ||
            name == QLatin1String(".")) {
            showError(tr("\"%1\" is not a valid folder name.").arg(name));
            return;
        }
        if (!QDir(m_path).mkdir(name))
            showError(
                tr("Could not create the folder %1 in %2.").arg(name, QDir::toNativeSeparators(m_path)));
    });
    dialog->open();
}

void LocalPane::copyUrl()
{
    const QStringList paths = selectedPaths();
    const QStringList targets = paths.isEmpty() ? QStringList{m_path} : paths;
    QStringList lines;
    QList<QUrl> urls;
    for (const QString& path : targets) {
        urls << QUrl::fromLocalFile(path);
        lines << QDir::toNativeSeparators(path);
    }
    auto* mime = new QMimeData;
    mime->setUrls(urls);
    mime->setText(lines.join(QLatin1Char('\n')));
    QApplication::clipboard()->setMimeData(mime);
    Q_EMIT statusMessage(tr("Copied %1").arg(lines.join(QStringLiteral(", "))));
}

void LocalPane::showProperties()
{
    const QStringList paths = selectedPaths();
    const QFileInfo info(paths.isEmpty() ? m_path : paths.first());
    const QString text = tr("<b>%1</b><br>Folder: %2<br>Type: %3<br>Size: %4<br>Modified: %5<br>Permissions: "
                            "%6<br>Owner: %7 / %8")
                             .arg(info.fileName().toHtmlEscaped(),
                                  QDir::toNativeSeparators(info.absolutePath()).toHtmlEscaped(),
                                  info.isDir() ? tr("Folder") : (info.isSymLink() ? tr("Link") : tr("File")),
                                  info.isDir() ? QStringLiteral("—")
                                               : tr("%1 (%2 bytes)")
                                                     .arg(RemoteFileModel::formatSize(info.size()),
                                                          QLocale().toString(info.size())),
                                  QLocale().toString(info.lastModified(), QLocale::LongFormat),
                                  LocalFileModel::permissionString(info.permissions(), info.isDir()),
                                  info.owner(), info.group());
    auto* box = new QMessageBox(QMessageBox::Information, tr("Properties"), text, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("propertiesDialog"));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

} // namespace Ferry
