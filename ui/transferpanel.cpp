#include "transferpanel.h"

#include "actionfactory.h"
#include "fileexistsdialog.h"
#include "transfer/transferengine.h"
#include "transferprogressdelegate.h"

#include <QAction>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace Ferry {

TransferPanel::TransferPanel(TransferEngine* queue, QWidget* parent)
    : QWidget(parent), m_queue(queue), m_model(new TransferQueueModel(queue, this)),
      m_proxy(new QSortFilterProxyModel(this)), m_tabs(new QTabBar(this)), m_toolBar(new QToolBar(this)),
      m_view(new QTreeView(this)), m_totals(new QLabel(this))
{
    setObjectName(QStringLiteral("transferPanel"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(TransferQueueModel::CategoryRole);
    m_proxy->setFilterKeyColumn(TransferQueueModel::NameColumn);
    m_proxy->setDynamicSortFilter(true); // a job moves to its tab when its state changes

    m_tabs->setObjectName(QStringLiteral("transferTabs"));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    m_tabs->addTab(QString());
    m_tabs->addTab(QString());
    m_tabs->addTab(QString());
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int tab) {
        m_proxy->setFilterRegularExpression(
            QRegularExpression(QStringLiteral("^%1$").arg(tab < 0 ? 0 : tab)));
        updateActions();
    });

    m_view->setObjectName(QStringLiteral("transferView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegateForColumn(TransferQueueModel::ProgressColumn,
                                     new TransferProgressDelegate(m_view));
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(TransferQueueModel::NameColumn, 220);
    m_view->header()->resizeSection(TransferQueueModel::ProgressColumn, 120);
    m_view->header()->resizeSection(TransferQueueModel::SizeColumn, 170);
    m_view->header()->resizeSection(TransferQueueModel::SpeedColumn, 90);
    m_view->header()->resizeSection(TransferQueueModel::EtaColumn, 70);
    m_view->header()->resizeSection(TransferQueueModel::StateColumn, 220);
    // The server right after the name: one queue serves every tab.
    m_view->header()->moveSection(TransferQueueModel::ServerColumn, TransferQueueModel::NameColumn + 1);
    m_view->header()->resizeSection(TransferQueueModel::ServerColumn, 200);
    connect(m_view, &QWidget::customContextMenuRequested, this, &TransferPanel::showMenu);
    m_view->installEventFilter(this);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TransferPanel::updateActions);

    m_pauseAction = makeAction(QStringLiteral("transferPause"), QStringLiteral("pause"), tr("&Pause"),
                               QKeySequence(tr("Ctrl+P")), &TransferPanel::pauseSelected);
    m_resumeAction = makeAction(QStringLiteral("transferResume"), QStringLiteral("resume"), tr("Re&sume"),
                                QKeySequence(tr("Ctrl+R")), &TransferPanel::resumeSelected);
    m_cancelAction = makeAction(QStringLiteral("transferCancel"), QStringLiteral("cancel"), tr("&Cancel"),
                                QKeySequence(tr("Ctrl+Backspace")), &TransferPanel::cancelSelected);
    m_retryAction = makeAction(QStringLiteral("transferRetry"), QStringLiteral("retry"), tr("Re&try"),
                               QKeySequence(tr("Ctrl+Shift+R")), &TransferPanel::retrySelected);
    m_removeAction =
        makeAction(QStringLiteral("transferRemove"), QStringLiteral("delete"), tr("Re&move from List"),
                   QKeySequence::Delete, &TransferPanel::removeSelected);
    m_moveUpAction = makeAction(QStringLiteral("transferMoveUp"), QStringLiteral("move-up"), tr("Move &Up"),
                                QKeySequence(tr("Ctrl+Up")), &TransferPanel::moveSelectedUp);
    m_moveDownAction =
        makeAction(QStringLiteral("transferMoveDown"), QStringLiteral("move-down"), tr("Move &Down"),
                   QKeySequence(tr("Ctrl+Down")), &TransferPanel::moveSelectedDown);
    m_pauseAllAction = makeAction(QStringLiteral("transferPauseAll"), QString(), tr("Pause &All"),
                                  QKeySequence(tr("Ctrl+Shift+P")), nullptr);
    connect(m_pauseAllAction, &QAction::triggered, m_queue, &TransferEngine::pauseAll);
    m_resumeAllAction = makeAction(QStringLiteral("transferResumeAll"), QString(), tr("Resume A&ll"),
                                   QKeySequence(tr("Ctrl+Shift+S")), nullptr);
    connect(m_resumeAllAction, &QAction::triggered, m_queue, &TransferEngine::resumeAll);
    m_clearFinishedAction = makeAction(QStringLiteral("transferClearFinished"), QStringLiteral("clear"),
                                       tr("C&lear Finished"), QKeySequence(), nullptr);
    connect(m_clearFinishedAction, &QAction::triggered, m_queue, &TransferEngine::clearFinished);

    m_toolBar->setObjectName(QStringLiteral("transferToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    for (QAction* action : {m_pauseAction, m_resumeAction, m_cancelAction, m_retryAction, m_removeAction})
        m_toolBar->addAction(action);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_moveUpAction);
    m_toolBar->addAction(m_moveDownAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_pauseAllAction);
    m_toolBar->addAction(m_resumeAllAction);
    m_toolBar->addAction(m_clearFinishedAction);
    m_pauseAllAction->setIcon(QIcon(QStringLiteral(":/ui/icons/pause.svg")));
    m_resumeAllAction->setIcon(QIcon(QStringLiteral(":/ui/icons/resume.svg")));

    m_totals->setObjectName(QStringLiteral("transferTotals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_tabs);
    top->addStretch(1);
    top->addWidget(m_toolBar);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);

    connect(m_model, &TransferQueueModel::countsChanged, this, &TransferPanel::updateTabs);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TransferPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &TransferPanel::updateActions);
    connect(m_queue, &TransferEngine::totalsChanged, this, &TransferPanel::updateTotals);
    connect(m_queue, &TransferEngine::existsQuestion, this, &TransferPanel::onQuestion);
    connect(m_queue, &TransferEngine::questionWithdrawn, this, &TransferPanel::onQuestionWithdrawn);

    m_tabs->setCurrentIndex(0);
    m_proxy->setFilterRegularExpression(QRegularExpression(QStringLiteral("^0$")));
    updateTabs();
    updateTotals(m_queue->totals());
    updateActions();
}

TransferPanel::~TransferPanel()
{
    if (m_question)
        m_question->withdraw();
}

QAction* TransferPanel::makeAction(const QString& name, const QString& icon, const QString& text,
                                   const QKeySequence& key, void (TransferPanel::*slot)())
{
    // The keys work while the queue has the focus, never in the panes.
    QAction* action = createAction(this, name, icon, text, key, Qt::WidgetWithChildrenShortcut);
    if (!key.isEmpty())
        action->setToolTip(tr("%1 (%2)").arg(action->text().remove(QLatin1Char('&')),
                                             key.toString(QKeySequence::NativeText)));
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    return action;
}

bool TransferPanel::eventFilter(QObject* watched, QEvent* event)
{
    // Delete in the queue removes jobs: it must not reach the window's Delete, which deletes files in the
    // active pane. Taking the shortcut override makes the key come here as a key press.
    if (watched == m_view &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Delete)) {
            event->accept();
            if (event->type() == QEvent::KeyPress && m_removeAction->isEnabled())
                removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

TransferQueueModel::Category TransferPanel::category() const
{
    return static_cast<TransferQueueModel::Category>(qMax(0, m_tabs->currentIndex()));
}

void TransferPanel::showCategory(TransferQueueModel::Category category)
{
    m_tabs->setCurrentIndex(int(category));
}

QList<TransferJobId> TransferPanel::selectedJobs() const
{
    QList<QPair<int, TransferJobId>> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (const TransferJobSnapshot* job = m_model->snapshot(source.row()))
            rows.append({source.row(), job->id});
    }
    std::sort(rows.begin(), rows.end());
    QList<TransferJobId> ids;
    for (const auto& row : rows)
        ids << row.second;
    return ids;
}

void TransferPanel::selectJob(TransferJobId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
}

void TransferPanel::pauseSelected()
{
    const QList<TransferJobId> ids = selectedJobs();
    for (TransferJobId id : ids)
        m_queue->pauseJob(id);
}

void TransferPanel::resumeSelected()
{
    const QList<TransferJobId> ids = selectedJobs();
    for (TransferJobId id : ids)
        m_queue->resumeJob(id);
}

void TransferPanel::cancelSelected()
{
    const QList<TransferJobId> ids = selectedJobs();
    for (TransferJobId id : ids)
        m_queue->cancelJob(id);
}

void TransferPanel::retrySelected()
{
    const QList<TransferJobId> ids = selectedJobs();
    for (TransferJobId id : ids)
        m_queue->retryJob(id);
    if (!ids.isEmpty())
        showCategory(TransferQueueModel::Category::Active);
}

void TransferPanel::removeSelected()
{
    const QList<TransferJobId> ids = selectedJobs();
    for (TransferJobId id : ids)
        m_queue->removeJob(id);
}

void TransferPanel::moveSelectedUp()
{
    const QList<TransferJobId> ids = selectedJobs();
    for (TransferJobId id : ids) // top first: a block keeps its order
        m_queue->moveUp(id);
}

void TransferPanel::moveSelectedDown()
{
    const QList<TransferJobId> ids = selectedJobs();
    for (auto it = ids.crbegin(); it != ids.crend(); ++it)
        m_queue->moveDown(*it);
}

void TransferPanel::updateActions()
{
    bool canPause = false, canResume = false, canCancel = false, canRetry = false;
    const QList<TransferJobId> ids = selectedJobs();
    for (TransferJobId id : ids) {
        const TransferJobSnapshot* job = m_model->snapshotOf(id);
        if (!job)
            continue;
        canPause |= job->state == TransferJobState::Queued || job->state == TransferJobState::Running;
        canResume |= job->state == TransferJobState::Paused;
        canCancel |= !job->isFinished();
        canRetry |= job->state == TransferJobState::Failed || job->state == TransferJobState::Canceled;
    }
    m_pauseAction->setEnabled(canPause);
    m_resumeAction->setEnabled(canResume);
    m_cancelAction->setEnabled(canCancel);
    m_retryAction->setEnabled(canRetry);
    m_removeAction->setEnabled(!ids.isEmpty());
    const bool queueTab = category() == TransferQueueModel::Category::Active;
    m_moveUpAction->setEnabled(queueTab && !ids.isEmpty());
    m_moveDownAction->setEnabled(queueTab && !ids.isEmpty());
}

void TransferPanel::updateTabs()
{
    using Category = TransferQueueModel::Category;
    m_tabs->setTabText(int(Category::Active), tr("Queue (%1)").arg(m_model->count(Category::Active)));
    m_tabs->setTabText(int(Category::Completed),
                       tr("Completed (%1)").arg(m_model->count(Category::Completed)));
    const int failed = m_model->count(Category::Failed);
    m_tabs->setTabText(int(Category::Failed), tr("Failed (%1)").arg(failed));
    m_tabs->setTabIcon(int(Category::Failed),
                       failed > 0 ? QIcon(QStringLiteral(":/ui/icons/error.svg")) : QIcon());
    m_clearFinishedAction->setEnabled(m_model->count(Category::Completed) + failed > 0);
    updateActions();
}

void TransferPanel::updateTotals(const TransferTotals& totals)
{
    if (totals.jobs == 0) {
        m_totals->setText(tr("No transfers. Drag files between the panes, or select them and press Ctrl+T."));
        return;
    }
    QStringList parts;
    if (totals.runningJobs > 0 || totals.queuedJobs + totals.pausedJobs == 0)
        parts << tr("%n running", nullptr, totals.runningJobs);
    if (totals.queuedJobs > 0)
        parts << tr("%n queued", nullptr, totals.queuedJobs);
    if (totals.pausedJobs > 0)
        parts << tr("%n paused", nullptr, totals.pausedJobs);
    if (totals.finishedJobs > 0)
        parts << tr("%n finished", nullptr, totals.finishedJobs);
    const QLocale locale;
    if (totals.bytesTotal > 0 && totals.runningJobs + totals.queuedJobs + totals.pausedJobs > 0)
        parts << tr("%1 of %2")
                     .arg(locale.formattedDataSize(totals.bytesDone),
                          locale.formattedDataSize(totals.bytesTotal));
    if (totals.runningJobs > 0) {
        const QString rate = TransferQueueModel::formatRate(totals.bytesPerSecond);
        if (!rate.isEmpty())
            parts << rate;
        const QString eta = TransferQueueModel::formatDuration(totals.etaSeconds);
        if (!eta.isEmpty())
            parts << tr("%1 left").arg(eta);
        parts << tr("%n connection(s)", nullptr, totals.connections);
    }
    m_totals->setText(parts.join(QStringLiteral(" · ")));
}

void TransferPanel::showMenu(const QPoint& pos)
{
    QMenu menu(this);
    for (QAction* action : {m_pauseAction, m_resumeAction, m_cancelAction, m_retryAction, m_removeAction})
        menu.addAction(action);
    menu.addSeparator();
    menu.addAction(m_moveUpAction);
    menu.addAction(m_moveDownAction);
    menu.addSeparator();
    menu.addAction(m_pauseAllAction);
    menu.addAction(m_resumeAllAction);
    menu.addAction(m_clearFinishedAction);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void TransferPanel::onQuestion(const FileExistsQuestion& question)
{
    if (m_question)
        m_question->withdraw(); // the queue asks one at a time: a new one replaces a stale dialog
    auto* dialog = new FileExistsDialog(question, window());
    m_question = dialog;
    connect(dialog, &FileExistsDialog::answered, this,
            [this](quint64 id, FileExistsAction action, AnswerScope scope) {
                m_queue->answerExistsQuestion(id, action, scope);
            });
    dialog->show();
    dialog->raise();
    Q_EMIT questionShown();
}

void TransferPanel::onQuestionWithdrawn(quint64 id)
{
    if (m_question && m_question->questionId() == id)
        m_question->withdraw();
}

} // namespace Ferry
