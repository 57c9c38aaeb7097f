#include "server/ftpserver.h"

#include "server/authenticator.h"
#include "server/connectionlistener.h"
#include "server/descriptorreserve.h"
#include "server/ftpcommand.h"
#include "server/ftpserversession.h"
#include "server/loginguard.h"

#include <QNetworkInterface>
#include <QTcpSocket>
#include <QTimer>

namespace Ferry {

FtpServer::FtpServer(QObject* parent) : QObject(parent), m_loginGuard(std::make_shared<LoginGuard>())
{
    m_loginGuard->setOptions(m_options);
    qRegisterMetaType<Ferry::ServerSessionInfo>();
    qRegisterMetaType<Ferry::ServerTransferInfo>();
    qRegisterMetaType<Ferry::ServerLogEntry>();
}

FtpServer::~FtpServer()
{
    // Sessions end silently: no signal reaches an object being destroyed.
    const QList<FtpServerSession*> sessions = m_sessions.values();
    m_sessions.clear();
    for (FtpServerSession* session : sessions) {
        session->disconnect(this);
        delete session;
    }
}

void FtpServer::setOptions(const ServerOptions& options)
{
    m_options = options;
    m_loginGuard->setOptions(options);
}

void FtpServer::setAuthenticator(std::shared_ptr<Authenticator> authenticator)
{
    m_authenticator = std::move(authenticator);
}

bool FtpServer::start()
{
    if (!m_listeners.isEmpty())
        stop();
    m_error.clear();
    m_warnings.clear();
    if (m_options.tlsPolicy != ServerOptions::TlsPolicy::Off && !m_options.tlsCredentials) {
        m_error = tr("FTPS needs a certificate and its key.");
        log(ServerLogEntry::Level::Error, m_error);
        return false;
    }
    if (m_options.implicitTlsPort && m_options.tlsPolicy == ServerOptions::TlsPolicy::Off) {
        m_error = tr("An implicit-FTPS port needs TLS (the TLS policy is off).");
        log(ServerLogEntry::Level::Error, m_error);
        return false;
    }
    const bool defaults = m_options.bindAddresses.isEmpty();
    const QList<QHostAddress> addresses = defaults ? QList<QHostAddress>{QHostAddress(QHostAddress::AnyIPv4),
                                                                         QHostAddress(QHostAddress::AnyIPv6)}
                                                   : m_options.bindAddresses;

    // With port 0 the first listener picks the port and the others follow it; if that port is taken on
    // another address, try again with a new one.
    for (int attempt = 0; attempt < 8; ++attempt) {
        quint16 port = m_options.port;
        bool retry = false;
        QStringList warnings;
        for (const QHostAddress& address : addresses) {
            ConnectionListener* listener = createListener(false);
            // Qt's default backlog (50) overflows when more clients connect at once; with SYN cookies
            // the overflowed connections look established to the client, which then waits for a 220
            // that never comes (until it sends something itself).
            if (listener->listen(address, port, qMax(128, m_options.maxSessions + 16))) {
                port = listener->serverPort();
                m_listeners.append(listener);
                continue;
            }
            const QString reason =
                tr("Cannot listen on %1: %2").arg(describeEndpoint(address, port), listener->errorString());
            const bool addressInUse = listener->serverError() == QAbstractSocket::AddressInUseError;
            delete listener;
            if (m_options.port == 0 && !m_listeners.isEmpty() && addressInUse) {
                retry = true;
                break;
            }
            if (defaults && address.protocol() == QAbstractSocket::IPv6Protocol && !m_listeners.isEmpty()) {
                warnings.append(tr("IPv6 is not available (%1): listening on IPv4 only.").arg(reason));
                continue;
            }
            if (defaults && address.protocol() == QAbstractSocket::IPv4Protocol) {
                warnings.append(reason);
                continue;
            }
            m_error = reason;
            break;
        }
        if (m_error.isEmpty() && !retry && m_listeners.isEmpty())
            m_error = warnings.isEmpty() ? tr("No address to listen on.") : warnings.join(QLatin1Char('\n'));
        if (!m_error.isEmpty() || retry) {
            qDeleteAll(m_listeners);
            m_listeners.clear();
            if (retry && m_error.isEmpty())
                continue;
            log(ServerLogEntry::Level::Error, m_error);
            return false;
        }
        m_warnings = warnings;
        break;
    }
    if (m_listeners.isEmpty()) {
        m_error = tr("Could not find a port free on every address.");
        log(ServerLogEntry::Level::Error, m_error);
        return false;
    }
    if (m_options.implicitTlsPort && !startImplicitTlsListeners()) {
        qDeleteAll(m_listeners);
        m_listeners.clear();
        log(ServerLogEntry::Level::Error, m_error);
        return false;
    }
    for (const QString& warning : std::as_const(m_warnings))
        log(ServerLogEntry::Level::Warning, warning);
    QStringList where;
    for (const ConnectionListener* listener : std::as_const(m_listeners))
        where.append(describeEndpoint(listener->serverAddress(), listener->serverPort()));
    log(ServerLogEntry::Level::Info, tr("Listening on %1").arg(where.join(QLatin1String(", "))));
    if (!m_implicitTlsListeners.isEmpty()) {
        where.clear();
        for (const ConnectionListener* listener : std::as_const(m_implicitTlsListeners))
            where.append(describeEndpoint(listener->serverAddress(), listener->serverPort()));
        log(ServerLogEntry::Level::Info, tr("Implicit FTPS on %1").arg(where.join(QLatin1String(", "))));
    }
    return true;
}

ConnectionListener* FtpServer::createListener(bool implicitTls)
{
    auto* listener = new ConnectionListener(this);
    listener->setRefusalReply(FtpProtocol::formatReply(
        421, QStringLiteral("The server cannot take more connections now: try again later.")));
    connect(listener, &ConnectionListener::newConnection, this,
            [this, implicitTls](QTcpSocket* socket) { onNewConnection(socket, implicitTls); });
    connect(
        listener, &ConnectionListener::acceptFailed, this,
        [this](const QString& reason, bool outOfDescriptors) { onAcceptFailed(reason, outOfDescriptors); });
    connect(listener, &ConnectionListener::acceptingAgain, this, [this](qint64 refused) {
        log(ServerLogEntry::Level::Info,
            tr("Accepting connections again (%1 refused meanwhile)").arg(refused));
    });
    return listener;
}

// The implicit-FTPS port on every address the plain listeners are bound to; with port 0 the first one
// picks the port and the others follow it (a new pick if it is taken there).
bool FtpServer::startImplicitTlsListeners()
{
    for (int attempt = 0; attempt < 8; ++attempt) {
        quint16 port = *m_options.implicitTlsPort;
        bool retry = false;
        for (const ConnectionListener* plain : std::as_const(m_listeners)) {
            ConnectionListener* listener = createListener(true);
            if (listener->listen(plain->serverAddress(), port, qMax(128, m_options.maxSessions + 16))) {
                port = listener->serverPort();
                m_implicitTlsListeners.append(listener);
                continue;
            }
            m_error = tr("Cannot listen for implicit FTPS on %1: %2")
                          .arg(describeEndpoint(plain->serverAddress(), port), listener->errorString());
            retry = *m_options.implicitTlsPort == 0 && !m_implicitTlsListeners.isEmpty() &&
                    listener->serverError() == QAbstractSocket::AddressInUseError;
            delete listener;
            break;
        }
        if (m_error.isEmpty())
            return true;
        qDeleteAll(m_implicitTlsListeners);
        m_implicitTlsListeners.clear();
        if (!retry)
            return false;
        m_error.clear();
    }
    return false;
}

void FtpServer::stop()
{
    if (!m_listeners.isEmpty())
        log(ServerLogEntry::Level::Info, tr("Stopped listening"));
    for (ConnectionListener* listener : m_listeners + m_implicitTlsListeners) {
        listener->close();
        listener->deleteLater();
    }
    m_listeners.clear();
    m_implicitTlsListeners.clear();
    const QList<FtpServerSession*> sessions = m_sessions.values();
    for (FtpServerSession* session : sessions)
        session->terminate(text(QT_TR_NOOP("The server is shutting down.")));
}

bool FtpServer::isListening() const
{
    return !m_listeners.isEmpty();
}

quint16 FtpServer::port() const
{
    return m_listeners.isEmpty() ? 0 : m_listeners.first()->serverPort();
}

quint16 FtpServer::implicitTlsPort() const
{
    return m_implicitTlsListeners.isEmpty() ? 0 : m_implicitTlsListeners.first()->serverPort();
}

QList<QHostAddress> FtpServer::listeningAddresses() const
{
    QList<QHostAddress> addresses;
    for (const ConnectionListener* listener : m_listeners)
        addresses.append(listener->serverAddress());
    return addresses;
}

QList<QUrl> FtpServer::connectionUrls() const
{
    return serverConnectionUrls(listeningAddresses(), port());
}

QList<ServerSessionInfo> FtpServer::sessions() const
{
    QList<ServerSessionInfo> result;
    for (const FtpServerSession* session : m_sessions)
        result.append(session->info());
    std::sort(result.begin(), result.end(),
              [](const ServerSessionInfo& a, const ServerSessionInfo& b) { return a.id < b.id; });
    return result;
}

bool FtpServer::disconnectSession(quint64 id, const QString& reason)
{
    FtpServerSession* session = m_sessions.value(id);
    if (!session)
        return false;
    session->terminate(reason.isEmpty() ? text(QT_TR_NOOP("Disconnected by the server's operator."))
                                        : ServerText(reason));
    return true;
}

void FtpServer::onAcceptFailed(const QString& reason, bool outOfDescriptors)
{
    if (!outOfDescriptors) {
        log(ServerLogEntry::Level::Error, tr("Cannot accept new connections: %1. Trying again.").arg(reason));
        return;
    }
    const qint64 limit = DescriptorReserve::descriptorLimit();
    log(ServerLogEntry::Level::Error,
        tr("Cannot accept new connections: %1 (this process may have %2 files and connections open). New "
           "connections are refused until some close.")
            .arg(reason, limit < 0 ? tr("unlimited") : QString::number(limit)));
}

void FtpServer::onNewConnection(QTcpSocket* socket, bool implicitTls)
{
    const QHostAddress peer = plainAddress(socket->peerAddress());
    if (const qint64 banned = m_loginGuard->banRemainingMs(peer); banned > 0) {
        // Logged once per ban: a guesser's flood of connections does not flood the log.
        const bool logIt = m_loginGuard->countRefusal(peer) == 1;
        refuse(socket,
               ServerText(QStringLiteral("Too many failed logins from your address: try again later."),
                          tr("%1 is banned for %2 more minutes after too many failed logins (further "
                             "connections from it are refused without a log line)")
                              .arg(peer.toString())
                              .arg((banned + 59999) / 60000)),
               logIt);
        return;
    }
    if (m_sessions.size() >= m_options.maxSessions) {
        refuse(socket, text(QT_TR_NOOP("Too many connections (%1): try again later."),
                            {QString::number(m_options.maxSessions)}));
        return;
    }
    int fromPeer = 0;
    for (const FtpServerSession* session : std::as_const(m_sessions)) {
        if (session->peerAddress().isEqual(peer, QHostAddress::TolerantConversion))
            ++fromPeer;
    }
    if (fromPeer >= m_options.maxSessionsPerAddress) {
        refuse(socket, text(QT_TR_NOOP("Too many connections from your address (%1): try again later."),
                            {QString::number(m_options.maxSessionsPerAddress)}));
        return;
    }
    const quint64 id = m_nextId++;
    auto* session = new FtpServerSession(id, socket, m_options, m_authenticator, m_loginGuard, this);
    m_sessions.insert(id, session);
    connect(session, &FtpServerSession::stateChanged, this, &FtpServer::sessionStateChanged);
    connect(session, &FtpServerSession::transferStarted, this, &FtpServer::transferStarted);
    connect(session, &FtpServerSession::transferFinished, this, &FtpServer::transferFinished);
    connect(session, &FtpServerSession::logMessage, this, &FtpServer::logMessage);
    connect(session, &FtpServerSession::closed, this, &FtpServer::onSessionClosed);
    Q_EMIT sessionStarted(session->info());
    session->start(implicitTls ? FtpServerSession::Security::ImplicitTls : FtpServerSession::Security::Clear);
}

ServerText FtpServer::text(const char* source, std::initializer_list<ServerText> args)
{
    return ServerText::translate(staticMetaObject.className(), source, args);
}

void FtpServer::refuse(QTcpSocket* socket, const ServerText& reason, bool logIt)
{
    if (logIt)
        log(ServerLogEntry::Level::Warning,
            tr("Refused a connection from %1: %2")
                .arg(describeEndpoint(socket->peerAddress(), socket->peerPort()), reason.localized));
    socket->setParent(this);
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->write(FtpProtocol::formatReply(421, reason.english));
    socket->disconnectFromHost();
    if (socket->state() == QAbstractSocket::UnconnectedState) {
        socket->deleteLater();
        return;
    }
    QTimer::singleShot(5000, socket, [socket] { socket->abort(); });
}

void FtpServer::onSessionClosed(quint64 id)
{
    FtpServerSession* session = m_sessions.take(id);
    if (session)
        Q_EMIT sessionEnded(session->info());
}

void FtpServer::log(ServerLogEntry::Level level, const QString& text)
{
    ServerLogEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.level = level;
    entry.text = text;
    Q_EMIT logMessage(entry);
}

QList<QUrl> serverConnectionUrls(const QList<QHostAddress>& addresses, quint16 port, const QString& scheme)
{
    QList<QHostAddress> hosts;
    QList<QHostAddress> loopback;
    const auto add = [&hosts, &loopback](const QHostAddress& a) {
        if (a.protocol() == QAbstractSocket::IPv6Protocol && (a.isLinkLocal() || !a.scopeId().isEmpty()))
            return; // needs a zone id that URLs cannot carry portably
        QList<QHostAddress>& list = a.isLoopback() ? loopback : hosts;
        for (const QHostAddress& known : std::as_const(list)) {
            if (known.isEqual(a, QHostAddress::StrictConversion))
                return;
        }
        list.append(a);
    };
    QList<QHostAddress> interfaceAddresses;
    bool interfacesRead = false;
    for (const QHostAddress& address : addresses) {
        const bool anyV4 =
            address == QHostAddress(QHostAddress::AnyIPv4) || address == QHostAddress(QHostAddress::Any);
        const bool anyV6 =
            address == QHostAddress(QHostAddress::AnyIPv6) || address == QHostAddress(QHostAddress::Any);
        if (!anyV4 && !anyV6) {
            add(address);
            continue;
        }
        if (!interfacesRead) {
            interfacesRead = true;
            const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
            for (const QNetworkInterface& iface : interfaces) {
                if (!(iface.flags() & QNetworkInterface::IsUp) ||
                    !(iface.flags() & QNetworkInterface::IsRunning))
                    continue;
                const QList<QNetworkAddressEntry> entries = iface.addressEntries();
                for (const QNetworkAddressEntry& entry : entries)
                    interfaceAddresses.append(entry.ip());
            }
        }
        for (const QHostAddress& a : std::as_const(interfaceAddresses)) {
            if ((anyV4 && a.protocol() == QAbstractSocket::IPv4Protocol) ||
                (anyV6 && a.protocol() == QAbstractSocket::IPv6Protocol))
                add(a);
        }
    }
    // IPv4 before IPv6, loopback last.
    std::stable_sort(hosts.begin(), hosts.end(), [](const QHostAddress& a, const QHostAddress& b) {
        return a.protocol() == QAbstractSocket::IPv4Protocol && b.protocol() != QAbstractSocket::IPv4Protocol;
    });
    std::stable_sort(loopback.begin(), loopback.end(), [](const QHostAddress& a, const QHostAddress& b) {
        return a.protocol() == QAbstractSocket::IPv4Protocol && b.protocol() != QAbstractSocket::IPv4Protocol;
    });
    QList<QUrl> urls;
    for (const QHostAddress& a : hosts + loopback) {
        QUrl url;
        url.setScheme(scheme);
        url.setHost(a.toString());
        url.setPort(port);
        url.setPath(QStringLiteral("/"));
        urls.append(url);
    }
    return urls;
}

} // namespace Ferry
