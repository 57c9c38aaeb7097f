#pragma once

#include "net/tlssettings.h"

#include <QString>
#include <QtGlobal>
#include <optional>

namespace Ferry {

// An ftp:// URL as the command line takes it (RFC 1738 section 3.2, with the usual liberties):
//
//   ftp://[USER[:PASSWORD]@]HOST[:PORT][/PATH]
//
// The scheme chooses the encryption (RFC 4217, as FileZilla and curl read them): ftp:// is TLS if the
// server offers it, ftpes:// requires explicit TLS (AUTH TLS), ftps:// is implicit TLS.
// HOST is a name, an IPv4 address or an IPv6 address in brackets ([::1]). PORT defaults to 21 (990 for
// ftps://). USER and
// PASSWORD and every character of PATH may be percent-encoded (a%20b.txt, %C3%A9 for "é"); unencoded
// spaces and non-ASCII characters are taken as they are, '?' and '#' are part of the name.
//
// As in RFC 1738 (and curl), PATH is relative to the directory the server puts the user in after login:
// ftp://host/dir/file is "dir/file" there. An absolute path starts with an encoded slash or a double
// slash: ftp://host/%2Fetc/motd or ftp://host//etc/motd both mean "/etc/motd".
struct FtpUrl
{
    QString host; // name, IPv4 or IPv6 literal (without brackets); IDN names in ASCII (punycode)
    quint16 port = 21;
    bool hasPort = false;            // the URL names the port (else `port` is the scheme's default)
    TlsMode tlsMode = TlsMode::Auto; // ftp: Auto, ftpes: Explicit, ftps: Implicit
    QString user;                    // decoded; empty when the URL names none
    QString password;                // decoded
    bool hasPassword = false;
    // The decoded path to send to the server, without trailing slashes: "" (the login directory),
    // "dir/file", "/etc/motd" or "/" (the root).
    QString path;
    // The URL's path was empty or ended with '/': it names a directory.
    bool isDirectory = false;
    // The URL for messages: password removed.
    QString displayString;
};

// True when `text` starts with an FTP scheme (ftp://, ftpes://, ftps://, any case): what a command line
// takes for a URL rather than a local path.
bool isFtpUrl(const QString& text);

// Parses `text`; on failure returns nothing and, if `errorString` is given, sets it to a message for the
// user (e.g. "Not an FTP URL: ...").
std::optional<FtpUrl> parseFtpUrl(const QString& text, QString* errorString = nullptr);

// Paths as FtpUrl::path holds them are handled with RemotePath (protocol/remotepath.h).

} // namespace Ferry
