#include "client/commandoperation.h"

#include "client/controlchannel.h"
#include "client/ftpsession.h"
#include "protocol/listingparser.h"

#include <QRegularExpression>

namespace Ferry {

QString parseQuotedPath(const QString& text)
{
    // RFC 959 Appendix II: the path is quoted, embedded quotes are doubled.
    const qsizetype open = text.indexOf(QLatin1Char('"'));
    if (open < 0)
        return QString();
    QString path;
    for (qsizetype i = open + 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                path += c;
                ++i;
                continue;
            }
            return path;
        }
        path += c;
    }
    return QString(); // unterminated
}

namespace {

QString describe(CommandOperation::Kind kind, const QString& argument)
{
    switch (kind) {
    case CommandOperation::Kind::Pwd:
        return QStringLiteral("PWD");
    case CommandOperation::Kind::Cwd:
        return QStringLiteral("CWD ") + argument;
    case CommandOperation::Kind::Cdup:
        return QStringLiteral("CDUP");
    case CommandOperation::Kind::Mkd:
        return QStringLiteral("MKD ") + argument;
    case CommandOperation::Kind::Rmd:
        return QStringLiteral("RMD ") + argument;
    case CommandOperation::Kind::Dele:
        return QStringLiteral("DELE ") + argument;
    case CommandOperation::Kind::Size:
        return QStringLiteral("SIZE ") + argument;
    case CommandOperation::Kind::Mdtm:
        return QStringLiteral("MDTM ") + argument;
    case CommandOperation::Kind::Noop:
        return QStringLiteral("NOOP");
    case CommandOperation::Kind::Quit:
        return QStringLiteral("QUIT");
    case CommandOperation::Kind::Raw:
        return argument;
    }
    return argument;
}

} // namespace

CommandOperation::CommandOperation(FtpSession* session, Kind kind, const QString& argument)
    : FtpOperation(session, describe(kind, argument)), m_kind(kind), m_argument(argument)
{}

QByteArray CommandOperation::verb() const
{
    switch (m_kind) {
    case Kind::Pwd:
        return "PWD";
    case Kind::Cwd:
        return "CWD";
    case Kind::Cdup:
        return "CDUP";
    case Kind::Mkd:
        return "MKD";
    case Kind::Rmd:
        return "RMD";
    case Kind::Dele:
        return "DELE";
    case Kind::Size:
        return "SIZE";
    case Kind::Mdtm:
        return "MDTM";
    case Kind::Noop:
        return "NOOP";
    case Kind::Quit:
        return "QUIT";
    case Kind::Raw:
        break;
    }
    return QByteArray();
}

QString CommandOperation::failureText() const
{
    switch (m_kind) {
    case Kind::Pwd:
        return tr("Could not read the current folder");
    case Kind::Cwd:
    case Kind::Cdup:
        return tr("Could not change to folder %1")
            .arg(m_kind == Kind::Cdup ? QStringLiteral("..") : m_argument);
    case Kind::Mkd:
        return tr("Could not create folder %1").arg(m_argument);
    case Kind::Rmd:
        return tr("Could not remove folder %1").arg(m_argument);
    case Kind::Dele:
        return tr("Could not delete %1").arg(m_argument);
    case Kind::Size:
        return tr("Could not get the size of %1").arg(m_argument);
    case Kind::Mdtm:
        return tr("Could not get the modification time of %1").arg(m_argument);
    case Kind::Noop:
        return tr("The server did not accept NOOP");
    case Kind::Quit:
        return tr("The server did not accept QUIT");
    case Kind::Raw:
        return tr("The server refused \"%1\"").arg(m_argument);
    }
    return QString();
}

void CommandOperation::start()
{
    if (session()->state() != FtpClient::State::Connected && m_kind != Kind::Quit) {
        finishError(Error::NotConnected, tr("Not connected."));
        return;
    }
    if (m_kind == Kind::Quit) {
        if (!session()->control()->isConnected()) {
            finishSuccess();
            return;
        }
        session()->setState(FtpClient::State::Closing);
    }
    if ((m_kind == Kind::Size && session()->capabilities.isKnownUnsupported("SIZE")) ||
        (m_kind == Kind::Mdtm && session()->capabilities.isKnownUnsupported("MDTM"))) {
        finishError(
            Error::ServerRefused,
            tr("%1: the server does not support %2.").arg(failureText(), QString::fromLatin1(verb())));
        return;
    }
    if (m_kind == Kind::Raw) {
        const std::optional<QByteArray> line = session()->encodeArgument(m_argument);
        if (!line || m_argument.trimmed().isEmpty()) {
            finishError(Error::InvalidArgument, tr("\"%1\" is not a single command line.").arg(m_argument));
            return;
        }
        sendRaw(*line, QString());
        return;
    }
    const bool takesArgument = m_kind == Kind::Cwd || m_kind == Kind::Mkd || m_kind == Kind::Rmd ||
                               m_kind == Kind::Dele || m_kind == Kind::Size || m_kind == Kind::Mdtm;
    sendCommand(verb(), takesArgument ? m_argument : QString());
}

void CommandOperation::handleReply(const FtpReply& reply)
{
    if (reply.isPreliminary())
        return; // 1xx before the final reply: keep waiting
    if (m_step == Step::Pwd) {
        // After CWD: learn where we are. If PWD fails, keep the path we asked for.
        const QString path = reply.code == 257 ? parseQuotedPath(reply.text()) : QString();
        if (!path.isEmpty())
            session()->currentDirectory = path;
        setResultPath(session()->currentDirectory);
        finishSuccess();
        return;
    }
    setReply(reply);
    if (m_kind == Kind::Quit) {
        // Whatever the answer (NetX says 530 before login), the connection ends here.
        session()->control()->close();
        finishSuccess();
        return;
    }
    if (reply.isError()) {
        if (reply.code == 500 || reply.code == 502) {
            const QByteArray v = verb();
            if (!v.isEmpty())
                session()->capabilities.markUnsupported(v);
        }
        finishWithReply(failureText(), reply);
        return;
    }
    if (!interpretSuccess(reply))
        return;
    finishSuccess();
}

bool CommandOperation::interpretSuccess(const FtpReply& reply)
{
    switch (m_kind) {
    case Kind::Pwd: {
        const QString path = parseQuotedPath(reply.text());
        if (reply.code != 257 || path.isEmpty()) {
            finishError(Error::ProtocolError,
                        tr("The server's answer to PWD has no folder in it: %1").arg(reply.toString()));
            return false;
        }
        session()->currentDirectory = path;
        setResultPath(path);
        return true;
    }
    case Kind::Cwd:
    case Kind::Cdup: {
        // Some servers (NetX: 250 "/abs/path" set successfully) say where we are; ask the others.
        const QString quoted = parseQuotedPath(reply.text());
        if (!quoted.isEmpty() && quoted.startsWith(QLatin1Char('/'))) {
            session()->currentDirectory = quoted;
            setResultPath(quoted);
            return true;
        }
        if (m_kind == Kind::Cwd && m_argument.startsWith(QLatin1Char('/')))
            session()->currentDirectory = m_argument;
        m_step = Step::Pwd;
        sendCommand("PWD");
        return false;
    }
    case Kind::Mkd:
        // 257 per RFC 959, 200 from NetX Duo boards: both mean the folder exists now.
        setResultPath(parseQuotedPath(reply.text()));
        if (resultPath().isEmpty())
            setResultPath(m_argument);
        return true;
    case Kind::Size: {
        bool ok = false;
        const qint64 value = reply.text().trimmed().toLongLong(&ok);
        if (reply.code != 213 || !ok || value < 0) {
            finishError(Error::ProtocolError,
                        tr("%1: unexpected answer %2").arg(failureText(), reply.toString()));
            return false;
        }
        setResultSize(value);
        return true;
    }
    case Kind::Mdtm: {
        const QDateTime time = ListingParser::parseTimeVal(reply.text().trimmed().toLatin1());
        if (reply.code != 213 || !time.isValid()) {
            finishError(Error::ProtocolError,
                        tr("%1: unexpected answer %2").arg(failureText(), reply.toString()));
            return false;
        }
        setResultTime(time);
        return true;
    }
    case Kind::Rmd:
    case Kind::Dele:
    case Kind::Noop:
    case Kind::Quit:
    case Kind::Raw:
        return true;
    }
    return true;
}

void CommandOperation::handleConnectionLost(Error error, const QString& message)
{
    if (m_kind == Kind::Quit) {
        finishSuccess(); // the server closed first: that is what QUIT asked for
        return;
    }
    finishError(error, message);
}

} // namespace Ferry
