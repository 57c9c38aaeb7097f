#pragma once

#include "client/dataoperation.h"
#include "protocol/remoteentry.h"

#include <QList>
#include <memory>

namespace Ferry {

class ListingParserStream;
class ListingSink;

// LIST, MLSD or NLST of one directory. The listing is parsed line by line as the data arrives (in the
// thread the client lives in), and the entries come out in pieces through entriesParsed() while the
// transfer runs; the whole listing is never held as bytes.
class ListOperation final : public DataOperation
{
    Q_OBJECT

public:
    enum class Kind
    {
        Auto,
        List,
        Mlsd,
        NameList
    };
    // Collect (the default): entries() holds every entry at the end. Stream: the entries are only handed
    // out through entriesParsed(), for callers that show or print them as they come (a listing of
    // 100,000 entries is then never held twice).
    enum class Delivery
    {
        Collect,
        Stream
    };

    ListOperation(FtpSession* session, const QString& path, Kind kind);
    ~ListOperation() override;

    // Set before the operation starts.
    void setDelivery(Delivery delivery) { m_delivery = delivery; }
    Delivery delivery() const { return m_delivery; }

    QString path() const { return m_path; }
    QList<RemoteEntry> entries() const { return m_entries; }
    // Entries parsed so far, whether collected or not.
    qint64 entryCount() const;
    // Lines that could not be parsed, as received (reported, never dropped silently); the first
    // MaxUnparsedLinesKept of them.
    QList<QByteArray> unparsedLines() const { return m_unparsed; }
    qint64 unparsedLineCount() const { return m_unparsedCount; }

    static constexpr qsizetype MaxUnparsedLinesKept = 1000;

Q_SIGNALS:
    // Entries parsed from the data received so far, in listing order, before finished(). Both deliveries
    // emit it; a listing that fails after some data may have emitted some entries.
    void entriesParsed(const QList<Ferry::RemoteEntry>& entries);

protected:
    void prepare() override;
    QByteArray transferCommand() const override;
    QString transferArgument() const override;
    QString failureText() const override;
    bool acceptsEmptyFailure(const FtpReply& reply) const override;
    void transferSucceeded() override;

private:
    friend class ListingSink;
    void receive(const char* data, qint64 size);
    void handOut();

    QString m_path;
    Kind m_kind;
    Delivery m_delivery = Delivery::Collect;
    std::unique_ptr<ListingSink> m_sink;
    std::unique_ptr<ListingParserStream> m_parser;
    QList<RemoteEntry> m_entries;
    QList<QByteArray> m_unparsed;
    qint64 m_unparsedCount = 0;
};

} // namespace Ferry
