#include "transferpeers.h"

#include "boardserver.h"

namespace Ferry::Test {

EpsvBugBoardServer::EpsvBugBoardServer()
    : TestFtpServer(QStringLiteral("ferry-board-epsvbug"), QStringLiteral("board"), QStringLiteral("netx"))
{}

EpsvBugBoardServer::~EpsvBugBoardServer()
{
    stop();
}

QString EpsvBugBoardServer::name() const
{
    return QStringLiteral("board-epsv-bug");
}

QString EpsvBugBoardServer::checkEnvironment() const
{
    return checkPythonPeer(BoardServer::script());
}

quint16 EpsvBugBoardServer::launch(PeerProcess& process, const QHostAddress& bindAddress, QString* error)
{
    return launchPythonPeer(process,
                            {BoardServer::script(), QStringLiteral("--bind"), bindAddress.toString(),
                             QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--root"),
                             rootPath(), QStringLiteral("--user"), user(), QStringLiteral("--password"),
                             password(), QStringLiteral("--epsv-upload-bug")},
                            error);
}

} // namespace Ferry::Test
