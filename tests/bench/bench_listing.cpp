// bench_listing: how fast Ferry's listing parsers (core/protocol/listingparser.h) read a large folder,
// and how much memory the parse and its result take.
//
//   bench_listing [ENTRIES] [ROUNDS]       (default 100000 entries, best of 3 rounds)
//
// Generates ENTRIES realistic lines of each format in memory: UNIX LIST as vsftpd, ProFTPD and GNU ls
// write them (numeric and named owners, times and years, folders, symbolic links, names with spaces and
// UTF-8), MLSD as pyftpdlib and ProFTPD write it, and NLST names. Times ListingParser::parseList,
// parseMlsd and parseNameList on the whole text at once, with the local time zone (`now` is
// QDateTime::currentDateTime(), as ListOperation passes it), and prints a Markdown table: input size, best
// wall time, the processor time of that round (the figure that other load on the machine does not
// change), entries per second, the peak resident memory while parsing (over what the process held before)
// and what the result keeps per entry. The "LIST (UNIX), streamed" row feeds ListingParserStream 64 KiB
// pieces and drops the entries as they come, as `ferry ls` does. Linux for the memory figures (/proc).

#include "protocol/listingparser.h"
#include "protocol/listingparserstream.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>

using namespace Ferry;

namespace {

// A /proc/self/status field in bytes (-1 when unknown).
qint64 statusBytes(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key(field);
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

// Resets VmHWM (the peak) to the current resident size.
void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

const char* const Months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

QByteArray entryName(int i)
{
    static const char* const stems[] = {
        "IMG_",       "report-",    "build.", "data_",      "log.",
        "Übersicht ", "firmware-v", "a",      "backup of ", "sensor-readings-2024-",
        "x"};
    static const char* const extensions[] = {".jpg", ".pdf", ".log", ".bin", ".txt", ".tar.gz", "", ".csv"};
    return QByteArray(stems[i % 11]) + QByteArray::number(100000 + i) + extensions[(i / 11) % 8];
}

qint64 entrySize(int i)
{
    return (qint64(i) * 7919 * 7919) % (i % 97 == 0 ? 5000000000LL : 2000000LL);
}

// The processor time this thread used, in nanoseconds.
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// The lines' dates are text: generated from a UTC clock, so that generating costs no time-zone look-ups.
QByteArray unixListing(int count, const QDateTime& localNow)
{
    const QDateTime now(localNow.date(), localNow.time(), Qt::UTC);
    QByteArray out;
    out.reserve(qsizetype(count) * 72);
    out += "total " + QByteArray::number(count * 4) + "\r\n";
    char line[512];
    for (int i = 0; i < count; ++i) {
        const QDateTime when = now.addSecs(-qint64(i) * 3607);
        const QDate date = when.date();
        const bool recent = when.daysTo(now) < 180;
        char stamp[16];
        if (recent)
            std::snprintf(stamp, sizeof stamp, "%s %2d %02d:%02d", Months[date.month() - 1], date.day(),
                          when.time().hour(), when.time().minute());
        else
            std::snprintf(stamp, sizeof stamp, "%s %2d  %d", Months[date.month() - 1], date.day(),
                          date.year());
        const QByteArray name = entryName(i);
        const int kind = i % 50; // mostly files, some folders, a few links
        const int style = i % 3; // vsftpd numeric ids, ProFTPD names, GNU ls
        const char* perms = kind == 0 ? "drwxr-xr-x" : kind == 1 ? "lrwxrwxrwx" : "-rw-r--r--";
        const char* owner = style == 0 ? "1000" : style == 1 ? "ftp" : "alice";
        const char* group = style == 0 ? "1000" : style == 1 ? "ftp" : "developers";
        const qint64 size = kind == 0 ? 4096 : kind == 1 ? 11 : entrySize(i);
        const int links = kind == 0 ? 2 + i % 7 : 1;
        int n = 0;
        if (style == 0)
            n = std::snprintf(line, sizeof line, "%s    %d %-8s %-8s %12lld %s %s", perms, links, owner,
                              group, static_cast<long long>(size), stamp, name.constData());
        else
            n = std::snprintf(line, sizeof line, "%s %3d %s %s %lld %s %s", perms, links, owner, group,
                              static_cast<long long>(size), stamp, name.constData());
        out.append(line, n);
        if (kind == 1)
            out += " -> ../target/" + name;
        out += "\r\n";
    }
    return out;
}

QByteArray mlsdListing(int count, const QDateTime& localNow)
{
    const QDateTime now = localNow.toUTC();
    QByteArray out;
    out.reserve(qsizetype(count) * 110);
    out += "type=cdir;perm=flcdmpe;modify=20240101000000; .\r\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray modify =
            now.addSecs(-qint64(i) * 3607).toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
        const bool dir = i % 50 == 0;
        if (i % 2 == 0) // pyftpdlib
            out += "type=" + QByteArray(dir ? "dir" : "file") +
                   ";size=" + QByteArray::number(dir ? 4096 : entrySize(i)) +
                   ";perm=" + (dir ? "elmcdf" : "radfwm") + ";modify=" + modify + ";unique=801g" +
                   QByteArray::number(i, 16) + "; " + entryName(i) + "\r\n";
        else // ProFTPD
            out += "modify=" + modify + ";perm=" + (dir ? "flcdmpe" : "adfrw") +
                   ";size=" + QByteArray::number(dir ? 4096 : entrySize(i)) +
                   ";type=" + (dir ? "dir" : "file") + ";unique=FD00U" + QByteArray::number(i) +
                   ";UNIX.group=1000;UNIX.mode=0644;UNIX.owner=1000; " + entryName(i) + "\r\n";
    }
    return out;
}

QByteArray nameListing(int count)
{
    QByteArray out;
    out.reserve(qsizetype(count) * 24);
    for (int i = 0; i < count; ++i)
        out += entryName(i) + "\r\n";
    return out;
}

struct Result
{
    qint64 bestNs = -1;
    qint64 bestCpuNs = -1; // processor time of the best round
    qsizetype entries = 0;
    qsizetype unparsed = 0;
    qint64 peakOverBase = -1; // bytes
    qint64 keptPerEntry = -1; // bytes
};

// `parse` parses into *held (what stays in memory afterwards) and returns the number of entries.
Result measure(const std::function<qsizetype(ListingResult* held)>& parse, int rounds)
{
    Result r;
    for (int round = 0; round < rounds; ++round) {
        const qint64 base = statusBytes("VmRSS:");
        resetPeak();
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuStart = threadCpuNs();
        ListingResult parsed;
        const qsizetype count = parse(&parsed);
        const qint64 ns = timer.nsecsElapsed();
        const qint64 cpuNs = threadCpuNs() - cpuStart;
        const qint64 held = statusBytes("VmRSS:");
        const qint64 peak = statusBytes("VmHWM:");
        if (r.bestNs < 0 || ns < r.bestNs) {
            r.bestNs = ns;
            r.bestCpuNs = cpuNs;
        }
        r.entries = count;
        r.unparsed = parsed.unparsedLines.size();
        if (round == 0 && base > 0 && r.entries > 0) { // the first round: nothing freed to reuse yet
            r.peakOverBase = peak - base;
            r.keptPerEntry = (held - base) / r.entries;
        }
    }
    return r;
}

void printRow(const char* format, const QByteArray& input, const Result& r)
{
    const double seconds = double(r.bestNs) / 1e9;
    std::printf("| %s | %lld | %.1f | %.1f | %.1f | %.2f | %.0f | %.1f | %lld |\n", format,
                static_cast<long long>(r.entries), double(input.size()) / 1e6, seconds * 1e3,
                double(r.bestCpuNs) / 1e6, double(r.entries) / seconds / 1e6,
                double(input.size()) / seconds / 1e6,
                r.peakOverBase < 0 ? -1.0 : double(r.peakOverBase) / 1048576.0,
                static_cast<long long>(r.keptPerEntry));
    if (r.unparsed > 0)
        std::fprintf(stderr, "bench_listing: %lld %s lines were not parsed\n",
                     static_cast<long long>(r.unparsed), format);
}

int runFormat(const char* format, int count, int rounds)
{
    const QDateTime now = QDateTime::currentDateTime();
    Result r;
    QByteArray input;
    const char* label = "";
    if (std::strcmp(format, "list") == 0) {
        input = unixListing(count, now);
        label = "LIST (UNIX)";
        r = measure(
            [&](ListingResult* held) {
                *held = ListingParser::parseList(input, now);
                return held->entries.size();
            },
            rounds);
    } else if (std::strcmp(format, "mlsd") == 0) {
        input = mlsdListing(count, now);
        label = "MLSD";
        r = measure(
            [&](ListingResult* held) {
                *held = ListingParser::parseMlsd(input);
                return held->entries.size();
            },
            rounds);
    } else if (std::strcmp(format, "stream") == 0) {
        input = unixListing(count, now);
        label = "LIST (UNIX), streamed";
        r = measure(
            [&](ListingResult* held) {
                // Fed in pieces, entries dropped as they come: what `ferry ls` keeps is the last piece's.
                ListingParserStream stream(ListingParserStream::Format::List, now);
                qsizetype total = 0;
                for (qsizetype pos = 0; pos < input.size(); pos += 65536) {
                    stream.feed(
                        QByteArrayView(input.constData() + pos, qMin<qsizetype>(65536, input.size() - pos)));
                    total += stream.takeEntries().size();
                }
                stream.finish();
                total += stream.takeEntries().size();
                held->unparsedLines = stream.takeUnparsedLines();
                return total;
            },
            rounds);
        r.keptPerEntry = 0;
    } else if (std::strcmp(format, "nlst") == 0) {
        input = nameListing(count);
        label = "NLST";
        r = measure(
            [&](ListingResult* held) {
                *held = ListingParser::parseNameList(input);
                return held->entries.size();
            },
            rounds);
    } else {
        return 2;
    }
    printRow(label, input, r);
    std::fflush(stdout);
    if (r.entries != count) {
        std::fprintf(stderr, "bench_listing: %s: expected %d entries, got %lld\n", label, count,
                     static_cast<long long>(r.entries));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    // bench_listing [ENTRIES] [ROUNDS] runs itself once per format (--format F ENTRIES ROUNDS), so that
    // each format's memory figures start from a fresh heap.
    if (argc > 1 && std::strcmp(argv[1], "--format") == 0) {
        if (argc < 5)
            return 2;
        return runFormat(argv[2], std::atoi(argv[3]), std::atoi(argv[4]));
    }
    const int count = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int rounds = argc > 2 ? std::atoi(argv[2]) : 3;
    if (count <= 0 || rounds <= 0) {
        std::fprintf(stderr, "usage: bench_listing [ENTRIES] [ROUNDS]\n");
        return 2;
    }
    QCoreApplication app(argc, argv);
    std::printf(
        "| format | entries | input MB | best ms | its CPU ms | M entries/s | MB/s | peak RSS over base "
        "MiB | kept B/entry |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    std::fflush(stdout);
    int status = 0;
    for (const char* format : {"list", "stream", "mlsd", "nlst"}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--format"), QString::fromLatin1(format), QString::number(count),
                     QString::number(rounds)});
        if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            status = 1;
    }
    return status;
}
