#include "client/ftpoperation.h"

#include "client/ftpsession.h"
#include "client/retrypolicy.h"

#include <QPointer>

namespace Ferry {

FtpOperation::FtpOperation(FtpSession* session, const QString& description)
    : QObject(session), m_session(session), m_description(description)
{}

FtpOperation::~FtpOperation() = default;

bool FtpOperation::isTransientError() const
{
    return isWorthRetrying(m_error);
}

void FtpOperation::abort()
{
    if (m_state == State::Finished || m_abortRequested)
        return;
    m_abortRequested = true;
    if (m_state == State::Queued)
        finishError(Error::Canceled, tr("Canceled"));
    else
        handleAbort();
}

void FtpOperation::handleAbort()
{
    // A single command cannot be taken back once sent: its reply is awaited and the operation then
    // reports Canceled (see finishSuccess()).
}

void FtpOperation::handleConnectionLost(Error error, const QString& message)
{
    finishError(error, message);
}

bool FtpOperation::sendCommand(const QByteArray& verb, const QString& argument)
{
    QByteArray line = verb;
    if (!argument.isEmpty()) {
        const std::optional<QByteArray> encoded = m_session->encodeArgument(argument);
        if (!encoded) {
            finishError(Error::InvalidArgument,
                        tr("The name \"%1\" contains a line break and cannot be sent to an FTP server.")
                            .arg(argument));
            return false;
        }
        line += ' ' + *encoded;
    }
    m_session->sendLine(line, QString());
    return true;
}

void FtpOperation::sendRaw(const QByteArray& line, const QString& logText)
{
    m_session->sendLine(line, logText);
}

void FtpOperation::setRunning()
{
    m_state = State::Running;
    Q_EMIT started();
}

void FtpOperation::finishSuccess()
{
    if (m_state == State::Finished)
        return;
    if (m_abortRequested) {
        finishError(Error::Canceled, tr("Canceled"));
        return;
    }
    m_state = State::Finished;
    m_error = Error::NoError;
    m_errorString.clear();
    announceFinished();
}

void FtpOperation::finishError(Error error, const QString& message)
{
    if (m_state == State::Finished)
        return;
    m_state = State::Finished;
    m_error = error;
    m_errorString = message;
    announceFinished();
}

void FtpOperation::announceFinished()
{
    m_session->operationFinished(this);
    const QPointer<FtpOperation> self(this);
    Q_EMIT finished();
    if (self && m_autoDelete)
        deleteLater();
}

void FtpOperation::finishWithReply(const QString& what, const FtpReply& reply)
{
    m_reply = reply;
    const Error error = reply.isTransientError() ? Error::TransientError
                        : reply.isValid()        ? Error::ServerRefused
                                                 : Error::ProtocolError;
    finishError(error, tr("%1: %2").arg(what, reply.toString()));
}

} // namespace Ferry
