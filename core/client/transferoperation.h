#pragma once

#include "client/dataoperation.h"

namespace Ferry {

// RETR, STOR or APPE of one file, streamed between the data connection and a QIODevice in chunks.
class TransferOperation final : public DataOperation
{
    Q_OBJECT

public:
    enum class Direction
    {
        Download,
        Upload
    };

    TransferOperation(FtpSession* session, Direction direction, const QString& remotePath, QIODevice* device,
                      qint64 offset, qint64 expectedSize, bool append);

    Direction direction() const { return m_direction; }
    QString remotePath() const { return m_remotePath; }
    qint64 offset() const { return m_offset; }
    // Bytes moved by this operation (not counting the offset).
    qint64 bytesTransferred() const { return transferredBytes(); }

protected:
    void prepare() override;
    QByteArray transferCommand() const override;
    QString transferArgument() const override;
    QString failureText() const override;
    void handlePrepareReply(const FtpReply& reply) override;
    void transferPreliminary(const FtpReply& reply) override;
    void transferSucceeded() override;

private:
    enum class PrepareStep
    {
        None,
        Size,
        Rest
    };

    Direction m_direction;
    QString m_remotePath;
    qint64 m_offset;
    bool m_append;
    PrepareStep m_prepareStep = PrepareStep::None;
};

} // namespace Ferry
