#pragma once

// What the two protocol-level fuzz targets share: a Qt application, a private network, and a way to run
// the event loop until nothing is left to do.

#include <QString>
#include <functional>

namespace FerryFuzz {

// Creates the QCoreApplication (Unix event dispatcher, offscreen, fixed time zone) once.
void initApplication();

// Moves the process into a network namespace of its own with only a loopback interface, so that
// whatever address or port an input names, connections reach nothing but this process: nothing else on
// the machine (another test's server) and never another host. As root, or in a user namespace of its own
// otherwise. Aborts with a message when neither is possible.
void enterPrivateNetwork();

// Without `until`: runs the event loop until it has been idle for a few rounds in a row (no socket, timer
// or posted event handled: the input has been taken in and answered as far as it goes without waiting
// for a timer), at most `budgetMs`; true if it went idle. With `until`: runs it (waiting for events) until
// `until()` is true, at most `budgetMs`; returns `until()`. Deferred deletes are run too.
bool pump(int budgetMs, const std::function<bool()>& until = {});

// FERRY_FUZZ_PROFILE=1 in the environment: each Phase adds the wall-clock and CPU time it lasted to its
// name's totals, printed at exit with the total CPU time of the process (what is not in a phase is
// libFuzzer's own work: mutation, coverage bookkeeping). To see where the time of an input goes.
class Phase
{
public:
    explicit Phase(const char* name);
    ~Phase();
    Phase(const Phase&) = delete;
    Phase& operator=(const Phase&) = delete;

private:
    int m_index = -1;
    long long m_wallNs = 0;
    long long m_cpuNs = 0;
};

// FERRY_FUZZ_VERBOSE=1 in the environment: the targets print the engine's log (to see what an input does).
bool verbose();

} // namespace FerryFuzz
