#pragma once

#include "fileexistsdialog.h"
#include "transfer/transfertypes.h"
#include "transferqueuemodel.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTabBar;
class QToolBar;
class QTreeView;

namespace Ferry {

class TransferEngine;

// The transfer queue dock: the queue's jobs in three tabs (Queue: queued, running and paused; Completed;
// Failed: failed and canceled), one row per job with a progress bar, size, speed, time left and state
// (with the server's reply when it failed; the tooltip lists every failed file). Pause, resume, cancel,
// retry, remove and reorder act on the selected rows (toolbar, context menu and keyboard); pause all,
// resume all and clear finished on the whole queue. It also asks the queue's file-exists questions,
// one FileExistsDialog at a time. The line below the table shows the totals.
class TransferPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferPanel)

public:
    explicit TransferPanel(TransferEngine* queue, QWidget* parent = nullptr);
    ~TransferPanel() override;

    TransferQueueModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTreeView* view() const { return m_view; }
    QTabBar* tabBar() const { return m_tabs; }
    QLabel* totalsLabel() const { return m_totals; }
    // The open file-exists question, if any.
    FileExistsDialog* questionDialog() const { return m_question; }

    TransferQueueModel::Category category() const;
    void showCategory(TransferQueueModel::Category category);
    // The jobs of the selected rows, in queue order.
    QList<TransferJobId> selectedJobs() const;
    void selectJob(TransferJobId id);

    // Act on the selected jobs.
    void pauseSelected();
    void resumeSelected();
    void cancelSelected();
    void retrySelected();
    void removeSelected();
    void moveSelectedUp();
    void moveSelectedDown();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    // A file-exists question was shown (for the window to come forward) or answered.
    void questionShown();

private:
    QAction* makeAction(const QString& name, const QString& icon, const QString& text,
                        const QKeySequence& key, void (TransferPanel::*slot)());
    void updateActions();
    void updateTabs();
    void updateTotals(const TransferTotals& totals);
    void showMenu(const QPoint& pos);
    void onQuestion(const FileExistsQuestion& question);
    void onQuestionWithdrawn(quint64 id);

    TransferEngine* m_queue;
    TransferQueueModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTabBar* m_tabs;
    QToolBar* m_toolBar;
    QTreeView* m_view;
    QLabel* m_totals;
    QPointer<FileExistsDialog> m_question;

    QAction* m_pauseAction = nullptr;
    QAction* m_resumeAction = nullptr;
    QAction* m_cancelAction = nullptr;
    QAction* m_retryAction = nullptr;
    QAction* m_removeAction = nullptr;
    QAction* m_moveUpAction = nullptr;
    QAction* m_moveDownAction = nullptr;
    QAction* m_pauseAllAction = nullptr;
    QAction* m_resumeAllAction = nullptr;
    QAction* m_clearFinishedAction = nullptr;
};

} // namespace Ferry
