#include "testftpserver.h"

#include "peerprocess.h"
#include "testfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QProcess>
#include <QTcpServer>
#include <atomic>

namespace Ferry::Test {

namespace {

constexpr int passiveRangeFirst = 61000;
constexpr int passiveRangeSize = 64;
constexpr int passiveRangeCount = (65535 - passiveRangeFirst + 1) / passiveRangeSize;

bool environmentFlag(const char* name, bool* isSet)
{
    const QByteArray value = qgetenv(name).trimmed().toLower();
    *isSet = !value.isEmpty();
    return value == "1" || value == "true" || value == "yes" || value == "on";
}

} // namespace

TestFtpServer::TestFtpServer(const QString& workDirPrefix, const QString& user, const QString& password)
    : m_workDir(QDir(QDir::tempPath()).filePath(workDirPrefix + QStringLiteral("-XXXXXX"))), m_user(user),
      m_password(password), m_process(std::make_unique<PeerProcess>())
{
    bool isSet = false;
    if (environmentFlag("FERRY_KEEP_PEER_DIRS", &isSet)) {
        m_workDir.setAutoRemove(false);
    }
    if (m_workDir.isValid()) {
        m_rootPath = workFile(QStringLiteral("root"));
        QDir().mkpath(m_rootPath);
        m_process->setWorkingDirectory(m_workDir.path());
        m_process->setLogFiles(m_workDir.path(), QStringLiteral("peer"));
    }
}

TestFtpServer::~TestFtpServer()
{
    stop();
}

bool TestFtpServer::start(const QHostAddress& bindAddress)
{
    stop();
    m_errorString.clear();
    m_port = 0;
    m_startupMs = 0;
    m_address = bindAddress;

    if (const QString reason = checkEnvironment(); !reason.isEmpty()) {
        m_errorString =
            peersRequired()
                ? QStringLiteral("%1 cannot run here: %2 (not skipped: peers are required when CI "
                                 "or FERRY_REQUIRE_PEERS is set)")
                      .arg(name(), reason)
                : reason;
        return false;
    }
    if (!m_workDir.isValid()) {
        m_errorString = QStringLiteral("cannot create a temporary folder for %1: %2")
                            .arg(name(), m_workDir.errorString());
        return false;
    }
    if (!bindAddress.isLoopback()) {
        m_errorString =
            QStringLiteral("test peers only bind to loopback addresses, not %1").arg(bindAddress.toString());
        return false;
    }
    if (!fixPermissions()) {
        return false;
    }

    QElapsedTimer timer;
    timer.start();
    QString error;
    const quint16 port = launch(*m_process, bindAddress, &error);
    if (port == 0) {
        m_errorString =
            QStringLiteral("%1 did not start on %2: %3").arg(name(), bindAddress.toString(), error);
        m_process->stop();
        return false;
    }
    m_startupMs = timer.elapsed();
    m_port = port;
    return true;
}

void TestFtpServer::stop()
{
    m_process->stop();
}

bool TestFtpServer::isRunning() const
{
    return m_process->isRunning();
}

QHostAddress TestFtpServer::address() const
{
    return m_address;
}

QString TestFtpServer::host() const
{
    return m_address.toString();
}

quint16 TestFtpServer::port() const
{
    return m_port;
}

QString TestFtpServer::user() const
{
    return m_user;
}

QString TestFtpServer::password() const
{
    return m_password;
}

QUrl TestFtpServer::url(const QString& path) const
{
    QUrl url;
    url.setScheme(QStringLiteral("ftp"));
    url.setHost(host());
    url.setPort(m_port);
    url.setUserName(m_user);
    url.setPassword(m_password);
    url.setPath(path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path);
    return url;
}

QString TestFtpServer::rootPath() const
{
    return m_rootPath;
}

QString TestFtpServer::workPath() const
{
    return m_workDir.path();
}

bool TestFtpServer::fixPermissions()
{
    if (!runsAsOtherUser() || m_rootPath.isEmpty()) {
        return true;
    }
    QString error;
    if (!adoptPath(m_rootPath, &error)) {
        m_errorString = error;
        return false;
    }
    QDirIterator it(m_rootPath, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (!adoptPath(it.next(), &error)) {
            m_errorString = error;
            return false;
        }
    }
    return true;
}

bool TestFtpServer::addFile(const QString& relativePath, const QByteArray& contents)
{
    if (!createDirectories(QFileInfo(relativePath).path())) {
        return false;
    }
    const QString path = QDir(m_rootPath).filePath(relativePath);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size()) {
        m_errorString = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.close();
    return adoptPath(path, &m_errorString);
}

bool TestFtpServer::addPatternFile(const QString& relativePath, qint64 size, quint32 seed)
{
    if (!createDirectories(QFileInfo(relativePath).path())) {
        return false;
    }
    const QString path = QDir(m_rootPath).filePath(relativePath);
    if (!writePatternFile(path, size, seed)) {
        m_errorString = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return adoptPath(path, &m_errorString);
}

bool TestFtpServer::addDirectory(const QString& relativePath)
{
    return createDirectories(relativePath);
}

QString TestFtpServer::errorString() const
{
    return m_errorString;
}

QString TestFtpServer::skipReason() const
{
    return peersRequired() ? QString() : checkEnvironment();
}

qint64 TestFtpServer::processId() const
{
    return m_process->isRunning() ? m_process->processId() : 0;
}

QList<qint64> TestFtpServer::runningProcessIds() const
{
    return m_process->runningProcessIds();
}

qint64 TestFtpServer::startupMilliseconds() const
{
    return m_startupMs;
}

QString TestFtpServer::logTail(int maxLines) const
{
    return m_process->logTail(maxLines);
}

QString TestFtpServer::sourceDir()
{
    const QString fromEnvironment = qEnvironmentVariable("FERRY_SOURCE_DIR");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
#ifdef FERRY_TESTSUPPORT_SOURCE_DIR
    return QStringLiteral(FERRY_TESTSUPPORT_SOURCE_DIR);
#else
    return QString();
#endif
}

QString TestFtpServer::peerScript(const QString& fileName)
{
    return QDir(sourceDir()).filePath(QStringLiteral("tests/peers/") + fileName);
}

QString TestFtpServer::pythonInterpreter()
{
    return qEnvironmentVariable("FERRY_TEST_PYTHON", QStringLiteral("/usr/bin/python3"));
}

bool TestFtpServer::peersRequired()
{
    bool isSet = false;
    const bool required = environmentFlag("FERRY_REQUIRE_PEERS", &isSet);
    if (isSet) {
        return required;
    }
    return environmentFlag("CI", &isSet);
}

bool TestFtpServer::runsAsOtherUser() const
{
    return false;
}

bool TestFtpServer::adoptPath(const QString& path, QString* error)
{
    Q_UNUSED(path);
    Q_UNUSED(error);
    return true;
}

quint16 TestFtpServer::findFreePort(const QHostAddress& address)
{
    QTcpServer probe;
    if (!probe.listen(address, 0)) {
        return 0;
    }
    return probe.serverPort();
}

QPair<quint16, quint16> TestFtpServer::passivePortRange()
{
    // Spread test processes (pid) and the instances within one process (counter) over the blocks.
    static std::atomic<int> counter{0};
    const qint64 block = (QCoreApplication::applicationPid() * 7 + counter.fetch_add(1)) % passiveRangeCount;
    const auto first = static_cast<quint16>(passiveRangeFirst + block * passiveRangeSize);
    return {first, static_cast<quint16>(first + passiveRangeSize - 1)};
}

quint16 TestFtpServer::launchPythonPeer(PeerProcess& process, const QStringList& arguments, QString* error)
{
    process.setProgram(pythonInterpreter(), arguments);
    if (!process.startAndWaitForLine(QByteArrayLiteral("READY "))) {
        *error = process.errorString();
        return 0;
    }
    bool ok = false;
    const uint port = process.readyLine().mid(6).trimmed().toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        *error = QStringLiteral("bad readiness line \"%1\"").arg(QString::fromUtf8(process.readyLine()));
        return 0;
    }
    return static_cast<quint16>(port);
}

QString TestFtpServer::checkPythonPeer(const QString& script, const QString& requiredModule)
{
    const QString python = pythonInterpreter();
    if (!QFileInfo(python).isExecutable()) {
        return QStringLiteral("%1 is not installed (run scripts/setup-test-peers.sh)").arg(python);
    }
    if (!QFileInfo::exists(script)) {
        return QStringLiteral("%1 does not exist (is FERRY_SOURCE_DIR right?)").arg(script);
    }
    if (requiredModule.isEmpty()) {
        return QString();
    }
    static QMutex mutex;
    static QHash<QString, QString> checked; // "python|module" -> reason
    const QMutexLocker locker(&mutex);
    const QString key = python + QLatin1Char('|') + requiredModule;
    const auto known = checked.constFind(key);
    if (known != checked.cend()) {
        return *known;
    }
    QProcess probe;
    probe.setProcessChannelMode(QProcess::MergedChannels);
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import ") + requiredModule});
    QString reason;
    if (!probe.waitForFinished(PeerProcess::defaultTimeoutMs) || probe.exitStatus() != QProcess::NormalExit ||
        probe.exitCode() != 0) {
        reason = QStringLiteral("%1 cannot import %2 (run scripts/setup-test-peers.sh): %3")
                     .arg(python, requiredModule, QString::fromLocal8Bit(probe.readAll()).trimmed());
    }
    checked.insert(key, reason);
    return reason;
}

QString TestFtpServer::workFile(const QString& name) const
{
    return QDir(m_workDir.path()).filePath(name);
}

bool TestFtpServer::createDirectories(const QString& relativePath)
{
    QString path = m_rootPath;
    const QStringList parts = QDir::cleanPath(relativePath).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (part == QLatin1String(".")) {
            continue;
        }
        path = QDir(path).filePath(part);
        if (QFileInfo(path).isDir()) {
            continue;
        }
        if (!QDir().mkdir(path)) {
            m_errorString = QStringLiteral("cannot create the folder %1").arg(path);
            return false;
        }
        if (!adoptPath(path, &m_errorString)) {
            return false;
        }
    }
    return true;
}

} // namespace Ferry::Test
