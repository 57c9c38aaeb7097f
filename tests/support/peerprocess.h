#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace Ferry::Test {

// One third-party peer process for a test: starts it, waits (event loop + timeout, never a sleep) until
// it is ready, keeps its output in log files for diagnostics and stops it together with every process it
// forked (vsftpd forks a session per connection that outlives its listener).
//
// Readiness is either a line on stdout (startAndWaitForLine: "READY <port>") or, for programs that print
// nothing, a "220 " greeting on a TCP connection to the port (startAndWaitForGreeting), retried on
// connection-refused from the socket's own signals.
//
// On Linux the child runs in its own session and gets SIGTERM when the test process dies, so a crashed
// test does not leave a listener behind.
class PeerProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeerProcess)

public:
    static constexpr int defaultTimeoutMs = 10000;

    explicit PeerProcess(QObject* parent = nullptr);
    ~PeerProcess() override;

    void setProgram(const QString& program, const QStringList& arguments);
    void setWorkingDirectory(const QString& path);
    // Output goes to <directory>/<baseName>.stdout.log and .stderr.log, emptied at each start.
    void setLogFiles(const QString& directory, const QString& baseName);
    // A log file the program writes itself (vsftpd's log): its tail is part of logTail().
    void addExtraLogFile(const QString& path);
    // Points the child's stdin at its stderr log. vsftpd writes its fatal "500 OOPS: ..." messages (a
    // port it cannot bind, a bad config line) to fd 0, which is the control connection in inetd mode.
    void setStandardInputToErrorLog(bool enabled);

    // An environment variable for the program (on top of the test's environment).
    void setEnvironmentVariable(const QString& name, const QString& value)
    {
        m_environment.insert(name, value);
    }
    // startAndWaitForGreeting() expects the greeting over TLS (implicit FTPS).
    void setGreetingOverTls(bool overTls) { m_greetingOverTls = overTls; }

    // Starts the program and waits until it prints a line that starts with linePrefix.
    bool startAndWaitForLine(const QByteArray& linePrefix, int timeoutMs = defaultTimeoutMs);
    // Starts the program and waits until a connection to address:port receives a "220 " greeting.
    bool startAndWaitForGreeting(const QHostAddress& address, quint16 port, int timeoutMs = defaultTimeoutMs);

    // The stdout line that made startAndWaitForLine() succeed, without its line end.
    QByteArray readyLine() const;

    // SIGTERM to the process and its forked sessions, waits up to graceMs, then SIGKILL.
    void stop(int graceMs = 3000);
    bool isRunning() const;
    qint64 processId() const;
    // Live (not zombie) processes running exactly this program and arguments: the listener and the
    // sessions it forked. Linux only (reads /proc); empty elsewhere.
    QList<qint64> runningProcessIds() const;

    QString errorString() const;
    // The last lines of every log file, for failure messages.
    QString logTail(int maxLines = 15) const;

private:
    bool startProcess(bool readStdout);
    void onReadyReadStandardOutput();
    void fail(const QString& message);

    QProcess m_process;
    QString m_program;
    QStringList m_arguments;
    QString m_stdoutLogPath;
    QString m_stderrLogPath;
    QStringList m_extraLogPaths;
    QByteArray m_stdoutBuffer;
    QByteArray m_readyPrefix;
    QByteArray m_readyLine;
    bool m_readyFound = false;
    bool m_standardInputToErrorLog = false;
    bool m_greetingOverTls = false;
    QHash<QString, QString> m_environment;
    QString m_errorString;
};

} // namespace Ferry::Test
