#include "mirrorcommand.h"

#include "client/ftpclient.h"
#include "client/ftpurl.h"
#include "client/listoperation.h"
#include "commandline.h"
#include "console.h"
#include "interruptwatcher.h"
#include "mirrorsync.h"
#include "protocol/remoteentry.h"
#include "protocol/remotepath.h"
#include "transfer/transferqueue.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QMap>
#include <QTimer>
#include <algorithm>

namespace Ferry::Cli {

namespace {

// What one side of the mirror holds, by path relative to its root ("a/b.txt").
struct TreeEntry
{
    bool dir = false;
    qint64 size = -1;
    QDateTime time;
};
using Tree = QMap<QString, TreeEntry>;

void err(const QString& line)
{
    Console::writeErr(QStringLiteral("ferry: ") + line + QLatin1Char('\n'));
}

// Waits for an operation of the control connection.
bool waitFor(FtpOperation* operation)
{
    if (!operation->isFinished()) {
        QEventLoop loop;
        QObject::connect(operation, &FtpOperation::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return operation->succeeded();
}

Tree localTree(const QString& root)
{
    Tree tree;
    const QDir base(root);
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.fileName().endsWith(QLatin1String(".ferry-part")))
            continue;
        TreeEntry entry;
        entry.dir = info.isDir();
        entry.size = entry.dir ? -1 : info.size();
        entry.time = info.lastModified();
        tree.insert(base.relativeFilePath(info.filePath()), entry);
    }
    return tree;
}

// Lists the remote tree breadth first; false (with *error) when a listing fails. A missing root is an
// empty tree.
bool remoteTree(FtpClient* client, const QString& root, Tree* tree, FtpOperation::Error* error,
                QString* errorString)
{
    QStringList pending{QString()};
    bool first = true;
    while (!pending.isEmpty()) {
        const QString relative = pending.takeFirst();
        const QString path = relative.isEmpty() ? root : RemotePath::join(root, relative);
        ListOperation* list = client->list(path);
        if (!waitFor(list)) {
            if (first && list->error() == FtpOperation::Error::ServerRefused)
                return true; // the destination does not exist yet
            *error = list->error();
            *errorString = list->errorString();
            return false;
        }
        first = false;
        for (const RemoteEntry& entry : list->entries()) {
            if (entry.name == QLatin1String(".") || entry.name == QLatin1String(".."))
                continue;
            if (entry.name.endsWith(QLatin1String(".ferry-part")))
                continue;
            const QString rel = relative.isEmpty() ? entry.name : relative + QLatin1Char('/') + entry.name;
            TreeEntry item;
            item.dir = entry.isDir();
            item.size = entry.size;
            item.time = entry.modified;
            tree->insert(rel, item);
            if (item.dir)
                pending << rel;
        }
    }
    return true;
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
        return s.startsWith(QLatin1String("ftp://"), Qt::CaseInsensitive);
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
    const bool upload = !settings.source.startsWith(QLatin1String("ftp://"), Qt::CaseInsensitive);
    const QString urlText = upload ? settings.destination : settings.source;
    QString error;
    const std::optional<FtpUrl> url = parseFtpUrl(urlText, &error);
    if (!url) {
        err(error);
        return ExitUsage;
    }
    const QString localPath = QFileInfo(upload ? settings.source : settings.destination).absoluteFilePath();
    if (upload && !QFileInfo(localPath).isDir()) {
        err(tr("%1 is not a folder.").arg(settings.source));
        return ExitLocalIo;
    }

    FtpLogin login;
    login.host = url->host;
    login.port = url->port;
    login.user = settings.hasUser ? settings.user : url->user;
    if (settings.hasPassword)
        login.password = settings.password;
    else if (url->hasPassword)
        login.password = url->password;
    else if (!login.isAnonymous() && qEnvironmentVariableIsSet("FERRY_PASSWORD"))
        login.password = qEnvironmentVariable("FERRY_PASSWORD");
    FtpClientOptions options;
    options.dataMode = settings.dataMode;

    // The control connection: checks the login, resolves the path, lists for --dry-run and --delete.
    FtpClient control;
    control.setOptions(options);
    FtpOperation* connecting = control.connectToHost(login);
    if (!waitFor(connecting)) {
        err(connecting->errorString());
        return exitCodeFor(connecting->error()) == ExitOperationFailed ? ExitConnection
                                                                       : exitCodeFor(connecting->error());
    }
    QString remotePath = url->path;
    if (!remotePath.startsWith(QLatin1Char('/'))) {
        FtpOperation* pwd = control.pwd();
        if (!waitFor(pwd)) {
            err(pwd->errorString());
            return ExitConnection;
        }
        remotePath =
            remotePath.isEmpty() ? pwd->resultPath() : RemotePath::join(pwd->resultPath(), remotePath);
    }
    remotePath = RemotePath::normalize(remotePath);
    if (!upload) {
        FtpOperation* cd = control.cd(remotePath);
        if (!waitFor(cd)) {
            err(tr("%1: %2").arg(url->displayString, cd->errorString()));
            return exitCodeFor(cd->error());
        }
        if (!settings.dryRun && !QDir().mkpath(localPath)) {
            err(tr("Cannot create the folder %1.").arg(localPath));
            return ExitLocalIo;
        }
    }

    const auto readRemote = [&](Tree* tree) -> int {
        FtpOperation::Error e = FtpOperation::Error::NoError;
        QString message;
        if (!remoteTree(&control, remotePath, tree, &e, &message)) {
            err(message);
            return exitCodeFor(e);
        }
        return ExitOk;
    };
    const auto accepted = [&](const QString& rel) {
        return transferFilterAccepts(rel, settings.include, settings.exclude);
    };
    // Entries at the destination that are not at the source (filtered), files first, deepest first.
    const auto extras = [&](const Tree& source, const Tree& target) {
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
    };

    if (settings.dryRun || settings.compare) {
        const int code = MirrorSync::preview(&control, settings, upload, localPath, remotePath, login);
        waitFor(control.disconnectFromHost());
        return code;
    }

    // ---- the transfer ----------------------------------------------------------------------------
    TransferQueue queue;
    TransferSettings transferSettings;
    transferSettings.defaultExistsAction = settings.newerOnly
                                               ? FileExistsAction::OverwriteIfNewer
                                               : FileExistsAction::OverwriteIfNewerOrSizeDiffers;
    transferSettings.retryBaseDelayMs = 1000;
    transferSettings.retryMaxDelayMs = 15000;
    transferSettings.progressIntervalMs = 250;
    queue.setSettings(transferSettings);
    TransferSite site;
    site.id = QStringLiteral("mirror");
    site.name = url->host;
    site.login = login;
    site.options = options;
    site.maxConnections = settings.parallel;
    queue.setSite(site);

    TransferJobRequest request;
    request.siteId = site.id;
    request.direction = upload ? TransferDirection::Upload : TransferDirection::Download;
    request.folder = true;
    request.localPath = localPath;
    request.remotePath = remotePath;
    request.includeGlobs = settings.include;
    request.excludeGlobs = settings.exclude;
    const TransferJobId id = queue.addJob(request, &error);
    if (!id) {
        err(error);
        return ExitUsage;
    }

    const bool terminal = Console::isStderrTerminal();
    const QString sourceRoot = upload ? localPath : remotePath;
    const auto relative = [&](const QString& path) {
        if (path.startsWith(sourceRoot) && path.size() > sourceRoot.size())
            return path.mid(sourceRoot.endsWith(QLatin1Char('/')) ? sourceRoot.size()
                                                                  : sourceRoot.size() + 1);
        return path;
    };
    // On a terminal: a line per active transfer and a total line, redrawn in place.
    int linesShown = 0;
    const auto erase = [&] {
        if (!linesShown)
            return;
        QString text = QStringLiteral("\r\033[K");
        for (int i = 1; i < linesShown; ++i)
            text += QStringLiteral("\033[1A\r\033[K");
        linesShown = 0;
        Console::writeErr(text);
    };
    QElapsedTimer clock;
    clock.start();
    const auto draw = [&](const TransferJobSnapshot& s) {
        if (!terminal)
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
        linesShown = int(lines.size());
    };
    QObject::connect(&queue, &TransferQueue::jobChanged,
                     [&](TransferJobId, const TransferJobSnapshot& s) { draw(s); });
    if (settings.verbose) {
        QObject::connect(&queue, &TransferQueue::logMessage, [&](TransferJobId, const QString& text) {
            erase();
            Console::writeErr(text + QLatin1Char('\n'));
        });
        QObject::connect(
            &queue, &TransferQueue::fileFinished, [&](TransferJobId, const QString& path, bool transferred) {
                erase();
                Console::writeErr(
                    (transferred ? tr("transferred %1\n") : tr("skipped %1\n")).arg(relative(path)));
            });
    }

    QEventLoop loop;
    QObject::connect(&queue, &TransferQueue::idle, &loop, &QEventLoop::quit);
    // Ctrl-C: cancel (partial downloads are removed) and leave with 130.
    bool interrupted = false;
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, [&] {
        interrupted = true;
        queue.cancelAll();
        QTimer::singleShot(3000, &loop, &QEventLoop::quit);
    });
    if (!queue.isIdle())
        loop.exec();
    erase();
    if (interrupted) {
        Console::writeErr(tr("ferry: interrupted\n"));
        return ExitInterrupted;
    }

    const TransferJobSnapshot snapshot = queue.job(id).value_or(TransferJobSnapshot{});
    const QList<TransferFileError> failures = queue.fileErrors(id);
    int exitCode = ExitOk;
    if (snapshot.state == TransferJobState::Failed && failures.isEmpty() && snapshot.filesFailed == 0) {
        // The job could not start: the walk failed.
        err(snapshot.errorString);
        exitCode = ExitConnection;
    } else if (snapshot.filesFailed > 0 || !failures.isEmpty()) {
        Console::writeErr(tr("Failed:\n"));
        for (const TransferFileError& failure : failures)
            Console::writeErr(QStringLiteral("  %1: %2\n").arg(failure.path, failure.message));
        exitCode = ExitOperationFailed;
    }

    int deleted = 0;
    int deleteFailed = 0;
    if (exitCode == ExitOk && settings.deleteExtra) {
        // The control connection may have timed out during a long transfer: log on again.
        if (!waitFor(control.noop())) {
            control.abortConnection();
            FtpOperation* again = control.connectToHost(login);
            if (!waitFor(again))
                err(again->errorString());
        }
        // Look again: the transfer created folders and files.
        const Tree localSide = localTree(localPath);
        Tree remoteSide;
        if (const int code = readRemote(&remoteSide); code != ExitOk) {
            exitCode = code;
        } else {
            const Tree& source = upload ? localSide : remoteSide;
            const Tree& target = upload ? remoteSide : localSide;
            for (const QString& rel : extras(source, target)) {
                const bool dir = target.value(rel).dir;
                bool ok = false;
                QString message;
                if (upload) {
                    const QString path = RemotePath::join(remotePath, rel);
                    FtpOperation* op = dir ? control.rmdir(path) : control.remove(path);
                    ok = waitFor(op);
                    message = op->errorString();
                } else {
                    const QString path = QDir(localPath).filePath(rel);
                    ok = dir ? QDir(localPath).rmdir(rel) : QFile::remove(path);
                    message = tr("cannot delete");
                }
                if (ok) {
                    ++deleted;
                    if (settings.verbose)
                        Console::writeErr(tr("deleted %1\n").arg(rel));
                } else if (!dir) { // a folder that keeps excluded files stays
                    ++deleteFailed;
                    Console::writeErr(tr("ferry: cannot delete %1: %2\n").arg(rel, message));
                }
            }
            if (deleteFailed)
                exitCode = upload ? ExitOperationFailed : ExitLocalIo;
        }
    }
    waitFor(control.disconnectFromHost());

    const double seconds = clock.elapsed() / 1000.0;
    Console::writeErr(
        tr("Mirror %1: %2 transferred, %3 skipped, %4 failed, %5 deleted, %6 in %7 s (%8)\n")
            .arg(upload ? tr("upload") : tr("download"), tr("%n file(s)", nullptr, snapshot.filesDone))
            .arg(snapshot.filesSkipped)
            .arg(snapshot.filesFailed)
            .arg(deleted)
            .arg(formatBytes(snapshot.bytesDone))
            .arg(seconds, 0, 'f', 1)
            .arg(formatRate(snapshot.bytesDone, seconds)));
    if (settings.watch && exitCode == ExitOk)
        return MirrorSync::watch(&queue, site.id, settings, localPath, remotePath);
    return exitCode;
}

} // namespace Ferry::Cli
