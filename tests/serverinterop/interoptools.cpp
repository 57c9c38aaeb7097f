#include "interoptools.h"

#include "testfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace Ferry::Test {

namespace {

QString tail(const QByteArray& bytes, int maxChars)
{
    QString text = QString::fromUtf8(bytes);
    if (text.size() > maxChars)
        text = QStringLiteral("...") + text.right(maxChars);
    return text;
}

} // namespace

QString ToolRun::describe() const
{
    QString state;
    if (!started)
        state = QStringLiteral("did not start");
    else if (!finished)
        state = QStringLiteral("did not finish in time (killed)");
    else
        state = QStringLiteral("exit %1").arg(exitCode);
    return QStringLiteral("%1 %2\n=> %3 after %4 ms\n--- stderr:\n%5\n--- stdout:\n%6")
        .arg(program, arguments.join(QLatin1Char(' ')), state)
        .arg(elapsedMs)
        .arg(tail(err, 8000), tail(out, 3000));
}

ToolRun runTool(const QString& program, const QStringList& arguments, int timeoutMs,
                const QString& workingDirectory, const QByteArray& input,
                const QProcessEnvironment& environment)
{
    ToolRun run;
    run.program = program;
    run.arguments = arguments;
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
#ifdef Q_OS_LINUX
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    QElapsedTimer timer;
    timer.start();

    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&loop](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            loop.quit();
    });
    // Read as it comes: a chatty tool must not block on a full pipe.
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop,
                     [&] { run.out += process.readAllStandardOutput(); });
    QObject::connect(&process, &QProcess::readyReadStandardError, &loop,
                     [&] { run.err += process.readAllStandardError(); });
    process.start();
    deadline.start(timeoutMs);
    if (process.state() != QProcess::NotRunning || process.error() != QProcess::FailedToStart) {
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        if (process.state() != QProcess::NotRunning)
            loop.exec();
    }
    run.started = process.error() != QProcess::FailedToStart;
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
    } else {
        run.finished = run.started;
    }
    run.out += process.readAllStandardOutput();
    run.err += process.readAllStandardError();
    run.elapsedMs = timer.elapsed();
    if (run.finished && process.exitStatus() == QProcess::NormalExit)
        run.exitCode = process.exitCode();
    if (!run.started)
        run.err += QStringLiteral("cannot start: %1").arg(process.errorString()).toUtf8();
    return run;
}

QString findTool(const QString& name)
{
    if (QDir::isAbsolutePath(name))
        return QFileInfo(name).isExecutable() ? name : QString();
    return QStandardPaths::findExecutable(name);
}

bool peersRequired()
{
    return qEnvironmentVariableIntValue("FERRY_REQUIRE_PEERS") == 1;
}

QMap<QString, QString> treeHashes(const QString& root)
{
    QMap<QString, QString> hashes;
    const QDir base(root);
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString relative = base.relativeFilePath(info.filePath());
        hashes.insert(relative, info.isDir() ? QStringLiteral("<dir>") : sha256HexOfFile(info.filePath()));
    }
    return hashes;
}

QString describeTreeDifference(const QMap<QString, QString>& expected, const QMap<QString, QString>& actual)
{
    QStringList lines;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!actual.contains(it.key()))
            lines << QStringLiteral("missing: ") + it.key();
        else if (actual.value(it.key()) != it.value())
            lines << QStringLiteral("differs: %1 (%2, expected %3)")
                         .arg(it.key(), actual.value(it.key()), it.value());
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it) {
        if (!expected.contains(it.key()))
            lines << QStringLiteral("extra: ") + it.key();
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList processesMentioning(const QString& needle)
{
    QStringList found;
#ifdef Q_OS_LINUX
    const QByteArray wanted = QFile::encodeName(needle);
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || pid == QCoreApplication::applicationPid())
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        QByteArray line = cmdline.readAll(); // empty for a zombie: gone as far as we are concerned
        if (!line.contains(wanted))
            continue;
        line.replace('\0', ' ');
        found << QStringLiteral("%1: %2").arg(pid).arg(QString::fromLocal8Bit(line.trimmed()));
    }
#else
    Q_UNUSED(needle);
#endif
    return found;
}

QString interopScript(const QString& name)
{
    return QStringLiteral(FERRY_INTEROP_SOURCE_DIR "/") + name;
}

QString netxClientScript()
{
    return QStringLiteral(FERRY_NETX_CLIENT_SCRIPT);
}

QString writeTestFile(const QString& path, qint64 size, quint32 seed)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!writePatternFile(path, size, seed))
        return QString();
    return sha256HexOfFile(path);
}

} // namespace Ferry::Test
