#include "sync/syncchecksums.h"

#include "client/checksumoperation.h"
#include "client/ftpclient.h"
#include "client/retrypolicy.h"
#include "protocol/remotepath.h"
#include "transfer/localhasher.h"

#include <QDir>
#include <QTimer>

namespace Ferry {

SyncChecksums::SyncChecksums(FtpClient* client, const QString& localRoot, const QString& remoteRoot,
                             QObject* parent)
    : QObject(parent), m_client(client), m_localRoot(localRoot), m_remoteRoot(remoteRoot)
{}

SyncChecksums::~SyncChecksums()
{
    if (m_operation) {
        m_operation->disconnect(this);
        m_operation->abort();
    }
}

QStringList SyncChecksums::candidates(const SyncTree& local, const SyncTree& remote)
{
    QStringList paths;
    for (auto it = local.cbegin(); it != local.cend(); ++it) {
        if (!it->isFile() || it->size < 0)
            continue;
        const auto other = remote.constFind(it.key());
        if (other != remote.cend() && other->isFile() && other->size == it->size)
            paths << it.key();
    }
    return paths;
}

bool SyncChecksums::isOffered(const FtpClient* client)
{
    return chooseChecksumMethod(client->capabilities()).has_value();
}

QByteArray SyncChecksums::algorithmName() const
{
    return m_method ? checksumAlgorithmName(m_method->algorithm) : QByteArray();
}

void SyncChecksums::start(SyncTree* local, SyncTree* remote, const QStringList& paths)
{
    m_local = local;
    m_remote = remote;
    m_paths = paths;
    m_index = -1;
    m_finished = false;
    m_errorString.clear();
    m_method = chooseChecksumMethod(m_client->capabilities());
    if (!m_method) {
        QTimer::singleShot(0, this, [this] {
            finish(tr("The server offers no checksum command (HASH, XSHA256, XSHA1, XMD5 or XCRC): compare "
                      "by size and time instead."));
        });
        return;
    }
    QTimer::singleShot(0, this, &SyncChecksums::next);
}

void SyncChecksums::abort()
{
    if (m_finished)
        return;
    if (m_operation)
        m_operation->abort();
    finish(tr("Canceled."));
}

void SyncChecksums::next()
{
    if (m_finished)
        return;
    ++m_index;
    Q_EMIT progress(m_index, int(m_paths.size()));
    if (m_index >= m_paths.size()) {
        finish(QString());
        return;
    }
    const QString path = m_paths.at(m_index);
    if (m_hasher)
        m_hasher->deleteLater(); // may be the sender of the signal that got us here
    m_hasher = new LocalHasher(QDir(m_localRoot).filePath(path), m_method->algorithm, this);
    connect(m_hasher, &LocalHasher::finished, this, &SyncChecksums::fileDone);
    m_hasher->start();
    m_remoteDone = false;
    requestRemote();
}

void SyncChecksums::requestRemote()
{
    const QString path = m_paths.at(m_index);
    ChecksumOperation* operation = m_client->checksum(RemotePath::join(m_remoteRoot, path), *m_method);
    m_operation = operation;
    connect(operation, &FtpOperation::finished, this, [this, operation, path] {
        m_operation = nullptr;
        if (m_finished)
            return;
        if (operation->succeeded()) {
            (*m_remote)[path].checksum = operation->checksum();
            m_method->selectCommand.clear(); // selected for this connection now
        } else if (operation->step() == ChecksumOperation::Step::Select) {
            finish(tr("The server refused %1: %2")
                       .arg(QString::fromLatin1(operation->stepCommand()), operation->errorString()));
            return;
        } else if (isConnectionFault(operation->error())) {
            finish(operation->errorString()); // the connection is gone
            return;
        }
        // A file the server would not hash keeps no checksum: compared as unknown.
        m_remoteDone = true;
        fileDone();
    });
}

void SyncChecksums::fileDone()
{
    if (m_finished || !m_remoteDone || !m_hasher || !m_hasher->isFinished())
        return;
    if (m_hasher->errorString().isEmpty())
        (*m_local)[m_paths.at(m_index)].checksum = m_hasher->result();
    next();
}

void SyncChecksums::finish(const QString& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_errorString = error;
    Q_EMIT finished();
}

} // namespace Ferry
