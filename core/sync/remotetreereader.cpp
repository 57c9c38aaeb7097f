#include "sync/remotetreereader.h"

#include "client/ftpclient.h"
#include "client/listoperation.h"
#include "protocol/remoteentry.h"
#include "protocol/remotepath.h"

#include <QTimer>

namespace Ferry {

RemoteTreeReader::RemoteTreeReader(FtpClient* client, const QString& root, const SyncCompareOptions& filter,
                                   QObject* parent)
    : QObject(parent), m_client(client), m_root(RemotePath::normalize(root)), m_filter(filter)
{}

RemoteTreeReader::~RemoteTreeReader()
{
    if (m_operation) {
        m_operation->disconnect(this);
        m_operation->abort();
    }
}

void RemoteTreeReader::start()
{
    m_tree.clear();
    m_pending.clear();
    m_listed = 0;
    m_rootMissing = false;
    m_finished = false;
    m_error = FtpOperation::Error::NoError;
    m_errorString.clear();
    QTimer::singleShot(0, this, &RemoteTreeReader::checkRoot);
}

void RemoteTreeReader::abort()
{
    if (m_finished)
        return;
    if (m_operation)
        m_operation->abort();
    else
        finish(FtpOperation::Error::Canceled, tr("Canceled."));
}

// CWD first: some servers (vsftpd) answer LIST of a missing folder with an empty listing and 226.
void RemoteTreeReader::checkRoot()
{
    FtpOperation* operation = m_client->cd(m_root);
    m_operation = operation;
    connect(operation, &FtpOperation::finished, this, [this, operation] {
        m_operation = nullptr;
        if (operation->error() == FtpOperation::Error::ServerRefused) {
            m_rootMissing = true;
            finish(FtpOperation::Error::NoError, QString());
            return;
        }
        if (!operation->succeeded()) {
            finish(operation->error(), operation->errorString());
            return;
        }
        m_pending << QString();
        listNext();
    });
}

void RemoteTreeReader::listNext()
{
    if (m_pending.isEmpty()) {
        finish(FtpOperation::Error::NoError, QString());
        return;
    }
    const QString relative = m_pending.takeFirst();
    ListOperation* operation =
        m_client->list(relative.isEmpty() ? m_root : RemotePath::join(m_root, relative));
    m_operation = operation;
    connect(operation, &FtpOperation::finished, this, [this, operation, relative] {
        m_operation = nullptr;
        if (!operation->succeeded()) {
            finish(operation->error(), operation->errorString());
            return;
        }
        ++m_listed;
        for (const RemoteEntry& remote : operation->entries()) {
            const QString name = remoteEntryName(remote);
            if (isSyncIgnoredName(name))
                continue;
            const QString path = syncJoin(relative, name);
            const SyncEntry entry = syncEntryFromRemote(remote);
            if (entry.isDir() && !syncFilterAccepts(path, true, m_filter))
                continue;
            m_tree.insert(path, entry);
            if (entry.isDir())
                m_pending << path;
        }
        Q_EMIT progress(m_listed, int(m_tree.size()));
        listNext();
    });
}

void RemoteTreeReader::finish(FtpOperation::Error error, const QString& message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_errorString = message;
    Q_EMIT finished();
}

} // namespace Ferry
