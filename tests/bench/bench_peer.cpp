// bench_peer: one FTP peer from the test harness (tests/support: vsftpd or pyftpdlib, with exactly the
// configuration the integration tests use) on a loopback high port, for tests/bench/run-benchmarks.sh.
//
//   bench_peer [--peer vsftpd|pyftpdlib] [--ipv6]
//              [--file PATH:SIZE]...            a file of SIZE bytes of pattern data (testfiles.h)
//              [--listing DIR:COUNT]...         COUNT files with varied names, sizes (sparse) and dates
//              [--files DIR:COUNT:SIZE]...      COUNT files of SIZE bytes of pattern data each
//              [--dir PATH]...                  an empty folder (an upload target)
//
// Fills the served folder first, starts the peer, prints one line
//   READY <host> <port> <user> <password> <served folder>
// and serves until its standard input reaches end of file (or SIGTERM/SIGINT), then stops the peer and
// every session process it forked and removes its temporary folder. Exit status 0, or 1 with a message
// on standard error when the peer cannot start (run scripts/setup-test-peers.sh; vsftpd needs root).

#include "pyftpdlibserver.h"
#include "testfiles.h"
#include "testftpserver.h"
#include "vsftpdserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStringList>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using Ferry::Test::TestFtpServer;

namespace {

volatile std::sig_atomic_t g_stop = 0;

void onSignal(int)
{
    g_stop = 1;
}

int fail(const QString& message)
{
    std::fprintf(stderr, "bench_peer: %s\n", qPrintable(message));
    return 1;
}

// "a:b:c" -> {"a", "b", "c"}; the path part may not contain ':'.
QStringList fields(const QString& spec, int count)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    return parts.size() == count ? parts : QStringList();
}

bool makeDirectory(const QString& root, const QString& relative)
{
    return QDir(root).mkpath(relative);
}

// A folder like a real one: names of varied length and extension, sizes from bytes to gigabytes
// (sparse, so they cost no disk space), dates spread over eleven years (recent ones list with a time,
// older ones with a year).
bool makeListing(const QString& root, const QString& relative, int count)
{
    static const char* const stems[] = {
        "IMG_",       "report-",    "build.", "data_",      "log.",
        "Übersicht ", "firmware-v", "a",      "backup of ", "sensor-readings-2024-",
        "x"};
    static const char* const extensions[] = {".jpg", ".pdf", ".log", ".bin", ".txt", ".tar.gz", "", ".csv"};
    if (!makeDirectory(root, relative))
        return false;
    const QDir dir(QDir(root).filePath(relative));
    const QDateTime now = QDateTime::currentDateTime();
    for (int i = 0; i < count; ++i) {
        const QString name = QString::fromUtf8(stems[i % 11]) + QString::number(100000 + i) +
                             QString::fromLatin1(extensions[(i / 11) % 8]);
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        const qint64 size = (qint64(i) * 7919 * 7919) % (i % 97 == 0 ? 5000000000LL : 2000000LL);
        if (!file.resize(size))
            return false;
        file.setFileTime(now.addSecs(-qint64(i) * 3607), QFileDevice::FileModificationTime);
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString peerName = QStringLiteral("vsftpd");
    bool ipv6 = false;
    QStringList files, listings, fileSets, dirs;
    while (!args.isEmpty()) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--ipv6")) {
            ipv6 = true;
            continue;
        }
        if (args.isEmpty())
            return fail(QStringLiteral("%1 needs a value").arg(option));
        const QString value = args.takeFirst();
        if (option == QLatin1String("--peer"))
            peerName = value;
        else if (option == QLatin1String("--file"))
            files.append(value);
        else if (option == QLatin1String("--listing"))
            listings.append(value);
        else if (option == QLatin1String("--files"))
            fileSets.append(value);
        else if (option == QLatin1String("--dir"))
            dirs.append(value);
        else
            return fail(QStringLiteral("unknown option %1").arg(option));
    }

    std::unique_ptr<TestFtpServer> server;
    if (peerName == QLatin1String("vsftpd"))
        server = std::make_unique<Ferry::Test::VsftpdServer>();
    else if (peerName == QLatin1String("pyftpdlib"))
        server = std::make_unique<Ferry::Test::PyftpdlibServer>();
    else
        return fail(QStringLiteral("unknown peer %1 (vsftpd, pyftpdlib)").arg(peerName));
    if (const QString reason = server->skipReason(); !reason.isEmpty())
        return fail(reason);

    const QString root = server->rootPath();
    quint32 seed = 1;
    for (const QString& spec : std::as_const(files)) {
        const QStringList f = fields(spec, 2);
        if (f.isEmpty() || !makeDirectory(root, QFileInfo(f[0]).path()) ||
            !Ferry::Test::writePatternFile(QDir(root).filePath(f[0]), f[1].toLongLong(), seed++))
            return fail(QStringLiteral("cannot create --file %1").arg(spec));
    }
    for (const QString& spec : std::as_const(listings)) {
        const QStringList f = fields(spec, 2);
        if (f.isEmpty() || !makeListing(root, f[0], f[1].toInt()))
            return fail(QStringLiteral("cannot create --listing %1").arg(spec));
    }
    for (const QString& spec : std::as_const(fileSets)) {
        const QStringList f = fields(spec, 3);
        if (f.isEmpty() || !makeDirectory(root, f[0]))
            return fail(QStringLiteral("cannot create --files %1").arg(spec));
        const int count = f[1].toInt();
        for (int i = 0; i < count; ++i) {
            const QString path =
                QDir(root).filePath(f[0] + QStringLiteral("/f%1.bin").arg(i, 5, 10, QLatin1Char('0')));
            if (!Ferry::Test::writePatternFile(path, f[2].toLongLong(), seed++))
                return fail(QStringLiteral("cannot create %1").arg(path));
        }
    }
    for (const QString& dir : std::as_const(dirs)) {
        if (!makeDirectory(root, dir))
            return fail(QStringLiteral("cannot create --dir %1").arg(dir));
    }

    // start() hands everything under the served folder to the peer's user.
    if (!server->start(ipv6 ? QHostAddress(QHostAddress::LocalHostIPv6)
                            : QHostAddress(QHostAddress::LocalHost)))
        return fail(server->errorString());

#ifdef Q_OS_UNIX
    struct sigaction action = {};
    action.sa_handler = onSignal; // no SA_RESTART: read() below returns with EINTR
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGHUP, &action, nullptr);
#endif
    std::printf("READY %s %u %s %s %s\n", qPrintable(server->host()), unsigned(server->port()),
                qPrintable(server->user()), qPrintable(server->password()), qPrintable(root));
    std::fflush(stdout);

#ifdef Q_OS_UNIX
    char buffer[256];
    while (!g_stop) {
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n == 0 || (n < 0 && errno != EINTR))
            break;
    }
#else
    std::getchar();
#endif
    server->stop();
    return 0;
}
