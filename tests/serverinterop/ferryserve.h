#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace Ferry::Test {

// The real `ferry serve` process for an interoperability test:
//
//   FerryServe serve;
//   QVERIFY2(serve.start(dir, {"--user", "alice:pw:rw"}), qPrintable(serve.errorString()));
//   ... curl/lftp/python against serve.port() on 127.0.0.1 and ::1 ...
//   QVERIFY2(serve.stop(), qPrintable(serve.errorString())); // SIGTERM, exit code 0, process gone
//
// start() runs `ferry serve DIR --port 0 --bind 127.0.0.1 [--bind ::1] EXTRA...`, waits (event loop,
// never a sleep) for the banner ("Serving DIR on port N ...", "Connect with:", the URL lines, "Press
// Ctrl-C to stop.") and parses the port. The server's stdout is read continuously as long as the test
// waits through an event loop (runTool() in interoptools.h does): `ferry serve` flushes every log line
// and would block on a full pipe. The child gets SIGKILL if the test process dies.
class FerryServe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FerryServe)

public:
    static constexpr int defaultTimeoutMs = 15000;

    explicit FerryServe(QObject* parent = nullptr);
    ~FerryServe() override;

    // The path of the ferry executable under test (FERRY_EXECUTABLE).
    static QString executable();
    // False when ::1 cannot be bound on this machine (start() then binds 127.0.0.1 only).
    static bool ipv6Available();

    // An environment variable for the server process (e.g. TZ), set before start().
    void setEnvironmentVariable(const QString& name, const QString& value);
    // RLIMIT_NOFILE for the server process (Unix; 0: inherited), set before start().
    void setDescriptorLimit(int limit) { m_descriptorLimit = limit; }
    // The process's CPU time so far (user + system), in milliseconds; -1 where unknown (Linux only).
    qint64 cpuTimeMs() const;
    bool start(const QString& folder, const QStringList& extraArguments, int timeoutMs = defaultTimeoutMs);
    // SIGTERM, then waits for the exit; true only for a normal exit with code 0, a "Stopping." line, and
    // no process left with that id.
    bool stop(int timeoutMs = defaultTimeoutMs);

    // SIGSTOP and SIGCONT: the server is busy for a moment (Unix only; false elsewhere). stop() and the
    // destructor work on a suspended server too.
    bool suspend();
    bool resume();

    bool isRunning() const;
    qint64 processId() const { return m_pid; }
    quint16 port() const { return m_port; }
    // Every URL of the banner: ftp://, and with FTPS ftpes:// (and ftps:// for --implicit-port).
    QList<QUrl> urls() const { return m_urls; }
    // FTPS, from the banner: the implicit-TLS port (0: none), the certificate's SHA-256 fingerprint
    // ("AB:CD:..."), and the self-signed certificate's file (for clients to trust) when the server made
    // or keeps one. The server's data folder is a temporary one of this object (XDG_DATA_HOME), so the
    // user's is never touched.
    quint16 implicitPort() const { return m_implicitPort; }
    QString fingerprint() const { return m_fingerprint; }
    QString certificateFile() const { return m_certificateFile; }
    QString dataHome() const { return m_dataHome.path(); }
    bool hasIpv6() const { return m_ipv6; }
    QStringList arguments() const { return m_arguments; }

    // Everything the server printed so far.
    QByteArray output() const { return m_output; }
    QByteArray errorOutput() const { return m_errorOutput; }
    // Log lines containing `text`.
    int countLines(const QByteArray& text) const;
    // Waits (event loop) until at least `count` log lines contain `text`.
    bool waitForLines(const QByteArray& text, int count, int timeoutMs = defaultTimeoutMs);
    // Waits until every line the server logged so far has been read. The server's thread logs and a
    // thread of its own prints, so a line may come out just after the reply a client saw: this opens a
    // session and waits for its "Connected" line (lines come out in the order they were logged). Call
    // it before counting lines.
    bool syncLog(int timeoutMs = defaultTimeoutMs);

    // A fresh session on `host` logs in as user/password, answers NOOP and says goodbye to QUIT:
    // the server still serves. With an empty user only the 220 greeting is checked.
    bool checkServing(const QString& host, const QString& user, const QString& password,
                      int timeoutMs = defaultTimeoutMs);

    QString errorString() const { return m_error; }
    // The last lines of the server's output, for failure messages.
    QString logTail(int lines = 40) const;

Q_SIGNALS:
    void outputReceived();

private:
    void onReadyReadStandardOutput();
    void onReadyReadStandardError();
    bool parseBanner();
    bool fail(const QString& message);

    QProcess m_process;
    QStringList m_arguments;
    QList<QPair<QString, QString>> m_environment;
    QByteArray m_output;
    QByteArray m_errorOutput;
    QList<QUrl> m_urls;
    quint16 m_port = 0;
    quint16 m_implicitPort = 0;
    QString m_fingerprint;
    QString m_certificateFile;
    QTemporaryDir m_dataHome;
    qint64 m_pid = 0;
    bool m_ipv6 = false;
    bool m_bannerComplete = false;
    int m_descriptorLimit = 0;
    QString m_error;
};

} // namespace Ferry::Test
