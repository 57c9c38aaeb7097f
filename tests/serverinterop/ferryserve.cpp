#include "ferryserve.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace Ferry::Test {

namespace {

// Reads one complete FTP reply (the last line "NNN text") from socket within the deadline. Waits
// through the event loop, so other processes' output keeps flowing meanwhile.
QByteArray readReply(QTcpSocket& socket, QByteArray& buffer, const QDeadlineTimer& deadline)
{
    static const QRegularExpression last(QStringLiteral("^\\d{3}( |$)"));
    for (;;) {
        qsizetype from = 0;
        for (qsizetype end = buffer.indexOf("\r\n"); end >= 0; end = buffer.indexOf("\r\n", from)) {
            const QByteArray line = buffer.mid(from, end - from);
            from = end + 2;
            if (last.match(QString::fromLatin1(line)).hasMatch()) {
                const QByteArray reply = buffer.left(from);
                buffer.remove(0, from);
                return reply;
            }
        }
        if (deadline.hasExpired() ||
            (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0))
            return QByteArray();
        if (socket.bytesAvailable() == 0) {
            QEventLoop loop;
            QTimer timer;
            timer.setSingleShot(true);
            QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
            QObject::connect(&socket, &QIODevice::readyRead, &loop, &QEventLoop::quit);
            QObject::connect(&socket, &QAbstractSocket::disconnected, &loop, &QEventLoop::quit);
            timer.start(int(qMax<qint64>(1, deadline.remainingTime())));
            loop.exec();
        }
        buffer += socket.readAll();
    }
}

} // namespace

FerryServe::FerryServe(QObject* parent) : QObject(parent)
{
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &FerryServe::onReadyReadStandardOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, &FerryServe::onReadyReadStandardError);
    // Waits for output also end when the process ends.
    connect(&m_process, &QProcess::finished, this, &FerryServe::outputReceived);
}

FerryServe::~FerryServe()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString FerryServe::executable()
{
    return QStringLiteral(FERRY_EXECUTABLE);
}

bool FerryServe::ipv6Available()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHostIPv6, 0);
}

void FerryServe::setEnvironmentVariable(const QString& name, const QString& value)
{
    m_environment.append({name, value});
}

bool FerryServe::start(const QString& folder, const QStringList& extraArguments, int timeoutMs)
{
    m_error.clear();
    m_output.clear();
    m_errorOutput.clear();
    m_urls.clear();
    m_port = 0;
    m_implicitPort = 0;
    m_fingerprint.clear();
    m_certificateFile.clear();
    m_pid = 0;
    m_bannerComplete = false;
    if (m_process.state() != QProcess::NotRunning)
        return fail(QStringLiteral("ferry serve is already running"));
    m_ipv6 = ipv6Available();
    m_arguments = QStringList{QStringLiteral("serve"),  folder,
                              QStringLiteral("--port"), QStringLiteral("0"),
                              QStringLiteral("--bind"), QStringLiteral("127.0.0.1")};
    if (m_ipv6)
        m_arguments << QStringLiteral("--bind") << QStringLiteral("::1");
    m_arguments += extraArguments;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FERRY_PASSWORD"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // The server's self-signed certificate goes to a data folder of this test, never the user's.
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dataHome.path());
    for (const auto& [name, value] : std::as_const(m_environment))
        env.insert(name, value);
    m_process.setProcessEnvironment(env);
    m_process.setProgram(executable());
    m_process.setArguments(m_arguments);
    m_process.setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_UNIX
    const int descriptorLimit = m_descriptorLimit;
    m_process.setChildProcessModifier([descriptorLimit] {
#ifdef Q_OS_LINUX
        // A test that crashes or times out does not leave a listener behind.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
        if (descriptorLimit > 0) {
            const struct rlimit limit = {rlim_t(descriptorLimit), rlim_t(descriptorLimit)};
            ::setrlimit(RLIMIT_NOFILE, &limit);
        }
    });
#endif
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs))
        return fail(QStringLiteral("cannot start %1: %2").arg(executable(), m_process.errorString()));
    m_pid = m_process.processId();

    const QDeadlineTimer deadline(timeoutMs);
    while (!m_bannerComplete && m_process.state() == QProcess::Running && !deadline.hasExpired()) {
        QSignalSpy output(this, &FerryServe::outputReceived);
        (void)output.wait(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    if (!m_bannerComplete) {
        const bool exited = m_process.state() == QProcess::NotRunning;
        const QString message =
            exited ? QStringLiteral("ferry serve exited (code %1) before printing its URLs")
                         .arg(m_process.exitCode())
                   : QStringLiteral("ferry serve printed no URLs within %1 ms").arg(timeoutMs);
        if (!exited) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
        return fail(message);
    }
    return true;
}

bool FerryServe::parseBanner()
{
    // "Serving DIR on port N to WHO.", with FTPS "FTPS: ...", "Certificate SHA-256 fingerprint: F" and
    // "Certificate (self-signed...): FILE", then "Connect with:", "  ftp://127.0.0.1:N/" (ftpes://, ftps://)
    // ..., "Press Ctrl-C to stop."
    static const QRegularExpression serving(QStringLiteral("^Serving .* on port (\\d+) to "));
    static const QRegularExpression fingerprint(
        QStringLiteral("^Certificate SHA-256 fingerprint: ([0-9A-F:]+)$"));
    static const QRegularExpression certificate(QStringLiteral("^Certificate \\(self-signed.*\\): (.+)$"));
    static const QRegularExpression url(QStringLiteral("^  (ftp|ftpes|ftps)://"));
    const QStringList lines = QString::fromLocal8Bit(m_output).split(QLatin1Char('\n'));
    bool connectWith = false;
    for (const QString& line : lines) {
        const QRegularExpressionMatch match = serving.match(line);
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
        } else if (const QRegularExpressionMatch f = fingerprint.match(line); f.hasMatch()) {
            m_fingerprint = f.captured(1);
        } else if (const QRegularExpressionMatch c = certificate.match(line); c.hasMatch()) {
            m_certificateFile = c.captured(1);
        } else if (line == QLatin1String("Connect with:")) {
            connectWith = true;
        } else if (connectWith && url.match(line).hasMatch()) {
            const QUrl parsed(line.trimmed());
            m_urls.append(parsed);
            if (parsed.scheme() == QLatin1String("ftps"))
                m_implicitPort = quint16(parsed.port());
        } else if (line.startsWith(QLatin1String("Press Ctrl-C"))) {
            break;
        }
    }
    if (m_port == 0 || m_urls.isEmpty())
        return false;
    // ftp:// URLs, or only ftpes:// ones when TLS is required.
    const QString scheme = m_urls.contains(QUrl(QStringLiteral("ftp://127.0.0.1:%1/").arg(m_port)))
                               ? QStringLiteral("ftp")
                               : QStringLiteral("ftpes");
    const QUrl v4(QStringLiteral("%1://127.0.0.1:%2/").arg(scheme).arg(m_port));
    const QUrl v6(QStringLiteral("%1://[::1]:%2/").arg(scheme).arg(m_port));
    if (!m_urls.contains(v4) || (m_ipv6 && !m_urls.contains(v6))) {
        m_error = QStringLiteral("the banner lacks %1 or %2").arg(v4.toString(), v6.toString());
        return false;
    }
    return true;
}

bool FerryServe::stop(int timeoutMs)
{
    if (m_process.state() == QProcess::NotRunning) {
        return fail(QStringLiteral("ferry serve is not running any more (exit status %1, code %2)")
                        .arg(int(m_process.exitStatus()))
                        .arg(m_process.exitCode()));
    }
    QSignalSpy finished(&m_process, &QProcess::finished);
#ifdef Q_OS_UNIX
    ::kill(pid_t(m_pid), SIGTERM);
    ::kill(pid_t(m_pid), SIGCONT); // in case it was suspended
#else
    m_process.terminate();
#endif
    if (finished.isEmpty() && !finished.wait(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return fail(QStringLiteral("ferry serve did not stop within %1 ms of SIGTERM").arg(timeoutMs));
    }
    onReadyReadStandardOutput();
    onReadyReadStandardError();
    if (m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0)
        return fail(
            QStringLiteral("ferry serve ended with status %1, exit code %2 after SIGTERM (expected 0)")
                .arg(int(m_process.exitStatus()))
                .arg(m_process.exitCode()));
    if (countLines("Stopping.") != 1)
        return fail(QStringLiteral("ferry serve did not log \"Stopping.\""));
#ifdef Q_OS_UNIX
    if (::kill(pid_t(m_pid), 0) == 0 || errno != ESRCH)
        return fail(QStringLiteral("process %1 is still there after ferry serve exited").arg(m_pid));
#endif
    return true;
}

bool FerryServe::suspend()
{
#ifdef Q_OS_UNIX
    if (isRunning() && ::kill(pid_t(m_pid), SIGSTOP) == 0)
        return true;
#endif
    return fail(QStringLiteral("cannot suspend ferry serve"));
}

bool FerryServe::resume()
{
#ifdef Q_OS_UNIX
    if (isRunning() && ::kill(pid_t(m_pid), SIGCONT) == 0)
        return true;
#endif
    return fail(QStringLiteral("cannot resume ferry serve"));
}

qint64 FerryServe::cpuTimeMs() const
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/%1/stat").arg(m_pid));
    if (m_pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // After "pid (comm) ": state is field 3; utime and stime are fields 14 and 15.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const qint64 ticks = fields.at(11).toLongLong() + fields.at(12).toLongLong();
    return ticks * 1000 / ::sysconf(_SC_CLK_TCK);
#else
    return -1;
#endif
}

bool FerryServe::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

int FerryServe::countLines(const QByteArray& text) const
{
    int count = 0;
    for (const QByteArray& line : m_output.split('\n')) {
        if (line.contains(text))
            ++count;
    }
    return count;
}

bool FerryServe::waitForLines(const QByteArray& text, int count, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (countLines(text) < count) {
        if (deadline.hasExpired() || m_process.state() != QProcess::Running)
            return fail(QStringLiteral("ferry serve logged %1 of %2 lines with \"%3\" within %4 ms")
                            .arg(countLines(text))
                            .arg(count)
                            .arg(QString::fromUtf8(text))
                            .arg(timeoutMs));
        QSignalSpy output(this, &FerryServe::outputReceived);
        (void)output.wait(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    return true;
}

bool FerryServe::syncLog(int timeoutMs)
{
    if (!isRunning())
        return fail(QStringLiteral("ferry serve is not running"));
    QTcpSocket socket;
    QSignalSpy connected(&socket, &QAbstractSocket::connected);
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    if (connected.isEmpty() && !connected.wait(timeoutMs))
        return fail(
            QStringLiteral("no connection to 127.0.0.1 port %1: %2").arg(m_port).arg(socket.errorString()));
    const QByteArray marker = "127.0.0.1:" + QByteArray::number(socket.localPort()) + ": Connected";
    const bool synced = waitForLines(marker, 1, timeoutMs);
    socket.abort();
    return synced;
}

bool FerryServe::checkServing(const QString& host, const QString& user, const QString& password,
                              int timeoutMs)
{
    if (!isRunning())
        return fail(QStringLiteral("ferry serve is not running"));
    const QDeadlineTimer deadline(timeoutMs);
    QTcpSocket socket;
    QSignalSpy connected(&socket, &QAbstractSocket::connected);
    socket.connectToHost(QHostAddress(host), m_port);
    if (connected.isEmpty() && !connected.wait(timeoutMs))
        return fail(QStringLiteral("no connection to %1 port %2: %3")
                        .arg(host)
                        .arg(m_port)
                        .arg(socket.errorString()));
    QByteArray buffer;
    QByteArray dialogue;
    const auto expect = [&](const QByteArray& command, const QByteArray& code) {
        if (!command.isEmpty()) {
            socket.write(command + "\r\n");
            dialogue += "> " + (command.startsWith("PASS") ? QByteArray("PASS ****") : command) + '\n';
        }
        const QByteArray reply = readReply(socket, buffer, deadline);
        dialogue += reply;
        return reply.startsWith(code);
    };
    bool ok = expect(QByteArray(), "220");
    if (ok && !user.isEmpty()) {
        ok = expect("USER " + user.toUtf8(), "331") && expect("PASS " + password.toUtf8(), "230") &&
             expect("NOOP", "200") && expect("QUIT", "221");
    }
    socket.abort();
    if (!ok)
        return fail(QStringLiteral("ferry serve does not serve on %1 port %2 any more:\n%3")
                        .arg(host)
                        .arg(m_port)
                        .arg(QString::fromUtf8(dialogue)));
    return true;
}

QString FerryServe::logTail(int lines) const
{
    QList<QByteArray> all = m_output.split('\n');
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    QString tail =
        QStringLiteral("--- ferry serve output (last lines):\n") + QString::fromUtf8(all.join('\n'));
    if (!m_errorOutput.isEmpty())
        tail += QStringLiteral("\n--- ferry serve stderr:\n") + QString::fromUtf8(m_errorOutput.right(4000));
    return tail;
}

void FerryServe::onReadyReadStandardOutput()
{
    const QByteArray data = m_process.readAllStandardOutput();
    if (data.isEmpty())
        return;
    m_output += data;
    if (!m_bannerComplete && m_output.contains("Press Ctrl-C"))
        m_bannerComplete = parseBanner();
    Q_EMIT outputReceived();
}

void FerryServe::onReadyReadStandardError()
{
    m_errorOutput += m_process.readAllStandardError();
}

bool FerryServe::fail(const QString& message)
{
    m_error = message + QLatin1Char('\n') + logTail();
    return false;
}

} // namespace Ferry::Test
