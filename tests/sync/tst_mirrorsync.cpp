// `ferry mirror --compare`, `--dry-run` (one line per action with its reason) and `--watch` (mirror
// once, then a line per upload/delete until interrupted), running the real binary against pyftpdlib and
// the board server.
#include "syncpeers.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <ctime>

using namespace Ferry::Test;

namespace {

constexpr int RunTimeoutMs = 60000;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QProcessEnvironment ferryEnvironment(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FERRY_PASSWORD"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    // Learned time offsets live in the config folder: a private one.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home);
    return env;
}

Run runFerry(const QStringList& arguments, const QString& home)
{
    QProcess process;
    process.setProgram(QStringLiteral(FERRY_EXECUTABLE));
    process.setArguments(arguments);
    process.setProcessEnvironment(ferryEnvironment(home));
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    process.closeWriteChannel();
    Run run;
    if (!finished.wait(RunTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("(did not finish)");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString describe(const Run& run)
{
    return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3")
        .arg(run.exitCode)
        .arg(run.out, run.err);
}

bool setTime(const QString& path, const QDateTime& time)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.setFileTime(time, QFileDevice::FileModificationTime);
}

} // namespace

class TestMirrorSync final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    QString url(const TestFtpServer& server, const QString& path) const
    {
        return server.url(path).toString();
    }

    // Local and remote trees with one case each.
    bool prepare(TestFtpServer& server, const QString& local)
    {
        QDateTime base = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
        base.setTime(QTime(base.time().hour(), base.time().minute(), 30));
        bool ok = true;
        const auto both = [&](const QString& rel, const QByteArray& l, const QDateTime& lt,
                              const QByteArray& r, const QDateTime& rt) {
            ok &= writeSyncFile(local + QLatin1Char('/') + rel, l, lt);
            ok &= server.addFile(QStringLiteral("site/") + rel, r);
            ok &= setTime(server.rootPath() + QStringLiteral("/site/") + rel, rt);
        };
        both(QStringLiteral("equal.txt"), "same", base, "same", base);
        both(QStringLiteral("newer.txt"), "newer", base.addSecs(3600), "older", base);
        both(QStringLiteral("size.txt"), "12345", base, "1234567", base);
        ok &= writeSyncFile(local + QStringLiteral("/only here.txt"), "here", base);
        ok &= server.addFile(QStringLiteral("site/extra.txt"), "extra");
        ok &= server.fixPermissions();
        return ok;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void compareAndDryRun_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("pyftpdlib") << QStringLiteral("pyftpdlib");
        QTest::newRow("board") << QStringLiteral("board");
    }

    void compareAndDryRun()
    {
        QFETCH(QString, kind);
        auto server = makeSyncPeer(kind);
        FERRY_START_PEER(*server, QHostAddress(QHostAddress::LocalHost));
        QTemporaryDir local;
        QVERIFY(prepare(*server, local.path()));
        const QString remote = url(*server, QStringLiteral("/site/"));
        const QMap<QString, QString> before = syncTreeOf(server->rootPath());

        Run run = runFerry({QStringLiteral("mirror"), QStringLiteral("--compare"), local.path(), remote},
                           m_home.path());
        QVERIFY2(run.exitCode == 1, qPrintable(describe(run)));
        QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(run.out.contains(
                     QRegularExpression(QStringLiteral("^only-remote +extra.txt +\\(Only on the server\\)$"),
                                        QRegularExpression::MultilineOption)),
                 qPrintable(describe(run)));
        QVERIFY2(
            run.out.contains(QRegularExpression(QStringLiteral("^local-newer +newer.txt +\\(Newer on this "
                                                               "computer \\(here .*, server .*\\)\\)$"),
                                                QRegularExpression::MultilineOption)),
            qPrintable(describe(run)));
        QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("^only-local +only here.txt "),
                                                     QRegularExpression::MultilineOption)),
                 qPrintable(describe(run)));
        QVERIFY2(
            run.out.contains(QRegularExpression(QStringLiteral("^size-differs +size.txt +\\(Different size "
                                                               "\\(here 5 bytes, server 7 bytes\\)\\)$"),
                                                QRegularExpression::MultilineOption)),
            qPrintable(describe(run)));
        QVERIFY2(!run.out.contains(QStringLiteral("equal.txt")), qPrintable(describe(run)));
        // -v lists the equal ones too.
        run = runFerry({QStringLiteral("mirror"), QStringLiteral("--compare"), QStringLiteral("-v"),
                        local.path(), remote},
                       m_home.path());
        QVERIFY2(run.out.contains(QRegularExpression(QStringLiteral("^equal +equal.txt"),
                                                     QRegularExpression::MultilineOption)),
                 qPrintable(describe(run)));

        run = runFerry({QStringLiteral("mirror"), QStringLiteral("--dry-run"), QStringLiteral("--delete"),
                        local.path(), remote},
                       m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.sort();
        const QStringList expected{
            QStringLiteral("would delete extra.txt (only on the server (extras are deleted))"),
            QStringLiteral("would transfer only here.txt (only on this computer)"),
        };
        QCOMPARE(lines.filter(QStringLiteral("extra.txt")).value(0), expected.at(0));
        QCOMPARE(lines.filter(QStringLiteral("only here")).value(0), expected.at(1));
        QVERIFY2(lines.filter(QStringLiteral("would transfer newer.txt (Newer on this computer")).size() == 1,
                 qPrintable(describe(run)));
        QVERIFY2(lines.filter(QStringLiteral("would transfer size.txt (Different size")).size() == 1,
                 qPrintable(describe(run)));
        QCOMPARE(lines.size(), 4);
        QVERIFY2(run.err.contains(QStringLiteral("Dry run: 3 to transfer")), qPrintable(describe(run)));

        // The other way, newer only: the server's extra comes down, nothing else.
        QTemporaryDir down;
        run = runFerry({QStringLiteral("mirror"), QStringLiteral("--dry-run"), QStringLiteral("--newer-only"),
                        remote, local.path()},
                       m_home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QCOMPARE(run.out.trimmed(), QStringLiteral("would transfer extra.txt (only on the server)"));

        // Nothing changed anywhere.
        QCOMPARE(syncTreeDifference(before, syncTreeOf(server->rootPath())), QString());
    }

    void watchUploadsUntilInterrupted_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("pyftpdlib") << QStringLiteral("pyftpdlib");
        QTest::newRow("board") << QStringLiteral("board");
    }

    void watchUploadsUntilInterrupted()
    {
        QFETCH(QString, kind);
        auto server = makeSyncPeer(kind);
        FERRY_START_PEER(*server, QHostAddress(QHostAddress::LocalHost));
        QTemporaryDir local;
        QVERIFY(writeSyncFile(local.filePath(QStringLiteral("first.txt")), "mirrored first"));
        QVERIFY(writeSyncFile(local.filePath(QStringLiteral("gone.txt")), "deleted later"));
        const QString remoteRoot = server->rootPath() + QStringLiteral("/live");

        QProcess ferry;
        ferry.setProgram(QStringLiteral(FERRY_EXECUTABLE));
        ferry.setArguments({QStringLiteral("mirror"), QStringLiteral("--watch"), QStringLiteral("--delete"),
                            QStringLiteral("--exclude"), QStringLiteral("*.o"), local.path(),
                            url(*server, QStringLiteral("/live/"))});
        ferry.setProcessEnvironment(ferryEnvironment(m_home.path()));
        QString out;
        QString err;
        connect(&ferry, &QProcess::readyReadStandardOutput, this,
                [&] { out += QString::fromUtf8(ferry.readAllStandardOutput()); });
        connect(&ferry, &QProcess::readyReadStandardError, this,
                [&] { err += QString::fromUtf8(ferry.readAllStandardError()); });
        QSignalSpy output(&ferry, &QProcess::readyReadStandardOutput);
        QSignalSpy errors(&ferry, &QProcess::readyReadStandardError);
        ferry.start();
        const auto state = [&] {
            return QStringLiteral("--- stdout:\n%1\n--- stderr:\n%2").arg(out, err);
        };
        QVERIFY2(waitOnSignal(
                     errors, [&] { return err.contains(QStringLiteral("Watching")); }, RunTimeoutMs),
                 qPrintable(state()));
        QCOMPARE(syncTreeDifference(syncTreeOf(local.path()), syncTreeOf(remoteRoot)), QString());

        QVERIFY(writeSyncFile(local.filePath(QStringLiteral("sub/new.txt")), "new while watching"));
        QVERIFY(writeSyncFile(local.filePath(QStringLiteral("build.o")), "ignored"));
        QVERIFY(QFile::remove(local.filePath(QStringLiteral("gone.txt"))));
        QVERIFY2(waitOnSignal(
                     output,
                     [&] {
                         return out.contains(QStringLiteral("uploaded sub/new.txt (18 B)\n")) &&
                                out.contains(QStringLiteral("deleted gone.txt\n"));
                     },
                     RunTimeoutMs),
                 qPrintable(state()));
        QVERIFY2(out.contains(QStringLiteral("created sub/\n")), qPrintable(state()));
        QVERIFY2(!out.contains(QStringLiteral("build.o")), qPrintable(state()));
        QMap<QString, QString> expected = syncTreeOf(local.path());
        expected.remove(QStringLiteral("build.o"));
        QCOMPARE(syncTreeDifference(expected, syncTreeOf(remoteRoot)), QString());

        QSignalSpy finished(&ferry, &QProcess::finished);
        ferry.terminate(); // SIGTERM, handled as Ctrl-C
        QVERIFY(finished.wait(RunTimeoutMs));
        QCOMPARE(ferry.exitStatus(), QProcess::NormalExit);
        err += QString::fromUtf8(ferry.readAllStandardError());
        QVERIFY2(ferry.exitCode() == 0, qPrintable(state()));
        QVERIFY2(err.contains(QStringLiteral("Stopped watching: 1 uploaded, 1 deleted, 0 failed.")),
                 qPrintable(state()));
    }

    void watchNeedsLocalSource()
    {
        const Run run = runFerry({QStringLiteral("mirror"), QStringLiteral("--watch"),
                                  QStringLiteral("ftp://127.0.0.1:1/x/"), m_home.path()},
                                 m_home.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--watch")), qPrintable(describe(run)));
    }
};

QTEST_GUILESS_MAIN(TestMirrorSync)
#include "tst_mirrorsync.moc"
