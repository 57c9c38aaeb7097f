#pragma once

#include "client/ftpclient.h"
#include "client/ftpoperation.h"
#include "protocol/remoteentry.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Ferry {

// The part of a RemoteBrowser that lives in its worker thread: the FtpClient of the browsing connection
// and the operations it runs. Called only through queued calls from RemoteBrowser; reports through
// signals that carry values. Listings are parsed here as the data arrives, and their entries go out in
// batches (at most every BatchInterval, or BatchEntries at a time) so that the window receives a few
// dozen signals for a folder of 100,000 entries, not one per piece of data.
class RemoteBrowserWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteBrowserWorker)

public:
    static constexpr int BatchEntries = 4096;
    static constexpr int BatchIntervalMs = 40;

    explicit RemoteBrowserWorker(QObject* parent = nullptr);
    ~RemoteBrowserWorker() override;

    // Creates the client: called in the worker thread, first, so that everything the client makes
    // (sockets, timers) belongs to that thread.
    void initialize();

    void setOptions(const FtpClientOptions& options);
    void connectToHost(quint64 id, const FtpLogin& login);
    void disconnectFromHost(quint64 id);
    void abortConnection();
    void answerCertificateCheck(CertificateAnswer answer);
    void list(quint64 id, const QString& path);
    void mkdir(quint64 id, const QString& path);
    void rmdir(quint64 id, const QString& path);
    void remove(quint64 id, const QString& path);
    void rename(quint64 id, const QString& from, const QString& to);
    void abortRequest(quint64 id);
    // Closes the connection; every operation still running finishes as canceled.
    void shutdown();

Q_SIGNALS:
    // The connection's state and working directory, sent whenever either may have changed and always
    // before the finished() of the operation that changed it.
    void stateReported(Ferry::FtpClient::State state, const QString& currentDirectory,
                       const Ferry::ServerCapabilities& capabilities,
                       const Ferry::ConnectionSecurity& security);
    void certificateCheckRequired(const Ferry::CertificateCheck& check);
    void logMessage(Ferry::FtpClient::LogKind kind, const QString& text);
    void disconnected(const QString& reason);
    void entriesParsed(quint64 id, const QList<Ferry::RemoteEntry>& entries);
    void finished(quint64 id, Ferry::FtpOperation::Error error, const QString& errorString,
                  const QList<QByteArray>& unparsedLines);

private:
    struct Running
    {
        QPointer<FtpOperation> operation;
        QList<RemoteEntry> batch;
    };

    void track(quint64 id, FtpOperation* operation);
    void flush(quint64 id);
    void flushAll();
    void reportState();

    FtpClient* m_client = nullptr;
    QHash<quint64, Running> m_running;
    QTimer* m_batchTimer = nullptr;
};

} // namespace Ferry
