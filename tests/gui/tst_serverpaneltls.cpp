// The server panel's encryption section (FTPS) driven as a user drives it: the policy chosen before the
// start (optional by default, remembered), and while running the certificate's SHA-256 fingerprint with its
// copy button and the ftpes:// URLs, each with a copy button. A TLS client connecting to the panel's server
// is shown the very certificate whose fingerprint the panel shows; with the policy off, AUTH TLS is not
// offered. Screenshots in $FERRY_BINARY_DIR/screenshots/serverpanel-tls-*.png.
#include "guitestbase.h"
#include "mainwindow.h"
#include "server/servercertificatestore.h"
#include "server/tlscredentials.h"
#include "serverpanel.h"
#include "servertlssection.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QToolButton>
#include <QtTest>

using namespace Ferry;

namespace {

constexpr int WaitMs = Test::GuiWaitMs;

// Reads one reply line from a control connection ("220 ..."), through the event loop.
QByteArray readReply(QSslSocket& socket)
{
    if (!QTest::qWaitFor([&socket] { return socket.canReadLine(); }, WaitMs))
        return {};
    return socket.readLine().trimmed();
}

} // namespace

class TestServerPanelTls final : public Test::GuiTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fingerprintAndUrlsWhileRunning();
    void policyIsRememberedAndOffMeansClear();

private:
    ServerPanel* startedPanel(ServerOptions::TlsPolicy policy);

    std::unique_ptr<QTemporaryDir> m_shared;
};

void TestServerPanelTls::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Ferry"));
    QCoreApplication::setApplicationName(QStringLiteral("ferry-gui-serverpanel-tls-test"));
    QStandardPaths::setTestModeEnabled(true);
}

void TestServerPanelTls::init()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
    QDir(ServerCertificateStore::defaultFolder()).removeRecursively();
    m_shared = std::make_unique<QTemporaryDir>();
    QVERIFY(Test::writeFile(m_shared->filePath(QStringLiteral("hello.txt")), "Hello\n"));
    QVERIFY(openWindow(QSize(1280, 800)));
}

void TestServerPanelTls::cleanup()
{
    closeWindow();
    m_shared.reset();
}

ServerPanel* TestServerPanelTls::startedPanel(ServerOptions::TlsPolicy policy)
{
    auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("serverDock"));
    auto* action = m_window->findChild<QAction*>(QStringLiteral("actionServerPanel"));
    if (!dock || !action)
        return nullptr;
    if (!dock->isVisible())
        action->trigger();
    if (!QTest::qWaitFor([dock] { return dock->isVisible(); }))
        return nullptr;
    ServerPanel* panel = m_window->serverPanel();
    panel->setFolder(m_shared->path());
    panel->anyPortCheck()->setChecked(true);
    panel->anonymousCheck()->setChecked(true);
    QComboBox* combo = panel->tlsSection()->policyCombo();
    combo->setCurrentIndex(combo->findData(int(policy)));
    QTest::mouseClick(panel->startButton(), Qt::LeftButton);
    return panel->isRunning() ? panel : nullptr;
}

void TestServerPanelTls::fingerprintAndUrlsWhileRunning()
{
    // Stopped: the policy is chosen with the other settings; optional is the default.
    auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("serverDock"));
    m_window->findChild<QAction*>(QStringLiteral("actionServerPanel"))->trigger();
    QVERIFY(QTest::qWaitFor([dock] { return dock->isVisible(); }));
    ServerTlsSection* tls = m_window->serverPanel()->tlsSection();
    QVERIFY(tls->policyCombo()->isVisible());
    QCOMPARE(tls->policy(), ServerOptions::TlsPolicy::Optional);
    QVERIFY(!tls->fingerprintLabel()->isVisible());
    m_window->serverPanel()->setFolder(m_shared->path());
    screenshot(QStringLiteral("serverpanel-tls-01-stopped"), dock);

    ServerPanel* panel = startedPanel(ServerOptions::TlsPolicy::Optional);
    QVERIFY(panel);
    // The certificate was made on first use, in the application data folder, key for the user only.
    ServerCertificateStore store;
    QVERIFY(QFile::exists(store.certificatePath()));
    QCOMPARE(QFile::permissions(store.keyPath()) & (QFile::ReadGroup | QFile::ReadOther),
             QFileDevice::Permissions());
    QString error;
    const std::shared_ptr<const TlsCredentials> stored =
        TlsCredentials::fromFiles(store.certificatePath(), store.keyPath(), &error);
    QVERIFY2(stored, qPrintable(error));

    // The fingerprint: shown (two lines of 16 bytes), copied whole.
    QVERIFY(!tls->policyCombo()->isVisible());
    QVERIFY(tls->fingerprintLabel()->isVisible());
    const QString fingerprint = stored->sha256Fingerprint();
    QCOMPARE(tls->fingerprint(), fingerprint);
    QCOMPARE(tls->fingerprintLabel()->text().remove(QLatin1Char('\n')),
             fingerprint.left(47) + fingerprint.mid(48));
    QVERIFY(tls->fingerprintLabel()->text().contains(QLatin1Char('\n')));
    tls->copyFingerprintButton()->click();
    QCOMPARE(QApplication::clipboard()->text(), fingerprint);
    QVERIFY(tls->summaryLabel()->text().contains(QLatin1String("Optional")));

    // The ftpes:// URLs, one per address of the plain ones, each with a copy button.
    const QList<QUrl> urls = tls->shownUrls();
    QCOMPARE(urls.size(), panel->shownUrls().size());
    for (const QUrl& url : urls) {
        QCOMPARE(url.scheme(), QStringLiteral("ftpes"));
        QCOMPARE(url.port(), int(panel->port()));
    }
    const QList<QLineEdit*> shown = panel->findChildren<QLineEdit*>(QStringLiteral("serverTlsUrl"));
    QCOMPARE(shown.size(), urls.size());
    QCOMPARE(shown.last()->text(), urls.last().toString());
    const QList<QToolButton*> copies = panel->findChildren<QToolButton*>(QStringLiteral("serverCopyTlsUrl"));
    QCOMPARE(copies.size(), urls.size());
    copies.last()->click();
    QCOMPARE(QApplication::clipboard()->text(), urls.last().toString());
    screenshot(QStringLiteral("serverpanel-tls-02-running"), dock);

    // A TLS client sees the certificate whose fingerprint the panel shows.
    QSslSocket client;
    client.connectToHost(QHostAddress::LocalHost, panel->port());
    QVERIFY(readReply(client).startsWith("220"));
    client.write("AUTH TLS\r\n");
    QVERIFY(readReply(client).startsWith("234"));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({QSslCertificate(stored->certificatePem())});
    client.setSslConfiguration(configuration);
    client.setPeerVerifyName(QStringLiteral("localhost"));
    client.startClientEncryption();
    QVERIFY2(QTest::qWaitFor([&client] { return client.isEncrypted(); }, WaitMs),
             qPrintable(client.errorString()));
    QCOMPARE(
        QString::fromLatin1(client.peerCertificate().digest(QCryptographicHash::Sha256).toHex(':').toUpper()),
        fingerprint);
    client.write("USER anonymous\r\n");
    QVERIFY(readReply(client).startsWith("331"));
    client.abort();

    // The next start shows the same certificate (clients that trusted it go on trusting).
    panel->stop();
    QVERIFY(tls->policyCombo()->isVisible());
    QVERIFY(!tls->fingerprintLabel()->isVisible());
    QVERIFY(panel->findChildren<QLineEdit*>(QStringLiteral("serverTlsUrl")).isEmpty() ||
            QTest::qWaitFor([panel] {
                return panel->findChildren<QLineEdit*>(QStringLiteral("serverTlsUrl")).isEmpty();
            }));
    panel = startedPanel(ServerOptions::TlsPolicy::Required);
    QVERIFY(panel);
    QCOMPARE(tls->fingerprint(), fingerprint);
    QVERIFY(tls->summaryLabel()->text().contains(QLatin1String("Required")));
    screenshot(QStringLiteral("serverpanel-tls-03-required"), dock);
    panel->stop();
}

void TestServerPanelTls::policyIsRememberedAndOffMeansClear()
{
    ServerPanel* panel = startedPanel(ServerOptions::TlsPolicy::Off);
    QVERIFY(panel);
    ServerTlsSection* tls = panel->tlsSection();
    QVERIFY(tls->fingerprint().isEmpty());
    QVERIFY(!tls->fingerprintLabel()->isVisible());
    QVERIFY(tls->shownUrls().isEmpty());
    QVERIFY(tls->summaryLabel()->text().contains(QLatin1String("clear text")));
    // Without TLS the server does not offer AUTH (502, as a board answers).
    QSslSocket client;
    client.connectToHost(QHostAddress::LocalHost, panel->port());
    QVERIFY(readReply(client).startsWith("220"));
    client.write("AUTH TLS\r\n");
    QVERIFY(readReply(client).startsWith("502"));
    client.abort();
    panel->stop();

    // The choice is in the settings: a fresh panel (a new window) reads it back.
    closeWindow();
    QVERIFY(openWindow(QSize(1280, 800)));
    QCOMPARE(m_window->serverPanel()->tlsSection()->policy(), ServerOptions::TlsPolicy::Off);
}

QTEST_MAIN(TestServerPanelTls)
#include "tst_serverpaneltls.moc"
