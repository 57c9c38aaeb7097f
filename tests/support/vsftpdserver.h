#pragma once

#include "testftpserver.h"

namespace Ferry::Test {

// vsftpd 3.0.x in the foreground with a config file of its own (workPath()/vsftpd.conf), listening on
// one loopback address (IPv4 with listen=YES, IPv6 with listen_ipv6=YES) and a free high port.
// Passive (PASV/EPSV) and active (PORT/EPRT) data connections both work.
//
// It logs in the system user "ferrytest" through the PAM service "ferry-vsftpd", both made by
// scripts/setup-test-peers.sh, and chroots it into rootPath(). That user, not the test, must own what it
// serves: start() hands rootPath() and everything in it to ferrytest, and tests that create files there
// afterwards call fixPermissions() (or use addFile()/addPatternFile()/addDirectory()). Uploads arrive
// owned by ferrytest with mode 0644. Needs root (skipReason() says so otherwise).
//
// Each connection is served by session processes that vsftpd forks into sessions of their own: they
// outlive the listener while their client stays connected, so stop() ends them too.
// Quirk for client tests: PASV on an IPv6 session answers "227 ... (0,0,0,0,p1,p2)"; EPSV works.
//
// Logs: workPath()/vsftpd.log (every command and reply), workPath()/xferlog, and
// workPath()/peer.stderr.log for fatal "500 OOPS: ..." messages (vsftpd writes those to fd 0, which
// the harness points there).
//
// FTPS (setTls() before start()): ssl_enable with vsftpd's defaults (TLS required for logins and data,
// session reuse required), explicit (AUTH TLS) or implicit_ssl; this vsftpd build has no settings for TLS
// versions, so TLS 1.2 or 1.3 is forced through an OpenSSL configuration file (OPENSSL_CONF).
class VsftpdServer final : public TestFtpServer
{
public:
    enum class Tls
    {
        Off,
        Explicit,
        Implicit
    };
    enum class TlsVersion
    {
        Any,
        Tls12Only,
        Tls13Only
    };
    struct TlsConfig
    {
        Tls mode = Tls::Off;
        QString certificatePath;  // PEM
        QString keyPath;          // PEM
        bool requireReuse = true; // require_ssl_reuse (vsftpd's default)
        TlsVersion version = TlsVersion::Any;
    };

    VsftpdServer();
    ~VsftpdServer() override;

    void setTls(const TlsConfig& config) { m_tls = config; }
    TlsConfig tls() const { return m_tls; }

    QString name() const override;

    // The system user, its password and the PAM service from scripts/setup-test-peers.sh.
    static QString systemUser();
    static QString systemPassword();
    static QString pamService();
    // The vsftpd binary found on this machine, or empty.
    static QString program();

protected:
    QString checkEnvironment() const override;
    quint16 launch(PeerProcess& process, const QHostAddress& bindAddress, QString* error) override;
    bool runsAsOtherUser() const override;
    bool adoptPath(const QString& path, QString* error) override;

private:
    bool prepareFolders(QString* error);
    bool writeConfig(const QHostAddress& bindAddress, quint16 port, QString* error);
    bool lookUpUser(QString* error);
    QStringList tlsLines() const;
    bool writeOpensslConfig(QString* path, QString* error);

    uint m_uid = 0;
    uint m_gid = 0;
    bool m_userKnown = false;
    TlsConfig m_tls;
};

} // namespace Ferry::Test
