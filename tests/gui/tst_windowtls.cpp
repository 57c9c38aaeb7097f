// FTPS in the window, driven as a user drives it against real TLS servers on loopback: pyftpdlib's
// TLS_FTPHandler (TLS required on control and data), vsftpd with implicit TLS, and the scripted board
// server (no TLS at all). The certificate question for a self-signed certificate (trust once, cancel,
// always), the red warning when the certificate of a server trusted before changed (the peer restarted on
// the same port with another one), "always trust" kept across a restart of the window, the status bar's
// lock (closed with protocol and cipher, open against the board) and the certificate behind it, the site
// manager's encryption choice (saved, restored, used on connect), ftpes:// and ftps:// in the
// quick-connect bar, transfers in the queue over FTPS without a second question, and the question
// answered for a client that lives in another thread. Screenshots: $FERRY_BINARY_DIR/screenshots/tls-*.png.

#include "boardserver.h"
#include "certificatedialog.h"
#include "certificateprompt.h"
#include "client/ftpclient.h"
#include "client/ftpoperation.h"
#include "connectionsession.h"
#include "ftplocation.h"
#include "guitestbase.h"
#include "localpane.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "net/certificates.h"
#include "net/certificatetruststore.h"
#include "pyftpdlibserver.h"
#include "quickconnectbar.h"
#include "remotepane.h"
#include "securityindicator.h"
#include "site.h"
#include "sitemanagerdialog.h"
#include "testcertificates.h"
#include "testfiles.h"
#include "transfer/transferengine.h"
#include "vsftpdserver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThread>
#include <QtTest>
#include <atomic>
#include <memory>

using namespace Ferry;
using Test::readFile;
using Test::TestCertificates;
using Test::visibleChild;
using Test::writeFile;

namespace {

constexpr int WaitMs = Test::GuiWaitMs;

QString trustStorePath()
{
    return CertificateTrustStore::defaultPath();
}

// A saved site for a test server (its password in the site).
Site siteFor(const Test::TestFtpServer& server, const QString& name, TlsMode mode)
{
    Site site = Site::create();
    site.name = name;
    site.host = server.host();
    site.port = server.port();
    site.user = server.user();
    site.password = server.password();
    site.plainTextPassword = true;
    site.tlsMode = mode;
    return site;
}

} // namespace

class TestWindowTls final : public Test::GuiTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void locationSchemes_data();
    void locationSchemes();
    void quickConnectBarKeepsTheScheme();
    void untrustedCertificateAskedThenTrustedOnce();
    void cancelRefusesTheConnection();
    void alwaysTrustKeptAcrossRestart();
    void changedCertificateIsALoudWarning();
    void alwaysTrustThatCannotBeKeptIsSaid();
    void boardServerShowsOpenLock();
    void siteManagerEncryptionSavedAndRestored();
    void siteEncryptionUsedOnConnect();
    void implicitTlsSiteAgainstVsftpd();
    void questionAnsweredAcrossThreads();

private:
    // pyftpdlib with TLS required, serving hello.txt, with the given certificate (and port: 0 = free).
    bool startTlsServer(const TestCertificates::Files& certificate, quint16 port = 0);
    // Fills the quick-connect bar (host may be a URL) and clicks Connect.
    void quickConnect(const QString& host, quint16 port, const QString& user, const QString& password);
    // Waits for the certificate question of the tab shown.
    CertificateDialog* waitForQuestion();
    CertificatePrompt* prompt() const { return m_window->session()->certificatePrompt(); }
    void screenshotStatusBar(const QString& name);
    // A dialog's screenshot, and nothing in it cut.
    void screenshotDialog(const QString& name, QWidget* dialog);

    QTemporaryDir m_certificates;
    TestCertificates::Files m_server;
    TestCertificates::Files m_other; // another self-signed certificate for the same names
    std::unique_ptr<Test::PyftpdlibServer> m_tls;
};

void TestWindowTls::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Ferry"));
    QCoreApplication::setApplicationName(QStringLiteral("ferry-gui-tls-test"));
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<CertificateCheck>();
    qRegisterMetaType<CertificateAnswer>();
    // The certificates come from the openssl program (scripts/setup-test-peers.sh): no openssl, no test.
    QString error;
    const auto server = TestCertificates::selfSigned(m_certificates.path(), QStringLiteral("server"),
                                                     QStringLiteral("localhost"), &error);
    QVERIFY2(server, qPrintable(error));
    m_server = *server;
    const auto other = TestCertificates::selfSigned(m_certificates.path(), QStringLiteral("other"),
                                                    QStringLiteral("localhost"), &error);
    QVERIFY2(other, qPrintable(error));
    m_other = *other;
}

void TestWindowTls::init()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
    QFile::remove(trustStorePath());
    m_local = std::make_unique<QTemporaryDir>();
    QVERIFY(m_local->isValid());
    QVERIFY(writeFile(m_local->filePath(QStringLiteral("firmware.bin")), Test::patternData(300 * 1024, 7)));
    QVERIFY(openWindow(QSize(1200, 760)));
}

void TestWindowTls::cleanup()
{
    closeWindow();
    m_tls.reset();
    QFile::remove(trustStorePath());
}

bool TestWindowTls::startTlsServer(const TestCertificates::Files& certificate, quint16 port)
{
    m_tls = std::make_unique<Test::PyftpdlibServer>();
    m_tls->setTls(certificate.certificatePath, certificate.keyPath);
    m_tls->setPort(port);
    if (const QString why = m_tls->skipReason(); !why.isEmpty()) {
        qWarning() << why;
        return false;
    }
    if (!m_tls->start(QHostAddress(QHostAddress::LocalHost))) {
        qWarning() << m_tls->errorString();
        return false;
    }
    return m_tls->addFile(QStringLiteral("hello.txt"), "Hello over TLS\n");
}

void TestWindowTls::quickConnect(const QString& host, quint16 port, const QString& user,
                                 const QString& password)
{
    QuickConnectBar* bar = m_window->quickConnectBar();
    bar->hostBox()->setEditText(host);
    bar->portEdit()->setText(port ? QString::number(port) : QString());
    bar->userEdit()->setText(user);
    bar->passwordEdit()->setText(password);
    QTest::mouseClick(bar->connectButton(), Qt::LeftButton);
}

CertificateDialog* TestWindowTls::waitForQuestion()
{
    if (!QTest::qWaitFor([this] { return prompt()->dialog() && prompt()->dialog()->isVisible(); }, WaitMs)) {
        qWarning() << "no certificate question;" << m_window->remotePane()->messageBar()->text();
        return nullptr;
    }
    CertificateDialog* dialog = prompt()->dialog();
    return QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
}

void TestWindowTls::screenshotDialog(const QString& name, QWidget* dialog)
{
    screenshot(name, dialog);
    const QString cut = Test::cutWidgets(dialog);
    QVERIFY2(cut.isEmpty(), qPrintable(name + QStringLiteral(": ") + cut));
}

void TestWindowTls::screenshotStatusBar(const QString& name)
{
    screenshot(name, m_window->statusBar());
}

void TestWindowTls::locationSchemes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<TlsMode>("mode");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("url");
    QTest::newRow("bare host") << "board.local" << TlsMode::Auto << 21 << "ftp://board.local";
    QTest::newRow("ftp") << "ftp://me@host:2121/pub" << TlsMode::Auto << 2121 << "ftp://me@host:2121/pub";
    QTest::newRow("ftpes") << "ftpes://host/" << TlsMode::Explicit << 21 << "ftpes://host";
    QTest::newRow("ftps, port 990") << "ftps://me@host" << TlsMode::Implicit << 990 << "ftps://me@host";
    QTest::newRow("ftps, other port")
        << "FTPS://[::1]:2990" << TlsMode::Implicit << 2990 << "ftps://[::1]:2990";
}

void TestWindowTls::locationSchemes()
{
    QFETCH(QString, text);
    QString error;
    const std::optional<FtpLocation> location = FtpLocation::parse(text, &error);
    QVERIFY2(location, qPrintable(error));
    QTEST(location->tlsMode, "mode");
    QTEST(int(location->port), "port");
    QTEST(location->url().toString(), "url");
    QVERIFY(!FtpLocation::parse(QStringLiteral("sftp://host"), &error));
    QVERIFY2(error.contains(QLatin1String("ftpes://")), qPrintable(error));
}

void TestWindowTls::quickConnectBarKeepsTheScheme()
{
    QuickConnectBar* bar = m_window->quickConnectBar();
    QSignalSpy requested(bar, &QuickConnectBar::connectRequested);
    bar->hostBox()->setEditText(QStringLiteral("ftps://alice@files.example"));
    bar->portEdit()->clear();
    bar->requestConnect();
    QCOMPARE(requested.size(), 1);
    auto login = requested.first().at(0).value<FtpLogin>();
    QCOMPARE(login.port, quint16(990));
    QCOMPARE(login.user, QStringLiteral("alice"));
    QCOMPARE(requested.first().at(2).value<TlsMode>(), TlsMode::Implicit);
    // The scheme stays in the host field, so that Connect again means the same.
    QCOMPARE(bar->hostBox()->currentText(), QStringLiteral("ftps://files.example"));
    QVERIFY(bar->portEdit()->text().isEmpty());
    bar->requestConnect();
    QCOMPARE(requested.last().at(2).value<TlsMode>(), TlsMode::Implicit);
    QCOMPARE(requested.last().at(0).value<FtpLogin>().port, quint16(990));

    // ftpes:// with the port in its own field.
    bar->hostBox()->setEditText(QStringLiteral("ftpes://[::1]"));
    bar->portEdit()->setText(QStringLiteral("2121"));
    bar->requestConnect();
    QCOMPARE(requested.last().at(2).value<TlsMode>(), TlsMode::Explicit);
    QCOMPARE(requested.last().at(0).value<FtpLogin>().port, quint16(2121));
    QCOMPARE(bar->hostBox()->currentText(), QStringLiteral("ftpes://[::1]"));

    // A bare host is TLS if available.
    bar->hostBox()->setEditText(QStringLiteral("board.local"));
    bar->portEdit()->clear();
    bar->requestConnect();
    QCOMPARE(requested.last().at(2).value<TlsMode>(), TlsMode::Auto);

    // Recent connections keep their scheme.
    bar->addRecent(FtpLogin{QStringLiteral("files.example"), 990, QStringLiteral("alice"), QString()},
                   QString(), TlsMode::Implicit);
    bar->addRecent(FtpLogin{QStringLiteral("::1"), 2121, QString(), QString()}, QString(), TlsMode::Explicit);
    QCOMPARE(bar->recentEntries().mid(0, 2), QStringList({QStringLiteral("ftpes://[::1]:2121"),
                                                          QStringLiteral("ftps://alice@files.example")}));
    bar->hostBox()->setCurrentIndex(1);
    Q_EMIT bar->hostBox()->activated(1);
    QCOMPARE(bar->hostBox()->currentText(), QStringLiteral("ftps://files.example"));
    QCOMPARE(bar->userEdit()->text(), QStringLiteral("alice"));
}

void TestWindowTls::untrustedCertificateAskedThenTrustedOnce()
{
    QVERIFY(startTlsServer(m_server));
    quickConnect(QStringLiteral("ftpes://127.0.0.1"), m_tls->port(), m_tls->user(), m_tls->password());
    QPointer<CertificateDialog> dialog = waitForQuestion();
    QVERIFY(dialog);
    screenshotDialog(QStringLiteral("tls-01-self-signed-question"), dialog);
    QCOMPARE(dialog->purpose(), CertificateDialog::Purpose::Untrusted);
    QCOMPARE(dialog->content().host, QStringLiteral("127.0.0.1"));
    QCOMPARE(dialog->content().port, m_tls->port());
    QVERIFY(dialog->nameMatches()); // 127.0.0.1 is one of its names
    QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("certificateFingerprint"))
                 ->text()
                 .remove(QLatin1Char('\n')),
             formatFingerprint(m_server.sha256).remove(47, 1));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("certificateIssuer"))
                ->text()
                .contains(QLatin1String("Self-signed")));
    QVERIFY(!dialog->content().protocol.isEmpty());
    QVERIFY(!dialog->content().cipher.isEmpty());
    QVERIFY2(
        dialog->errors().join(QLatin1Char(' ')).contains(QLatin1String("self-signed"), Qt::CaseInsensitive),
        qPrintable(dialog->errors().join(QLatin1Char(' '))));
    // The tab waits for the answer: not connected yet. The question came, as a value, from the browsing
    // connection's own thread (RemoteBrowser's worker), never from a client in the window's thread.
    QVERIFY(!m_window->session()->isConnected());
    QVERIFY(m_window->session()->client()->workerThread() != QThread::currentThread());
    QVERIFY(m_window->session()->client()->workerThread()->isRunning());

    QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);
    QVERIFY(waitForRemote(QStringLiteral("/")));
    QVERIFY(remoteIndex(QStringLiteral("hello.txt")).isValid());
    QVERIFY(dialog.isNull());
    // Trusted once: nothing kept for later.
    CertificateTrustStore store;
    QVERIFY(store.load());
    QVERIFY(store.entries().isEmpty());

    // The lock: closed, with protocol and cipher.
    SecurityIndicator* lock = m_window->securityIndicator();
    QTRY_COMPARE(lock->shown(), SecurityIndicator::Shown::Encrypted);
    QVERIFY(lock->isVisible());
    const ConnectionSecurity security = m_window->session()->security();
    QVERIFY(security.dataEncrypted);
    QCOMPARE(security.trust, ConnectionSecurity::Trust::User);
    QVERIFY2(lock->text().startsWith(security.protocol) && lock->text().contains(security.cipher),
             qPrintable(lock->text()));
    QVERIFY(security.protocol.startsWith(QLatin1String("TLS 1.")));
    screenshot(QStringLiteral("tls-02-window-encrypted"));
    screenshotStatusBar(QStringLiteral("tls-03-lock-encrypted"));

    // Clicking the lock shows the same certificate, read-only, with why it is trusted.
    QTest::mouseClick(lock, Qt::LeftButton);
    QTRY_VERIFY(lock->certificateDialog() && lock->certificateDialog()->isVisible());
    QPointer<CertificateDialog> view = lock->certificateDialog();
    QVERIFY(QTest::qWaitForWindowExposed(view));
    screenshotDialog(QStringLiteral("tls-04-certificate-from-lock"), view);
    QCOMPARE(view->purpose(), CertificateDialog::Purpose::View);
    QVERIFY(!view->trustButton());
    QCOMPARE(certificateFingerprint(view->content().chain.value(0)), m_server.sha256);
    QVERIFY(view->findChild<QLabel*>(QStringLiteral("certificateExplanation"))
                ->text()
                .contains(QLatin1String("accepted it for this connection")));
    view->close();

    // Transfers in the queue over FTPS (pyftpdlib requires TLS on every data connection) on connections of
    // their own, without a second question.
    ConnectionSession* session = m_window->session();
    QVERIFY(showLocal(m_local->path()));
    Q_EMIT session->localPane()->uploadRequested({m_local->filePath(QStringLiteral("firmware.bin"))});
    TransferEngine* queue = m_window->transferQueue();
    QTRY_COMPARE_WITH_TIMEOUT(queue->jobCount(), 1, WaitMs);
    const TransferJobId upload = queue->jobs().first().id;
    QTRY_COMPARE_WITH_TIMEOUT(queue->job(upload)->state, TransferJobState::Done, WaitMs);
    QCOMPARE(readFile(QDir(m_tls->rootPath()).filePath(QStringLiteral("firmware.bin"))),
             readFile(m_local->filePath(QStringLiteral("firmware.bin"))));
    QVERIFY(waitForRemote(QStringLiteral("/")));
    QTRY_VERIFY(remoteIndex(QStringLiteral("hello.txt")).isValid());
    Q_EMIT session->remotePane()->downloadRequested({RemoteItem{QStringLiteral("/hello.txt"), false, 15}});
    QTRY_COMPARE_WITH_TIMEOUT(queue->jobCount(), 2, WaitMs);
    const TransferJobId download = queue->jobs().last().id;
    QTRY_COMPARE_WITH_TIMEOUT(queue->job(download)->state, TransferJobState::Done, WaitMs);
    QCOMPARE(readFile(m_local->filePath(QStringLiteral("hello.txt"))), QByteArray("Hello over TLS\n"));
    QCOMPARE(prompt()->questionCount(), 1);
    QVERIFY(!visibleChild<CertificateDialog>(m_window.get(), QStringLiteral("certificateDialog")));
    screenshot(QStringLiteral("tls-05-transfers-over-ftps"));
}

void TestWindowTls::cancelRefusesTheConnection()
{
    QVERIFY(startTlsServer(m_server));
    quickConnect(QStringLiteral("127.0.0.1"), m_tls->port(), m_tls->user(), m_tls->password());
    QPointer<CertificateDialog> dialog = waitForQuestion();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    // The error names the fingerprint, so that it can be checked and trusted another time.
    RemotePane* pane = m_window->remotePane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->messageBar()->text().contains(formatFingerprint(m_server.sha256)), WaitMs);
    QVERIFY(!m_window->session()->isConnected());
    QCOMPARE(m_window->securityIndicator()->shown(), SecurityIndicator::Shown::Nothing);
    QVERIFY(!m_window->securityIndicator()->isVisible());
    screenshot(QStringLiteral("tls-06-certificate-refused"));
}

void TestWindowTls::alwaysTrustKeptAcrossRestart()
{
    QVERIFY(startTlsServer(m_server));
    quickConnect(QStringLiteral("ftpes://127.0.0.1"), m_tls->port(), m_tls->user(), m_tls->password());
    QPointer<CertificateDialog> dialog = waitForQuestion();
    QVERIFY(dialog);
    dialog->alwaysTrustBox()->setChecked(true);
    QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);
    QVERIFY(waitForRemote(QStringLiteral("/")));
    QTRY_COMPARE(m_window->session()->security().trust, ConnectionSecurity::Trust::TrustStore);
    // Kept per host and port, with the exact certificate.
    CertificateTrustStore store;
    QVERIFY(store.load());
    QCOMPARE(store.entries().size(), 1);
    QCOMPARE(store.entries().first().port, m_tls->port());
    QCOMPARE(store.check(QStringLiteral("127.0.0.1"), m_tls->port(), m_server.certificate),
             CertificateTrustStore::Verdict::Trusted);

    // Ferry starts again: the same server, no question.
    QVERIFY(m_window->close());
    closeWindow();
    m_local = std::make_unique<QTemporaryDir>();
    QVERIFY(openWindow(QSize(1200, 760)));
    // The tab comes back with its encryption (its server in the bar with the ftpes:// scheme).
    QCOMPARE(m_window->session()->tlsMode(), TlsMode::Explicit);
    QCOMPARE(m_window->quickConnectBar()->hostBox()->currentText(), QStringLiteral("ftpes://127.0.0.1"));
    quickConnect(QStringLiteral("ftpes://127.0.0.1"), m_tls->port(), m_tls->user(), m_tls->password());
    QVERIFY(waitForRemote(QStringLiteral("/")));
    QCOMPARE(prompt()->questionCount(), 0);
    QCOMPARE(m_window->session()->security().trust, ConnectionSecurity::Trust::TrustStore);
    QTRY_COMPARE(m_window->securityIndicator()->shown(), SecurityIndicator::Shown::Encrypted);
    screenshot(QStringLiteral("tls-07-trusted-after-restart"));
}

void TestWindowTls::changedCertificateIsALoudWarning()
{
    // Trusted for good, then the server comes back on the same port with another certificate.
    QVERIFY(startTlsServer(m_server));
    const quint16 port = m_tls->port();
    quickConnect(QStringLiteral("ftpes://127.0.0.1"), port, m_tls->user(), m_tls->password());
    QPointer<CertificateDialog> first = waitForQuestion();
    QVERIFY(first);
    first->alwaysTrustBox()->setChecked(true);
    QTest::mouseClick(first->trustButton(), Qt::LeftButton);
    QVERIFY(waitForRemote(QStringLiteral("/")));
    m_window->disconnectFromServer();
    QTRY_VERIFY(!m_window->session()->isConnected());
    m_tls.reset();
    QVERIFY(startTlsServer(m_other, port));
    QCOMPARE(m_tls->port(), port);

    quickConnect(QStringLiteral("ftpes://127.0.0.1"), port, m_tls->user(), m_tls->password());
    QPointer<CertificateDialog> dialog = waitForQuestion();
    QVERIFY(dialog);
    screenshotDialog(QStringLiteral("tls-08-changed-certificate-warning"), dialog);
    // Not the same question again: the red state, with what changed.
    QCOMPARE(dialog->purpose(), CertificateDialog::Purpose::Changed);
    QVERIFY(dialog->windowTitle().contains(QLatin1String("changed")));
    QVERIFY(dialog->findChild<QWidget*>(QStringLiteral("certificateBanner"))
                ->styleSheet()
                .contains(QLatin1String("#c0392b")));
    const auto oneLine = [&](const QString& name) {
        return dialog->findChild<QLabel*>(name)->text().replace(QLatin1Char('\n'), QLatin1Char(':'));
    };
    QCOMPARE(oneLine(QStringLiteral("previousFingerprint")), formatFingerprint(m_server.sha256));
    QCOMPARE(oneLine(QStringLiteral("newFingerprint")), formatFingerprint(m_other.sha256));
    QVERIFY(dialog->cancelButton()->isDefault());
    screenshot(QStringLiteral("tls-09-window-with-warning"));

    // Enter does not trust it: the connection is refused and the old certificate stays trusted.
    QTest::keyClick(dialog->focusWidget() ? dialog->focusWidget() : dialog.data(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->remotePane()->messageBar()->text().contains(formatFingerprint(m_other.sha256)), WaitMs);
    QVERIFY(!m_window->session()->isConnected());
    CertificateTrustStore store;
    QVERIFY(store.load());
    QCOMPARE(store.check(QStringLiteral("127.0.0.1"), port, m_server.certificate),
             CertificateTrustStore::Verdict::Trusted);
}

void TestWindowTls::alwaysTrustThatCannotBeKeptIsSaid()
{
    // The trusted-certificates file cannot be written (a folder stands in its way).
    QVERIFY(QDir().mkpath(trustStorePath()));
    QVERIFY(startTlsServer(m_server));
    quickConnect(QStringLiteral("ftpes://127.0.0.1"), m_tls->port(), m_tls->user(), m_tls->password());
    QPointer<CertificateDialog> dialog = waitForQuestion();
    QVERIFY(dialog);
    dialog->alwaysTrustBox()->setChecked(true);
    QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);
    QVERIFY(waitForRemote(QStringLiteral("/")));
    // Connected (the user trusted it), and told that it will not be remembered.
    QCOMPARE(m_window->session()->security().trust, ConnectionSecurity::Trust::User);
    QTRY_VERIFY2(
        m_window->remotePane()->messageBar()->text().contains(QLatin1String("for this connection only")),
        qPrintable(m_window->remotePane()->messageBar()->text()));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("for this connection only")));
    screenshot(QStringLiteral("tls-15-always-trust-not-kept"));
    QVERIFY(QDir(trustStorePath()).removeRecursively());
}

void TestWindowTls::boardServerShowsOpenLock()
{
    Test::BoardServer board;
    FERRY_START_PEER(board, QHostAddress(QHostAddress::LocalHost));
    // TLS if available (a bare host): the board refuses AUTH TLS and is used in clear text.
    QVERIFY(connectWindow(board.host(), board.port(), board.user(), board.password()));
    SecurityIndicator* lock = m_window->securityIndicator();
    QTRY_COMPARE(lock->shown(), SecurityIndicator::Shown::NotEncrypted);
    QVERIFY(lock->isVisible());
    QCOMPARE(lock->text(), QStringLiteral("Not encrypted"));
    QVERIFY(lock->toolTip().contains(QLatin1String("not encrypted")));
    QCOMPARE(prompt()->questionCount(), 0);
    screenshot(QStringLiteral("tls-10-board-not-encrypted"));
    screenshotStatusBar(QStringLiteral("tls-11-lock-open"));
    QTest::mouseClick(lock, Qt::LeftButton);
    QTRY_VERIFY(visibleChild<QMessageBox>(m_window.get(), QStringLiteral("notEncryptedInfo")));
    visibleChild<QMessageBox>(m_window.get(), QStringLiteral("notEncryptedInfo"))->close();
    // Disconnected: no lock.
    m_window->disconnectFromServer();
    QTRY_COMPARE(lock->shown(), SecurityIndicator::Shown::Nothing);
}

void TestWindowTls::siteManagerEncryptionSavedAndRestored()
{
    m_window->openSiteManager(true);
    SiteManagerDialog* manager =
        visibleChild<SiteManagerDialog>(m_window.get(), QStringLiteral("siteManager"));
    QVERIFY(manager);
    auto* encryption = manager->findChild<QComboBox*>(QStringLiteral("siteEncryption"));
    auto* port = manager->findChild<QSpinBox*>(QStringLiteral("sitePort"));
    QVERIFY(encryption && port);
    // New sites: TLS if available, port 21.
    QCOMPARE(encryption->currentData().toInt(), int(TlsMode::Auto));
    QCOMPARE(port->value(), 21);
    QCOMPARE(encryption->count(), 4);
    manager->findChild<QLineEdit*>(QStringLiteral("siteName"))->setText(QStringLiteral("Secure files"));
    manager->findChild<QLineEdit*>(QStringLiteral("siteHost"))->setText(QStringLiteral("files.example"));
    // Implicit TLS brings its port; leaving it brings 21 back; a port typed by hand stays.
    encryption->setCurrentIndex(encryption->findData(int(TlsMode::Implicit)));
    QCOMPARE(port->value(), 990);
    encryption->setCurrentIndex(encryption->findData(int(TlsMode::Explicit)));
    QCOMPARE(port->value(), 21);
    port->setValue(2121);
    encryption->setCurrentIndex(encryption->findData(int(TlsMode::Implicit)));
    QCOMPARE(port->value(), 2121);
    encryption->setCurrentIndex(encryption->findData(int(TlsMode::Explicit)));
    screenshotDialog(QStringLiteral("tls-12-site-manager-encryption"), manager);
    QTest::mouseClick(manager->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);

    const QList<Site> sites = Site::loadAll();
    QCOMPARE(sites.size(), 1);
    QCOMPARE(sites.first().tlsMode, TlsMode::Explicit);
    QCOMPARE(sites.first().port, quint16(2121));
    QCOMPARE(sites.first().options().tls.mode, TlsMode::Explicit);

    // Shown again as saved.
    QTRY_VERIFY(!visibleChild<SiteManagerDialog>(m_window.get(), QStringLiteral("siteManager")));
    m_window->openSiteManager(false);
    manager = visibleChild<SiteManagerDialog>(m_window.get(), QStringLiteral("siteManager"));
    QVERIFY(manager);
    QCOMPARE(manager->findChild<QComboBox*>(QStringLiteral("siteEncryption"))->currentData().toInt(),
             int(TlsMode::Explicit));
    manager->reject();
}

void TestWindowTls::siteEncryptionUsedOnConnect()
{
    Test::BoardServer board;
    FERRY_START_PEER(board, QHostAddress(QHostAddress::LocalHost));
    // Require explicit TLS: the board cannot, so the site refuses to go on in clear text.
    Site site = siteFor(board, QStringLiteral("Lab board"), TlsMode::Explicit);
    m_window->connectToSite(site, TabChoice::Current);
    RemotePane* pane = m_window->remotePane();
    QTRY_VERIFY_WITH_TIMEOUT(pane->messageBar()->text().contains(QLatin1String("Could not connect")), WaitMs);
    QVERIFY2(pane->messageBar()->text().contains(QLatin1String("TLS")),
             qPrintable(pane->messageBar()->text()));
    QVERIFY(!m_window->session()->isConnected());
    screenshot(QStringLiteral("tls-13-site-requires-tls"));

    // Clear text only: not even asked (no AUTH), connected, open lock.
    site.tlsMode = TlsMode::Off;
    m_window->connectToSite(site, TabChoice::Current);
    QVERIFY(waitForRemote(QStringLiteral("/")));
    QTRY_COMPARE(m_window->securityIndicator()->shown(), SecurityIndicator::Shown::NotEncrypted);
    QCOMPARE(m_window->session()->tlsMode(), TlsMode::Off);

    // And against a TLS server the site's explicit TLS asks about the certificate and encrypts.
    QVERIFY(startTlsServer(m_server));
    const Site secure = siteFor(*m_tls, QStringLiteral("Secure files"), TlsMode::Explicit);
    m_window->connectToSite(secure, TabChoice::New);
    QPointer<CertificateDialog> dialog = waitForQuestion();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);
    QVERIFY(waitForRemote(QStringLiteral("/")));
    QTRY_COMPARE(m_window->securityIndicator()->shown(), SecurityIndicator::Shown::Encrypted);
    // Switching tabs switches the lock.
    m_window->tabWidget()->setCurrentIndex(0);
    QTRY_COMPARE(m_window->securityIndicator()->shown(), SecurityIndicator::Shown::NotEncrypted);
    m_window->tabWidget()->setCurrentIndex(1);
    QTRY_COMPARE(m_window->securityIndicator()->shown(), SecurityIndicator::Shown::Encrypted);
}

void TestWindowTls::implicitTlsSiteAgainstVsftpd()
{
    Test::VsftpdServer vsftpd;
    Test::VsftpdServer::TlsConfig tls;
    tls.mode = Test::VsftpdServer::Tls::Implicit;
    tls.certificatePath = m_server.certificatePath;
    tls.keyPath = m_server.keyPath;
    vsftpd.setTls(tls);
    FERRY_START_PEER(vsftpd, QHostAddress(QHostAddress::LocalHost));
    QVERIFY(vsftpd.addFile(QStringLiteral("implicit.txt"), "over implicit TLS\n"));

    const Site site = siteFor(vsftpd, QStringLiteral("vsftpd implicit"), TlsMode::Implicit);
    Site::saveAll({site}, {});
    // Connect from the site manager, as a user does.
    m_window->openSiteManager(false);
    SiteManagerDialog* manager =
        visibleChild<SiteManagerDialog>(m_window.get(), QStringLiteral("siteManager"));
    QVERIFY(manager);
    manager->selectSite(site.id);
    QCOMPARE(manager->findChild<QComboBox*>(QStringLiteral("siteEncryption"))->currentData().toInt(),
             int(TlsMode::Implicit));
    QTest::mouseClick(manager->findChild<QPushButton*>(QStringLiteral("siteConnectButton")), Qt::LeftButton);
    QPointer<CertificateDialog> dialog = waitForQuestion();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->trustButton(), Qt::LeftButton);
    QVERIFY(waitForRemote(QStringLiteral("/")));
    QTRY_VERIFY(remoteIndex(QStringLiteral("implicit.txt")).isValid());
    QCOMPARE(m_window->session()->tlsMode(), TlsMode::Implicit);
    QTRY_COMPARE(m_window->securityIndicator()->shown(), SecurityIndicator::Shown::Encrypted);
    QVERIFY(m_window->session()->security().dataEncrypted);
    screenshot(QStringLiteral("tls-14-vsftpd-implicit"));
    // vsftpd requires session reuse on data connections: a download through the queue proves it.
    QVERIFY(showLocal(m_local->path()));
    const QString target = m_local->filePath(QStringLiteral("implicit.txt"));
    Q_EMIT m_window->remotePane()->downloadRequested(
        {RemoteItem{QStringLiteral("/implicit.txt"), false, 18}});
    TransferEngine* queue = m_window->transferQueue();
    QTRY_COMPARE_WITH_TIMEOUT(queue->jobCount(), 1, WaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(queue->jobs().first().state, TransferJobState::Done, WaitMs);
    QCOMPARE(readFile(target), QByteArray("over implicit TLS\n"));
    QCOMPARE(prompt()->questionCount(), 1);
}

void TestWindowTls::questionAnsweredAcrossThreads()
{
    // A client in a worker thread (as the engine's are): the question reaches the window as a value and
    // the answer goes back to the client's thread.
    QVERIFY(startTlsServer(m_server));
    QThread worker;
    worker.start();
    auto* client = new FtpClient;
    FtpClientOptions options;
    options.tls.mode = TlsMode::Explicit;
    client->setOptions(options);
    client->moveToThread(&worker);
    QWidget parent;
    CertificatePrompt prompt(client, &parent);
    QSignalSpy asked(&prompt, &CertificatePrompt::asked);
    std::atomic<bool> finished{false};
    std::atomic<bool> succeeded{false};
    std::atomic<QThread*> clientThread{nullptr};
    const FtpLogin login{m_tls->host(), m_tls->port(), m_tls->user(), m_tls->password()};
    QMetaObject::invokeMethod(client, [&, client, login] {
        clientThread = QThread::currentThread();
        FtpOperation* logon = client->connectToHost(login);
        QObject::connect(logon, &FtpOperation::finished, client, [&, logon] {
            succeeded = logon->succeeded();
            finished = true;
        });
    });
    QTRY_VERIFY_WITH_TIMEOUT(prompt.dialog(), WaitMs);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(clientThread.load(), &worker);
    QCOMPARE(prompt.dialog()->thread(), QThread::currentThread());
    QCOMPARE(certificateFingerprint(asked.first().first().value<CertificateCheck>().certificate()),
             m_server.sha256);
    QTest::mouseClick(prompt.dialog()->trustButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(finished, WaitMs);
    QVERIFY(succeeded);
    QMetaObject::invokeMethod(
        client,
        [client] {
            client->abortConnection();
            client->deleteLater();
        },
        Qt::BlockingQueuedConnection);
    worker.quit();
    QVERIFY(worker.wait(10000));
}

QTEST_MAIN(TestWindowTls)
#include "tst_windowtls.moc"
