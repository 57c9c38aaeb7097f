#include "remotepane.h"

#include "browse/browserequest.h"
#include "browse/remotebrowser.h"
#include "fileroles.h"
#include "filesortproxymodel.h"
#include "fileview.h"
#include "ftplocation.h"
#include "messagebar.h"
#include "remotedragmimedata.h"
#include "remotefilemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QInputDialog>
#include <QItemSelection>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <algorithm>
#include <memory>

namespace Ferry {

RemotePane::RemotePane(RemoteBrowser* browser, QWidget* parent)
    : FilePane(tr("Remote"), parent), m_browser(browser), m_model(new RemoteFileModel(browser, this))
{
    setObjectName(QStringLiteral("remotePane"));
    setModel(m_model);
    view()->setAccessibleName(tr("Remote files"));
    connect(m_model, &RemoteFileModel::loadingChanged, this, &RemotePane::setBusy);
    connect(m_model, &RemoteFileModel::loaded, this, [this](const QString& path) {
        if (messageBar()->isVisible() && messageBar()->kind() == MessageBar::Kind::Info)
            clearMessage();
        pathShown(path);
        selectPending();
    });
    connect(m_model, &RemoteFileModel::loadFailed, this, [this](const QString&, const QString& message) {
        showError(message);
        pathFailed();
    });
    connect(m_model, &RemoteFileModel::renameRequested, this, &RemotePane::rename);
    connect(m_model, &RemoteFileModel::filterAboutToChange, this, &RemotePane::rememberSelection);
    connect(m_model, &RemoteFileModel::filterChanged, this, &RemotePane::restoreSelection);
    updateTitle();
    showInfo(tr("Not connected. Type a host or an ftp:// address above and press Connect, or open the site "
                "manager (Ctrl+S)."));
}

RemotePane::~RemotePane() = default;

QString RemotePane::currentPath() const
{
    return m_model->path();
}

void RemotePane::setLogin(const FtpLogin& login)
{
    m_login = login;
    updateTitle();
}

void RemotePane::updateTitle()
{
    if (!m_connected) {
        setTitle(tr("Remote (not connected)"));
        return;
    }
    QString where =
        m_login.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(m_login.host) : m_login.host;
    if (m_login.port != 21)
        where += QStringLiteral(":%1").arg(m_login.port);
    if (!m_login.user.isEmpty())
        where = m_login.user + QLatin1Char('@') + where;
    setTitle(tr("Remote: %1").arg(where));
}

void RemotePane::setConnected(bool connected, const QString& initialPath)
{
    m_connected = connected;
    updateTitle();
    if (!connected) {
        m_model->clear();
        setBusy(false);
        return;
    }
    clearMessage();
    const QString home =
        m_browser->currentDirectory().isEmpty() ? QStringLiteral("/") : m_browser->currentDirectory();
    navigateTo(RemotePath::normalize(initialPath, home));
}

void RemotePane::loadPath(const QString& path)
{
    if (!m_connected) {
        showInfo(tr("Not connected."));
        pathFailed();
        return;
    }
    const QString base = m_model->path().isEmpty() ? m_browser->currentDirectory() : m_model->path();
    m_model->setPath(RemotePath::normalize(path, base));
}

QString RemotePane::parentOf(const QString& path) const
{
    return RemotePath::parent(path);
}

void RemotePane::refresh()
{
    if (m_connected)
        m_model->refresh();
}

void RemotePane::selectWhenListed(const QString& name)
{
    m_selectAfterLoad = name;
}

void RemotePane::selectPending()
{
    if (m_selectAfterLoad.isEmpty())
        return;
    const QModelIndex source = m_model->indexOf(m_selectAfterLoad);
    if (!source.isValid())
        return;
    m_selectAfterLoad.clear();
    const QModelIndex index = proxy()->mapFromSource(source);
    view()->setCurrentIndex(index);
    view()->scrollTo(index);
}

void RemotePane::rememberSelection()
{
    m_keptSelection.clear();
    const QModelIndexList rows = selectedSourceRows();
    for (const QModelIndex& index : rows)
        m_keptSelection << m_model->entryIndex(index);
    const QModelIndex current = view()->currentIndex();
    m_keptCurrent = current.isValid() ? m_model->entryIndex(proxy()->mapToSource(current)) : -1;
}

void RemotePane::restoreSelection()
{
    // The filter's rows are new (a reset): select again what is still shown, in runs of adjacent rows.
    QItemSelectionModel* selection = view()->selectionModel();
    if (!selection || (m_keptSelection.isEmpty() && m_keptCurrent < 0))
        return;
    QList<int> rows;
    rows.reserve(m_keptSelection.size());
    for (int entry : std::as_const(m_keptSelection)) {
        const QModelIndex source = m_model->indexOfEntry(entry);
        if (source.isValid())
            rows.append(proxy()->mapFromSource(source).row());
    }
    std::sort(rows.begin(), rows.end());
    QItemSelection ranges;
    const int lastColumn = m_model->columnCount() - 1;
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        ranges.append(
            QItemSelectionRange(proxy()->index(rows.at(i), 0), proxy()->index(rows.at(j), lastColumn)));
        i = j + 1;
    }
    const QModelIndex current = proxy()->mapFromSource(m_model->indexOfEntry(m_keptCurrent));
    if (current.isValid())
        selection->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    selection->select(ranges, QItemSelectionModel::ClearAndSelect);
    if (current.isValid())
        view()->scrollTo(current);
    m_keptSelection.clear();
    m_keptCurrent = -1;
}

QList<RemoteItem> RemotePane::selectedItems() const
{
    QList<RemoteItem> items;
    const QModelIndexList rows = selectedSourceRows();
    for (const QModelIndex& index : rows) {
        const RemoteEntry e = m_model->entry(index);
        items << RemoteItem{m_model->filePath(index), e.isDir(), e.size};
    }
    return items;
}

void RemotePane::openIndex(const QModelIndex& proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QModelIndex source = proxy()->mapToSource(proxyIndex);
    const RemoteEntry e = m_model->entry(source);
    if (e.isDir() || e.isSymlink()) {
        navigateTo(m_model->filePath(source));
        return;
    }
    Q_EMIT downloadRequested({RemoteItem{m_model->filePath(source), false, e.size}});
}

QMimeData* RemotePane::createDragMimeData()
{
    const QModelIndexList rows = selectedSourceRows();
    if (rows.isEmpty())
        return nullptr;
    const QList<RemoteItem> items = selectedItems();
    DragOutFetcher fetcher = m_dragOutFetcher;
    auto* mime =
        new RemoteDragMimeData([fetcher, items] { return fetcher ? fetcher(items) : QList<QUrl>(); });
    const std::unique_ptr<QMimeData> internal(m_model->mimeData(rows));
    mime->setData(RemoteFileModel::remoteItemsMimeType(),
                  internal->data(RemoteFileModel::remoteItemsMimeType()));
    return mime;
}

bool RemotePane::canDrop(const QMimeData* mime) const
{
    if (!m_connected || !mime || mime->hasFormat(RemoteFileModel::remoteItemsMimeType()) || !mime->hasUrls())
        return false;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile())
            return true;
    }
    return false;
}

void RemotePane::handleDrop(const QMimeData* mime, const QModelIndex& proxyIndex)
{
    QStringList paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty())
        Q_EMIT uploadRequested(paths, dropTarget(proxyIndex));
}

void RemotePane::transferSelection()
{
    const QList<RemoteItem> items = selectedItems();
    if (items.isEmpty()) {
        Q_EMIT statusMessage(tr("Select the files or folders to download first."));
        return;
    }
    Q_EMIT downloadRequested(items);
}

void RemotePane::rename(const QString& path, const QString& newName)
{
    if (newName.contains(QLatin1Char('/'))) {
        showError(tr("A name cannot contain \"/\": %1").arg(newName));
        return;
    }
    const QString folder = RemotePath::parent(path);
    BrowseRequest* op = m_browser->rename(path, RemotePath::join(folder, newName));
    connect(op, &BrowseRequest::finished, this, [this, op, folder, newName] {
        if (!op->succeeded()) {
            showError(op->errorString());
            return;
        }
        Q_EMIT statusMessage(tr("Renamed to %1").arg(newName));
        if (folder == m_model->path())
            selectWhenListed(newName);
        m_model->invalidate(folder);
    });
}

void RemotePane::deleteRemote(const QString& path, bool isDir,
                              const std::function<void(bool, const QString&)>& done)
{
    if (!isDir) {
        BrowseRequest* op = m_browser->remove(path);
        connect(op, &BrowseRequest::finished, this, [op, done] { done(op->succeeded(), op->errorString()); });
        return;
    }
    BrowseRequest* list = m_browser->list(path, ListOperation::Delivery::Collect);
    connect(list, &BrowseRequest::finished, this, [this, list, path, done] {
        if (!list->succeeded()) {
            done(false, list->errorString());
            return;
        }
        QList<RemoteEntry> children;
        const QList<RemoteEntry> entries = list->entries();
        for (const RemoteEntry& e : entries) {
            if (e.name != QLatin1String(".") && e.name != QLatin1String("..") && !e.name.isEmpty() &&
                !e.name.contains(QLatin1Char('/')))
                children << e;
        }
        struct State
        {
            int pending = 0;
            QString error;
        };
        auto state = std::make_shared<State>();
        state->pending = int(children.size());
        const QPointer<RemotePane> self(this);
        auto removeFolder = [self, path, done, state] {
            if (!self)
                return;
            BrowseRequest* rmd = self->m_browser->rmdir(path);
            connect(rmd, &BrowseRequest::finished, self, [rmd, done, state] {
                const bool ok = rmd->succeeded() && state->error.isEmpty();
                done(ok, state->error.isEmpty() ? rmd->errorString() : state->error);
            });
        };
        if (children.isEmpty()) {
            removeFolder();
            return;
        }
        for (const RemoteEntry& child : std::as_const(children)) {
            deleteRemote(RemotePath::join(path, child.name), child.isDir(),
                         [state, removeFolder](bool ok, const QString& error) {
                             if (!ok && state->error.isEmpty())
                                 state->error = error;
                             if (--state->pending == 0)
                                 removeFolder();
                         });
        }
    });
}

void RemotePane::deleteSelection()
{
    const QList<RemoteItem> items = selectedItems();
    if (items.isEmpty() || !m_connected)
        return;
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Delete on the server"),
        items.size() == 1
            ? tr("Delete %1 on the server? This cannot be undone; a folder is deleted with everything in it.")
                  .arg(items.first().path)
            : tr("Delete these %n items on the server? This cannot be undone; folders are deleted with "
                 "everything in "
                 "them.",
                 nullptr, int(items.size())),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteRemote"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, items](int) {
        if (box->standardButton(box->clickedButton()) != QMessageBox::Yes)
            return;
        const QString folder = m_model->path();
        struct State
        {
            int pending = 0;
            QStringList errors;
        };
        auto state = std::make_shared<State>();
        state->pending = int(items.size());
        const QPointer<RemotePane> self(this);
        for (const RemoteItem& item : items) {
            deleteRemote(item.path, item.isDir, [self, state, folder](bool ok, const QString& error) {
                if (!ok)
                    state->errors << error;
                if (--state->pending > 0 || !self)
                    return;
                if (!state->errors.isEmpty())
                    self->showError(state->errors.join(QLatin1Char('\n')));
                else
                    Q_EMIT self->statusMessage(tr("Deleted on the server."));
                self->m_model->invalidate(folder);
            });
        }
    });
    box->open();
}

void RemotePane::createFolder()
{
    if (!m_connected)
        return;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("newFolderDialog"));
    dialog->setWindowTitle(tr("New folder on the server"));
    dialog->setLabelText(tr("Name of the new folder in %1:").arg(m_model->path()));
    dialog->setTextValue(tr("New folder"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString folder = m_model->path();
    connect(dialog, &QInputDialog::textValueSelected, this, [this, folder](const QString& text) {
        const QString name = text.trimmed();
        if (name.isEmpty() || name.contains(QLatin1Char('/')) || name == QLatin1String(".") ||
            name == QLatin1String("..")) {
            showError(tr("\"%1\" is not a valid folder name.").arg(name));
            return;
        }
        BrowseRequest* op = m_browser->mkdir(RemotePath::join(folder, name));
        connect(op, &BrowseRequest::finished, this, [this, op, folder, name] {
            if (!op->succeeded()) {
                showError(op->errorString());
                return;
            }
            if (folder == m_model->path())
                selectWhenListed(name);
            m_model->invalidate(folder);
        });
    });
    dialog->open();
}

void RemotePane::copyUrl()
{
    if (!m_connected)
        return;
    QStringList paths = selectedPaths();
    if (paths.isEmpty())
        paths << m_model->path();
    QStringList lines;
    QList<QUrl> urls;
    for (const QString& path : std::as_const(paths)) {
        const QUrl url = RemotePath::toUrl(m_login.host, m_login.port, m_login.user, path);
        urls << url;
        lines << url.toString();
    }
    auto* mime = new QMimeData;
    mime->setText(lines.join(QLatin1Char('\n')));
    QApplication::clipboard()->setMimeData(mime);
    Q_EMIT statusMessage(tr("Copied %1").arg(lines.join(QStringLiteral(", "))));
}

void RemotePane::showProperties()
{
    const QModelIndexList rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    const RemoteEntry e = m_model->entry(rows.first());
    const QString path = m_model->filePath(rows.first());
    QString text =
        tr("<b>%1</b><br>Path: %2<br>Type: %3<br>Size: %4<br>Modified: %5<br>Permissions: %6<br>Owner: %7 / "
           "%8")
            .arg(e.name.toHtmlEscaped(), path.toHtmlEscaped(),
                 e.isDir() ? tr("Folder") : (e.isSymlink() ? tr("Link") : tr("File")),
                 e.size < 0 || e.isDir()
                     ? QStringLiteral("—")
                     : tr("%1 (%2 bytes)")
                           .arg(RemoteFileModel::formatSize(e.size), QLocale().toString(e.size)),
                 e.modified.isValid() ? QLocale().toString(e.modified.toLocalTime(), QLocale::LongFormat)
                                      : tr("unknown"),
                 e.permissions.isEmpty() ? tr("unknown") : e.permissions,
                 e.owner.isEmpty() ? tr("unknown") : e.owner.toHtmlEscaped(), e.group.toHtmlEscaped());
    if (!e.linkTarget.isEmpty())
        text += tr("<br>Link to: %1").arg(e.linkTarget.toHtmlEscaped());
    text +=
        tr("<br>URL: %1")
            .arg(
                RemotePath::toUrl(m_login.host, m_login.port, m_login.user, path).toString().toHtmlEscaped());
    auto* box = new QMessageBox(QMessageBox::Information, tr("Properties"), text, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("propertiesDialog"));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

} // namespace Ferry
