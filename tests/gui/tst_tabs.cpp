// Several connections in one window, driven as a user drives them: tabs against Ferry's own server (the
// window's server panel) and vsftpd, each with its own panes, folders, log and state; transfers from both
// tabs in the one queue, each row naming its server; closing a tab while its transfer runs; the tabs
// coming back after a restart; the keys; a board's four sessions shared by its tabs and the queue; and a
// second `ferry URL` (the real binary, started twice) reaching the running window. Screenshots of the key
// steps go to $FERRY_BINARY_DIR/screenshots/.

#include "boardserver.h"
#include "connectionsession.h"
#include "filesortproxymodel.h"
#include "fileview.h"
#include "guitestbase.h"
#include "localpane.h"
#include "logpanel.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "pyftpdlibserver.h"
#include "quickconnectbar.h"
#include "remotefilemodel.h"
#include "remotepane.h"
#include "serverpanel.h"
#include "serversessionmodel.h"
#include "servertlssection.h"
#include "singleinstance.h"
#include "testfiles.h"
#include "transfer/sessionbudget.h"
#include "transfer/transferengine.h"
#include "transferpanel.h"
#include "transferqueuemodel.h"
#include "vsftpdserver.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace Ferry;
using Test::readFile;
using Test::visibleChild;
using Test::writeFile;

namespace {

constexpr int WaitMs = Test::GuiWaitMs;

// A server a tab connects to.
struct Server
{
    QString host;
    quint16 port = 0;
    QString user;
    QString password;
};

// vsftpd needs root and its test user (scripts/setup-test-peers.sh): skipped here without them, a
// failure in CI (TestFtpServer::peersRequired()).
#define FERRY_REQUIRE_VSFTPD()                                                                               \
    do {                                                                                                     \
        if (const QString why = Test::VsftpdServer().skipReason(); !why.isEmpty())                           \
            QSKIP(qPrintable(why));                                                                          \
    } while (false)

QString siteIdOf(const Server& server)
{
    return MainWindow::siteIdFor(FtpLogin{server.host, server.port, server.user, QString()});
}

} // namespace

class TestTabs final : public Test::GuiTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void twoTabsTwoServers();
    void transfersFromBothTabsInOneQueue();
    void closingTabWithRunningTransferAsks();
    void tabsComeBackAfterRestart();
    void keyboardDrivesTabs();
    void boardSessionsSharedAcrossTabs();
    void secondFerryUrlReachesRunningWindow();
    void secondFerryUrlOpensTabHere();

private:
    // The window's own server panel serving m_shared as dev/dev-secret on a free port.
    bool startOwnServer();
    bool startVsftpd();
    // Quick connect as a user does; in a new tab when the tab shown is connected.
    bool quickConnect(const Server& server);
    // Both servers in two tabs: tab 0 Ferry's (local folder one/), tab 1 vsftpd's (local folder two/).
    bool openTwoTabs();
    using GuiTestBase::remoteIndex;
    using GuiTestBase::waitForRemote;
    static bool waitForRemote(ConnectionSession* session, const QString& path)
    {
        return GuiTestBase::waitForRemote(session->remotePane(), path);
    }
    static QModelIndex remoteIndex(ConnectionSession* session, const QString& name)
    {
        return GuiTestBase::remoteIndex(session->remotePane(), name);
    }
    void setSpeedLimit(int kibPerSecond);
    // The environment of a `ferry` process with settings and runtime folders of its own (under m_home).
    QProcessEnvironment isolatedEnvironment() const;
    static QString ferryBinary();

    std::unique_ptr<QTemporaryDir> m_shared;
    std::unique_ptr<Test::VsftpdServer> m_vsftpd;
    Server m_own;
    Server m_other;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestTabs::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Ferry"));
    QCoreApplication::setApplicationName(QStringLiteral("ferry-gui-tabs-test"));
    QStandardPaths::setTestModeEnabled(true);
}

void TestTabs::init()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
    m_local = std::make_unique<QTemporaryDir>();
    m_shared = std::make_unique<QTemporaryDir>();
    QVERIFY(m_local->isValid() && m_shared->isValid());
    QVERIFY(writeFile(m_local->filePath(QStringLiteral("one/app.hex")), Test::patternData(100 * 1024, 3)));
    QVERIFY(writeFile(m_local->filePath(QStringLiteral("one/notes.txt")), "notes of tab one\n"));
    QVERIFY(writeFile(m_local->filePath(QStringLiteral("two/board.cfg")), "tab two\n"));
    QVERIFY(writeFile(m_shared->filePath(QStringLiteral("hello.txt")), "Hello from Ferry's server\n"));
    QVERIFY(writeFile(m_shared->filePath(QStringLiteral("docs/readme.txt")), "Read me\n"));
    QVERIFY(openWindow(QSize(1280, 800)));
}

void TestTabs::cleanup()
{
    closeWindow();
    m_vsftpd.reset();
    m_shared.reset();
    m_home.reset();
}

bool TestTabs::startOwnServer()
{
    ServerPanel* panel = m_window->serverPanel();
    panel->setFolder(m_shared->path());
    panel->anyPortCheck()->setChecked(true);
    panel->anonymousCheck()->setChecked(false);
    panel->setAccounts({{QStringLiteral("dev"), QStringLiteral("dev-secret"), true}});
    if (!panel->start()) {
        qWarning() << panel->messageBar()->text();
        return false;
    }
    m_own = Server{QStringLiteral("127.0.0.1"), panel->port(), QStringLiteral("dev"),
                   QStringLiteral("dev-secret")};
    return true;
}

bool TestTabs::startVsftpd()
{
    m_vsftpd = std::make_unique<Test::VsftpdServer>();
    if (!m_vsftpd->start(QHostAddress(QHostAddress::LocalHost))) {
        qWarning() << m_vsftpd->errorString();
        return false;
    }
    if (!m_vsftpd->addFile(QStringLiteral("vsftpd-only.txt"), "served by vsftpd\n") ||
        !m_vsftpd->addPatternFile(QStringLiteral("firmware.bin"), 256 * 1024, 9))
        return false;
    m_other = Server{m_vsftpd->host(), m_vsftpd->port(), m_vsftpd->user(), m_vsftpd->password()};
    return true;
}

bool TestTabs::quickConnect(const Server& server)
{
    QuickConnectBar* bar = m_window->quickConnectBar();
    bar->hostBox()->setEditText(server.host);
    bar->portEdit()->setText(QString::number(server.port));
    bar->userEdit()->setText(server.user);
    bar->passwordEdit()->setText(server.password);
    QTest::mouseClick(bar->connectButton(), Qt::LeftButton);
    return waitForRemote(m_window->session(), QStringLiteral("/"));
}

bool TestTabs::openTwoTabs()
{
    if (!startOwnServer() || !startVsftpd())
        return false;
    if (!showLocal(m_local->filePath(QStringLiteral("one"))) || !quickConnect(m_own))
        return false;
    if (!quickConnect(m_other) || m_window->tabCount() != 2)
        return false;
    return showLocal(m_local->filePath(QStringLiteral("two")));
}

void TestTabs::setSpeedLimit(int kibPerSecond)
{
    AppSettings settings = m_window->settings();
    settings.speedLimitKiBps = kibPerSecond;
    m_window->applySettings(settings);
}

void TestTabs::twoTabsTwoServers()
{
    FERRY_REQUIRE_VSFTPD();
    QVERIFY(openTwoTabs());
    ConnectionSession* own = m_window->sessionAt(0);
    ConnectionSession* other = m_window->sessionAt(1);
    QCOMPARE(m_window->session(), other); // the new connection got a tab of its own and is shown
    QVERIFY(m_window->tabWidget()->tabBar()->isVisible());
    // Each tab its own server, remote folder, local folder, log and title.
    QVERIFY(own->isConnected() && other->isConnected());
    QVERIFY(remoteIndex(own, QStringLiteral("hello.txt")).isValid());
    QVERIFY(!remoteIndex(own, QStringLiteral("vsftpd-only.txt")).isValid());
    QVERIFY(remoteIndex(other, QStringLiteral("vsftpd-only.txt")).isValid());
    QCOMPARE(own->localPane()->currentPath(), QDir::cleanPath(m_local->filePath(QStringLiteral("one"))));
    QCOMPARE(other->localPane()->currentPath(), QDir::cleanPath(m_local->filePath(QStringLiteral("two"))));
    QCOMPARE(m_window->tabWidget()->tabText(0), QStringLiteral("dev@127.0.0.1:%1").arg(m_own.port));
    QCOMPARE(m_window->tabWidget()->tabText(1),
             QStringLiteral("%1@%2:%3").arg(m_other.user, m_other.host).arg(m_other.port));
    const QString ownLog = own->logPanel()->visibleText();
    const QString otherLog = other->logPanel()->visibleText();
    QVERIFY2(ownLog.contains(QStringLiteral("USER dev")) &&
                 !ownLog.contains(QStringLiteral("USER ") + m_other.user),
             qPrintable(ownLog));
    QVERIFY2(otherLog.contains(QStringLiteral("USER ") + m_other.user) &&
                 !otherLog.contains(QStringLiteral("USER dev")),
             qPrintable(otherLog));
    QVERIFY(!ownLog.contains(QStringLiteral("dev-secret")) && !otherLog.contains(m_other.password));
    // The log dock, status bar and title follow the tab shown.
    auto* state = m_window->findChild<QLabel*>(QStringLiteral("connectionState"));
    QCOMPARE(m_window->logPanel(), other->logPanel());
    QVERIFY(state->text().contains(m_other.user));
    // The log filter is the tab's own.
    other->logPanel()->setLevel(LogPanel::Level::Errors);
    QCOMPARE(own->logPanel()->level(), LogPanel::Level::All);
    other->logPanel()->setLevel(LogPanel::Level::All);
    screenshot(QStringLiteral("tabs-01-two-servers"));

    // Back to the first tab: its panes, the bar showing its server (no password), its state.
    QTest::keyClick(m_window->activePane()->view(), Qt::Key_PageUp, Qt::ControlModifier);
    QTRY_COMPARE(m_window->session(), own);
    QCOMPARE(m_window->logPanel(), own->logPanel());
    QVERIFY(state->text().contains(QStringLiteral("dev@127.0.0.1")));
    QCOMPARE(m_window->quickConnectBar()->portEdit()->text(), QString::number(m_own.port));
    QCOMPARE(m_window->quickConnectBar()->userEdit()->text(), QStringLiteral("dev"));
    QVERIFY(m_window->quickConnectBar()->passwordEdit()->text().isEmpty());
    QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("dev@127.0.0.1")));
    // Browsing one tab leaves the other where it is.
    own->remotePane()->view()->setFocus();
    own->remotePane()->view()->setCurrentIndex(remoteIndex(own, QStringLiteral("docs")));
    QTest::keyClick(own->remotePane()->view(), Qt::Key_Return);
    QVERIFY(waitForRemote(own, QStringLiteral("/docs")));
    QCOMPARE(other->remotePane()->currentPath(), QStringLiteral("/"));
    screenshot(QStringLiteral("tabs-02-first-tab-again"));
    // The server panel is shared: it sees the first tab's session.
    QVERIFY(m_window->serverPanel()->sessionModel()->rowCount() >= 1);
}

void TestTabs::transfersFromBothTabsInOneQueue()
{
    FERRY_REQUIRE_VSFTPD();
    QVERIFY(openTwoTabs());
    ConnectionSession* own = m_window->sessionAt(0);
    ConnectionSession* other = m_window->sessionAt(1);
    // From the vsftpd tab (shown): download firmware.bin into its local folder two/.
    other->remotePane()->view()->setFocus();
    other->remotePane()->view()->selectionModel()->select(remoteIndex(other, QStringLiteral("firmware.bin")),
                                                          QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    other->remotePane()->transferSelection();
    // From Ferry's tab: upload app.hex from its local folder one/.
    m_window->tabWidget()->setCurrentWidget(own);
    selectLocal({m_local->filePath(QStringLiteral("one/app.hex"))});
    QTest::keyClick(own->localPane()->view(), Qt::Key_T, Qt::ControlModifier);

    TransferEngine* queue = m_window->transferQueue();
    QTRY_COMPARE(queue->jobCount(), 2);
    TransferPanel* panel = m_window->transferPanel();
    QTRY_VERIFY_WITH_TIMEOUT(queue->isIdle(), WaitMs);
    panel->showCategory(TransferQueueModel::Category::Completed);
    QTRY_COMPARE(panel->proxy()->rowCount(), 2);
    // Each row names its server.
    QStringList servers;
    for (int row = 0; row < panel->proxy()->rowCount(); ++row)
        servers << panel->proxy()->index(row, TransferQueueModel::ServerColumn).data().toString();
    servers.sort();
    QStringList expected{QStringLiteral("dev@127.0.0.1:%1").arg(m_own.port),
                         QStringLiteral("%1@%2:%3").arg(m_other.user, m_other.host).arg(m_other.port)};
    expected.sort();
    QCOMPARE(servers, expected);
    for (const TransferJobSnapshot& job : queue->jobs())
        QCOMPARE(job.state, TransferJobState::Done);
    QCOMPARE(readFile(QDir(m_shared->path()).filePath(QStringLiteral("app.hex"))),
             Test::patternData(100 * 1024, 3));
    QCOMPARE(readFile(m_local->filePath(QStringLiteral("two/firmware.bin"))),
             Test::patternData(256 * 1024, 9));
    // The upload shows in the tab of its server, not in the other one.
    QTRY_VERIFY_WITH_TIMEOUT(remoteIndex(own, QStringLiteral("app.hex")).isValid(), WaitMs);
    QVERIFY(!remoteIndex(other, QStringLiteral("app.hex")).isValid());
    // The transfer connections' dialogue went to the log of the tab on their server.
    QVERIFY(own->logPanel()->visibleText().contains(QStringLiteral("STOR")));
    QVERIFY(!own->logPanel()->visibleText().contains(QStringLiteral("RETR")));
    QVERIFY(other->logPanel()->visibleText().contains(QStringLiteral("RETR")));
    m_window->findChild<QDockWidget*>(QStringLiteral("transferDock"))->raise();
    screenshot(QStringLiteral("tabs-03-one-queue-two-servers"));
}

void TestTabs::closingTabWithRunningTransferAsks()
{
    QVERIFY(
        writeFile(m_local->filePath(QStringLiteral("two/big.bin")), Test::patternData(4 * 1024 * 1024, 5)));
    FERRY_REQUIRE_VSFTPD();
    QVERIFY(openTwoTabs());
    ConnectionSession* other = m_window->sessionAt(1);
    setSpeedLimit(256);
    selectLocal({m_local->filePath(QStringLiteral("two/big.bin"))});
    other->localPane()->transferSelection();
    TransferEngine* queue = m_window->transferQueue();
    QTRY_VERIFY_WITH_TIMEOUT(queue->jobCount() == 1 &&
                                 queue->jobs().first().state == TransferJobState::Running &&
                                 queue->jobs().first().bytesDone > 0,
                             WaitMs);
    const TransferJobId id = queue->jobs().first().id;

    // Ctrl+W on the vsftpd tab: asked first; keeping the tab changes nothing.
    QVERIFY(Test::reactivate(m_window.get(), other->localPane()->view()));
    QTest::keyClick(other->localPane()->view(), Qt::Key_W, Qt::ControlModifier);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = visibleChild<QMessageBox>(m_window.get(), QStringLiteral("confirmCloseTab"))));
    QVERIFY2(box->text().contains(m_other.user), qPrintable(box->text()));
    screenshot(QStringLiteral("tabs-04-close-asks"));
    screenshot(QStringLiteral("tabs-04b-close-question"), box);
    const auto button = [&box](const QString& text) {
        for (QAbstractButton* b : box->buttons()) {
            if (b->text().remove(QLatin1Char('&')).startsWith(text))
                return b;
        }
        return static_cast<QAbstractButton*>(nullptr);
    };
    button(QStringLiteral("Keep the tab"))->click();
    QTRY_VERIFY(!visibleChild<QMessageBox>(m_window.get(), QStringLiteral("confirmCloseTab")));
    QCOMPARE(m_window->tabCount(), 2);
    QCOMPARE(queue->job(id)->state, TransferJobState::Running);

    // Closing it with "transfers go on": the tab goes, the upload finishes on its own connection.
    QVERIFY(Test::reactivate(m_window.get(), other->localPane()->view()));
    QTest::keyClick(other->localPane()->view(), Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY((box = visibleChild<QMessageBox>(m_window.get(), QStringLiteral("confirmCloseTab"))));
    button(QStringLiteral("Close, transfers go on"))->click();
    QTRY_COMPARE(m_window->tabCount(), 1);
    QCOMPARE(queue->job(id)->state, TransferJobState::Running);
    setSpeedLimit(0);
    QTRY_COMPARE_WITH_TIMEOUT(queue->job(id)->state, TransferJobState::Done, WaitMs);
    QCOMPARE(QFileInfo(QDir(m_vsftpd->rootPath()).filePath(QStringLiteral("big.bin"))).size(),
             4 * 1024 * 1024);

    // The last tab, with "cancel them": the upload is canceled and a fresh tab takes the tab's place.
    ConnectionSession* own = m_window->session();
    setSpeedLimit(64);
    QVERIFY(
        writeFile(m_local->filePath(QStringLiteral("one/big2.bin")), Test::patternData(2 * 1024 * 1024, 6)));
    QVERIFY(showLocal(m_local->filePath(QStringLiteral("one"))));
    selectLocal({m_local->filePath(QStringLiteral("one/big2.bin"))});
    own->localPane()->transferSelection();
    QTRY_VERIFY_WITH_TIMEOUT(
        queue->jobCount() == 2 && queue->jobs().last().state == TransferJobState::Running, WaitMs);
    const TransferJobId second = queue->jobs().last().id;
    m_window->closeTab(own);
    QTRY_VERIFY((box = visibleChild<QMessageBox>(m_window.get(), QStringLiteral("confirmCloseTab"))));
    button(QStringLiteral("Close and cancel them"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(queue->job(second)->state, TransferJobState::Canceled, WaitMs);
    QTRY_COMPARE(m_window->tabCount(), 1);
    QVERIFY(m_window->session() != own);
    QVERIFY(!m_window->session()->hasServer());
    QCOMPARE(m_window->tabWidget()->tabText(0), QStringLiteral("New tab"));
    setSpeedLimit(0);
}

void TestTabs::tabsComeBackAfterRestart()
{
    // Servers that outlive the window (the panel's server stops with it): pyftpdlib and vsftpd.
    Test::PyftpdlibServer pyftpd;
    FERRY_START_PEER(pyftpd, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(pyftpd.addFile(QStringLiteral("docs/readme.txt"), "Read me\n"));
    m_own = Server{pyftpd.host(), pyftpd.port(), pyftpd.user(), pyftpd.password()};
    FERRY_REQUIRE_VSFTPD();
    QVERIFY(startVsftpd());
    QVERIFY(showLocal(m_local->filePath(QStringLiteral("one"))));
    QVERIFY(quickConnect(m_own));
    QVERIFY(quickConnect(m_other));
    QVERIFY(showLocal(m_local->filePath(QStringLiteral("two"))));
    ConnectionSession* own = m_window->sessionAt(0);
    m_window->tabWidget()->setCurrentWidget(own);
    own->remotePane()->view()->setFocus();
    own->remotePane()->view()->setCurrentIndex(remoteIndex(own, QStringLiteral("docs")));
    QTest::keyClick(own->remotePane()->view(), Qt::Key_Return);
    QVERIFY(waitForRemote(own, QStringLiteral("/docs")));
    m_window->tabWidget()->setCurrentIndex(1);
    QVERIFY(m_window->close());

    // No password in the settings.
    const QByteArray ini = readFile(QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                                        .filePath(QStringLiteral("ferry.ini")));
    QVERIFY(!ini.contains(m_own.password.toUtf8()) && !ini.contains(m_other.password.toUtf8()));

    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->tabCount(), 2);
    QCOMPARE(m_window->tabWidget()->currentIndex(), 1);
    ConnectionSession* first = m_window->sessionAt(0);
    ConnectionSession* second = m_window->sessionAt(1);
    QCOMPARE(m_window->tabWidget()->tabText(0),
             QStringLiteral("%1@%2:%3").arg(m_own.user, m_own.host).arg(m_own.port));
    QVERIFY(!first->isConnected() && !second->isConnected());
    QTRY_COMPARE(first->localPane()->currentPath(),
                 QDir::cleanPath(m_local->filePath(QStringLiteral("one"))));
    QTRY_COMPARE(second->localPane()->currentPath(),
                 QDir::cleanPath(m_local->filePath(QStringLiteral("two"))));
    QCOMPARE(first->lastRemotePath(), QStringLiteral("/docs"));
    QVERIFY2(first->remotePane()->messageBar()->text().contains(QStringLiteral("/docs")),
             qPrintable(first->remotePane()->messageBar()->text()));
    // The bar shows the tab's server, never a password.
    QCOMPARE(m_window->quickConnectBar()->portEdit()->text(), QString::number(m_other.port));
    QVERIFY(m_window->quickConnectBar()->passwordEdit()->text().isEmpty());
    screenshot(QStringLiteral("tabs-05-restored"));

    // The first tab: its password typed, Connect: back in /docs, in the same tab.
    QTest::keyClick(m_window->activePane()->view(), Qt::Key_Tab, Qt::ControlModifier);
    QTRY_COMPARE(m_window->session(), first);
    QCOMPARE(m_window->quickConnectBar()->portEdit()->text(), QString::number(m_own.port));
    m_window->quickConnectBar()->passwordEdit()->setText(m_own.password);
    QTest::mouseClick(m_window->quickConnectBar()->connectButton(), Qt::LeftButton);
    QVERIFY(waitForRemote(first, QStringLiteral("/docs")));
    QCOMPARE(m_window->tabCount(), 2);
    // The second tab: Connect without a password asks for it, then goes back to its folder.
    m_window->tabWidget()->setCurrentWidget(second);
    QVERIFY(m_window->quickConnectBar()->passwordEdit()->text().isEmpty());
    QTest::mouseClick(m_window->quickConnectBar()->connectButton(), Qt::LeftButton);
    QInputDialog* ask = nullptr;
    QTRY_VERIFY((ask = visibleChild<QInputDialog>(m_window.get(), QStringLiteral("passwordDialog"))));
    QVERIFY(ask->labelText().contains(m_other.user));
    ask->setTextValue(m_other.password);
    ask->accept();
    QVERIFY(waitForRemote(second, QStringLiteral("/")));
    QCOMPARE(m_window->tabCount(), 2);
    screenshot(QStringLiteral("tabs-06-reconnected"));
}

void TestTabs::keyboardDrivesTabs()
{
    QVERIFY(showLocal(m_local->filePath(QStringLiteral("one"))));
    QWidget* view = m_window->localPane()->view();
    view->setFocus();
    QVERIFY(!m_window->tabWidget()->tabBar()->isVisible()); // one tab: no tab bar
    // Ctrl+Shift+T: a new tab like this one, the quick-connect bar ready for the next server.
    QTest::keyClick(view, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(m_window->tabCount(), 2);
    QCOMPARE(m_window->tabWidget()->currentIndex(), 1);
    QTRY_VERIFY(m_window->quickConnectBar()->hostBox()->hasFocus());
    QTRY_COMPARE(m_window->localPane()->currentPath(),
                 QDir::cleanPath(m_local->filePath(QStringLiteral("one"))));
    QVERIFY(m_window->tabWidget()->tabBar()->isVisible());
    QTest::keyClick(m_window->quickConnectBar()->hostBox(), Qt::Key_T,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(m_window->tabCount(), 3);
    // Next and previous, both key pairs, wrapping around.
    view = m_window->localPane()->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Tab, Qt::ControlModifier);
    QTRY_COMPARE(m_window->tabWidget()->currentIndex(), 0);
    QTest::keyClick(m_window->localPane()->view(), Qt::Key_PageDown, Qt::ControlModifier);
    QTRY_COMPARE(m_window->tabWidget()->currentIndex(), 1);
    QTest::keyClick(m_window->localPane()->view(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(m_window->tabWidget()->currentIndex(), 0);
    QTest::keyClick(m_window->localPane()->view(), Qt::Key_PageUp, Qt::ControlModifier);
    QTRY_COMPARE(m_window->tabWidget()->currentIndex(), 2);
    // The keys reach the tab shown: Tab still switches panes inside it.
    QTRY_VERIFY(m_window->localPane()->view()->hasFocus());
    QTest::keyClick(m_window->localPane()->view(), Qt::Key_Tab);
    QTRY_VERIFY(m_window->remotePane()->view()->hasFocus());
    screenshot(QStringLiteral("tabs-07-three-tabs"));
    // Ctrl+W closes the tab shown (nothing running: no question).
    QTest::keyClick(m_window->remotePane()->view(), Qt::Key_W, Qt::ControlModifier);
    QTRY_COMPARE(m_window->tabCount(), 2);
    QVERIFY(!visibleChild<QMessageBox>(m_window.get(), QStringLiteral("confirmCloseTab")));
    // Ctrl+T stays Upload/Download; the tab actions are in the menus with their keys.
    QCOMPARE(m_window->findChild<QAction*>(QStringLiteral("actionTransfer"))->shortcut(),
             QKeySequence(QStringLiteral("Ctrl+T")));
    for (const char* name : {"actionNewTab", "actionCloseTab", "actionNextTab", "actionPreviousTab"}) {
        auto* action = m_window->findChild<QAction*>(QLatin1String(name));
        QVERIFY2(action && !action->shortcut().isEmpty(), name);
    }
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("actionNextTab"))
                ->shortcuts()
                .contains(QKeySequence(QStringLiteral("Ctrl+PgDown"))));
}

void TestTabs::boardSessionsSharedAcrossTabs()
{
    // A board (NetX Duo stand-in) serves four sessions; a fifth connect would hang there.
    Test::BoardServer board;
    FERRY_START_PEER(board, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(board.addFile(QStringLiteral("status.txt"), "ok\n"));
    const Server server{board.host(), board.port(), board.user(), board.password()};
    const QString key = SessionBudget::serverKey(server.host, server.port);
    SessionBudget* budget = m_window->sessionBudget();
    QVERIFY(showLocal(m_local->filePath(QStringLiteral("one"))));
    // Four tabs on the board: four sessions, the budget full.
    for (int tab = 0; tab < 4; ++tab) {
        QVERIFY(quickConnect(server));
        QCOMPARE(m_window->tabCount(), tab + 1);
    }
    QCOMPARE(budget->limit(key), SessionBudget::BoardSessions);
    QCOMPARE(budget->inUse(key), 4);
    // An upload from the first tab waits for a session ...
    ConnectionSession* first = m_window->sessionAt(0);
    m_window->tabWidget()->setCurrentWidget(first);
    selectLocal({m_local->filePath(QStringLiteral("one/notes.txt"))});
    first->localPane()->transferSelection();
    TransferEngine* queue = m_window->transferQueue();
    QTRY_COMPARE(queue->jobCount(), 1);
    // ... and so does a fifth tab, which says why.
    QuickConnectBar* bar = m_window->quickConnectBar();
    bar->passwordEdit()->setText(server.password);
    QTest::mouseClick(bar->connectButton(), Qt::LeftButton);
    QTRY_COMPARE(m_window->tabCount(), 5);
    ConnectionSession* fifth = m_window->sessionAt(4);
    QTRY_VERIFY(fifth->isWaitingForSession());
    QVERIFY2(fifth->remotePane()->messageBar()->text().contains(QStringLiteral("Waiting for a free session")),
             qPrintable(fifth->remotePane()->messageBar()->text()));
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("connectionState"))
                ->text()
                .startsWith(QStringLiteral("Waiting")));
    QCOMPARE(queue->connectionCount(siteIdOf(server)), 0);
    QCOMPARE(budget->inUse(key), 4);
    screenshot(QStringLiteral("tabs-08-board-fifth-tab-waits"));

    // The second tab closes: its session goes to the waiting tab (tabs first), not to the upload.
    m_window->closeTab(m_window->sessionAt(1));
    QVERIFY(waitForRemote(fifth, QStringLiteral("/")));
    QCOMPARE(budget->inUse(key, SessionBudget::Use::Browsing), 4);
    QCOMPARE(budget->inUse(key, SessionBudget::Use::Transfer), 0);
    QCOMPARE(queue->connectionCount(siteIdOf(server)), 0);
    QVERIFY(queue->jobs().first().state != TransferJobState::Done);
    // The third tab closes: now the upload gets a session and finishes.
    m_window->closeTab(m_window->sessionAt(1));
    QTRY_COMPARE_WITH_TIMEOUT(queue->jobs().first().state, TransferJobState::Done, WaitMs);
    QCOMPARE(readFile(QDir(board.rootPath()).filePath(QStringLiteral("notes.txt"))),
             QByteArray("notes of tab one\n"));
    // Never more than four at once, in Ferry's count and on the board itself.
    QCOMPARE(budget->peak(key), 4);
    QVERIFY(budget->inUse(key) <= 4);
    const QString log = board.logTail(100000);
    // The board handles a new connection before a closed one in the same turn of its loop (as NetX's
    // thread does), so a tab's session handed on as its tab closed can find the board still counting the
    // old one for a moment: then the board holds it, and greets it once it has seen the close. Anything
    // else held (a fifth session while four are in use) is Ferry's fault.
    bool holding = false;
    bool closedSince = false;
    for (const QString& line : log.split(QLatin1Char('\n'))) {
        if (line.contains(QStringLiteral("sessions busy: holding"))) {
            QVERIFY2(!holding, qPrintable(log));
            holding = true;
            closedSince = false;
        } else if (holding && line.contains(QStringLiteral("session ended"))) {
            closedSince = true;
        } else if (holding && line.contains(QStringLiteral("slot free: greeting held connection"))) {
            QVERIFY2(closedSince, qPrintable(log));
            holding = false;
        }
    }
    QVERIFY2(!holding, qPrintable(log));
    QRegularExpression connected(QStringLiteral("connected \\((\\d+)/4 sessions\\)"));
    int most = 0;
    for (auto it = connected.globalMatch(log); it.hasNext();)
        most = qMax(most, it.next().captured(1).toInt());
    QVERIFY2(most >= 4 && most <= 4, qPrintable(QString::number(most)));
    screenshot(QStringLiteral("tabs-09-board-after"));
}

QString TestTabs::ferryBinary()
{
    return QStringLiteral(FERRY_APP_BINARY);
}

QProcessEnvironment TestTabs::isolatedEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name :
         {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"}) {
        const QString path = m_home->filePath(QLatin1String(name));
        QDir().mkpath(path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        environment.insert(QLatin1String(name), path);
    }
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

void TestTabs::secondFerryUrlReachesRunningWindow()
{
    // The real binary, twice, with settings of their own: the second hands its URL to the first and ends;
    // the first opens it in a second tab (Ferry's server, in this test's window, sees both).
    QVERIFY(QFileInfo(ferryBinary()).isExecutable());
    m_home = std::make_unique<QTemporaryDir>();
    // The two ferry processes have settings (and trusted certificates) of their own: the server they reach
    // serves clear text, as a board does, so that no certificate question stops them (FTPS to Ferry's own
    // server is tst_serverpanel's and tst_windowtls's).
    m_window->serverPanel()->tlsSection()->setPolicy(ServerOptions::TlsPolicy::Off);
    QVERIFY(startOwnServer());
    QVERIFY(writeFile(m_shared->filePath(QStringLiteral("other/second.txt")), "second\n"));
    ServerPanel* panel = m_window->serverPanel();
    const auto url = [this](const QString& path) {
        return QStringLiteral("ftp://dev:dev-secret@127.0.0.1:%1/%2").arg(m_own.port).arg(path);
    };
    QProcess first;
    first.setProcessEnvironment(isolatedEnvironment());
    first.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    first.start(ferryBinary(), {url(QStringLiteral("docs"))});
    QVERIFY(first.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(panel->logView()->toPlainText().contains(QStringLiteral("/docs")), WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(panel->sessionModel()->rowCount(), 1, WaitMs);

    QProcess second;
    second.setProcessEnvironment(isolatedEnvironment());
    second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    second.start(ferryBinary(), {url(QStringLiteral("other"))});
    QVERIFY(second.waitForFinished(WaitMs));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    // The first window lists /other in a tab of its own, beside the first one.
    QTRY_VERIFY_WITH_TIMEOUT(panel->logView()->toPlainText().contains(QStringLiteral("/other")), WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(panel->sessionModel()->rowCount(), 2, WaitMs);
    QCOMPARE(first.state(), QProcess::Running);
    screenshot(QStringLiteral("tabs-10-second-ferry-seen-by-the-server"), panel);
    first.terminate();
    if (!first.waitForFinished(5000)) {
        first.kill();
        first.waitForFinished(5000);
    }
}

void TestTabs::secondFerryUrlOpensTabHere()
{
    // This test's window as the running Ferry (listening where a `ferry` with these settings looks), the
    // real binary as the second one: the URL arrives here and opens a tab.
    m_home = std::make_unique<QTemporaryDir>();
    const QProcessEnvironment environment = isolatedEnvironment();
    QString name;
    {
        // The name the binary computes: its settings folder under XDG_CONFIG_HOME, its runtime folder.
        const QString organization = QCoreApplication::organizationName();
        const QString application = QCoreApplication::applicationName();
        const QByteArray config = qgetenv("XDG_CONFIG_HOME");
        const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
        QStandardPaths::setTestModeEnabled(false);
        QCoreApplication::setOrganizationName(QStringLiteral("Ferry"));
        QCoreApplication::setApplicationName(QStringLiteral("Ferry"));
        qputenv("XDG_CONFIG_HOME", environment.value(QStringLiteral("XDG_CONFIG_HOME")).toUtf8());
        qputenv("XDG_RUNTIME_DIR", environment.value(QStringLiteral("XDG_RUNTIME_DIR")).toUtf8());
        name = SingleInstance::defaultServerName();
        config.isNull() ? qunsetenv("XDG_CONFIG_HOME") : qputenv("XDG_CONFIG_HOME", config);
        runtime.isNull() ? qunsetenv("XDG_RUNTIME_DIR") : qputenv("XDG_RUNTIME_DIR", runtime);
        QCoreApplication::setOrganizationName(organization);
        QCoreApplication::setApplicationName(application);
        QStandardPaths::setTestModeEnabled(true);
    }
    QVERIFY2(name.startsWith(environment.value(QStringLiteral("XDG_RUNTIME_DIR"))), qPrintable(name));
    SingleInstance instance(name);
    QVERIFY2(instance.listen(), qPrintable(instance.errorString()));
    connect(&instance, &SingleInstance::argumentsReceived, m_window.get(), &MainWindow::openArguments);

    QVERIFY(startOwnServer());
    QVERIFY(showLocal(m_local->filePath(QStringLiteral("one"))));
    QVERIFY(quickConnect(m_own));
    QProcess second;
    second.setProcessEnvironment(environment);
    second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    second.start(ferryBinary(), {QStringLiteral("ftp://dev:dev-secret@127.0.0.1:%1/docs").arg(m_own.port)});
    // This process answers from its event loop: wait without blocking it.
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, WaitMs);
    QCOMPARE(second.exitCode(), 0);
    QTRY_COMPARE(m_window->tabCount(), 2);
    QVERIFY(waitForRemote(m_window->sessionAt(1), QStringLiteral("/docs")));
    QCOMPARE(m_window->session(), m_window->sessionAt(1));
    QCOMPARE(m_window->sessionAt(0)->remotePane()->currentPath(), QStringLiteral("/"));
    screenshot(QStringLiteral("tabs-11-second-ferry-url-opened-a-tab"));
    // A blank window takes the URL in its own tab instead of opening another.
    m_window->closeTab(m_window->sessionAt(1));
    m_window->closeTab(m_window->sessionAt(0));
    QTRY_COMPARE(m_window->tabCount(), 1);
    QVERIFY(!m_window->session()->hasServer());
    second.start(ferryBinary(), {QStringLiteral("ftp://dev:dev-secret@127.0.0.1:%1/").arg(m_own.port)});
    QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, WaitMs);
    QCOMPARE(second.exitCode(), 0);
    QVERIFY(waitForRemote(m_window->session(), QStringLiteral("/")));
    QCOMPARE(m_window->tabCount(), 1);
}

QTEST_MAIN(TestTabs)
#include "tst_tabs.moc"
