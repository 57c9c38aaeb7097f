#pragma once

#include "client/ftpoperation.h"
#include "protocol/remoteentry.h"

namespace Ferry {

// MLST of one path (RFC 3659 section 7): the facts of a file or folder (type, size, modify, unique, ...)
// without a data connection. Finishes with ServerRefused at once when the server does not offer MLST.
class StatOperation final : public FtpOperation
{
    Q_OBJECT

public:
    StatOperation(FtpSession* session, const QString& path);

    QString path() const { return m_path; }
    // The facts, once succeeded: entry().size, entry().type, entry().facts ("unique", ...).
    const RemoteEntry& entry() const { return m_entry; }

protected:
    void start() override;
    void handleReply(const FtpReply& reply) override;

private:
    QString failureText() const;

    QString m_path;
    RemoteEntry m_entry;
};

} // namespace Ferry
