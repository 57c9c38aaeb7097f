#include "client/listoperation.h"

#include "client/ftpsession.h"
#include "protocol/listingparser.h"

namespace Ferry {

ListOperation::ListOperation(FtpSession* session, const QString& path, Kind kind)
    : DataOperation(session, QStringLiteral("LIST %1").arg(path)), m_path(path), m_kind(kind)
{
    m_buffer.open(QIODevice::WriteOnly);
    setDevice(&m_buffer, false);
}

void ListOperation::prepare()
{
    if (m_kind == Kind::Auto)
        m_kind = session()->capabilities.supportsMlsd() ? Kind::Mlsd : Kind::List;
    setDescription(QStringLiteral("%1 %2").arg(QString::fromLatin1(transferCommand()), m_path).trimmed());
    openData();
}

QByteArray ListOperation::transferCommand() const
{
    switch (m_kind) {
    case Kind::Mlsd:
        return "MLSD";
    case Kind::NameList:
        return "NLST";
    case Kind::Auto:
    case Kind::List:
        break;
    }
    return "LIST";
}

QString ListOperation::transferArgument() const
{
    return m_path;
}

QString ListOperation::failureText() const
{
    return m_path.isEmpty() ? tr("Could not list the current folder") : tr("Could not list %1").arg(m_path);
}

bool ListOperation::acceptsEmptyFailure(const FtpReply& reply) const
{
    // NLST of an empty folder: NetX answers 125 then 550, ProFTPD 450 "No files found".
    return m_kind == Kind::NameList && (reply.code == 450 || reply.code == 550);
}

void ListOperation::transferSucceeded()
{
    const QByteArray data = m_buffer.data();
    FtpSession* s = session();
    ListingResult result;
    switch (m_kind) {
    case Kind::Mlsd:
        result = ListingParser::parseMlsd(data, s->encoding);
        break;
    case Kind::NameList:
        result = ListingParser::parseNameList(data, s->encoding);
        break;
    case Kind::Auto:
    case Kind::List:
        result = ListingParser::parseList(data, QDateTime::currentDateTime(), s->encoding);
        break;
    }
    if (result.sawInvalidUtf8 && s->encoding == PathEncoding::Utf8 && !s->capabilities.supportsUtf8()) {
        // RFC 2640 fallback: the server does not speak UTF-8; use Latin-1 for this connection.
        s->encoding = PathEncoding::Latin1;
        s->log(FtpClient::LogKind::Info,
               tr("The server's file names are not UTF-8: switching to Latin-1 for this connection."));
    }
    m_entries = result.entries;
    m_unparsed = result.unparsedLines;
    for (const QByteArray& line : std::as_const(m_unparsed))
        s->log(FtpClient::LogKind::Error,
               tr("Could not parse listing line: %1").arg(QString::fromLatin1(line)));
}

} // namespace Ferry
