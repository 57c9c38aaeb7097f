#pragma once

#include "sync/folderwatcher.h"
#include "sync/remotecommandqueue.h"
#include "transfer/transfertypes.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <optional>

namespace Ferry {

class TransferEngine;

// "Keep remote up to date": a FolderWatcher on a local folder whose changes go to a remote folder. Files
// that changed are uploaded as jobs of the transfer queue (verified, retried; one job per file per burst:
// a file that changes again while its upload runs is uploaded once more afterwards); folders that appear
// are created; with deleteRemote, files and folders deleted here are deleted there (over a connection of
// its own, RemoteCommandQueue). The window's watch panel and `ferry mirror --watch` both drive it.
//
// The first upload also teaches the server's time offset (timeoffset.h) when it is not known yet.
class WatchSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchSession)

public:
    struct Settings
    {
        QString localRoot;
        QString remoteRoot;
        QString siteId; // the transfer queue's site
        bool deleteRemote = false;
        FolderWatcher::Options watch;
        // Finished upload jobs leave the transfer queue (the session keeps its own list of events).
        bool removeFinishedJobs = true;
    };

    struct Event
    {
        enum class Kind
        {
            Uploaded,
            Deleted,
            FolderCreated,
            Failed,
        };
        Kind kind = Kind::Uploaded;
        QString path; // relative
        qint64 size = -1;
        QString message; // why it failed
        QDateTime time;
    };

    explicit WatchSession(TransferEngine* queue, QObject* parent = nullptr);
    ~WatchSession() override;

    // Starts watching (the folder's present state is the starting point: mirror first if the remote
    // folder may differ). False with *errorString when the folder cannot be watched or the site is unknown.
    bool start(const Settings& settings, QString* errorString = nullptr);
    void stop();
    bool isRunning() const { return m_running; }
    Settings settings() const { return m_settings; }

    // The last events, oldest first (at most 200).
    QList<Event> recentEvents() const { return m_events; }
    int uploadCount() const { return m_uploads; }
    int deleteCount() const { return m_deletes; }
    int failureCount() const { return m_failures; }
    // Uploads queued or running, remote commands waiting, files settling.
    bool isBusy() const;

    static QString eventKindKey(Event::Kind kind);

Q_SIGNALS:
    void activity(const Ferry::WatchSession::Event& event);
    void runningChanged(bool running);
    // Everything seen so far is on the server (or failed): nothing queued, running or settling.
    void idle();
    // The server's time offset was learned from an upload (seconds the server's clock is ahead).
    void timeOffsetLearned(qint64 offsetSecs);
    // The watcher failed (the folder went away, a system limit); with a stop, running goes false.
    void problem(const QString& message);

private:
    struct Upload
    {
        TransferJobId job = 0;
        bool again = false; // changed again while the job ran
        QDateTime queuedAt;
    };

    void onChanges(const QList<FolderWatcher::Change>& changes);
    void upload(const QString& path);
    void onJobChanged(TransferJobId id, const TransferJobSnapshot& snapshot);
    void runRemote(RemoteCommandQueue::Kind kind, const QString& path);
    void learnOffset(const QString& path, const QDateTime& started, const QDateTime& finished);
    void record(Event::Kind kind, const QString& path, qint64 size = -1, const QString& message = QString());
    void checkIdle();
    QString remotePath(const QString& relative) const;

    TransferEngine* m_queue;
    FolderWatcher* m_watcher;
    RemoteCommandQueue* m_remote = nullptr;
    Settings m_settings;
    bool m_running = false;
    QHash<QString, Upload> m_active; // by relative path
    QHash<TransferJobId, QString> m_jobPaths;
    int m_remoteWaiting = 0;
    bool m_offsetKnown = false;
    bool m_learning = false;
    QList<Event> m_events;
    int m_uploads = 0;
    int m_deletes = 0;
    int m_failures = 0;
};

} // namespace Ferry

Q_DECLARE_METATYPE(Ferry::WatchSession::Event)
