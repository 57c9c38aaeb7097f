#pragma once

#include "sync/remotecommandqueue.h"
#include "sync/syncplanner.h"
#include "transfer/transfertypes.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace Ferry {

class FolderField;
class SyncRunner;
class TransferEngine;

// "Synchronize…": a local and a remote folder, a direction (upload, download, both ways: newer wins),
// criteria (size, time, checksum where the server offers it), whether to delete extras, include and
// exclude patterns. Compare has the site's sync connection (RemoteCommandQueue::scan(), in core's thread)
// read both trees and compare them, and fills the preview with the plan: one row per planned upload,
// download, folder and deletion with its reason and a checkbox (conflicts are shown, not run). Run hands the
// checked actions to the transfer queue (SyncRunner) and reports how they end. Non-modal.
class SynchronizeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SynchronizeDialog)

public:
    SynchronizeDialog(TransferEngine* queue, const QString& siteId, const QString& localFolder,
                      const QString& remoteFolder, bool checksumOffered, QWidget* parent = nullptr);
    ~SynchronizeDialog() override;

    SyncOptions options() const;
    void setOptions(const SyncOptions& options);
    QString localFolder() const;
    QString remoteFolder() const;

    // The preview's rows (in order), and which are checked.
    QTreeWidget* preview() const { return m_preview; }
    QList<SyncAction> plannedActions() const { return m_plan.actions; }
    QList<SyncAction> checkedActions() const;
    void setChecked(const QString& actionKey, const QString& path, bool checked);
    QString statusText() const;

public Q_SLOTS:
    void compare();
    void run();

Q_SIGNALS:
    // The preview is filled (or the comparison failed: status says why).
    void compared(bool ok);
    // Every action that was run has ended.
    void runFinished(int succeeded, int failed);

private:
    void onScanned(const RemoteCommandQueue::ScanResult& result);
    void showPlan();
    void updateSummary();
    void setBusy(bool busy);
    void setStatus(const QString& text, bool error = false);
    void updateControls();

    TransferEngine* m_queue;
    QString m_siteId;
    bool m_checksumOffered;
    SyncPlan m_plan;
    SyncOptions m_plannedWith;
    QPointer<RemoteCommandQueue> m_remoteCommands;
    bool m_scanning = false;
    QPointer<SyncRunner> m_runner;

    FolderField* m_local;
    QLineEdit* m_remote;
    QComboBox* m_direction;
    QCheckBox* m_bySize;
    QCheckBox* m_byTime;
    QCheckBox* m_byChecksum;
    QCheckBox* m_deleteExtras;
    QLineEdit* m_include;
    QLineEdit* m_exclude;
    QPushButton* m_compareButton;
    QPushButton* m_runButton;
    QPushButton* m_allButton;
    QPushButton* m_noneButton;
    QTreeWidget* m_preview;
    QLabel* m_summary;
    QLabel* m_status;
    QProgressBar* m_busy;
};

} // namespace Ferry
