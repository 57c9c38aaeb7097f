#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace Ferry {

class TlsCredentials;

// How an FtpServer listens and what it allows. The defaults suit a desktop sharing a folder on a LAN.
struct ServerOptions
{
    quint16 port = 2121; // 0: a free port chosen by the system (see FtpServer::port())
    // Empty: 0.0.0.0 and :: (IPv4 and IPv6; a missing IPv6 stack is tolerated). Otherwise every address
    // listed must be bound.
    QList<QHostAddress> bindAddresses;

    // Passive data ports are picked at random in this range (RFC 2577). Both 0: chosen by the system.
    quint16 passivePortMin = 50000;
    quint16 passivePortMax = 50999;
    // The IPv4 address announced in 227 replies (behind NAT). Null: the control connection's local address.
    QHostAddress passiveAddress;

    int maxSessions = 32;             // in total; more connections get 421 and are closed
    int maxSessionsPerAddress = 8;    // from one client address
    int loginTimeoutMs = 60000;       // from connect to a successful PASS (421, then closed)
    int idleTimeoutMs = 300000;       // no command and no data moving (421, then closed)
    int dataConnectTimeoutMs = 30000; // waiting for the passive connection or connecting an active one (425)
    int dataIdleTimeoutMs = 120000;   // a data connection that moves nothing for this long (426)
    int maxCommandLength = 512;       // bytes per command line, CRLF excluded; longer lines get 500
    int maxLoginFailures = 3;         // wrong passwords before the connection is closed
    // Failed logins are also counted per client address, across its connections (RFC 2577 section 5;
    // see LoginGuard): the 530 for a wrong password comes after failedLoginDelayMs, doubled for each
    // earlier failure from the same address within loginFailureWindowMs, up to maxFailedLoginDelayMs;
    // banAfterFailures failures within the window ban the address for banMs (its connections are refused
    // with 421, its passwords no longer checked). A successful login clears the address's count.
    int failedLoginDelayMs = 1000;
    int maxFailedLoginDelayMs = 8000;
    int banAfterFailures = 10; // 0: never ban
    int loginFailureWindowMs = 10 * 60 * 1000;
    int banMs = 15 * 60 * 1000;
    qint64 chunkSize = 256 * 1024; // bytes read or written per step of a transfer
    // NetX Duo clients cannot take an NLST that succeeds with no names: for an empty listing the server
    // must open the data connection, answer 550 without a 1xx, and close it. Other clients expect RFC 959
    // (150, no data, 226). Auto: the RFC way once the session sent a command NetX clients never send
    // (FEAT, PWD, LIST, SIZE, REST, ABOR, MLSD, MLST, MDTM: curl, lftp, FileZilla, Ferry all do), the NetX
    // way before that.
    enum class EmptyNameList
    {
        Auto,
        Always550,
        Rfc
    };
    EmptyNameList emptyNameList = EmptyNameList::Auto;
    // FTPS (RFC 4217). Off: clear text only (AUTH is not implemented: 502). Optional: AUTH TLS, PBSZ and
    // PROT are offered and clear text still works (boards, anonymous users). Required: USER and PASS only
    // over TLS (534 otherwise), data connections only with PROT P (522). Optional and Required need
    // tlsCredentials.
    enum class TlsPolicy
    {
        Off,
        Optional,
        Required
    };
    TlsPolicy tlsPolicy = TlsPolicy::Off;
    std::shared_ptr<const TlsCredentials> tlsCredentials;
    // Data connections over TLS must resume the control connection's TLS session (vsftpd's
    // require_ssl_reuse): others are refused with 522.
    bool tlsRequireSessionReuse = false;
    // Implicit FTPS: a second port on every bind address where TLS starts at connect (0: any free port,
    // see FtpServer::implicitTlsPort()). Needs tlsPolicy other than Off.
    std::optional<quint16> implicitTlsPort;

    // Log every command and reply (PASS masked) in addition to sessions and transfers.
    bool logProtocol = false;
    QString greeting = QStringLiteral("Ferry FTP server ready.");
};

} // namespace Ferry
