#include "server/serverhost.h"

#include "io/enginethread.h"
#include "server/authenticator.h"
#include "server/ftpserver.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSemaphore>
#include <QThread>

namespace Ferry {

// One call queued to the worker: the worker takes it (Pending → Taken) unless the caller gave up first
// (Pending → Cancelled), and releases done when it has run.
struct ServerHost::Call
{
    enum State
    {
        Pending,
        Taken,
        Cancelled
    };
    QAtomicInt state = Pending;
    QSemaphore done;
};

ServerHost::ServerHost(QObject* parent) : QObject(parent), m_thread(new QThread(this))
{
    m_thread->setObjectName(QStringLiteral("ferry-server"));
    m_server = new FtpServer; // registers the Ferry:: metatypes the queued signals carry
    m_options = m_server->options();
    m_server->moveToThread(m_thread); // before it has any socket
    // Deleted in its own thread once its event loop has ended (deferred deletes run after finished).
    connect(m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    // Cross-thread: queued, so these run in the thread that owns the host.
    connect(m_server, &FtpServer::sessionStarted, this, &ServerHost::onStarted);
    connect(m_server, &FtpServer::sessionEnded, this, &ServerHost::onEnded);
    connect(m_server, &FtpServer::sessionStateChanged, this, &ServerHost::onChanged);
    connect(m_server, &FtpServer::transferStarted, this, &ServerHost::transferStarted);
    connect(m_server, &FtpServer::transferFinished, this, &ServerHost::transferFinished);
    connect(m_server, &FtpServer::logMessage, this, &ServerHost::logMessage);
    connect(m_thread, &QThread::started, [] { EngineThread::enter(); });
    m_thread->start();
}

ServerHost::~ServerHost()
{
    disconnect(m_server, nullptr, this, nullptr);
    FtpServer* server = m_server;
    // Stop, then end the thread's event loop from inside it, so the stop is sure to run first. The wait
    // lasts as long as a file operation the server is in (half a second for a rename over a 1 GiB file).
    QMetaObject::invokeMethod(
        m_server,
        [server] {
            server->stop();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
}

bool ServerHost::callInServerThread(std::function<void()> fn, int timeoutMs, bool cancel)
{
    Q_ASSERT(QThread::currentThread() != m_thread);
    auto call = std::make_shared<Call>();
    QMetaObject::invokeMethod(
        m_server,
        [call, fn = std::move(fn)] {
            if (!call->state.testAndSetOrdered(Call::Pending, Call::Taken))
                return; // the caller gave up
            fn();
            call->done.release();
        },
        Qt::QueuedConnection);
    if (call->done.tryAcquire(1, timeoutMs))
        return true;
    if (!cancel)
        return false;
    if (call->state.testAndSetOrdered(Call::Pending, Call::Cancelled))
        return false;
    call->done.acquire(); // it began just now: let it finish
    return true;
}

bool ServerHost::start(const ServerOptions& options, std::shared_ptr<Authenticator> authenticator)
{
    if (m_listening)
        return true;
    struct Result
    {
        bool ok = false;
        quint16 port = 0;
        quint16 implicitTlsPort = 0;
        QList<QHostAddress> addresses;
        QList<QUrl> urls;
        QStringList warnings;
        QString error;
    };
    auto result = std::make_shared<Result>();
    FtpServer* server = m_server;
    const bool ran = callInServerThread(
        [server, options, authenticator = std::move(authenticator), result] {
            server->setOptions(options);
            server->setAuthenticator(authenticator);
            result->ok = server->start();
            result->error = server->errorString();
            result->warnings = server->warnings();
            if (result->ok) {
                result->port = server->port();
                result->implicitTlsPort = server->implicitTlsPort();
                result->addresses = server->listeningAddresses();
                result->urls = server->connectionUrls();
            }
        },
        m_startWaitMs, true);
    m_options = options;
    if (!ran) {
        m_error = tr("the server's thread is still busy with a file operation; try again in a moment");
        return false;
    }
    m_listening = result->ok;
    m_port = result->port;
    m_implicitTlsPort = result->implicitTlsPort;
    m_addresses = result->addresses;
    m_urls = result->urls;
    m_warnings = result->warnings;
    m_error = result->error;
    deliverSignals();
    return m_listening;
}

void ServerHost::stop()
{
    FtpServer* server = m_server;
    // A bounded wait: past it the server stops when its thread is done with what it is doing.
    const bool done = callInServerThread([server] { server->stop(); }, m_stopWaitMs, false);
    m_listening = false;
    m_port = 0;
    m_implicitTlsPort = 0;
    m_addresses.clear();
    m_urls.clear();
    if (done)
        deliverSignals();
}

void ServerHost::deliverSignals()
{
    // What the server signalled before the call returned ("Listening on ...", sessions closed) is seen
    // by the caller at once, as when the server ran in this thread.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

void ServerHost::disconnectSession(quint64 id, const QString& reason)
{
    FtpServer* server = m_server;
    QMetaObject::invokeMethod(
        m_server, [server, id, reason] { server->disconnectSession(id, reason); }, Qt::QueuedConnection);
}

void ServerHost::runInServerThread(std::function<void(FtpServer*)> fn)
{
    FtpServer* server = m_server;
    QMetaObject::invokeMethod(
        m_server, [server, fn = std::move(fn)] { fn(server); }, Qt::QueuedConnection);
}

int ServerHost::indexOf(quint64 id) const
{
    for (int i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions.at(i).id == id)
            return i;
    }
    return -1;
}

void ServerHost::onStarted(const ServerSessionInfo& info)
{
    const int i = indexOf(info.id);
    if (i >= 0)
        m_sessions[i] = info;
    else
        m_sessions.append(info);
    Q_EMIT sessionStarted(info);
}

void ServerHost::onEnded(const ServerSessionInfo& info)
{
    const int i = indexOf(info.id);
    if (i >= 0)
        m_sessions.removeAt(i);
    Q_EMIT sessionEnded(info);
}

void ServerHost::onChanged(const ServerSessionInfo& info)
{
    const int i = indexOf(info.id);
    if (i >= 0)
        m_sessions[i] = info;
    else
        m_sessions.append(info);
    Q_EMIT sessionStateChanged(info);
}

} // namespace Ferry
