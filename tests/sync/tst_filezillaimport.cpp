// FileZilla's sitemanager.xml read from sample files (tests/sync/filezilla/): nested folders and an empty
// one, every FTP encryption mode, base64, plain and master-password passwords, anonymous and "ask"
// logons, transfer modes, serialized remote paths, sites of other protocols left out with a warning, and
// files that are broken or not FileZilla's.
#include "sync/filezillasites.h"

#include <QFile>
#include <QtTest>

using namespace Ferry;

namespace {

QByteArray sample(const QString& name)
{
    QFile file(QStringLiteral(FERRY_SYNC_SAMPLES "/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const ImportedSite* siteNamed(const FileZillaImport& import, const QString& name)
{
    for (const ImportedSite& site : import.sites) {
        if (site.name == name)
            return &site;
    }
    return nullptr;
}

} // namespace

class TestFileZillaImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void currentFormat()
    {
        const QByteArray xml = sample(QStringLiteral("sitemanager.xml"));
        QVERIFY(!xml.isEmpty());
        const FileZillaImport import = parseFileZillaSites(xml);
        QVERIFY2(import.ok(), qPrintable(import.error));
        QCOMPARE(import.sites.size(), 6);
        QCOMPARE(import.folders, (QStringList{QStringLiteral("Boards"), QStringLiteral("Boards/Lab"),
                                              QStringLiteral("Boards/Empty folder")}));
        QCOMPARE(import.warnings.size(), 1);
        QVERIFY2(import.warnings.first().contains(QStringLiteral("SFTP")),
                 qPrintable(import.warnings.first()));

        const ImportedSite* example = siteNamed(import, QStringLiteral("Example (explicit if available)"));
        QVERIFY(example);
        QCOMPARE(example->folder, QString());
        QCOMPARE(example->host, QStringLiteral("ftp.example.com"));
        QCOMPARE(example->port, quint16(21));
        QCOMPARE(example->encryption, FtpEncryption::ExplicitIfAvailable);
        QCOMPARE(example->user, QStringLiteral("alice"));
        QVERIFY(example->hasPassword);
        QCOMPARE(example->password, QStringLiteral("s3cr3t"));
        QCOMPARE(example->localFolder, QStringLiteral("/home/alice/site"));
        QCOMPARE(example->remoteFolder, QStringLiteral("/pub/site"));
        QCOMPARE(example->comments, QStringLiteral("top-level site"));
        QCOMPARE(example->dataMode, DataConnectionMode::Auto);

        const ImportedSite* board = siteNamed(import, QStringLiteral("NetX board (plain FTP)"));
        QVERIFY(board);
        QCOMPARE(board->folder, QStringLiteral("Boards"));
        QCOMPARE(board->encryption, FtpEncryption::None);
        QCOMPARE(board->password, QStringLiteral("netx"));
        QCOMPARE(board->dataMode, DataConnectionMode::Passive);
        QCOMPARE(board->maxConnections, 1);
        QCOMPARE(board->remoteFolder, QStringLiteral("/data/my firmware"));

        const ImportedSite* lab = siteNamed(import, QStringLiteral("Lab (explicit TLS)"));
        QVERIFY(lab);
        QCOMPARE(lab->folder, QStringLiteral("Boards/Lab"));
        QCOMPARE(lab->port, quint16(2121));
        QCOMPARE(lab->encryption, FtpEncryption::Explicit);
        QCOMPARE(lab->user, QStringLiteral("lab user"));
        QCOMPARE(lab->password, QString::fromUtf8("pässwörd é"));
        QCOMPARE(lab->dataMode, DataConnectionMode::Active);
        QCOMPARE(lab->remoteFolder, QString());

        const ImportedSite* implicit = siteNamed(import, QStringLiteral("Implicit TLS, master password"));
        QVERIFY(implicit);
        QCOMPARE(implicit->encryption, FtpEncryption::Implicit);
        QCOMPARE(implicit->port, quint16(990));
        QVERIFY(!implicit->hasPassword);
        QVERIFY2(implicit->passwordNote.contains(QStringLiteral("master password")),
                 qPrintable(implicit->passwordNote));

        const ImportedSite* anonymous = siteNamed(import, QStringLiteral("Anonymous mirror"));
        QVERIFY(anonymous);
        QCOMPARE(anonymous->user, QString());
        QVERIFY(!anonymous->hasPassword);
        QVERIFY(anonymous->passwordNote.isEmpty());

        const ImportedSite* ask = siteNamed(import, QStringLiteral("Asks for the password"));
        QVERIFY(ask);
        QCOMPARE(ask->user, QStringLiteral("carol"));
        QVERIFY(!ask->hasPassword);
        QVERIFY(!ask->passwordNote.isEmpty());
    }

    void oldPlainPasswords()
    {
        const FileZillaImport import =
            parseFileZillaSites(sample(QStringLiteral("filezilla-3.2x-plain.xml")));
        QVERIFY2(import.ok(), qPrintable(import.error));
        QCOMPARE(import.sites.size(), 1);
        const ImportedSite& site = import.sites.first();
        QCOMPARE(site.folder, QStringLiteral("Old sites"));
        QCOMPARE(site.password, QStringLiteral("plain & simple"));
        QVERIFY(site.hasPassword);
        QCOMPARE(site.remoteFolder, QStringLiteral("/var/www"));
        QCOMPARE(site.maxConnections, 0);
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("broken") << sample(QStringLiteral("broken.xml")) << QStringLiteral("XML");
        QTest::newRow("not FileZilla")
            << sample(QStringLiteral("not-filezilla.xml")) << QStringLiteral("opml");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("XML");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe<", 4) << QStringLiteral("XML");
        QTest::newRow("no Servers") << QByteArray("<FileZilla3><Settings/></FileZilla3>")
                                    << QStringLiteral("no sites");
    }

    void refusesWhatItCannotRead()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, errorPart);
        const FileZillaImport import = parseFileZillaSites(xml);
        QVERIFY(!import.ok());
        QVERIFY2(import.error.contains(errorPart), qPrintable(import.error));
        QVERIFY(import.sites.isEmpty());
    }

    void remotePaths_data()
    {
        QTest::addColumn<QString>("serialized");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unix") << QStringLiteral("1 0 3 pub 4 site") << QStringLiteral("/pub/site");
        QTest::newRow("root") << QStringLiteral("1 0") << QStringLiteral("/");
        QTest::newRow("spaces") << QStringLiteral("1 0 11 my firmware 1 x")
                                << QStringLiteral("/my firmware/x");
        QTest::newRow("plain") << QStringLiteral("/var/www") << QStringLiteral("/var/www");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("length past the end") << QStringLiteral("1 0 30 pub") << QString();
        QTest::newRow("garbage") << QStringLiteral("hello") << QString();
        QTest::newRow("huge number") << QStringLiteral("1 0 99999999999 x") << QString();
    }

    void remotePaths()
    {
        QFETCH(QString, serialized);
        QFETCH(QString, expected);
        QCOMPARE(fileZillaRemotePath(serialized), expected);
    }

    void encryptionKeys()
    {
        for (FtpEncryption e : {FtpEncryption::None, FtpEncryption::ExplicitIfAvailable,
                                FtpEncryption::Explicit, FtpEncryption::Implicit})
            QCOMPARE(ftpEncryptionFromKey(ftpEncryptionKey(e)), std::optional<FtpEncryption>(e));
        QVERIFY(!ftpEncryptionFromKey(QStringLiteral("tls")));
    }
};

QTEST_GUILESS_MAIN(TestFileZillaImport)
#include "tst_filezillaimport.moc"
