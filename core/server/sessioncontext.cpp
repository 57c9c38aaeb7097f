#include "server/sessioncontext.h"

#include "protocol/pathcodec.h"
#include "server/controlconnection.h"
#include "server/ftpcommand.h"
#include "server/tlssessioncontext.h"
#include "server/virtualpath.h"

#include <QDateTime>
#include <QFutureWatcher>

namespace Ferry {

SessionContext::SessionContext(ControlConnection* control, const ServerOptions& options, QObject* parent)
    : QObject(parent), m_control(control), m_options(options)
{
    m_stateThrottle.start();
}

SessionContext::~SessionContext() = default;

void SessionContext::setTls(std::unique_ptr<TlsSessionContext> tls)
{
    m_tls = std::move(tls);
}

const TlsSessionContext* SessionContext::dataTls() const
{
    return m_state.protection == SessionState::DataProtection::Private ? m_tls.get() : nullptr;
}

void SessionContext::reply(int code, const QString& text)
{
    replyRaw(FtpProtocol::formatReply(code, text));
}

void SessionContext::replyRaw(const QByteArray& bytes)
{
    if (!m_control->isConnected())
        return;
    if (m_options.logProtocol)
        log(ServerLogEntry::Level::Debug, QStringLiteral("< ") + QString::fromUtf8(bytes).trimmed());
    m_control->send(bytes);
}

void SessionContext::replyFsError(int defaultCode, const FsError& error)
{
    int code = defaultCode;
    switch (error.code) {
    case FsError::Code::InvalidName:
        code = 553;
        break;
    case FsError::Code::NoSpace:
        code = 452;
        break;
    case FsError::Code::Io:
        break;
    default:
        code = 550;
        break;
    }
    reply(code, error.message.isEmpty() ? QStringLiteral("Requested action not taken.") : error.message);
}

void SessionContext::log(ServerLogEntry::Level level, const QString& text)
{
    ServerLogEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.sessionId = m_state.info.id;
    entry.level = level;
    entry.text = m_state.info.who() + QLatin1String(": ") + text;
    Q_EMIT logMessage(entry);
}

void SessionContext::setAction(const QString& action)
{
    m_state.info.currentAction = action;
    emitState(true);
}

void SessionContext::emitState(bool force)
{
    if (m_ended)
        return;
    if (!force && m_stateThrottle.elapsed() < 250)
        return;
    m_stateThrottle.restart();
    Q_EMIT stateChanged(m_state.info);
}

QString SessionContext::decodeArgument(const QByteArray& bytes)
{
    return decodePath(bytes, PathEncoding::Utf8);
}

bool SessionContext::isBlank(const QByteArray& bytes)
{
    return bytes.trimmed().isEmpty();
}

std::optional<QString> SessionContext::resolvePath(const QByteArray& argument) const
{
    if (isBlank(argument))
        return m_state.cwd;
    return VirtualPath::resolve(m_state.cwd, decodeArgument(argument));
}

void SessionContext::holdInput()
{
    ++m_holds;
}

void SessionContext::releaseInput()
{
    if (m_holds > 0 && --m_holds == 0)
        Q_EMIT inputReleased();
}

void SessionContext::resumeInput()
{
    Q_EMIT inputReleased();
}

void SessionContext::whenFinished(QFuture<FsOutcome> operation, Input input,
                                  std::function<void(const FsOutcome&)> done)
{
    if (input == Input::Held)
        holdInput();
    auto* watcher = new QFutureWatcher<FsOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, input, done = std::move(done)] {
        watcher->deleteLater();
        done(watcher->future().isValid() && watcher->future().resultCount() > 0 ? watcher->result()
                                                                                : FsOutcome());
        if (input == Input::Held)
            releaseInput();
    });
    watcher->setFuture(operation);
}

} // namespace Ferry
