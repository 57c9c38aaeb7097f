// core/io/userfile: the files Ferry writes for the user are written whole or not at all, and a damaged
// one is set aside and reported, never silently replaced. SettingsWriter saves settings off the
// caller's thread, in order.
#include "io/settingswriter.h"
#include "io/userfile.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace Ferry;

class TestUserFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeAtomicallyReplacesWhole();
    void damagedIniIsSetAside();
    void goodIniIsKept();
    void settingsWriterSavesInOrderOffTheCallersThread();
    void settingsWriterSetsADamagedFileAside();
};

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestUserFile::writeAtomicallyReplacesWhole()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("deeper/sites.json"));
    QString error;
    QVERIFY2(UserFile::writeAtomically(path, "first", &error), qPrintable(error));
    QVERIFY2(UserFile::writeAtomically(path, "second", &error), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("second"));
    QCOMPARE(QDir(folder.filePath(QStringLiteral("deeper"))).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("sites.json")});
}

void TestUserFile::damagedIniIsSetAside()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("sites.ini"));
    // Cut off inside a section header, as a crash mid-write by another program would leave it.
    const QByteArray damaged("[site-1]\nhost=board.local\n[site-");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(damaged);
    file.close();
    UserFile::takeNotices();
    {
        const std::unique_ptr<QSettings> settings = UserFile::openIniSettings(path);
        QCOMPARE(settings->status(), QSettings::NoError);
        QVERIFY(settings->allKeys().isEmpty());
        settings->setValue(QStringLiteral("site-2/host"), QStringLiteral("other"));
    }
    const QStringList notices = UserFile::takeNotices();
    QCOMPARE(notices.size(), 1);
    const QStringList aside =
        QDir(folder.path()).entryList({QStringLiteral("sites.ini.damaged-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QVERIFY2(notices.first().contains(aside.first()), qPrintable(notices.first()));
    QCOMPARE(readAll(folder.filePath(aside.first())), damaged);
    QVERIFY(readAll(path).contains("other"));
    QVERIFY(UserFile::takeNotices().isEmpty());
}

void TestUserFile::goodIniIsKept()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("ferry.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("a/b"), 1);
    }
    const std::unique_ptr<QSettings> settings = UserFile::openIniSettings(path);
    QCOMPARE(settings->value(QStringLiteral("a/b")).toInt(), 1);
    QVERIFY(UserFile::takeNotices().isEmpty());
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files), QStringList{QStringLiteral("ferry.ini")});
}

void TestUserFile::settingsWriterSavesInOrderOffTheCallersThread()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("sub/ferry.ini")); // the folder is made
    SettingsWriter::setValue(path, QStringLiteral("quickConnect/recent"), QStringList{QStringLiteral("a")});
    SettingsWriter::setValue(path, QStringLiteral("quickConnect/recent"),
                             QStringList{QStringLiteral("b"), QStringLiteral("a")});
    SettingsWriter::flush();
    {
        // Another writer's key, saved in between, is kept by the next save.
        QSettings other(path, QSettings::IniFormat);
        other.setValue(QStringLiteral("preferences/theme"), 2);
    }
    SettingsWriter::setValue(path, QStringLiteral("window/x"), 7);
    SettingsWriter::flush();
    QVERIFY(SettingsWriter::lastWriterThreadForTesting() != nullptr);
    QVERIFY(SettingsWriter::lastWriterThreadForTesting() != QThread::currentThread());
    const QSettings saved(path, QSettings::IniFormat);
    QCOMPARE(saved.value(QStringLiteral("quickConnect/recent")).toStringList(),
             (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
    QCOMPARE(saved.value(QStringLiteral("preferences/theme")).toInt(), 2);
    QCOMPARE(saved.value(QStringLiteral("window/x")).toInt(), 7);
    QVERIFY(UserFile::takeNotices().isEmpty());
}

void TestUserFile::settingsWriterSetsADamagedFileAside()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("ferry.ini"));
    QFile damaged(path);
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("[site-1]\nhost=board.local\n[site-"); // cut off inside a section header
    damaged.close();
    UserFile::takeNotices();
    SettingsWriter::setValue(path, QStringLiteral("k"), 1);
    SettingsWriter::flush();
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 2); // the new file and the one set aside
    QCOMPARE(UserFile::takeNotices().size(), 1);
    QCOMPARE(QSettings(path, QSettings::IniFormat).value(QStringLiteral("k")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestUserFile)
#include "tst_userfile.moc"
