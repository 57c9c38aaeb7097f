#include "client/listoperation.h"

#include "client/ftpsession.h"
#include "protocol/listingparserstream.h"

#include <QIODevice>

namespace Ferry {

namespace {

constexpr qsizetype MaxUnparsedLinesLogged = 20;

} // namespace

// Where the data connection writes the listing: straight into the operation's parser.
class ListingSink final : public QIODevice
{
public:
    explicit ListingSink(ListOperation* operation) : m_operation(operation) { open(QIODevice::WriteOnly); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        m_operation->receive(data, size);
        return size;
    }

private:
    ListOperation* m_operation;
};

ListOperation::ListOperation(FtpSession* session, const QString& path, Kind kind)
    : DataOperation(session, QStringLiteral("LIST %1").arg(path)), m_path(path), m_kind(kind),
      m_sink(std::make_unique<ListingSink>(this))
{
    setDevice(m_sink.get(), false);
}

ListOperation::~ListOperation() = default;

qint64 ListOperation::entryCount() const
{
    return m_parser ? m_parser->entryCount() : 0;
}

void ListOperation::prepare()
{
    if (m_kind == Kind::Auto)
        m_kind = session()->capabilities.supportsMlsd() ? Kind::Mlsd : Kind::List;
    setDescription(QStringLiteral("%1 %2").arg(QString::fromLatin1(transferCommand()), m_path).trimmed());
    ListingParserStream::Format format = ListingParserStream::Format::List;
    if (m_kind == Kind::Mlsd)
        format = ListingParserStream::Format::Mlsd;
    else if (m_kind == Kind::NameList)
        format = ListingParserStream::Format::NameList;
    // LIST dates are the server's wall clock, read as this machine's local time (the zone is looked up
    // once for the whole listing).
    m_parser =
        std::make_unique<ListingParserStream>(format, QDateTime::currentDateTime(), session()->encoding);
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

void ListOperation::receive(const char* data, qint64 size)
{
    if (!m_parser || isFinished())
        return;
    m_parser->feed(QByteArrayView(data, size));
    handOut();
}

void ListOperation::handOut()
{
    FtpSession* s = session();
    const QList<QByteArray> unparsed = m_parser->takeUnparsedLines();
    for (const QByteArray& line : unparsed) {
        if (m_unparsedCount < MaxUnparsedLinesLogged)
            s->log(FtpClient::LogKind::Error,
                   tr("Could not parse listing line: %1").arg(QString::fromLatin1(line)));
        if (m_unparsed.size() < MaxUnparsedLinesKept)
            m_unparsed.append(line);
        ++m_unparsedCount;
    }
    if (m_parser->pendingEntries() == 0)
        return;
    const QList<RemoteEntry> entries = m_parser->takeEntries();
    if (m_delivery == Delivery::Collect)
        m_entries += entries;
    Q_EMIT entriesParsed(entries);
}

void ListOperation::transferSucceeded()
{
    FtpSession* s = session();
    if (!m_parser) // no data connection was ever asked for (cannot happen after a success, but be safe)
        return;
    m_parser->finish();
    handOut();
    if (m_unparsedCount > MaxUnparsedLinesLogged)
        s->log(FtpClient::LogKind::Error, tr("%n more listing line(s) could not be parsed.", nullptr,
                                             int(m_unparsedCount - MaxUnparsedLinesLogged)));
    if (m_parser->sawInvalidUtf8() && s->encoding == PathEncoding::Utf8 && !s->capabilities.supportsUtf8()) {
        // RFC 2640 fallback: the server does not speak UTF-8; use Latin-1 for this connection.
        s->encoding = PathEncoding::Latin1;
        s->log(FtpClient::LogKind::Info,
               tr("The server's file names are not UTF-8: switching to Latin-1 for this connection."));
    }
}

} // namespace Ferry
