#include "commandrunner.h"

#include "client/listoperation.h"
#include "client/transferoperation.h"
#include "interruptwatcher.h"
#include "listingformat.h"
#include "protocol/remotepath.h"
#include "transfer/transferengine.h"
#include "transfer/transferpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#endif

namespace Ferry::Cli {

namespace {

constexpr int QuitTimeoutMs = 3000;  // how long a finished run waits for QUIT's reply
constexpr int AbortTimeoutMs = 3000; // how long Ctrl-C waits for a clean abort before cutting the line

QString prefixed(const QString& message)
{
    return QStringLiteral("ferry: ") + message;
}

} // namespace

CommandRunner::CommandRunner(const Invocation& invocation, QObject* parent)
    : QObject(parent), m_invocation(invocation), m_client(new FtpClient(this))
{}

CommandRunner::~CommandRunner()
{
    // The client goes first: its operations may still point at m_file.
    delete m_client;
    m_client = nullptr;
}

int CommandRunner::exec()
{
    if (!prepare())
        return m_exitCode;
    m_interrupts = new InterruptWatcher(this);
    connect(m_interrupts, &InterruptWatcher::interrupted, this, &CommandRunner::onInterrupted);
    QTimer::singleShot(0, this, &CommandRunner::start);
    const int exitCode = m_loop.exec();
    delete m_interrupts;
    m_interrupts = nullptr;
    return exitCode;
}

bool CommandRunner::prepare()
{
    const QString urlArgument = m_invocation.arguments.value(m_invocation.command == Command::Put ? 1 : 0);
    QString error;
    const std::optional<FtpUrl> url = parseFtpUrl(urlArgument, &error);
    if (!url) {
        m_exitCode = ExitUsage;
        Console::writeErr(prefixed(error) + QLatin1Char('\n'));
        return false;
    }
    m_url = *url;

    m_login.host = m_url.host;
    m_login.port = m_url.port;
    m_login.user = m_invocation.hasUser ? m_invocation.user : m_url.user;
    if (m_invocation.hasPassword)
        m_login.password = m_invocation.password;
    else if (m_url.hasPassword)
        m_login.password = m_url.password;
    else if (!m_login.isAnonymous() && qEnvironmentVariableIsSet("FERRY_PASSWORD"))
        m_login.password = qEnvironmentVariable("FERRY_PASSWORD");

    const auto usage = [this](const QString& message) {
        m_exitCode = ExitUsage;
        Console::writeErr(prefixed(message) + QLatin1Char('\n'));
        return false;
    };
    if (!m_invocation.tls.apply(m_url, &m_tls, &m_login.port, &error))
        return usage(error);
    const bool namesEntry = !m_url.path.isEmpty() && m_url.path != QLatin1String("/");

    switch (m_invocation.command) {
    case Command::Ls:
        return true;
    case Command::Get:
        return prepareGet();
    case Command::Put:
        return preparePut();
    case Command::Mkdir:
    case Command::Rmdir:
        if (!namesEntry)
            return usage(tr("The URL %1 names no directory.").arg(m_url.displayString));
        return true;
    case Command::Rm:
        if (!namesEntry || m_url.isDirectory)
            return usage(tr("The URL %1 names a directory, not a file; use rmdir for directories.")
                             .arg(m_url.displayString));
        return true;
    case Command::Mv:
        if (!namesEntry)
            return usage(tr("The URL %1 names nothing to rename.").arg(m_url.displayString));
        return prepareRename();
    case Command::None:
    case Command::Serve:
    case Command::Mirror:
        break;
    }
    return usage(tr("Not a command that talks to a server."));
}

bool CommandRunner::prepareGet()
{
    const auto failWith = [this](int exitCode, const QString& message) {
        m_exitCode = exitCode;
        Console::writeErr(prefixed(message) + QLatin1Char('\n'));
        return false;
    };
    if (m_url.isDirectory)
        return failWith(ExitUsage,
                        tr("The URL %1 names a directory; get downloads one file.").arg(m_url.displayString));
    m_remotePath = m_url.path;
    const QString remoteName = RemotePath::fileName(m_remotePath);

    const QString local = m_invocation.arguments.value(1);
    if (local == QLatin1String("-")) {
        m_toStdout = true;
        return true;
    }
    if (local.isEmpty()) {
        m_localPath = QDir::current().absoluteFilePath(remoteName);
    } else if (QFileInfo(local).isDir()) {
        m_localPath = QDir(local).absoluteFilePath(remoteName);
    } else if (local.endsWith(QLatin1Char('/')) || local.endsWith(QDir::separator())) {
        return failWith(ExitLocalIo, tr("The directory %1 does not exist.").arg(local));
    } else {
        m_localPath = QFileInfo(local).absoluteFilePath();
    }

    const QFileInfo target(m_localPath);
    if (target.isDir())
        return failWith(ExitLocalIo, tr("%1 is a directory.").arg(QDir::toNativeSeparators(m_localPath)));
    const QFileInfo directory(target.absolutePath());
    if (!directory.isDir())
        return failWith(
            ExitLocalIo,
            tr("The directory %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    m_tempPath = partFilePath(m_localPath); // where the engine writes until the file is complete
    return true;
}

bool CommandRunner::preparePut()
{
    const auto failWith = [this](int exitCode, const QString& message) {
        m_exitCode = exitCode;
        Console::writeErr(prefixed(message) + QLatin1Char('\n'));
        return false;
    };
    const QString local = m_invocation.arguments.value(0);
    if (local == QLatin1String("-"))
        return failWith(ExitUsage, tr("Uploading from standard input is not supported; name a file."));
    const QFileInfo source(local);
    if (!source.exists())
        return failWith(ExitLocalIo, tr("%1: no such file.").arg(local));
    if (source.isDir())
        return failWith(ExitLocalIo, tr("%1 is a directory; put uploads one file.").arg(local));
    m_localPath = source.absoluteFilePath();
    m_localSize = source.size();
    if (m_url.isDirectory)
        m_remotePath = RemotePath::join(m_url.path, source.fileName());
    else
        m_remotePath = m_url.path;
    return true;
}

bool CommandRunner::prepareRename()
{
    const auto usage = [this](const QString& message) {
        m_exitCode = ExitUsage;
        Console::writeErr(prefixed(message) + QLatin1Char('\n'));
        return false;
    };
    const QString newName = m_invocation.arguments.value(1);
    if (newName.isEmpty())
        return usage(tr("The new name is empty."));
    if (newName.contains(QLatin1String("://"))) {
        QString error;
        const std::optional<FtpUrl> target = parseFtpUrl(newName, &error);
        if (!target)
            return usage(error);
        if (target->host.compare(m_url.host, Qt::CaseInsensitive) != 0 || target->port != m_url.port)
            return usage(
                tr("%1 is on another server; mv renames on one server only.").arg(target->displayString));
        if (target->path.isEmpty() || target->path == QLatin1String("/"))
            return usage(tr("The URL %1 names no new name.").arg(target->displayString));
        m_renameTarget = target->path;
        return true;
    }
    m_renameTarget = RemotePath::join(RemotePath::parent(m_url.path), newName);
    return true;
}

void CommandRunner::start()
{
    if (usesEngine()) {
        startEngineTransfer();
        return;
    }
    FtpClientOptions options = m_client->options();
    options.dataMode = m_invocation.dataMode;
    options.tls = m_tls;
    m_client->setOptions(options);
    refuseUntrustedCertificates(m_client);
    if (m_invocation.verbose)
        connect(m_client, &FtpClient::logMessage, this, &CommandRunner::logMessage);

    whenSucceeded(m_client->connectToHost(m_login), [this] {
        m_loggedIn = true;
        if (m_invocation.verbose)
            Console::writeErr(prefixed(describeSecurity(m_client->security())) + QLatin1Char('\n'));
        runCommand();
    });
}

void CommandRunner::runCommand()
{
    switch (m_invocation.command) {
    case Command::Ls:
        runList();
        return;
    case Command::Get:
        runGetToStdout(); // into a file: the engine (startEngineTransfer)
        return;
    case Command::Put:
        break; // the engine (startEngineTransfer)
    case Command::Mkdir:
        runSimple(m_client->mkdir(m_url.path));
        return;
    case Command::Rmdir:
        runSimple(m_client->rmdir(m_url.path));
        return;
    case Command::Rm:
        runSimple(m_client->remove(m_url.path));
        return;
    case Command::Mv:
        runSimple(m_client->rename(m_url.path, m_renameTarget));
        return;
    case Command::None:
    case Command::Serve:
    case Command::Mirror:
        break;
    }
    fail(ExitUsage, tr("Not a command that talks to a server."));
}

void CommandRunner::runList()
{
    ListOperation* operation = m_client->list(m_url.path);
    // Parsed and printed while it arrives (see ListingPrinter): a large listing is written piece by
    // piece in the server's order and never held whole.
    operation->setDelivery(ListOperation::Delivery::Stream);
    auto printer =
        std::make_shared<ListingPrinter>(m_invocation.longListing ? ListingStyle::Long : ListingStyle::Short);
    connect(operation, &ListOperation::entriesParsed, this,
            [printer](const QList<RemoteEntry>& entries) { Console::writeOut(printer->add(entries)); });
    whenFinished(operation, [this, operation, printer] {
        if (operation->succeeded()) {
            Console::writeOut(printer->finish());
            reportUnparsedLines(operation);
            finish(ExitOk);
            return;
        }
        // MLSD (and some LIST implementations) refuse a file: look for it in its directory.
        const bool mayBeFile =
            !m_url.isDirectory && !m_url.path.isEmpty() && m_url.path != QLatin1String("/");
        if (mayBeFile && !m_interrupted && operation->error() == FtpOperation::Error::ServerRefused) {
            showSingleEntry(operation->errorString());
            return;
        }
        failOperation(operation);
    });
}

void CommandRunner::showSingleEntry(const QString& originalError)
{
    ListOperation* operation = m_client->list(RemotePath::parent(m_url.path));
    whenFinished(operation, [this, operation, originalError] {
        if (!operation->succeeded()) {
            if (m_interrupted || operation->error() != FtpOperation::Error::ServerRefused)
                failOperation(operation);
            else
                fail(ExitOperationFailed, originalError);
            return;
        }
        const QString name = RemotePath::fileName(m_url.path);
        for (const RemoteEntry& entry : operation->entries()) {
            if (entry.name == name && !entry.isDir()) {
                Console::writeOut(formatListing({entry}, m_invocation.longListing));
                finish(ExitOk);
                return;
            }
        }
        fail(ExitOperationFailed, tr("%1: no such file or directory.").arg(m_url.path));
    });
}

void CommandRunner::reportUnparsedLines(const ListOperation* operation)
{
    for (const QByteArray& line : operation->unparsedLines())
        m_console.message(prefixed(tr("Could not read this listing line: %1").arg(QString::fromUtf8(line))));
    const qint64 more = operation->unparsedLineCount() - operation->unparsedLines().size();
    if (more > 0)
        m_console.message(prefixed(tr("%n more listing line(s) could not be read.", nullptr, int(more))));
}

void CommandRunner::runGetToStdout()
{
    // Streaming into a pipe: no part file to rename, nothing to resume or retry, so no engine job.
    m_file = std::make_unique<QFile>();
#ifdef Q_OS_WIN
    _setmode(_fileno(stdout), _O_BINARY);
#endif
    std::fflush(stdout);
    if (!m_file->open(fileno(stdout), QIODevice::WriteOnly | QIODevice::Unbuffered,
                      QFileDevice::DontCloseHandle)) {
        fail(ExitLocalIo, tr("Cannot write to standard output: %1").arg(m_file->errorString()));
        return;
    }
    TransferOperation* operation = m_client->download(m_remotePath, m_file.get());
    m_console.startProgress(RemotePath::fileName(m_remotePath), 0);
    connect(operation, &FtpOperation::progress, this,
            [this](qint64 done, qint64 total) { m_console.updateProgress(done, total); });
    whenFinished(operation, [this, operation] { finishGetToStdout(operation); });
}

void CommandRunner::finishGetToStdout(TransferOperation* operation)
{
    m_file->close();
    if (!operation->succeeded()) {
        m_console.endProgress(false);
        failOperation(operation);
        return;
    }
    m_console.updateProgress(operation->bytesTransferred(), operation->totalBytes());
    m_console.endProgress(true);
    printTransferSummary(true, operation->bytesTransferred());
    finish(ExitOk);
}

// ---- get into a file and put: a job of the transfer engine ---------------------------------------------

bool CommandRunner::usesEngine() const
{
    return (m_invocation.command == Command::Get && !m_toStdout) || m_invocation.command == Command::Put;
}

void CommandRunner::startEngineTransfer()
{
    m_engine = new TransferEngine(this);
    TransferSettings settings;
    // The command replaces the target; the part file of an earlier run is continued only with -c.
    settings.defaultExistsAction = FileExistsAction::Overwrite;
    settings.maxRetries = 3;
    settings.retryBaseDelayMs = 1000;
    settings.retryMaxDelayMs = 4000;
    settings.progressIntervalMs = 200;
    m_engine->setSettings(settings);
    TransferSite site;
    site.id = QStringLiteral("cli");
    site.name = m_url.host;
    site.login = m_login;
    site.options.dataMode = m_invocation.dataMode;
    site.options.tls = m_tls;
    site.maxConnections = 1;
    m_engine->setSite(site);
    if (m_invocation.verbose) {
        connect(m_engine, &TransferEngine::connectionLog, this,
                [this](const QString&, int, FtpClient::LogKind kind, const QString& text) {
                    logMessage(kind, text);
                });
        connect(m_engine, &TransferEngine::logMessage, this,
                [this](TransferJobId, const QString& text) { logMessage(FtpClient::LogKind::Info, text); });
    }
    connect(m_engine, &TransferEngine::homeLocated, this, &CommandRunner::onHomeLocated);
    connect(m_engine, &TransferEngine::jobChanged, this,
            [this](TransferJobId id, const TransferJobSnapshot& snapshot) {
                if (id == m_job)
                    onJobChanged(snapshot);
            });
    connect(m_engine, &TransferEngine::idle, this, &CommandRunner::onEngineIdle);
    // Logs on first: a wrong password or a refused connection ends the command at once, without retries.
    m_homeRequest = m_engine->locateHome(site.id);
}

void CommandRunner::onHomeLocated(quint64 request, const SiteHome& home)
{
    if (request != m_homeRequest || m_finishing)
        return;
    if (!home.succeeded()) {
        if (m_interrupted || home.error == FtpOperation::Error::Canceled) {
            fail(ExitInterrupted, tr("Interrupted."));
            return;
        }
        const int code = exitCodeFor(home.error);
        fail(code == ExitOperationFailed ? ExitConnection : code, home.errorString);
        return;
    }
    m_loggedIn = true;
    TransferJobRequest job;
    job.siteId = QStringLiteral("cli");
    job.direction =
        m_invocation.command == Command::Put ? TransferDirection::Upload : TransferDirection::Download;
    job.unplanned = true;
    job.continuePartial = m_invocation.resume;
    job.localPath = m_localPath;
    job.remotePath =
        m_remotePath.startsWith(QLatin1Char('/')) ? m_remotePath : RemotePath::join(home.path, m_remotePath);
    QString error;
    m_job = m_engine->addJob(job, &error);
    if (!m_job) {
        fail(ExitUsage, error);
        return;
    }
    const QString label = job.direction == TransferDirection::Upload ? QFileInfo(m_localPath).fileName()
                                                                     : RemotePath::fileName(m_remotePath);
    m_console.startProgress(label, 0);
}

void CommandRunner::onJobChanged(const TransferJobSnapshot& snapshot)
{
    if (snapshot.activeFiles.isEmpty())
        return;
    const TransferJobSnapshot::ActiveFile& file = snapshot.activeFiles.first();
    if (!m_progressStarted) {
        // A resumed download starts at the part file's end.
        m_progressStarted = true;
        m_progressBase = file.position;
        const QString label = snapshot.direction == TransferDirection::Upload
                                  ? QFileInfo(m_localPath).fileName()
                                  : RemotePath::fileName(m_remotePath);
        if (m_progressBase > 0 && m_invocation.verbose)
            m_console.message(prefixed(tr("Resuming %1 at byte %2.").arg(label).arg(m_progressBase)));
        m_console.startProgress(label, m_progressBase);
    }
    m_console.updateProgress(file.position - m_progressBase,
                             file.size >= 0 ? file.size - m_progressBase : -1);
}

void CommandRunner::onEngineIdle()
{
    if (!m_job || m_finishing)
        return;
    const std::optional<TransferJobSnapshot> snapshot = m_engine->job(m_job);
    if (!snapshot)
        return;
    switch (snapshot->state) {
    case TransferJobState::Done:
    case TransferJobState::Skipped: {
        m_console.updateProgress(snapshot->bytesDone - m_progressBase, snapshot->bytesDone - m_progressBase);
        m_console.endProgress(true);
        printTransferSummary(snapshot->direction == TransferDirection::Download, snapshot->bytesDone);
        finish(ExitOk);
        return;
    }
    case TransferJobState::Failed: {
        m_console.endProgress(false);
        QString message =
            snapshot->failures.isEmpty() ? snapshot->errorString : snapshot->failures.first().message;
        if (message.isEmpty())
            message = snapshot->errorString;
        fail(exitCodeFor(snapshot->error), message);
        return;
    }
    case TransferJobState::Paused:
    case TransferJobState::Canceled:
        // Interrupted: a paused download (-c) keeps its part file.
        m_console.endProgress(false);
        discardDownload();
        fail(ExitInterrupted, tr("Interrupted."));
        return;
    case TransferJobState::Queued:
    case TransferJobState::Running:
        return;
    }
}

void CommandRunner::discardDownload()
{
    if (m_downloadDiscarded || m_invocation.command != Command::Get || m_toStdout)
        return;
    m_downloadDiscarded = true;
    if (m_invocation.resume && QFileInfo(m_tempPath).size() > 0) {
        m_console.message(prefixed(tr("The partial download is kept in %1; run the same command again to "
                                      "resume it.")
                                       .arg(QDir::toNativeSeparators(m_tempPath))));
        return;
    }
    QFile::remove(m_tempPath);
}

void CommandRunner::runSimple(FtpOperation* operation)
{
    whenSucceeded(operation, [this] { finish(ExitOk); });
}

void CommandRunner::whenFinished(FtpOperation* operation, std::function<void()> onFinished)
{
    m_current = operation;
    connect(operation, &FtpOperation::finished, this, [this, operation, onFinished] {
        if (m_current == operation)
            m_current = nullptr;
        if (m_finishing)
            return;
        onFinished();
    });
}

void CommandRunner::whenSucceeded(FtpOperation* operation, std::function<void()> onSuccess)
{
    whenFinished(operation, [this, operation, onSuccess] {
        if (operation->succeeded())
            onSuccess();
        else
            failOperation(operation);
    });
}

void CommandRunner::failOperation(const FtpOperation* operation)
{
    if (m_interrupted || operation->error() == FtpOperation::Error::Canceled) {
        fail(ExitInterrupted, tr("Interrupted."));
        return;
    }
    int exitCode = exitCodeFor(operation->error());
    // Whatever goes wrong before the login completed is a connection or login failure.
    if (!m_loggedIn && exitCode == ExitOperationFailed)
        exitCode = ExitConnection;
    QString message = operation->errorString();
    if (message.isEmpty())
        message = tr("%1 failed.").arg(operation->description());
    fail(exitCode, message);
}

void CommandRunner::fail(int exitCode, const QString& message)
{
    if (m_finishing)
        return;
    m_console.endProgress(false);
    m_console.message(prefixed(message));
    finish(exitCode);
}

void CommandRunner::finish(int exitCode)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_exitCode = exitCode;
    const auto leave = [this] {
        m_loop.exit(m_exitCode);
    };
    if (m_loggedIn && exitCode != ExitInterrupted && m_client->state() == FtpClient::State::Connected) {
        FtpOperation* quit = m_client->disconnectFromHost();
        connect(quit, &FtpOperation::finished, this, leave);
        QTimer::singleShot(QuitTimeoutMs, this, [this, leave] {
            m_client->abortConnection();
            leave();
        });
        return;
    }
    m_client->abortConnection();
    QTimer::singleShot(0, this, leave);
}

void CommandRunner::onInterrupted()
{
    if (m_engine && !m_finishing) {
        // Before the job exists there is nothing to finish cleanly.
        if (m_interrupted || !m_job) {
            m_interrupted = true;
            hardAbort();
            return;
        }
        m_interrupted = true;
        // A clean stop: a download with -c pauses (its part file stays to be resumed), anything else is
        // canceled (the part file goes). A second Ctrl-C, or no end in sight, stops the engine.
        if (m_invocation.command == Command::Get && m_invocation.resume)
            m_engine->pauseJob(m_job);
        else
            m_engine->cancelJob(m_job);
        QTimer::singleShot(AbortTimeoutMs, this, &CommandRunner::hardAbort);
        return;
    }
    if (m_finishing) {
        // Already on the way out (waiting for QUIT): stop waiting.
        m_client->abortConnection();
        m_loop.exit(ExitInterrupted);
        return;
    }
    // Before the login there is nothing to finish cleanly (and no greeting may ever come).
    if (m_interrupted || !m_current || !m_loggedIn) {
        m_interrupted = true;
        hardAbort();
        return;
    }
    m_interrupted = true;
    // A clean abort: the transfer closes its data connection and the operation finishes as Canceled,
    // which cleans up through the usual failure path. A second Ctrl-C, or no end in sight, cuts the line.
    m_current->abort();
    QTimer::singleShot(AbortTimeoutMs, this, &CommandRunner::hardAbort);
}

void CommandRunner::hardAbort()
{
    if (m_finishing)
        return;
    if (m_engine)
        m_engine->shutdown(QString(), AbortTimeoutMs);
    m_client->abortConnection();
    if (m_finishing) // the aborted operation's failure path has already run
        return;
    m_console.endProgress(false);
    discardDownload();
    fail(ExitInterrupted, tr("Interrupted."));
}

void CommandRunner::logMessage(FtpClient::LogKind kind, const QString& text)
{
    QString prefix;
    switch (kind) {
    case FtpClient::LogKind::Command:
        prefix = QStringLiteral("> ");
        break;
    case FtpClient::LogKind::Reply:
        prefix = QStringLiteral("< ");
        break;
    case FtpClient::LogKind::Info:
        prefix = QStringLiteral("* ");
        break;
    case FtpClient::LogKind::Error:
        prefix = QStringLiteral("! ");
        break;
    }
    m_console.message(prefix + text);
}

void CommandRunner::printTransferSummary(bool download, qint64 bytes)
{
    if (!m_invocation.verbose)
        return;
    const double seconds = m_console.progressSeconds();
    const QString where = download
                              ? (m_toStdout ? tr("standard output") : QDir::toNativeSeparators(m_localPath))
                              : m_remotePath;
    const QString text = download ? tr("Downloaded %1 bytes to %2 in %3 s (%4).")
                                  : tr("Uploaded %1 bytes to %2 in %3 s (%4).");
    m_console.message(
        prefixed(text.arg(bytes).arg(where).arg(seconds, 0, 'f', 2).arg(formatRate(bytes, seconds))));
}

} // namespace Ferry::Cli
