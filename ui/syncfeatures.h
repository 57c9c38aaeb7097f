#pragma once

#include "sync/synccomparison.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QAction;
class QActionGroup;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace Ferry {

class ComparisonLegend;
class ConnectionSession;
class DirectoryComparison;
class FilePane;
class QueueNotifier;
class RemoteCommandQueue;
class RemoteEditPanel;
class SyncBrowsing;
class SynchronizeDialog;
class TransferEngine;
class WatchPanel;

// The window's synchronization features, added to a main window by one object: a Sync menu with the
// directory comparison toggle (and what it compares by), synchronized browsing, Synchronize…, Keep remote
// up to date, Edit and the list of edited files; the watch and edit docks; the comparison legend in the
// status bar; desktop notifications when the queue finishes while the window is inactive; and the server
// time offset, learned from the first upload to a server. Comparison and synchronized browsing belong to
// a connection session (a tab); the rest to the window.
class SyncFeatures final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncFeatures)

public:
    SyncFeatures(QMainWindow* window, TransferEngine* queue);
    ~SyncFeatures() override;

    // The session the actions act on (the shown tab); its comparison and synchronized browsing follow.
    void setSession(ConnectionSession* session);
    ConnectionSession* session() const;
    // "Edit" in a remote pane's context menu.
    void addPaneActions(QMenu* menu, FilePane* pane);

    DirectoryComparison* comparison() const;
    SyncBrowsing* browsing() const;
    ComparisonLegend* legend() const { return m_legend; }
    SynchronizeDialog* synchronizeDialog() const;
    RemoteEditPanel* editPanel() const { return m_editPanel; }
    WatchPanel* watchPanel() const { return m_watchPanel; }
    QueueNotifier* notifier() const { return m_notifier; }
    QDockWidget* watchDock() const { return m_watchDock; }
    QDockWidget* editDock() const { return m_editDock; }
    QMenu* menu() const { return m_menu; }

    QAction* compareAction() const { return m_compare; }
    QAction* syncBrowsingAction() const { return m_syncBrowsing; }
    QAction* synchronizeAction() const { return m_synchronize; }
    QAction* keepUpToDateAction() const { return m_keepUpToDate; }
    QAction* editAction() const { return m_edit; }
    QAction* editedFilesAction() const { return m_editedFiles; }

public Q_SLOTS:
    void openSynchronizeDialog();
    // Edits the files selected in the remote pane.
    void editSelection();
    void updateActions();

private:
    struct PerSession
    {
        DirectoryComparison* comparison = nullptr;
        SyncBrowsing* browsing = nullptr;
    };

    PerSession& stateOf(ConnectionSession* session);
    SyncCompareOptions compareOptions() const;
    void applyCompareOptions();
    void onConnectionChanged();
    void onFileFinished(quint64 jobId, const QString& sourcePath, bool transferred);

    QMainWindow* m_window;
    TransferEngine* m_queue;
    QPointer<ConnectionSession> m_session;
    QHash<ConnectionSession*, PerSession> m_sessions;
    QMenu* m_menu = nullptr;
    QAction* m_compare = nullptr;
    QActionGroup* m_compareBy = nullptr;
    QAction* m_syncBrowsing = nullptr;
    QAction* m_synchronize = nullptr;
    QAction* m_keepUpToDate = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_editedFiles = nullptr;
    QAction* m_notifications = nullptr;
    ComparisonLegend* m_legend = nullptr;
    QPointer<SynchronizeDialog> m_dialog;
    WatchPanel* m_watchPanel = nullptr;
    QDockWidget* m_watchDock = nullptr;
    RemoteEditPanel* m_editPanel = nullptr;
    QDockWidget* m_editDock = nullptr;
    QueueNotifier* m_notifier = nullptr;
    QHash<QString, RemoteCommandQueue*> m_offsetProbes; // by site
    QSet<QString> m_probing;
};

} // namespace Ferry
