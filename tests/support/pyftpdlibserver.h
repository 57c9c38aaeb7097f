#pragma once

#include "testftpserver.h"

namespace Ferry::Test {

// pyftpdlib (Debian's python3-pyftpdlib, run with pythonInterpreter()) through
// tests/peers/pyftpd_server.py: one user "ferry" / "ferry-pw" with every permission, served folder
// rootPath(), IPv4 or IPv6 by the bind address, passive and active data connections. The port is picked
// by the script (port 0) and read from its "READY <port>" line.
//
// It runs as the test's own user, so files the test creates need no fixPermissions().
// Log (every session, login and transfer): workPath()/peer.stderr.log.
//
// FTPS with setTls(certificate, key) before start(): TLS_FTPHandler, TLS required on the control connection
// and on every data connection (needs python3-openssl).
class PyftpdlibServer final : public TestFtpServer
{
public:
    PyftpdlibServer();
    ~PyftpdlibServer() override;

    void setTls(const QString& certificatePath, const QString& keyPath)
    {
        m_certificatePath = certificatePath;
        m_keyPath = keyPath;
    }

    // The port start() listens on; 0 (the default) picks a free one. A test restarts a server where it was
    // (same host and port) with setPort(port()).
    void setPort(quint16 port) { m_requestedPort = port; }

    QString name() const override;

    static QString script();

protected:
    QString checkEnvironment() const override;
    quint16 launch(PeerProcess& process, const QHostAddress& bindAddress, QString* error) override;

private:
    QString m_certificatePath;
    QString m_keyPath;
    quint16 m_requestedPort = 0;
};

} // namespace Ferry::Test
