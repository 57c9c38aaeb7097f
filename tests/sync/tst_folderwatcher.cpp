// FolderWatcher with real file changes made by the test: writes, appends, saves by rename, deletes,
// folders coming and going, a burst of 200 files, a file still being written, ignore patterns. Waits
// on the watcher's signal, never sleeps.
#include "sync/folderwatcher.h"
#include "sync/writerprobe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace Ferry;
using Change = FolderWatcher::Change;
using Kind = FolderWatcher::ChangeKind;

namespace {

QString kindKey(Kind kind)
{
    switch (kind) {
    case Kind::FileChanged:
        return QStringLiteral("changed");
    case Kind::FileRemoved:
        return QStringLiteral("removed");
    case Kind::FolderAdded:
        return QStringLiteral("folder+");
    case Kind::FolderRemoved:
        return QStringLiteral("folder-");
    }
    return QString();
}

bool writeFile(const QString& path, const QByteArray& data, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(mode) && file.write(data) == data.size();
}

} // namespace

class TestFolderWatcher final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir* m_dir = nullptr;
    FolderWatcher* m_watcher = nullptr;
    QStringList m_seen; // "changed a.txt" lines, in order
    QHash<QString, int> m_changeCount;

    QString path(const QString& relative) const { return m_dir->filePath(relative); }

    void startWatcher(const FolderWatcher::Options& options = fastOptions())
    {
        QString error;
        QVERIFY2(m_watcher->start(m_dir->path(), options, &error), qPrintable(error));
    }

    static FolderWatcher::Options fastOptions()
    {
        FolderWatcher::Options options;
        options.debounceMs = 100;
        options.settleMs = 200;
        options.maxBatchMs = 1000;
        options.ignore = QStringList{QStringLiteral("*.o"), QStringLiteral(".git/"), QStringLiteral("*~")};
        return options;
    }

    // Waits (on the watcher's signal) until every line in `expected` has been seen.
    bool waitFor(const QStringList& expected, int timeoutMs = 15000)
    {
        QSignalSpy spy(m_watcher, &FolderWatcher::changed);
        QElapsedTimer clock;
        clock.start();
        const auto missing = [&] {
            QStringList result;
            for (const QString& line : expected) {
                if (!m_seen.contains(line))
                    result << line;
            }
            return result;
        };
        while (!missing().isEmpty()) {
            const qint64 left = timeoutMs - clock.elapsed();
            if (left <= 0 || !spy.wait(int(left))) {
                qWarning().noquote() << "missing:" << missing() << "seen:" << m_seen;
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        m_watcher = new FolderWatcher;
        m_seen.clear();
        m_changeCount.clear();
        connect(m_watcher, &FolderWatcher::changed, this, [this](const QList<Change>& changes) {
            for (const Change& change : changes) {
                m_seen << kindKey(change.kind) + QLatin1Char(' ') + change.path;
                ++m_changeCount[kindKey(change.kind) + QLatin1Char(' ') + change.path];
            }
        });
    }

    void cleanup()
    {
        delete m_watcher;
        m_watcher = nullptr;
        delete m_dir;
        m_dir = nullptr;
    }

    void startsQuietOnExistingTree()
    {
        QVERIFY(writeFile(path(QStringLiteral("a.txt")), "a"));
        QVERIFY(writeFile(path(QStringLiteral("sub/b.txt")), "b"));
        startWatcher();
        QCOMPARE(m_watcher->watchedFolderCount(), 2);
        QVERIFY(writeFile(path(QStringLiteral("c.txt")), "c"));
        QVERIFY(waitFor({QStringLiteral("changed c.txt")}));
        QCOMPARE(m_seen, QStringList{QStringLiteral("changed c.txt")});
    }

    void writeAppendRenameDelete()
    {
        QVERIFY(writeFile(path(QStringLiteral("keep.txt")), "1"));
        QVERIFY(writeFile(path(QStringLiteral("sub/gone.txt")), "x"));
        startWatcher();

        QVERIFY(writeFile(path(QStringLiteral("new.txt")), "new"));
        QVERIFY(waitFor({QStringLiteral("changed new.txt")}));

        QVERIFY(writeFile(path(QStringLiteral("keep.txt")), "+more", QIODevice::Append));
        QVERIFY(waitFor({QStringLiteral("changed keep.txt")}));

        // An editor's save: a temporary file, renamed over the original.
        m_seen.clear();
        QVERIFY(writeFile(path(QStringLiteral(".keep.txt.swp")), "saved by rename"));
        QVERIFY(QFile::remove(path(QStringLiteral("keep.txt"))) || true);
        QVERIFY(::rename(QFile::encodeName(path(QStringLiteral(".keep.txt.swp"))).constData(),
                         QFile::encodeName(path(QStringLiteral("keep.txt"))).constData()) == 0);
        QVERIFY(waitFor({QStringLiteral("changed keep.txt")}));
        QVERIFY2(!m_seen.join(QLatin1Char(' ')).contains(QStringLiteral(".swp")),
                 qPrintable(m_seen.join(QLatin1Char(','))));

        // A second save by rename is seen too (the watch follows the new file).
        m_seen.clear();
        QVERIFY(writeFile(path(QStringLiteral("keep.txt.tmp")), "saved again"));
        QVERIFY(::rename(QFile::encodeName(path(QStringLiteral("keep.txt.tmp"))).constData(),
                         QFile::encodeName(path(QStringLiteral("keep.txt"))).constData()) == 0);
        QVERIFY(waitFor({QStringLiteral("changed keep.txt")}));
        QVERIFY(writeFile(path(QStringLiteral("keep.txt")), "!", QIODevice::Append));
        m_seen.clear();
        QVERIFY(waitFor({QStringLiteral("changed keep.txt")}));

        QVERIFY(QFile::remove(path(QStringLiteral("new.txt"))));
        QVERIFY(waitFor({QStringLiteral("removed new.txt")}));

        QVERIFY(QDir(path(QStringLiteral("sub"))).removeRecursively());
        QVERIFY(waitFor({QStringLiteral("removed sub/gone.txt"), QStringLiteral("folder- sub")}));
        QVERIFY(m_seen.indexOf(QStringLiteral("removed sub/gone.txt")) <
                m_seen.indexOf(QStringLiteral("folder- sub")));
    }

    void foldersAppearWithContents()
    {
        startWatcher();
        QVERIFY(QDir().mkpath(path(QStringLiteral("a/b/c"))));
        QVERIFY(writeFile(path(QStringLiteral("a/b/c/deep.txt")), "deep"));
        QVERIFY(waitFor({QStringLiteral("folder+ a"), QStringLiteral("folder+ a/b"),
                         QStringLiteral("folder+ a/b/c"), QStringLiteral("changed a/b/c/deep.txt")}));
        QVERIFY(m_seen.indexOf(QStringLiteral("folder+ a/b")) <
                m_seen.indexOf(QStringLiteral("changed a/b/c/deep.txt")));
        // A file written later into the new folder is seen (the new folder is watched).
        QVERIFY(writeFile(path(QStringLiteral("a/b/later.txt")), "later"));
        QVERIFY(waitFor({QStringLiteral("changed a/b/later.txt")}));
    }

    void ignorePatterns()
    {
        startWatcher();
        QVERIFY(writeFile(path(QStringLiteral("main.o")), "obj"));
        QVERIFY(writeFile(path(QStringLiteral(".git/HEAD")), "ref"));
        QVERIFY(writeFile(path(QStringLiteral("notes.txt~")), "backup"));
        QVERIFY(writeFile(path(QStringLiteral(".x.ferry-part")), "partial"));
        QVERIFY(writeFile(path(QStringLiteral("main.c")), "int main;"));
        QVERIFY(waitFor({QStringLiteral("changed main.c")}));
        QCOMPARE(m_seen, QStringList{QStringLiteral("changed main.c")});
        QVERIFY(m_watcher->isIgnored(QStringLiteral(".git/objects/ab"), false));
        QVERIFY(!m_watcher->isIgnored(QStringLiteral("src/git.c"), false));
    }

    void burstOf200Files()
    {
        startWatcher();
        QStringList expected;
        for (int i = 0; i < 200; ++i) {
            const QString name = QStringLiteral("burst/f%1.bin").arg(i, 3, 10, QLatin1Char('0'));
            QVERIFY(writeFile(path(name), QByteArray(100 + i, char(97 + i % 26))));
            // Written twice within the burst: still one report.
            QVERIFY(writeFile(path(name), QByteArray(1, 0x21), QIODevice::Append));
            expected << QStringLiteral("changed ") + name;
        }
        QVERIFY(waitFor(expected, 30000));
        for (const QString& line : std::as_const(expected))
            QVERIFY2(m_changeCount.value(line) == 1, qPrintable(line));
    }

    void fileStillBeingWritten()
    {
        startWatcher();
        QFile growing(path(QStringLiteral("growing.bin")));
        QVERIFY(growing.open(QIODevice::WriteOnly));
        QVERIFY(growing.write(QByteArray(4096, 'g')) == 4096);
        growing.flush();
#ifdef Q_OS_LINUX
        QVERIFY(isFileOpenForWriting(growing.fileName()));
#endif
        // Grows every 50 ms for 1.5 s (longer than settleMs), then is closed.
        int steps = 0;
        QTimer writer;
        QSignalSpy closed(&writer, &QTimer::destroyed);
        connect(&writer, &QTimer::timeout, this, [&] {
            growing.write(QByteArray(4096, char('a' + steps % 26)));
            growing.flush();
            if (++steps == 30) {
                writer.stop();
                growing.close();
            }
        });
        writer.start(50);
        QVERIFY(waitFor({QStringLiteral("changed growing.bin")}, 20000));
        QVERIFY2(!growing.isOpen(), "reported while still open for writing");
        QCOMPARE(m_changeCount.value(QStringLiteral("changed growing.bin")), 1);
        QCOMPARE(QFileInfo(growing.fileName()).size(), qint64(31 * 4096));
    }

    void rootRemovedStops()
    {
        startWatcher();
        QSignalSpy failed(m_watcher, &FolderWatcher::failed);
        QVERIFY(QDir(m_dir->path()).removeRecursively());
        QVERIFY(failed.wait(10000));
        QVERIFY(!m_watcher->isRunning());
    }
};

QTEST_GUILESS_MAIN(TestFolderWatcher)
#include "tst_folderwatcher.moc"
