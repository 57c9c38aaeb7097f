// The pure decision layer of synchronization (core/sync): comparing two entries under each criterion,
// with minute-only times and a learned time offset; planning each direction with and without deleting
// extras and with filters; learning the offset from an upload.
#include "client/ftpclientoptions.h"
#include "sync/synccomparison.h"
#include "sync/syncplanner.h"
#include "sync/timeoffset.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QtTest>

using namespace Ferry;

Q_DECLARE_METATYPE(Ferry::SyncState)
Q_DECLARE_METATYPE(Ferry::SyncCriteria)
Q_DECLARE_METATYPE(Ferry::SyncDirection)

namespace {

const QDateTime Base(QDate(2026, 4, 2), QTime(8, 5, 30), Qt::UTC);

SyncEntry file(qint64 size, int secondsAfterBase = 0, bool seconds = true, const QByteArray& checksum = {})
{
    SyncEntry entry;
    entry.size = size;
    entry.time = Base.addSecs(secondsAfterBase);
    entry.timeHasSeconds = seconds;
    entry.checksum = checksum;
    return entry;
}

// A time as a board lists it: the minute only.
SyncEntry boardFile(qint64 size, int secondsAfterBase = 0)
{
    SyncEntry entry = file(size, secondsAfterBase, false);
    const QTime t = entry.time.time();
    entry.time.setTime(QTime(t.hour(), t.minute()));
    return entry;
}

SyncEntry folder()
{
    SyncEntry entry;
    entry.type = SyncEntry::Type::Directory;
    entry.time = Base;
    return entry;
}

QStringList describe(const SyncPlan& plan, const SyncCompareOptions& options = {})
{
    QStringList lines;
    for (const SyncAction& action : plan.actions)
        lines << QStringLiteral("%1 %2 %3")
                     .arg(syncActionKey(action.kind), action.path(), syncReasonKey(action.reason));
    for (const SyncComparison& conflict : plan.conflicts)
        lines << QStringLiteral("conflict %1 %2").arg(conflict.path, syncStateKey(conflict.state));
    Q_UNUSED(options);
    return lines;
}

QStringList lines(std::initializer_list<const char*> items)
{
    QStringList result;
    for (const char* item : items)
        result << QString::fromUtf8(item);
    return result;
}

} // namespace

class TestSyncPlanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void compareEntries_data()
    {
        QTest::addColumn<bool>("hasLocal");
        QTest::addColumn<SyncEntry>("local");
        QTest::addColumn<bool>("hasRemote");
        QTest::addColumn<SyncEntry>("remote");
        QTest::addColumn<SyncCriteria>("criteria");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<SyncState>("expected");

        const SyncCriteria both = SyncCriterion::Size | SyncCriterion::Time;
        const SyncCriteria size = SyncCriterion::Size;
        const SyncCriteria time = SyncCriterion::Time;
        const SyncCriteria sum = SyncCriterion::Checksum;
        QTest::newRow("only local") << true << file(10) << false << SyncEntry() << both << qint64(0)
                                    << SyncState::OnlyLocal;
        QTest::newRow("only remote") << false << SyncEntry() << true << file(10) << both << qint64(0)
                                     << SyncState::OnlyRemote;
        QTest::newRow("equal") << true << file(10) << true << file(10) << both << qint64(0)
                               << SyncState::Equal;
        QTest::newRow("equal within 2 s")
            << true << file(10, 1) << true << file(10) << both << qint64(0) << SyncState::Equal;
        QTest::newRow("local newer") << true << file(10, 3600) << true << file(10) << both << qint64(0)
                                     << SyncState::LocalNewer;
        QTest::newRow("remote newer")
            << true << file(10) << true << file(10, 3600) << both << qint64(0) << SyncState::RemoteNewer;
        QTest::newRow("newer and bigger: newer")
            << true << file(20, 3600) << true << file(10) << both << qint64(0) << SyncState::LocalNewer;
        QTest::newRow("size differs")
            << true << file(11) << true << file(10) << both << qint64(0) << SyncState::SizeDiffers;
        QTest::newRow("size only ignores time")
            << true << file(10, 3600) << true << file(10) << size << qint64(0) << SyncState::Equal;
        QTest::newRow("time only ignores size")
            << true << file(11) << true << file(10) << time << qint64(0) << SyncState::Equal;
        QTest::newRow("unknown remote size differs")
            << true << file(10) << true << file(-1) << size << qint64(0) << SyncState::SizeDiffers;
        // Boards list "APR 02 08:05" for a file written at 08:05:30 (truncated to the minute).
        QTest::newRow("board: equal, minute only")
            << true << file(10) << true << boardFile(10) << both << qint64(0) << SyncState::Equal;
        QTest::newRow("board: equal at :59")
            << true << file(10, 29) << true << boardFile(10, 29) << both << qint64(0) << SyncState::Equal;
        QTest::newRow("board: local newer by two minutes")
            << true << file(10, 120) << true << boardFile(10) << both << qint64(0) << SyncState::LocalNewer;
        QTest::newRow("board: remote newer by two minutes")
            << true << file(10) << true << boardFile(10, 120) << both << qint64(0) << SyncState::RemoteNewer;
        QTest::newRow("board: size differs")
            << true << file(10) << true << boardFile(12) << both << qint64(0) << SyncState::SizeDiffers;
        // A server three hours ahead (lists its local time as if it were ours).
        QTest::newRow("offset: equal")
            << true << file(10) << true << file(10, 3 * 3600) << both << qint64(3 * 3600) << SyncState::Equal;
        QTest::newRow("offset unknown: remote newer")
            << true << file(10) << true << file(10, 3 * 3600) << both << qint64(0) << SyncState::RemoteNewer;
        QTest::newRow("offset: board equal") << true << file(10) << true << boardFile(10, -2 * 3600) << both
                                             << qint64(-2 * 3600) << SyncState::Equal;
        QTest::newRow("offset: local newer") << true << file(10, 600) << true << file(10, 3 * 3600) << both
                                             << qint64(3 * 3600) << SyncState::LocalNewer;
        QTest::newRow("checksum equal") << true << file(10, 0, true, "ab") << true << file(10, 99, true, "ab")
                                        << sum << qint64(0) << SyncState::Equal;
        QTest::newRow("checksum differs")
            << true << file(10, 0, true, "ab") << true << file(10, 0, true, "cd") << sum << qint64(0)
            << SyncState::ChecksumDiffers;
        QTest::newRow("checksum unknown") << true << file(10, 0, true, "ab") << true << file(10) << sum
                                          << qint64(0) << SyncState::ChecksumDiffers;
        QTest::newRow("checksum: size differs")
            << true << file(11, 0, true, "ab") << true << file(10, 0, true, "ab") << sum << qint64(0)
            << SyncState::SizeDiffers;
        QTest::newRow("folders equal")
            << true << folder() << true << folder() << both << qint64(0) << SyncState::Equal;
        QTest::newRow("file vs folder")
            << true << file(1) << true << folder() << both << qint64(0) << SyncState::TypeDiffers;
    }

    void compareEntries()
    {
        QFETCH(bool, hasLocal);
        QFETCH(SyncEntry, local);
        QFETCH(bool, hasRemote);
        QFETCH(SyncEntry, remote);
        QFETCH(SyncCriteria, criteria);
        QFETCH(qint64, offset);
        QFETCH(SyncState, expected);
        SyncCompareOptions options;
        options.criteria = criteria;
        options.remoteTimeOffsetSecs = offset;
        const SyncComparison c = compareSyncEntries(QStringLiteral("a.txt"), hasLocal ? &local : nullptr,
                                                    hasRemote ? &remote : nullptr, options);
        QCOMPARE(syncStateKey(c.state), syncStateKey(expected));
        QVERIFY(!syncStateText(c.state).isEmpty());
        QVERIFY(!syncComparisonDetail(c, options).isEmpty());
        QCOMPARE(syncStateFromKey(syncStateKey(c.state)), std::optional<SyncState>(c.state));
    }

    void extraTolerance()
    {
        SyncCompareOptions options;
        const SyncEntry local = file(10, 30);
        const SyncEntry remote = file(10);
        QCOMPARE(compareSyncEntries(QStringLiteral("x"), &local, &remote, options).state,
                 SyncState::LocalNewer);
        options.extraToleranceSecs = 60;
        QCOMPARE(compareSyncEntries(QStringLiteral("x"), &local, &remote, options).state, SyncState::Equal);
    }

    void plan_data()
    {
        QTest::addColumn<SyncDirection>("direction");
        QTest::addColumn<bool>("deleteExtras");
        QTest::addColumn<SyncCriteria>("criteria");
        QTest::addColumn<QStringList>("exclude");
        QTest::addColumn<QStringList>("expected");

        const SyncCriteria both = SyncCriterion::Size | SyncCriterion::Time;
        QTest::newRow("up") << SyncDirection::LocalToRemote << false << both << QStringList()
                            << lines({"mkdir-remote new missing", "upload local-newer.txt newer",
                                      "upload new/inside.txt missing", "upload only-local.txt missing",
                                      "upload size.txt size", "conflict clash type-differs"});
        QTest::newRow("up, delete") << SyncDirection::LocalToRemote << true << both << QStringList()
                                    << lines({"mkdir-remote new missing", "upload local-newer.txt newer",
                                              "upload new/inside.txt missing",
                                              "upload only-local.txt missing", "upload size.txt size",
                                              "delete-remote gone/deep/x.txt extra",
                                              "delete-remote only-remote.txt extra",
                                              "delete-remote gone/deep extra", "delete-remote gone extra",
                                              "conflict clash type-differs"});
        QTest::newRow("up, delete, exclude")
            << SyncDirection::LocalToRemote << true << both << lines({"gone/", "*.txt"})
            << lines({"mkdir-remote new missing", "conflict clash type-differs"});
        QTest::newRow("up, newer only")
            << SyncDirection::LocalToRemote << false << SyncCriteria(SyncCriterion::Time) << QStringList()
            << lines({"mkdir-remote new missing", "upload local-newer.txt newer",
                      "upload new/inside.txt missing", "upload only-local.txt missing",
                      "conflict clash type-differs"});
        QTest::newRow("down") << SyncDirection::RemoteToLocal << false << both << QStringList()
                              << lines({"mkdir-local gone missing", "mkdir-local gone/deep missing",
                                        "download gone/deep/x.txt missing", "download local-newer.txt size",
                                        "download only-remote.txt missing", "download remote-newer.txt newer",
                                        "download size.txt size", "conflict clash type-differs"});
        QTest::newRow("down, delete")
            << SyncDirection::RemoteToLocal << true << both << QStringList()
            << lines({"mkdir-local gone missing", "mkdir-local gone/deep missing",
                      "download gone/deep/x.txt missing", "download local-newer.txt size",
                      "download only-remote.txt missing", "download remote-newer.txt newer",
                      "download size.txt size", "delete-local new/inside.txt extra",
                      "delete-local only-local.txt extra", "delete-local new extra",
                      "conflict clash type-differs"});
        QTest::newRow("both ways")
            << SyncDirection::BothWays << true << SyncCriteria(SyncCriterion::Size) << QStringList()
            << lines({"mkdir-local gone missing", "mkdir-local gone/deep missing", "mkdir-remote new missing",
                      "download gone/deep/x.txt missing", "upload local-newer.txt newer",
                      "upload new/inside.txt missing", "upload only-local.txt missing",
                      "download only-remote.txt missing", "download remote-newer.txt newer",
                      "conflict clash type-differs", "conflict size.txt size-differs"});
    }

    void plan()
    {
        QFETCH(SyncDirection, direction);
        QFETCH(bool, deleteExtras);
        QFETCH(SyncCriteria, criteria);
        QFETCH(QStringList, exclude);
        QFETCH(QStringList, expected);

        SyncTree local;
        SyncTree remote;
        local.insert(QStringLiteral("equal.txt"), file(5));
        remote.insert(QStringLiteral("equal.txt"), boardFile(5));
        local.insert(QStringLiteral("only-local.txt"), file(5));
        remote.insert(QStringLiteral("only-remote.txt"), file(5));
        local.insert(QStringLiteral("local-newer.txt"), file(6, 3600));
        remote.insert(QStringLiteral("local-newer.txt"), file(5));
        local.insert(QStringLiteral("remote-newer.txt"), file(5));
        remote.insert(QStringLiteral("remote-newer.txt"), file(5, 3600));
        local.insert(QStringLiteral("size.txt"), file(7));
        remote.insert(QStringLiteral("size.txt"), file(5));
        local.insert(QStringLiteral("new"), folder());
        local.insert(QStringLiteral("new/inside.txt"), file(1));
        remote.insert(QStringLiteral("gone"), folder());
        remote.insert(QStringLiteral("gone/deep"), folder());
        remote.insert(QStringLiteral("gone/deep/x.txt"), file(1));
        local.insert(QStringLiteral("clash"), file(1));
        remote.insert(QStringLiteral("clash"), folder());
        local.insert(QStringLiteral("same"), folder());
        remote.insert(QStringLiteral("same"), folder());

        SyncOptions options;
        options.direction = direction;
        options.deleteExtras = deleteExtras;
        options.compare.criteria = criteria;
        options.compare.exclude = exclude;
        const SyncPlan plan = planSync(local, remote, options);
        const QStringList actual = describe(plan);
        if (actual != expected)
            qWarning().noquote() << QStringLiteral("actual:\n  ") + actual.join(QStringLiteral("\n  "));
        QCOMPARE(actual, expected);
        for (const SyncAction& action : plan.actions) {
            QVERIFY(!syncReasonText(action, options.compare).isEmpty());
            QVERIFY(!syncActionText(action.kind).isEmpty());
            QCOMPARE(syncActionFromKey(syncActionKey(action.kind)),
                     std::optional<SyncActionKind>(action.kind));
        }
    }

    void includeReachesSubfolders()
    {
        SyncTree local;
        local.insert(QStringLiteral("src"), folder());
        local.insert(QStringLiteral("src/main.c"), file(1));
        local.insert(QStringLiteral("src/main.o"), file(1));
        local.insert(QStringLiteral(".git"), folder());
        local.insert(QStringLiteral(".git/HEAD"), file(1));
        SyncOptions options;
        options.compare.include = QStringList{QStringLiteral("*.c")};
        options.compare.exclude = QStringList{QStringLiteral(".git/")};
        QCOMPARE(describe(planSync(local, SyncTree(), options)),
                 (lines({"mkdir-remote src missing", "upload src/main.c missing"})));
    }

    void reasonsNameBothTimes()
    {
        SyncTree local;
        SyncTree remote;
        local.insert(QStringLiteral("a"), file(1, 3600));
        remote.insert(QStringLiteral("a"), boardFile(1));
        const SyncPlan plan = planSync(local, remote, SyncOptions());
        QCOMPARE(plan.actions.size(), 1);
        const QString reason = syncReasonText(plan.actions.first(), SyncCompareOptions());
        QVERIFY2(reason.contains(Base.addSecs(3600).toLocalTime().toString(QStringLiteral("HH:mm:ss"))) ||
                     reason.contains(Base.addSecs(3600).toLocalTime().toString(QStringLiteral("HH:mm"))),
                 qPrintable(reason));
        QVERIFY2(reason.contains(Base.toLocalTime().toString(QStringLiteral("HH:mm"))), qPrintable(reason));
    }

    void learnOffset_data()
    {
        QTest::addColumn<QDateTime>("listed");
        QTest::addColumn<bool>("hasSeconds");
        QTest::addColumn<int>("uploadSeconds");
        QTest::addColumn<qint64>("expected");

        // The upload ran from Base to Base + uploadSeconds.
        QTest::newRow("same clock, seconds") << Base.addSecs(1) << true << 1 << qint64(0);
        QTest::newRow("same clock, minute only")
            << QDateTime(Base.date(), QTime(8, 5), Qt::UTC) << false << 0 << qint64(0);
        QTest::newRow("three hours ahead") << Base.addSecs(3 * 3600 + 1) << true << 1 << qint64(3 * 3600);
        QTest::newRow("two hours behind, minute only")
            << QDateTime(Base.date(), QTime(6, 5), Qt::UTC) << false << 2 << qint64(-2 * 3600);
        QTest::newRow("India +5:30") << Base.addSecs(5 * 3600 + 1800) << true << 0 << qint64(5 * 3600 + 1800);
        QTest::newRow("board clock 7 min 10 s fast") << Base.addSecs(430) << true << 0 << qint64(420);
        QTest::newRow("invalid") << QDateTime() << true << 0 << qint64(-1);
    }

    void learnOffset()
    {
        QFETCH(QDateTime, listed);
        QFETCH(bool, hasSeconds);
        QFETCH(int, uploadSeconds);
        QFETCH(qint64, expected);
        const std::optional<qint64> offset =
            learnRemoteTimeOffset(listed, hasSeconds, Base, Base.addSecs(uploadSeconds));
        if (expected == -1) {
            QVERIFY(!offset);
            return;
        }
        QVERIFY(offset);
        QCOMPARE(*offset, expected);
    }

    void offsetStore()
    {
        FtpLogin login;
        login.host = QStringLiteral("::1");
        login.port = 2121;
        login.user = QStringLiteral("board/x");
        const QString key = TimeOffsetStore::serverKey(login);
        QCOMPARE(key, QStringLiteral("board/x@[::1]:2121"));
        TimeOffsetStore::forget(key);
        QVERIFY(!TimeOffsetStore::offset(key));
        TimeOffsetStore::setOffset(key, -7200);
        // At once for readers, before the file has it.
        QCOMPARE(TimeOffsetStore::offset(key), std::optional<qint64>(-7200));
        TimeOffsetStore::flush();
        // Written by the store's own thread, never the caller's (the window's thread must not wait for
        // the two fdatasync() calls of a QSettings write).
        QVERIFY(TimeOffsetStore::lastWriterThreadForTesting() != nullptr);
        QVERIFY(TimeOffsetStore::lastWriterThreadForTesting() != QThread::currentThread());
        const QString file = QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                                 .filePath(QStringLiteral("timeoffsets.ini"));
        const QString fileKey =
            QStringLiteral("offsets/") + QString::fromLatin1(QUrl::toPercentEncoding(key));
        QCOMPARE(QSettings(file, QSettings::IniFormat).value(fileKey).toLongLong(), qint64(-7200));

        // Another process's change to the file is seen (the file's time moved).
        {
            QSettings other(file, QSettings::IniFormat);
            other.setValue(fileKey, 3600);
        }
        QFile touched(file);
        QVERIFY(touched.open(QIODevice::ReadWrite));
        QVERIFY(touched.setFileTime(QDateTime::currentDateTimeUtc().addSecs(5),
                                    QFileDevice::FileModificationTime));
        touched.close();
        QCOMPARE(TimeOffsetStore::offset(key), std::optional<qint64>(3600));

        TimeOffsetStore::forget(key);
        QVERIFY(!TimeOffsetStore::offset(key));
        TimeOffsetStore::flush();
        QVERIFY(!QSettings(file, QSettings::IniFormat).contains(fileKey));
        QVERIFY(!TimeOffsetStore::offset(key));
    }
};

QTEST_GUILESS_MAIN(TestSyncPlanner)
#include "tst_syncplanner.moc"
