// Certificate facts and the trust store (core/net): SHA-256 fingerprints parsed in the forms people paste
// (table) and formatted as FileZilla shows them; CertificateTrustStore keeps the exact certificate per host
// and port, tells a changed one from an unknown one, writes atomically, survives a reload, and sets a
// damaged file aside instead of silently replacing it.
#include "net/certificates.h"
#include "net/certificatetruststore.h"
#include "testcertificates.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Ferry;
using Ferry::Test::TestCertificates;

class TestCertificateTrust final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parseFingerprint_data();
    void parseFingerprint();
    void formatFingerprint();
    void storeKeepsExactCertificatePerServer();
    void storeSurvivesReloadAndForgets();
    void damagedStoreIsSetAside();

private:
    QTemporaryDir m_dir;
    TestCertificates::Files m_first;
    TestCertificates::Files m_second;
};

void TestCertificateTrust::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    const auto first = TestCertificates::selfSigned(m_dir.path(), QStringLiteral("first"),
                                                    QStringLiteral("board.local"), &error);
    QVERIFY2(first, qPrintable(error));
    m_first = *first;
    const auto second = TestCertificates::selfSigned(m_dir.path(), QStringLiteral("second"),
                                                     QStringLiteral("board.local"), &error);
    QVERIFY2(second, qPrintable(error));
    m_second = *second;
}

void TestCertificateTrust::parseFingerprint_data()
{
    const QByteArray bytes =
        QByteArray::fromHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    const QString colons = QStringLiteral(
        "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected"); // empty: refused
    QTest::newRow("upper case with colons") << colons << bytes;
    QTest::newRow("lower case, no colons") << colons.toLower().remove(QLatin1Char(':')) << bytes;
    QTest::newRow("spaces instead of colons")
        << QString(colons).replace(QLatin1Char(':'), QLatin1Char(' ')) << bytes;
    QTest::newRow("SHA256: prefix (openssl, ssh)") << QStringLiteral("SHA256:") + colons << bytes;
    QTest::newRow("sha256= prefix") << QStringLiteral("sha256=") + colons.toLower() << bytes;
    QTest::newRow("surrounding blanks") << QStringLiteral("  ") + colons + QStringLiteral("\n") << bytes;
    QTest::newRow("63 digits") << colons.left(colons.size() - 1) << QByteArray();
    QTest::newRow("65 digits") << colons + QStringLiteral("0") << QByteArray();
    QTest::newRow("SHA-1 length") << QStringLiteral("00112233445566778899aabbccddeeff00112233")
                                  << QByteArray();
    QTest::newRow("not hex") << QString(64, QLatin1Char('z')) << QByteArray();
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("base64 of ssh-keygen")
        << QStringLiteral("SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s") << QByteArray();
}

void TestCertificateTrust::parseFingerprint()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    const std::optional<QByteArray> parsed = Ferry::parseFingerprint(text);
    if (expected.isEmpty()) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(*parsed, expected);
}

void TestCertificateTrust::formatFingerprint()
{
    const QString text = Ferry::formatFingerprint(m_first.sha256);
    QCOMPARE(text.size(), 32 * 3 - 1);
    QCOMPARE(text, text.toUpper());
    QCOMPARE(Ferry::parseFingerprint(text), std::optional<QByteArray>(m_first.sha256));
    QCOMPARE(certificateFingerprint(m_first.certificate), m_first.sha256);
    QVERIFY(isSelfSigned(m_first.certificate));
    QCOMPARE(certificateName(m_first.certificate), QStringLiteral("board.local"));
}

void TestCertificateTrust::storeKeepsExactCertificatePerServer()
{
    const QString path = m_dir.filePath(QStringLiteral("store1/trusted.json"));
    CertificateTrustStore store(path);
    QVERIFY(store.load()); // no file: empty
    QCOMPARE(store.check(QStringLiteral("board.local"), 21, m_first.certificate),
             CertificateTrustStore::Verdict::Unknown);
    QVERIFY2(store.trust(QStringLiteral("Board.Local"), 21, m_first.certificate),
             qPrintable(store.errorString()));
    QVERIFY(QFile::exists(path));
    QCOMPARE(store.check(QStringLiteral("board.local"), 21, m_first.certificate),
             CertificateTrustStore::Verdict::Trusted);
    // Per port, and the exact certificate.
    QCOMPARE(store.check(QStringLiteral("board.local"), 990, m_first.certificate),
             CertificateTrustStore::Verdict::Unknown);
    QSslCertificate kept;
    QCOMPARE(store.check(QStringLiteral("board.local"), 21, m_second.certificate, &kept),
             CertificateTrustStore::Verdict::Changed);
    QCOMPARE(kept, m_first.certificate);
    // IPv6 literals with or without brackets are the same server.
    QVERIFY(store.trust(QStringLiteral("[::1]"), 2121, m_second.certificate));
    QCOMPARE(store.check(QStringLiteral("::1"), 2121, m_second.certificate),
             CertificateTrustStore::Verdict::Trusted);
    // Trusting again replaces what was kept for that server.
    QVERIFY(store.trust(QStringLiteral("board.local"), 21, m_second.certificate));
    QCOMPARE(store.entries().size(), 2);
    QCOMPARE(store.check(QStringLiteral("board.local"), 21, m_second.certificate),
             CertificateTrustStore::Verdict::Trusted);
}

void TestCertificateTrust::storeSurvivesReloadAndForgets()
{
    const QString path = m_dir.filePath(QStringLiteral("store2.json"));
    {
        CertificateTrustStore store(path);
        QVERIFY(store.trust(QStringLiteral("a.example"), 21, m_first.certificate));
        QVERIFY(store.trust(QStringLiteral("b.example"), 21, m_second.certificate));
    }
    CertificateTrustStore reloaded(path);
    QVERIFY(reloaded.load());
    QCOMPARE(reloaded.entries().size(), 2);
    QCOMPARE(reloaded.check(QStringLiteral("b.example"), 21, m_second.certificate),
             CertificateTrustStore::Verdict::Trusted);
    QVERIFY(reloaded.entries().first().trustedSince.isValid());
    QVERIFY(reloaded.forget(QStringLiteral("a.example"), 21));
    CertificateTrustStore again(path);
    QVERIFY(again.load());
    QCOMPARE(again.entries().size(), 1);
    QCOMPARE(again.check(QStringLiteral("a.example"), 21, m_first.certificate),
             CertificateTrustStore::Verdict::Unknown);
    // No temporary file left beside it (QSaveFile).
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("store2.json*")}, QDir::Files),
             QStringList{QStringLiteral("store2.json")});
}

void TestCertificateTrust::damagedStoreIsSetAside()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged/trusted.json"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"version\": 1, \"certificates\": [ {\"host\": \"x\", \"port\": 21, \"pem\": \"trunc");
    file.close();
    CertificateTrustStore store(path);
    QVERIFY(!store.load());
    QVERIFY2(store.errorString().contains(QLatin1String("damaged")), qPrintable(store.errorString()));
    QVERIFY(store.entries().isEmpty());
    QVERIFY(!QFile::exists(path));
    const QStringList aside = QDir(QFileInfo(path).absolutePath())
                                  .entryList({QStringLiteral("trusted.json.damaged-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    // Trusting afterwards starts a new file and says what happened to the old one.
    QVERIFY(store.trust(QStringLiteral("x"), 21, m_first.certificate));
    QVERIFY(QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestCertificateTrust)
#include "tst_certificates.moc"
