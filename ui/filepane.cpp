#include "filepane.h"

#include "fileroles.h"
#include "filesortproxymodel.h"
#include "fileview.h"
#include "messagebar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ferry {

namespace {

constexpr int MaxHistory = 20;

QToolButton* makeButton(QWidget* parent, const QString& icon, const QString& text, const QString& tip)
{
    auto* button = new QToolButton(parent);
    button->setIcon(QIcon(QStringLiteral(":/ui/icons/%1.svg").arg(icon)));
    button->setToolTip(tip);
    button->setAccessibleName(text);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::NoFocus); // the window's shortcuts reach them; Tab stays between panes
    return button;
}

} // namespace

FilePane::FilePane(const QString& title, QWidget* parent)
    : QWidget(parent), m_title(new QLabel(title, this)), m_pathBox(new QComboBox(this)),
      m_filterEdit(new QLineEdit(this)), m_busy(new QProgressBar(this)), m_messageBar(new MessageBar(this)),
      m_view(new FileView(this)), m_proxy(new FileSortProxyModel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);

    m_backButton = makeButton(this, QStringLiteral("back"), tr("Back"), tr("Back (Alt+Left)"));
    m_forwardButton = makeButton(this, QStringLiteral("forward"), tr("Forward"), tr("Forward (Alt+Right)"));
    m_upButton = makeButton(this, QStringLiteral("up"), tr("Up"), tr("Parent folder (Alt+Up, Backspace)"));
    m_refreshButton = makeButton(this, QStringLiteral("refresh"), tr("Refresh"), tr("Refresh (F5)"));
    m_hiddenButton =
        makeButton(this, QStringLiteral("hidden"), tr("Show hidden files"), tr("Show hidden files (Ctrl+H)"));
    m_hiddenButton->setCheckable(true);

    m_pathBox->setEditable(true);
    m_pathBox->setInsertPolicy(QComboBox::NoInsert);
    m_pathBox->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_pathBox->setMinimumContentsLength(12);
    m_pathBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_pathBox->setAccessibleName(tr("Location"));
    m_pathBox->setToolTip(tr("Location (Ctrl+L): type a folder and press Enter"));

    m_filterEdit->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter by name"));
    m_filterEdit->setToolTip(tr("Show only names that contain this text; * and ? are wildcards"));
    m_filterEdit->setMaximumWidth(220);

    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(m_filterEdit->sizeHint().height() / 3);
    m_busy->setMaximumWidth(90);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->setVisible(false);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_title);
    top->addWidget(m_busy);
    top->addStretch(1);
    top->addWidget(m_filterEdit, 1);
    top->addWidget(m_hiddenButton);

    auto* nav = new QHBoxLayout;
    nav->setContentsMargins(0, 0, 0, 0);
    nav->setSpacing(2);
    nav->addWidget(m_backButton);
    nav->addWidget(m_forwardButton);
    nav->addWidget(m_upButton);
    nav->addWidget(m_pathBox, 1);
    nav->addWidget(m_refreshButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(3);
    layout->addLayout(top);
    layout->addLayout(nav);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_view, 1);

    m_backButton->setEnabled(false);
    m_forwardButton->setEnabled(false);

    connect(m_backButton, &QToolButton::clicked, this, &FilePane::goBack);
    connect(m_forwardButton, &QToolButton::clicked, this, &FilePane::goForward);
    connect(m_upButton, &QToolButton::clicked, this, &FilePane::goUp);
    connect(m_refreshButton, &QToolButton::clicked, this, &FilePane::refresh);
    connect(m_hiddenButton, &QToolButton::toggled, this, [this](bool show) {
        m_proxy->setShowHidden(show);
        applyShowHidden(show);
    });
    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &FileSortProxyModel::setNameFilter);
    connect(m_pathBox->lineEdit(), &QLineEdit::returnPressed, this, [this] {
        navigateTo(m_pathBox->lineEdit()->text().trimmed());
        m_view->setFocus();
    });
    connect(m_pathBox, &QComboBox::activated, this,
            [this](int index) { navigateTo(m_pathBox->itemText(index)); });
    connect(m_view, &QTreeView::activated, this, &FilePane::openIndex);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) { Q_EMIT contextMenuRequested(m_view->viewport()->mapToGlobal(pos)); });
    connect(m_view, &FileView::switchPaneRequested, this, &FilePane::switchPaneRequested);
    setFocusProxy(m_view);
}

FilePane::~FilePane() = default;

void FilePane::setModel(QAbstractItemModel* sourceModel)
{
    m_proxy->setSourceModel(sourceModel);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    QHeaderView* header = m_view->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(0, 200);
    header->resizeSection(1, 75);
    header->resizeSection(2, 90);
    header->resizeSection(3, 145);
    header->resizeSection(4, 85);
}

void FilePane::setTitle(const QString& title)
{
    m_title->setText(title);
}

bool FilePane::isFolder(const QModelIndex& proxyIndex) const
{
    return proxyIndex.isValid() && proxyIndex.sibling(proxyIndex.row(), 0).data(IsDirRole).toBool();
}

QModelIndexList FilePane::selectedSourceRows() const
{
    QModelIndexList rows;
    QModelIndexList selected =
        m_view->selectionModel() ? m_view->selectionModel()->selectedRows(0) : QModelIndexList();
    if (selected.isEmpty() && m_view->currentIndex().isValid() &&
        m_view->selectionModel()->isSelected(m_view->currentIndex()))
        selected << m_view->currentIndex().sibling(m_view->currentIndex().row(), 0);
    for (const QModelIndex& index : std::as_const(selected))
        rows << m_proxy->mapToSource(index);
    return rows;
}

QStringList FilePane::selectedPaths() const
{
    QStringList paths;
    const QModelIndexList rows = selectedSourceRows();
    for (const QModelIndex& index : rows)
        paths << index.data(PathRole).toString();
    return paths;
}

QString FilePane::dropTarget(const QModelIndex& proxyIndex) const
{
    if (isFolder(proxyIndex))
        return proxyIndex.sibling(proxyIndex.row(), 0).data(PathRole).toString();
    return currentPath();
}

void FilePane::setHistory(const QStringList& history)
{
    m_history = history.mid(0, MaxHistory);
    const QString text = m_pathBox->currentText();
    m_pathBox->clear();
    m_pathBox->addItems(m_history);
    m_pathBox->setEditText(text);
}

bool FilePane::showHidden() const
{
    return m_hiddenButton->isChecked();
}

void FilePane::setShowHidden(bool show)
{
    m_hiddenButton->setChecked(show);
}

void FilePane::showError(const QString& text)
{
    m_messageBar->showMessage(MessageBar::Kind::Error, text);
    Q_EMIT statusMessage(text);
}

void FilePane::showInfo(const QString& text)
{
    m_messageBar->showMessage(MessageBar::Kind::Info, text);
}

void FilePane::clearMessage()
{
    m_messageBar->hide();
}

void FilePane::navigateTo(const QString& path)
{
    if (path.isEmpty())
        return;
    requestPath(path, true);
}

void FilePane::requestPath(const QString& path, bool record)
{
    m_requestedPath = path;
    m_recordRequested = record;
    loadPath(path);
}

void FilePane::goBack()
{
    if (m_back.isEmpty())
        return;
    const QString path = m_back.takeLast();
    if (!m_shownPath.isEmpty())
        m_forward << m_shownPath;
    requestPath(path, false);
}

void FilePane::goForward()
{
    if (m_forward.isEmpty())
        return;
    const QString path = m_forward.takeLast();
    if (!m_shownPath.isEmpty())
        m_back << m_shownPath;
    requestPath(path, false);
}

void FilePane::goUp()
{
    const QString current = currentPath();
    if (current.isEmpty())
        return;
    const QString parent = parentOf(current);
    if (!parent.isEmpty() && parent != current)
        navigateTo(parent);
}

void FilePane::pathShown(const QString& path)
{
    if (path != m_shownPath) {
        if (m_recordRequested && !m_shownPath.isEmpty()) {
            m_back << m_shownPath;
            m_forward.clear();
        }
        m_shownPath = path;
        m_history.removeAll(path);
        m_history.prepend(path);
        while (m_history.size() > MaxHistory)
            m_history.removeLast();
        m_pathBox->blockSignals(true);
        m_pathBox->clear();
        m_pathBox->addItems(m_history);
        m_pathBox->setCurrentIndex(0);
        m_pathBox->blockSignals(false);
        Q_EMIT pathChanged(path);
    }
    m_pathBox->setEditText(path);
    m_recordRequested = true;
    m_backButton->setEnabled(!m_back.isEmpty());
    m_forwardButton->setEnabled(!m_forward.isEmpty());
    m_upButton->setEnabled(parentOf(path) != path);
}

void FilePane::pathFailed()
{
    m_recordRequested = true;
    m_pathBox->setEditText(m_shownPath);
}

void FilePane::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

void FilePane::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        openIndex(index);
}

void FilePane::renameCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    m_view->setFocus();
    m_view->edit(index.sibling(index.row(), 0));
}

void FilePane::focusLocation()
{
    m_pathBox->setFocus();
    m_pathBox->lineEdit()->selectAll();
}

void FilePane::focusFilter()
{
    m_filterEdit->setFocus();
    m_filterEdit->selectAll();
}

} // namespace Ferry
