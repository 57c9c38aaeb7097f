#include "sync/directorynotifier.h"

#include <QFile>
#include <QFileSystemWatcher>
#include <QSocketNotifier>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <cstring>
#include <sys/inotify.h>
#include <unistd.h>
#endif

namespace Ferry {

#ifdef Q_OS_LINUX
namespace {

constexpr uint32_t FolderEvents = IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_MODIFY |
                                  IN_CLOSE_WRITE | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR |
                                  IN_DONT_FOLLOW;

} // namespace
#endif

DirectoryNotifier::DirectoryNotifier(QObject* parent) : QObject(parent)
{
#ifdef Q_OS_LINUX
    // FERRY_PORTABLE_WATCHER=1 takes the other systems' way here too (its test runs on Linux).
    if (!qEnvironmentVariableIsSet("FERRY_PORTABLE_WATCHER"))
        m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (m_fd >= 0) {
        m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &DirectoryNotifier::readEvents);
        return;
    }
#endif
    // Elsewhere, or without inotify instances left: Qt's watcher.
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &DirectoryNotifier::directoryChanged);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &DirectoryNotifier::fileChanged);
}

DirectoryNotifier::~DirectoryNotifier()
{
#ifdef Q_OS_LINUX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
}

bool DirectoryNotifier::needsFileWatches() const
{
    return m_watcher != nullptr;
}

bool DirectoryNotifier::addDirectory(const QString& path)
{
    if (m_watcher) {
        if (m_directories.contains(path))
            m_watcher->removePath(path);
        if (!m_watcher->addPath(path)) {
            m_directories.remove(path);
            m_error = tr("the system's limit of watched files may be reached");
            return false;
        }
        m_directories.insert(path);
        return true;
    }
#ifdef Q_OS_LINUX
    const int wd = inotify_add_watch(m_fd, QFile::encodeName(path).constData(), FolderEvents);
    if (wd < 0) {
        m_error = errno == ENOSPC ? tr("the system's limit of watched folders is reached "
                                       "(fs.inotify.max_user_watches)")
                                  : QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    // A folder renamed away and another put in its place may get the old descriptor back.
    m_watchOf.remove(m_pathOf.value(wd));
    m_pathOf.insert(wd, path);
    m_watchOf.insert(path, wd);
    return true;
#else
    return false;
#endif
}

void DirectoryNotifier::removeDirectory(const QString& path)
{
    if (m_watcher) {
        if (m_directories.remove(path))
            m_watcher->removePath(path);
        return;
    }
#ifdef Q_OS_LINUX
    const auto it = m_watchOf.find(path);
    if (it == m_watchOf.end())
        return;
    inotify_rm_watch(m_fd, it.value()); // fails harmlessly when the folder is gone already
    m_pathOf.remove(it.value());
    m_watchOf.erase(it);
#endif
}

bool DirectoryNotifier::addFile(const QString& path)
{
    if (!m_watcher)
        return true;
    // Again if it was watched: a file saved by rename is another file under the same name, and Qt refuses
    // a path it watches already (the old file's watch).
    if (m_files.contains(path))
        m_watcher->removePath(path);
    if (!m_watcher->addPath(path)) {
        m_files.remove(path);
        m_error = tr("the system's limit of watched files may be reached");
        return false;
    }
    m_files.insert(path);
    return true;
}

void DirectoryNotifier::removeFile(const QString& path)
{
    if (m_watcher && m_files.remove(path))
        m_watcher->removePath(path);
}

void DirectoryNotifier::readEvents()
{
#ifdef Q_OS_LINUX
    alignas(inotify_event) char buffer[64 * 1024];
    for (;;) {
        const ssize_t length = ::read(m_fd, buffer, sizeof(buffer));
        if (length <= 0)
            return; // EAGAIN: all read
        for (ssize_t offset = 0; offset < length;) {
            const auto* event = reinterpret_cast<const inotify_event*>(buffer + offset);
            offset += ssize_t(sizeof(inotify_event) + event->len);
            if (event->mask & IN_Q_OVERFLOW) {
                Q_EMIT overflowed();
                continue;
            }
            const QString folder = m_pathOf.value(event->wd);
            if (folder.isEmpty())
                continue;
            if (event->mask & IN_IGNORED) { // the watch is gone (the folder was deleted or unmounted)
                m_watchOf.remove(folder);
                m_pathOf.remove(event->wd);
                continue;
            }
            const bool self = event->len == 0;
            if (!self && !(event->mask & IN_ISDIR) &&
                (event->mask & (IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB))) {
                Q_EMIT fileChanged(folder + QLatin1Char('/') + QFile::decodeName(event->name));
                continue;
            }
            Q_EMIT directoryChanged(folder);
        }
    }
#endif
}

} // namespace Ferry
