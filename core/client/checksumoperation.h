#pragma once

#include "client/ftpoperation.h"
#include "protocol/checksumreply.h"

#include <optional>

namespace Ferry {

class ServerCapabilities;

// The best checksum method the server offers (per FEAT), or nullopt. HASH is preferred; its currently
// selected algorithm is kept when Ferry can compute it, else the strongest listed one is selected.
std::optional<ChecksumMethod> chooseChecksumMethod(const ServerCapabilities& capabilities);

// The server's checksum of a stored file with a method from chooseChecksumMethod(): "OPTS HASH <name>"
// first when the method says so, then HASH (or XSHA256, XSHA1, XMD5, XCRC) of the path.
class ChecksumOperation final : public FtpOperation
{
    Q_OBJECT

public:
    enum class Step
    {
        Select,   // OPTS HASH
        Checksum, // the checksum command
    };

    ChecksumOperation(FtpSession* session, const QString& path, const ChecksumMethod& method);

    const ChecksumMethod& method() const { return m_method; }
    // Lower-case hex, once succeeded.
    QByteArray checksum() const { return m_checksum; }
    // The step that ran last: after a failure, the one that failed.
    Step step() const { return m_step; }
    // The command line of the step that ran last (for messages), e.g. "OPTS HASH SHA-256" or "XMD5".
    QByteArray stepCommand() const;

protected:
    void start() override;
    void handleReply(const FtpReply& reply) override;

private:
    QString m_path;
    ChecksumMethod m_method;
    Step m_step = Step::Select;
    QByteArray m_checksum;
};

} // namespace Ferry
