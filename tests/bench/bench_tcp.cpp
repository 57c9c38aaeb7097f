// bench_tcp: the loopback TCP ceiling, for comparison with the FTP transfers in run-benchmarks.sh.
//
//   bench_tcp BYTES [CHUNK] [ADDRESS]
//
// A child process connects to a listener of the parent on ADDRESS (default 127.0.0.1) and writes BYTES
// from a memory buffer, CHUNK bytes per write() (default 256 KiB, the chunk Ferry's data channel uses);
// the parent reads into a buffer of the same size and throws the bytes away. Prints
//   <bytes> <seconds> <MB/s>
// timed from accept() to end of file on the reading side. Plain POSIX sockets, no Qt, no copies beyond
// the kernel's: what any program moving these bytes over loopback can reach at best.

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

int die(const char* what)
{
    std::fprintf(stderr, "bench_tcp: %s: %s\n", what, std::strerror(errno));
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_tcp BYTES [CHUNK] [ADDRESS]\n");
        return 2;
    }
    const long long total = std::atoll(argv[1]);
    const std::size_t chunk = argc > 2 ? static_cast<std::size_t>(std::atoll(argv[2])) : 256 * 1024;
    const char* address = argc > 3 ? argv[3] : "127.0.0.1";
    if (total <= 0 || chunk == 0) {
        std::fprintf(stderr, "bench_tcp: BYTES and CHUNK must be positive\n");
        return 2;
    }

    sockaddr_in where = {};
    where.sin_family = AF_INET;
    if (inet_pton(AF_INET, address, &where.sin_addr) != 1) {
        std::fprintf(stderr, "bench_tcp: not an IPv4 address: %s\n", address);
        return 2;
    }
    const int listener = socket(AF_INET, SOCK_STREAM, 0);
    if (listener < 0)
        return die("socket");
    socklen_t length = sizeof where;
    if (bind(listener, reinterpret_cast<sockaddr*>(&where), sizeof where) != 0 || listen(listener, 1) != 0 ||
        getsockname(listener, reinterpret_cast<sockaddr*>(&where), &length) != 0)
        return die("listen");

    const pid_t child = fork();
    if (child < 0)
        return die("fork");
    if (child == 0) {
        close(listener);
        const int out = socket(AF_INET, SOCK_STREAM, 0);
        if (out < 0 || connect(out, reinterpret_cast<sockaddr*>(&where), sizeof where) != 0)
            _exit(die("connect"));
        std::vector<char> buffer(chunk, 'x');
        for (long long left = total; left > 0;) {
            const std::size_t n =
                left < static_cast<long long>(chunk) ? static_cast<std::size_t>(left) : chunk;
            const ssize_t written = write(out, buffer.data(), n);
            if (written < 0) {
                if (errno == EINTR)
                    continue;
                _exit(die("write"));
            }
            left -= written;
        }
        close(out);
        _exit(0);
    }

    const int in = accept(listener, nullptr, nullptr);
    if (in < 0)
        return die("accept");
    const auto start = std::chrono::steady_clock::now();
    std::vector<char> buffer(chunk);
    long long received = 0;
    for (;;) {
        const ssize_t n = read(in, buffer.data(), buffer.size());
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return die("read");
        }
        if (n == 0)
            break;
        received += n;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    close(in);
    close(listener);
    int status = 0;
    waitpid(child, &status, 0);
    if (received != total || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "bench_tcp: received %lld of %lld bytes\n", received, total);
        return 1;
    }
    std::printf("%lld %.6f %.1f\n", received, seconds, double(received) / seconds / 1e6);
    return 0;
}
