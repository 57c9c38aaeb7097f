// core/io/userfile: the files Ferry writes for the user are written whole or not at all, and a damaged
// one is set aside and reported, never silently replaced.
#include "io/userfile.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry;

class TestUserFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeAtomicallyReplacesWhole();
    void damagedIniIsSetAside();
    void goodIniIsKept();
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

QTEST_GUILESS_MAIN(TestUserFile)
#include "tst_userfile.moc"
