#include "client/ftpsession.h"

#include "client/commandoperation.h"
#include "client/controlchannel.h"
#include "client/ftpoperation.h"
#include "net/clientsocketfactory.h"

#include <QTimer>

namespace Ferry {

FtpSession::FtpSession(QObject* parent)
    : QObject(parent), m_sockets(new ClientSocketFactory(this)),
      m_control(new ControlChannel(m_sockets, this))
{
    m_keepAlive.setSingleShot(true);
    connect(&m_keepAlive, &QTimer::timeout, this, &FtpSession::onKeepAlive);
    connect(m_control, &ControlChannel::replyReceived, this, &FtpSession::onReply);
    connect(m_control, &ControlChannel::failed, this, &FtpSession::onControlFailed);
    connect(m_control, &ControlChannel::closed, this, &FtpSession::onControlClosed);
    connect(m_control, &ControlChannel::certificateCheckRequired, this,
            &FtpSession::certificateCheckRequired);
    connect(m_sockets, &ClientSocketFactory::dataTlsNotice, this,
            [this](const QString& text) { log(FtpClient::LogKind::Info, text); });
}

FtpSession::~FtpSession()
{
    // Operations are children and die with us; make sure none calls back while they do.
    m_queue.clear();
    m_current = nullptr;
}

void FtpSession::setState(FtpClient::State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
    updateKeepAlive();
}

void FtpSession::enqueue(FtpOperation* operation)
{
    m_queue.append(operation);
    scheduleNext();
}

bool FtpSession::hasPendingOperations() const
{
    return m_current || !m_queue.isEmpty();
}

void FtpSession::scheduleNext()
{
    // Operations start from the event loop, never inside the call that created them, so that the
    // caller has connected to their signals first.
    if (m_startScheduled)
        return;
    m_startScheduled = true;
    QTimer::singleShot(0, this, &FtpSession::startNext);
}

void FtpSession::startNext()
{
    m_startScheduled = false;
    if (m_current)
        return;
    while (!m_queue.isEmpty()) {
        QPointer<FtpOperation> next = m_queue.takeFirst();
        if (!next || next->isFinished())
            continue;
        m_current = next;
        m_keepAlive.stop();
        next->setRunning();
        if (!next)
            continue;
        next->start();
        return;
    }
    updateKeepAlive();
}

void FtpSession::operationFinished(FtpOperation* operation)
{
    if (operation == m_current) {
        m_current = nullptr;
        scheduleNext();
    } else {
        m_queue.removeAll(operation);
    }
}

void FtpSession::abortAll(FtpOperation::Error error, const QString& message)
{
    const QList<QPointer<FtpOperation>> queued = m_queue;
    m_queue.clear();
    if (m_current)
        m_current->abort();
    for (const QPointer<FtpOperation>& op : queued) {
        if (op)
            op->finishError(error, message);
    }
}

void FtpSession::abortConnection()
{
    m_failureReason.clear();
    setState(FtpClient::State::Closing);
    const QList<QPointer<FtpOperation>> queued = m_queue;
    m_queue.clear();
    const QPointer<FtpOperation> current = m_current;
    m_current = nullptr;
    m_control->abort();
    if (current)
        current->finishError(FtpOperation::Error::Canceled, tr("Canceled: the connection was closed."));
    for (const QPointer<FtpOperation>& op : queued) {
        if (op)
            op->finishError(FtpOperation::Error::Canceled, tr("Canceled: the connection was closed."));
    }
    setState(FtpClient::State::Unconnected);
}

void FtpSession::sendLine(const QByteArray& line, const QString& logText)
{
    QString text = logText;
    if (text.isEmpty()) {
        if (line.startsWith("PASS ") || line.startsWith("pass "))
            text = QStringLiteral("PASS ****");
        else
            text = decodePath(line, encoding);
    }
    log(FtpClient::LogKind::Command, text);
    m_control->send(line);
}

void FtpSession::log(FtpClient::LogKind kind, const QString& text)
{
    Q_EMIT logMessage(kind, text);
}

std::optional<QByteArray> FtpSession::encodeArgument(const QString& argument) const
{
    if (argument.contains(QLatin1Char('\r')) || argument.contains(QLatin1Char('\n')) ||
        argument.contains(QChar(0)))
        return std::nullopt;
    return encodePath(argument, encoding);
}

ConnectionSecurity FtpSession::security() const
{
    return m_control->security();
}

void FtpSession::announceSecurity()
{
    Q_EMIT securityChanged(security());
}

void FtpSession::onReply(const FtpReply& reply)
{
    for (const QByteArray& line : reply.lines)
        log(FtpClient::LogKind::Reply, decodePath(line, encoding));
    if (m_current) {
        m_current->handleReply(reply);
        return;
    }
    // A reply nobody waits for: 421 means the server is closing the connection.
    if (reply.code == 421) {
        m_failureReason = reply.toString();
        log(FtpClient::LogKind::Error, tr("The server closed the session: %1").arg(reply.toString()));
    }
}

void FtpSession::onControlFailed(FtpOperation::Error error, const QString& message)
{
    m_failureReason = message;
    log(FtpClient::LogKind::Error, message);
    const QList<QPointer<FtpOperation>> queued = m_queue;
    m_queue.clear();
    const QPointer<FtpOperation> current = m_current;
    m_current = nullptr;
    if (current)
        current->handleConnectionLost(error, message);
    for (const QPointer<FtpOperation>& op : queued) {
        if (op)
            op->finishError(FtpOperation::Error::NotConnected,
                            tr("Not done: the connection was lost before it was this operation's turn (%1)")
                                .arg(message));
    }
}

void FtpSession::onControlClosed()
{
    const QString reason = m_failureReason;
    m_failureReason.clear();
    transferType = 0;
    m_sockets->setDataProtected(false);
    announceSecurity();
    if (m_state != FtpClient::State::Unconnected) {
        setState(FtpClient::State::Unconnected);
        Q_EMIT disconnected(reason);
    }
}

void FtpSession::updateKeepAlive()
{
    if (m_state == FtpClient::State::Connected && !m_current && m_queue.isEmpty() &&
        options.keepAliveIntervalMs > 0)
        m_keepAlive.start(options.keepAliveIntervalMs);
    else
        m_keepAlive.stop();
}

void FtpSession::onKeepAlive()
{
    if (m_state != FtpClient::State::Connected || m_current || !m_queue.isEmpty())
        return;
    enqueue(new CommandOperation(this, CommandOperation::Kind::Noop));
}

} // namespace Ferry
