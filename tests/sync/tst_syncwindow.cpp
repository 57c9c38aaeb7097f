// The window's synchronization features driven like a user would, against pyftpdlib and the board server:
// the comparison marks (every case, minute-only times on the board) with their legend and tooltips,
// synchronized browsing with a missing folder created on either side, the Synchronize dialog (preview,
// unchecked actions, Run), the "Keep remote up to date" panel with real file changes, remote editing with
// a scripted editor (upload question, conflict), FileZilla import in the site manager, and the desktop
// notification while the window is inactive. Screenshots go to build/screenshots/sync-*.png.
#include "comparisondelegate.h"
#include "comparisonlegend.h"
#include "connectionsession.h"
#include "connectiontabs.h"
#include "directorycomparison.h"
#include "fileview.h"
#include "guitestbase.h"
#include "localpane.h"
#include "mainwindow.h"
#include "queuenotifier.h"
#include "remoteeditpanel.h"
#include "remotefilemodel.h"
#include "remotepane.h"
#include "sitemanagerdialog.h"
#include "sync/remotecommandqueue.h"
#include "sync/timeoffset.h"
#include "syncbrowsing.h"
#include "syncfeatures.h"
#include "synchronizedialog.h"
#include "syncpeers.h"
#include "testfiles.h"
#include "transfer/transferengine.h"
#include "watchpanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QMutex>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QtTest>
#include <ctime>

using namespace Ferry;
using namespace Ferry::Test;

namespace {

constexpr int WaitMs = 60000;

bool setTime(const QString& path, const QDateTime& time)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.setFileTime(time, QFileDevice::FileModificationTime);
}

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestSyncWindow final : public GuiTestBase
{
    Q_OBJECT

private:
    std::unique_ptr<TestFtpServer> m_server;

    SyncFeatures* sync() const { return m_window->syncFeatures(); }

    // A server of `kind` with /site holding the remote half of every comparison case, the window
    // connected to it, the local pane on the local half and the remote pane on /site.
    bool setUp(const QString& kind)
    {
        m_server = makeSyncPeer(kind);
        if (!m_server->skipReason().isEmpty()) {
            qWarning() << m_server->skipReason();
            return false;
        }
        if (!m_server->start(QHostAddress(QHostAddress::LocalHost))) {
            qWarning() << m_server->errorString();
            return false;
        }
        if (!openWindow(QSize(1280, 820)))
            return false;
        m_local = std::make_unique<QTemporaryDir>();
        QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
        base.setTime(QTime(base.time().hour(), base.time().minute(), 30));
        const QString local = m_local->path();
        const QString remote = m_server->rootPath() + QStringLiteral("/site");
        bool ok = true;
        const auto both = [&](const QString& name, const QByteArray& l, const QDateTime& lt,
                              const QByteArray& r, const QDateTime& rt) {
            ok &= writeSyncFile(local + QLatin1Char('/') + name, l, lt);
            ok &= m_server->addFile(QStringLiteral("site/") + name, r);
            ok &= setTime(remote + QLatin1Char('/') + name, rt);
        };
        both(QStringLiteral("equal.txt"), "the same\n", base, "the same\n", base);
        both(QStringLiteral("newer.txt"), "newer here", base.addSecs(3600), "older ther", base);
        both(QStringLiteral("older.txt"), "older here", base, "newer ther", base.addSecs(3600));
        both(QStringLiteral("size.txt"), "12345", base, "1234567", base);
        ok &= writeSyncFile(local + QStringLiteral("/only-here.txt"), "here", base);
        ok &= QDir().mkpath(local + QStringLiteral("/dir"));
        ok &= QDir().mkpath(local + QStringLiteral("/newdir"));
        ok &= m_server->addFile(QStringLiteral("site/only-there.txt"), "there");
        ok &= m_server->addDirectory(QStringLiteral("site/dir"));
        ok &= m_server->addDirectory(QStringLiteral("site/olddir"));
        ok &= m_server->fixPermissions();
        if (!ok)
            return false;
        if (!connectWindow(m_server->host(), m_server->port(), m_server->user(), m_server->password()))
            return false;
        m_window->remotePane()->navigateTo(QStringLiteral("/site"));
        return waitForRemote(QStringLiteral("/site")) && showLocal(local);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Ferry"));
        QCoreApplication::setApplicationName(QStringLiteral("ferry-sync-gui-test"));
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
        qputenv("TZ", "UTC");
        tzset();
    }

    void cleanup()
    {
        closeWindow();
        m_server.reset();
    }

    void comparisonMarks_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("pyftpdlib") << QStringLiteral("pyftpdlib");
        QTest::newRow("board") << QStringLiteral("board");
    }

    void comparisonMarks()
    {
        QFETCH(QString, kind);
        QVERIFY(setUp(kind));
        DirectoryComparison* comparison = sync()->comparison();
        QVERIFY(comparison);
        QSignalSpy compared(comparison, &DirectoryComparison::compared);
        sync()->compareAction()->trigger();
        QVERIFY(comparison->isEnabled());
        QVERIFY(compared.count() > 0 || compared.wait(WaitMs));
        const QMap<QString, SyncState> expected{
            {QStringLiteral("equal.txt"), SyncState::Equal},
            {QStringLiteral("newer.txt"), SyncState::LocalNewer},
            {QStringLiteral("older.txt"), SyncState::RemoteNewer},
            {QStringLiteral("size.txt"), SyncState::SizeDiffers},
            {QStringLiteral("only-here.txt"), SyncState::OnlyLocal},
            {QStringLiteral("only-there.txt"), SyncState::OnlyRemote},
            {QStringLiteral("dir"), SyncState::Equal},
            {QStringLiteral("newdir"), SyncState::OnlyLocal},
            {QStringLiteral("olddir"), SyncState::OnlyRemote},
        };
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const SyncComparison* c = comparison->comparison(it.key());
            QVERIFY2(c, qPrintable(it.key()));
            QVERIFY2(c->state == it.value(),
                     qPrintable(it.key() + QStringLiteral(": ") + syncStateKey(c->state)));
        }
        // The marks each pane draws, and what they say.
        using Side = DirectoryComparison::Side;
        QVERIFY(!ComparisonDelegate::markColor(SyncState::Equal, Side::Local).isValid());
        QCOMPARE(ComparisonDelegate::markColor(SyncState::LocalNewer, Side::Local),
                 ComparisonDelegate::markColor(SyncState::RemoteNewer, Side::Remote));
        QVERIFY(ComparisonDelegate::markColor(SyncState::LocalNewer, Side::Local) !=
                ComparisonDelegate::markColor(SyncState::LocalNewer, Side::Remote));
        QCOMPARE(ComparisonDelegate::markText(SyncState::RemoteNewer, Side::Remote),
                 QStringLiteral("Newer on the server than here"));
        QVERIFY(qobject_cast<ComparisonDelegate*>(m_window->localPane()->view()->itemDelegate()));
        QVERIFY(qobject_cast<ComparisonDelegate*>(m_window->remotePane()->view()->itemDelegate()));
        ComparisonLegend* legend = sync()->legend();
        QVERIFY(legend->isVisible());
        QVERIFY2(legend->summaryText().contains(QStringLiteral("2 only there")),
                 qPrintable(legend->summaryText()));
        QVERIFY2(legend->summaryText().contains(QStringLiteral("1 size")), qPrintable(legend->summaryText()));
        screenshot(QStringLiteral("sync-comparison-") + kind);

        // A file changed here is compared again.
        QVERIFY(writeSyncFile(m_local->filePath(QStringLiteral("equal.txt")), "changed here, bigger"));
        QVERIFY(waitOnSignal(
            compared,
            [&] {
                const SyncComparison* c = comparison->comparison(QStringLiteral("equal.txt"));
                return c && c->state == SyncState::LocalNewer;
            },
            WaitMs));

        sync()->compareAction()->trigger();
        QVERIFY(!comparison->isEnabled());
        QVERIFY(!legend->isVisible());
        QVERIFY(!qobject_cast<ComparisonDelegate*>(m_window->localPane()->view()->itemDelegate()));
    }

    // The first upload to a server whose clock is off teaches the offset, and the marks allow for it.
    void learnsServerOffsetFromAnUpload()
    {
        QVERIFY(setUp(QStringLiteral("board-utc+3")));
        const QString key = TimeOffsetStore::serverKey(m_window->session()->login());
        TimeOffsetStore::forget(key);
        DirectoryComparison* comparison = sync()->comparison();
        QSignalSpy compared(comparison, &DirectoryComparison::compared);
        sync()->compareAction()->trigger();
        QVERIFY(compared.count() > 0 || compared.wait(WaitMs));
        QCOMPARE(comparison->comparison(QStringLiteral("equal.txt"))->state, SyncState::RemoteNewer);

        TransferJobRequest request;
        request.siteId = m_window->session()->siteId();
        request.direction = TransferDirection::Upload;
        request.localPath = m_local->filePath(QStringLiteral("only-here.txt"));
        request.remotePath = QStringLiteral("/site/only-here.txt");
        QVERIFY(m_window->transferQueue()->addJob(request));
        QVERIFY(waitOnSignal(
            compared,
            [&] {
                const SyncComparison* c = comparison->comparison(QStringLiteral("equal.txt"));
                return TimeOffsetStore::offset(key).has_value() && c && c->state == SyncState::Equal;
            },
            WaitMs));
        QCOMPARE(*TimeOffsetStore::offset(key), qint64(3 * 3600));
        QCOMPARE(comparison->comparison(QStringLiteral("newer.txt"))->state, SyncState::LocalNewer);
        QCOMPARE(comparison->comparison(QStringLiteral("older.txt"))->state, SyncState::RemoteNewer);
        TimeOffsetStore::forget(key);
    }

    // Comparison and synchronized browsing belong to a tab; the menu and the legend follow the tab shown.
    void comparisonPerTab()
    {
        QVERIFY(setUp(QStringLiteral("pyftpdlib")));
        ConnectionTabs* tabs = m_window->tabWidget();
        ConnectionSession* first = m_window->session();
        sync()->compareAction()->trigger();
        QVERIFY(sync()->comparison()->isEnabled());
        QVERIFY(sync()->legend()->isVisible());
        ConnectionSession* second = tabs->newTab();
        QTRY_COMPARE(m_window->session(), second);
        QVERIFY(!sync()->compareAction()->isChecked());
        QVERIFY(!sync()->comparison()->isEnabled());
        QVERIFY(!sync()->legend()->isVisible());
        QVERIFY(!sync()->synchronizeAction()->isEnabled()); // not connected
        tabs->setCurrentWidget(first);
        QTRY_COMPARE(m_window->session(), first);
        QVERIFY(sync()->compareAction()->isChecked());
        QVERIFY(sync()->legend()->isVisible());
        QVERIFY(sync()->synchronizeAction()->isEnabled());
        m_window->closeTab(second);
    }

    void synchronizedBrowsing()
    {
        QVERIFY(setUp(QStringLiteral("pyftpdlib")));
        SyncBrowsing* browsing = sync()->browsing();
        sync()->syncBrowsingAction()->trigger();
        QVERIFY(browsing->isEnabled());
        QCOMPARE(browsing->remoteBase(), QStringLiteral("/site"));

        // Into a folder both sides have, and back up, from either pane.
        m_window->localPane()->navigateTo(m_local->filePath(QStringLiteral("dir")));
        QVERIFY(waitForRemote(QStringLiteral("/site/dir")));
        m_window->remotePane()->goUp();
        QVERIFY(waitForRemote(QStringLiteral("/site")));
        QVERIFY(QTest::qWaitFor(
            [&] { return m_window->localPane()->currentPath() == QDir::cleanPath(m_local->path()); },
            GuiWaitMs));

        // A folder only here: the server lacks it, and creating it is offered.
        m_window->localPane()->navigateTo(m_local->filePath(QStringLiteral("newdir")));
        QVERIFY(QTest::qWaitFor([&] { return browsing->pendingQuestion() != nullptr; }, GuiWaitMs));
        QMessageBox* question = browsing->pendingQuestion();
        QVERIFY2(question->text().contains(QStringLiteral("/site/newdir")), qPrintable(question->text()));
        screenshot(QStringLiteral("sync-browsing-missing-folder"), question);
        QTest::mouseClick(question->findChild<QPushButton*>(QStringLiteral("createFolderButton")),
                          Qt::LeftButton);
        QVERIFY(waitForRemote(QStringLiteral("/site/newdir")));
        QVERIFY(QFileInfo(m_server->rootPath() + QStringLiteral("/site/newdir")).isDir());

        // A folder only on the server: created here.
        m_window->remotePane()->navigateTo(QStringLiteral("/site/olddir"));
        QVERIFY(QTest::qWaitFor([&] { return browsing->pendingQuestion() != nullptr; }, GuiWaitMs));
        QTest::mouseClick(
            browsing->pendingQuestion()->findChild<QPushButton*>(QStringLiteral("createFolderButton")),
            Qt::LeftButton);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return m_window->localPane()->currentPath() ==
                       QDir::cleanPath(m_local->filePath(QStringLiteral("olddir")));
            },
            GuiWaitMs));
        QVERIFY(QFileInfo(m_local->filePath(QStringLiteral("olddir"))).isDir());

        sync()->syncBrowsingAction()->trigger();
        QVERIFY(!browsing->isEnabled());
    }

    void synchronizeFromPreview()
    {
        QVERIFY(setUp(QStringLiteral("board")));
        sync()->synchronizeAction()->trigger();
        SynchronizeDialog* dialog = sync()->synchronizeDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->remoteFolder(), QStringLiteral("/site"));
        dialog->findChild<QCheckBox*>(QStringLiteral("syncDeleteExtras"))->setChecked(true);
        QSignalSpy compared(dialog, &SynchronizeDialog::compared);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("syncCompareButton")),
                          Qt::LeftButton);
        QVERIFY(compared.wait(WaitMs));
        QVERIFY2(compared.first().first().toBool(), qPrintable(dialog->statusText()));
        QStringList rows;
        for (int i = 0; i < dialog->preview()->topLevelItemCount(); ++i)
            rows << dialog->preview()->topLevelItem(i)->text(0) + QLatin1Char(' ') +
                        dialog->preview()->topLevelItem(i)->text(1);
        rows.sort();
        QCOMPARE(rows,
                 (QStringList{QStringLiteral("Create folder on the server newdir/"),
                              QStringLiteral("Delete on the server olddir/"),
                              QStringLiteral("Delete on the server only-there.txt"),
                              QStringLiteral("Upload newer.txt"), QStringLiteral("Upload only-here.txt"),
                              QStringLiteral("Upload size.txt")}));
        // Every row says why.
        for (int i = 0; i < dialog->preview()->topLevelItemCount(); ++i)
            QVERIFY(!dialog->preview()->topLevelItem(i)->text(3).isEmpty());
        dialog->setChecked(QStringLiteral("upload"), QStringLiteral("size.txt"), false);
        dialog->setChecked(QStringLiteral("delete-remote"), QStringLiteral("only-there.txt"), false);
        QCOMPARE(dialog->checkedActions().size(), 4);
        screenshot(QStringLiteral("sync-preview"), dialog);

        QSignalSpy finished(dialog, &SynchronizeDialog::runFinished);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("syncRunButton")), Qt::LeftButton);
        QVERIFY(finished.wait(WaitMs));
        QCOMPARE(finished.first().at(0).toInt(), 4);
        QCOMPARE(finished.first().at(1).toInt(), 0);
        const QString remote = m_server->rootPath() + QStringLiteral("/site");
        QCOMPARE(contents(remote + QStringLiteral("/newer.txt")), QByteArray("newer here"));
        QCOMPARE(contents(remote + QStringLiteral("/only-here.txt")), QByteArray("here"));
        QCOMPARE(contents(remote + QStringLiteral("/size.txt")), QByteArray("1234567")); // unchecked
        QVERIFY(QFileInfo::exists(remote + QStringLiteral("/only-there.txt")));          // unchecked
        QVERIFY(QFileInfo(remote + QStringLiteral("/newdir")).isDir());
        QVERIFY(!QFileInfo::exists(remote + QStringLiteral("/olddir")));
        screenshot(QStringLiteral("sync-preview-done"), dialog);
        dialog->close();
    }

    void keepRemoteUpToDatePanel()
    {
        QVERIFY(setUp(QStringLiteral("pyftpdlib")));
        sync()->keepUpToDateAction()->trigger();
        QVERIFY(sync()->watchDock()->isVisible());
        WatchPanel* panel = sync()->watchPanel();
        // The pair offered is the folders the panes show.
        QCOMPARE(panel->findChild<QLineEdit*>(QStringLiteral("watchRemoteFolder"))->text(),
                 QStringLiteral("/site"));
        QCOMPARE(QDir::cleanPath(QDir::fromNativeSeparators(
                     panel->findChild<QLineEdit*>(QStringLiteral("watchLocalFolder"))->text())),
                 QDir::cleanPath(m_local->path()));
        panel->findChild<QCheckBox*>(QStringLiteral("watchDelete"))->setChecked(true);
        panel->findChild<QCheckBox*>(QStringLiteral("watchUploadFirst"))->setChecked(false);
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("watchStartStop")), Qt::LeftButton);
        QVERIFY2(panel->isRunning(), qPrintable(panel->statusText()));
        QSignalSpy activity(panel->session(), &WatchSession::activity);
        const QString remote = m_server->rootPath() + QStringLiteral("/site");
        QVERIFY(writeSyncFile(m_local->filePath(QStringLiteral("firmware.bin")), patternData(300000, 7)));
        QVERIFY(writeSyncFile(m_local->filePath(QStringLiteral("build/main.o")), "ignored"));
        QVERIFY(QFile::remove(m_local->filePath(QStringLiteral("only-here.txt"))));
        QVERIFY(QFile::remove(m_local->filePath(QStringLiteral("equal.txt"))));
        QVERIFY(waitOnSignal(
            activity,
            [&] {
                return contents(remote + QStringLiteral("/firmware.bin")) == patternData(300000, 7) &&
                       !QFileInfo::exists(remote + QStringLiteral("/equal.txt")) &&
                       panel->session()->deleteCount() == 2 && !panel->session()->isBusy();
            },
            WaitMs));
        QVERIFY(!QFileInfo::exists(remote + QStringLiteral("/build/main.o")));
        QTreeWidget* events = panel->eventList();
        QStringList lines;
        for (int i = 0; i < events->topLevelItemCount(); ++i)
            lines << events->topLevelItem(i)->text(1) + QLatin1Char(' ') + events->topLevelItem(i)->text(2);
        QVERIFY2(lines.contains(QStringLiteral("Uploaded firmware.bin")),
                 qPrintable(lines.join(QLatin1Char(','))));
        QVERIFY2(lines.contains(QStringLiteral("Deleted equal.txt")),
                 qPrintable(lines.join(QLatin1Char(','))));
        // Never on the server: nothing to delete there, and no error.
        QVERIFY2(lines.contains(QStringLiteral("Deleted only-here.txt")),
                 qPrintable(lines.join(QLatin1Char(','))));
        QVERIFY2(panel->statusText().contains(QStringLiteral("1 uploaded")), qPrintable(panel->statusText()));
        QVERIFY2(panel->statusText().contains(QStringLiteral("0 failed")), qPrintable(panel->statusText()));
        sync()->watchDock()->raise();
        screenshot(QStringLiteral("sync-watch-panel"));
        screenshot(QStringLiteral("sync-watch-panel-only"), panel);
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("watchStartStop")), Qt::LeftButton);
        QVERIFY(!panel->isRunning());
    }

    void editRemoteFile()
    {
        QVERIFY(setUp(QStringLiteral("pyftpdlib")));
        RemoteEditPanel* panel = sync()->editPanel();
        panel->setEditorCommand(TestFtpServer::sourceDir() + QStringLiteral("/tests/sync/fake_editor.sh"));
        panel->setUploadsAutomatically(false);
        RemoteEditor* editor = panel->editor();
        const QString serverFile = m_server->rootPath() + QStringLiteral("/site/equal.txt");

        selectRemote({QStringLiteral("equal.txt")});
        sync()->updateActions();
        QVERIFY(sync()->editAction()->isEnabled());
        QSignalSpy started(panel, &RemoteEditPanel::editorStarted);
        QSignalSpy question(editor, &RemoteEditor::uploadQuestion);
        sync()->editAction()->trigger();
        QVERIFY(started.wait(WaitMs));
        QVERIFY(sync()->editDock()->isVisible());
        // The scripted editor adds a line and saves by rename: the upload is offered.
        QVERIFY(question.wait(WaitMs));
        const quint64 id = question.first().first().toULongLong();
        QMessageBox* box = panel->question(id);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QStringLiteral("/site/equal.txt")), qPrintable(box->text()));
        screenshot(QStringLiteral("sync-edit-upload-question"), box);
        QSignalSpy uploaded(editor, &RemoteEditor::uploaded);
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("yesButton")), Qt::LeftButton);
        QVERIFY(uploaded.wait(WaitMs));
        QCOMPARE(contents(serverFile), QByteArray("the same\nedited by the scripted editor\n"));
        QTreeWidget* list = panel->fileList();
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("equal.txt"));
        QVERIFY(!list->topLevelItem(0)->text(2).isEmpty()); // last upload
        sync()->editDock()->raise();
        screenshot(QStringLiteral("sync-edit-list"));
        screenshot(QStringLiteral("sync-edit-list-only"), panel);

        // Someone changes the server's copy; the next save asks before overwriting it.
        QVERIFY(writeSyncFile(serverFile, "changed on the server meanwhile\n"));
        QSignalSpy conflict(editor, &RemoteEditor::conflict);
        list->setCurrentItem(list->topLevelItem(0));
        panel->setUploadsAutomatically(true);
        panel->openSelectedAgain(); // runs the scripted editor again
        QVERIFY(conflict.wait(WaitMs));
        QMessageBox* conflictBox = panel->question(id);
        QVERIFY(conflictBox);
        QCOMPARE(conflictBox->objectName(), QStringLiteral("remoteEditConflict"));
        screenshot(QStringLiteral("sync-edit-conflict"), conflictBox);
        QCOMPARE(contents(serverFile), QByteArray("changed on the server meanwhile\n"));
        QTest::mouseClick(conflictBox->findChild<QPushButton*>(QStringLiteral("yesButton")), Qt::LeftButton);
        QVERIFY(uploaded.wait(WaitMs));
        QCOMPARE(contents(serverFile),
                 QByteArray("the same\nedited by the scripted editor\nedited by the scripted editor\n"));

        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("editStopWatching")), Qt::LeftButton);
        QCOMPARE(list->topLevelItemCount(), 0);
        QVERIFY(editor->files().isEmpty());
    }

    // The dialog's comparison runs in the sync connection's thread (RemoteCommandQueue's worker), not in the
    // window's: the listings are parsed there and only the comparisons come back. Closing the dialog while
    // it compares stops the scan and leaves the shared connection working.
    void synchronizeScansOffTheWindowThread()
    {
        QVERIFY(setUp(QStringLiteral("pyftpdlib")));
        RemoteCommandQueue* remote =
            RemoteCommandQueue::forSite(m_window->transferQueue(), m_window->session()->siteId());
        QVERIFY(remote);
        QVERIFY(remote->workerThread() != QThread::currentThread());
        auto threads = std::make_shared<QList<QThread*>>();
        auto mutex = std::make_shared<QMutex>();
        remote->setThreadProbe([threads, mutex](QThread* current, QThread* client) {
            QMutexLocker lock(mutex.get());
            *threads << current << client;
        });

        sync()->synchronizeAction()->trigger();
        QPointer<SynchronizeDialog> dialog = sync()->synchronizeDialog();
        QVERIFY(dialog);
        QSignalSpy compared(dialog, &SynchronizeDialog::compared);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("syncCompareButton")),
                          Qt::LeftButton);
        QVERIFY(compared.wait(WaitMs));
        QVERIFY2(compared.first().first().toBool(), qPrintable(dialog->statusText()));
        QVERIFY(dialog->plannedActions().size() > 0);
        {
            QMutexLocker lock(mutex.get());
            QVERIFY(threads->size() >= 2);
            for (QThread* thread : std::as_const(*threads))
                QCOMPARE(thread, remote->workerThread());
        }

        // Compare again and close at once: the scan stops, nothing reaches the deleted dialog.
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("syncCompareButton")),
                          Qt::LeftButton);
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("syncCompareButton"))->isEnabled());
        dialog->close();
        delete dialog.data(); // as its deferred delete would, now
        QObject owner;
        QSignalSpy done(&owner, &QObject::objectNameChanged);
        std::optional<RemoteCommandQueue::Result> stat;
        remote->add(
            RemoteCommandQueue::Kind::Stat, QStringLiteral("/site/size.txt"),
            [&](const RemoteCommandQueue::Result& result) {
                stat = result;
                owner.setObjectName(QStringLiteral("done"));
            },
            &owner);
        QVERIFY(done.wait(WaitMs));
        QVERIFY2(stat && stat->ok, stat ? qPrintable(stat->message) : "no result");
        QVERIFY(stat->entry);
        QCOMPARE(stat->entry->size, qint64(7));
    }

    // A board serves four sessions in all: browsing, the transfer connection, the one connection every sync
    // feature shares, and the Synchronize dialog's comparison fit; a fifth would hang.
    void boardKeepsToFourSessions()
    {
        QVERIFY(setUp(QStringLiteral("board")));
        sync()->keepUpToDateAction()->trigger();
        WatchPanel* watch = sync()->watchPanel();
        watch->findChild<QCheckBox*>(QStringLiteral("watchUploadFirst"))->setChecked(false);
        watch->findChild<QCheckBox*>(QStringLiteral("watchDelete"))->setChecked(true);
        QVERIFY(watch->start());
        QSignalSpy activity(watch->session(), &WatchSession::activity);
        QVERIFY(QDir().mkpath(m_local->filePath(QStringLiteral("fresh"))));
        QVERIFY(waitOnSignal(
            activity,
            [&] {
                return !watch->session()->isBusy() &&
                       QFileInfo(m_server->rootPath() + QStringLiteral("/site/fresh")).isDir();
            },
            WaitMs));

        RemoteEditPanel* edit = sync()->editPanel();
        edit->setEditorCommand(QStringLiteral("true")); // opens nothing
        QSignalSpy opened(edit->editor(), &RemoteEditor::opened);
        QVERIFY(edit->open(m_window->session()->siteId(), QStringLiteral("/site/size.txt")));
        QVERIFY(opened.wait(WaitMs));

        sync()->synchronizeAction()->trigger();
        SynchronizeDialog* dialog = sync()->synchronizeDialog();
        QSignalSpy compared(dialog, &SynchronizeDialog::compared);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("syncCompareButton")),
                          Qt::LeftButton);
        QVERIFY(compared.wait(WaitMs));
        QVERIFY2(compared.first().first().toBool(), qPrintable(dialog->statusText()));
        // Still working afterwards: a deletion goes through the shared connection.
        QVERIFY(QDir(m_local->filePath(QStringLiteral("fresh"))).removeRecursively());
        QVERIFY(waitOnSignal(
            activity,
            [&] { return !QFileInfo::exists(m_server->rootPath() + QStringLiteral("/site/fresh")); },
            WaitMs));
        dialog->close();
        watch->stop();
    }

    void importFromFileZilla()
    {
        QVERIFY(openWindow(QSize(1000, 700)));
        m_window->openSiteManager();
        auto* dialog = visibleChild<SiteManagerDialog>(m_window.get(), QStringLiteral("siteManager"));
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("importFileZillaButton")));
        const int added = dialog->importFileZilla(TestFtpServer::sourceDir() +
                                                  QStringLiteral("/tests/sync/filezilla/sitemanager.xml"));
        QCOMPARE(added, 6);
        QMessageBox* summary = visibleChild<QMessageBox>(dialog, QStringLiteral("fileZillaImportSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().startsWith(QStringLiteral("6 site")), qPrintable(summary->text()));
        // No keychain in test mode: the passwords are not kept, and the notes say so (and what was left out).
        QVERIFY2(summary->detailedText().contains(QStringLiteral("SFTP")),
                 qPrintable(summary->detailedText()));
        QVERIFY2(summary->detailedText().contains(QStringLiteral("keychain")),
                 qPrintable(summary->detailedText()));
        screenshot(QStringLiteral("sync-filezilla-import"), dialog);
        summary->close();
        QVERIFY(dialog->save());
        QStringList folders;
        const QList<Site> sites = Site::loadAll(&folders);
        QCOMPARE(sites.size(), 6);
        QVERIFY(folders.contains(QStringLiteral("Boards/Lab")));
        QVERIFY(folders.contains(QStringLiteral("Boards/Empty folder")));
        const auto named = [&](const QString& name) {
            for (const Site& site : sites) {
                if (site.name == name)
                    return site;
            }
            return Site();
        };
        const Site lab = named(QStringLiteral("Lab (explicit TLS)"));
        QCOMPARE(lab.folder, QStringLiteral("Boards/Lab"));
        QCOMPARE(lab.host, QStringLiteral("lab.example.org"));
        QCOMPARE(lab.port, quint16(2121));
        QCOMPARE(lab.user, QStringLiteral("lab user"));
        QCOMPARE(lab.encryption, QStringLiteral("explicit"));
        QCOMPARE(lab.dataMode, DataConnectionMode::Active);
        QVERIFY(!lab.rememberPassword);
        QVERIFY(lab.password.isEmpty()); // never in plain text
        QCOMPARE(named(QStringLiteral("Implicit TLS, master password")).encryption,
                 QStringLiteral("implicit"));
        QCOMPARE(named(QStringLiteral("NetX board (plain FTP)")).encryption, QStringLiteral("none"));
        QCOMPARE(named(QStringLiteral("NetX board (plain FTP)")).remoteFolder,
                 QStringLiteral("/data/my firmware"));
        // Importing again adds nothing twice.
        QCOMPARE(dialog->importFileZilla(TestFtpServer::sourceDir() +
                                         QStringLiteral("/tests/sync/filezilla/sitemanager.xml")),
                 0);
        dialog->close();
    }

    void notifiesWhenInactive()
    {
        QVERIFY(setUp(QStringLiteral("pyftpdlib")));
        QueueNotifier* notifier = sync()->notifier();
        QSignalSpy notified(notifier, &QueueNotifier::notified);
        // Active window: no notification.
        TransferJobRequest request;
        request.siteId = m_window->session()->siteId();
        request.direction = TransferDirection::Upload;
        request.localPath = m_local->filePath(QStringLiteral("equal.txt"));
        request.remotePath = QStringLiteral("/site/copy1.txt");
        QSignalSpy idle(m_window->transferQueue(), &TransferEngine::idle);
        QVERIFY(m_window->transferQueue()->addJob(request));
        QVERIFY(idle.wait(WaitMs));
        QCOMPARE(notified.count(), 0);

        // Another window is active: the queue finishing is told.
        QWidget other;
        other.resize(200, 100);
        other.show();
        other.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&other));
        QVERIFY(!m_window->isActiveWindow());
        request.remotePath = QStringLiteral("/site/copy2.txt");
        QVERIFY(m_window->transferQueue()->addJob(request));
        QVERIFY(notified.wait(WaitMs));
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Transfers finished"));
        QCOMPARE(notified.first().at(2).toBool(), false);

        // A failure is told as such.
        request.localPath = m_local->filePath(QStringLiteral("not-there.txt"));
        request.remotePath = QStringLiteral("/site/copy3.txt");
        QVERIFY(m_window->transferQueue()->addJob(request));
        QVERIFY(waitOnSignal(
            notified, [&] { return notified.count() >= 3; }, WaitMs));
        QCOMPARE(notified.at(1).at(0).toString(), QStringLiteral("Transfer failed"));
        QVERIFY(notified.at(1).at(2).toBool());
        QCOMPARE(notified.at(2).at(0).toString(), QStringLiteral("Transfers finished with errors"));
    }
};

QTEST_MAIN(TestSyncWindow)
#include "tst_syncwindow.moc"
