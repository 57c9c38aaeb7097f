#include "syncpeers.h"

#include "boardserver.h"
#include "peerprocess.h"
#include "pyftpdlibserver.h"
#include "testfiles.h"
#include "vsftpdserver.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <ctime>

namespace Ferry::Test {

HashingPyftpdlibServer::HashingPyftpdlibServer()
    : TestFtpServer(QStringLiteral("ferry-hashftpd"), QStringLiteral("ferry"), QStringLiteral("ferry-pw"))
{}

HashingPyftpdlibServer::~HashingPyftpdlibServer()
{
    stop();
}

QString HashingPyftpdlibServer::name() const
{
    return QStringLiteral("pyftpdlib+hash");
}

static QString hashingScript()
{
    return TestFtpServer::sourceDir() + QStringLiteral("/tests/sync/hashing_ftpd.py");
}

QString HashingPyftpdlibServer::checkEnvironment() const
{
    return checkPythonPeer(hashingScript(), QStringLiteral("pyftpdlib"));
}

quint16 HashingPyftpdlibServer::launch(PeerProcess& process, const QHostAddress& bindAddress, QString* error)
{
    const QPair<quint16, quint16> passive = passivePortRange();
    return launchPythonPeer(process,
                            {hashingScript(), QStringLiteral("--bind"), bindAddress.toString(),
                             QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--root"),
                             rootPath(), QStringLiteral("--user"), user(), QStringLiteral("--password"),
                             password(), QStringLiteral("--passive-ports"),
                             QStringLiteral("%1-%2").arg(passive.first).arg(passive.second)},
                            error);
}

OtherZoneBoardServer::OtherZoneBoardServer(const QByteArray& timeZone)
    : TestFtpServer(QStringLiteral("ferry-board-tz"), QStringLiteral("board"), QStringLiteral("netx")),
      m_timeZone(timeZone)
{}

OtherZoneBoardServer::~OtherZoneBoardServer()
{
    stop();
}

QString OtherZoneBoardServer::name() const
{
    return QStringLiteral("board TZ=") + QString::fromLatin1(m_timeZone);
}

QString OtherZoneBoardServer::checkEnvironment() const
{
    return checkPythonPeer(BoardServer::script());
}

quint16 OtherZoneBoardServer::launch(PeerProcess& process, const QHostAddress& bindAddress, QString* error)
{
    // The child takes the environment as it is when it starts; this process's zone comes back at once.
    const QByteArray saved = qgetenv("TZ");
    const bool hadZone = qEnvironmentVariableIsSet("TZ");
    qputenv("TZ", m_timeZone);
    const quint16 port =
        launchPythonPeer(process,
                         {BoardServer::script(), QStringLiteral("--bind"), bindAddress.toString(),
                          QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--root"), rootPath(),
                          QStringLiteral("--user"), user(), QStringLiteral("--password"), password()},
                         error);
    if (hadZone)
        qputenv("TZ", saved);
    else
        qunsetenv("TZ");
    tzset();
    return port;
}

std::unique_ptr<TestFtpServer> makeSyncPeer(const QString& kind)
{
    if (kind == QLatin1String("vsftpd"))
        return std::make_unique<VsftpdServer>();
    if (kind == QLatin1String("board"))
        return std::make_unique<BoardServer>();
    if (kind == QLatin1String("hashing"))
        return std::make_unique<HashingPyftpdlibServer>();
    if (kind == QLatin1String("board-utc+3"))
        return std::make_unique<OtherZoneBoardServer>(QByteArrayLiteral("Etc/GMT-3"));
    return std::make_unique<PyftpdlibServer>();
}

TransferSite syncSite(const QString& id, const TestFtpServer& server)
{
    TransferSite site;
    site.id = id;
    site.name = id;
    site.login.host = server.host();
    site.login.port = server.port();
    site.login.user = server.user();
    site.login.password = server.password();
    site.options.connectTimeoutMs = 10000;
    site.options.replyTimeoutMs = 20000;
    site.options.dataTimeoutMs = 20000;
    return site;
}

TransferSettings fastTransferSettings()
{
    TransferSettings settings;
    settings.defaultExistsAction = FileExistsAction::Overwrite;
    settings.maxRetries = 3;
    settings.retryBaseDelayMs = 100;
    settings.retryMaxDelayMs = 1000;
    settings.progressIntervalMs = 100;
    settings.idleConnectionTimeoutMs = 5000;
    return settings;
}

QMap<QString, QString> syncTreeOf(const QString& root)
{
    QMap<QString, QString> tree;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    const QDir base(root);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.fileName().endsWith(QLatin1String(".ferry-part")))
            continue;
        tree.insert(base.relativeFilePath(info.filePath()),
                    info.isDir() ? QStringLiteral("dir") : sha256HexOfFile(info.filePath()));
    }
    return tree;
}

QString syncTreeDifference(const QMap<QString, QString>& expected, const QMap<QString, QString>& actual)
{
    QStringList lines;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()))
            lines << QStringLiteral("missing: ") + it.key();
        else if (actual.value(it.key()) != it.value())
            lines << QStringLiteral("differs: ") + it.key();
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!expected.contains(it.key()))
            lines << QStringLiteral("extra: ") + it.key();
    }
    return lines.mid(0, 30).join(QLatin1Char('\n'));
}

bool writeSyncFile(const QString& path, const QByteArray& data, const QDateTime& time)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return false;
    // Flushed first: data still buffered would be written on close, after the time was set.
    if (!file.flush())
        return false;
    if (time.isValid() && !file.setFileTime(time, QFileDevice::FileModificationTime))
        return false;
    return true;
}

bool waitOnSignal(QSignalSpy& spy, const std::function<bool()>& pred, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!pred()) {
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0)
            return false;
        spy.wait(int(qMin<qint64>(left, 2000)));
    }
    return true;
}

} // namespace Ferry::Test
