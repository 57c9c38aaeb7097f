// bench_remote_pane: how long the window's event loop stalls while the remote pane lists a large folder,
// and what the pane costs in memory. A RemotePane on its own browsing connection (RemoteBrowser: the
// client, and the parsing of the listing, in a worker thread) is shown in this process's main thread,
// as in the window (offscreen unless QT_QPA_PLATFORM says otherwise), and opens the folder the URL
// names; meanwhile a 1 ms timer in the main thread records the gaps between its ticks. Per round:
//
//   - listing: from navigateTo() until the folder is shown and sorted (loaded()): the gaps' median, 99th
//     percentile and worst, with what the main thread did in the worst gap (processor time, time waiting
//     for a core that other processes held), the most processor time in any one gap, and how much the
//     process's resident memory grew (the median, and the first round's: later rounds may reuse memory
//     that the earlier ones freed without returning it to the system);
//   - sort: a click on the Size header (largest first) until the new order is shown;
//   - filter: typing a name filter ("1234") and clearing it (each is one change of the rows);
//   - scroll: one page down every 16 ms for a second, then to the end.
//
// Then the median over the rounds. Each round uses a new pane and connection (nothing cached).
//
//   bench_remote_pane URL [--rounds N] [--events]     (default 5 rounds)
//
// --events also prints which events of the main thread took the most processor time (receiver class and
// QEvent::Type), to tell what a stall is made of.
//
// URL: ftp://user:password@host:port/folder/ (run-benchmarks.sh passes vsftpd's folder of 100,000 files).
// Exit status 0, 1 when connecting or listing fails, 2 for a usage error.

#include "browse/browserequest.h"
#include "browse/remotebrowser.h"
#include "client/ftpurl.h"
#include "eventtiming.h"
#include "fileview.h"
#include "remotefilemodel.h"
#include "remotepane.h"
#include "stallmeter.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QLineEdit>
#include <QScrollBar>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <cstring>

using namespace Ferry;
using Ferry::Bench::loadAverage;
using Ferry::Bench::runUntil;
using Ferry::Bench::StallMeter;
using Ferry::Bench::TimedApplication;

namespace {

constexpr int TimeoutMs = 300000;

qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

struct Round
{
    StallMeter::Summary listing;
    double listingMs = 0;
    double rssGrowthMiB = 0;
    int rows = 0;
    StallMeter::Summary sort;
    double sortMs = 0;
    StallMeter::Summary filter;
    StallMeter::Summary scroll;
};

TimedApplication* timedApp()
{
    return TimedApplication::instance();
}

void printSummaryRow(const char* what, int round, const StallMeter::Summary& s, double ms)
{
    std::printf("| %s | %d | %.0f | %.1f | %.1f | %.1f | %.1f / %.1f | %.1f | %d |\n", what, round, ms,
                s.p50Ms, s.p99Ms, s.worstMs, s.worstGapCpuMs, s.worstGapRunQueueMs, s.mostCpuMs, s.over16);
    if (timedApp()->isRecording())
        timedApp()->printEvents(s.mostCpuGapStartNs, s.mostCpuGapEndNs);
}

bool runRound(const FtpUrl& url, int number, Round* round)
{
    RemoteBrowser browser;
    RemotePane pane(&browser);
    pane.resize(1000, 700);
    pane.show();
    FtpLogin login;
    login.host = url.host;
    login.port = url.port;
    login.user = url.user;
    login.password = url.password;
    BrowseRequest* connecting = browser.connectToHost(login);
    bool connected = false;
    QObject::connect(connecting, &BrowseRequest::finished, &pane, [&] { connected = true; });
    if (!runUntil([&] { return connected; }) || browser.state() != FtpClient::State::Connected) {
        std::fprintf(stderr, "bench_remote_pane: could not connect to %s\n", qPrintable(url.displayString));
        return false;
    }
    pane.setLogin(login);
    pane.setConnected(true, QStringLiteral("/"));
    RemoteFileModel* model = pane.model();
    runUntil([&] { return !model->isLoading() && !model->path().isEmpty(); });

    StallMeter meter;
    bool loaded = false;
    QString failure;
    QObject::connect(model, &RemoteFileModel::loaded, &pane, [&](const QString&) { loaded = true; });
    QObject::connect(model, &RemoteFileModel::loadFailed, &pane,
                     [&](const QString&, const QString& message) { failure = message; });
    const qint64 rssBefore = residentBytes();
    QElapsedTimer timer;
    timer.start();
    meter.start();
    pane.navigateTo(url.path.isEmpty() ? QStringLiteral("/") : url.path);
    runUntil([&] { return loaded || !failure.isEmpty(); });
    round->listing = meter.stop();
    round->listingMs = double(timer.nsecsElapsed()) / 1e6;
    if (!failure.isEmpty() || !loaded) {
        std::fprintf(stderr, "bench_remote_pane: listing failed: %s\n", qPrintable(failure));
        return false;
    }
    round->rssGrowthMiB = double(residentBytes() - rssBefore) / 1048576.0;
    round->rows = model->rowCount();
    if (round->rows == 0) {
        std::fprintf(stderr, "bench_remote_pane: the folder is empty (does it exist on the server?)\n");
        return false;
    }
    printSummaryRow("listing", number, round->listing, round->listingMs);

    timer.restart();
    meter.start();
    pane.view()->sortByColumn(RemoteFileModel::SizeColumn, Qt::DescendingOrder);
    runUntil([&] { return !model->isLoading(); });
    round->sort = meter.stop();
    round->sortMs = double(timer.nsecsElapsed()) / 1e6;
    printSummaryRow("sort by size", number, round->sort, round->sortMs);

    timer.restart();
    meter.start();
    pane.filterEdit()->setText(QStringLiteral("1234"));
    QEventLoop settle;
    QTimer::singleShot(200, &settle, &QEventLoop::quit);
    settle.exec();
    pane.filterEdit()->clear();
    QTimer::singleShot(200, &settle, &QEventLoop::quit);
    settle.exec();
    round->filter = meter.stop();
    printSummaryRow("filter and clear", number, round->filter, double(timer.nsecsElapsed()) / 1e6);

    timer.restart();
    meter.start();
    QScrollBar* bar = pane.view()->verticalScrollBar();
    int pages = 0;
    QTimer pager;
    pager.setInterval(16);
    QObject::connect(&pager, &QTimer::timeout, &pane, [&] {
        if (++pages > 60) {
            bar->setValue(bar->maximum());
            pager.stop();
            return;
        }
        bar->setValue(bar->value() + bar->pageStep());
    });
    pager.start();
    runUntil([&] { return !pager.isActive(); });
    QTimer::singleShot(100, &settle, &QEventLoop::quit);
    settle.exec();
    round->scroll = meter.stop();
    printSummaryRow("scroll", number, round->scroll, double(timer.nsecsElapsed()) / 1e6);
    std::fflush(stdout);
    return true;
}

template <typename Get> double median(const QList<Round>& rounds, Get get)
{
    QList<double> values;
    for (const Round& r : rounds)
        values.append(get(r));
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int rounds = 5;
    QString urlText;
    bool events = false;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == QLatin1String("--events"))
            events = true;
        else if (arg == QLatin1String("--rounds") && !args.isEmpty())
            rounds = args.takeFirst().toInt();
        else if (urlText.isEmpty())
            urlText = arg;
        else
            rounds = 0;
    }
    QString error;
    const std::optional<FtpUrl> url = parseFtpUrl(urlText, &error);
    if (!url || rounds <= 0) {
        std::fprintf(stderr,
                     "usage: bench_remote_pane ftp://user:password@host:port/folder/ [--rounds N]\n%s\n",
                     qPrintable(error));
        return 2;
    }
    std::printf("Load average before: %s\n\n", qPrintable(loadAverage()));
    std::printf(
        "| what | round | ms | gap p50 ms | p99 ms | worst ms | worst gap: CPU / waiting for a core ms "
        "| most CPU in one gap ms | gaps > 16 ms |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    QList<Round> done;
    app.setRecording(events);
    for (int i = 1; i <= rounds; ++i) {
        Round round;
        if (!runRound(*url, i, &round))
            return 1;
        done.append(round);
    }
    if (events)
        app.print();
    std::printf("\nLoad average after: %s\n\n", qPrintable(loadAverage()));
    std::printf(
        "Median of %d rounds (%d rows shown): listing %.0f ms, gaps p50 %.1f / p99 %.1f / worst %.1f ms "
        "(most CPU in one gap %.1f ms), resident memory +%.1f MiB (first round +%.1f MiB); sort by size "
        "%.0f ms, worst gap %.1f ms; filter worst gap %.1f ms; scroll worst gap %.1f ms\n",
        rounds, done.first().rows, median(done, [](const Round& r) { return r.listingMs; }),
        median(done, [](const Round& r) { return r.listing.p50Ms; }),
        median(done, [](const Round& r) { return r.listing.p99Ms; }),
        median(done, [](const Round& r) { return r.listing.worstMs; }),
        median(done, [](const Round& r) { return r.listing.mostCpuMs; }),
        median(done, [](const Round& r) { return r.rssGrowthMiB; }), done.first().rssGrowthMiB,
        median(done, [](const Round& r) { return r.sortMs; }),
        median(done, [](const Round& r) { return r.sort.worstMs; }),
        median(done, [](const Round& r) { return r.filter.worstMs; }),
        median(done, [](const Round& r) { return r.scroll.worstMs; }));
    return 0;
}
