// The client window driven as a user drives it: the quick-connect bar, browsing, drag and drop in both
// directions (from the local pane, from a file manager, onto the local pane, out to the desktop), rename,
// delete, new folder, the message log, the site manager, settings and the window's memory. Against a real
// pyftpdlib server on loopback (tests/support). Each test saves a screenshot of its key step to
// $FERRY_BINARY_DIR/screenshots/.

#include "appsettings.h"
#include "client/ftpclient.h"
#include "fileexistsdialog.h"
#include "filepane.h"
#include "filesortproxymodel.h"
#include "fileview.h"
#include "ftplocation.h"
#include "guitestbase.h"
#include "io/settingswriter.h"
#include "localfilemodel.h"
#include "localpane.h"
#include "logpanel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "pyftpdlibserver.h"
#include "quickconnectbar.h"
#include "remotedragmimedata.h"
#include "remotefilemodel.h"
#include "remotepane.h"
#include "site.h"
#include "sitemanagerdialog.h"
#include "testfiles.h"
#include "transfer/transferengine.h"
#include "transferpanel.h"
#include "transferqueuemodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeView>
#include <QtTest>
#include <memory>
#include <optional>

using namespace Ferry;
using Test::dropOn;
using Test::emptyArea;
using Test::reactivate;
using Test::readFile;
using Test::visibleChild;
using Test::writeFile;

namespace {

constexpr int WaitMs = Test::GuiWaitMs;

} // namespace

class TestMainWindow final : public Test::GuiTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void parseLocation_data();
    void parseLocation();
    void connectAndBrowse();
    void uploadByDragFromLocalPane();
    void uploadByUriListFromFileManager();
    void downloadByDropOnLocalPane();
    void dragOutToDesktopDownloadsOnDrop();
    void renameInPlace();
    void deleteAsksFirst();
    void createFolder();
    void logShowsDialogueWithoutPassword();
    void errorsShowInThePane();
    void siteManagerSavesWithoutPlainPassword();
    void openUrlConnectsToFolder();
    void keyboardReachesEverything();
    void settingsSwitchTheme();
    void windowRemembersItsState();
    void closeAsksWhileTransfersRun();
    void existingFileAsksWhatToDo();
    void resumeOfferedOnlyForSmallerTarget_data();
    void resumeOfferedOnlyForSmallerTarget();
    void queuePanelShowsProgressPauseAndResume();
    void failedTransferShowsReplyAndRetries();
    void settingsReachTheQueue();
    void reorderQueuedJobs();

private:
    bool connectWindow();
    QString serverPath(const QString& relative) const { return QDir(m_server.rootPath()).filePath(relative); }
    QString siteId() const
    {
        return MainWindow::siteIdFor(FtpLogin{m_server.host(), m_server.port(), m_server.user(), QString()});
    }
    void setSpeedLimit(int kibPerSecond);
    std::optional<TransferJobSnapshot> onlyJob() const;
    void selectJob(TransferJobId id);
    void triggerPanelAction(const QString& name);

    Test::PyftpdlibServer m_server;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Ferry"));
    QCoreApplication::setApplicationName(QStringLiteral("ferry-gui-test"));
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
    FERRY_START_PEER(m_server, QHostAddress(QHostAddress::LocalHost));
}

void TestMainWindow::cleanupTestCase()
{
    m_server.stop();
}

void TestMainWindow::init()
{
    // Fresh server content and local folder for every test.
    QDir root(m_server.rootPath());
    const QFileInfoList entries = root.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo& info : entries) {
        if (info.isDir())
            QDir(info.absoluteFilePath()).removeRecursively();
        else
            QFile::remove(info.absoluteFilePath());
    }
    QVERIFY(m_server.addFile(QStringLiteral("hello.txt"), "Hello from the server\n"));
    QVERIFY(m_server.addFile(QStringLiteral("docs/readme.txt"), "Read me\n"));
    QVERIFY(m_server.addFile(QStringLiteral("docs/manual.pdf"), QByteArray(4096, 'p')));
    QVERIFY(m_server.addPatternFile(QStringLiteral("firmware.bin"), 300 * 1024, 7));
    QVERIFY(m_server.addFile(QStringLiteral(".hidden-config"), "secret=1\n"));

    m_local = std::make_unique<QTemporaryDir>();
    QVERIFY(m_local->isValid());
    QVERIFY(writeFile(m_local->filePath(QStringLiteral("app.hex")), Test::patternData(100 * 1024, 3)));
    QVERIFY(writeFile(m_local->filePath(QStringLiteral("notes.txt")), "local notes\n"));
    QVERIFY(writeFile(m_local->filePath(QStringLiteral("site/index.html")), "<h1>board</h1>\n"));
    QVERIFY(writeFile(m_local->filePath(QStringLiteral("site/img/logo.svg")), "<svg/>\n"));

    QVERIFY(openWindow(QSize(1200, 760)));
    QVERIFY(showLocal(m_local->path()));
}

void TestMainWindow::cleanup()
{
    closeWindow();
}

bool TestMainWindow::connectWindow()
{
    return GuiTestBase::connectWindow(m_server.host(), m_server.port(), m_server.user(), m_server.password());
}

void TestMainWindow::parseLocation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("path");
    QTest::newRow("bare host") << "board.local" << true << "board.local" << 21 << ""
                               << ""
                               << "";
    QTest::newRow("host:port") << "192.168.1.20:2121" << true << "192.168.1.20" << 2121 << ""
                               << ""
                               << "";
    QTest::newRow("ipv6") << "[::1]:2121" << true << "::1" << 2121 << ""
                          << ""
                          << "";
    QTest::newRow("full url") << "ftp://me:s%40cret@host:21/pub/a%20b/" << true << "host" << 21 << "me"
                              << "s@cret"
                              << "pub/a b";
    QTest::newRow("absolute, doubled slash") << "ftp://host//etc/motd" << true << "host" << 21 << ""
                                             << ""
                                             << "/etc/motd";
    QTest::newRow("absolute, %2F") << "ftp://host/%2Fetc" << true << "host" << 21 << ""
                                   << ""
                                   << "/etc";
    QTest::newRow("not ftp") << "http://host/" << false << "" << 0 << ""
                             << ""
                             << "";
    QTest::newRow("empty") << "  " << false << "" << 0 << ""
                           << ""
                           << "";
}

void TestMainWindow::parseLocation()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QString error;
    const std::optional<FtpLocation> location = FtpLocation::parse(text, &error);
    QCOMPARE(location.has_value(), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QTEST(location->host, "host");
    QTEST(int(location->port), "port");
    QTEST(location->user, "user");
    QTEST(location->password, "password");
    QTEST(location->path, "path");
    QVERIFY(!location->url().toString().contains(QStringLiteral("cret")));
}

void TestMainWindow::connectAndBrowse()
{
    QVERIFY(connectWindow());
    RemotePane* pane = m_window->remotePane();
    QVERIFY(remoteIndex(QStringLiteral("docs")).isValid());
    QVERIFY(remoteIndex(QStringLiteral("hello.txt")).isValid());
    QVERIFY2(!remoteIndex(QStringLiteral(".hidden-config")).isValid(), "dot files are hidden by default");
    // Folders first, then files by name.
    QCOMPARE(pane->proxy()->index(0, 0).data(Qt::EditRole).toString(), QStringLiteral("docs"));
    QVERIFY(!m_window->findChild<QLabel*>(QStringLiteral("connectionState"))->text().isEmpty());
    QVERIFY(
        m_window->findChild<QLabel*>(QStringLiteral("connectionState"))->text().contains(m_server.host()));
    screenshot(QStringLiteral("01-connected"));

    // Enter opens the folder.
    pane->view()->setFocus();
    pane->view()->setCurrentIndex(remoteIndex(QStringLiteral("docs")));
    QTest::keyClick(pane->view(), Qt::Key_Return);
    QVERIFY(waitForRemote(QStringLiteral("/docs")));
    QVERIFY(remoteIndex(QStringLiteral("readme.txt")).isValid());
    QCOMPARE(pane->pathBox()->currentText(), QStringLiteral("/docs"));
    screenshot(QStringLiteral("02-browse-docs"));

    // Filter as you type.
    pane->filterEdit()->setText(QStringLiteral("read"));
    QCOMPARE(pane->proxy()->rowCount(), 1);
    pane->filterEdit()->clear();
    QCOMPARE(pane->proxy()->rowCount(), 2);

    // Backspace goes up (from the cache at once), Alt+Left goes back.
    pane->view()->setFocus();
    QTest::keyClick(pane->view(), Qt::Key_Backspace);
    QVERIFY(waitForRemote(QStringLiteral("/")));
    QTest::keyClick(pane->view(), Qt::Key_Left, Qt::AltModifier);
    QVERIFY(waitForRemote(QStringLiteral("/docs")));

    // Hidden files on demand.
    QTest::keyClick(pane->view(), Qt::Key_Backspace);
    QVERIFY(waitForRemote(QStringLiteral("/")));
    m_window->findChild<QAction*>(QStringLiteral("actionShowHidden"))->trigger();
    QVERIFY(remoteIndex(QStringLiteral(".hidden-config")).isValid());
    m_window->findChild<QAction*>(QStringLiteral("actionShowHidden"))->trigger();
    QVERIFY(!remoteIndex(QStringLiteral(".hidden-config")).isValid());

    // Sorting by size keeps folders first.
    pane->view()->sortByColumn(RemoteFileModel::SizeColumn, Qt::DescendingOrder);
    QCOMPARE(pane->proxy()->index(0, 0).data(Qt::EditRole).toString(), QStringLiteral("docs"));
    QCOMPARE(pane->proxy()->index(1, 0).data(Qt::EditRole).toString(), QStringLiteral("firmware.bin"));
}

void TestMainWindow::uploadByDragFromLocalPane()
{
    QVERIFY(connectWindow());
    const QString file = m_local->filePath(QStringLiteral("app.hex"));
    selectLocal({file});
    // The data the local view's drag carries (QFileSystemModel's text/uri-list), dropped on the remote pane.
    std::unique_ptr<QMimeData> mime(m_window->localPane()->createDragMimeData());
    QVERIFY(mime);
    QCOMPARE(mime->urls(), QList<QUrl>{QUrl::fromLocalFile(file)});
    RemotePane* remote = m_window->remotePane();
    QVERIFY(dropOn(remote->view(), mime.get(), emptyArea(remote->view())));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(serverPath(QStringLiteral("app.hex"))).size() == 100 * 1024 &&
                                 m_window->transferQueue()->isIdle(),
                             WaitMs);
    QCOMPARE(readFile(serverPath(QStringLiteral("app.hex"))), readFile(file));
    // The remote pane lists the new file by itself.
    QTRY_VERIFY_WITH_TIMEOUT(remoteIndex(QStringLiteral("app.hex")).isValid(), WaitMs);
    screenshot(QStringLiteral("03-upload-from-local-pane"));
}

void TestMainWindow::uploadByUriListFromFileManager()
{
    QVERIFY(connectWindow());
    // What a desktop file manager drags: text/uri-list with file URLs, a file and a folder tree.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_local->filePath(QStringLiteral("notes.txt"))),
                  QUrl::fromLocalFile(m_local->filePath(QStringLiteral("site")))});
    RemotePane* remote = m_window->remotePane();
    // Dropped on the "docs" row: into that folder.
    const QRect docsRow = remote->view()->visualRect(remoteIndex(QStringLiteral("docs")));
    QVERIFY(docsRow.isValid());
    QVERIFY(dropOn(remote->view(), &mime, docsRow.center()));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(serverPath(QStringLiteral("docs/site/img/logo.svg"))) &&
                                 m_window->transferQueue()->isIdle(),
                             WaitMs);
    QCOMPARE(readFile(serverPath(QStringLiteral("docs/notes.txt"))), QByteArray("local notes\n"));
    QCOMPARE(readFile(serverPath(QStringLiteral("docs/site/index.html"))), QByteArray("<h1>board</h1>\n"));
    QCOMPARE(readFile(serverPath(QStringLiteral("docs/site/img/logo.svg"))), QByteArray("<svg/>\n"));
    screenshot(QStringLiteral("04-upload-uri-list"));
}

void TestMainWindow::downloadByDropOnLocalPane()
{
    QVERIFY(connectWindow());
    selectRemote({QStringLiteral("firmware.bin"), QStringLiteral("docs")});
    std::unique_ptr<QMimeData> mime(m_window->remotePane()->createDragMimeData());
    QVERIFY(mime);
    QVERIFY(mime->hasFormat(RemoteFileModel::remoteItemsMimeType()));
    LocalPane* local = m_window->localPane();
    QVERIFY(dropOn(local->view(), mime.get(), emptyArea(local->view())));
    const QString target = m_local->filePath(QStringLiteral("firmware.bin"));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(m_local->filePath(QStringLiteral("docs/manual.pdf"))) &&
                                 QFileInfo::exists(target) && m_window->transferQueue()->isIdle(),
                             WaitMs);
    QCOMPARE(Test::sha256HexOfFile(target),
             Test::sha256HexOfFile(serverPath(QStringLiteral("firmware.bin"))));
    QCOMPARE(readFile(m_local->filePath(QStringLiteral("docs/readme.txt"))), QByteArray("Read me\n"));
    // Written to a temporary name and renamed: nothing is left behind.
    QVERIFY(!QFileInfo::exists(m_local->filePath(QStringLiteral(".firmware.bin.ferry-part"))));
    // A drop inside Ferry never fetches the desktop copies.
    QVERIFY(!static_cast<RemoteDragMimeData*>(mime.get())->wasFetched());
    QTRY_VERIFY_WITH_TIMEOUT(localIndex(target).isValid(), WaitMs);
    screenshot(QStringLiteral("05-download-drop-on-local"));
}

void TestMainWindow::dragOutToDesktopDownloadsOnDrop()
{
    QVERIFY(connectWindow());
    selectRemote({QStringLiteral("hello.txt")});
    std::unique_ptr<QMimeData> mime(m_window->remotePane()->createDragMimeData());
    QVERIFY(mime->hasUrls()); // offered without fetching anything
    QVERIFY(!static_cast<RemoteDragMimeData*>(mime.get())->wasFetched());
    // A file manager asks for the URLs when the drop happens: the file is fetched then.
    const QList<QUrl> urls = mime->urls();
    QCOMPARE(urls.size(), 1);
    QVERIFY(urls.first().isLocalFile());
    QVERIFY(urls.first().toLocalFile().startsWith(MainWindow::dragOutFolder()));
    QCOMPARE(readFile(urls.first().toLocalFile()), QByteArray("Hello from the server\n"));
    // The raw form a target reads.
    QVERIFY(mime->data(QStringLiteral("text/uri-list")).startsWith("file://"));
}

void TestMainWindow::renameInPlace()
{
    QVERIFY(connectWindow());
    selectRemote({QStringLiteral("hello.txt")});
    FileView* view = m_window->remotePane()->view();
    QTest::keyClick(view, Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QCOMPARE(editor->text(), QStringLiteral("hello.txt"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("greeting.txt"));
    screenshot(QStringLiteral("06-rename-editing"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(serverPath(QStringLiteral("greeting.txt"))), WaitMs);
    QVERIFY(!QFileInfo::exists(serverPath(QStringLiteral("hello.txt"))));
    QTRY_VERIFY_WITH_TIMEOUT(remoteIndex(QStringLiteral("greeting.txt")).isValid(), WaitMs);
    QTRY_COMPARE(view->currentIndex().data(Qt::EditRole).toString(), QStringLiteral("greeting.txt"));
}

void TestMainWindow::deleteAsksFirst()
{
    QVERIFY(m_server.addFile(QStringLiteral("old/sub/x.txt"), "x"));
    QVERIFY(connectWindow());
    selectRemote({QStringLiteral("hello.txt"), QStringLiteral("old")});
    QTest::keyClick(m_window->remotePane()->view(), Qt::Key_Delete);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = visibleChild<QMessageBox>(m_window.get(), QStringLiteral("confirmDeleteRemote"))));
    screenshot(QStringLiteral("07-delete-selection"));
    screenshot(QStringLiteral("07-delete-confirmation"), box);
    // Cancel first: nothing happens.
    box->button(QMessageBox::Cancel)->click();
    QCoreApplication::processEvents();
    QVERIFY(QFileInfo::exists(serverPath(QStringLiteral("hello.txt"))));
    QVERIFY(reactivate(m_window.get(), m_window->remotePane()->view()));
    QTest::keyClick(m_window->remotePane()->view(), Qt::Key_Delete);
    QTRY_VERIFY((box = visibleChild<QMessageBox>(m_window.get(), QStringLiteral("confirmDeleteRemote"))));
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(serverPath(QStringLiteral("hello.txt"))) &&
                                 !QFileInfo::exists(serverPath(QStringLiteral("old"))),
                             WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!remoteIndex(QStringLiteral("old")).isValid(), WaitMs);
    QVERIFY(QFileInfo::exists(serverPath(QStringLiteral("firmware.bin"))));
}

void TestMainWindow::createFolder()
{
    QVERIFY(connectWindow());
    m_window->remotePane()->view()->setFocus();
    QTest::keyClick(m_window->remotePane()->view(), Qt::Key_F7);
    QInputDialog* dialog = nullptr;
    QTRY_VERIFY(
        (dialog = visibleChild<QInputDialog>(m_window->remotePane(), QStringLiteral("newFolderDialog"))));
    dialog->setTextValue(QStringLiteral("Board Logs"));
    screenshot(QStringLiteral("08-new-folder-dialog"), dialog);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(serverPath(QStringLiteral("Board Logs"))).isDir(), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(remoteIndex(QStringLiteral("Board Logs")).isValid(), WaitMs);
    QTRY_COMPARE(m_window->remotePane()->view()->currentIndex().data(Qt::EditRole).toString(),
                 QStringLiteral("Board Logs"));

    // And in the local pane.
    QVERIFY(reactivate(m_window.get(), m_window->localPane()->view()));
    QTest::keyClick(m_window->localPane()->view(), Qt::Key_F7);
    QTRY_VERIFY(
        (dialog = visibleChild<QInputDialog>(m_window->localPane(), QStringLiteral("newFolderDialog"))));
    dialog->setTextValue(QStringLiteral("captures"));
    dialog->accept();
    QTRY_VERIFY(QFileInfo(m_local->filePath(QStringLiteral("captures"))).isDir());
}

void TestMainWindow::logShowsDialogueWithoutPassword()
{
    QVERIFY(connectWindow());
    LogPanel* log = m_window->logPanel();
    const QString text = log->visibleText();
    QVERIFY2(text.contains(QStringLiteral("USER ferry")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("PASS ****")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("230")), qPrintable(text));
    QVERIFY2(!text.contains(m_server.password()), "the password must never reach the log");
    screenshot(QStringLiteral("09-message-log"));

    // Copyable: select all and copy.
    log->view()->selectAll();
    log->copySelection();
    QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("USER ferry")));

    // The level filter.
    log->setLevel(LogPanel::Level::Errors);
    QVERIFY(!log->visibleText().contains(QStringLiteral("USER")));
    log->setLevel(LogPanel::Level::Dialogue);
    QVERIFY(log->visibleText().contains(QStringLiteral("USER ferry")));
    QVERIFY(!log->visibleText().contains(QStringLiteral("Connecting to")));
    log->setLevel(LogPanel::Level::All);

    // The transfer connection logs too, masked as well.
    selectRemote({QStringLiteral("hello.txt")});
    m_window->remotePane()->transferSelection();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(m_local->filePath(QStringLiteral("hello.txt"))), WaitMs);
    QTRY_VERIFY(log->visibleText().contains(QStringLiteral("[transfer 1]")));
    QVERIFY(!log->visibleText().contains(m_server.password()));
}

void TestMainWindow::errorsShowInThePane()
{
    QVERIFY(connectWindow());
    RemotePane* pane = m_window->remotePane();
    pane->focusLocation();
    pane->pathBox()->lineEdit()->setText(QStringLiteral("/no-such-folder"));
    QTest::keyClick(pane->pathBox()->lineEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(
        pane->messageBar()->isVisible() && pane->messageBar()->kind() == MessageBar::Kind::Error, WaitMs);
    // The server's reply is part of the message (pyftpdlib: "501 No such directory.").
    QVERIFY2(
        pane->messageBar()->text().contains(QRegularExpression(QStringLiteral("/no-such-folder: 5\\d\\d "))),
        qPrintable(pane->messageBar()->text()));
    // The pane stays where it was.
    QCOMPARE(pane->currentPath(), QStringLiteral("/"));
    QTRY_COMPARE(pane->pathBox()->currentText(), QStringLiteral("/"));
    QVERIFY(remoteIndex(QStringLiteral("docs")).isValid());
    screenshot(QStringLiteral("10-error-in-pane"));

    // A refused connection shows in the pane as well, without a modal box.
    Test::PyftpdlibServer stopped;
    m_window->connectTo(FtpLogin{QStringLiteral("127.0.0.1"), 1, QStringLiteral("x"), QStringLiteral("y")},
                        FtpClientOptions());
    QTRY_VERIFY2_WITH_TIMEOUT(pane->messageBar()->text().startsWith(QStringLiteral("Could not connect")),
                              qPrintable(pane->messageBar()->text()), WaitMs);
    QVERIFY(!QApplication::activeModalWidget());
}

void TestMainWindow::siteManagerSavesWithoutPlainPassword()
{
    m_window->findChild<QAction*>(QStringLiteral("actionNewSite"))->trigger();
    SiteManagerDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<SiteManagerDialog>(m_window.get(), QString())));
    auto field = [&dialog](const char* name) {
        return dialog->findChild<QLineEdit*>(QLatin1String(name));
    };
    field("siteName")->setText(QStringLiteral("Lab board"));
    field("siteName")->editingFinished();
    dialog->findChild<QComboBox*>(QStringLiteral("siteFolder"))->setEditText(QStringLiteral("Boards/Lab"));
    field("siteHost")->setText(m_server.host());
    dialog->findChild<QSpinBox*>(QStringLiteral("sitePort"))->setValue(m_server.port());
    field("siteUser")->setText(m_server.user());
    QTest::keyClicks(field("sitePassword"), m_server.password());
    field("siteRemoteFolder")->setText(QStringLiteral("/docs"));
    dialog->findChild<QPushButton*>(QStringLiteral("boardPresetButton"))->click();
    QCOMPARE(dialog->findChild<QSpinBox*>(QStringLiteral("siteMaxConnections"))->value(), 1);
    QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("siteMode"))->currentData().toInt(),
             int(DataConnectionMode::Passive));
    screenshot(QStringLiteral("11-site-manager"), dialog);

    QSignalSpy stored(dialog, &SiteManagerDialog::passwordsStored);
    QVERIFY(dialog->save());
    const QString sitesFile = QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                                  .filePath(QStringLiteral("sites.ini"));
    QVERIFY(sitesFile.contains(QStringLiteral(".qttest"))); // test mode: never the user's own settings
    const QByteArray saved = readFile(sitesFile);
    QVERIFY2(saved.contains(m_server.host().toUtf8()), saved.constData());
    QVERIFY2(!saved.contains(m_server.password().toUtf8()), "no plain-text password unless asked for");
    dialog->reject();

    // Loads back, in its folder, with the board settings; the password was not kept.
    const QList<Site> sites = Site::loadAll();
    QCOMPARE(sites.size(), 1);
    const Site site = sites.first();
    QCOMPARE(site.name, QStringLiteral("Lab board"));
    QCOMPARE(site.folder, QStringLiteral("Boards/Lab"));
    QCOMPARE(site.port, m_server.port());
    QVERIFY(site.isBoardPreset());
    QVERIFY(site.password.isEmpty());
    QCOMPARE(site.remoteFolder, QStringLiteral("/docs"));

    // Reopened, the site is there; with "plain text" ticked the password is saved (and the site connects
    // without asking).
    m_window->openSiteManager();
    QTRY_VERIFY((dialog = visibleChild<SiteManagerDialog>(m_window.get(), QString())));
    QCOMPARE(dialog->sites().size(), 1);
    QCOMPARE(field("siteHost")->text(), m_server.host());
    QVERIFY(field("sitePassword")->text().isEmpty());
    dialog->findChild<QCheckBox*>(QStringLiteral("sitePlainTextPassword"))->setChecked(true);
    QTest::keyClicks(field("sitePassword"), m_server.password());
    dialog->findChild<QPushButton*>(QStringLiteral("siteConnectButton"))->click();
    QVERIFY(readFile(sitesFile).contains(m_server.password().toUtf8()));
    QVERIFY(waitForRemote(QStringLiteral("/docs")));
    QVERIFY(m_window->client()->options().dataMode == DataConnectionMode::Passive);
}

void TestMainWindow::openUrlConnectsToFolder()
{
    QUrl url = m_server.url(QStringLiteral("docs"));
    QVERIFY(url.password() == m_server.password());
    QVERIFY(m_window->openUrl(url));
    QVERIFY(waitForRemote(QStringLiteral("/docs")));
    QVERIFY(remoteIndex(QStringLiteral("manual.pdf")).isValid());
    // Remembered in the recent connections, without the password.
    const QStringList recent = m_window->quickConnectBar()->recentEntries();
    QVERIFY(!recent.isEmpty());
    QVERIFY(recent.first().contains(m_server.host()));
    // Saved by SettingsWriter's thread, not the window's.
    SettingsWriter::flush();
    QVERIFY(SettingsWriter::lastWriterThreadForTesting() != nullptr);
    QVERIFY(SettingsWriter::lastWriterThreadForTesting() != QThread::currentThread());
    const QByteArray ini = readFile(QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                                        .filePath(QStringLiteral("ferry.ini")));
    QVERIFY(ini.contains("quickConnect"));
    QVERIFY(ini.contains(m_server.host().toUtf8()));
    QVERIFY(!ini.contains(m_server.password().toUtf8()));
    QVERIFY(!m_window->openUrl(QUrl(QStringLiteral("http://example.invalid/"))));
    QVERIFY(m_window->remotePane()->messageBar()->text().contains(QStringLiteral("ftp://")));
}

void TestMainWindow::keyboardReachesEverything()
{
    QVERIFY(connectWindow());
    LocalPane* local = m_window->localPane();
    RemotePane* remote = m_window->remotePane();
    local->view()->setFocus();
    QTRY_COMPARE(m_window->activePane(), static_cast<FilePane*>(local));
    // Tab goes to the other pane and back.
    QTest::keyClick(local->view(), Qt::Key_Tab);
    QTRY_VERIFY(remote->view()->hasFocus());
    QCOMPARE(m_window->activePane(), static_cast<FilePane*>(remote));
    QTest::keyClick(remote->view(), Qt::Key_Tab);
    QTRY_VERIFY(local->view()->hasFocus());
    // Ctrl+L edits the active pane's location.
    QTest::keyClick(local->view(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(local->pathBox()->lineEdit()->hasFocus());
    // Ctrl+F the filter.
    local->view()->setFocus();
    QTest::keyClick(local->view(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(local->filterEdit()->hasFocus());
    // F5 refreshes the remote pane (a new listing).
    remote->view()->setFocus();
    QSignalSpy loaded(remote->model(), &RemoteFileModel::loaded);
    QTest::keyClick(remote->view(), Qt::Key_F5);
    QVERIFY(loaded.wait(WaitMs));
    // Ctrl+T transfers the selection (the action's text follows the pane).
    QCOMPARE(m_window->findChild<QAction*>(QStringLiteral("actionTransfer"))->text(), tr("&Download"));
    local->view()->setFocus();
    QTRY_COMPARE(m_window->findChild<QAction*>(QStringLiteral("actionTransfer"))->text(), tr("&Upload"));
    selectLocal({m_local->filePath(QStringLiteral("notes.txt"))});
    QTest::keyClick(local->view(), Qt::Key_T, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(serverPath(QStringLiteral("notes.txt"))), WaitMs);
    // Ctrl+J goes to the transfer queue (selecting the first job); its actions have keys of their own
    // there (Ctrl+P pauses the selected jobs, Ctrl+R resumes them, Delete removes them).
    QTRY_VERIFY_WITH_TIMEOUT(m_window->transferQueue()->isIdle(), WaitMs);
    setSpeedLimit(16);
    selectLocal({m_local->filePath(QStringLiteral("app.hex"))});
    QTest::keyClick(local->view(), Qt::Key_T, Qt::ControlModifier);
    QTRY_COMPARE(m_window->transferQueue()->jobCount(), 2);
    QTest::keyClick(m_window.get(), Qt::Key_J, Qt::ControlModifier);
    TransferPanel* panel = m_window->transferPanel();
    QTRY_VERIFY(panel->view()->hasFocus());
    QCOMPARE(panel->proxy()->rowCount(), 1); // the finished notes.txt is on the Completed tab
    const TransferJobId appJob =
        panel->proxy()->index(0, 0).data(TransferQueueModel::JobIdRole).value<TransferJobId>();
    QTRY_COMPARE(panel->selectedJobs(), QList<TransferJobId>{appJob});
    QTest::keyClick(panel->view(), Qt::Key_P, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->transferQueue()->job(appJob)->state, TransferJobState::Paused,
                              WaitMs);
    QTest::keyClick(panel->view(), Qt::Key_Delete);
    QTRY_VERIFY(!m_window->transferQueue()->job(appJob));
    QVERIFY(!QApplication::activeModalWidget()); // not the panes' Delete (which asks before deleting files)
    QVERIFY(QFileInfo::exists(m_local->filePath(QStringLiteral("app.hex"))));
    setSpeedLimit(0);
    // Every action of the menus has a shortcut or a stated key.
    const QList<QAction*> actions = m_window->findChildren<QAction*>();
    for (const QAction* action : actions) {
        if (!action->objectName().startsWith(QLatin1String("action")))
            continue;
        QVERIFY2(!action->shortcut().isEmpty() || action->text().contains(QLatin1Char('\t')),
                 qPrintable(action->objectName()));
    }
    screenshot(QStringLiteral("12-keyboard"));
}

void TestMainWindow::settingsSwitchTheme()
{
    m_window->findChild<QAction*>(QStringLiteral("actionSettings"))->trigger();
    QDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog*>(QStringLiteral("settingsDialog"))) &&
                dialog->isVisible());
    auto* theme = dialog->findChild<QComboBox*>(QStringLiteral("settingsTheme"));
    theme->setCurrentIndex(theme->findData(int(Theme::Dark)));
    screenshot(QStringLiteral("13-settings"), dialog);
    dialog->accept();
    QTRY_VERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
    QCOMPARE(AppSettings::load().theme, Theme::Dark);
    QVERIFY(connectWindow());
    screenshot(QStringLiteral("14-dark-theme"));
    AppSettings settings = AppSettings::load();
    settings.theme = Theme::System;
    settings.save();
    m_window->applySettings(settings);
    QTRY_VERIFY(QApplication::palette().color(QPalette::Window).lightness() > 100);
}

void TestMainWindow::windowRemembersItsState()
{
    const QString folder = m_local->filePath(QStringLiteral("site"));
    QVERIFY(showLocal(folder));
    m_window->splitter()->setSizes({300, 900});
    const QList<int> sizes = m_window->splitter()->sizes();
    m_window->findChild<QDockWidget*>(QStringLiteral("logDock"))->hide();
    QVERIFY(m_window->close());
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->localPane()->currentPath(), QDir::cleanPath(folder));
    QCOMPARE(m_window->splitter()->sizes(), sizes);
    QVERIFY(!m_window->findChild<QDockWidget*>(QStringLiteral("logDock"))->isVisible());
    QVERIFY(m_window->localPane()->history().contains(QDir::cleanPath(folder)));
    m_window->findChild<QDockWidget*>(QStringLiteral("logDock"))->show();
    screenshot(QStringLiteral("15-restored"));
}

void TestMainWindow::setSpeedLimit(int kibPerSecond)
{
    AppSettings settings = m_window->settings();
    settings.speedLimitKiBps = kibPerSecond;
    m_window->applySettings(settings);
}

std::optional<TransferJobSnapshot> TestMainWindow::onlyJob() const
{
    const QList<TransferJobSnapshot> jobs = m_window->transferQueue()->jobs();
    if (jobs.size() != 1)
        return std::nullopt;
    return jobs.first();
}

void TestMainWindow::selectJob(TransferJobId id)
{
    TransferPanel* panel = m_window->transferPanel();
    panel->view()->setFocus();
    panel->selectJob(id);
    QVERIFY(panel->selectedJobs() == QList<TransferJobId>{id});
}

void TestMainWindow::triggerPanelAction(const QString& name)
{
    auto* action = m_window->transferPanel()->findChild<QAction*>(name);
    QVERIFY2(action, qPrintable(name));
    QVERIFY2(action->isEnabled(), qPrintable(name + QStringLiteral(" is disabled")));
    action->trigger();
}

void TestMainWindow::closeAsksWhileTransfersRun()
{
    // 8 MiB at 512 KiB/s: still running when the window is asked to close.
    QVERIFY(writeFile(m_local->filePath(QStringLiteral("big.bin")), Test::patternData(8 * 1024 * 1024, 5)));
    QVERIFY(showLocal(m_local->path()));
    QVERIFY(connectWindow());
    setSpeedLimit(512);
    selectLocal({m_local->filePath(QStringLiteral("big.bin"))});
    m_window->localPane()->transferSelection();
    QTRY_VERIFY_WITH_TIMEOUT(
        onlyJob() && onlyJob()->state == TransferJobState::Running && onlyJob()->bytesDone > 0, WaitMs);
    QVERIFY(!m_window->close());
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = visibleChild<QMessageBox>(m_window.get(), QStringLiteral("confirmQuit"))));
    QVERIFY2(box->text().contains(QStringLiteral("1 transfer")), qPrintable(box->text()));
    screenshot(QStringLiteral("16-confirm-quit"), box);
    // Keep running: the window stays and so does the transfer.
    const QList<QAbstractButton*> buttons = box->buttons();
    for (QAbstractButton* button : buttons) {
        if (box->buttonRole(button) == QMessageBox::RejectRole)
            button->click();
    }
    QVERIFY(m_window->isVisible());
    QCOMPARE(onlyJob()->state, TransferJobState::Running);
    // Quit: the job is paused and kept in the queue file.
    QVERIFY(!m_window->close());
    QTRY_VERIFY((box = visibleChild<QMessageBox>(m_window.get(), QStringLiteral("confirmQuit"))));
    const QList<QAbstractButton*> again = box->buttons();
    for (QAbstractButton* button : again) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            button->click();
    }
    QTRY_VERIFY(!m_window->isVisible());
    QCOMPARE(onlyJob()->state, TransferJobState::Paused);
    QVERIFY(QFileInfo::exists(MainWindow::queueFile()));

    // The next start shows it paused; connecting (the password again) and Resume finish the file.
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1200, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    std::optional<TransferJobSnapshot> restored = onlyJob();
    QVERIFY(restored);
    QCOMPARE(restored->state, TransferJobState::Paused);
    QCOMPARE(restored->localPath, m_local->filePath(QStringLiteral("big.bin")));
    QCOMPARE(m_window->transferPanel()->proxy()->rowCount(), 1);
    m_window->findChild<QDockWidget*>(QStringLiteral("transferDock"))->show();
    m_window->findChild<QDockWidget*>(QStringLiteral("transferDock"))->raise();
    screenshot(QStringLiteral("16b-restored-paused"));
    QVERIFY(connectWindow());
    setSpeedLimit(0);
    selectJob(restored->id);
    triggerPanelAction(QStringLiteral("transferResume"));
    QTRY_VERIFY_WITH_TIMEOUT(onlyJob()->state == TransferJobState::Done, WaitMs);
    QCOMPARE(Test::sha256HexOfFile(serverPath(QStringLiteral("big.bin"))),
             Test::sha256HexOfFile(m_local->filePath(QStringLiteral("big.bin"))));
}

void TestMainWindow::existingFileAsksWhatToDo()
{
    QVERIFY(connectWindow());
    QCOMPARE(m_window->settings().fileExists, FileExistsAction::Ask);
    QVERIFY(m_server.addFile(QStringLiteral("notes.txt"), "the server's notes\n"));
    QVERIFY(m_server.addFile(QStringLiteral("app.hex"), "the server's app\n"));
    const QString local = m_local->filePath(QStringLiteral("notes.txt"));

    // Two conflicts, one answer: Skip with "apply to all" settles the second without asking again.
    selectLocal({local, m_local->filePath(QStringLiteral("app.hex"))});
    m_window->localPane()->transferSelection();
    FileExistsDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = visibleChild<FileExistsDialog>(m_window.get(), QStringLiteral("fileExistsDialog"))),
        WaitMs);
    QVERIFY(
        dialog->findChild<QLabel*>(QStringLiteral("existingFile"))->text().contains(QStringLiteral("19")));
    screenshot(QStringLiteral("17-file-exists"), dialog);
    dialog->applyToAllBox()->setChecked(true);
    dialog->button(FileExistsAction::Skip)->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->transferQueue()->isIdle(), WaitMs);
    QVERIFY(!visibleChild<FileExistsDialog>(m_window.get(), QStringLiteral("fileExistsDialog")));
    for (const TransferJobSnapshot& job : m_window->transferQueue()->jobs())
        QCOMPARE(job.state, TransferJobState::Skipped);
    QCOMPARE(readFile(serverPath(QStringLiteral("notes.txt"))), QByteArray("the server's notes\n"));
    QCOMPARE(readFile(serverPath(QStringLiteral("app.hex"))), QByteArray("the server's app\n"));
    m_window->transferQueue()->clearFinished();

    // Keep both: the upload goes to a free name.
    selectLocal({local});
    m_window->localPane()->transferSelection();
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = visibleChild<FileExistsDialog>(m_window.get(), QStringLiteral("fileExistsDialog"))),
        WaitMs);
    dialog->button(FileExistsAction::Rename)->click();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(serverPath(QStringLiteral("notes (1).txt"))) &&
                                 m_window->transferQueue()->isIdle(),
                             WaitMs);
    QCOMPARE(readFile(serverPath(QStringLiteral("notes.txt"))), QByteArray("the server's notes\n"));
    QCOMPARE(readFile(serverPath(QStringLiteral("notes (1).txt"))), QByteArray("local notes\n"));

    // Downloads: overwrite replaces the local file through the temporary name.
    QTRY_VERIFY_WITH_TIMEOUT(remoteIndex(QStringLiteral("notes (1).txt")).isValid(), WaitMs);
    selectRemote({QStringLiteral("notes.txt")});
    m_window->remotePane()->transferSelection();
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = visibleChild<FileExistsDialog>(m_window.get(), QStringLiteral("fileExistsDialog"))),
        WaitMs);
    dialog->button(FileExistsAction::Overwrite)->click();
    QTRY_COMPARE_WITH_TIMEOUT(readFile(local), QByteArray("the server's notes\n"), WaitMs);
    QVERIFY(!QFileInfo::exists(m_local->filePath(QStringLiteral(".notes.txt.ferry-part"))));
}

void TestMainWindow::resumeOfferedOnlyForSmallerTarget_data()
{
    // notes.txt here is "local notes\n" (12 bytes).
    QTest::addColumn<QByteArray>("existing");
    QTest::addColumn<bool>("resumeShown");
    QTest::newRow("existing larger (19 bytes)") << QByteArray("the server's notes\n") << false;
    QTest::newRow("existing smaller (5 bytes)") << QByteArray("local") << true;
}

void TestMainWindow::resumeOfferedOnlyForSmallerTarget()
{
    // What the user sees: the buttons of the dialog on screen, not a property set before showing it.
    QFETCH(QByteArray, existing);
    QFETCH(bool, resumeShown);
    QVERIFY(connectWindow());
    QVERIFY(m_server.addFile(QStringLiteral("notes.txt"), existing));
    selectLocal({m_local->filePath(QStringLiteral("notes.txt"))});
    m_window->localPane()->transferSelection();
    FileExistsDialog* dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = visibleChild<FileExistsDialog>(m_window.get(), QStringLiteral("fileExistsDialog"))),
        WaitMs);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QStringList shown;
    const QList<QPushButton*> buttons = dialog->findChildren<QPushButton*>();
    for (const QPushButton* button : buttons) {
        if (button->isVisible())
            shown << button->text().remove(QLatin1Char('&'));
    }
    shown.sort();
    QStringList expected{QStringLiteral("Overwrite"), QStringLiteral("Keep both"), QStringLiteral("Skip")};
    if (resumeShown)
        expected << QStringLiteral("Resume");
    expected.sort();
    QCOMPARE(shown, expected);
    screenshot(resumeShown ? QStringLiteral("17b-file-exists-smaller")
                           : QStringLiteral("17a-file-exists-larger"),
               dialog);
    dialog->button(FileExistsAction::Skip)->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->transferQueue()->isIdle(), WaitMs);
    QCOMPARE(readFile(serverPath(QStringLiteral("notes.txt"))), existing);
}

void TestMainWindow::queuePanelShowsProgressPauseAndResume()
{
    // 3 MiB at 384 KiB/s: long enough to watch, pause and resume.
    const QString file = m_local->filePath(QStringLiteral("image.bin"));
    QVERIFY(writeFile(file, Test::patternData(3 * 1024 * 1024, 11)));
    QVERIFY(showLocal(m_local->path()));
    QVERIFY(connectWindow());
    setSpeedLimit(384);
    QElapsedTimer clock;
    clock.start();
    selectLocal({file});
    QTest::keyClick(m_window->localPane()->view(), Qt::Key_T, Qt::ControlModifier);

    TransferPanel* panel = m_window->transferPanel();
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(panel->category(), TransferQueueModel::Category::Active);
    QTRY_VERIFY_WITH_TIMEOUT(onlyJob() && onlyJob()->state == TransferJobState::Running &&
                                 onlyJob()->bytesDone > 256 * 1024 && onlyJob()->bytesPerSecond > 0,
                             WaitMs);
    const TransferJobId id = onlyJob()->id;
    // The row: name, a progress bar between 0 and 100 %, size, speed, time left, state.
    QCOMPARE(panel->proxy()->rowCount(), 1);
    const auto cell = [panel](int column, int role = Qt::DisplayRole) {
        return panel->proxy()->index(0, column).data(role);
    };
    QCOMPARE(cell(TransferQueueModel::NameColumn).toString(), QStringLiteral("image.bin"));
    QTRY_VERIFY(cell(TransferQueueModel::ProgressColumn, TransferQueueModel::ProgressRole).toInt() > 0);
    QVERIFY(cell(TransferQueueModel::ProgressColumn, TransferQueueModel::ProgressRole).toInt() < 1000);
    QVERIFY(cell(TransferQueueModel::SizeColumn).toString().contains(QStringLiteral("3.00 MiB")));
    QTRY_VERIFY(!cell(TransferQueueModel::SpeedColumn).toString().isEmpty());
    QTRY_VERIFY(!cell(TransferQueueModel::EtaColumn).toString().isEmpty());
    QCOMPARE(cell(TransferQueueModel::StateColumn).toString(), QStringLiteral("Running"));
    QVERIFY(panel->totalsLabel()->text().contains(QStringLiteral("1 running")));
    QVERIFY(
        m_window->findChild<QLabel*>(QStringLiteral("throughput"))->text().endsWith(QStringLiteral("/s")));
    screenshot(QStringLiteral("18-queue-running"));

    // Pause keeps the partial file; resume continues it (REST) to the end.
    selectJob(id);
    triggerPanelAction(QStringLiteral("transferPause"));
    QTRY_COMPARE_WITH_TIMEOUT(onlyJob()->state, TransferJobState::Paused, WaitMs);
    QTRY_VERIFY(cell(TransferQueueModel::StateColumn).toString() == QStringLiteral("Paused"));
    QVERIFY(panel->findChild<QAction*>(QStringLiteral("transferResume"))->isEnabled());
    QVERIFY(!panel->findChild<QAction*>(QStringLiteral("transferPause"))->isEnabled());
    screenshot(QStringLiteral("19-queue-paused"));
    triggerPanelAction(QStringLiteral("transferResume"));
    QTRY_VERIFY_WITH_TIMEOUT(onlyJob()->state == TransferJobState::Done, 60000);
    QCOMPARE(Test::sha256HexOfFile(serverPath(QStringLiteral("image.bin"))), Test::sha256HexOfFile(file));
    // The speed limit held: 3 MiB at 384 KiB/s cannot take much less than 8 s.
    QVERIFY2(clock.elapsed() > 4000, qPrintable(QString::number(clock.elapsed())));

    // Done: it moves to the Completed tab.
    QTRY_COMPARE(panel->proxy()->rowCount(), 0);
    QVERIFY(panel->tabBar()->tabText(1).contains(QStringLiteral("(1)")));
    panel->showCategory(TransferQueueModel::Category::Completed);
    QCOMPARE(panel->proxy()->rowCount(), 1);
    QCOMPARE(cell(TransferQueueModel::ProgressColumn, TransferQueueModel::ProgressRole).toInt(), 1000);
    screenshot(QStringLiteral("20-queue-completed"));
    triggerPanelAction(QStringLiteral("transferClearFinished"));
    QCOMPARE(m_window->transferQueue()->jobCount(), 0);
}

void TestMainWindow::failedTransferShowsReplyAndRetries()
{
    QVERIFY(connectWindow());
    // A file that is gone by the time its turn comes: why shows in the row and the pane.
    TransferJobRequest request;
    request.siteId = siteId();
    request.direction = TransferDirection::Download;
    request.remotePath = QStringLiteral("/gone.txt");
    request.localPath = m_local->filePath(QStringLiteral("gone.txt"));
    QString error;
    const TransferJobId id = m_window->transferQueue()->addJob(request, &error);
    QVERIFY2(id != 0, qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->transferQueue()->job(id)->state, TransferJobState::Failed, WaitMs);
    TransferPanel* panel = m_window->transferPanel();
    QTRY_VERIFY(panel->tabBar()->tabText(2).contains(QStringLiteral("(1)")));
    panel->showCategory(TransferQueueModel::Category::Failed);
    QCOMPARE(panel->proxy()->rowCount(), 1);
    const QString state = panel->proxy()->index(0, TransferQueueModel::StateColumn).data().toString();
    QVERIFY2(state.startsWith(QStringLiteral("Failed: /gone.txt is not on the server")), qPrintable(state));
    QVERIFY2(panel->proxy()
                 ->index(0, 0)
                 .data(Qt::ToolTipRole)
                 .toString()
                 .contains(QStringLiteral("not on the server")),
             qPrintable(panel->proxy()->index(0, 0).data(Qt::ToolTipRole).toString()));
    MessageBar* bar = m_window->localPane()->messageBar();
    QTRY_VERIFY(bar->isVisible() && bar->kind() == MessageBar::Kind::Error);
    QVERIFY2(bar->text().contains(QStringLiteral("gone.txt")), qPrintable(bar->text()));
    screenshot(QStringLiteral("21-queue-failed"));

    // The file appears; Retry (from the Failed tab) fetches it.
    QVERIFY(m_server.addFile(QStringLiteral("gone.txt"), "back again\n"));
    selectJob(id);
    triggerPanelAction(QStringLiteral("transferRetry"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->transferQueue()->job(id)->state, TransferJobState::Done, WaitMs);
    QCOMPARE(readFile(m_local->filePath(QStringLiteral("gone.txt"))), QByteArray("back again\n"));
    QTRY_VERIFY(panel->tabBar()->tabText(2).contains(QStringLiteral("(0)")));

    // Cancel: a queued job goes to the Failed tab as canceled, and the Remove action drops it.
    setSpeedLimit(64);
    request.remotePath = QStringLiteral("/firmware.bin");
    request.localPath = m_local->filePath(QStringLiteral("firmware.bin"));
    const TransferJobId second = m_window->transferQueue()->addJob(request, &error);
    QVERIFY(second != 0);
    panel->showCategory(TransferQueueModel::Category::Active);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->transferQueue()->job(second)->bytesDone > 0, WaitMs);
    selectJob(second);
    triggerPanelAction(QStringLiteral("transferCancel"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->transferQueue()->job(second)->state, TransferJobState::Canceled,
                              WaitMs);
    QVERIFY(!QFileInfo::exists(m_local->filePath(QStringLiteral("firmware.bin"))));
    // The canceled transfer removes its part file as it goes, just after the job's state says Canceled.
    QTRY_VERIFY(!QFileInfo::exists(m_local->filePath(QStringLiteral(".firmware.bin.ferry-part"))));
    panel->showCategory(TransferQueueModel::Category::Failed);
    selectJob(second);
    triggerPanelAction(QStringLiteral("transferRemove"));
    QVERIFY(!m_window->transferQueue()->job(second));
}

void TestMainWindow::settingsReachTheQueue()
{
    AppSettings settings = m_window->settings();
    settings.parallelTransfers = 4;
    settings.speedLimitKiBps = 100;
    settings.fileExists = FileExistsAction::OverwriteIfNewerOrSizeDiffers;
    m_window->applySettings(settings);
    const TransferSettings applied = m_window->transferQueue()->settings();
    QCOMPARE(applied.defaultMaxConnections, 4);
    QCOMPARE(applied.globalSpeedLimit, qint64(100 * 1024));
    QCOMPARE(applied.defaultExistsAction, FileExistsAction::OverwriteIfNewerOrSizeDiffers);
    // Stored under a stable name and read back.
    settings.save();
    QCOMPARE(AppSettings::load().fileExists, FileExistsAction::OverwriteIfNewerOrSizeDiffers);
    QCOMPARE(AppSettings::load().parallelTransfers, 4);
    // The site manager's connection limit reaches the queue's site.
    QVERIFY(connectWindow());
    QCOMPARE(m_window->transferQueue()->site(siteId())->maxConnections, 0);
    // Many files over at most 4 connections (plus the browsing one, which is not the queue's).
    for (int i = 0; i < 12; ++i)
        QVERIFY(
            writeFile(m_local->filePath(QStringLiteral("many/f%1.txt").arg(i)), QByteArray(1000 + i, 'x')));
    settings.speedLimitKiBps = 0;
    m_window->applySettings(settings);
    TransferJobRequest request;
    request.siteId = siteId();
    request.direction = TransferDirection::Upload;
    request.folder = true;
    request.localPath = m_local->filePath(QStringLiteral("many"));
    request.remotePath = QStringLiteral("/many");
    const TransferJobId id = m_window->transferQueue()->addJob(request);
    QVERIFY(id != 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->transferQueue()->job(id)->state, TransferJobState::Done, WaitMs);
    QCOMPARE(m_window->transferQueue()->job(id)->filesDone, 12);
    QVERIFY(m_window->transferQueue()->peakConnectionCount(siteId()) <= 4);
    QCOMPARE(readFile(serverPath(QStringLiteral("many/f11.txt"))), QByteArray(1011, 'x'));
}

void TestMainWindow::reorderQueuedJobs()
{
    QVERIFY(connectWindow());
    // One connection, 8 KiB/s: the first job runs, the others wait in queue order.
    AppSettings settings = m_window->settings();
    settings.parallelTransfers = 1;
    settings.speedLimitKiBps = 8;
    m_window->applySettings(settings);
    for (const QString& name : {QStringLiteral("a.bin"), QStringLiteral("b.bin"), QStringLiteral("c.bin")})
        QVERIFY(writeFile(m_local->filePath(name), QByteArray(64 * 1024, 'r')));
    QVERIFY(showLocal(m_local->path()));
    selectLocal({m_local->filePath(QStringLiteral("a.bin")), m_local->filePath(QStringLiteral("b.bin")),
                 m_local->filePath(QStringLiteral("c.bin"))});
    m_window->localPane()->transferSelection();
    TransferEngine* queue = m_window->transferQueue();
    QTRY_COMPARE(queue->jobCount(), 3);
    const QList<TransferJobId> ids = queue->jobIds();
    QTRY_COMPARE_WITH_TIMEOUT(queue->job(ids.at(0))->state, TransferJobState::Running, WaitMs);
    QCOMPARE(queue->job(ids.at(2))->state, TransferJobState::Queued);

    // c before b (Ctrl+Up on c), then c to the end again (Ctrl+Down).
    TransferPanel* panel = m_window->transferPanel();
    selectJob(ids.at(2));
    QTest::keyClick(panel->view(), Qt::Key_Up, Qt::ControlModifier);
    QTRY_COMPARE(queue->jobIds(), (QList<TransferJobId>{ids.at(0), ids.at(2), ids.at(1)}));
    QCOMPARE(panel->proxy()->index(1, 0).data().toString(), QStringLiteral("c.bin"));
    screenshot(QStringLiteral("22-queue-reordered"));
    QTest::keyClick(panel->view(), Qt::Key_Down, Qt::ControlModifier);
    QTRY_COMPARE(queue->jobIds(), ids);

    // Pause all and resume all from the panel; everything arrives.
    triggerPanelAction(QStringLiteral("transferPauseAll"));
    QTRY_VERIFY(queue->isIdle());
    for (TransferJobId id : ids)
        QCOMPARE(queue->job(id)->state, TransferJobState::Paused);
    settings.speedLimitKiBps = 0;
    m_window->applySettings(settings);
    triggerPanelAction(QStringLiteral("transferResumeAll"));
    QTRY_VERIFY_WITH_TIMEOUT(queue->job(ids.at(2))->state == TransferJobState::Done &&
                                 queue->job(ids.at(0))->state == TransferJobState::Done &&
                                 queue->job(ids.at(1))->state == TransferJobState::Done,
                             WaitMs);
    QCOMPARE(readFile(serverPath(QStringLiteral("c.bin"))), QByteArray(64 * 1024, 'r'));
    QCOMPARE(queue->peakConnectionCount(siteId()), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
