#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>

namespace Ferry::Test {

class PeerProcess;

// A real third-party FTP server for one test, on a loopback address and a high port.
//
//   VsftpdServer server;
//   FERRY_START_PEER(server, QHostAddress(QHostAddress::LocalHost)); // QSKIP if it cannot run here
//   ... put files under server.rootPath(), call server.fixPermissions() ...
//   ... connect Ferry's client to server.host() / server.port() as server.user() / server.password() ...
//
// Each instance owns a QTemporaryDir (workPath()) with the peer's config, logs and the served folder
// rootPath(). Files the test puts into rootPath() are visible to the client and uploads land there.
// Peers that log in as a system user (vsftpd: "ferrytest") can only use files that user owns: call
// fixPermissions() after creating files or folders in rootPath() yourself, or create them with addFile(),
// addPatternFile() and addDirectory(), which do it for you. start() fixes the permissions of whatever is
// already there. For peers that run as the test's own user fixPermissions() does nothing.
//
// skipReason() is non-empty when the peer cannot run on this machine (not root, program or test user
// missing: run scripts/setup-test-peers.sh). Where peers are required (environment FERRY_REQUIRE_PEERS=1,
// or CI=true unless FERRY_REQUIRE_PEERS=0) skipReason() stays empty and start() fails with that reason,
// so CI never skips a peer silently.
//
// FERRY_KEEP_PEER_DIRS=1 keeps the temporary folders (and their logs) after the test.
//
// Only loopback addresses are accepted. The destructor stops the peer.
class TestFtpServer
{
    Q_DISABLE_COPY_MOVE(TestFtpServer)

public:
    virtual ~TestFtpServer();

    // Starts the peer on bindAddress (127.0.0.1, ::1, 127.0.0.2, ...) and waits until it accepts logins.
    bool start(const QHostAddress& bindAddress = QHostAddress(QHostAddress::LocalHost));
    // Stops the peer and every session process it forked; waits for them. Safe to call twice.
    void stop();
    bool isRunning() const;

    // "vsftpd", "pyftpdlib", "board".
    virtual QString name() const = 0;

    QHostAddress address() const;
    // The address as a URL host without brackets: "127.0.0.1" or "::1" (QUrl::setHost() form).
    QString host() const;
    // The port of the last successful start() (still set after stop(), 0 before).
    quint16 port() const;
    QString user() const;
    QString password() const;
    // ftp://user:password@host:port/path (path relative to the served root).
    QUrl url(const QString& path = QString()) const;

    // The local folder the peer serves as "/".
    QString rootPath() const;
    // The instance's temporary folder (config, logs, rootPath()).
    QString workPath() const;

    // Hands everything under rootPath() to the user the peer runs its sessions as (false and
    // errorString() if that fails).
    bool fixPermissions();
    // Create a file or folder (and missing parent folders) under rootPath(), with the right owner.
    bool addFile(const QString& relativePath, const QByteArray& contents);
    bool addPatternFile(const QString& relativePath, qint64 size, quint32 seed);
    bool addDirectory(const QString& relativePath);

    QString errorString() const;
    QString skipReason() const;

    // The listener's process id while running, else 0.
    qint64 processId() const;
    // Live processes of this peer (listener and forked sessions); empty after stop(). Linux only.
    QList<qint64> runningProcessIds() const;
    // Wall time of the last successful start(), until the peer accepted connections.
    qint64 startupMilliseconds() const;
    // The last lines of the peer's logs, for failure messages.
    QString logTail(int maxLines = 15) const;

    // Ferry's source folder: $FERRY_SOURCE_DIR (set by ferry_add_test), else the one built from.
    static QString sourceDir();
    // tests/peers/<fileName> in the source folder.
    static QString peerScript(const QString& fileName);
    // $FERRY_TEST_PYTHON, else /usr/bin/python3 (Debian's python3-pyftpdlib is installed for that one,
    // not for a pyenv python3 that may come first on PATH).
    static QString pythonInterpreter();
    // True when skips are not allowed: FERRY_REQUIRE_PEERS=1, or CI=true/1 and FERRY_REQUIRE_PEERS unset.
    static bool peersRequired();

protected:
    TestFtpServer(const QString& workDirPrefix, const QString& user, const QString& password);

    // Why the peer cannot run here, or empty.
    virtual QString checkEnvironment() const = 0;
    // Starts the peer with process, waits until it is ready and returns its port; 0 with *error on failure.
    virtual quint16 launch(PeerProcess& process, const QHostAddress& bindAddress, QString* error) = 0;
    // Whether the peer's sessions run as another user than the test (then adoptPath() is called).
    virtual bool runsAsOtherUser() const;
    // Gives one path to the peer's session user. The default does nothing.
    virtual bool adoptPath(const QString& path, QString* error);

    // A port that was free on address a moment ago (0 if none): the peer may still lose a race for it.
    static quint16 findFreePort(const QHostAddress& address);
    // A range of 64 ports for passive data connections, above Linux's ephemeral range (32768-60999).
    // Ranges of instances may overlap; the peers try another port of the range when one is taken.
    static QPair<quint16, quint16> passivePortRange();
    // Runs pythonInterpreter() with arguments (a script and its options), waits for its "READY <port>"
    // line and returns the port; 0 with *error on failure.
    static quint16 launchPythonPeer(PeerProcess& process, const QStringList& arguments, QString* error);
    // Why script cannot run with pythonInterpreter() (missing interpreter, script or module), or empty.
    // The module check runs the interpreter once per module and process.
    static QString checkPythonPeer(const QString& script, const QString& requiredModule = QString());
    // The path of "name" in workPath().
    QString workFile(const QString& name) const;

private:
    // Creates the folder relativePath under rootPath() and its missing parents, adopting each new one.
    bool createDirectories(const QString& relativePath);

    QTemporaryDir m_workDir;
    QString m_rootPath;
    QString m_user;
    QString m_password;
    QHostAddress m_address;
    quint16 m_port = 0;
    qint64 m_startupMs = 0;
    QString m_errorString;
    std::unique_ptr<PeerProcess> m_process;
};

} // namespace Ferry::Test

// In a test function: QSKIP when the peer cannot run here, QVERIFY that it starts.
#define FERRY_START_PEER(server, bindAddress)                                                                \
    do {                                                                                                     \
        if (const QString ferrySkipReason = (server).skipReason(); !ferrySkipReason.isEmpty())               \
            QSKIP(qPrintable(ferrySkipReason));                                                              \
        QVERIFY2((server).start(bindAddress), qPrintable((server).errorString()));                           \
    } while (false)
