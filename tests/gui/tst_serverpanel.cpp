// The server panel (the "Server" dock) driven as a user drives it: a folder, any free port, accounts,
// Start; the URLs; a client's session appearing and being disconnected from the panel; errors shown in
// the panel; drops of a folder; remembered settings; "Connect to this server". Then the whole client
// window against Ferry's own server (in-process FtpServer) and against vsftpd (tests/support, needs root):
// quick connect, browse, upload, download, rename, delete, new folder. The panel's server runs in a
// thread of its own: the window keeps running while that thread is blocked. Screenshots of the key steps go
// to $FERRY_BINARY_DIR/screenshots/.

#include "client/ftpclient.h"
#include "client/ftpoperation.h"
#include "client/listoperation.h"
#include "filesortproxymodel.h"
#include "fileview.h"
#include "guitestbase.h"
#include "localfilemodel.h"
#include "localpane.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "net/certificates.h"
#include "quickconnectbar.h"
#include "remotefilemodel.h"
#include "remotepane.h"
#include "server/ftpserver.h"
#include "server/serverhost.h"
#include "server/userauthenticator.h"
#include "serverpanel.h"
#include "serversessionmodel.h"
#include "servertlssection.h"
#include "testfiles.h"
#include "transfer/transferengine.h"
#include "vsftpdserver.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QtTest>
#include <functional>
#include <memory>

using namespace Ferry;
using Test::reactivate;
using Test::readFile;
using Test::visibleChild;
using Test::writeFile;

namespace {

// The panel's server offers FTPS with its own self-signed certificate: a test client trusts it by its
// fingerprint, as a user would after reading it off the panel.
void trustPanelCertificate(FtpClient* client, ServerPanel* panel)
{
    FtpClientOptions options = client->options();
    if (const auto fingerprint = parseFingerprint(panel->tlsSection()->fingerprint()))
        options.tls.acceptedFingerprints << *fingerprint;
    client->setOptions(options);
}

constexpr int WaitMs = Test::GuiWaitMs;

// The server a client scenario runs against: where its files live and how to put files there.
struct ServerUnderTest
{
    QString name;
    QString host;
    quint16 port = 0;
    QString user;
    QString password;
    QString root;
    std::function<bool(const QString&, const QByteArray&)> addFile;
};

} // namespace

class TestServerPanel final : public Test::GuiTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startShowsUrlsAndSessions();
    void errorsShowInThePanel();
    void dropFolderOnPanel();
    void settingsAreRemembered();
    void connectToThisServer();
    void defaultWidthShowsSessionsAndLog();
    void serverRunsOffTheGuiThread();
    void windowAgainstOwnServer();
    void windowAgainstVsftpd();

private:
    ServerPanel* showPanel();
    void runClientScenario(const ServerUnderTest& server, const QString& shotPrefix);

    std::unique_ptr<QTemporaryDir> m_shared;
};

void TestServerPanel::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Ferry"));
    QCoreApplication::setApplicationName(QStringLiteral("ferry-gui-serverpanel-test"));
    QStandardPaths::setTestModeEnabled(true);
}

void TestServerPanel::init()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
    QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
    m_local = std::make_unique<QTemporaryDir>();
    m_shared = std::make_unique<QTemporaryDir>();
    QVERIFY(m_local->isValid() && m_shared->isValid());
    QVERIFY(writeFile(m_local->filePath(QStringLiteral("app.hex")), Test::patternData(100 * 1024, 3)));
    QVERIFY(writeFile(m_local->filePath(QStringLiteral("notes.txt")), "local notes\n"));
    QVERIFY(writeFile(m_shared->filePath(QStringLiteral("hello.txt")), "Hello from the panel\n"));
    QVERIFY(writeFile(m_shared->filePath(QStringLiteral("docs/readme.txt")), "Read me\n"));

    QVERIFY(openWindow(QSize(1280, 800)));
    QVERIFY(showLocal(m_local->path()));
}

void TestServerPanel::cleanup()
{
    closeWindow();
    m_shared.reset();
}

ServerPanel* TestServerPanel::showPanel()
{
    auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("serverDock"));
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionServerPanel"));
    if (!dock || !action)
        return nullptr;
    if (!dock->isVisible())
        action->trigger(); // the View menu's and the toolbar's action
    if (!QTest::qWaitFor([dock] { return dock->isVisible(); }))
        return nullptr;
    return m_window->serverPanel();
}

void TestServerPanel::startShowsUrlsAndSessions()
{
    ServerPanel* panel = showPanel();
    QVERIFY(panel);
    QVERIFY(!panel->isRunning());
    QCOMPARE(panel->portSpin()->value(), 2121); // the default
    panel->setFolder(m_shared->path());
    panel->anyPortCheck()->setChecked(true);
    QVERIFY(!panel->portSpin()->isEnabled());
    panel->anonymousCheck()->setChecked(true);
    panel->addAccount(QStringLiteral("dev"), QStringLiteral("s3cret-pw"), true);
    QCOMPARE(panel->accountsTable()->rowCount(), 1);
    // The password column shows dots, never the password.
    const QModelIndex passwordCell = panel->accountsTable()->model()->index(0, 1);
    QCOMPARE(passwordCell.data(Qt::EditRole).toString(), QStringLiteral("s3cret-pw"));
    screenshot(QStringLiteral("serverpanel-01-configured"));

    QSignalSpy running(panel, &ServerPanel::runningChanged);
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    QVERIFY2(panel->isRunning(), qPrintable(panel->messageBar()->text()));
    QCOMPARE(running.size(), 1);
    const quint16 port = panel->port();
    QVERIFY(port != 0 && port != 2121);
    QVERIFY(!panel->messageBar()->isVisible() || panel->messageBar()->kind() == MessageBar::Kind::Info);
    // The URLs to connect to, each with a copy button; the loopback one comes last.
    const QList<QUrl> urls = panel->shownUrls();
    QVERIFY(!urls.isEmpty());
    QCOMPARE(urls, panel->connectionUrls());
    for (const QUrl& url : urls)
        QCOMPARE(url.port(), int(port));
    const QList<QLineEdit*> shown = panel->findChildren<QLineEdit*>(QStringLiteral("serverUrl"));
    QCOMPARE(shown.size(), urls.size());
    QVERIFY(shown.first()->isVisible());
    const QList<QToolButton*> copies = panel->findChildren<QToolButton*>(QStringLiteral("serverCopyUrl"));
    QCOMPARE(copies.size(), urls.size());
    copies.last()->click();
    QCOMPARE(QApplication::clipboard()->text(), urls.last().toString());
    QVERIFY(!panel->folderEdit()->isVisible()); // the settings make way while running
    QVERIFY2(panel->statusLabel()->text().contains(QStringLiteral("dev (read-write)")),
             qPrintable(panel->statusLabel()->text()));
    QVERIFY(panel->logView()->toPlainText().contains(QStringLiteral("Listening on")));

    // A client connects: its session appears with its user.
    FtpClient client;
    trustPanelCertificate(&client, panel);
    QSignalSpy lost(&client, &FtpClient::disconnected);
    FtpOperation* logon = client.connectToHost(
        FtpLogin{QStringLiteral("127.0.0.1"), port, QStringLiteral("dev"), QStringLiteral("s3cret-pw")});
    logon->setAutoDelete(false);
    const std::unique_ptr<FtpOperation> logonOwner(logon);
    QSignalSpy loggedIn(logon, &FtpOperation::finished);
    QVERIFY(loggedIn.wait(WaitMs));
    QVERIFY2(logon->succeeded(), qPrintable(logon->errorString()));
    ServerSessionModel* sessions = panel->sessionModel();
    QTRY_COMPARE_WITH_TIMEOUT(sessions->rowCount(), 1, WaitMs);
    QTRY_VERIFY(sessions->index(0, ServerSessionModel::UserColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("dev")));
    QVERIFY(sessions->index(0, ServerSessionModel::AddressColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("127.0.0.1:")));
    // A listing shows up as the current action or at least in the log.
    auto* list = client.list(QStringLiteral("/"));
    QSignalSpy listed(list, &FtpOperation::finished);
    QVERIFY(listed.wait(WaitMs));
    QTRY_VERIFY(panel->logView()->toPlainText().contains(QStringLiteral("dev")));
    QVERIFY2(!panel->logView()->toPlainText().contains(QStringLiteral("s3cret-pw")),
             "the password must never reach the server log");
    screenshot(QStringLiteral("serverpanel-02-running-with-session"));
    screenshot(QStringLiteral("serverpanel-02b-panel-only"), panel);

    // Closing the window while a client is connected asks first; "keep running" keeps everything.
    QVERIFY(!m_window->close());
    QMessageBox* confirm = nullptr;
    QTRY_VERIFY((confirm = m_window->findChild<QMessageBox*>(QStringLiteral("confirmQuit"))) &&
                confirm->isVisible());
    QVERIFY2(confirm->text().contains(QStringLiteral("1 connected session")), qPrintable(confirm->text()));
    screenshot(QStringLiteral("serverpanel-02c-confirm-quit"), confirm);
    const QList<QAbstractButton*> buttons = confirm->buttons();
    for (QAbstractButton* button : buttons) {
        if (confirm->buttonRole(button) == QMessageBox::RejectRole)
            button->click();
    }
    QVERIFY(m_window->isVisible());
    QVERIFY(panel->isRunning());
    QCOMPARE(sessions->rowCount(), 1);

    // Disconnect it from the panel: the client loses its connection, the row goes.
    QTableView* view = panel->sessionsView();
    view->selectRow(0);
    QVERIFY(panel->disconnectButton()->isEnabled());
    QTest::mouseClick(panel->disconnectButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(sessions->rowCount(), 0, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(lost.size() >= 1 || client.state() == FtpClient::State::Unconnected, WaitMs);

    // Stop.
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    QVERIFY(!panel->isRunning());
    QCOMPARE(running.size(), 2);
    QVERIFY(panel->folderEdit()->isVisible());
    QVERIFY(panel->shownUrls().isEmpty());
    QTcpSocket probe;
    probe.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(!probe.waitForConnected(2000));
    screenshot(QStringLiteral("serverpanel-03-stopped"), panel);
}

void TestServerPanel::errorsShowInThePanel()
{
    ServerPanel* panel = showPanel();
    QVERIFY(panel);
    // A folder that is not there.
    panel->setFolder(m_shared->filePath(QStringLiteral("no-such-folder")));
    panel->anyPortCheck()->setChecked(true);
    panel->anonymousCheck()->setChecked(true);
    QVERIFY(!panel->start());
    QVERIFY(panel->messageBar()->isVisible());
    QCOMPARE(panel->messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY2(panel->messageBar()->text().contains(QStringLiteral("does not exist")),
             qPrintable(panel->messageBar()->text()));
    QVERIFY(!QApplication::activeModalWidget());

    // Nobody could log in.
    panel->setFolder(m_shared->path());
    panel->anonymousCheck()->setChecked(false);
    QVERIFY(!panel->start());
    QVERIFY2(panel->messageBar()->text().contains(QStringLiteral("anonymous")),
             qPrintable(panel->messageBar()->text()));
    // An account without a password.
    panel->addAccount(QStringLiteral("dev"), QString(), true);
    QVERIFY(!panel->start());
    QVERIFY2(panel->messageBar()->text().contains(QStringLiteral("password")),
             qPrintable(panel->messageBar()->text()));
    panel->setAccounts({});
    panel->anonymousCheck()->setChecked(true);

    // A port in use.
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::Any, 0));
    panel->anyPortCheck()->setChecked(false);
    panel->portSpin()->setValue(blocker.serverPort());
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    QVERIFY(!panel->isRunning());
    QCOMPARE(panel->messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY2(panel->messageBar()->text().contains(QStringLiteral("Any free port")),
             qPrintable(panel->messageBar()->text()));
    QVERIFY(!QApplication::activeModalWidget());
    screenshot(QStringLiteral("serverpanel-04-port-in-use"), panel);

    // The advice works.
    panel->anyPortCheck()->setChecked(true);
    QVERIFY(panel->start());
    QVERIFY(!panel->messageBar()->isVisible() || panel->messageBar()->kind() == MessageBar::Kind::Info);
    panel->stop();
}

void TestServerPanel::dropFolderOnPanel()
{
    ServerPanel* panel = showPanel();
    QVERIFY(panel);
    const QString folder = m_shared->filePath(QStringLiteral("docs"));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(folder)});
    // Dropped on the folder field (it hands the drop to the panel) as a file manager would.
    QWidget* target = panel->folderEdit();
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(target->mapTo(panel, pos), Qt::CopyAction | Qt::LinkAction, &mime, Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(panel, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(target->mapTo(panel, pos)), Qt::CopyAction | Qt::LinkAction, &mime,
                    Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(QDir::fromNativeSeparators(panel->folder()), folder);
    QVERIFY(!target->acceptDrops()); // the field itself does not insert the URL as text

    // A file is not a folder: refused.
    QMimeData file;
    file.setUrls({QUrl::fromLocalFile(m_shared->filePath(QStringLiteral("hello.txt")))});
    QDragEnterEvent refused(QPoint(5, 5), Qt::CopyAction, &file, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(panel, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestServerPanel::settingsAreRemembered()
{
    ServerPanel* panel = showPanel();
    QVERIFY(panel);
    panel->setFolder(m_shared->path());
    panel->portSpin()->setValue(2345);
    panel->anonymousCheck()->setChecked(false);
    panel->addAccount(QStringLiteral("alice"), QStringLiteral("alice-pw-1"), true);
    panel->addAccount(QStringLiteral("bob"), QStringLiteral("bob-pw-2"), false);
    QVERIFY(m_window->close());
    const QString ini = QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                            .filePath(QStringLiteral("ferry.ini"));
    QVERIFY(ini.contains(QStringLiteral(".qttest")));
    QByteArray saved = readFile(ini);
    QVERIFY2(saved.contains("alice") && saved.contains("bob"), saved.constData());
    QVERIFY2(!saved.contains("alice-pw-1") && !saved.contains("bob-pw-2"),
             "no plain-text password unless asked for");

    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    panel = m_window->serverPanel();
    QTRY_VERIFY(m_window->findChild<QDockWidget*>(QStringLiteral("serverDock"))->isVisible()); // dock state
    QCOMPARE(QDir::fromNativeSeparators(panel->folder()), m_shared->path());
    QCOMPARE(panel->portSpin()->value(), 2345);
    QVERIFY(!panel->anonymousCheck()->isChecked());
    QList<ServerPanel::Account> accounts = panel->accounts();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(0).name, QStringLiteral("alice"));
    QVERIFY(accounts.at(0).writable);
    QCOMPARE(accounts.at(1).name, QStringLiteral("bob"));
    QVERIFY(!accounts.at(1).writable);
    QVERIFY(accounts.at(0).password.isEmpty()); // test mode: no keychain
    // Starting asks for the missing password, in the panel.
    panel->anyPortCheck()->setChecked(true);
    QVERIFY(!panel->start());
    QVERIFY2(panel->messageBar()->text().contains(QStringLiteral("alice")),
             qPrintable(panel->messageBar()->text()));

    // With the plain-text option the passwords are saved.
    panel->setAccounts({{QStringLiteral("alice"), QStringLiteral("alice-pw-1"), true}});
    panel->plainTextCheck()->setChecked(true);
    panel->saveSettings();
    saved = readFile(ini);
    QVERIFY(saved.contains("alice-pw-1"));
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    accounts = m_window->serverPanel()->accounts();
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.at(0).password, QStringLiteral("alice-pw-1"));
}

void TestServerPanel::connectToThisServer()
{
    ServerPanel* panel = showPanel();
    QVERIFY(panel);
    panel->setFolder(m_shared->path());
    panel->anyPortCheck()->setChecked(true);
    panel->anonymousCheck()->setChecked(false);
    panel->addAccount(QStringLiteral("dev"), QStringLiteral("p@ss word:1"), true);
    QVERIFY(!panel->connectButton()->isEnabled());
    QVERIFY2(panel->start(), qPrintable(panel->messageBar()->text()));
    QVERIFY(panel->connectButton()->isEnabled());
    const QUrl url = panel->localUrl();
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(url.port(), int(panel->port()));
    QCOMPARE(url.userName(), QStringLiteral("dev"));
    QTest::mouseClick(panel->connectButton(), Qt::LeftButton);
    QVERIFY(waitForRemote(QStringLiteral("/")));
    QVERIFY(remoteIndex(QStringLiteral("hello.txt")).isValid());
    QVERIFY(remoteIndex(QStringLiteral("docs")).isValid());
    QCOMPARE(m_window->quickConnectBar()->portEdit()->text(), QString::number(panel->port()));
    QTRY_VERIFY_WITH_TIMEOUT(panel->sessionModel()->rowCount() >= 1, WaitMs);
    QVERIFY(!panel->logView()->toPlainText().contains(QStringLiteral("p@ss word:1")));
    screenshot(QStringLiteral("serverpanel-05-connected-to-itself"));
    panel->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->remotePane()->isReady(), WaitMs);
}

void TestServerPanel::defaultWidthShowsSessionsAndLog()
{
    // A fresh installation (no remembered dock sizes): the panel at the width it opens with shows every
    // column of the sessions table with its whole header and contents, and the log wide enough to read.
    ServerPanel* panel = showPanel();
    QVERIFY(panel);
    panel->setFolder(m_shared->path());
    panel->anyPortCheck()->setChecked(true);
    panel->anonymousCheck()->setChecked(false);
    panel->addAccount(QStringLiteral("dev"), QStringLiteral("pw"), true);
    QVERIFY2(panel->start(), qPrintable(panel->messageBar()->text()));
    QTest::mouseClick(panel->connectButton(), Qt::LeftButton);
    QVERIFY(waitForRemote(QStringLiteral("/")));
    QTRY_VERIFY_WITH_TIMEOUT(
        panel->sessionModel()->rowCount() == 1 && panel->sessionModel()->sessionAt(0).loggedIn, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(panel->logView()->toPlainText().contains(QStringLiteral("MLSD")), WaitMs);
    QCoreApplication::processEvents();

    QTableView* view = panel->sessionsView();
    QHeaderView* header = view->horizontalHeader();
    const int columns = panel->sessionModel()->columnCount();
    for (int column = 0; column < columns; ++column) {
        const QString title = panel->sessionModel()->headerData(column, Qt::Horizontal).toString();
        // The header's text whole, and the row's text whole (no "rrent acti…").
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                 qPrintable(QStringLiteral("%1: %2 < %3")
                                .arg(title)
                                .arg(header->sectionSize(column))
                                .arg(header->sectionSizeHint(column))));
        QVERIFY2(header->sectionSize(column) >=
                     static_cast<QAbstractItemView*>(view)->sizeHintForColumn(column),
                 qPrintable(QStringLiteral("%1: %2 < %3")
                                .arg(title)
                                .arg(header->sectionSize(column))
                                .arg(static_cast<QAbstractItemView*>(view)->sizeHintForColumn(column))));
        // On screen without scrolling.
        QVERIFY2(header->sectionViewportPosition(column) >= 0 &&
                     header->sectionViewportPosition(column) + header->sectionSize(column) <=
                         view->viewport()->width(),
                 qPrintable(title));
    }
    QCOMPARE(view->horizontalScrollBar()->maximum(), 0);
    // The log: at least 60 characters of its fixed-width font per line (it was 37).
    const QFontMetrics logFont(panel->logView()->font());
    const int perLine = panel->logView()->viewport()->width() / logFont.horizontalAdvance(QLatin1Char('x'));
    QVERIFY2(perLine >= 60, qPrintable(QString::number(perLine)));
    screenshot(QStringLiteral("serverpanel-06-default-width"));
    screenshot(QStringLiteral("serverpanel-06b-default-width-panel"), panel);

    // Narrower than that (the user drags the dock): the current action is elided in the middle, and
    // every header still shows whole (the table scrolls sideways when even that does not fit).
    QCOMPARE(view->textElideMode(), Qt::ElideMiddle);
    auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("serverDock"));
    m_window->resizeDocks({dock}, {panel->minimumSizeHint().width()}, Qt::Horizontal);
    QTRY_VERIFY(dock->width() < panel->sizeHint().width());
    QCoreApplication::processEvents();
    for (int column = 0; column < columns; ++column)
        QVERIFY(header->sectionSize(column) >= header->sectionSizeHint(column));
    screenshot(QStringLiteral("serverpanel-06c-narrow-panel"), panel);
}

void TestServerPanel::serverRunsOffTheGuiThread()
{
    ServerPanel* panel = showPanel();
    QVERIFY(panel);
    panel->setFolder(m_shared->path());
    panel->anyPortCheck()->setChecked(true);
    panel->anonymousCheck()->setChecked(false);
    panel->addAccount(QStringLiteral("dev"), QStringLiteral("dev-secret"), true);
    QVERIFY2(panel->start(), qPrintable(panel->messageBar()->text()));
    QThread* worker = panel->serverThread();
    QVERIFY(worker);
    QVERIFY(worker != QThread::currentThread());
    QVERIFY(worker->isRunning());

    // Record, in the server's own thread, where it lives and where its session signals are emitted.
    auto serverThread = std::make_shared<QAtomicPointer<QThread>>();
    auto emittingThread = std::make_shared<QAtomicPointer<QThread>>();
    panel->host()->runInServerThread([serverThread, emittingThread](FtpServer* server) {
        serverThread->storeRelease(server->thread());
        QObject::connect(
            server, &FtpServer::sessionStateChanged, server,
            [emittingThread] { emittingThread->storeRelease(QThread::currentThread()); },
            Qt::DirectConnection);
    });
    QTRY_VERIFY(serverThread->loadAcquire());
    QCOMPARE(serverThread->loadAcquire(), worker);

    FtpClient client;
    trustPanelCertificate(&client, panel);
    FtpOperation* logon = client.connectToHost(FtpLogin{QStringLiteral("127.0.0.1"), panel->port(),
                                                        QStringLiteral("dev"), QStringLiteral("dev-secret")});
    logon->setAutoDelete(false);
    const std::unique_ptr<FtpOperation> logonOwner(logon);
    QSignalSpy loggedIn(logon, &FtpOperation::finished);
    QVERIFY(loggedIn.wait(WaitMs));
    QVERIFY2(logon->succeeded(), qPrintable(logon->errorString()));
    QTRY_COMPARE_WITH_TIMEOUT(panel->sessionCount(), 1, WaitMs);
    QTRY_VERIFY(emittingThread->loadAcquire());
    QCOMPARE(emittingThread->loadAcquire(), worker);

    // Block the server's thread as a rename over a huge file does, with a command waiting for it: the
    // window's event loop keeps running all the while.
    constexpr int BlockMs = 1500;
    auto blocked = std::make_shared<QAtomicInt>(0);
    panel->host()->runInServerThread([blocked](FtpServer*) {
        blocked->storeRelease(1);
        QThread::msleep(BlockMs);
        blocked->storeRelease(2);
    });
    QTRY_VERIFY(blocked->loadAcquire() >= 1);
    FtpOperation* mkdir = client.mkdir(QStringLiteral("made-while-blocked"));
    QSignalSpy made(mkdir, &FtpOperation::finished);
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 worst = 0;
    int ticks = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(5);
    connect(&tick, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        worst = std::max(worst, now - last);
        last = now;
        ++ticks;
    });
    tick.start();
    QTRY_VERIFY_WITH_TIMEOUT(blocked->loadAcquire() == 2, WaitMs);
    tick.stop();
    QVERIFY2(clock.elapsed() >= BlockMs / 2, "the test must overlap the block");
    QVERIFY2(worst < BlockMs / 3, qPrintable(QStringLiteral("worst event-loop gap %1 ms").arg(worst)));
    QVERIFY(ticks > 10);
    // The server gets to the command once its thread is free.
    QVERIFY(made.size() == 1 || made.wait(WaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(m_shared->filePath(QStringLiteral("made-while-blocked"))).isDir(),
                             WaitMs);

    // Stopping closes the session in the server's thread; the panel learns of it through the signals.
    panel->stop();
    QVERIFY(!panel->isRunning());
    QCOMPARE(panel->port(), quint16(0));
    QTRY_COMPARE_WITH_TIMEOUT(panel->sessionCount(), 0, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(panel->sessionModel()->rowCount(), 0, WaitMs);
    QVERIFY(worker->isRunning()); // kept for the next start

    // Stopping while the server's thread is busy waits a bounded time; the server stops when its thread
    // is free, and a start after that works.
    QVERIFY2(panel->start(), qPrintable(panel->messageBar()->text()));
    const quint16 port = panel->port();
    QVERIFY(port != 0);
    panel->host()->setStopWaitMs(200);
    blocked->storeRelease(0);
    panel->host()->runInServerThread([blocked](FtpServer*) {
        blocked->storeRelease(1);
        QThread::msleep(BlockMs);
        blocked->storeRelease(2);
    });
    QTRY_VERIFY(blocked->loadAcquire() >= 1);
    QElapsedTimer stopping;
    stopping.start();
    panel->stop();
    QVERIFY2(stopping.elapsed() < BlockMs / 2, qPrintable(QString::number(stopping.elapsed())));
    QVERIFY(!panel->isRunning());
    QVERIFY(panel->startButton()->text().contains(QStringLiteral("Start")));
    QTRY_VERIFY_WITH_TIMEOUT(blocked->loadAcquire() == 2, WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(panel->logView()->toPlainText().count(QStringLiteral("Stopped listening")) == 2,
                             WaitMs);
    QTcpSocket probe;
    probe.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    QVERIFY(!probe.waitForConnected(2000));
    panel->host()->setStopWaitMs(ServerHost::DefaultStopWaitMs);
    QVERIFY2(panel->start(), qPrintable(panel->messageBar()->text()));
    panel->stop();
}

void TestServerPanel::runClientScenario(const ServerUnderTest& server, const QString& shotPrefix)
{
    QVERIFY(server.addFile(QStringLiteral("hello.txt"), "Hello from the server\n"));
    QVERIFY(server.addFile(QStringLiteral("docs/readme.txt"), "Read me\n"));
    QVERIFY(server.addFile(QStringLiteral("firmware.bin"), Test::patternData(300 * 1024, 7)));
    const auto serverPath = [&server](const QString& relative) {
        return QDir(server.root).filePath(relative);
    };

    // Quick connect.
    QVERIFY(connectWindow(server.host, server.port, server.user, server.password));
    QVERIFY(remoteIndex(QStringLiteral("hello.txt")).isValid());
    QVERIFY(remoteIndex(QStringLiteral("docs")).isValid());
    screenshot(shotPrefix + QStringLiteral("-01-connected"));

    // Browse into docs and back.
    RemotePane* remote = m_window->remotePane();
    remote->view()->setFocus();
    remote->view()->setCurrentIndex(remoteIndex(QStringLiteral("docs")));
    QTest::keyClick(remote->view(), Qt::Key_Return);
    QVERIFY(waitForRemote(QStringLiteral("/docs")));
    QVERIFY(remoteIndex(QStringLiteral("readme.txt")).isValid());
    QTest::keyClick(remote->view(), Qt::Key_Backspace);
    QVERIFY(waitForRemote(QStringLiteral("/")));

    // Upload (Ctrl+T in the local pane).
    const QString app = m_local->filePath(QStringLiteral("app.hex"));
    selectLocal({app});
    QTest::keyClick(m_window->localPane()->view(), Qt::Key_T, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(serverPath(QStringLiteral("app.hex"))).size() == 100 * 1024 &&
                                 m_window->transferQueue()->isIdle(),
                             WaitMs);
    QCOMPARE(readFile(serverPath(QStringLiteral("app.hex"))), readFile(app));
    QTRY_VERIFY_WITH_TIMEOUT(remoteIndex(QStringLiteral("app.hex")).isValid(), WaitMs);

    // Download (Ctrl+T in the remote pane).
    selectRemote({QStringLiteral("firmware.bin")});
    QTest::keyClick(remote->view(), Qt::Key_T, Qt::ControlModifier);
    const QString downloaded = m_local->filePath(QStringLiteral("firmware.bin"));
    QTRY_VERIFY_WITH_TIMEOUT(
        QFileInfo(downloaded).size() == 300 * 1024 && m_window->transferQueue()->isIdle(), WaitMs);
    QCOMPARE(readFile(downloaded), Test::patternData(300 * 1024, 7));
    screenshot(shotPrefix + QStringLiteral("-02-transferred"));

    // Rename in place (F2).
    selectRemote({QStringLiteral("hello.txt")});
    QTest::keyClick(remote->view(), Qt::Key_F2);
    QTRY_VERIFY(qobject_cast<QLineEdit*>(QApplication::focusWidget()));
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("greeting.txt"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(serverPath(QStringLiteral("greeting.txt"))), WaitMs);
    QVERIFY(!QFileInfo::exists(serverPath(QStringLiteral("hello.txt"))));
    QTRY_VERIFY_WITH_TIMEOUT(remoteIndex(QStringLiteral("greeting.txt")).isValid(), WaitMs);

    // New folder (F7).
    QVERIFY(reactivate(m_window.get(), remote->view()));
    QTest::keyClick(remote->view(), Qt::Key_F7);
    QInputDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleChild<QInputDialog>(remote, QStringLiteral("newFolderDialog"))));
    dialog->setTextValue(QStringLiteral("Board Logs"));
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(serverPath(QStringLiteral("Board Logs"))).isDir(), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(remoteIndex(QStringLiteral("Board Logs")).isValid(), WaitMs);

    // Delete (asks first).
    QVERIFY(reactivate(m_window.get(), remote->view()));
    selectRemote({QStringLiteral("greeting.txt")});
    QTest::keyClick(remote->view(), Qt::Key_Delete);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = visibleChild<QMessageBox>(m_window.get(), QStringLiteral("confirmDeleteRemote"))));
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(serverPath(QStringLiteral("greeting.txt"))), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!remoteIndex(QStringLiteral("greeting.txt")).isValid(), WaitMs);
    QVERIFY(QFileInfo::exists(serverPath(QStringLiteral("firmware.bin"))));
    screenshot(shotPrefix + QStringLiteral("-03-after-rename-mkdir-delete"));
}

void TestServerPanel::windowAgainstOwnServer()
{
    // Ferry's own engine, in-process (the panel's FtpServer), with a named read-write user.
    ServerPanel* panel = showPanel();
    QVERIFY(panel);
    panel->setFolder(m_shared->path());
    QDir(m_shared->path()).removeRecursively();
    QVERIFY(QDir().mkpath(m_shared->path()));
    panel->anyPortCheck()->setChecked(true);
    panel->anonymousCheck()->setChecked(false);
    panel->addAccount(QStringLiteral("dev"), QStringLiteral("dev-secret"), true);
    QVERIFY2(panel->start(), qPrintable(panel->messageBar()->text()));
    ServerUnderTest server;
    server.name = QStringLiteral("ferry");
    server.host = QStringLiteral("127.0.0.1");
    server.port = panel->port();
    server.user = QStringLiteral("dev");
    server.password = QStringLiteral("dev-secret");
    server.root = m_shared->path();
    server.addFile = [root = server.root](const QString& relative, const QByteArray& data) {
        return writeFile(QDir(root).filePath(relative), data);
    };
    runClientScenario(server, QStringLiteral("serverpanel-ferry"));
    // The panel saw it all.
    const QString log = panel->logView()->toPlainText();
    QVERIFY2(log.contains(QStringLiteral("app.hex")), qPrintable(log));
    QVERIFY(!log.contains(QStringLiteral("dev-secret")));
    screenshot(QStringLiteral("serverpanel-ferry-04-panel-log"), panel);
}

void TestServerPanel::windowAgainstVsftpd()
{
    Test::VsftpdServer vsftpd;
    FERRY_START_PEER(vsftpd, QHostAddress(QHostAddress::LocalHost));
    ServerUnderTest server;
    server.name = vsftpd.name();
    server.host = vsftpd.host();
    server.port = vsftpd.port();
    server.user = vsftpd.user();
    server.password = vsftpd.password();
    server.root = vsftpd.rootPath();
    server.addFile = [&vsftpd](const QString& relative, const QByteArray& data) {
        return vsftpd.addFile(relative, data);
    };
    runClientScenario(server, QStringLiteral("serverpanel-vsftpd"));
    m_window->disconnectFromServer();
}

QTEST_MAIN(TestServerPanel)
#include "tst_serverpanel.moc"
