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

namespace {

long long nowNs(clockid_t clock)
{
    timespec t{};
    ::clock_gettime(clock, &t);
    return static_cast<long long>(t.tv_sec) * 1000000000LL + t.tv_nsec;
}

struct PhaseTotals
{
    const char* name = nullptr;
    long long wallNs = 0;
    long long cpuNs = 0;
    long long count = 0;
};

constexpr int MaxPhases = 16;
PhaseTotals phaseTotals[MaxPhases];
long long profileStartNs = 0;

void printProfile()
{
    const long long wall = nowNs(CLOCK_MONOTONIC) - profileStartNs;
    const long long cpu = nowNs(CLOCK_PROCESS_CPUTIME_ID);
    std::fprintf(stderr, "fuzz profile: %.2f s wall, %.2f s CPU (process)\n", wall / 1e9, cpu / 1e9);
    for (const PhaseTotals& p : phaseTotals) {
        if (!p.name)
            break;
        std::fprintf(stderr, "fuzz profile: %-14s %8lld times, %8.1f us wall, %8.1f us CPU each\n", p.name,
                     p.count, p.wallNs / 1e3 / double(p.count), p.cpuNs / 1e3 / double(p.count));
    }
}

bool profiling()
{
    static const bool on = [] {
        if (!qEnvironmentVariableIsSet("FERRY_FUZZ_PROFILE"))
            return false;
        profileStartNs = nowNs(CLOCK_MONOTONIC);
        std::atexit(printProfile);
        return true;
    }();
    return on;
}

} // namespace

Phase::Phase(const char* name)
{
    if (!profiling())
        return;
    for (int i = 0; i < MaxPhases; ++i) {
        if (!phaseTotals[i].name)
            phaseTotals[i].name = name;
        if (std::strcmp(phaseTotals[i].name, name) == 0) {
            m_index = i;
            break;
        }
    }
    m_wallNs = nowNs(CLOCK_MONOTONIC);
    m_cpuNs = nowNs(CLOCK_THREAD_CPUTIME_ID);
}

Phase::~Phase()
{
    if (m_index < 0)
        return;
    PhaseTotals& p = phaseTotals[m_index];
    p.wallNs += nowNs(CLOCK_MONOTONIC) - m_wallNs;
    p.cpuNs += nowNs(CLOCK_THREAD_CPUTIME_ID) - m_cpuNs;
    ++p.count;
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
