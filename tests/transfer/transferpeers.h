#pragma once

#include "testftpserver.h"

namespace Ferry::Test {

// The board server (tests/peers/board_server.py) with its EPSV upload defect switched on
// (--epsv-upload-bug): an upload whose data connection came from EPSV is read and dropped, and the
// server still answers 250, as a NetX Duo board may. BoardServer itself starts without the flag.
class EpsvBugBoardServer final : public TestFtpServer
{
public:
    EpsvBugBoardServer();
    ~EpsvBugBoardServer() override;

    QString name() const override;

protected:
    QString checkEnvironment() const override;
    quint16 launch(PeerProcess& process, const QHostAddress& bindAddress, QString* error) override;
};

} // namespace Ferry::Test
