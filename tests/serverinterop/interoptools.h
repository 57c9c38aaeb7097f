#pragma once

#include <QByteArray>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Helpers for the interoperability tests: third-party clients (curl, lftp, Python) run as child
// processes against `ferry serve` (ferryserve.h).
namespace Ferry::Test {

// The Python that has ftplib and the NetX-style client's modules: Debian's, not whatever is first on PATH.
inline constexpr const char* systemPython = "/usr/bin/python3";

struct ToolRun
{
    QString program;
    QStringList arguments;
    bool started = false;
    bool finished = false; // within the time limit
    int exitCode = -1;     // -1 when it crashed or did not finish
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    bool ok() const { return finished && exitCode == 0; }
    // The command line, exit code, time and the ends of stdout and stderr.
    QString describe() const;
};

// Runs a program to completion, waiting through the event loop (never a blocking wait), so that
// `ferry serve`'s output keeps being read meanwhile. Killed after timeoutMs. stdin gets `input`, then EOF.
ToolRun runTool(const QString& program, const QStringList& arguments, int timeoutMs,
                const QString& workingDirectory = QString(), const QByteArray& input = QByteArray(),
                const QProcessEnvironment& environment = QProcessEnvironment());

// The absolute path of a program on PATH (or an absolute path that exists); empty if it is not there.
QString findTool(const QString& name);
// True when FERRY_REQUIRE_PEERS=1: a missing peer program fails the test instead of skipping it.
bool peersRequired();

// Relative path -> lower-case hex SHA-256 for every file under root, "<dir>" for every folder (empty
// folders included). Names compare exactly (UTF-8, spaces).
QMap<QString, QString> treeHashes(const QString& root);
// A readable difference of two treeHashes() maps ("missing: a/b", "differs: c", "extra: d").
QString describeTreeDifference(const QMap<QString, QString>& expected, const QMap<QString, QString>& actual);

// Live processes (not zombies) whose command line contains `needle`, as "pid: cmdline" (Linux /proc;
// empty elsewhere). Every child of these tests names its temporary folder, so none may be left.
QStringList processesMentioning(const QString& needle);

// tests/serverinterop/NAME (the Python drivers) and tests/peers/netx_client.py in the source tree.
QString interopScript(const QString& name);
QString netxClientScript();

// Writes `size` bytes of deterministic content (testfiles.h) and returns its SHA-256 hex, empty on failure.
QString writeTestFile(const QString& path, qint64 size, quint32 seed);

} // namespace Ferry::Test

// Skips (or, with FERRY_REQUIRE_PEERS=1, fails) when a peer program is missing.
#define REQUIRE_TOOL(path, name)                                                                             \
    do {                                                                                                     \
        if ((path).isEmpty()) {                                                                              \
            if (Ferry::Test::peersRequired())                                                                \
                QFAIL(qPrintable(QStringLiteral("FERRY_REQUIRE_PEERS=1 but %1 is missing").arg(name)));      \
            QSKIP(                                                                                           \
                qPrintable(QStringLiteral("%1 is not installed (scripts/setup-test-peers.sh)").arg(name)));  \
        }                                                                                                    \
    } while (false)

// QVERIFY2 cuts long messages: the whole story goes to a warning first, the failure names the command.
#define VERIFY_TOOL(run)                                                                                     \
    do {                                                                                                     \
        const Ferry::Test::ToolRun& toolRun = (run);                                                         \
        if (!toolRun.ok()) {                                                                                 \
            qWarning().noquote() << toolRun.describe();                                                      \
            QFAIL(qPrintable(QStringLiteral("%1 failed (details above)").arg(toolRun.program)));             \
        }                                                                                                    \
    } while (false)
// The same with the end of ferry serve's log.
#define VERIFY_TOOL_SERVE(run, serve)                                                                        \
    do {                                                                                                     \
        const Ferry::Test::ToolRun& toolRun = (run);                                                         \
        if (!toolRun.ok()) {                                                                                 \
            qWarning().noquote() << toolRun.describe() << '\n' << (serve).logTail();                         \
            QFAIL(qPrintable(QStringLiteral("%1 failed (details above)").arg(toolRun.program)));             \
        }                                                                                                    \
    } while (false)
// A FerryServe call that must succeed (start, stop, checkServing, waitForLines).
#define VERIFY_SERVE(expression, serve)                                                                      \
    do {                                                                                                     \
        if (!(expression)) {                                                                                 \
            qWarning().noquote() << (serve).errorString();                                                   \
            QFAIL(qPrintable(QStringLiteral(#expression " failed: ") +                                       \
                             (serve).errorString().section(QLatin1Char('\n'), 0, 0)));                       \
        }                                                                                                    \
    } while (false)
