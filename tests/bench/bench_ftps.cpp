// bench_ftps: FTPS throughput (PROT P, explicit TLS) of `ferry get` / `ferry put` against
// `curl --ssl-reqd`, both on the same file from the same vsftpd (tests/support's VsftpdServer with TLS,
// session reuse required) in one run, alternating the order each round; prints a Markdown table with the
// median speeds, CPU seconds and the ratios, and the TLS version and cipher each client negotiated.
//
//   bench_ftps --ferry PATH [--size BYTES] [--rounds N] [--tls12]
//   bench_ftps --serve [--size BYTES] [--tls12]
//
// Defaults: 1 GiB, 5 rounds, TLS as negotiated (1.3). The served folder and the downloads live in TMPDIR
// (point it at /dev/shm to keep the disk out of the figures). Needs root for vsftpd (the tests' harness),
// curl and openssl (scripts/setup-test-peers.sh).
//
// --serve starts the same vsftpd with the same file (big.bin) and upload folder (up/), prints one line
//   READY <base URL> <certificate SHA-256 for --fingerprint>
// and serves until its standard input reaches end of file: for profiling one client by hand
// (perf record -g -- ferry get --tls require --fingerprint PIN URL/big.bin -; RESULTS.md section 11).

#include "testcertificates.h"
#include "testfiles.h"
#include "vsftpdserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <map>
#include <sys/resource.h>
#include <unistd.h>

using Ferry::Test::TestCertificates;
using Ferry::Test::VsftpdServer;

namespace {

struct Sample
{
    double seconds = 0;
    double cpuSeconds = 0;
};

double childCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

bool run(const QString& program, const QStringList& arguments, Sample* sample,
         QByteArray* errorOutput = nullptr)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    process.setStandardOutputFile(QProcess::nullDevice());
    const double cpuBefore = childCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    process.start();
    const bool finished = process.waitForFinished(600000);
    sample->seconds = double(timer.nsecsElapsed()) / 1e9;
    sample->cpuSeconds = childCpuSeconds() - cpuBefore;
    if (errorOutput)
        *errorOutput = process.readAllStandardError();
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "bench_ftps: %s %s failed (exit %d): %s\n", qPrintable(program),
                     qPrintable(arguments.join(QLatin1Char(' '))), process.exitCode(),
                     process.readAllStandardError().constData());
        return false;
    }
    return true;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString ferry;
    qint64 size = qint64(1) << 30;
    int rounds = 5;
    bool tls12 = false;
    bool serve = false;
    const QStringList arguments = app.arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--ferry") && i + 1 < arguments.size())
            ferry = arguments.at(++i);
        else if (arguments.at(i) == QLatin1String("--size") && i + 1 < arguments.size())
            size = arguments.at(++i).toLongLong();
        else if (arguments.at(i) == QLatin1String("--rounds") && i + 1 < arguments.size())
            rounds = arguments.at(++i).toInt();
        else if (arguments.at(i) == QLatin1String("--tls12"))
            tls12 = true;
        else if (arguments.at(i) == QLatin1String("--serve"))
            serve = true;
    }
    if ((ferry.isEmpty() && !serve) || size <= 0 || rounds <= 0) {
        std::fprintf(stderr, "usage: bench_ftps --ferry PATH [--size BYTES] [--rounds N] [--tls12]\n"
                             "       bench_ftps --serve [--size BYTES] [--tls12]\n");
        return 2;
    }

    QTemporaryDir work;
    QString error;
    const auto certificate = TestCertificates::selfSigned(work.path(), QStringLiteral("bench"),
                                                          QStringLiteral("localhost"), &error);
    if (!certificate) {
        std::fprintf(stderr, "bench_ftps: %s\n", qPrintable(error));
        return 1;
    }
    VsftpdServer server;
    VsftpdServer::TlsConfig tls;
    tls.mode = VsftpdServer::Tls::Explicit;
    tls.certificatePath = certificate->certificatePath;
    tls.keyPath = certificate->keyPath;
    if (tls12)
        tls.version = VsftpdServer::TlsVersion::Tls12Only;
    server.setTls(tls);
    if (!server.skipReason().isEmpty() || !server.start(QHostAddress(QHostAddress::LocalHost))) {
        std::fprintf(stderr, "bench_ftps: vsftpd: %s\n",
                     qPrintable(server.skipReason().isEmpty() ? server.errorString() : server.skipReason()));
        return 1;
    }
    if (!server.addPatternFile(QStringLiteral("big.bin"), size, 42) ||
        !server.addDirectory(QStringLiteral("up"))) {
        std::fprintf(stderr, "bench_ftps: cannot create the served file: %s\n",
                     qPrintable(server.errorString()));
        return 1;
    }
    const QString upload = work.filePath(QStringLiteral("upload.bin"));
    QFile::copy(QDir(server.rootPath()).filePath(QStringLiteral("big.bin")), upload);
    const QString download = work.filePath(QStringLiteral("download.bin"));

    const QString base =
        QStringLiteral("ftp://%1:%2@127.0.0.1:%3/").arg(server.user(), server.password()).arg(server.port());
    const QString pin = QString::fromLatin1(certificate->sha256.toHex(':').toUpper());
    const QStringList ferryTls{QStringLiteral("--tls"), QStringLiteral("require"),
                               QStringLiteral("--fingerprint"), pin};
    if (serve) {
        std::printf("READY %s %s\n", qPrintable(base), qPrintable(pin));
        std::fflush(stdout);
        char buffer[256];
        for (;;) {
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n == 0 || (n < 0 && errno != EINTR))
                break;
        }
        server.stop();
        return 0;
    }
    const QStringList curlTls{QStringLiteral("-sS"), QStringLiteral("--ssl-reqd"), QStringLiteral("-k")};

    // What each negotiated.
    Sample probe;
    QByteArray ferryLog;
    run(ferry, QStringList{QStringLiteral("ls"), QStringLiteral("-v")} + ferryTls + QStringList{base}, &probe,
        &ferryLog);
    QByteArray curlLog;
    run(QStringLiteral("curl"),
        QStringList{QStringLiteral("-v")} + curlTls + QStringList{QStringLiteral("-l"), base}, &probe,
        &curlLog);
    const QRegularExpression ferryTlsLine(QStringLiteral("Encrypted: ([^;]*);"));
    const QRegularExpression curlTlsLine(QStringLiteral("SSL connection using ([^\\n]*)"));
    const QString ferryNegotiated = ferryTlsLine.match(QString::fromUtf8(ferryLog)).captured(1);
    const QString curlNegotiated = curlTlsLine.match(QString::fromUtf8(curlLog)).captured(1).trimmed();

    struct Command
    {
        QString name;
        QString program;
        QStringList arguments;
        bool removeDownload;
    };
    const QString big = base + QStringLiteral("big.bin");
    const std::vector<Command> commands{
        {QStringLiteral("ferry_null"), ferry,
         QStringList{QStringLiteral("get")} + ferryTls + QStringList{big, QStringLiteral("-")}, false},
        {QStringLiteral("curl_null"), QStringLiteral("curl"),
         curlTls + QStringList{QStringLiteral("-o"), QStringLiteral("/dev/null"), big}, false},
        {QStringLiteral("ferry_file"), ferry,
         QStringList{QStringLiteral("get")} + ferryTls + QStringList{big, download}, true},
        {QStringLiteral("curl_file"), QStringLiteral("curl"),
         curlTls + QStringList{QStringLiteral("-o"), download, big}, true},
        {QStringLiteral("ferry_up"), ferry,
         QStringList{QStringLiteral("put")} + ferryTls +
             QStringList{upload, base + QStringLiteral("up/ferry.bin")},
         false},
        {QStringLiteral("curl_up"), QStringLiteral("curl"),
         curlTls + QStringList{QStringLiteral("-T"), upload, base + QStringLiteral("up/curl.bin")}, false},
    };
    std::map<QString, std::vector<double>> seconds;
    std::map<QString, std::vector<double>> cpu;
    for (int round = 0; round < rounds; ++round) {
        // Pairs (ferry, curl) of one kind run back to back, the order alternating each round.
        for (std::size_t pair = 0; pair < commands.size(); pair += 2) {
            for (std::size_t k = 0; k < 2; ++k) {
                const Command& command = commands[pair + ((k + std::size_t(round)) % 2)];
                Sample sample;
                if (!run(command.program, command.arguments, &sample))
                    return 1;
                seconds[command.name].push_back(sample.seconds);
                cpu[command.name].push_back(sample.cpuSeconds);
                if (command.removeDownload) {
                    if (QFileInfo(download).size() != size) {
                        std::fprintf(stderr, "bench_ftps: %s delivered %lld bytes\n",
                                     qPrintable(command.name), QFileInfo(download).size());
                        return 1;
                    }
                    QFile::remove(download);
                }
            }
        }
        std::fprintf(stderr, "bench_ftps: round %d of %d done\n", round + 1, rounds);
    }
    for (const char* name : {"up/ferry.bin", "up/curl.bin"}) {
        if (QFileInfo(QDir(server.rootPath()).filePath(QLatin1String(name))).size() != size) {
            std::fprintf(stderr, "bench_ftps: the upload %s is incomplete\n", name);
            return 1;
        }
    }

    const auto mbps = [size](double s) {
        return s > 0 ? double(size) / 1e6 / s : 0;
    };
    std::printf(
        "### FTPS (PROT P, explicit TLS): %lld MiB against vsftpd (session reuse required), median of %d\n\n",
        size >> 20, rounds);
    std::printf("ferry negotiated: %s; curl negotiated: %s.\n\n", qPrintable(ferryNegotiated),
                qPrintable(curlNegotiated));
    std::printf("| transfer | ferry MB/s | curl --ssl-reqd MB/s | ratio | ferry CPU s | curl CPU s |\n");
    std::printf("|---|---:|---:|---:|---:|---:|\n");
    for (const auto& [key, label] :
         std::vector<std::pair<QString, const char*>>{{QStringLiteral("null"), "download to /dev/null"},
                                                      {QStringLiteral("file"), "download to a file"},
                                                      {QStringLiteral("up"), "upload"}}) {
        const double f = median(seconds[QStringLiteral("ferry_") + key]);
        const double c = median(seconds[QStringLiteral("curl_") + key]);
        std::printf("| %s | %.0f | %.0f | %.2f | %.2f | %.2f |\n", label, mbps(f), mbps(c), c > 0 ? c / f : 0,
                    median(cpu[QStringLiteral("ferry_") + key]), median(cpu[QStringLiteral("curl_") + key]));
    }
    return 0;
}
