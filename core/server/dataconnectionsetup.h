#pragma once

#include <QCoreApplication>
#include <QPointer>

namespace Ferry {

class ServerDataConnection;
class SessionContext;
struct FtpCommand;
struct HostPort;

// PORT, EPRT, PASV and EPSV of one session (RFC 959, RFC 2428): each prepares the data connection the
// next transfer command uses, replacing one prepared before. Active connections go only to the client's
// own address and never to a privileged port (RFC 2577: no bounce attacks); passive ones accept only the
// client's address. "EPSV ALL" locks the session to EPSV. The PASV reply has exactly NetX Duo's format.
class DataConnectionSetup final
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::DataConnectionSetup)
    Q_DISABLE_COPY_MOVE(DataConnectionSetup)

public:
    explicit DataConnectionSetup(SessionContext& context);
    ~DataConnectionSetup();

    void port(const FtpCommand& command);
    void eprt(const FtpCommand& command);
    void pasv(const FtpCommand& command);
    void epsv(const FtpCommand& command);

    // The data connection prepared for the next transfer (or serving the current one); nullptr if none.
    ServerDataConnection* current() const { return m_data; }
    // Closes and forgets the data connection.
    void discard();

private:
    ServerDataConnection* create();
    bool isAllowedActiveTarget(const HostPort& target);
    bool refusedByEpsvAll();

    SessionContext& m_context;
    QPointer<ServerDataConnection> m_data;
};

} // namespace Ferry
