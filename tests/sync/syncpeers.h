#pragma once

#include "testftpserver.h"
#include "transfer/transfertypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QSignalSpy>
#include <QString>
#include <functional>
#include <memory>

namespace Ferry::Test {

// pyftpdlib with HASH (SHA-256) and XMD5 (tests/sync/hashing_ftpd.py), for the checksum criterion.
class HashingPyftpdlibServer final : public TestFtpServer
{
public:
    HashingPyftpdlibServer();
    ~HashingPyftpdlibServer() override;
    QString name() const override;

protected:
    QString checkEnvironment() const override;
    quint16 launch(PeerProcess& process, const QHostAddress& bindAddress, QString* error) override;
};

// The board server (tests/peers/board_server.py) running in another time zone (TZ), so that its LIST
// times are off from this computer's by the zones' difference: the offset Ferry learns from an upload.
class OtherZoneBoardServer final : public TestFtpServer
{
public:
    explicit OtherZoneBoardServer(const QByteArray& timeZone);
    ~OtherZoneBoardServer() override;
    QString name() const override;

protected:
    QString checkEnvironment() const override;
    quint16 launch(PeerProcess& process, const QHostAddress& bindAddress, QString* error) override;

private:
    QByteArray m_timeZone;
};

// "pyftpdlib", "vsftpd", "board", "hashing", "board-utc+3" (three hours ahead): a server of that kind.
std::unique_ptr<TestFtpServer> makeSyncPeer(const QString& kind);

// The transfer queue's site for a server.
TransferSite syncSite(const QString& id, const TestFtpServer& server);
// Queue settings that retry fast and overwrite.
TransferSettings fastTransferSettings();

// Relative path -> "dir" or the file's SHA-256 hex, for everything under root.
QMap<QString, QString> syncTreeOf(const QString& root);
// What differs between two such trees, one line each (empty when they are equal).
QString syncTreeDifference(const QMap<QString, QString>& expected, const QMap<QString, QString>& actual);
// Writes data (creating folders) and sets the modification time when valid.
bool writeSyncFile(const QString& path, const QByteArray& data, const QDateTime& time = QDateTime());

// Waits on spy's signal until pred() holds (checked first, then after each signal); false on timeout.
bool waitOnSignal(QSignalSpy& spy, const std::function<bool()>& pred, int timeoutMs);

} // namespace Ferry::Test
