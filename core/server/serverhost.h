#pragma once

#include "server/serveroptions.h"
#include "server/servertypes.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <memory>

class QThread;

namespace Ferry {

class Authenticator;
class FtpServer;

// Runs an FtpServer (its listeners, sessions, file systems and authenticator) in a worker thread of its
// own, and shows its owner a copy of its state: listening, port, addresses, URLs, warnings, error and
// sessions, kept up to date from the server's signals (queued across the threads, carrying values). The
// owner never calls the FtpServer nor reads its session table; every request is a call queued to the
// worker. The window's server panel and `ferry serve` both run their server this way, so that no server
// work (a rename(2) over a 1 GiB file takes half a second) runs in the window's thread or in the thread
// that prints the command line's log.
//
//   ServerHost host;
//   connect(&host, &ServerHost::logMessage, ...);
//   if (!host.start(options, authenticator)) report(host.errorString());
//   for (const QUrl& url : host.connectionUrls()) ...
//   host.stop();
//
// start() waits at most startWaitMs() for the worker (starting is quick, but the worker may still be in
// a file operation of a session the last stop() closed) and, past that, gives up without starting: the
// queued start is withdrawn and never runs. stop() waits at most stopWaitMs(): a session in the middle of
// a long file operation (or a hung mount) finishes it first. If the wait runs out the host reports the
// server stopped at once and the worker stops it when it gets there. The destructor stops the server,
// deletes it in its own thread and waits for the thread to end (as long as such a file operation lasts).
class ServerHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerHost)

public:
    static constexpr int DefaultStartWaitMs = 10000;
    static constexpr int DefaultStopWaitMs = 5000;

    explicit ServerHost(QObject* parent = nullptr);
    ~ServerHost() override;

    // Sets options and authenticator (called from the worker only from then on: it must not touch objects
    // of the calling thread) and listens. False and errorString() on failure.
    bool start(const ServerOptions& options, std::shared_ptr<Authenticator> authenticator);
    void stop();
    int startWaitMs() const { return m_startWaitMs; }
    void setStartWaitMs(int ms) { m_startWaitMs = ms; }
    int stopWaitMs() const { return m_stopWaitMs; }
    void setStopWaitMs(int ms) { m_stopWaitMs = ms; }
    // Closes a session (421); queued, returns at once.
    void disconnectSession(quint64 id, const QString& reason = QString());

    // The state as of the last start() or stop(), and the sessions as of the last signal received.
    bool isListening() const { return m_listening; }
    ServerOptions options() const { return m_options; }
    quint16 port() const { return m_port; }
    // The implicit-FTPS port, 0 when there is none.
    quint16 implicitTlsPort() const { return m_implicitTlsPort; }
    QList<QHostAddress> listeningAddresses() const { return m_addresses; }
    QList<QUrl> connectionUrls() const { return m_urls; }
    QStringList warnings() const { return m_warnings; }
    QString errorString() const { return m_error; }
    QList<ServerSessionInfo> sessions() const { return m_sessions; }
    int sessionCount() const { return int(m_sessions.size()); }

    // The worker thread the server lives in (diagnostics and tests).
    QThread* serverThread() const { return m_thread; }
    // Queues fn to run in the server's thread with the server (diagnostics and tests). Returns at once.
    void runInServerThread(std::function<void(FtpServer*)> fn);

Q_SIGNALS:
    void sessionStarted(const Ferry::ServerSessionInfo& info);
    void sessionEnded(const Ferry::ServerSessionInfo& info);
    void sessionStateChanged(const Ferry::ServerSessionInfo& info);
    void transferStarted(const Ferry::ServerTransferInfo& info);
    void transferFinished(const Ferry::ServerTransferInfo& info);
    void logMessage(const Ferry::ServerLogEntry& entry);

private:
    struct Call;
    // Queues fn to the worker and waits up to timeoutMs for it to finish. When the time runs out and
    // cancel is set, fn is never run (unless it already began: then the wait goes on until it ends);
    // false if it was cancelled or (without cancel) has not finished yet.
    bool callInServerThread(std::function<void()> fn, int timeoutMs, bool cancel);
    // Delivers the server's queued signals that have arrived so far.
    void deliverSignals();
    void onStarted(const ServerSessionInfo& info);
    void onEnded(const ServerSessionInfo& info);
    void onChanged(const ServerSessionInfo& info);
    int indexOf(quint64 id) const;

    QThread* m_thread = nullptr;
    FtpServer* m_server = nullptr; // lives in m_thread: only ever used there

    int m_startWaitMs = DefaultStartWaitMs;
    int m_stopWaitMs = DefaultStopWaitMs;
    bool m_listening = false;
    ServerOptions m_options;
    quint16 m_port = 0;
    quint16 m_implicitTlsPort = 0;
    QList<QHostAddress> m_addresses;
    QList<QUrl> m_urls;
    QStringList m_warnings;
    QString m_error;
    QList<ServerSessionInfo> m_sessions;
};

} // namespace Ferry
