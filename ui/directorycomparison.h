#pragma once

#include "sync/synccomparison.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Ferry {

class ComparisonDelegate;
class DirectoryNotifier;
class LocalPane;
class RemotePane;

// The window's directory comparison: while on, the folder shown in the local pane and the one shown in
// the remote pane are compared entry by entry (core/sync's comparison: by size, by time or both, times
// with the server's learned offset and the tolerance of minute-only listings) and both panes mark what
// differs (ComparisonDelegate; ComparisonLegend says what each mark means). It follows both panes:
// another folder, a new listing, a file changed on disk.
class DirectoryComparison final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DirectoryComparison)

public:
    enum class Side
    {
        Local,
        Remote
    };

    DirectoryComparison(LocalPane* local, RemotePane* remote, QObject* parent = nullptr);
    ~DirectoryComparison() override;

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    SyncCompareOptions options() const { return m_options; }
    // Criteria and the server's time offset; the marks are computed again.
    void setOptions(const SyncCompareOptions& options);

    // The comparison of a name in the folders shown, if it is in either.
    const SyncComparison* comparison(const QString& name) const;
    // How many entries are in each state (Equal included).
    QHash<SyncState, int> counts() const;
    // "2 only here, 1 only on the server, 1 newer here, 1 of a different size" (empty when all equal).
    QString summary() const;

public Q_SLOTS:
    void recompute();

Q_SIGNALS:
    // The marks changed (after each comparison).
    void compared();

private:
    void scheduleRecompute();
    void install(bool on);
    void followLocalFolder();

    QPointer<LocalPane> m_local;
    QPointer<RemotePane> m_remote;
    ComparisonDelegate* m_localDelegate = nullptr;
    ComparisonDelegate* m_remoteDelegate = nullptr;
    bool m_enabled = false;
    SyncCompareOptions m_options;
    QHash<QString, SyncComparison> m_byName;
    QTimer m_timer;
    DirectoryNotifier* m_notifier = nullptr; // the local folder shown, while on
    QString m_watchedFolder;
};

} // namespace Ferry
