#pragma once

#include "client/ftpoperation.h"
#include "protocol/checksumreply.h"
#include "sync/synctree.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <optional>

namespace Ferry {

class FtpClient;
class LocalHasher;

// Fills in SyncEntry::checksum on both sides for the files that the checksum criterion needs (same size
// on both sides), with the best command the server offers (FtpClient::checksum(): HASH, XSHA256, XSHA1,
// XMD5, XCRC) and the same algorithm over the local file. One file at a time; the local hash runs while the
// server computes. A server that offers none fails at once with a message saying so; a file the server
// refuses to hash keeps an empty checksum (compared as unknown).
class SyncChecksums final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncChecksums)

public:
    SyncChecksums(FtpClient* client, const QString& localRoot, const QString& remoteRoot,
                  QObject* parent = nullptr);
    ~SyncChecksums() override;

    // The paths both trees hold as files of the same known size.
    static QStringList candidates(const SyncTree& local, const SyncTree& remote);
    // True when the connected server offers a checksum command.
    static bool isOffered(const FtpClient* client);

    // Computes the checksums of `paths` into the trees (which must outlive the run).
    void start(SyncTree* local, SyncTree* remote, const QStringList& paths);
    void abort();

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_errorString.isEmpty(); }
    QString errorString() const { return m_errorString; }
    // "SHA-256", "MD5", ...: what was compared.
    QByteArray algorithmName() const;

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    void next();
    void requestRemote();
    void fileDone();
    void finish(const QString& error);

    FtpClient* m_client;
    QString m_localRoot;
    QString m_remoteRoot;
    SyncTree* m_local = nullptr;
    SyncTree* m_remote = nullptr;
    QStringList m_paths;
    int m_index = -1;
    std::optional<ChecksumMethod> m_method;
    QPointer<FtpOperation> m_operation;
    LocalHasher* m_hasher = nullptr;
    bool m_remoteDone = false;
    bool m_finished = false;
    QString m_errorString;
};

} // namespace Ferry
