#pragma once

#include <QCoreApplication>

namespace Ferry {

class SessionContext;
struct FtpCommand;

// FTPS commands of one session (RFC 4217, RFC 2228): AUTH TLS (also TLS-C, and the historical SSL and
// TLS-P, which protect data connections too) switches the control connection to TLS; PBSZ (always 0
// for TLS) and PROT C/P choose whether data connections are clear or TLS; PROT S and E are refused with
// 536. An implicit-TLS connection starts TLS before its greeting, data protected. Registered only when
// the server's TLS policy is not Off (otherwise AUTH gets 502, as from a board).
class TlsCommands final
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::TlsCommands)
    Q_DISABLE_COPY_MOVE(TlsCommands)

public:
    explicit TlsCommands(SessionContext& context);

    void auth(const FtpCommand& command);
    void pbsz(const FtpCommand& command);
    void prot(const FtpCommand& command);

    // Implicit FTPS: TLS from connect, before the greeting. False (logged) if TLS cannot start.
    bool startImplicit();

private:
    bool startTls(QString* error);

    SessionContext& m_context;
};

} // namespace Ferry
