#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QMessageBox;

namespace Ferry {

class RemoteBrowser;
class LocalPane;
class RemotePane;

// Synchronized browsing: while on, going into a folder (or up, or anywhere) in one pane goes to the same
// place in the other, relative to the two folders shown when it was turned on. When the other side lacks
// the folder, a question (non-modal) says so and offers to create it.
class SyncBrowsing final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncBrowsing)

public:
    SyncBrowsing(LocalPane* local, RemotePane* remote, RemoteBrowser* client, QObject* parent = nullptr);
    ~SyncBrowsing() override;

    bool isEnabled() const { return m_enabled; }
    // Turns it on for the folders the panes show now; false (with *errorString) when the remote pane has
    // no folder yet (not connected).
    bool setEnabled(bool enabled, QString* errorString = nullptr);
    QString localBase() const { return m_localBase; }
    QString remoteBase() const { return m_remoteBase; }

    // The other side's folder for a folder of one side (relative to the bases).
    QString remoteFor(const QString& localPath) const;
    QString localFor(const QString& remotePath) const;

    // The question shown while a folder is missing, or null.
    QMessageBox* pendingQuestion() const;

Q_SIGNALS:
    void enabledChanged(bool enabled);
    void statusMessage(const QString& text);

private:
    void onLocalPath(const QString& path);
    void onRemotePath(const QString& path);
    void onRemoteLoadFailed(const QString& path, const QString& message);
    void offerToCreate(bool remote, const QString& path);

    QPointer<LocalPane> m_local;
    QPointer<RemotePane> m_remote;
    QPointer<RemoteBrowser> m_client;
    bool m_enabled = false;
    QString m_localBase;
    QString m_remoteBase;
    QString m_pendingRemote; // asked of the remote pane by us
    QPointer<QMessageBox> m_question;
};

} // namespace Ferry
