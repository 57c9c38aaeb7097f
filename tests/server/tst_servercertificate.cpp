// The FTPS server's certificate: the self-signed one it makes (ECDSA P-256, names, validity, usable by a
// verifying client), how it is kept (application data folder, key 0600, the same certificate on the next
// start, an unusable stored pair refused with the folder named), and certificates given as files.
#include "server/selfsignedcertificate.h"
#include "server/servercertificatestore.h"
#include "server/tlscredentials.h"

#include <QFile>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ferry;

class TestServerCertificate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generatedCertificate();
    void fingerprintFormat();
    void storeCreatesOnceAndKeepsIt();
    void storeRefusesAnUnusablePair();
    void certificateFiles();

private:
    static std::optional<SelfSignedCertificate::Pem>
    generate(const QString& host = QStringLiteral("board-lab"));
};

void TestServerCertificate::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

std::optional<SelfSignedCertificate::Pem> TestServerCertificate::generate(const QString& host)
{
    QString error;
    std::optional<SelfSignedCertificate::Pem> pem = SelfSignedCertificate::generate(
        host,
        {QHostAddress(QStringLiteral("192.0.2.7")), QHostAddress::LocalHost, QHostAddress::LocalHostIPv6,
         QHostAddress(QStringLiteral("fe80::1%1"))},
        SelfSignedCertificate::DefaultValidDays, &error);
    if (!pem)
        qWarning() << error;
    return pem;
}

void TestServerCertificate::generatedCertificate()
{
    const std::optional<SelfSignedCertificate::Pem> pem = generate();
    QVERIFY(pem);
    QVERIFY(pem->key.startsWith("-----BEGIN PRIVATE KEY-----")); // PKCS#8, no passphrase

    // Read back by Qt (another implementation than the one that wrote it).
    const QSslCertificate certificate(pem->certificate);
    QVERIFY(!certificate.isNull());
    QVERIFY(certificate.isSelfSigned());
    QCOMPARE(certificate.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("board-lab")});
    const QMultiMap<QSsl::AlternativeNameEntryType, QString> names = certificate.subjectAlternativeNames();
    QCOMPARE(names.values(QSsl::DnsEntry).size(), 2);
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("board-lab")));
    QVERIFY(names.values(QSsl::DnsEntry).contains(QStringLiteral("localhost")));
    const QStringList ips = names.values(QSsl::IpAddressEntry);
    QVERIFY2(ips.contains(QStringLiteral("192.0.2.7")) && ips.contains(QStringLiteral("127.0.0.1")) &&
                 ips.size() == 3, // ::1 too; the link-local address with a zone is left out
             qPrintable(ips.join(QLatin1Char(' '))));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(certificate.effectiveDate() <= now);
    QVERIFY(certificate.expiryDate() > now.addDays(3600));
    const QSslKey key(pem->key, QSsl::Ec);
    QVERIFY(!key.isNull());
    QCOMPARE(key.length(), 256);
    QCOMPARE(certificate.publicKey().algorithm(), QSsl::Ec);

    // Two certificates are never the same (random serial and key).
    const std::optional<SelfSignedCertificate::Pem> other = generate();
    QVERIFY(other);
    QVERIFY(QSslCertificate(other->certificate).serialNumber() != certificate.serialNumber());

    QString error;
    const std::shared_ptr<const TlsCredentials> credentials =
        TlsCredentials::fromPem(pem->certificate, pem->key, &error);
    QVERIFY2(credentials, qPrintable(error));
    QVERIFY(credentials->isSelfSigned());
    QVERIFY(credentials->subject().contains(QLatin1String("CN=board-lab")));
    QVERIFY(credentials->subjectAlternativeNames().contains(QStringLiteral("IP:::1")));
    QCOMPARE(credentials->validUntil(), certificate.expiryDate());
}

void TestServerCertificate::fingerprintFormat()
{
    const std::optional<SelfSignedCertificate::Pem> pem = generate();
    QVERIFY(pem);
    QString error;
    const std::shared_ptr<const TlsCredentials> credentials =
        TlsCredentials::fromPem(pem->certificate, pem->key, &error);
    QVERIFY(credentials);
    const QString fingerprint = credentials->sha256Fingerprint();
    // Colon-separated upper-case hex of the SHA-256 of the DER certificate, as FileZilla shows it.
    QVERIFY2(
        QRegularExpression(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$")).match(fingerprint).hasMatch(),
        qPrintable(fingerprint));
    const QByteArray digest = QSslCertificate(pem->certificate).digest(QCryptographicHash::Sha256);
    QCOMPARE(fingerprint, QString::fromLatin1(digest.toHex(':').toUpper()));
    QCOMPARE(TlsCredentials::formatFingerprint(QByteArray("\x0a\xff", 2)), QStringLiteral("0A:FF"));
}

void TestServerCertificate::storeCreatesOnceAndKeepsIt()
{
    // The default folder is in the application data folder (test mode here: never the user's).
    QVERIFY(ServerCertificateStore::defaultFolder().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ServerCertificateStore store(dir.filePath(QStringLiteral("app/server-certificate")));
    QString error;
    const std::shared_ptr<const TlsCredentials> first = store.loadOrCreate(&error);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(store.createdNew());
    QVERIFY(QFile::exists(store.certificatePath()));
    QCOMPARE(QFile::permissions(store.keyPath()) & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(QFile::permissions(store.keyPath()) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup |
                                                    QFile::WriteOther | QFile::ExeOwner),
             QFileDevice::Permissions());
    QCOMPARE(QFile::permissions(store.folder()) & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
             QFileDevice::Permissions());
    // Nothing else in the folder (no temporary file left by the atomic writes).
    QDir folder(store.folder());
    QCOMPARE(folder.entryList(QDir::Files | QDir::NoDotAndDotDot),
             QStringList({QStringLiteral("certificate.pem"), QStringLiteral("key.pem")}));

    // The next start serves the same certificate (clients pin it).
    ServerCertificateStore again(store.folder());
    const std::shared_ptr<const TlsCredentials> second = again.loadOrCreate(&error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(!again.createdNew());
    QCOMPARE(second->sha256Fingerprint(), first->sha256Fingerprint());
    QCOMPARE(second->certificatePem(), first->certificatePem());
}

void TestServerCertificate::storeRefusesAnUnusablePair()
{
    QTemporaryDir dir;
    ServerCertificateStore store(dir.path());
    QString error;
    QVERIFY(store.loadOrCreate(&error));
    // Someone replaced the key: the server does not silently change its identity.
    const std::optional<SelfSignedCertificate::Pem> other = generate();
    QFile key(store.keyPath());
    QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
    key.write(other->key);
    key.close();
    ServerCertificateStore again(dir.path());
    QVERIFY(!again.loadOrCreate(&error));
    QVERIFY2(error.contains(QLatin1String("does not belong")) && error.contains(dir.path()),
             qPrintable(error));
}

void TestServerCertificate::certificateFiles()
{
    QTemporaryDir dir;
    const std::optional<SelfSignedCertificate::Pem> pem = generate();
    const std::optional<SelfSignedCertificate::Pem> other = generate();
    const auto write = [&dir](const QString& name, const QByteArray& bytes) {
        QFile file(dir.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(bytes);
        return file.fileName();
    };
    const QString cert = write(QStringLiteral("cert.pem"), pem->certificate);
    const QString key = write(QStringLiteral("key.pem"), pem->key);
    QString error;
    QVERIFY2(TlsCredentials::fromFiles(cert, key, &error), qPrintable(error));
    // A chain: the certificate first, then what signed it.
    const QString chain = write(QStringLiteral("chain.pem"), pem->certificate + other->certificate);
    const std::shared_ptr<const TlsCredentials> withChain = TlsCredentials::fromFiles(chain, key, &error);
    QVERIFY2(withChain, qPrintable(error));
    QCOMPARE(withChain->certificatePem(), pem->certificate + other->certificate);

    struct Case
    {
        QString certificate;
        QString key;
        QString expected;
    };
    const QString wrongKey = write(QStringLiteral("other.key"), other->key);
    const QString encrypted =
        write(QStringLiteral("encrypted.key"), QSslKey(pem->key, QSsl::Ec).toPem("passphrase"));
    const QString garbage = write(QStringLiteral("garbage.pem"), "not a certificate");
    const QList<Case> cases = {
        {cert, wrongKey, QStringLiteral("does not belong")},
        {cert, encrypted, QStringLiteral("passphrase")},
        {garbage, key, QStringLiteral("No PEM certificate")},
        {cert, garbage, QStringLiteral("No PEM private key")},
        {dir.filePath(QStringLiteral("missing.pem")), key, QStringLiteral("missing.pem")},
    };
    for (const Case& c : cases) {
        QVERIFY(!TlsCredentials::fromFiles(c.certificate, c.key, &error));
        QVERIFY2(error.contains(c.expected), qPrintable(error));
    }
}

QTEST_GUILESS_MAIN(TestServerCertificate)
#include "tst_servercertificate.moc"
