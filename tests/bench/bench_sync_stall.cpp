// bench_sync_stall: how long the caller's event loop (the window's, in Ferry) stalls while the sync
// features' shared connection looks a file up in a large folder's listing: the Stat that the time-offset
// probe sends after the first upload to a server, and RemoteEditor before and after each edit. Two ways,
// alternating rounds in one run, each with a new connection:
//
//   - queue:  RemoteCommandQueue::add(Stat): the client, the LIST and its parsing in the queue's worker
//             thread; one entry (or none) comes back as a value;
//   - caller: what the queue did before it had a thread of its own: an FtpClient in the caller's thread
//             lists the folder there and looks the name up.
//
// Meanwhile a 1 ms timer in the caller's thread records the gaps between its ticks (stallmeter.h). Per way:
// the median over the rounds of the gaps' p50, p99 and worst, of the processor time of the worst gap, of the
// most processor time the caller's thread used in one gap and of the wall time of the lookup; then the ratio
// of the worst gaps. The name looked up is not in the folder, so that every entry is parsed and compared.
//
//   bench_sync_stall URL [--rounds N]     (default 5 rounds of each)
//
// URL: ftp://user:password@host:port/folder/ (a folder of 100,000 files: bench_peer --listing many:100000).
// Exit status 0, 1 when connecting or listing fails, 2 for a usage error.

#include "client/ftpclient.h"
#include "client/ftpurl.h"
#include "client/listoperation.h"
#include "protocol/remoteentry.h"
#include "stallmeter.h"
#include "sync/remotecommandqueue.h"
#include "transfer/transfertypes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Ferry;
using Ferry::Bench::loadAverage;
using Ferry::Bench::runUntil;
using Ferry::Bench::StallMeter;

namespace {

const QString MissingName = QStringLiteral("ferry-bench-not-there.bin");

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

struct Round
{
    bool ok = false;
    QString error;
    double lookupMs = 0;
    StallMeter::Summary stalls;
};

struct Figures
{
    QList<double> p50, p99, worst, worstCpu, mostCpu, lookup;

    void add(const Round& round)
    {
        p50 << round.stalls.p50Ms;
        p99 << round.stalls.p99Ms;
        worst << round.stalls.worstMs;
        worstCpu << round.stalls.worstGapCpuMs;
        mostCpu << round.stalls.mostCpuMs;
        lookup << round.lookupMs;
    }
    void print(const char* way) const
    {
        std::printf("%-7s stalls p50 %.2f ms, p99 %.2f ms, worst %.1f ms (processor time in it %.1f ms); "
                    "most processor time in one gap %.1f ms; lookup %.0f ms (medians of %d rounds)\n",
                    way, median(p50), median(p99), median(worst), median(worstCpu), median(mostCpu),
                    median(lookup), int(worst.size()));
    }
};

Round throughQueue(const TransferSite& site, const QString& folder)
{
    Round round;
    RemoteCommandQueue queue(site);
    std::optional<RemoteCommandQueue::Result> result;
    StallMeter meter;
    QElapsedTimer clock;
    meter.start();
    clock.start();
    queue.add(RemoteCommandQueue::Kind::Stat, folder + QLatin1Char('/') + MissingName,
              [&](const RemoteCommandQueue::Result& r) { result = r; });
    round.ok = runUntil([&] { return result.has_value(); }) && result->ok && !result->entry;
    round.lookupMs = double(clock.nsecsElapsed()) / 1e6;
    round.stalls = meter.stop();
    if (!round.ok)
        round.error = result ? result->message : QStringLiteral("timed out");
    return round;
}

Round inCallersThread(const TransferSite& site, const QString& folder)
{
    Round round;
    FtpClient client;
    client.setOptions(site.options);
    StallMeter meter;
    QElapsedTimer clock;
    meter.start();
    clock.start();
    bool found = false;
    bool done = false;
    FtpOperation* logon = client.connectToHost(site.login);
    QObject::connect(logon, &FtpOperation::finished, &client, [&] {
        if (!logon->succeeded()) {
            round.error = logon->errorString();
            done = true;
            return;
        }
        ListOperation* list = client.list(folder);
        QObject::connect(list, &FtpOperation::finished, &client, [&, list] {
            if (!list->succeeded())
                round.error = list->errorString();
            for (const RemoteEntry& entry : list->entries())
                found = found || remoteEntryName(entry) == MissingName;
            done = true;
        });
    });
    round.ok = runUntil([&] { return done; }) && round.error.isEmpty() && !found;
    round.lookupMs = double(clock.nsecsElapsed()) / 1e6;
    round.stalls = meter.stop();
    client.abortConnection();
    return round;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || !isFtpUrl(args.first())) {
        std::fprintf(stderr, "usage: bench_sync_stall ftp://user:password@host:port/folder/ [--rounds N]\n");
        return 2;
    }
    int rounds = 5;
    const int at = int(args.indexOf(QStringLiteral("--rounds")));
    if (at >= 0 && at + 1 < args.size())
        rounds = qMax(1, args.at(at + 1).toInt());
    QString error;
    const std::optional<FtpUrl> url = parseFtpUrl(args.first(), &error);
    if (!url) {
        std::fprintf(stderr, "bench_sync_stall: %s\n", qPrintable(error));
        return 2;
    }
    TransferSite site;
    site.id = QStringLiteral("bench");
    site.name = site.id;
    site.login.host = url->host;
    site.login.port = url->port;
    site.login.user = url->user;
    site.login.password = url->password;
    site.options.tls.mode = url->tlsMode;
    const QString folder = url->path.startsWith(QLatin1Char('/')) ? url->path : QLatin1Char('/') + url->path;

    std::printf("bench_sync_stall: Stat of a missing name in %s, %d rounds each way, load average %s\n",
                qPrintable(url->displayString), rounds, qPrintable(loadAverage()));
    Figures queue;
    Figures caller;
    for (int i = 0; i < rounds; ++i) {
        const Round q = throughQueue(site, folder);
        const Round c = inCallersThread(site, folder);
        if (!q.ok || !c.ok) {
            std::fprintf(stderr, "bench_sync_stall: %s\n", qPrintable(!q.ok ? q.error : c.error));
            return 1;
        }
        queue.add(q);
        caller.add(c);
        std::printf("round %d: queue worst %.1f ms, caller worst %.1f ms\n", i + 1, q.stalls.worstMs,
                    c.stalls.worstMs);
    }
    queue.print("queue");
    caller.print("caller");
    std::printf("worst stall, caller's thread / queue's worker: %.1fx\n",
                median(caller.worst) / qMax(0.001, median(queue.worst)));
    std::printf("load average after: %s\n", qPrintable(loadAverage()));
    return 0;
}
