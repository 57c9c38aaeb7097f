#pragma once

#include "transfer/transfertypes.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>

class QSystemTrayIcon;
class QWidget;

namespace Ferry {

class TransferEngine;

// A desktop notification when the transfer queue has finished its work, or a job failed, while the
// window is not the active one: through the system tray's message (QSystemTrayIcon::showMessage) where
// there is a tray, else by asking the window manager to flag the window (QApplication::alert).
class QueueNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueueNotifier)

public:
    QueueNotifier(TransferEngine* queue, QWidget* window);
    ~QueueNotifier() override;

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    // Jobs that are not worth a notification (the watcher's and the editor's own uploads).
    void setIgnore(std::function<bool(const TransferJobSnapshot& job)> ignore)
    {
        m_ignore = std::move(ignore);
    }

Q_SIGNALS:
    // Every notification given, as shown (for tests and the log).
    void notified(const QString& title, const QString& text, bool failure);

private:
    void onJobChanged(TransferJobId id, const TransferJobSnapshot& snapshot);
    void onIdle();
    void notify(const QString& title, const QString& text, bool failure);
    bool windowInactive() const;

    TransferEngine* m_queue;
    QPointer<QWidget> m_window;
    QSystemTrayIcon* m_tray = nullptr;
    bool m_enabled = true;
    std::function<bool(const TransferJobSnapshot&)> m_ignore;
    QSet<TransferJobId> m_reported; // failures already told
    int m_done = 0;                 // jobs finished since the queue was last idle
    int m_failed = 0;
};

} // namespace Ferry
