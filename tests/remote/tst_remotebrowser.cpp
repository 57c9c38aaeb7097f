// The browsing connection off the caller's thread (core/browse: RemoteBrowser, BrowseRequest) against
// Ferry's own server in a thread of its own: requests and their results as values in the caller's
// thread, a listing in pieces while it arrives, abort, a lost connection, and destruction mid-listing.
#include "browse/browserequest.h"
#include "browse/remotebrowser.h"
#include "memoryserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <memory>

using namespace Ferry;

namespace {

constexpr int WaitMs = 60000;

// Waits until `request` finished and keeps it alive for reading.
std::unique_ptr<BrowseRequest> finished(BrowseRequest* request)
{
    request->setAutoDelete(false);
    std::unique_ptr<BrowseRequest> owned(request);
    if (!request->isFinished()) {
        QSignalSpy spy(request, &BrowseRequest::finished);
        if (!spy.wait(WaitMs))
            qWarning("request for %s did not finish", qPrintable(request->path()));
    }
    return owned;
}

#define VERIFY_OK(request)                                                                                   \
    do {                                                                                                     \
        const auto& verified = (request);                                                                    \
        QVERIFY2(verified->isFinished() && verified->succeeded(), qPrintable(verified->errorString()));      \
    } while (false)

} // namespace

class TestRemoteBrowser : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void connectAndList();
    void listingArrivesInPiecesInTheCallersThread();
    void changesAndErrors();
    void abortListing();
    void lostConnection();
    void destroyWhileListing();

private:
    bool connectBrowser();

    std::unique_ptr<Test::MemoryServer> m_server;
    std::unique_ptr<RemoteBrowser> m_browser;
};

void TestRemoteBrowser::initTestCase()
{
    m_server = std::make_unique<Test::MemoryServer>();
    m_server->fileSystem().addFile(QStringLiteral("/readme.txt"), "hello\n");
    m_server->fileSystem().addDirectory(QStringLiteral("/empty"));
    m_server->addFiles(QStringLiteral("/many"), QStringLiteral("file"), 30000);
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

void TestRemoteBrowser::cleanupTestCase()
{
    m_server.reset();
}

void TestRemoteBrowser::init()
{
    m_browser = std::make_unique<RemoteBrowser>();
}

void TestRemoteBrowser::cleanup()
{
    m_browser.reset();
}

bool TestRemoteBrowser::connectBrowser()
{
    const auto request = finished(m_browser->connectToHost(m_server->login()));
    if (!request->succeeded()) {
        qWarning("connect: %s", qPrintable(request->errorString()));
        return false;
    }
    return true;
}

void TestRemoteBrowser::connectAndList()
{
    QSignalSpy states(m_browser.get(), &RemoteBrowser::stateChanged);
    QSignalSpy log(m_browser.get(), &RemoteBrowser::logMessage);
    QCOMPARE(m_browser->state(), FtpClient::State::Unconnected);
    QVERIFY(connectBrowser());
    // The copy of the state is up to date when the request's finished() arrives.
    QCOMPARE(m_browser->state(), FtpClient::State::Connected);
    QCOMPARE(m_browser->currentDirectory(), QStringLiteral("/"));
    QVERIFY(m_browser->capabilities().featProbed());
    QVERIFY(m_browser->capabilities().supportsMlsd() && !m_browser->capabilities().isMinimal());
    QVERIFY(!states.isEmpty());
    QCOMPARE(states.last().first().value<FtpClient::State>(), FtpClient::State::Connected);
    QVERIFY(!log.isEmpty()); // the control dialogue reaches the caller

    const auto root = finished(m_browser->list(QStringLiteral("/")));
    VERIFY_OK(root);
    QStringList names;
    for (const RemoteEntry& e : root->entries())
        names << e.name;
    names.sort();
    QCOMPARE(names,
             (QStringList{QStringLiteral("empty"), QStringLiteral("many"), QStringLiteral("readme.txt")}));
    QCOMPARE(root->entryCount(), 3);

    const auto empty = finished(m_browser->list(QStringLiteral("/empty")));
    VERIFY_OK(empty);
    QVERIFY(empty->entries().isEmpty());

    const auto missing = finished(m_browser->list(QStringLiteral("/no-such-folder")));
    QVERIFY(missing->isFinished() && !missing->succeeded());
    QCOMPARE(missing->error(), FtpOperation::Error::ServerRefused);
    QVERIFY2(missing->errorString().contains(QLatin1String("no-such-folder")),
             qPrintable(missing->errorString()));
    QCOMPARE(m_browser->state(), FtpClient::State::Connected);
}

void TestRemoteBrowser::listingArrivesInPiecesInTheCallersThread()
{
    QVERIFY(connectBrowser());
    QVERIFY(m_browser->workerThread() != QThread::currentThread());
    QVERIFY(m_browser->workerThread()->isRunning());
    BrowseRequest* request = m_browser->list(QStringLiteral("/many"), ListOperation::Delivery::Stream);
    request->setAutoDelete(false);
    const std::unique_ptr<BrowseRequest> owned(request);
    int pieces = 0;
    qint64 received = 0;
    bool beforeFinished = true;
    bool callersThread = true;
    QSet<QString> names;
    connect(request, &BrowseRequest::entriesReceived, this, [&](const QList<RemoteEntry>& entries) {
        ++pieces;
        received += entries.size();
        beforeFinished = beforeFinished && !request->isFinished();
        callersThread = callersThread && QThread::currentThread() == thread();
        for (const RemoteEntry& e : entries)
            names.insert(e.name);
    });
    QSignalSpy done(request, &BrowseRequest::finished);
    QVERIFY(done.wait(WaitMs));
    VERIFY_OK(request);
    QVERIFY(callersThread);
    QVERIFY(beforeFinished);
    // Batched in the worker: a few pieces of up to RemoteBrowserWorker::BatchEntries (or what arrived
    // within its interval), not one per line and not one at the end.
    QVERIFY2(pieces >= 2, qPrintable(QString::number(pieces)));
    QVERIFY2(pieces <= 30000 / 100, qPrintable(QString::number(pieces)));
    QCOMPARE(received, 30000);
    QCOMPARE(request->entryCount(), 30000);
    QCOMPARE(names.size(), 30000);
    QVERIFY(request->entries().isEmpty()); // Stream: the request keeps nothing
    QVERIFY(names.contains(QStringLiteral("file-29999")));
}

void TestRemoteBrowser::changesAndErrors()
{
    QVERIFY(connectBrowser());
    VERIFY_OK(finished(m_browser->mkdir(QStringLiteral("/made"))));
    VERIFY_OK(finished(m_browser->rename(QStringLiteral("/made"), QStringLiteral("/renamed"))));
    const auto listed = finished(m_browser->list(QStringLiteral("/")));
    bool found = false;
    for (const RemoteEntry& e : listed->entries())
        found = found || (e.name == QLatin1String("renamed") && e.isDir());
    QVERIFY(found);
    VERIFY_OK(finished(m_browser->rmdir(QStringLiteral("/renamed"))));

    const auto removeMissing = finished(m_browser->remove(QStringLiteral("/not-there.txt")));
    QVERIFY(!removeMissing->succeeded());
    QCOMPARE(removeMissing->error(), FtpOperation::Error::ServerRefused);
    QVERIFY(!removeMissing->errorString().isEmpty());
    QCOMPARE(removeMissing->path(), QStringLiteral("/not-there.txt"));
}

void TestRemoteBrowser::abortListing()
{
    QVERIFY(connectBrowser());
    BrowseRequest* request = m_browser->list(QStringLiteral("/many"), ListOperation::Delivery::Stream);
    request->setAutoDelete(false);
    const std::unique_ptr<BrowseRequest> owned(request);
    QSignalSpy pieces(request, &BrowseRequest::entriesReceived);
    request->abort(); // queued to the worker: whether any piece arrived first does not matter
    QSignalSpy done(request, &BrowseRequest::finished);
    QVERIFY(request->isFinished() || done.wait(WaitMs));
    QVERIFY(!request->succeeded());
    QCOMPARE(request->error(), FtpOperation::Error::Canceled);
    QVERIFY(request->entryCount() < 30000);
    // The connection is usable again.
    VERIFY_OK(finished(m_browser->list(QStringLiteral("/empty"))));
}

void TestRemoteBrowser::lostConnection()
{
    // A server of its own, stopped under the browser's feet.
    Test::MemoryServer server;
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    QSignalSpy lost(m_browser.get(), &RemoteBrowser::disconnected);
    VERIFY_OK(finished(m_browser->connectToHost(server.login())));
    server.stop();
    QVERIFY(lost.wait(WaitMs));
    QVERIFY2(!lost.first().first().toString().isEmpty(), "a lost connection says why");
    QTRY_COMPARE_WITH_TIMEOUT(m_browser->state(), FtpClient::State::Unconnected, WaitMs);
    const auto after = finished(m_browser->list(QStringLiteral("/")));
    QCOMPARE(after->error(), FtpOperation::Error::NotConnected);
}

void TestRemoteBrowser::destroyWhileListing()
{
    QVERIFY(connectBrowser());
    bool finishedSeen = false;
    BrowseRequest* request = m_browser->list(QStringLiteral("/many"), ListOperation::Delivery::Stream);
    connect(request, &BrowseRequest::finished, this, [&finishedSeen] { finishedSeen = true; });
    QSignalSpy firstPiece(request, &BrowseRequest::entriesReceived);
    QVERIFY(firstPiece.wait(WaitMs));
    // The browser (and with it the request) goes away while the listing still arrives: the connection is
    // closed in the worker, the thread ends, nothing is delivered any more.
    QElapsedTimer timer;
    timer.start();
    m_browser.reset();
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QTest::qWait(50);
    QVERIFY(!finishedSeen);
    // The server serves the next client.
    m_browser = std::make_unique<RemoteBrowser>();
    QVERIFY(connectBrowser());
}

QTEST_GUILESS_MAIN(TestRemoteBrowser)
#include "tst_remotebrowser.moc"
