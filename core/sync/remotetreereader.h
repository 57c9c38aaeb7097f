#pragma once

#include "client/ftpoperation.h"
#include "sync/synccomparison.h"
#include "sync/synctree.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace Ferry {

class FtpClient;

// Lists a remote folder and everything below it, one folder at a time (LIST or MLSD, one command in
// flight, as board servers need), into a SyncTree relative to the folder. Folders the filter excludes are
// not entered. A root that does not exist is an empty tree (rootMissing()), not an error: a first sync
// creates it. Finishes with finished(); then succeeded() or errorString().
class RemoteTreeReader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteTreeReader)

public:
    RemoteTreeReader(FtpClient* client, const QString& root, const SyncCompareOptions& filter,
                     QObject* parent = nullptr);
    ~RemoteTreeReader() override;

    void start();
    void abort();

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_error == FtpOperation::Error::NoError; }
    FtpOperation::Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    bool rootMissing() const { return m_rootMissing; }
    const SyncTree& tree() const { return m_tree; }
    int foldersListed() const { return m_listed; }

Q_SIGNALS:
    void progress(int foldersListed, int entries);
    void finished();

private:
    void checkRoot();
    void listNext();
    void finish(FtpOperation::Error error, const QString& message);

    FtpClient* m_client;
    QString m_root;
    SyncCompareOptions m_filter;
    QPointer<FtpOperation> m_operation;
    QStringList m_pending; // relative folders still to list
    SyncTree m_tree;
    int m_listed = 0;
    bool m_rootMissing = false;
    bool m_finished = false;
    FtpOperation::Error m_error = FtpOperation::Error::NoError;
    QString m_errorString;
};

} // namespace Ferry
