#include "peerprocess.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace Ferry::Test {

namespace {

// Pause between connection attempts while a peer that prints nothing (vsftpd) is starting.
constexpr int greetingRetryIntervalMs = 5;
// Only the end of a log file is read for a failure message.
constexpr qint64 logTailBytes = 16 * 1024;

QString tailOfFile(const QString& path, int maxLines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return QString();
    }
    if (file.size() > logTailBytes) {
        file.seek(file.size() - logTailBytes);
    }
    const QString text = QString::fromUtf8(file.readAll()).trimmed();
    if (text.isEmpty()) {
        return QString();
    }
    QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.size() > maxLines) {
        lines = lines.mid(lines.size() - maxLines);
    }
    return QStringLiteral("--- %1 (last lines) ---\n%2\n").arg(path, lines.join(QLatin1Char('\n')));
}

void appendToFile(const QString& path, const QByteArray& data)
{
    if (path.isEmpty() || data.isEmpty()) {
        return;
    }
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        file.write(data);
    }
}

void signalProcess(qint64 pid, [[maybe_unused]] bool force)
{
#ifdef Q_OS_UNIX
    if (pid > 0) {
        ::kill(static_cast<pid_t>(pid), force ? SIGKILL : SIGTERM);
    }
#else
    Q_UNUSED(pid);
#endif
}

} // namespace

PeerProcess::PeerProcess(QObject* parent) : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &PeerProcess::onReadyReadStandardOutput);
}

PeerProcess::~PeerProcess()
{
    stop();
}

void PeerProcess::setProgram(const QString& program, const QStringList& arguments)
{
    m_program = program;
    m_arguments = arguments;
}

void PeerProcess::setWorkingDirectory(const QString& path)
{
    m_process.setWorkingDirectory(path);
}

void PeerProcess::setLogFiles(const QString& directory, const QString& baseName)
{
    m_stdoutLogPath = QDir(directory).filePath(baseName + QStringLiteral(".stdout.log"));
    m_stderrLogPath = QDir(directory).filePath(baseName + QStringLiteral(".stderr.log"));
}

void PeerProcess::addExtraLogFile(const QString& path)
{
    if (!m_extraLogPaths.contains(path)) {
        m_extraLogPaths.append(path);
    }
}

void PeerProcess::setStandardInputToErrorLog(bool enabled)
{
    m_standardInputToErrorLog = enabled;
}

bool PeerProcess::startProcess(bool readStdout)
{
    m_errorString.clear();
    if (m_process.state() != QProcess::NotRunning) {
        fail(QStringLiteral("%1 is already running").arg(m_program));
        return false;
    }
    if (m_program.isEmpty()) {
        fail(QStringLiteral("no program set"));
        return false;
    }
    m_process.setProgram(m_program);
    m_process.setArguments(m_arguments);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = m_environment.cbegin(); it != m_environment.cend(); ++it)
        environment.insert(it.key(), it.value());
    m_process.setProcessEnvironment(environment);
    m_process.setStandardInputFile(QProcess::nullDevice());
    // Each start begins fresh logs, so an error message only shows this attempt's output.
    if (!m_stderrLogPath.isEmpty()) {
        m_process.setStandardErrorFile(m_stderrLogPath, QIODevice::Truncate);
    }
    if (!m_stdoutLogPath.isEmpty()) {
        if (readStdout) {
            QFile(m_stdoutLogPath).resize(0);
        } else {
            m_process.setStandardOutputFile(m_stdoutLogPath, QIODevice::Truncate);
        }
    }
#ifdef Q_OS_UNIX
    m_process.setChildProcessModifier([inputToErrorLog = m_standardInputToErrorLog] {
        // Own session: a terminal's Ctrl+C for the test does not hit the peer first, and the peer never
        // shares a process group with the test runner.
        ::setsid();
#ifdef Q_OS_LINUX
        // If the test process dies without stop(), the listener goes with it.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
#endif
        if (inputToErrorLog) {
            ::dup2(STDERR_FILENO, STDIN_FILENO);
        }
    });
#endif
    m_process.start();
    if (!m_process.waitForStarted(defaultTimeoutMs)) {
        fail(QStringLiteral("cannot start %1: %2").arg(m_program, m_process.errorString()));
        return false;
    }
    return true;
}

bool PeerProcess::startAndWaitForLine(const QByteArray& linePrefix, int timeoutMs)
{
    m_readyPrefix = linePrefix;
    m_readyFound = false;
    m_readyLine.clear();
    m_stdoutBuffer.clear();
    if (!startProcess(true)) {
        return false;
    }

    if (!m_readyFound) {
        QEventLoop loop;
        QTimer deadline;
        deadline.setSingleShot(true);
        connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        // Connected after onReadyReadStandardOutput (constructor), so m_readyFound is already updated.
        connect(&m_process, &QProcess::readyReadStandardOutput, &loop, [this, &loop] {
            if (m_readyFound) {
                loop.quit();
            }
        });
        connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
        deadline.start(timeoutMs);
        loop.exec();
    }

    if (m_readyFound) {
        return true;
    }
    if (m_process.state() == QProcess::NotRunning) {
        fail(QStringLiteral("%1 exited (code %2) before printing \"%3\"")
                 .arg(m_program)
                 .arg(m_process.exitCode())
                 .arg(QString::fromUtf8(linePrefix)));
    } else {
        fail(QStringLiteral("%1 printed no \"%2\" line within %3 ms")
                 .arg(m_program, QString::fromUtf8(linePrefix))
                 .arg(timeoutMs));
        const QString message = m_errorString;
        stop();
        m_errorString = message;
    }
    return false;
}

bool PeerProcess::startAndWaitForGreeting(const QHostAddress& address, quint16 port, int timeoutMs)
{
    if (!startProcess(false)) {
        return false;
    }

    // Declared before the objects whose signals use them, so they outlive those objects.
    QByteArray received;
    QByteArray unexpectedLine;
    QString lastSocketError;
    bool greeted = false;
    int attempts = 0;

    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QTimer retry;
    retry.setSingleShot(true);
    retry.setInterval(greetingRetryIntervalMs);
    // Unencrypted unless the greeting comes over TLS (implicit FTPS): then any certificate will do. A
    // QSslSocket only then, so that starting a clear-text peer does not load Qt's TLS backend into the
    // test (tst_client_plaincontrol checks that Ferry's client does not).
    const std::unique_ptr<QTcpSocket> socketOwner(m_greetingOverTls ? new QSslSocket : new QTcpSocket);
    QTcpSocket& socket = *socketOwner;
    if (auto* ssl = qobject_cast<QSslSocket*>(&socket))
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);

    const auto connectOnce = [&] {
        socket.abort();
        received.clear();
        ++attempts;
        if (auto* ssl = qobject_cast<QSslSocket*>(&socket))
            ssl->connectToHostEncrypted(address.toString(), port);
        else
            socket.connectToHost(address, port);
    };
    connect(&retry, &QTimer::timeout, &loop, connectOnce);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    connect(&socket, &QAbstractSocket::errorOccurred, &loop, [&](QAbstractSocket::SocketError) {
        // Connection refused while the listener is not up yet (or closed before the greeting): retry.
        lastSocketError = socket.errorString();
        if (!retry.isActive()) {
            retry.start();
        }
    });
    connect(&socket, &QIODevice::readyRead, &loop, [&] {
        received += socket.readAll();
        qsizetype from = 0;
        for (qsizetype end = received.indexOf('\n'); end >= 0; end = received.indexOf('\n', from)) {
            const QByteArray line = received.mid(from, end - from).trimmed();
            from = end + 1;
            if (line.startsWith("220-")) {
                continue; // multi-line greeting: wait for its last line
            }
            if (line.startsWith("220")) {
                greeted = true;
            } else {
                unexpectedLine = line;
            }
            loop.quit();
            return;
        }
    });

    deadline.start(timeoutMs);
    connectOnce();
    loop.exec();
    retry.stop();
    if (greeted) {
        socket.write("QUIT\r\n");
        socket.flush();
    }
    socket.abort();

    if (greeted) {
        return true;
    }
    if (!unexpectedLine.isEmpty()) {
        fail(QStringLiteral("%1 answered on port %2 with \"%3\" instead of a 220 greeting")
                 .arg(m_program)
                 .arg(port)
                 .arg(QString::fromUtf8(unexpectedLine)));
    } else if (m_process.state() == QProcess::NotRunning) {
        fail(QStringLiteral("%1 exited (code %2) before accepting connections on port %3")
                 .arg(m_program)
                 .arg(m_process.exitCode())
                 .arg(port));
    } else {
        fail(QStringLiteral("no FTP greeting from %1 on %2 port %3 within %4 ms (%5 connection attempts, "
                            "last error: %6)")
                 .arg(m_program, address.toString())
                 .arg(port)
                 .arg(timeoutMs)
                 .arg(attempts)
                 .arg(lastSocketError));
    }
    const QString message = m_errorString;
    stop();
    m_errorString = message;
    return false;
}

QByteArray PeerProcess::readyLine() const
{
    return m_readyLine;
}

void PeerProcess::stop(int graceMs)
{
    // Sessions a listener forked (vsftpd) run in sessions of their own and do not die with the
    // listener while their client is connected: they are found by their command line.
    const QList<qint64> family = runningProcessIds();
    const bool running = m_process.state() != QProcess::NotRunning;
    if (!running && family.isEmpty()) {
        return;
    }
    const qint64 mainPid = running ? m_process.processId() : 0;
#ifdef Q_OS_UNIX
    signalProcess(mainPid, false);
    for (const qint64 pid : family) {
        if (pid != mainPid) {
            signalProcess(pid, false);
        }
    }
#else
    if (running) {
        m_process.terminate();
    }
#endif
    if (running && !m_process.waitForFinished(graceMs)) {
        m_process.kill();
        m_process.waitForFinished(graceMs);
    }
    // Whatever did not take the hint. These are not our children: init reaps them.
    for (const qint64 pid : runningProcessIds()) {
        signalProcess(pid, true);
    }
}

bool PeerProcess::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

qint64 PeerProcess::processId() const
{
    return m_process.processId();
}

QList<qint64> PeerProcess::runningProcessIds() const
{
    QList<qint64> pids;
#ifdef Q_OS_LINUX
    if (m_program.isEmpty()) {
        return pids;
    }
    QByteArray expected = QFile::encodeName(m_program) + '\0';
    for (const QString& argument : m_arguments) {
        expected += QFile::encodeName(argument) + '\0';
    }
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid) {
            continue;
        }
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        // A zombie's command line reads empty: it is gone as far as the test is concerned.
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll() == expected) {
            pids.append(pid);
        }
    }
#endif
    return pids;
}

QString PeerProcess::errorString() const
{
    return m_errorString;
}

QString PeerProcess::logTail(int maxLines) const
{
    QString tail;
    for (const QString& path : {m_stdoutLogPath, m_stderrLogPath}) {
        if (!path.isEmpty()) {
            tail += tailOfFile(path, maxLines);
        }
    }
    for (const QString& path : m_extraLogPaths) {
        tail += tailOfFile(path, maxLines);
    }
    return tail;
}

void PeerProcess::onReadyReadStandardOutput()
{
    const QByteArray data = m_process.readAllStandardOutput();
    appendToFile(m_stdoutLogPath, data);
    if (m_readyFound || m_readyPrefix.isEmpty()) {
        return;
    }
    m_stdoutBuffer += data;
    qsizetype from = 0;
    for (qsizetype end = m_stdoutBuffer.indexOf('\n'); end >= 0; end = m_stdoutBuffer.indexOf('\n', from)) {
        const QByteArray line = m_stdoutBuffer.mid(from, end - from).trimmed();
        from = end + 1;
        if (line.startsWith(m_readyPrefix)) {
            m_readyLine = line;
            m_readyFound = true;
            break;
        }
    }
    m_stdoutBuffer.remove(0, from);
}

void PeerProcess::fail(const QString& message)
{
    const QString tail = logTail();
    m_errorString = tail.isEmpty() ? message : message + QLatin1Char('\n') + tail;
}

} // namespace Ferry::Test
