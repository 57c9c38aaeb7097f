#pragma once

#include "testftpserver.h"

namespace Ferry::Test {

// The NetX Duo-like board FTP server tests/peers/board_server.py (see shared/docs/board-servers.md), run
// with pythonInterpreter() as
//   board_server.py --bind ADDR --port 0 --root DIR --user board --password netx
// and ready when it prints "READY <port>". It runs as the test's own user.
class BoardServer final : public TestFtpServer
{
public:
    // defects: board_server.py's opt-in defects of a real board to switch on, e.g. "--epsv-upload-bug"
    // (EPSV uploads stored empty or stalled) and "--busy-upload-loss" (uploads cut short while the board's
    // sessions are busy); see docs/board-servers.md.
    explicit BoardServer(const QStringList& defects = {});
    ~BoardServer() override;

    QString name() const override;

    static QString script();

protected:
    QString checkEnvironment() const override;
    quint16 launch(PeerProcess& process, const QHostAddress& bindAddress, QString* error) override;

private:
    QStringList m_defects;
};

} // namespace Ferry::Test
