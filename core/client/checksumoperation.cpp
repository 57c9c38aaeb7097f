#include "client/checksumoperation.h"

#include "client/ftpsession.h"
#include "client/servercapabilities.h"

namespace Ferry {

std::optional<ChecksumMethod> chooseChecksumMethod(const ServerCapabilities& capabilities)
{
    if (capabilities.has("HASH") && !capabilities.isKnownUnsupported("HASH")) {
        const HashFeature hash = parseHashFeature(capabilities.parameters("HASH"));
        if (hash.selected)
            return ChecksumMethod{*hash.selected, "HASH", QByteArray()};
        for (ChecksumAlgorithm algorithm : checksumAlgorithmsByStrength()) {
            if (hash.offered.contains(algorithm))
                return ChecksumMethod{algorithm, "HASH",
                                      QByteArray("OPTS HASH ") + checksumAlgorithmName(algorithm)};
        }
        // HASH without a usable list: the draft's default is SHA-1.
        if (hash.offered.isEmpty())
            return ChecksumMethod{ChecksumAlgorithm::Sha1, "HASH", QByteArray()};
    }
    const std::pair<const char*, ChecksumAlgorithm> legacy[] = {
        {"XSHA256", ChecksumAlgorithm::Sha256},
        {"XSHA1", ChecksumAlgorithm::Sha1},
        {"XMD5", ChecksumAlgorithm::Md5},
        {"XCRC", ChecksumAlgorithm::Crc32},
    };
    for (const auto& [verb, algorithm] : legacy) {
        if (capabilities.has(verb) && !capabilities.isKnownUnsupported(verb))
            return ChecksumMethod{algorithm, verb, QByteArray()};
    }
    return std::nullopt;
}

ChecksumOperation::ChecksumOperation(FtpSession* session, const QString& path, const ChecksumMethod& method)
    : FtpOperation(session, QString::fromLatin1(method.verb) + QLatin1Char(' ') + path), m_path(path),
      m_method(method)
{}

QByteArray ChecksumOperation::stepCommand() const
{
    return m_step == Step::Select ? m_method.selectCommand : m_method.verb;
}

void ChecksumOperation::start()
{
    if (session()->state() != FtpClient::State::Connected) {
        finishError(Error::NotConnected, tr("Not connected."));
        return;
    }
    if (m_method.verb.isEmpty()) {
        finishError(Error::InvalidArgument, tr("No checksum method for %1.").arg(m_path));
        return;
    }
    if (!m_method.selectCommand.isEmpty()) {
        m_step = Step::Select;
        sendRaw(m_method.selectCommand);
        return;
    }
    m_step = Step::Checksum;
    sendCommand(m_method.verb, m_path);
}

void ChecksumOperation::handleReply(const FtpReply& reply)
{
    if (reply.isPreliminary())
        return;
    setReply(reply);
    if (m_step == Step::Select) {
        if (reply.isError()) {
            finishWithReply(tr("The server refused %1").arg(QString::fromLatin1(m_method.selectCommand)),
                            reply);
            return;
        }
        m_step = Step::Checksum;
        sendCommand(m_method.verb, m_path);
        return;
    }
    const QString what = tr("Could not get the %1 checksum of %2")
                             .arg(QString::fromLatin1(checksumAlgorithmName(m_method.algorithm)), m_path);
    if (reply.isError()) {
        if (reply.code == 500 || reply.code == 502)
            session()->capabilities.markUnsupported(m_method.verb);
        finishWithReply(what, reply);
        return;
    }
    const std::optional<QByteArray> checksum = parseChecksumReply(m_method, reply);
    if (!checksum) {
        finishError(Error::ProtocolError, tr("%1: unexpected answer %2").arg(what, reply.toString()));
        return;
    }
    m_checksum = *checksum;
    finishSuccess();
}

} // namespace Ferry
