#include "protocolharness.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <net/if.h>
#include <sched.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace FerryFuzz {

namespace {

[[noreturn]] void die(const char* what)
{
    std::fprintf(stderr,
                 "fuzz: cannot enter a private network namespace (%s: %s). The protocol-level targets let "
                 "the input choose ports and addresses, so they run only where their connections can reach "
                 "nothing else: run them as root or where unprivileged user namespaces are allowed.\n",
                 what, std::strerror(errno));
    std::exit(1);
}

bool writeFile(const char* path, const char* text)
{
    const int fd = ::open(path, O_WRONLY);
    if (fd < 0)
        return false;
    const ssize_t length = static_cast<ssize_t>(std::strlen(text));
    const bool ok = ::write(fd, text, static_cast<size_t>(length)) == length;
    ::close(fd);
    return ok;
}

} // namespace

void initApplication()
{
    static QCoreApplication* app = nullptr;
    if (app)
        return;
    // The plain Unix dispatcher: no GLib, fewer wake-ups, the same on every machine.
    setenv("QT_NO_GLIB", "1", 1);
    setenv("TZ", "UTC", 1);
    tzset();
    static int argc = 1;
    static char name[] = "ferry-fuzz";
    static char* argv[] = {name, nullptr};
    app = new QCoreApplication(argc, argv);
}

void enterPrivateNetwork()
{
    if (::unshare(CLONE_NEWNET) != 0) {
        // Not root: become root of a user namespace of our own first (one uid and gid mapped).
        const uid_t uid = ::getuid();
        const gid_t gid = ::getgid();
        if (::unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0)
            die("unshare");
        char map[64];
        writeFile("/proc/self/setgroups", "deny");
        std::snprintf(map, sizeof map, "0 %u 1", unsigned(uid));
        if (!writeFile("/proc/self/uid_map", map))
            die("uid_map");
        std::snprintf(map, sizeof map, "0 %u 1", unsigned(gid));
        if (!writeFile("/proc/self/gid_map", map))
            die("gid_map");
    }
    // A new namespace's loopback interface is down.
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0)
        die("socket");
    ifreq request{};
    std::strncpy(request.ifr_name, "lo", IFNAMSIZ - 1);
    if (::ioctl(fd, SIOCGIFFLAGS, &request) != 0)
        die("SIOCGIFFLAGS lo");
    request.ifr_flags = static_cast<short>(request.ifr_flags | IFF_UP);
    if (::ioctl(fd, SIOCSIFFLAGS, &request) != 0)
        die("SIOCSIFFLAGS lo");
    ::close(fd);
}

bool verbose()
{
    static const bool on = qEnvironmentVariableIsSet("FERRY_FUZZ_VERBOSE");
    return on;
}

bool pump(int budgetMs, const std::function<bool()>& until)
{
    QAbstractEventDispatcher* dispatcher = QThread::currentThread()->eventDispatcher();
    QElapsedTimer timer;
    timer.start();
    if (until) {
        QTimer tick; // wakes the wait below at least every millisecond, so that the budget holds
        tick.start(1);
        while (!until()) {
            if (timer.elapsed() >= budgetMs)
                return false;
            dispatcher->processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
        return true;
    }
    int idleRounds = 0;
    while (idleRounds < 3 && timer.elapsed() < budgetMs) {
        // processEvents() is true when a socket, a timer or a wake-up (a posted event) was handled.
        const bool busy = dispatcher->processEvents(QEventLoop::AllEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        idleRounds = busy ? 0 : idleRounds + 1;
    }
    return idleRounds >= 3;
}

} // namespace FerryFuzz
