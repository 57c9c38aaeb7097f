#include "interruptwatcher.h"

#include <QPointer>
#include <QSocketNotifier>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#else
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Ferry::Cli {

namespace {

QPointer<InterruptWatcher> s_instance;

#ifdef Q_OS_WIN

BOOL WINAPI consoleHandler(DWORD event)
{
    if (event != CTRL_C_EVENT && event != CTRL_BREAK_EVENT && event != CTRL_CLOSE_EVENT)
        return FALSE;
    // Runs in a thread of its own: hand over to the watcher's thread through its event queue.
    InterruptWatcher* watcher = s_instance.data();
    if (!watcher)
        return FALSE;
    QMetaObject::invokeMethod(
        watcher, [watcher] { Q_EMIT watcher->interrupted(); }, Qt::QueuedConnection);
    return TRUE;
}

#else

int s_pipe[2] = {-1, -1};
struct sigaction s_oldInt;
struct sigaction s_oldTerm;

extern "C" void handleSignal(int)
{
    const int savedErrno = errno;
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(s_pipe[1], &byte, 1);
    errno = savedErrno;
}

bool makePipe()
{
    if (::pipe(s_pipe) != 0)
        return false;
    for (int fd : s_pipe) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    return true;
}

#endif

} // namespace

InterruptWatcher::InterruptWatcher(QObject* parent) : QObject(parent)
{
    Q_ASSERT(!s_instance);
    s_instance = this;
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(consoleHandler, TRUE);
#else
    if (!makePipe())
        return; // no clean abort then; the default action (termination) still applies
    m_notifier = new QSocketNotifier(s_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptWatcher::readPipe);

    struct sigaction action = {};
    action.sa_handler = handleSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, &s_oldInt);
    ::sigaction(SIGTERM, &action, &s_oldTerm);
#endif
}

InterruptWatcher::~InterruptWatcher()
{
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(consoleHandler, FALSE);
#else
    if (m_notifier) {
        ::sigaction(SIGINT, &s_oldInt, nullptr);
        ::sigaction(SIGTERM, &s_oldTerm, nullptr);
        delete m_notifier;
        m_notifier = nullptr;
        ::close(s_pipe[0]);
        ::close(s_pipe[1]);
        s_pipe[0] = s_pipe[1] = -1;
    }
#endif
    s_instance = nullptr;
}

void InterruptWatcher::readPipe()
{
#ifndef Q_OS_WIN
    char buffer[64];
    bool any = false;
    while (::read(s_pipe[0], buffer, sizeof buffer) > 0)
        any = true;
    if (any)
        Q_EMIT interrupted();
#endif
}

} // namespace Ferry::Cli
