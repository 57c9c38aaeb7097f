#include "server/connectionlistener.h"

#include "net/serversockets.h"
#include "server/servertext.h"

#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <cerrno>
#endif

namespace Ferry {

namespace {

// Connections accepted per turn of the event loop at most; the rest wait for the next turn.
constexpr int MaxAcceptsPerTurn = 64;

} // namespace

ConnectionListener::ConnectionListener(QObject* parent)
    : QObject(parent), m_server(ServerSockets::createControlListener(this))
{
    m_server->setMaxPendingConnections(MaxAcceptsPerTurn);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionListener::resume);
}

ConnectionListener::~ConnectionListener() = default;

bool ConnectionListener::listen(const QHostAddress& address, quint16 port, int backlog)
{
    m_server->setListenBacklogSize(backlog);
    if (!m_server->listen(address, port))
        return false;
#ifdef Q_OS_UNIX
    m_server->pauseAccepting(); // accepted here instead (see the class comment)
    m_notifier = new QSocketNotifier(m_server->socketDescriptor(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ConnectionListener::acceptWaiting);
#else
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection())
            accepted(socket);
    });
    connect(m_server, &QTcpServer::acceptError, this, &ConnectionListener::onQtAcceptError);
#endif
    return true;
}

void ConnectionListener::close()
{
    m_retry.stop();
    delete m_notifier;
    m_notifier = nullptr;
    m_server->close();
}

bool ConnectionListener::isListening() const
{
    return m_server->isListening();
}

quint16 ConnectionListener::serverPort() const
{
    return m_server->serverPort();
}

QHostAddress ConnectionListener::serverAddress() const
{
    return m_server->serverAddress();
}

QString ConnectionListener::errorString() const
{
    return m_server->errorString();
}

QAbstractSocket::SocketError ConnectionListener::serverError() const
{
    return m_server->serverError();
}

void ConnectionListener::acceptWaiting()
{
#ifdef Q_OS_UNIX
    const int listening = int(m_server->socketDescriptor());
    for (int i = 0; i < MaxAcceptsPerTurn && m_notifier && m_notifier->isEnabled(); ++i) {
        const int descriptor = DescriptorReserve::acceptConnection(listening);
        if (descriptor < 0) {
            const int error = errno;
            if (error == EINTR || error == ECONNABORTED || error == EPROTO)
                continue; // a client that gave up before it was accepted
            if (error == EAGAIN || error == EWOULDBLOCK)
                return;
            failed(ServerText::systemError(std::error_code(error, std::generic_category())).localized,
                   error == EMFILE || error == ENFILE || error == ENOBUFS || error == ENOMEM);
            return;
        }
        QTcpSocket* socket = ServerSockets::adoptControlConnection(descriptor, this);
        if (!socket) {
            failed(tr("the connection could not be set up"), false);
            return;
        }
        accepted(socket);
    }
#endif
}

void ConnectionListener::onQtAcceptError(QAbstractSocket::SocketError error)
{
    failed(m_server->errorString(), error == QAbstractSocket::SocketResourceError);
}

void ConnectionListener::failed(const QString& reason, bool outOfDescriptors)
{
    if (!m_failing)
        Q_EMIT acceptFailed(reason, outOfDescriptors);
    m_failing = true;
    int refused = 0;
    if (outOfDescriptors) // a clear answer rather than a client left hanging in the listen queue
        refused = m_reserve.refuseWaiting(m_server->socketDescriptor(), m_refusal, MaxAcceptsPerTurn);
    m_refused += refused;
    if (refused > 0 && m_reserve.isHeld()) {
        // Every connection that comes is answered the same way, one readiness event each: no spinning,
        // and no client waits for a retry.
        m_retryMs = 0;
        return;
    }
    // Nothing to do about it now: try again later, less and less often.
    if (m_notifier)
        m_notifier->setEnabled(false);
    else
        m_server->pauseAccepting();
    m_retryMs = qBound(50, m_retryMs * 2, 1000);
    m_retry.start(m_retryMs);
}

void ConnectionListener::resume()
{
    m_reserve.refill();
    if (m_notifier)
        m_notifier->setEnabled(true);
    else
        m_server->resumeAccepting();
}

void ConnectionListener::accepted(QTcpSocket* socket)
{
    if (m_failing) {
        m_failing = false;
        m_retryMs = 0;
        Q_EMIT acceptingAgain(m_refused);
        m_refused = 0;
    }
    Q_EMIT newConnection(socket);
}

} // namespace Ferry
