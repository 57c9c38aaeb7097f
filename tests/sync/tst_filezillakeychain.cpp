// FileZilla import into the system keychain: the site manager imports tests/sync/filezilla/sitemanager.xml
// and saves; the base64 passwords are then in a private gnome-keyring (tests/keychain/run-with-keyring.sh
// starts it around this test) under each new site's key, and nowhere in sites.ini. Skips with the reason
// where there is no such keyring (no QtKeychain in the build, tools missing), as tst_passwordstore does.
#include "passwordstore.h"
#include "site.h"
#include "sitemanagerdialog.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace Ferry;

namespace {

constexpr int WaitMs = 20000;

QString whyNoPrivateKeyring()
{
    if (!PasswordStore::isCompiledIn())
        return QStringLiteral("Ferry was built without QtKeychain: no keychain to import passwords into");
    if (!qEnvironmentVariableIsEmpty("FERRY_KEYCHAIN_SKIP"))
        return QStringLiteral("no private keyring: ") + qEnvironmentVariable("FERRY_KEYCHAIN_SKIP");
    if (qEnvironmentVariable("FERRY_KEYCHAIN_PRIVATE") != QLatin1String("1"))
        return QStringLiteral("not started by tests/keychain/run-with-keyring.sh (run it through ctest)");
    return QString();
}

} // namespace

class TestFileZillaKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Ferry"));
        QCoreApplication::setApplicationName(QStringLiteral("ferry-filezilla-keychain-test"));
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).removeRecursively();
    }

    void cleanupTestCase() { PasswordStore::setAllowedInTestMode(false); }

    void passwordsGoToTheKeychain()
    {
        if (const QString reason = whyNoPrivateKeyring(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        PasswordStore::setAllowedInTestMode(true);
        QVERIFY(PasswordStore::isAvailable());
        PasswordStore store;
        SiteManagerDialog dialog(&store);
        QCOMPARE(dialog.importFileZilla(QStringLiteral(FERRY_SYNC_SAMPLES "/sitemanager.xml")), 6);
        QSignalSpy stored(&dialog, &SiteManagerDialog::passwordsStored);
        QVERIFY(dialog.save());
        QVERIFY(stored.count() || stored.wait(WaitMs));
        QVERIFY2(stored.first().at(0).toBool(), qPrintable(stored.first().at(1).toString()));

        const QMap<QString, QString> expected{
            {QStringLiteral("Example (explicit if available)"), QStringLiteral("s3cr3t")},
            {QStringLiteral("NetX board (plain FTP)"), QStringLiteral("netx")},
            {QStringLiteral("Lab (explicit TLS)"), QString::fromUtf8("pässwörd é")},
        };
        const QList<Site> sites = Site::loadAll();
        QCOMPARE(sites.size(), 6);
        for (const Site& site : sites) {
            QVERIFY2(site.password.isEmpty(), qPrintable(site.name)); // nothing in plain text
            QCOMPARE(site.rememberPassword, expected.contains(site.name));
            if (!expected.contains(site.name))
                continue;
            bool done = false;
            bool ok = false;
            QString password;
            QString error;
            store.read(Site::keychainKey(site.id),
                       [&](bool success, const QString& value, const QString& message) {
                           done = true;
                           ok = success;
                           password = value;
                           error = message;
                       });
            QVERIFY(QTest::qWaitFor([&] { return done; }, WaitMs));
            QVERIFY2(ok, qPrintable(error));
            QCOMPARE(password, expected.value(site.name));
            store.remove(Site::keychainKey(site.id));
        }
        // The settings file holds no password either.
        QFile ini(QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
                      .filePath(QStringLiteral("sites.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray text = ini.readAll();
        QVERIFY(!text.contains("s3cr3t") && !text.contains("netx\n"));
        QVERIFY(text.contains("encryption=explicit"));
    }
};

QTEST_MAIN(TestFileZillaKeychain)
#include "tst_filezillakeychain.moc"
