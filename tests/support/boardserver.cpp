#include "boardserver.h"

#include "peerprocess.h"

namespace Ferry::Test {

BoardServer::BoardServer(const QStringList& defects)
    : TestFtpServer(QStringLiteral("ferry-board"), QStringLiteral("board"), QStringLiteral("netx")),
      m_defects(defects)
{}

BoardServer::~BoardServer()
{
    stop();
}

QString BoardServer::name() const
{
    return QStringLiteral("board");
}

QString BoardServer::script()
{
    return peerScript(QStringLiteral("board_server.py"));
}

QString BoardServer::checkEnvironment() const
{
    return checkPythonPeer(script());
}

quint16 BoardServer::launch(PeerProcess& process, const QHostAddress& bindAddress, QString* error)
{
    return launchPythonPeer(process,
                            QStringList{script(), QStringLiteral("--bind"), bindAddress.toString(),
                                        QStringLiteral("--port"), QStringLiteral("0"),
                                        QStringLiteral("--root"), rootPath(), QStringLiteral("--user"),
                                        user(), QStringLiteral("--password"), password()} +
                                m_defects,
                            error);
}

} // namespace Ferry::Test
