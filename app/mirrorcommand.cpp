#include "mirrorcommand.h"

#include "client/ftpclient.h"
#include "client/ftpurl.h"
#include "commandline.h"
#include "console.h"
#include "interruptwatcher.h"
#include "mirrorsync.h"
#include "protocol/remotepath.h"
#include "sync/syncscan.h"
#include "sync/watchsession.h"
#include "transfer/transferengine.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QTimer>
#include <algorithm>

namespace Ferry::Cli {

namespace {

constexpr int InterruptTimeoutMs = 3000; // how long Ctrl-C waits for the transfers to wind down

void err(const QString& line)
{
    Console::writeErr(QStringLiteral("ferry: ") + line + QLatin1Char('\n'));
}

bool isPartFile(const QString& path)
{
    return path.endsWith(QLatin1String(".ferry-part"));
}

} // namespace

bool MirrorCommand::parse(const QStringList& arguments, Settings* settings, QString* error)
{
    QCommandLineParser parser;
    const QCommandLineOption parallel(QStringLiteral("parallel"), QString(), QStringLiteral("N"));
    const QCommandLineOption newerOnly(QStringLiteral("newer-only"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"));
    const QCommandLineOption include(QStringLiteral("include"), QString(), QStringLiteral("GLOB"));
    const QCommandLineOption exclude(QStringLiteral("exclude"), QString(), QStringLiteral("GLOB"));
    const QCommandLineOption deleteExtra(QStringLiteral("delete"));
    const QCommandLineOption watch(QStringLiteral("watch"));
    const QCommandLineOption compare(QStringLiteral("compare"));
    const QCommandLineOption checksum(QStringLiteral("checksum"));
    const QCommandLineOption user(QStringLiteral("user"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption password(QStringLiteral("password"), QString(), QStringLiteral("PASSWORD"));
    const QCommandLineOption active(QStringLiteral("active"));
    const QCommandLineOption passive(QStringLiteral("passive"));
    const QCommandLineOption verbose(QStringList{QStringLiteral("v"), QStringLiteral("verbose")});
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({parallel, newerOnly, dryRun, include, exclude, deleteExtra, watch, compare, checksum,
                       user, password, active, passive, verbose, help});
    parser.addOptions(TlsOptions::options());
    if (!parser.parse(QStringList{QStringLiteral("ferry")} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(help)) {
        settings->help = true;
        return true;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        *error = positional.size() < 2 ? tr("Missing argument (usage: ferry mirror SRC DEST).")
                                       : tr("Too many arguments (usage: ferry mirror SRC DEST).");
        return false;
    }
    settings->source = positional.at(0);
    settings->destination = positional.at(1);
    const auto isUrl = [](const QString& s) {
        return isFtpUrl(s);
    };
    if (isUrl(settings->source) == isUrl(settings->destination)) {
        *error = tr("One of SRC and DEST must be an ftp:// URL and the other a local folder.");
        return false;
    }
    if (parser.isSet(parallel)) {
        bool ok = false;
        settings->parallel = parser.value(parallel).toInt(&ok);
        if (!ok || settings->parallel < 1 || settings->parallel > 32) {
            *error = tr("--parallel takes a number from 1 to 32.");
            return false;
        }
    }
    if (parser.isSet(active) && parser.isSet(passive)) {
        *error = tr("Choose --active or --passive, not both.");
        return false;
    }
    if (parser.isSet(active))
        settings->dataMode = DataConnectionMode::Active;
    else if (parser.isSet(passive))
        settings->dataMode = DataConnectionMode::Passive;
    settings->newerOnly = parser.isSet(newerOnly);
    settings->dryRun = parser.isSet(dryRun);
    settings->deleteExtra = parser.isSet(deleteExtra);
    settings->watch = parser.isSet(watch);
    settings->compare = parser.isSet(compare);
    settings->checksum = parser.isSet(checksum);
    if (settings->watch && (isUrl(settings->source) || settings->dryRun || settings->compare)) {
        *error =
            tr("--watch uploads a local folder: use it with a local SRC, without --dry-run or --compare.");
        return false;
    }
    settings->include = parser.values(include);
    settings->exclude = parser.values(exclude);
    const std::optional<TlsOptions> tls = TlsOptions::read(parser, error);
    if (!tls)
        return false;
    settings->tls = *tls;
    settings->hasUser = parser.isSet(user);
    settings->user = parser.value(user);
    settings->hasPassword = parser.isSet(password);
    settings->password = parser.value(password);
    settings->verbose = parser.isSet(verbose);
    return true;
}

QString MirrorCommand::helpText()
{
    return tr("Usage: ferry mirror [OPTIONS] SRC DEST\n"
              "\n"
              "Makes DEST a copy of SRC. One of them is an ftp:// URL of a folder, the\n"
              "other a local folder: a local SRC is uploaded, a remote SRC is downloaded.\n"
              "The contents of SRC go into DEST, which is created when missing. A file that\n"
              "exists at DEST is replaced when its size differs or the source is newer, and\n"
              "skipped otherwise. Transient failures are retried, continuing where the\n"
              "server allows it; uploads are verified. Downloads keep the remote times.\n"
              "\n"
              "Options:\n"
              "      --parallel N      Up to N connections at once (default: 3, one for board\n"
              "                        servers).\n"
              "      --newer-only      Transfer only files missing at DEST or newer at SRC.\n"
              "      --dry-run         Print what would be transferred (and with --delete,\n"
              "                        deleted) on standard output, one line each with the\n"
              "                        reason; change nothing.\n"
              "      --include GLOB    Only files whose relative path, name or a folder above\n"
              "                        matches GLOB (*, ?, [...]; '*' stops at '/';\n"
              "                        repeatable).\n"
              "      --exclude GLOB    Leave out files whose relative path, name or a folder\n"
              "                        above matches GLOB (repeatable).\n"
              "      --delete          After a transfer without failures, delete the files and\n"
              "                        folders at DEST that are not in SRC. Files left out by\n"
              "                        --include/--exclude are kept.\n"
              "      --compare         Print what differs between SRC and DEST, one line each\n"
              "                        with the reason (-v: the equal ones too); change\n"
              "                        nothing. Exit status 0 when nothing differs, 1 otherwise.\n"
              "      --checksum        Compare files of the same size by the server's checksum\n"
              "                        (HASH, XSHA256, XSHA1, XMD5 or XCRC) instead of times.\n"
              "      --watch           After the mirror, keep uploading what changes in SRC\n"
              "                        (a local folder), a line per upload; with --delete also\n"
              "                        delete what is deleted; what --exclude matches is not\n"
              "                        watched. Ctrl-C stops.\n"
              "      --user NAME       Log in as NAME (instead of the URL's user).\n"
              "      --password PASSWORD\n"
              "                        Log in with PASSWORD (or set FERRY_PASSWORD).\n"
              "      --active          Active mode: the server connects to ferry for data.\n"
              "      --passive         Passive mode (default, falling back to active).\n"
              "  -v, --verbose         A line per file transferred, skipped or deleted, and\n"
              "                        per retry or failure.\n"
              "  -h, --help            Show this help.\n"
              "      --tls MODE        auto, require, implicit or off (overrides the URL's\n"
              "                        scheme: ftp://, ftpes://, ftps://).\n"
              "      --fingerprint SHA256\n"
              "                        Trust the server certificate with this SHA-256.\n"
              "      --cacert FILE     Trust the CA or server certificate in FILE.\n"
              "\n"
              "On a terminal, standard error shows a line per running transfer and a total.\n"
              "A summary follows at the end: files transferred, skipped, failed, deleted,\n"
              "bytes and time.\n"
              "\n"
              "Exit status: 0 everything mirrored, 1 some files failed (listed on standard\n"
              "error) or the server refused, 2 usage error, 3 connection or login failure,\n"
              "4 local I/O error, 130 interrupted (Ctrl-C).\n");
}

int MirrorCommand::run(const Settings& settings)
{
    MirrorCommand command(settings);
    return command.exec();
}

MirrorCommand::MirrorCommand(const Settings& settings, QObject* parent)
    : QObject(parent), m_settings(settings), m_upload(!isFtpUrl(settings.source))
{}

MirrorCommand::~MirrorCommand()
{
    delete m_engine; // stops its thread
}

int MirrorCommand::exec()
{
    const QString urlText = m_upload ? m_settings.destination : m_settings.source;
    QString error;
    const std::optional<FtpUrl> url = parseFtpUrl(urlText, &error);
    if (!url) {
        err(error);
        return ExitUsage;
    }
    m_localPath = QFileInfo(m_upload ? m_settings.source : m_settings.destination).absoluteFilePath();
    if (m_upload && !QFileInfo(m_localPath).isDir()) {
        err(tr("%1 is not a folder.").arg(m_settings.source));
        return ExitLocalIo;
    }
    m_remotePath = url->path;

    TransferSite site;
    site.id = QStringLiteral("mirror");
    site.name = url->host;
    site.login.host = url->host;
    site.login.port = url->port;
    site.login.user = m_settings.hasUser ? m_settings.user : url->user;
    if (m_settings.hasPassword)
        site.login.password = m_settings.password;
    else if (url->hasPassword)
        site.login.password = url->password;
    else if (!site.login.isAnonymous() && qEnvironmentVariableIsSet("FERRY_PASSWORD"))
        site.login.password = qEnvironmentVariable("FERRY_PASSWORD");
    site.options.dataMode = m_settings.dataMode;
    if (!m_settings.tls.apply(*url, &site.options.tls, &site.login.port, &error)) {
        err(error);
        return ExitUsage;
    }
    site.maxConnections = m_settings.parallel;
    m_siteId = site.id;
    m_site = site;

    m_engine = new TransferEngine;
    TransferSettings transferSettings;
    transferSettings.defaultExistsAction = m_settings.newerOnly
                                               ? FileExistsAction::OverwriteIfNewer
                                               : FileExistsAction::OverwriteIfNewerOrSizeDiffers;
    transferSettings.retryBaseDelayMs = 1000;
    transferSettings.retryMaxDelayMs = 15000;
    transferSettings.progressIntervalMs = 250;
    m_engine->setSettings(transferSettings);
    m_engine->setSite(site);
    connect(m_engine, &TransferEngine::homeLocated, this, &MirrorCommand::onHomeLocated);
    connect(m_engine, &TransferEngine::remoteTreeListed, this, &MirrorCommand::onTreeListed);
    connect(m_engine, &TransferEngine::remoteRemoved, this, &MirrorCommand::onRemoteRemoved);
    connect(m_engine, &TransferEngine::idle, this, &MirrorCommand::onIdle);
    connect(m_engine, &TransferEngine::jobChanged, this,
            [this](TransferJobId, const TransferJobSnapshot& snapshot) { draw(snapshot); });
    if (m_settings.verbose) {
        connect(m_engine, &TransferEngine::logMessage, this, [this](TransferJobId, const QString& text) {
            erase();
            Console::writeErr(text + QLatin1Char('\n'));
        });
        connect(m_engine, &TransferEngine::fileFinished, this,
                [this](TransferJobId, const QString& path, bool transferred) {
                    erase();
                    Console::writeErr(
                        (transferred ? tr("transferred %1\n") : tr("skipped %1\n")).arg(relative(path)));
                });
    }
    m_terminal = Console::isStderrTerminal();
    m_interrupts = new InterruptWatcher(this);
    connect(m_interrupts, &InterruptWatcher::interrupted, this, &MirrorCommand::onInterrupted);
    m_clock.start();
    QTimer::singleShot(0, this, &MirrorCommand::start);
    return m_loop.exec();
}

// ---- the steps, one signal after another ---------------------------------------------------------------

void MirrorCommand::start()
{
    // Logs on (a wrong password ends here, before anything moves) and learns where relative paths start.
    m_phase = Phase::Login;
    m_request = m_engine->locateHome(m_siteId);
}

void MirrorCommand::onHomeLocated(quint64 request, const SiteHome& home)
{
    if (request != m_request || m_phase != Phase::Login)
        return;
    if (!home.succeeded()) {
        err(home.errorString);
        const int code = exitCodeFor(home.error);
        finish(code == ExitOperationFailed ? ExitConnection : code);
        return;
    }
    if (!m_remotePath.startsWith(QLatin1Char('/')))
        m_remotePath = m_remotePath.isEmpty() ? home.path : RemotePath::join(home.path, m_remotePath);
    m_remotePath = RemotePath::normalize(m_remotePath);
    if (m_settings.dryRun || m_settings.compare) {
        startPreview();
        return;
    }
    startTransfer();
}

void MirrorCommand::startPreview()
{
    // The sync scan reads both trees (and checksums) over a connection of its own, in this thread: the
    // command line has no window to keep smooth.
    m_phase = Phase::Preview;
    m_control = new FtpClient(this);
    m_control->setOptions(m_site.options);
    refuseUntrustedCertificates(m_control);
    FtpOperation* connecting = m_control->connectToHost(m_site.login);
    connect(connecting, &FtpOperation::finished, this, [this, connecting]() {
        if (m_phase != Phase::Preview)
            return;
        if (!connecting->succeeded()) {
            err(connecting->errorString());
            const int code = exitCodeFor(connecting->error());
            finish(code == ExitOperationFailed ? ExitConnection : code);
            return;
        }
        const SyncOptions options = MirrorSync::syncOptions(m_settings, m_upload, m_site.login);
        m_scan = new SyncScan(m_control, m_localPath, m_remotePath, options.compare, this);
        connect(m_scan, &SyncScan::finished, this, &MirrorCommand::onPreviewScanned);
        if (m_settings.verbose)
            connect(m_scan, &SyncScan::status, this,
                    [](const QString& text) { Console::writeErr(text + QLatin1Char('\n')); });
        m_scan->start();
    });
}

void MirrorCommand::onPreviewScanned()
{
    if (m_phase != Phase::Preview)
        return;
    int code = ExitOk;
    if (!m_scan->succeeded()) {
        err(m_scan->errorString());
        code = exitCodeFor(m_scan->error());
    } else if (!m_upload && m_scan->remoteRootMissing()) {
        err(tr("Cannot open the folder %1 on the server.").arg(m_remotePath));
        code = ExitOperationFailed;
    } else {
        code = MirrorSync::printPreview(*m_scan, m_settings,
                                        MirrorSync::syncOptions(m_settings, m_upload, m_site.login));
    }
    FtpOperation* quit = m_control->disconnectFromHost();
    connect(quit, &FtpOperation::finished, this, [this, code]() { finish(code); });
}

void MirrorCommand::onTreeListed(quint64 request, const RemoteTree& tree)
{
    if (request != m_request || m_phase != Phase::Delete)
        return;
    if (!tree.succeeded()) {
        err(tree.errorString);
        finish(exitCodeFor(tree.error));
        return;
    }
    if (!m_upload && tree.rootMissing) {
        err(tr("Cannot open the folder %1 on the server.").arg(m_remotePath));
        finish(ExitOperationFailed);
        return;
    }
    deleteExtras(remoteTreeOf(tree));
}

void MirrorCommand::startTransfer()
{
    m_phase = Phase::Transfer;
    TransferJobRequest request;
    request.siteId = m_siteId;
    request.direction = m_upload ? TransferDirection::Upload : TransferDirection::Download;
    request.folder = true;
    request.localPath = m_localPath;
    request.remotePath = m_remotePath;
    request.includeGlobs = m_settings.include;
    request.excludeGlobs = m_settings.exclude;
    QString error;
    m_job = m_engine->addJob(request, &error);
    if (!m_job) {
        err(error);
        finish(ExitUsage);
    }
}

void MirrorCommand::onIdle()
{
    if (m_phase == Phase::StopWatch) {
        finish(m_exitCode);
        return;
    }
    if (m_phase != Phase::Transfer)
        return;
    erase();
    if (m_interrupted) {
        finish(ExitInterrupted);
        return;
    }
    const TransferJobSnapshot snapshot = m_engine->job(m_job).value_or(TransferJobSnapshot{});
    if (snapshot.state == TransferJobState::Failed && snapshot.failures.isEmpty() &&
        snapshot.filesFailed == 0) {
        // The job could not start: the login or the walk failed.
        err(snapshot.errorString);
        const int code = exitCodeFor(snapshot.error);
        m_exitCode = code == ExitOk ? ExitConnection : code;
    } else if (snapshot.filesFailed > 0 || !snapshot.failures.isEmpty()) {
        Console::writeErr(tr("Failed:\n"));
        for (const TransferFileError& failure : snapshot.failures)
            Console::writeErr(QStringLiteral("  %1: %2\n").arg(failure.path, failure.message));
        m_exitCode = ExitOperationFailed;
    }
    if (m_exitCode == ExitOk && m_settings.deleteExtra) {
        // Look again: the transfer created folders and files.
        m_phase = Phase::Delete;
        m_request = m_engine->listRemoteTree(m_siteId, m_remotePath);
        return;
    }
    complete();
}

void MirrorCommand::deleteExtras(const Tree& remote)
{
    const Tree local = localTree(m_localPath);
    const Tree& source = m_upload ? local : remote;
    const Tree& target = m_upload ? remote : local;
    const QStringList paths = extras(source, target);
    if (m_upload) {
        QList<RemoteTreeEntry> entries;
        for (const QString& rel : paths)
            entries.append(
                RemoteTreeEntry{RemotePath::join(m_remotePath, rel), target.value(rel).dir, -1, QDateTime()});
        m_removing = entries;
        if (!entries.isEmpty()) {
            m_request = m_engine->removeRemote(m_siteId, entries);
            return;
        }
        onRemoteRemoved(m_request, {});
        return;
    }
    for (const QString& rel : paths) {
        const bool dir = target.value(rel).dir;
        const bool ok = dir ? QDir(m_localPath).rmdir(rel) : QFile::remove(QDir(m_localPath).filePath(rel));
        if (ok) {
            ++m_deleted;
            if (m_settings.verbose)
                Console::writeErr(tr("deleted %1\n").arg(rel));
        } else if (!dir) { // a folder that keeps excluded files stays
            ++m_deleteFailed;
            Console::writeErr(tr("ferry: cannot delete %1: %2\n").arg(rel, tr("cannot delete")));
        }
    }
    if (m_deleteFailed)
        m_exitCode = ExitLocalIo;
    complete();
}

void MirrorCommand::onRemoteRemoved(quint64 request, const QList<TransferFileError>& failures)
{
    if (request != m_request || m_phase != Phase::Delete)
        return;
    QHash<QString, QString> failed;
    for (const TransferFileError& failure : failures)
        failed.insert(failure.path, failure.message);
    for (const RemoteTreeEntry& entry : std::as_const(m_removing)) {
        const QString rel = relative(entry.path);
        const auto reason = failed.constFind(entry.path);
        if (reason == failed.cend()) {
            ++m_deleted;
            if (m_settings.verbose)
                Console::writeErr(tr("deleted %1\n").arg(rel));
        } else if (!entry.folder) { // a folder that keeps excluded files stays
            ++m_deleteFailed;
            Console::writeErr(tr("ferry: cannot delete %1: %2\n").arg(rel, *reason));
        }
    }
    if (m_deleteFailed)
        m_exitCode = ExitOperationFailed;
    complete();
}

void MirrorCommand::complete()
{
    printSummary();
    if (!m_settings.watch || m_exitCode != ExitOk) {
        finish(m_exitCode);
        return;
    }
    m_phase = Phase::Watch;
    QString error;
    m_watch = MirrorSync::startWatch(m_engine, m_siteId, m_settings, m_localPath, m_remotePath,
                                     &m_watchFailures, this, &error);
    if (!m_watch) {
        err(error);
        finish(ExitLocalIo);
        return;
    }
    connect(m_watch, &WatchSession::runningChanged, this, [this](bool running) {
        if (!running)
            stopWatching(ExitLocalIo); // the folder went away
    });
}

void MirrorCommand::stopWatching(int exitCode)
{
    if (m_phase != Phase::Watch)
        return;
    m_phase = Phase::StopWatch;
    m_exitCode = exitCode;
    m_watch->disconnect(this);
    MirrorSync::stopWatch(m_watch, m_watchFailures);
    // An upload cut short is removed from the server; leave once that is done (or after a while).
    m_engine->cancelAll();
    if (m_engine->isIdle()) {
        finish(m_exitCode);
        return;
    }
    QTimer::singleShot(InterruptTimeoutMs, this, [this]() { finish(m_exitCode); });
}

void MirrorCommand::onInterrupted()
{
    if (m_phase == Phase::Watch) {
        stopWatching(ExitOk);
        return;
    }
    if (m_phase == Phase::StopWatch)
        return;
    m_interrupted = true;
    if (m_phase != Phase::Transfer) {
        erase();
        Console::writeErr(tr("ferry: interrupted\n"));
        finish(ExitInterrupted);
        return;
    }
    // Cancel (partial downloads are removed) and leave with 130 once the transfers wound down.
    m_engine->cancelAll();
    QTimer::singleShot(InterruptTimeoutMs, this, [this]() {
        erase();
        finish(ExitInterrupted);
    });
}

void MirrorCommand::finish(int exitCode)
{
    if (m_phase == Phase::Done && !m_loop.isRunning())
        return;
    if (exitCode == ExitInterrupted && m_phase == Phase::Transfer)
        Console::writeErr(tr("ferry: interrupted\n"));
    m_phase = Phase::Done;
    m_loop.exit(exitCode);
}

void MirrorCommand::printSummary()
{
    const TransferJobSnapshot snapshot = m_engine->job(m_job).value_or(TransferJobSnapshot{});
    const double seconds = m_clock.elapsed() / 1000.0;
    Console::writeErr(
        tr("Mirror %1: %2 transferred, %3 skipped, %4 failed, %5 deleted, %6 in %7 s (%8)\n")
            .arg(m_upload ? tr("upload") : tr("download"), tr("%n file(s)", nullptr, snapshot.filesDone))
            .arg(snapshot.filesSkipped)
            .arg(snapshot.filesFailed)
            .arg(m_deleted)
            .arg(formatBytes(snapshot.bytesDone))
            .arg(seconds, 0, 'f', 1)
            .arg(formatRate(snapshot.bytesDone, seconds)));
}

// ---- the two trees -------------------------------------------------------------------------------------

MirrorCommand::Tree MirrorCommand::localTree(const QString& root)
{
    Tree tree;
    const QDir base(root);
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (isPartFile(info.fileName()))
            continue;
        TreeEntry entry;
        entry.dir = info.isDir();
        entry.size = entry.dir ? -1 : info.size();
        entry.time = info.lastModified();
        tree.insert(base.relativeFilePath(info.filePath()), entry);
    }
    return tree;
}

MirrorCommand::Tree MirrorCommand::remoteTreeOf(const RemoteTree& remote)
{
    Tree tree;
    for (const RemoteTreeEntry& entry : remote.entries) {
        if (isPartFile(entry.path))
            continue;
        tree.insert(entry.path, TreeEntry{entry.folder, entry.folder ? -1 : entry.size, entry.time});
    }
    return tree;
}

bool MirrorCommand::accepted(const QString& relativePath) const
{
    return transferFilterAccepts(relativePath, m_settings.include, m_settings.exclude);
}

QStringList MirrorCommand::extras(const Tree& source, const Tree& target) const
{
    QStringList files;
    QStringList dirs;
    for (auto it = target.cbegin(); it != target.cend(); ++it) {
        if (source.contains(it.key()) && source.value(it.key()).dir == it->dir)
            continue;
        if (!accepted(it.key()))
            continue;
        (it->dir ? dirs : files) << it.key();
    }
    std::sort(dirs.begin(), dirs.end(), [](const QString& a, const QString& b) {
        return a.count(QLatin1Char('/')) > b.count(QLatin1Char('/'));
    });
    return files + dirs;
}

// ---- the progress lines --------------------------------------------------------------------------------

QString MirrorCommand::relative(const QString& path) const
{
    const QString sourceRoot = m_upload ? m_localPath : m_remotePath;
    if (path.startsWith(sourceRoot) && path.size() > sourceRoot.size())
        return path.mid(sourceRoot.endsWith(QLatin1Char('/')) ? sourceRoot.size() : sourceRoot.size() + 1);
    const QString targetRoot = m_upload ? m_remotePath : m_localPath;
    if (path.startsWith(targetRoot) && path.size() > targetRoot.size())
        return path.mid(targetRoot.endsWith(QLatin1Char('/')) ? targetRoot.size() : targetRoot.size() + 1);
    return path;
}

void MirrorCommand::erase()
{
    if (!m_linesShown)
        return;
    QString text = QStringLiteral("\r\033[K");
    for (int i = 1; i < m_linesShown; ++i)
        text += QStringLiteral("\033[1A\r\033[K");
    m_linesShown = 0;
    Console::writeErr(text);
}

void MirrorCommand::draw(const TransferJobSnapshot& s)
{
    // On a terminal: a line per active transfer and a total line, redrawn in place.
    if (!m_terminal || s.id != m_job)
        return;
    erase();
    QStringList lines;
    for (const TransferJobSnapshot::ActiveFile& file : s.activeFiles) {
        QString name = relative(file.path);
        if (name.size() > 50)
            name = QStringLiteral("...") + name.right(47);
        const QString percent =
            file.size > 0 ? QStringLiteral(" %1%").arg(file.position * 100 / file.size) : QString();
        lines << QStringLiteral("  %1  %2%3").arg(name, formatBytes(file.position), percent);
    }
    const QString total = s.bytesTotal >= 0 ? formatBytes(s.bytesTotal) : QStringLiteral("?");
    lines << tr("%1/%2%3 files, %4 skipped, %5 failed, %6 of %7, %8/s, ETA %9")
                 .arg(s.filesDone)
                 .arg(s.filesTotal)
                 .arg(s.planning ? QStringLiteral("+") : QString())
                 .arg(s.filesSkipped)
                 .arg(s.filesFailed)
                 .arg(formatBytes(s.bytesDone), total, formatBytes(qint64(s.bytesPerSecond)),
                      s.etaSeconds >= 0 ? QStringLiteral("%1 s").arg(s.etaSeconds) : QStringLiteral("-"));
    Console::writeErr(lines.join(QLatin1Char('\n')));
    m_linesShown = int(lines.size());
}

} // namespace Ferry::Cli
