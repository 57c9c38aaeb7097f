#pragma once

#include "client/ftpclientoptions.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Ferry {

// A saved connection of the site manager, stored in sites.ini (QStandardPaths config folder). The
// password is never written there unless plainTextPassword is set ("not recommended"); with
// rememberPassword it goes to the system keychain (PasswordStore), otherwise Ferry asks when connecting.
struct Site
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::Site)

public:
    QString id;     // stable key (also the keychain entry's)
    QString folder; // "Boards/Lab", "" for the top level
    QString name;
    QString host;
    quint16 port = 21;
    // FTPS: TLS if available (the default), explicit TLS required, implicit TLS, or clear text only.
    TlsMode tlsMode = TlsMode::Auto;
    QString user;
    QString password;               // in memory only, except with plainTextPassword
    bool rememberPassword = false;  // in the system keychain
    bool plainTextPassword = false; // in sites.ini, readable by anyone who can read the file
    DataConnectionMode dataMode = DataConnectionMode::Auto;
    int maxConnections = 2; // transfer connections (the browsing connection comes on top)
    QString localFolder;
    QString remoteFolder;
    int connectTimeoutSeconds = 15;
    int replyTimeoutSeconds = 30;
    int keepAliveSeconds = 150;
    // How the site asks for TLS, as ftpEncryptionKey() names it ("explicit-if-available", "explicit",
    // "implicit", "none"; empty: not set). Sites imported from FileZilla keep their mode here.
    QString encryption;
    QString comments;

    // "Board (NetX Duo / small embedded server)": one transfer connection, passive mode, and timeouts
    // that suit a server with four sessions on one thread (see shared/docs/board-servers.md).
    void applyBoardPreset();
    bool isBoardPreset() const;

    FtpLogin login() const;
    FtpClientOptions options() const;
    QString displayName() const { return name.isEmpty() ? host : name; }
    // "folder/name"
    QString fullName() const;

    static Site create(const QString& folder = QString());
    // Every saved site, and the folders (including empty ones).
    static QList<Site> loadAll(QStringList* folders = nullptr);
    static void saveAll(const QList<Site>& sites, const QStringList& folders);
    static QString keychainKey(const QString& id) { return QStringLiteral("site/") + id; }
    // How a mode is written in sites.ini and ferry.ini ("auto", "explicit", "implicit", "off"); unknown
    // words read as Auto.
    static QString tlsModeKey(TlsMode mode);
    static TlsMode tlsModeFromKey(const QString& key);
};

} // namespace Ferry
