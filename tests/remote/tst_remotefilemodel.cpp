// The remote pane over the browsing connection (ui: RemotePane, RemoteFileModel, FileSortProxyModel;
// core: RemoteBrowser): a folder of 100,000 entries (count, order, sort by column, filter, hidden files,
// the selection across a filter change, rows shown while the listing arrives), and what the Permissions
// column shows for Ferry's own server (MLSD UNIX.mode), pyftpdlib (MLSD perm only) and vsftpd (LIST).
// Screenshots in ${FERRY_BINARY_DIR}/screenshots/remote-*.png.
#include "browse/browserequest.h"
#include "browse/remotebrowser.h"
#include "filesortproxymodel.h"
#include "fileview.h"
#include "memoryserver.h"
#include "pyftpdlibserver.h"
#include "remotefilemodel.h"
#include "remotepane.h"
#include "vsftpdserver.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <memory>

using namespace Ferry;

namespace {

constexpr int WaitMs = 120000;
constexpr int Files = 100000;
constexpr int Folders = 20;
constexpr int Hidden = 10;

QString screenshotPath(const QString& name)
{
    const QString dir = QDir(qEnvironmentVariable("FERRY_BINARY_DIR", QDir::currentPath()))
                            .filePath(QStringLiteral("screenshots"));
    QDir().mkpath(dir);
    return QDir(dir).filePath(name + QStringLiteral(".png"));
}

// The gaps between the ticks of a 1 ms timer in this (the window's) thread.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_gaps.append(double(now - m_last) / 1e6);
            m_last = now;
        });
    }
    void start()
    {
        m_gaps.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double percentile(double p) const
    {
        if (m_gaps.isEmpty())
            return 0;
        QList<double> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(qMin(sorted.size() - 1, qsizetype(p * double(sorted.size()))));
    }
    double worst() const { return m_gaps.isEmpty() ? 0 : *std::max_element(m_gaps.cbegin(), m_gaps.cend()); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_gaps;
};

} // namespace

class TestRemoteFileModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void hundredThousandEntries();
    void streamedInGrowingBatches();
    void permissionsColumn_data();
    void permissionsColumn();

private:
    // A pane on its own browsing connection, connected and showing `path`; false when connecting failed.
    bool openPane(const FtpLogin& login, const QString& path);
    QString nameAt(int proxyRow) const;
    // A screenshot of the pane, once the view has painted its last layout (FileView paints the layout of
    // many rows one turn of the event loop later).
    bool saveScreenshot(const QString& name);
    // Waits until the model is neither loading nor sorting.
    bool waitIdle();

    std::unique_ptr<Test::MemoryServer> m_server;
    std::unique_ptr<RemoteBrowser> m_browser;
    std::unique_ptr<RemotePane> m_pane;
};

void TestRemoteFileModel::initTestCase()
{
    m_server = std::make_unique<Test::MemoryServer>();
    m_server->addFiles(QStringLiteral("/big"), QStringLiteral("item"), Files);
    for (int i = 0; i < Folders; ++i)
        m_server->fileSystem().addDirectory(QStringLiteral("/big/dir-%1").arg(i));
    for (int i = 0; i < Hidden; ++i)
        m_server->fileSystem().addFile(QStringLiteral("/big/.hidden-%1").arg(i), "h");
    m_server->fileSystem().addFile(QStringLiteral("/small/notes.txt"), "notes\n");
    m_server->fileSystem().addDirectory(QStringLiteral("/small/sub"));
    QString error;
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

void TestRemoteFileModel::cleanupTestCase()
{
    m_pane.reset();
    m_browser.reset();
    m_server.reset();
}

bool TestRemoteFileModel::openPane(const FtpLogin& login, const QString& path)
{
    m_pane.reset();
    m_browser = std::make_unique<RemoteBrowser>();
    m_pane = std::make_unique<RemotePane>(m_browser.get());
    m_pane->resize(900, 600);
    m_pane->show();
    BrowseRequest* connecting = m_browser->connectToHost(login);
    QSignalSpy connected(connecting, &BrowseRequest::finished);
    if (!connected.wait(WaitMs) || m_browser->state() != FtpClient::State::Connected)
        return false;
    m_pane->setLogin(login);
    m_pane->setConnected(true, path);
    return true;
}

QString TestRemoteFileModel::nameAt(int proxyRow) const
{
    return m_pane->proxy()->index(proxyRow, RemoteFileModel::NameColumn).data(Qt::EditRole).toString();
}

bool TestRemoteFileModel::saveScreenshot(const QString& name)
{
    QWidget* viewport = m_pane->view()->viewport();
    if (!viewport->updatesEnabled() &&
        !QTest::qWaitFor([viewport] { return viewport->updatesEnabled(); }, WaitMs))
        return false;
    return m_pane->grab().save(screenshotPath(name));
}

bool TestRemoteFileModel::waitIdle()
{
    RemoteFileModel* model = m_pane->model();
    if (model->isLoading()) {
        QSignalSpy idle(model, &RemoteFileModel::loadingChanged);
        QElapsedTimer timer;
        timer.start();
        while (model->isLoading() && timer.elapsed() < WaitMs)
            idle.wait(1000);
    }
    return !model->isLoading();
}

void TestRemoteFileModel::hundredThousandEntries()
{
    StallMeter stalls;
    QVERIFY(openPane(m_server->login(), QStringLiteral("/")));
    RemoteFileModel* model = m_pane->model();
    QSignalSpy loaded(model, &RemoteFileModel::loaded);
    QVERIFY(loaded.wait(WaitMs));
    loaded.clear();
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    int firstInsertAt = -1; // the rows shown when the first batch was appended
    connect(model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex&, int first, int) {
        if (loaded.isEmpty() && firstInsertAt < 0)
            firstInsertAt = first;
    });

    stalls.start();
    QElapsedTimer timer;
    timer.start();
    m_pane->navigateTo(QStringLiteral("/big"));
    QVERIFY(loaded.wait(WaitMs));
    const qint64 loadMs = timer.elapsed();
    stalls.stop();
    qInfo("100,000 entries listed, shown and sorted in %lld ms; the window's event loop: gaps p50 %.1f ms, "
          "p99 %.1f ms, worst %.1f ms",
          loadMs, stalls.percentile(0.5), stalls.percentile(0.99), stalls.worst());
    // The 16 ms target is measured by tests/bench/bench_remote_pane; this is a sanity bound only.
    QVERIFY2(stalls.worst() < 3000, qPrintable(QString::number(stalls.worst())));

    // Shown while it arrived: the first StreamAfter entries shown before the rest came, the rest appended
    // in batches (a signal per batch, not per row), then sorted. How many batches depends on how the
    // pieces and the window's turns interleave (one when the window was busy until the listing ended).
    QVERIFY2(firstInsertAt >= int(RemoteFileModel::StreamAfter) && firstInsertAt < Files,
             qPrintable(QString::number(firstInsertAt)));
    QVERIFY2(inserted.size() >= 1 && inserted.size() < 200, qPrintable(QString::number(inserted.size())));
    QCOMPARE(model->path(), QStringLiteral("/big"));
    QCOMPARE(model->entryCount(), Files + Folders + Hidden);
    QCOMPARE(model->rowCount(), Files + Folders); // dot files hidden
    QCOMPARE(m_pane->proxy()->rowCount(), Files + Folders);
    QVERIFY(model->isCached(QStringLiteral("/big")));

    // Folders first, then names with numbers compared by value.
    QCOMPARE(nameAt(0), QStringLiteral("dir-0"));
    QCOMPARE(nameAt(2), QStringLiteral("dir-2"));
    QCOMPARE(nameAt(10), QStringLiteral("dir-10"));
    QCOMPARE(nameAt(Folders), QStringLiteral("item-0"));
    QCOMPARE(nameAt(Folders + 10), QStringLiteral("item-10"));
    QCOMPARE(nameAt(Folders + Files - 1), QStringLiteral("item-99999"));
    QVERIFY(saveScreenshot(QStringLiteral("remote-01-100000-entries")));

    // By size, largest first: folders still first, sizes never grow down the list.
    m_pane->view()->sortByColumn(RemoteFileModel::SizeColumn, Qt::DescendingOrder);
    QVERIFY(waitIdle());
    QCOMPARE(model->sortColumn(), int(RemoteFileModel::SizeColumn));
    for (int row = 0; row < Folders; ++row)
        QVERIFY(nameAt(row).startsWith(QLatin1String("dir-")));
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = Folders; row < Folders + Files; ++row) {
        const qint64 size = model->entry(m_pane->proxy()->mapToSource(m_pane->proxy()->index(row, 0))).size;
        if (size > previous)
            QFAIL(qPrintable(QStringLiteral("row %1: %2 after %3").arg(row).arg(size).arg(previous)));
        previous = size;
    }
    QCOMPARE(model->entry(m_pane->proxy()->mapToSource(m_pane->proxy()->index(Folders, 0))).size, 63);

    // By name, descending.
    m_pane->view()->sortByColumn(RemoteFileModel::NameColumn, Qt::DescendingOrder);
    QVERIFY(waitIdle());
    QCOMPARE(nameAt(0), QStringLiteral("dir-19"));
    QCOMPARE(nameAt(Folders), QStringLiteral("item-99999"));
    QCOMPARE(nameAt(Folders + Files - 1), QStringLiteral("item-0"));
    m_pane->view()->sortByColumn(RemoteFileModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(waitIdle());

    // The selection survives a filter that keeps it; the filter is one reset, not a signal per row.
    const QModelIndex target = m_pane->proxy()->mapFromSource(model->indexOf(QStringLiteral("item-12345")));
    QVERIFY(target.isValid());
    m_pane->view()->setCurrentIndex(target);
    QVERIFY(m_pane->view()->selectionModel()->isRowSelected(target.row(), QModelIndex()));
    resets.clear();
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    m_pane->filterEdit()->setText(QStringLiteral("item-1234")); // filtered in the helper thread
    QVERIFY(waitIdle());
    QCOMPARE(m_pane->proxy()->rowCount(), 11); // item-1234 and item-12340 .. item-12349
    QCOMPARE(resets.size(), 1);
    QVERIFY(removed.isEmpty());
    const QModelIndex current = m_pane->view()->currentIndex();
    QCOMPARE(current.sibling(current.row(), 0).data(Qt::EditRole).toString(), QStringLiteral("item-12345"));
    QCOMPARE(m_pane->view()->selectionModel()->selectedRows().size(), 1);
    QVERIFY(m_pane->grab().save(screenshotPath(QStringLiteral("remote-02-filtered"))));
    m_pane->filterEdit()->setText(QStringLiteral("item-9999?"));
    QVERIFY(waitIdle());
    QCOMPARE(m_pane->proxy()->rowCount(), 10);
    m_pane->filterEdit()->setText(QStringLiteral("DIR-1"));
    QVERIFY(waitIdle());
    QCOMPARE(m_pane->proxy()->rowCount(), 11); // dir-1, dir-10 .. dir-19: any case
    m_pane->filterEdit()->clear();
    QVERIFY(waitIdle());
    QCOMPARE(m_pane->proxy()->rowCount(), Files + Folders);

    // Hidden files.
    m_pane->setShowHidden(true);
    QVERIFY(waitIdle());
    QCOMPARE(m_pane->proxy()->rowCount(), Files + Folders + Hidden);
    m_pane->setShowHidden(false);
    QVERIFY(waitIdle());
    QCOMPARE(m_pane->proxy()->rowCount(), Files + Folders);

    // Back and forth: from the cache, already sorted, at once.
    loaded.clear();
    m_pane->navigateTo(QStringLiteral("/small"));
    QVERIFY(loaded.wait(WaitMs));
    QCOMPARE(m_pane->proxy()->rowCount(), 2);
    QCOMPARE(nameAt(0), QStringLiteral("sub"));
    loaded.clear();
    m_pane->navigateTo(QStringLiteral("/big"));
    QVERIFY(loaded.size() == 1 || loaded.wait(WaitMs)); // the cached listing, already sorted
    QCOMPARE(m_pane->proxy()->rowCount(), Files + Folders);
    QCOMPARE(nameAt(Folders + 10), QStringLiteral("item-10"));
}

// While 100,000 entries stream in, every change of the rows makes the view lay out all of them again: the
// rows come in a few growing batches (each at least doubles the rows shown, or comes a second after the
// last one when the server is slow), and the last entries arrive with the sorted order in one layout
// change. Counted from the signals, whatever the machine's speed; here with a name filter active, which
// the batches and the final order both keep.
void TestRemoteFileModel::streamedInGrowingBatches()
{
    QVERIFY(openPane(m_server->login(), QStringLiteral("/small")));
    RemoteFileModel* model = m_pane->model();
    QSignalSpy loaded(model, &RemoteFileModel::loaded);
    QVERIFY(loaded.wait(WaitMs));
    loaded.clear();
    m_pane->filterEdit()->setText(QStringLiteral("item-1"));
    QVERIFY(waitIdle());

    // What the view is told, through the pane's proxy (the view's model), until the folder is loaded.
    QAbstractItemModel* shown = m_pane->proxy();
    int inserted = 0;
    int layouts = 0;
    int resets = 0;
    qsizetype entriesAtReset = -1; // how much of the listing had come when its rows were first shown
    qsizetype entriesAtFirstInsert = -1;
    connect(shown, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex&, int first, int last) {
        if (!loaded.isEmpty())
            return;
        ++inserted;
        if (entriesAtFirstInsert < 0)
            entriesAtFirstInsert = model->entryCount();
        QCOMPARE(last + 1, shown->rowCount()); // appended at the end
        QVERIFY(first <= last);
    });
    connect(shown, &QAbstractItemModel::layoutChanged, this, [&] {
        if (loaded.isEmpty())
            ++layouts;
    });
    connect(shown, &QAbstractItemModel::modelReset, this, [&] {
        if (!loaded.isEmpty())
            return;
        ++resets;
        if (entriesAtReset < 0)
            entriesAtReset = model->entryCount();
    });
    QElapsedTimer timer;
    timer.start();
    m_pane->navigateTo(QStringLiteral("/big"));
    QVERIFY(loaded.wait(WaitMs));
    const qint64 elapsedMs = timer.elapsed();
    const int total = Files + Folders + Hidden;
    qInfo("100,000 entries streamed in %lld ms: %d reset, %d insertions, %d layout change", elapsedMs, resets,
          inserted, layouts);

    // Shown while it arrived: one reset once StreamAfter entries had come, long before the end.
    QCOMPARE(resets, 1);
    QVERIFY2(entriesAtReset > RemoteFileModel::StreamAfter && entriesAtReset < total,
             qPrintable(QString::number(entriesAtReset)));
    // Batches that at least double the entries shown: from StreamAfter to all of them, at most
    // log2(total / StreamAfter) + 1 of those, one more per StreamMaxIntervalMs of a slow listing, and the
    // entries after the last batch, inserted just before the sorted order comes as one layout change.
    int doublings = 1;
    for (qsizetype rows = RemoteFileModel::StreamAfter; rows < total; rows *= 2)
        ++doublings;
    const int bound = doublings + int(elapsedMs / RemoteFileModel::StreamMaxIntervalMs) + 1;
    // (None at all when the filter hides every entry that came after the first rows were shown.)
    QVERIFY2(inserted <= bound,
             qPrintable(QStringLiteral("%1 insertions, at most %2").arg(inserted).arg(bound)));
    if (inserted > 0)
        QVERIFY2(entriesAtFirstInsert > entriesAtReset, qPrintable(QString::number(entriesAtFirstInsert)));
    QCOMPARE(layouts, 1);

    // All of it, filtered and sorted: item-1, item-10 .. item-19, item-100 .. item-199, ... item-19999
    // (numbers compared by value), 1 + 10 + 100 + 1,000 + 10,000 names; no folder matches.
    QCOMPARE(model->entryCount(), total);
    const int matching = 11111;
    QCOMPARE(model->rowCount(), matching);
    QCOMPARE(shown->rowCount(), matching);
    QCOMPARE(nameAt(0), QStringLiteral("item-1"));
    QCOMPARE(nameAt(1), QStringLiteral("item-10"));
    QCOMPARE(nameAt(matching - 1), QStringLiteral("item-19999"));
    int previous = 0;
    for (int row = 0; row < matching; ++row) {
        const QString name = nameAt(row);
        bool ok = false;
        const int number = name.mid(5).toInt(&ok);
        if (!name.startsWith(QLatin1String("item-1")) || !ok || number <= previous)
            QFAIL(qPrintable(QStringLiteral("row %1: %2 after item-%3").arg(row).arg(name).arg(previous)));
        previous = number;
    }
    QVERIFY(saveScreenshot(QStringLiteral("remote-04-streamed-filtered")));

    // The filter cleared: every row of the folder, in order.
    m_pane->filterEdit()->clear();
    QVERIFY(waitIdle());
    QCOMPARE(shown->rowCount(), Files + Folders);
    QCOMPARE(nameAt(0), QStringLiteral("dir-0"));
    QCOMPARE(nameAt(Folders), QStringLiteral("item-0"));
    QCOMPARE(nameAt(Folders + Files - 1), QStringLiteral("item-99999"));
}

void TestRemoteFileModel::permissionsColumn_data()
{
    QTest::addColumn<QString>("server");
    QTest::newRow("ferry (MLSD UNIX.mode)") << QStringLiteral("ferry");
    QTest::newRow("pyftpdlib (MLSD perm only)") << QStringLiteral("pyftpdlib");
    QTest::newRow("vsftpd (LIST)") << QStringLiteral("vsftpd");
}

void TestRemoteFileModel::permissionsColumn()
{
    // Issue 14: the Permissions column showed raw MLSD perm facts ("radfwMT") that mean nothing to most
    // users. A UNIX mode where the server gives one, else the perm facts in words; the raw facts in the
    // tooltip.
    QFETCH(QString, server);
    std::unique_ptr<Test::TestFtpServer> peer;
    FtpLogin login;
    QString folder = QStringLiteral("/small");
    if (server == QLatin1String("ferry")) {
        login = m_server->login();
    } else {
        if (server == QLatin1String("pyftpdlib"))
            peer = std::make_unique<Test::PyftpdlibServer>();
        else
            peer = std::make_unique<Test::VsftpdServer>();
        FERRY_START_PEER(*peer, QHostAddress(QHostAddress::LocalHost));
        QVERIFY(peer->addFile(QStringLiteral("small/notes.txt"), "notes\n"));
        QVERIFY(peer->addDirectory(QStringLiteral("small/sub")));
        const QString notes = QDir(peer->rootPath()).filePath(QStringLiteral("small/notes.txt"));
        QVERIFY(QFile::setPermissions(notes, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                                 QFile::ReadUser | QFile::WriteUser));
        login.host = peer->host();
        login.port = peer->port();
        login.user = peer->user();
        login.password = peer->password();
        folder = QStringLiteral("small");
    }
    QVERIFY(openPane(login, folder));
    QSignalSpy shown(m_pane->model(), &RemoteFileModel::loaded);
    QVERIFY(shown.wait(WaitMs));
    QVERIFY(waitIdle());
    RemoteFileModel* model = m_pane->model();
    QCOMPARE(model->rowCount(), 2);
    const QModelIndex notes = model->indexOf(QStringLiteral("notes.txt"));
    const QModelIndex sub = model->indexOf(QStringLiteral("sub"));
    QVERIFY(notes.isValid() && sub.isValid());
    const QString notesText = notes.siblingAtColumn(RemoteFileModel::PermissionsColumn).data().toString();
    const QString subText = sub.siblingAtColumn(RemoteFileModel::PermissionsColumn).data().toString();
    const QString notesTip =
        notes.siblingAtColumn(RemoteFileModel::PermissionsColumn).data(Qt::ToolTipRole).toString();
    const RemoteEntry notesEntry = model->entry(notes);
    qInfo("%s: notes.txt \"%s\" (%s), sub \"%s\"", qPrintable(server), qPrintable(notesText),
          qPrintable(notesEntry.permissions), qPrintable(subText));

    if (server == QLatin1String("pyftpdlib")) {
        // MLSD with a perm fact and no UNIX.mode: what this login may do, in words.
        QCOMPARE(notesEntry.permissionsKind, RemoteEntry::PermissionsKind::MlsdPerm);
        QVERIFY(!notesEntry.permissions.isEmpty());
        QVERIFY2(notesText.contains(QLatin1String("read")) && notesText.contains(QLatin1String("write")) &&
                     notesText.contains(QLatin1String("delete")) &&
                     notesText.contains(QLatin1String("rename")),
                 qPrintable(notesText));
        QVERIFY2(!notesText.contains(notesEntry.permissions), qPrintable(notesText));
        QVERIFY2(subText.contains(QLatin1String("list")) && subText.contains(QLatin1String("enter")),
                 qPrintable(subText));
        // The raw facts, and what each letter means, in the tooltip.
        QVERIFY2(notesTip.contains(notesEntry.permissions), qPrintable(notesTip));
        QVERIFY2(notesTip.contains(QLatin1String("may be downloaded")), qPrintable(notesTip));
    } else if (server == QLatin1String("ferry")) {
        // MLSD with UNIX.mode: the mode, the perm fact and the mode in the tooltip.
        QCOMPARE(notesText, QStringLiteral("rw-r--r--"));
        QCOMPARE(subText, QStringLiteral("rwxr-xr-x"));
        QVERIFY2(notesTip.contains(QLatin1String("0644")), qPrintable(notesTip));
        QVERIFY2(notesTip.contains(notesEntry.permissions), qPrintable(notesTip));
    } else {
        // LIST: the listing's rwx, as listed.
        QCOMPARE(notesText, QStringLiteral("rw-r-----"));
        QVERIFY2(subText.startsWith(QLatin1String("rwx")), qPrintable(subText));
        QVERIFY2(notesTip.contains(QLatin1String("rw-r-----")), qPrintable(notesTip));
    }
    m_pane->view()->header()->resizeSection(RemoteFileModel::PermissionsColumn, 260);
    QVERIFY(m_pane->grab().save(screenshotPath(QStringLiteral("remote-03-permissions-%1").arg(server))));
    m_pane.reset();
    m_browser.reset();
}

QTEST_MAIN(TestRemoteFileModel)
#include "tst_remotefilemodel.moc"
