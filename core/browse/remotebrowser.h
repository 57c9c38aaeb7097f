#pragma once

#include "client/ftpclient.h"
#include "client/ftpclientoptions.h"
#include "client/listoperation.h"
#include "net/connectionsecurity.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QThread;

namespace Ferry {

class BrowseRequest;
class RemoteBrowserWorker;

// The browsing connection of a window, or of one tab of it: one FTP control connection that lists
// folders and makes the changes a file pane makes (new folder, rename, delete). Its FtpClient runs in a
// worker thread that this object owns, so that neither socket I/O nor listing parsing happens in the
// thread that created it (the window's). Calls return at once with a BrowseRequest that reports the
// results as values; the state below is a copy kept from the worker's reports. One object per
// connection: a tab owns one, a second tab another.
//
// Destroying it closes the connection (whatever runs finishes as canceled, no finished() is delivered
// any more) and stops the thread.
class RemoteBrowser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteBrowser)

public:
    explicit RemoteBrowser(QObject* parent = nullptr);
    ~RemoteBrowser() override;

    // The state of the connection and the folder the server reported after login, as last reported by
    // the worker (a request's finished() comes after the report of what it changed).
    FtpClient::State state() const { return m_state; }
    QString currentDirectory() const { return m_currentDirectory; }
    // What the server said it can do (FEAT) and what the client learnt while talking to it.
    ServerCapabilities capabilities() const { return m_capabilities; }
    FtpClientOptions options() const { return m_options; }
    // What protects the connection (protocol, cipher, certificate and why it is trusted), as last
    // reported by the worker: a copy, like the state (reported before the finished() of the connect).
    ConnectionSecurity security() const { return m_security; }
    // Applies to the next connection.
    void setOptions(const FtpClientOptions& options);

    BrowseRequest* connectToHost(const FtpLogin& login);
    BrowseRequest* disconnectFromHost();
    // Closes the connection at once (closed when this returns: it waits for the worker thread); running
    // and queued requests finish as canceled.
    void abortConnection();
    // The decision certificateCheckRequired() asked for, queued to the worker's client.
    void answerCertificateCheck(CertificateAnswer answer);

    // Lists a folder; the entries arrive in pieces through BrowseRequest::entriesReceived(), parsed in the
    // worker thread as the listing arrives. With Collect, the request also keeps them all (entries()).
    BrowseRequest* list(const QString& path,
                        ListOperation::Delivery delivery = ListOperation::Delivery::Collect);
    BrowseRequest* mkdir(const QString& path);
    BrowseRequest* rmdir(const QString& path);
    BrowseRequest* remove(const QString& path);
    BrowseRequest* rename(const QString& from, const QString& to);

    // The worker thread (for tests: nothing of the connection may run elsewhere).
    QThread* workerThread() const { return m_thread; }

Q_SIGNALS:
    void stateChanged(Ferry::FtpClient::State state);
    // The control dialogue and the client's own notes. Passwords are masked.
    void logMessage(Ferry::FtpClient::LogKind kind, const QString& text);
    // The connection closed, with the reason when it was not asked for (empty on a clean QUIT).
    void disconnected(const QString& reason);
    // What protects the connection changed (TLS negotiated, PROT P, the connection closed).
    void securityChanged(const Ferry::ConnectionSecurity& security);
    // The server's certificate needs a person's decision: the connection waits for
    // answerCertificateCheck(). Nobody connected to this signal: rejected at once, as FtpClient does.
    void certificateCheckRequired(const Ferry::CertificateCheck& check);

private:
    friend class BrowseRequest;
    // A new request about `path`, and `call(worker, id)` queued to the worker thread.
    template <typename Call>
    BrowseRequest* post(const QString& path, ListOperation::Delivery delivery, Call call);
    void abortRequest(quint64 id);
    void onStateReported(FtpClient::State state, const QString& currentDirectory,
                         const ServerCapabilities& capabilities, const ConnectionSecurity& security);
    void onCertificateCheck(const CertificateCheck& check);
    void onEntries(quint64 id, const QList<RemoteEntry>& entries);
    void onFinished(quint64 id, FtpOperation::Error error, const QString& errorString,
                    const QList<QByteArray>& unparsedLines);

    QThread* m_thread;
    RemoteBrowserWorker* m_worker;
    FtpClient::State m_state = FtpClient::State::Unconnected;
    QString m_currentDirectory;
    ServerCapabilities m_capabilities;
    ConnectionSecurity m_security;
    FtpClientOptions m_options;
    quint64 m_nextId = 1;
    QHash<quint64, QPointer<BrowseRequest>> m_requests;
};

} // namespace Ferry
