#include "client/transferoperation.h"

#include "client/ftpsession.h"

#include <QIODevice>
#include <QRegularExpression>

namespace Ferry {

TransferOperation::TransferOperation(FtpSession* session, Direction direction, const QString& remotePath,
                                     QIODevice* device, qint64 offset, qint64 expectedSize, bool append)
    : DataOperation(session, QString()), m_direction(direction), m_remotePath(remotePath),
      m_offset(qMax<qint64>(0, offset)), m_append(append)
{
    setDevice(device, direction == Direction::Upload);
    setDescription(QStringLiteral("%1 %2").arg(QString::fromLatin1(transferCommand()), remotePath));
    if (direction == Direction::Upload && device && !device->isSequential())
        setTotalBytes(device->size() - device->pos());
    else if (expectedSize >= 0)
        setTotalBytes(qMax<qint64>(0, expectedSize - m_offset));
}

QByteArray TransferOperation::transferCommand() const
{
    if (m_direction == Direction::Download)
        return "RETR";
    return m_append ? "APPE" : "STOR";
}

QString TransferOperation::transferArgument() const
{
    return m_remotePath;
}

QString TransferOperation::failureText() const
{
    return m_direction == Direction::Download ? tr("Server refused the download of %1").arg(m_remotePath)
                                              : tr("Server refused the upload of %1").arg(m_remotePath);
}

void TransferOperation::prepare()
{
    const ServerCapabilities& caps = session()->capabilities;
    if (m_direction == Direction::Download && totalBytes() < 0 && caps.supportsSize()) {
        m_prepareStep = PrepareStep::Size;
        sendCommand("SIZE", m_remotePath);
        return;
    }
    if (m_offset > 0 && !m_append) {
        m_prepareStep = PrepareStep::Rest;
        sendRaw("REST " + QByteArray::number(m_offset), QString());
        return;
    }
    openData();
}

void TransferOperation::handlePrepareReply(const FtpReply& reply)
{
    if (m_prepareStep == PrepareStep::Size) {
        bool ok = false;
        const qint64 size = reply.text().trimmed().toLongLong(&ok);
        if (reply.code == 213 && ok && size >= 0)
            setTotalBytes(qMax<qint64>(0, size - m_offset));
        else if (reply.code == 550) {
            // SIZE says the file is not there (or is a folder): RETR would fail the same way.
            setReply(reply);
            finishWithReply(failureText(), reply);
            return;
        }
        if (m_offset > 0) {
            m_prepareStep = PrepareStep::Rest;
            sendRaw("REST " + QByteArray::number(m_offset), QString());
            return;
        }
        m_prepareStep = PrepareStep::None;
        openData();
        return;
    }
    if (m_prepareStep == PrepareStep::Rest) {
        if (reply.code != 350) {
            if (reply.code == 500 || reply.code == 502)
                session()->capabilities.markUnsupported("REST");
            setReply(reply);
            finishWithReply(tr("The server cannot resume transfers (REST)"), reply);
            return;
        }
        m_prepareStep = PrepareStep::None;
        openData();
    }
}

void TransferOperation::transferPreliminary(const FtpReply& reply)
{
    // "150 Opening BINARY mode data connection for file.bin (1234 bytes)."
    if (m_direction != Direction::Download || totalBytes() >= 0)
        return;
    static const QRegularExpression bytesRe(QStringLiteral("\\((\\d+) bytes\\)"));
    const QRegularExpressionMatch match = bytesRe.match(reply.text());
    if (match.hasMatch())
        setTotalBytes(qMax<qint64>(0, match.captured(1).toLongLong() - m_offset));
}

void TransferOperation::transferSucceeded()
{
    // A data connection that closed early looks like the end of the file, and some servers still say 226.
    // When the size was announced (SIZE, or "(N bytes)" in the 150), a short download is a failure
    // worth retrying, not a success: the caller must not rename a partial file into place.
    if (m_direction == Direction::Download && totalBytes() >= 0 && bytesTransferred() < totalBytes()) {
        finishError(Error::ConnectionLost,
                    tr("The download of %1 ended after %2 of %3 bytes: the data connection closed early.")
                        .arg(m_remotePath)
                        .arg(bytesTransferred())
                        .arg(totalBytes()));
    }
}

} // namespace Ferry
