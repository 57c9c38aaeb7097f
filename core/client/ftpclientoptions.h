#pragma once

#include "net/tlssettings.h"

#include <QString>
#include <QtGlobal>

namespace Ferry {

// How data connections are opened. Auto tries passive first (EPSV/PASV) and falls back to active
// (EPRT/PORT) when the server refuses passive mode or its data port cannot be reached.
enum class DataConnectionMode
{
    Auto,
    Passive,
    Active
};

struct FtpLogin
{
    QString host; // name, IPv4 or IPv6 literal (without brackets)
    quint16 port = 21;
    QString user;     // empty means anonymous
    QString password; // for anonymous, an e-mail address is sent when empty

    bool isAnonymous() const { return user.isEmpty() || user == QLatin1String("anonymous"); }
};

struct FtpClientOptions
{
    DataConnectionMode dataMode = DataConnectionMode::Auto;
    int connectTimeoutMs = 15000;     // TCP connect + greeting
    int replyTimeoutMs = 30000;       // waiting for a reply to a command
    int dataTimeoutMs = 30000;        // a data connection that moves no byte for this long fails
    int keepAliveIntervalMs = 150000; // NOOP while idle; board servers drop idle sessions after 180 s
    qint64 chunkSize = 256 * 1024;    // bytes read or written per step of a transfer

    TlsSettings tls; // FTPS: mode, trusted certificates
};

} // namespace Ferry
