#pragma once

#include "client/ftpoperation.h"
#include "transfer/transfertypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <memory>

namespace Ferry {

class FtpClient;
class JobPlanner;
class SiteRegistry;

// Work on a site's server that is not a transfer, on the site's pooled connections, for the command
// line (`ferry mirror`, `ferry get/put`) and anyone else who drives the engine: where the login lands,
// listing a whole remote tree (through JobPlanner, the walk transfers use, without making anything),
// deleting remote files and folders. The caller numbers its requests; each ends with one signal that
// carries the result as a value. Lives with the TransferQueue (in the engine's thread).
class RemoteTasks final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteTasks)

public:
    RemoteTasks(SiteRegistry& sites, const TransferSettings& settings, QObject* parent = nullptr);
    ~RemoteTasks() override;

    // Logs on (or takes a logged-on connection) and reports the folder the login landed in.
    void locateHome(quint64 request, const QString& siteId);
    // Lists every file and folder below `root` (absolute). Transient failures are retried as transfers
    // are (TransferSettings).
    void listTree(quint64 request, const QString& siteId, const QString& root);
    // Deletes the entries in order (DELE for files, RMD for folders: put folders after what is in
    // them); failures are reported, the others still deleted.
    void remove(quint64 request, const QString& siteId, const QList<RemoteTreeEntry>& entries);

Q_SIGNALS:
    void homeLocated(quint64 request, const Ferry::SiteHome& home);
    void treeListed(quint64 request, const Ferry::RemoteTree& tree);
    void removed(quint64 request, const QList<Ferry::TransferFileError>& failures);

private:
    struct TreeWalk;
    void acquireForWalk(quint64 request);
    void onWalkStopped(quint64 request);
    void finishWalk(quint64 request);
    void removeNext(quint64 request, const QString& siteId, FtpClient* client,
                    std::shared_ptr<QList<RemoteTreeEntry>> left,
                    std::shared_ptr<QList<TransferFileError>> failures);

    SiteRegistry& m_sites;
    const TransferSettings& m_settings;
    QHash<quint64, TreeWalk*> m_walks;
};

} // namespace Ferry
