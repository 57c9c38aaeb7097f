#include "transfer/jobplanner.h"

#include "client/ftpclient.h"
#include "client/listfactsoperation.h"
#include "client/listoperation.h"
#include "client/retrypolicy.h"
#include "client/servercapabilities.h"
#include "client/statoperation.h"
#include "protocol/remotepath.h"
#include "transfer/transferpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace Ferry {

namespace {

constexpr int MaxDepth = 64;

bool isDotEntry(const RemoteEntry& entry)
{
    return entry.name == QLatin1String(".") || entry.name == QLatin1String("..") || entry.name.isEmpty();
}

} // namespace

JobPlanner::JobPlanner(const Request& request, QObject* parent) : QObject(parent), m_request(request)
{
    m_request.remotePath = RemotePath::normalize(request.remotePath);
    m_request.localPath = QDir::cleanPath(request.localPath);
}

JobPlanner::~JobPlanner()
{
    if (m_op) {
        m_op->disconnect(this);
        m_op->abort();
    }
}

void JobPlanner::run(FtpClient* client)
{
    m_client = client;
    m_uniqueRequested = false;
    m_aborting = false;
    m_outcome = Outcome::Running;
    m_error = FtpOperation::Error::NoError;
    m_errorString.clear();
    m_retryable = false;
    // From the event loop, never inside the caller.
    QTimer::singleShot(0, this, &JobPlanner::advance);
}

void JobPlanner::abort()
{
    if (m_outcome != Outcome::Running || m_aborting)
        return;
    m_aborting = true;
    if (m_op) {
        m_op->abort();
        return;
    }
    QTimer::singleShot(0, this, [this]() { stop(Outcome::Aborted); });
}

void JobPlanner::stop(Outcome outcome)
{
    if (m_outcome != Outcome::Running)
        return;
    m_op = nullptr;
    m_outcome = outcome;
    m_client = nullptr;
    Q_EMIT stopped();
}

void JobPlanner::stall(FtpOperation* operation)
{
    m_error = operation->error();
    m_errorString = operation->errorString();
    m_retryable = isWorthRetrying(operation->error());
    stop(Outcome::Failed);
}

void JobPlanner::failPermanently(FtpOperation::Error error, const QString& message)
{
    m_error = error;
    m_errorString = message;
    m_retryable = false;
    stop(Outcome::Failed);
}

bool JobPlanner::isLoop(const Folder& parent, const QString& real) const
{
    // A link to a folder that is, or contains, one the walk is inside of would lead back into itself.
    const auto containsOrIs = [this, &real](const QString& inside) {
        if (m_request.direction == TransferDirection::Download)
            return RemotePath::isSameOrBelow(inside, real);
        return inside == real ||
               inside.startsWith(real.endsWith(QLatin1Char('/')) ? real : real + QLatin1Char('/'));
    };
    if (containsOrIs(parent.real))
        return true;
    for (const QString& above : parent.chain) {
        if (containsOrIs(above))
            return true;
    }
    return false;
}

const RemoteEntry* JobPlanner::findEntry(const QString& name) const
{
    for (const RemoteEntry& entry : m_entries) {
        if (entry.name == name)
            return &entry;
    }
    // Board servers (FAT) match names without regard to case.
    if (m_client && m_client->capabilities().isMinimal()) {
        for (const RemoteEntry& entry : m_entries) {
            if (entry.name.compare(name, Qt::CaseInsensitive) == 0)
                return &entry;
        }
    }
    return nullptr;
}

void JobPlanner::advance()
{
    if (m_outcome != Outcome::Running)
        return;
    if (m_aborting) {
        stop(Outcome::Aborted);
        return;
    }
    if (requestUniqueFact())
        return;
    switch (m_phase) {
    case Phase::Start:
        stepStart();
        return;
    case Phase::RootIdentity:
        learnRootIdentity();
        return;
    case Phase::NextFolder:
        startFolder();
        return;
    case Phase::CheckFolder:
        checkFolder();
        return;
    case Phase::ListFolder:
        listFolder();
        return;
    case Phase::CreateFolder:
        createRemoteChain();
        return;
    case Phase::ReadFolder:
        if (m_request.direction == TransferDirection::Upload)
            readLocalFolder();
        else
            processRemoteListing();
        return;
    case Phase::MakeSubfolders:
        makeNextSubfolder();
        return;
    case Phase::ProbeLinks:
        probeNextLink();
        return;
    }
}

// The first step: is the job's path a file or a folder, and where do things go?
void JobPlanner::stepStart()
{
    if (m_request.direction == TransferDirection::Upload) {
        const QFileInfo local(m_request.localPath);
        if (!local.exists()) {
            failPermanently(FtpOperation::Error::LocalIoError,
                            tr("%1 does not exist.").arg(QDir::toNativeSeparators(m_request.localPath)));
            return;
        }
        m_request.folder = local.isDir();
        Folder root;
        if (m_request.folder) {
            root.local = m_request.localPath;
            root.remote = m_request.remotePath;
            root.real = local.canonicalFilePath();
        } else {
            // A single file: its remote folder is listed (the target's size and time) like a folder's.
            m_singleFile = true;
            root.local = local.absolutePath();
            root.remote = RemotePath::parent(m_request.remotePath);
        }
        m_folders.push_back(root);
        m_phase = Phase::NextFolder;
        advance();
        return;
    }
    // Downloads: list the parent to learn whether the path is a file or a folder (board servers have no
    // SIZE and cannot LIST a file), unless the caller said it is a folder.
    if (m_request.folder) {
        if (!m_request.listOnly && !QDir().mkpath(m_request.localPath)) {
            failPermanently(
                FtpOperation::Error::LocalIoError,
                tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(m_request.localPath)));
            return;
        }
        Folder root;
        root.local = m_request.localPath;
        root.remote = m_request.remotePath;
        root.real = m_request.remotePath;
        m_folders.push_back(root);
        m_phase = Phase::RootIdentity;
        advance();
        return;
    }
    const QString name = RemotePath::fileName(m_request.remotePath);
    if (name.isEmpty()) {
        m_request.folder = true;
        advance();
        return;
    }
    ListOperation* operation = m_client->list(RemotePath::parent(m_request.remotePath));
    m_op = operation;
    connect(operation, &FtpOperation::finished, this, [this, operation, name]() {
        m_op = nullptr;
        if (m_aborting) {
            stop(Outcome::Aborted);
            return;
        }
        if (!operation->succeeded()) {
            if (isWorthRetrying(operation->error()))
                stall(operation);
            else
                failPermanently(operation->error(), operation->errorString());
            return;
        }
        m_entries = operation->entries();
        const RemoteEntry* entry = findEntry(name);
        if (!entry) {
            failPermanently(FtpOperation::Error::ServerRefused,
                            tr("%1 is not on the server (it is not in the listing of %2).")
                                .arg(m_request.remotePath, RemotePath::parent(m_request.remotePath)));
            return;
        }
        if (entry->isDir()) {
            m_request.folder = true;
            advance();
            return;
        }
        if (entry->isSymlink()) {
            // A link the user picked: a folder if CWD works.
            FtpOperation* probe = m_client->cd(m_request.remotePath);
            const RemoteEntry link = *entry;
            m_op = probe;
            connect(probe, &FtpOperation::finished, this, [this, probe, link]() {
                m_op = nullptr;
                if (m_aborting) {
                    stop(Outcome::Aborted);
                    return;
                }
                if (probe->succeeded()) {
                    m_request.folder = true;
                    advance();
                    return;
                }
                if (isWorthRetrying(probe->error())) {
                    stall(probe);
                    return;
                }
                FoundFile file;
                file.localPath = m_request.localPath;
                file.remotePath = m_request.remotePath;
                file.time = link.modified;
                file.timeHasSeconds = link.timeHasSeconds;
                Q_EMIT filesFound({file});
                stop(Outcome::Done);
            });
            return;
        }
        FoundFile file;
        file.localPath = m_request.localPath;
        file.remotePath = m_request.remotePath;
        file.size = entry->size;
        file.time = entry->modified;
        file.timeHasSeconds = entry->timeHasSeconds;
        Q_EMIT filesFound({file});
        stop(Outcome::Done);
    });
}

bool JobPlanner::requestUniqueFact()
{
    if (m_uniqueRequested || m_request.direction != TransferDirection::Download || !m_request.folder)
        return false;
    m_uniqueRequested = true;
    const QList<QByteArray> wanted{QByteArrayLiteral("unique")};
    if (!ListFactsOperation::needed(m_client->capabilities(), wanted))
        return false;
    FtpOperation* operation = m_client->selectListFacts(wanted);
    m_op = operation;
    connect(operation, &FtpOperation::finished, this, [this, operation]() {
        m_op = nullptr;
        if (m_aborting) {
            stop(Outcome::Aborted);
            return;
        }
        if (!operation->succeeded() && isConnectionFault(operation->error())) {
            stall(operation);
            return;
        }
        advance(); // refused: listings go on without the fact
    });
    return true;
}

void JobPlanner::learnRootIdentity()
{
    // MLST of the root gives its "unique" fact, so that a link inside leading back to the root is seen.
    const ServerCapabilities& caps = m_client->capabilities();
    if (!caps.has("MLST") || caps.isKnownUnsupported("MLST") || m_folders.empty()) {
        m_phase = Phase::NextFolder;
        advance();
        return;
    }
    StatOperation* operation = m_client->stat(m_folders.front().remote);
    m_op = operation;
    connect(operation, &FtpOperation::finished, this, [this, operation]() {
        m_op = nullptr;
        if (m_aborting) {
            stop(Outcome::Aborted);
            return;
        }
        if (!operation->succeeded() && isConnectionFault(operation->error())) {
            stall(operation);
            return;
        }
        if (operation->succeeded() && !m_folders.empty())
            m_folders.front().unique = operation->entry().facts.value(QStringLiteral("unique"));
        m_phase = Phase::NextFolder;
        advance();
    });
}

void JobPlanner::startFolder()
{
    if (m_folders.empty()) {
        stop(Outcome::Done);
        return;
    }
    m_current = m_folders.front();
    m_folders.pop_front();
    m_entries.clear();
    m_pendingSubfolders.clear();
    m_pendingLinks.clear();
    if (m_request.direction == TransferDirection::Download || m_current.remoteState == RemoteState::Unknown)
        m_phase = m_current.verified ? Phase::ListFolder : Phase::CheckFolder;
    else
        m_phase = Phase::ReadFolder;
    advance();
}

void JobPlanner::checkFolder()
{
    FtpOperation* operation = m_client->cd(m_current.remote);
    m_op = operation;
    connect(operation, &FtpOperation::finished, this, [this, operation]() {
        m_op = nullptr;
        if (m_aborting) {
            stop(Outcome::Aborted);
            return;
        }
        if (operation->succeeded()) {
            m_current.verified = true;
            m_phase = Phase::ListFolder;
            advance();
            return;
        }
        if (isWorthRetrying(operation->error())) {
            stall(operation);
            return;
        }
        folderMissing(operation);
    });
}

void JobPlanner::folderMissing(FtpOperation* operation)
{
    const bool isRoot = m_current.depth == 0;
    if (m_request.direction == TransferDirection::Download) {
        if (isRoot) {
            failPermanently(operation->error(), tr("Cannot open the folder %1 on the server: %2")
                                                    .arg(m_current.remote, operation->reply().toString()));
            return;
        }
        Q_EMIT entryNote(m_current.remote, operation->errorString(), true);
        finishFolder();
        return;
    }
    // Uploads: the remote folder is missing; create it (and its missing parents for the root).
    m_chainToCreate.clear();
    if (isRoot) {
        QString path = m_current.remote;
        while (path != QLatin1String("/") && !path.isEmpty()) {
            m_chainToCreate.prepend(path);
            path = RemotePath::parent(path);
        }
    } else {
        m_chainToCreate.append(m_current.remote);
    }
    m_phase = Phase::CreateFolder;
    advance();
}

void JobPlanner::listFolder()
{
    ListOperation* operation = m_client->list(m_current.remote);
    m_op = operation;
    connect(operation, &FtpOperation::finished, this, [this, operation]() {
        m_op = nullptr;
        onFolderListed(operation, operation->succeeded() ? operation->entries() : QList<RemoteEntry>());
    });
}

void JobPlanner::onFolderListed(FtpOperation* operation, const QList<RemoteEntry>& entries)
{
    if (m_aborting) {
        stop(Outcome::Aborted);
        return;
    }
    if (operation->succeeded()) {
        m_entries = entries;
        m_current.remoteState = RemoteState::Listed;
        m_phase = Phase::ReadFolder;
        advance();
        return;
    }
    if (isWorthRetrying(operation->error())) {
        stall(operation);
        return;
    }
    folderMissing(operation);
}

void JobPlanner::createRemoteChain()
{
    if (m_chainToCreate.isEmpty()) {
        m_current.remoteState = RemoteState::Created;
        m_phase = Phase::ReadFolder;
        advance();
        return;
    }
    const QString path = m_chainToCreate.first();
    FtpOperation* operation = m_client->mkdir(path);
    m_op = operation;
    connect(operation, &FtpOperation::finished, this, [this, operation, path]() {
        m_op = nullptr;
        if (m_aborting) {
            stop(Outcome::Aborted);
            return;
        }
        if (!operation->succeeded() && isWorthRetrying(operation->error())) {
            stall(operation);
            return;
        }
        m_chainToCreate.removeFirst();
        if (!operation->succeeded() && m_chainToCreate.isEmpty()) {
            // Parents may have existed; the folder itself could not be made.
            if (m_current.depth == 0) {
                failPermanently(operation->error(), operation->errorString());
                return;
            }
            Q_EMIT entryNote(path, operation->errorString(), true);
            finishFolder();
            return;
        }
        advance();
    });
}

void JobPlanner::readLocalFolder()
{
    QList<FoundFile> found;
    const QDir dir(m_current.local);
    if (m_singleFile) {
        const QFileInfo info(m_request.localPath);
        FoundFile file;
        file.localPath = info.absoluteFilePath();
        file.remotePath = m_request.remotePath;
        file.size = info.size();
        file.time = info.lastModified();
        if (const RemoteEntry* target = findEntry(RemotePath::fileName(m_request.remotePath))) {
            if (target->isDir()) {
                failPermanently(FtpOperation::Error::ServerRefused,
                                tr("Cannot upload %1: %2 is a folder on the server.")
                                    .arg(QDir::toNativeSeparators(file.localPath), m_request.remotePath));
                return;
            }
            file.targetExists = true;
            file.targetSize = target->size;
            file.targetTime = target->modified;
            file.targetTimeHasSeconds = target->timeHasSeconds;
        }
        Q_EMIT filesFound({file});
        stop(Outcome::Done);
        return;
    }
    if (!dir.exists() || !dir.isReadable()) {
        const QString message =
            tr("Cannot read the folder %1.").arg(QDir::toNativeSeparators(m_current.local));
        if (m_current.depth == 0) {
            failPermanently(FtpOperation::Error::LocalIoError, message);
            return;
        }
        Q_EMIT entryNote(m_current.local, message, true);
        finishFolder();
        return;
    }
    const QFileInfoList infos = dir.entryInfoList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name | QDir::DirsLast);
    for (const QFileInfo& info : infos) {
        const QString name = info.fileName();
        const QString remote = RemotePath::join(m_current.remote, name);
        const RemoteEntry* target = findEntry(name);
        if (info.isSymLink() && !info.exists()) {
            Q_EMIT entryNote(info.absoluteFilePath(), tr("A broken symbolic link: skipped."), false);
            continue;
        }
        if (info.isDir()) {
            Folder child;
            child.local = info.absoluteFilePath();
            child.remote = remote;
            child.depth = m_current.depth + 1;
            child.chain = m_current.chain;
            child.chain.append(m_current.real);
            child.real = info.canonicalFilePath();
            if (info.isSymLink()) {
                if (!m_request.followLocalSymlinks) {
                    Q_EMIT entryNote(child.local, tr("A symbolic link to a folder: not followed."), false);
                    continue;
                }
                if (isLoop(m_current, child.real)) {
                    Q_EMIT entryNote(
                        child.local,
                        tr("A symbolic link back into a folder being uploaded (a loop): skipped."), false);
                    continue;
                }
            }
            if (child.depth > MaxDepth) {
                Q_EMIT entryNote(child.local,
                                 tr("Folders nested deeper than %1 levels: skipped.").arg(MaxDepth), true);
                continue;
            }
            if (target && target->isDir()) {
                child.remoteState = RemoteState::Unknown; // exists: listed when its turn comes
                child.verified = true;
                m_folders.push_back(child);
            } else if (target) {
                Q_EMIT entryNote(
                    remote,
                    tr("Cannot create the folder %1 on the server: a file of that name exists.").arg(remote),
                    true);
            } else {
                child.remoteState = RemoteState::Created;
                m_pendingSubfolders.append(child);
            }
            continue;
        }
        if (!info.isFile()) {
            Q_EMIT entryNote(info.absoluteFilePath(), tr("Not a regular file: skipped."), false);
            continue;
        }
        FoundFile file;
        file.localPath = info.absoluteFilePath();
        file.remotePath = remote;
        file.size = info.size();
        file.time = info.lastModified();
        if (target) {
            if (target->isDir()) {
                Q_EMIT entryNote(remote,
                                 tr("Cannot upload %1: a folder of that name exists on the server.")
                                     .arg(QDir::toNativeSeparators(file.localPath)),
                                 true);
                continue;
            }
            file.targetExists = true;
            file.targetSize = target->size;
            file.targetTime = target->modified;
            file.targetTimeHasSeconds = target->timeHasSeconds;
        }
        found.append(file);
    }
    if (!found.isEmpty())
        Q_EMIT filesFound(found);
    m_phase = Phase::MakeSubfolders;
    advance();
}

void JobPlanner::makeNextSubfolder()
{
    if (m_pendingSubfolders.isEmpty()) {
        finishFolder();
        return;
    }
    const Folder child = m_pendingSubfolders.first();
    FtpOperation* operation = m_client->mkdir(child.remote);
    m_op = operation;
    connect(operation, &FtpOperation::finished, this, [this, operation, child]() {
        m_op = nullptr;
        if (m_aborting) {
            stop(Outcome::Aborted);
            return;
        }
        if (!operation->succeeded()) {
            if (isWorthRetrying(operation->error())) {
                stall(operation);
                return;
            }
            // Perhaps it appeared meanwhile: list it and see.
            m_pendingSubfolders.removeFirst();
            Folder retry = child;
            retry.remoteState = RemoteState::Unknown;
            m_folders.push_back(retry);
            advance();
            return;
        }
        m_pendingSubfolders.removeFirst();
        m_folders.push_back(child);
        advance();
    });
}

void JobPlanner::processRemoteListing()
{
    QList<FoundFile> found;
    for (const RemoteEntry& entry : std::as_const(m_entries)) {
        if (isDotEntry(entry))
            continue;
        const QString remote = RemotePath::join(m_current.remote, entry.name);
        const QString local = QDir(m_current.local).filePath(entry.name);
        if (entry.name.contains(QLatin1Char('/')) || entry.name.contains(QLatin1Char('\\'))) {
            Q_EMIT entryNote(remote, tr("A name with a path separator cannot be saved locally: skipped."),
                             true);
            continue;
        }
        switch (entry.type) {
        case RemoteEntry::Type::Directory: {
            const QString unique = entry.facts.value(QStringLiteral("unique"));
            if (!unique.isEmpty() && (unique == m_current.unique || m_current.uniqueChain.contains(unique))) {
                Q_EMIT entryNote(remote, tr("A link back into a folder being downloaded (a loop): skipped."),
                                 false);
                break;
            }
            if (m_current.depth + 1 > MaxDepth) {
                Q_EMIT entryNote(remote, tr("Folders nested deeper than %1 levels: skipped.").arg(MaxDepth),
                                 true);
                break;
            }
            if (!m_request.listOnly && !QDir().mkpath(local)) {
                Q_EMIT entryNote(
                    remote, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(local)), true);
                break;
            }
            if (m_request.listOnly)
                Q_EMIT folderFound(remote, entry.modified);
            Folder child;
            child.local = local;
            child.remote = remote;
            child.verified = true;
            child.real = RemotePath::join(m_current.real, entry.name);
            child.chain = m_current.chain;
            child.chain.append(m_current.real);
            child.unique = unique;
            child.uniqueChain = m_current.uniqueChain;
            if (!m_current.unique.isEmpty())
                child.uniqueChain.append(m_current.unique);
            child.depth = m_current.depth + 1;
            m_folders.push_back(child);
            break;
        }
        case RemoteEntry::Type::File: {
            FoundFile file;
            file.localPath = local;
            file.remotePath = remote;
            file.size = entry.size;
            file.time = entry.modified;
            file.timeHasSeconds = entry.timeHasSeconds;
            found.append(file);
            break;
        }
        case RemoteEntry::Type::Symlink:
            m_pendingLinks.append(entry);
            break;
        case RemoteEntry::Type::Other:
            Q_EMIT entryNote(remote, tr("Not a regular file or folder: skipped."), false);
            break;
        }
    }
    if (!found.isEmpty())
        Q_EMIT filesFound(found);
    m_phase = Phase::ProbeLinks;
    advance();
}

void JobPlanner::probeNextLink()
{
    if (m_pendingLinks.isEmpty()) {
        finishFolder();
        return;
    }
    const RemoteEntry link = m_pendingLinks.first();
    const QString remote = RemotePath::join(m_current.remote, link.name);
    FtpOperation* operation = m_client->cd(remote);
    m_op = operation;
    connect(operation, &FtpOperation::finished, this, [this, operation, link, remote]() {
        m_op = nullptr;
        if (m_aborting) {
            stop(Outcome::Aborted);
            return;
        }
        if (!operation->succeeded() && isWorthRetrying(operation->error())) {
            stall(operation);
            return;
        }
        m_pendingLinks.removeFirst();
        const QString local = QDir(m_current.local).filePath(link.name);
        if (!operation->succeeded()) {
            // Not a folder: a link to a file (RETR follows it on the server). Its listed size is the
            // link's own, so the size is left unknown.
            FoundFile file;
            file.localPath = local;
            file.remotePath = remote;
            file.time = link.modified;
            file.timeHasSeconds = link.timeHasSeconds;
            Q_EMIT filesFound({file});
            advance();
            return;
        }
        if (link.linkTarget.isEmpty()) {
            Q_EMIT entryNote(
                remote,
                tr("A symbolic link to a folder whose target the server does not show: not followed."),
                false);
            advance();
            return;
        }
        const QString real = RemotePath::resolveLink(m_current.real, link.linkTarget);
        if (isLoop(m_current, real)) {
            Q_EMIT entryNote(
                remote, tr("A symbolic link back into a folder being downloaded (a loop): skipped."), false);
            advance();
            return;
        }
        if (m_current.depth + 1 > MaxDepth || (!m_request.listOnly && !QDir().mkpath(local))) {
            Q_EMIT entryNote(remote, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(local)),
                             true);
            advance();
            return;
        }
        if (m_request.listOnly)
            Q_EMIT folderFound(remote, link.modified);
        Folder child;
        child.local = local;
        child.remote = remote;
        child.verified = true; // CWD worked
        child.real = real;
        child.chain = m_current.chain;
        child.chain.append(m_current.real);
        child.uniqueChain = m_current.uniqueChain;
        if (!m_current.unique.isEmpty())
            child.uniqueChain.append(m_current.unique);
        child.depth = m_current.depth + 1;
        m_folders.push_back(child);
        advance();
    });
}

void JobPlanner::finishFolder()
{
    m_entries.clear();
    m_phase = Phase::NextFolder;
    advance();
}

} // namespace Ferry
