#include "pyftpdlibserver.h"

#include "peerprocess.h"

namespace Ferry::Test {

PyftpdlibServer::PyftpdlibServer()
    : TestFtpServer(QStringLiteral("ferry-pyftpdlib"), QStringLiteral("ferry"), QStringLiteral("ferry-pw"))
{}

PyftpdlibServer::~PyftpdlibServer()
{
    stop();
}

QString PyftpdlibServer::name() const
{
    return QStringLiteral("pyftpdlib");
}

QString PyftpdlibServer::script()
{
    return peerScript(QStringLiteral("pyftpd_server.py"));
}

QString PyftpdlibServer::checkEnvironment() const
{
    if (!m_certificatePath.isEmpty()) {
        if (const QString reason = checkPythonPeer(script(), QStringLiteral("OpenSSL")); !reason.isEmpty())
            return reason;
    }
    return checkPythonPeer(script(), QStringLiteral("pyftpdlib"));
}

quint16 PyftpdlibServer::launch(PeerProcess& process, const QHostAddress& bindAddress, QString* error)
{
    const QPair<quint16, quint16> passive = passivePortRange();
    QStringList arguments = {script(),
                             QStringLiteral("--bind"),
                             bindAddress.toString(),
                             QStringLiteral("--port"),
                             QString::number(m_requestedPort),
                             QStringLiteral("--root"),
                             rootPath(),
                             QStringLiteral("--user"),
                             user(),
                             QStringLiteral("--password"),
                             password(),
                             QStringLiteral("--passive-ports"),
                             QStringLiteral("%1-%2").arg(passive.first).arg(passive.second)};
    if (!m_certificatePath.isEmpty())
        arguments << QStringLiteral("--tls-cert") << m_certificatePath << QStringLiteral("--tls-key")
                  << m_keyPath;
    return launchPythonPeer(process, arguments, error);
}

} // namespace Ferry::Test
