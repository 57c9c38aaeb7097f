#pragma once

#include "client/dataoperation.h"
#include "protocol/remoteentry.h"

#include <QBuffer>
#include <QList>

namespace Ferry {

// LIST, MLSD or NLST of one directory; the data arrives in memory and is parsed when complete.
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

    ListOperation(FtpSession* session, const QString& path, Kind kind);

    QString path() const { return m_path; }
    QList<RemoteEntry> entries() const { return m_entries; }
    // Lines that could not be parsed, as received (reported, never dropped silently).
    QList<QByteArray> unparsedLines() const { return m_unparsed; }
    QByteArray rawListing() const { return m_buffer.data(); }

protected:
    void prepare() override;
    QByteArray transferCommand() const override;
    QString transferArgument() const override;
    QString failureText() const override;
    bool acceptsEmptyFailure(const FtpReply& reply) const override;
    void transferSucceeded() override;

private:
    QString m_path;
    Kind m_kind;
    QBuffer m_buffer;
    QList<RemoteEntry> m_entries;
    QList<QByteArray> m_unparsed;
};

} // namespace Ferry
