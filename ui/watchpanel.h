#pragma once

#include "sync/watchsession.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Ferry {

class FolderField;
class TransferEngine;

// "Keep remote up to date": the watched pair (a local folder and a remote folder of the connected
// server), ignore patterns, whether deletions go to the server too, Start/Stop, and the last uploads,
// deletions and errors as they happen (WatchSession over the window's transfer queue). Optionally
// uploads what differs first (a folder job of the queue that skips what is already the same).
class WatchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchPanel)

public:
    explicit WatchPanel(TransferEngine* queue, QWidget* parent = nullptr);
    ~WatchPanel() override;

    WatchSession* session() const { return m_session; }
    // The server to upload to (the transfer queue's site) and the folders the fields start from.
    void setTarget(const QString& siteId, const QString& serverName, const QString& localFolder,
                   const QString& remoteFolder);
    QString siteId() const { return m_siteId; }
    bool isRunning() const { return m_session->isRunning(); }
    QTreeWidget* eventList() const { return m_events; }
    QString statusText() const;

public Q_SLOTS:
    // Starts (false with the reason in the panel when the folder or the server is not there) and stops.
    bool start();
    void stop();

Q_SIGNALS:
    void runningChanged(bool running);

private:
    void addEvent(const WatchSession::Event& event);
    void updateStatus();
    void saveFields() const;

    TransferEngine* m_queue;
    WatchSession* m_session;
    QString m_siteId;
    QString m_serverName;
    FolderField* m_local;
    QLineEdit* m_remote;
    QLineEdit* m_ignore;
    QCheckBox* m_delete;
    QCheckBox* m_uploadFirst;
    QPushButton* m_startStop;
    QLabel* m_status;
    QTreeWidget* m_events;
    QString m_problem;
};

} // namespace Ferry
