#include "queuenotifier.h"

#include "transfer/transferengine.h"

#include <QApplication>
#include <QDir>
#include <QSystemTrayIcon>
#include <QWidget>

namespace Ferry {

QueueNotifier::QueueNotifier(TransferEngine* queue, QWidget* window)
    : QObject(window), m_queue(queue), m_window(window)
{
    connect(queue, &TransferEngine::jobChanged, this, &QueueNotifier::onJobChanged);
    connect(queue, &TransferEngine::idle, this, &QueueNotifier::onIdle);
}

QueueNotifier::~QueueNotifier() = default;

bool QueueNotifier::windowInactive() const
{
    return m_window && (!m_window->isActiveWindow() || m_window->isMinimized());
}

void QueueNotifier::onJobChanged(TransferJobId id, const TransferJobSnapshot& snapshot)
{
    if (!snapshot.isFinished() || m_reported.contains(id))
        return;
    m_reported.insert(id);
    if (m_ignore && m_ignore(snapshot))
        return;
    if (snapshot.state == TransferJobState::Failed) {
        ++m_failed;
        const QString name = QDir::toNativeSeparators(
            snapshot.direction == TransferDirection::Upload ? snapshot.localPath : snapshot.remotePath);
        if (m_enabled && windowInactive())
            notify(tr("Transfer failed"),
                   tr("%1: %2").arg(name, snapshot.errorString.isEmpty()
                                              ? transferJobStateText(snapshot.state)
                                              : snapshot.errorString),
                   true);
    } else if (snapshot.state == TransferJobState::Done) {
        ++m_done;
    }
}

void QueueNotifier::onIdle()
{
    const int done = m_done;
    const int failed = m_failed;
    m_done = 0;
    m_failed = 0;
    m_reported.clear(); // a job retried later may fail again and is told again
    if (!m_enabled || !windowInactive() || (done == 0 && failed == 0))
        return;
    if (failed)
        notify(tr("Transfers finished with errors"),
               tr("%n transfer(s) done, ", nullptr, done) + tr("%n failed.", nullptr, failed), true);
    else
        notify(tr("Transfers finished"), tr("%n transfer(s) done.", nullptr, done), false);
}

void QueueNotifier::notify(const QString& title, const QString& text, bool failure)
{
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setToolTip(QApplication::applicationDisplayName());
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
                if (m_window) {
                    m_window->showNormal();
                    m_window->raise();
                    m_window->activateWindow();
                }
            });
        }
        m_tray->show();
        m_tray->showMessage(title, text, failure ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    } else if (m_window) {
        QApplication::alert(m_window);
    }
    Q_EMIT notified(title, text, failure);
}

} // namespace Ferry
