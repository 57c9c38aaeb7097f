#pragma once

// What every QThread of the engine (transfers, the browsing connection, the embedded server) does on
// leaving, in one place: OpenSSL's per-thread state (the thread's random generators for TLS, its error
// queue) is freed as the thread finishes, before QThread::wait() returns. OpenSSL's own clean-up at
// thread exit comes later and races with the process's exit: LeakSanitizer reported 9 KiB (the transfer
// engine thread's generators) in some runs of `ferry put` over FTPS.
namespace Ferry::EngineThread {

// Called by an engine QThread when it starts (connect QThread::started to it): the calling thread's
// OpenSSL state is freed after its last event, as it finishes. Once per thread; further calls do nothing.
void enter();

} // namespace Ferry::EngineThread
