// Synchronization against real servers on loopback (pyftpdlib, vsftpd, the board server): comparison of
// a prepared pair of trees (each case, minute-only times on vsftpd and the board), synchronize in each
// direction with delete from a plan with some actions unchecked, the checksum criterion (a pyftpdlib
// with HASH/XMD5), "keep remote up to date" with real file changes, and the server time offset learned
// from an upload (a board in another time zone).
#include "client/ftpclient.h"
#include "operationwait.h"
#include "sync/syncplanner.h"
#include "sync/syncrunner.h"
#include "sync/syncscan.h"
#include "sync/timeoffset.h"
#include "sync/watchsession.h"
#include "syncpeers.h"
#include "testfiles.h"
#include "transfer/transferengine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <ctime>

using namespace Ferry;
using namespace Ferry::Test;

Q_DECLARE_METATYPE(Ferry::SyncDirection)

namespace {

constexpr int WaitMs = 120000;

// Base time of the prepared trees: three hours ago at hh:mm:30 (so minute-only listings truncate it).
QDateTime baseTime()
{
    QDateTime t = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
    t.setTime(QTime(t.time().hour(), t.time().minute(), 30));
    return t;
}

struct Fixture
{
    std::unique_ptr<TestFtpServer> server;
    QTemporaryDir local;
    QString remoteRoot = QStringLiteral("/site");
    QString localRoot() const { return local.path(); }
    QString remoteFolder() const { return server->rootPath() + remoteRoot; }
};

bool setTime(const QString& path, const QDateTime& time)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.setFileTime(time, QFileDevice::FileModificationTime);
}

// The pair of trees with every case: equal, newer here, newer there, size differs, only here, only there,
// and folders only on one side.
bool prepareTrees(Fixture& f)
{
    const QDateTime base = baseTime();
    bool ok = true;
    const auto both = [&](const QString& rel, const QByteArray& localData, const QDateTime& localTime,
                          const QByteArray& remoteData, const QDateTime& remoteTime) {
        ok &= writeSyncFile(QDir(f.localRoot()).filePath(rel), localData, localTime);
        ok &= f.server->addFile(f.remoteRoot.mid(1) + QLatin1Char('/') + rel, remoteData);
        ok &= setTime(f.remoteFolder() + QLatin1Char('/') + rel, remoteTime);
    };
    both(QStringLiteral("equal.txt"), "same content", base, "same content", base);
    both(QStringLiteral("newer.txt"), "local is newer", base.addSecs(3600), "remote is oldr", base);
    both(QStringLiteral("older.txt"), "local is older", base, "remote is newe", base.addSecs(3600));
    both(QStringLiteral("size.txt"), "0123456789", base, "0123456789AB", base);
    both(QStringLiteral("dir/inner.txt"), "inner", base, "inner", base);
    ok &= writeSyncFile(QDir(f.localRoot()).filePath(QStringLiteral("only-local.txt")), "here", base);
    ok &= writeSyncFile(QDir(f.localRoot()).filePath(QStringLiteral("newdir/x.txt")), "new x", base);
    ok &= f.server->addFile(f.remoteRoot.mid(1) + QStringLiteral("/only-remote.txt"), "there");
    ok &= f.server->addFile(f.remoteRoot.mid(1) + QStringLiteral("/olddir/y.txt"), "old y");
    ok &= f.server->fixPermissions();
    return ok;
}

std::unique_ptr<FtpClient> connectTo(const TestFtpServer& server)
{
    auto client = std::make_unique<FtpClient>();
    FtpLogin login;
    login.host = server.host();
    login.port = server.port();
    login.user = server.user();
    login.password = server.password();
    auto op = finishOperation(client->connectToHost(login), 20000);
    if (!op->succeeded()) {
        qWarning().noquote() << "connect failed:" << op->errorString();
        return nullptr;
    }
    return client;
}

// Runs a scan to its end.
bool scan(SyncScan& scanner)
{
    QSignalSpy done(&scanner, &SyncScan::finished);
    scanner.start();
    if (!scanner.isFinished() && !done.wait(WaitMs))
        return false;
    if (!scanner.succeeded())
        qWarning().noquote() << "scan failed:" << scanner.errorString();
    return scanner.succeeded();
}

QMap<QString, QString> statesOf(const QList<SyncComparison>& comparisons)
{
    QMap<QString, QString> states;
    for (const SyncComparison& c : comparisons)
        states.insert(c.path, syncStateKey(c.state));
    return states;
}

QString actionLine(const SyncAction& action)
{
    return syncActionKey(action.kind) + QLatin1Char(' ') + action.path();
}

QStringList actionLines(const SyncPlan& plan)
{
    QStringList lines;
    for (const SyncAction& action : plan.actions)
        lines << actionLine(action);
    return lines;
}

} // namespace

class TestSyncInterop final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // vsftpd lists GMT and the board its local time: one zone for everything in this test.
        qputenv("TZ", "UTC");
        tzset();
        QStandardPaths::setTestModeEnabled(true);
    }

    void comparisonMarks_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("pyftpdlib") << QStringLiteral("pyftpdlib");
        QTest::newRow("vsftpd") << QStringLiteral("vsftpd");
        QTest::newRow("board") << QStringLiteral("board");
    }

    void comparisonMarks()
    {
        QFETCH(QString, kind);
        Fixture f;
        f.server = makeSyncPeer(kind);
        FERRY_START_PEER(*f.server, QHostAddress(QHostAddress::LocalHost));
        QVERIFY(prepareTrees(f));
        auto client = connectTo(*f.server);
        QVERIFY(client);

        SyncScan scanner(client.get(), f.localRoot(), f.remoteRoot, SyncCompareOptions());
        QVERIFY(scan(scanner));
        const QMap<QString, QString> states = statesOf(scanner.comparisons());
        QMap<QString, QString> expected{
            {QStringLiteral("dir"), QStringLiteral("equal")},
            {QStringLiteral("dir/inner.txt"), QStringLiteral("equal")},
            {QStringLiteral("equal.txt"), QStringLiteral("equal")},
            {QStringLiteral("newdir"), QStringLiteral("only-local")},
            {QStringLiteral("newdir/x.txt"), QStringLiteral("only-local")},
            {QStringLiteral("newer.txt"), QStringLiteral("local-newer")},
            {QStringLiteral("older.txt"), QStringLiteral("remote-newer")},
            {QStringLiteral("olddir"), QStringLiteral("only-remote")},
            {QStringLiteral("olddir/y.txt"), QStringLiteral("only-remote")},
            {QStringLiteral("only-local.txt"), QStringLiteral("only-local")},
            {QStringLiteral("only-remote.txt"), QStringLiteral("only-remote")},
            {QStringLiteral("size.txt"), QStringLiteral("size-differs")},
        };
        QCOMPARE(states, expected);
        // Minute-only listings where the server has no MLSD.
        const bool minutes = kind != QLatin1String("pyftpdlib");
        QCOMPARE(!scanner.remoteTree().value(QStringLiteral("equal.txt")).timeHasSeconds, minutes);

        // A missing remote folder is an empty side, not an error.
        SyncScan missing(client.get(), f.localRoot(), QStringLiteral("/not-there"), SyncCompareOptions());
        QVERIFY(scan(missing));
        QVERIFY(missing.remoteRootMissing());
        QVERIFY(missing.remoteTree().isEmpty());
    }

    void synchronize_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<SyncDirection>("direction");
        QTest::addColumn<QStringList>("expectedActions");
        QTest::addColumn<QStringList>("unchecked");

        const QStringList up{QStringLiteral("mkdir-remote newdir"),
                             QStringLiteral("upload newdir/x.txt"),
                             QStringLiteral("upload newer.txt"),
                             QStringLiteral("upload only-local.txt"),
                             QStringLiteral("upload size.txt"),
                             QStringLiteral("delete-remote olddir/y.txt"),
                             QStringLiteral("delete-remote only-remote.txt"),
                             QStringLiteral("delete-remote olddir")};
        const QStringList upUnchecked{QStringLiteral("upload size.txt"),
                                      QStringLiteral("delete-remote only-remote.txt")};
        const QStringList down{
            QStringLiteral("mkdir-local olddir"),          QStringLiteral("download older.txt"),
            QStringLiteral("download olddir/y.txt"),       QStringLiteral("download only-remote.txt"),
            QStringLiteral("download size.txt"),           QStringLiteral("delete-local newdir/x.txt"),
            QStringLiteral("delete-local only-local.txt"), QStringLiteral("delete-local newdir")};
        const QStringList downUnchecked{QStringLiteral("download older.txt"),
                                        QStringLiteral("delete-local only-local.txt")};
        const QStringList both{
            QStringLiteral("mkdir-remote newdir"),   QStringLiteral("mkdir-local olddir"),
            QStringLiteral("upload newdir/x.txt"),   QStringLiteral("upload newer.txt"),
            QStringLiteral("download older.txt"),    QStringLiteral("download olddir/y.txt"),
            QStringLiteral("upload only-local.txt"), QStringLiteral("download only-remote.txt")};
        const QStringList bothUnchecked{QStringLiteral("download only-remote.txt")};
        for (const char* kind : {"pyftpdlib", "vsftpd", "board"}) {
            const QString k = QString::fromLatin1(kind);
            QTest::addRow("%s up, delete", kind) << k << SyncDirection::LocalToRemote << up << upUnchecked;
            QTest::addRow("%s down, delete", kind)
                << k << SyncDirection::RemoteToLocal << down << downUnchecked;
            QTest::addRow("%s both ways", kind) << k << SyncDirection::BothWays << both << bothUnchecked;
        }
    }

    void synchronize()
    {
        QFETCH(QString, kind);
        QFETCH(SyncDirection, direction);
        QFETCH(QStringList, expectedActions);
        QFETCH(QStringList, unchecked);
        Fixture f;
        f.server = makeSyncPeer(kind);
        FERRY_START_PEER(*f.server, QHostAddress(QHostAddress::LocalHost));
        QVERIFY(prepareTrees(f));
        auto client = connectTo(*f.server);
        QVERIFY(client);

        SyncOptions options;
        options.direction = direction;
        options.deleteExtras = true;
        SyncScan scanner(client.get(), f.localRoot(), f.remoteRoot, options.compare);
        QVERIFY(scan(scanner));
        const SyncPlan plan = planSync(scanner.comparisons(), options);
        QStringList planned = actionLines(plan);
        QStringList sortedPlanned = planned;
        QStringList sortedExpected = expectedActions;
        sortedPlanned.sort();
        sortedExpected.sort();
        QCOMPARE(sortedPlanned, sortedExpected);
        if (direction == SyncDirection::BothWays) {
            QCOMPARE(plan.conflicts.size(), 1);
            QCOMPARE(plan.conflicts.first().path, QStringLiteral("size.txt"));
        }

        // The model of what should happen: the checked actions applied to both trees' contents.
        QMap<QString, QString> localModel = syncTreeOf(f.localRoot());
        QMap<QString, QString> remoteModel = syncTreeOf(f.remoteFolder());
        QList<SyncAction> checked;
        for (const SyncAction& action : plan.actions) {
            if (unchecked.contains(actionLine(action)))
                continue;
            checked << action;
            const QString p = action.path();
            switch (action.kind) {
            case SyncActionKind::Upload:
                remoteModel.insert(p, localModel.value(p));
                break;
            case SyncActionKind::Download:
                localModel.insert(p, remoteModel.value(p));
                break;
            case SyncActionKind::CreateRemoteFolder:
                remoteModel.insert(p, QStringLiteral("dir"));
                break;
            case SyncActionKind::CreateLocalFolder:
                localModel.insert(p, QStringLiteral("dir"));
                break;
            case SyncActionKind::DeleteRemote:
                remoteModel.remove(p);
                break;
            case SyncActionKind::DeleteLocal:
                localModel.remove(p);
                break;
            }
        }

        TransferEngine queue;
        queue.setSettings(fastTransferSettings());
        const TransferSite site = syncSite(QStringLiteral("sync"), *f.server);
        queue.setSite(site);
        SyncRunner runner(&queue, site.id, f.localRoot(), f.remoteRoot);
        QStringList failures;
        connect(&runner, &SyncRunner::actionFinished, this,
                [&failures](const SyncAction& action, bool ok, const QString& message) {
                    if (!ok)
                        failures << actionLine(action) + QStringLiteral(": ") + message;
                });
        QSignalSpy finished(&runner, &SyncRunner::finished);
        QString error;
        QVERIFY2(runner.run(checked, &error), qPrintable(error));
        QVERIFY(finished.wait(WaitMs));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QCOMPARE(runner.succeeded(), int(checked.size()));

        const QString localDiff = syncTreeDifference(localModel, syncTreeOf(f.localRoot()));
        QVERIFY2(localDiff.isEmpty(), qPrintable(QStringLiteral("local:\n") + localDiff));
        const QString remoteDiff = syncTreeDifference(remoteModel, syncTreeOf(f.remoteFolder()));
        QVERIFY2(remoteDiff.isEmpty(), qPrintable(QStringLiteral("remote:\n") + remoteDiff));

        // Planned again, a one-way sync has nothing left but what was unchecked.
        if (direction != SyncDirection::BothWays) {
            SyncScan again(client.get(), f.localRoot(), f.remoteRoot, options.compare);
            QVERIFY(scan(again));
            QStringList left = actionLines(planSync(again.comparisons(), options));
            left.sort();
            QStringList expectedLeft = unchecked;
            expectedLeft.sort();
            QCOMPARE(left, expectedLeft);
        }
    }

    void checksumCriterion()
    {
        Fixture f;
        f.server = makeSyncPeer(QStringLiteral("hashing"));
        FERRY_START_PEER(*f.server, QHostAddress(QHostAddress::LocalHost));
        const QDateTime base = baseTime();
        const auto both = [&](const QString& rel, const QByteArray& localData, const QByteArray& remoteData) {
            QVERIFY(writeSyncFile(QDir(f.localRoot()).filePath(rel), localData, base));
            QVERIFY(f.server->addFile(f.remoteRoot.mid(1) + QLatin1Char('/') + rel, remoteData));
            QVERIFY(setTime(f.remoteFolder() + QLatin1Char('/') + rel, base));
        };
        both(QStringLiteral("same.bin"), patternData(70000, 1), patternData(70000, 1));
        both(QStringLiteral("flipped.bin"), patternData(70000, 2), patternData(70000, 3));
        both(QStringLiteral("longer.bin"), patternData(10, 4), patternData(12, 4));
        auto client = connectTo(*f.server);
        QVERIFY(client);

        SyncCompareOptions options;
        options.criteria = SyncCriterion::Checksum;
        SyncScan scanner(client.get(), f.localRoot(), f.remoteRoot, options);
        QVERIFY(scan(scanner));
        QCOMPARE(scanner.checksumAlgorithm(), QByteArray("SHA-256"));
        const QMap<QString, QString> states = statesOf(scanner.comparisons());
        QCOMPARE(states.value(QStringLiteral("same.bin")), QStringLiteral("equal"));
        QCOMPARE(states.value(QStringLiteral("flipped.bin")), QStringLiteral("checksum-differs"));
        QCOMPARE(states.value(QStringLiteral("longer.bin")), QStringLiteral("size-differs"));
        // By size and time alone the flipped file looks equal.
        SyncScan bySize(client.get(), f.localRoot(), f.remoteRoot, SyncCompareOptions());
        QVERIFY(scan(bySize));
        QCOMPARE(statesOf(bySize.comparisons()).value(QStringLiteral("flipped.bin")),
                 QStringLiteral("equal"));

        // A server without checksum commands says so.
        Fixture board;
        board.server = makeSyncPeer(QStringLiteral("board"));
        FERRY_START_PEER(*board.server, QHostAddress(QHostAddress::LocalHost));
        QVERIFY(prepareTrees(board));
        auto boardClient = connectTo(*board.server);
        QVERIFY(boardClient);
        SyncScan refused(boardClient.get(), board.localRoot(), board.remoteRoot, options);
        QSignalSpy done(&refused, &SyncScan::finished);
        refused.start();
        QVERIFY(done.wait(WaitMs));
        QVERIFY(!refused.succeeded());
        QVERIFY2(refused.errorString().contains(QStringLiteral("checksum")),
                 qPrintable(refused.errorString()));
    }

    void keepRemoteUpToDate_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("pyftpdlib") << QStringLiteral("pyftpdlib");
        QTest::newRow("vsftpd") << QStringLiteral("vsftpd");
        QTest::newRow("board") << QStringLiteral("board");
    }

    void keepRemoteUpToDate()
    {
        QFETCH(QString, kind);
        Fixture f;
        f.server = makeSyncPeer(kind);
        FERRY_START_PEER(*f.server, QHostAddress(QHostAddress::LocalHost));
        QVERIFY(f.server->addDirectory(f.remoteRoot.mid(1)));
        const QString local = f.localRoot();
        QVERIFY(writeSyncFile(local + QStringLiteral("/existing.txt"), "existing"));
        QVERIFY(writeSyncFile(f.remoteFolder() + QStringLiteral("/existing.txt"), "existing"));
        QVERIFY(f.server->fixPermissions());

        TransferEngine queue;
        queue.setSettings(fastTransferSettings());
        const TransferSite site = syncSite(QStringLiteral("watch"), *f.server);
        queue.setSite(site);
        WatchSession session(&queue);
        WatchSession::Settings settings;
        settings.localRoot = local;
        settings.remoteRoot = f.remoteRoot;
        settings.siteId = site.id;
        settings.deleteRemote = true;
        settings.watch.debounceMs = 150;
        settings.watch.settleMs = 300;
        settings.watch.ignore = QStringList{QStringLiteral("*.o"), QStringLiteral(".git/")};
        QString error;
        QVERIFY2(session.start(settings, &error), qPrintable(error));
        QStringList failures;
        QHash<QString, int> uploads;
        connect(&session, &WatchSession::activity, this, [&](const WatchSession::Event& e) {
            if (e.kind == WatchSession::Event::Kind::Failed)
                failures << e.path + QStringLiteral(": ") + e.message;
            if (e.kind == WatchSession::Event::Kind::Uploaded)
                ++uploads[e.path];
        });
        QSignalSpy idle(&session, &WatchSession::idle);
        // What the server must end up with: the local tree without what is ignored.
        const auto expectedTree = [&] {
            QMap<QString, QString> tree = syncTreeOf(local);
            for (auto it = tree.begin(); it != tree.end();) {
                if (it.key().endsWith(QLatin1String(".o")) || it.key() == QLatin1String(".git") ||
                    it.key().startsWith(QLatin1String(".git/")))
                    it = tree.erase(it);
                else
                    ++it;
            }
            return tree;
        };
        QElapsedTimer stepClock;
        const auto inStep = [&](const char* step) {
            const bool ok = waitOnSignal(
                idle, [&] { return !session.isBusy() && syncTreeOf(f.remoteFolder()) == expectedTree(); },
                WaitMs);
            if (!ok)
                qWarning().noquote() << step << "\n"
                                     << syncTreeDifference(expectedTree(), syncTreeOf(f.remoteFolder()));
            // From the change to the server having it (debounce 150 ms and settle 300 ms included).
            qInfo("%s, %s: %lld ms", qPrintable(kind), step, stepClock.restart());
            return ok;
        };

        stepClock.start();
        QVERIFY(writeSyncFile(local + QStringLiteral("/new.txt"), "written"));
        QVERIFY(writeSyncFile(local + QStringLiteral("/main.o"), "ignored object"));
        QVERIFY(writeSyncFile(local + QStringLiteral("/.git/HEAD"), "ignored"));
        QVERIFY(inStep("write"));

        stepClock.restart();
        {
            QFile append(local + QStringLiteral("/existing.txt"));
            QVERIFY(append.open(QIODevice::Append));
            QVERIFY(append.write(" and appended") > 0);
        }
        QVERIFY(inStep("append"));

        stepClock.restart();
        QVERIFY(writeSyncFile(local + QStringLiteral("/.new.txt.swp"), "saved by rename"));
        QVERIFY(::rename(QFile::encodeName(local + QStringLiteral("/.new.txt.swp")).constData(),
                         QFile::encodeName(local + QStringLiteral("/new.txt")).constData()) == 0);
        QVERIFY(inStep("save by rename"));

        stepClock.restart();
        QVERIFY(QFile::remove(local + QStringLiteral("/existing.txt")));
        QVERIFY(inStep("delete"));

        stepClock.restart();
        for (int i = 0; i < 200; ++i)
            QVERIFY(writeSyncFile(local + QStringLiteral("/burst/f%1.bin").arg(i, 3, 10, QLatin1Char('0')),
                                  patternData(1000 + i * 37, quint32(i))));
        QVERIFY(inStep("burst of 200"));

        stepClock.restart();
        QFile growing(local + QStringLiteral("/growing.bin"));
        QVERIFY(growing.open(QIODevice::WriteOnly));
        int steps = 0;
        QTimer writer;
        connect(&writer, &QTimer::timeout, this, [&] {
            growing.write(patternData(64 * 1024, quint32(1000 + steps)));
            growing.flush();
            if (++steps == 20) {
                writer.stop();
                growing.close();
            }
        });
        writer.start(50);
        QVERIFY(inStep("growing file"));
        QCOMPARE(steps, 20);
        QCOMPARE(uploads.value(QStringLiteral("growing.bin")), 1);

        stepClock.restart();
        QVERIFY(QDir(local + QStringLiteral("/burst")).removeRecursively());
        QVERIFY(inStep("folder deleted"));

        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QCOMPARE(uploads.value(QStringLiteral("burst/f000.bin")), 1);
        QVERIFY(session.uploadCount() >= 203);
        QCOMPARE(queue.jobCount(), 0); // finished uploads left the queue
        session.stop();
    }

    void learnsTimeOffsetFromUpload()
    {
        // A board three hours ahead (its LIST shows its local time, UTC+3; this test runs in UTC).
        Fixture f;
        f.server = std::make_unique<OtherZoneBoardServer>(QByteArrayLiteral("Etc/GMT-3"));
        FERRY_START_PEER(*f.server, QHostAddress(QHostAddress::LocalHost));
        QVERIFY(prepareTrees(f));
        const TransferSite site = syncSite(QStringLiteral("tz"), *f.server);
        TimeOffsetStore::forget(TimeOffsetStore::serverKey(site.login));
        auto client = connectTo(*f.server);
        QVERIFY(client);

        SyncScan before(client.get(), f.localRoot(), f.remoteRoot, SyncCompareOptions());
        QVERIFY(scan(before));
        QCOMPARE(statesOf(before.comparisons()).value(QStringLiteral("equal.txt")),
                 QStringLiteral("remote-newer"));

        TransferEngine queue;
        queue.setSettings(fastTransferSettings());
        queue.setSite(site);
        WatchSession session(&queue);
        WatchSession::Settings settings;
        settings.localRoot = f.localRoot();
        settings.remoteRoot = f.remoteRoot;
        settings.siteId = site.id;
        settings.watch.debounceMs = 100;
        settings.watch.settleMs = 200;
        QVERIFY(session.start(settings));
        QSignalSpy learned(&session, &WatchSession::timeOffsetLearned);
        QVERIFY(writeSyncFile(f.localRoot() + QStringLiteral("/probe.txt"), "probe"));
        QVERIFY(learned.wait(WaitMs));
        QCOMPARE(learned.first().first().toLongLong(), qint64(3 * 3600));
        QCOMPARE(TimeOffsetStore::offset(TimeOffsetStore::serverKey(site.login)),
                 std::optional<qint64>(3 * 3600));

        SyncCompareOptions options;
        options.remoteTimeOffsetSecs = *TimeOffsetStore::offset(TimeOffsetStore::serverKey(site.login));
        SyncScan after(client.get(), f.localRoot(), f.remoteRoot, options);
        QVERIFY(scan(after));
        const QMap<QString, QString> states = statesOf(after.comparisons());
        QCOMPARE(states.value(QStringLiteral("equal.txt")), QStringLiteral("equal"));
        QCOMPARE(states.value(QStringLiteral("newer.txt")), QStringLiteral("local-newer"));
        QCOMPARE(states.value(QStringLiteral("older.txt")), QStringLiteral("remote-newer"));
        TimeOffsetStore::forget(TimeOffsetStore::serverKey(site.login));
    }
};

QTEST_GUILESS_MAIN(TestSyncInterop)
#include "tst_syncinterop.moc"
