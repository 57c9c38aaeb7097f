#include "server/localfilesystem.h"
#include "server/memoryfilesystem.h"
#include "server/uploadcommit.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QIODevice>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ferry;

// The same behaviour is required of every FileSystem: the tests marked "both" run against the memory
// file system and a jail on a temporary folder.
class TestServerFileSystems final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void both_data();
    void directories_data() { both_data(); }
    void directories();
    void writeModes_data() { both_data(); }
    void writeModes();
    void rename_data() { both_data(); }
    void rename();
    void errors_data() { both_data(); }
    void errors();
    void inBackground_data() { both_data(); }
    void inBackground();
    void uploadCommit_data() { both_data(); }
    void uploadCommit();

    void memoryCapacity();
    void memoryOpenFileSurvivesRemoval();

    void localInvalidRoot();
    void localRootMapping();
    void localSymlinkFolderOutside();
    void localSymlinkFileOutside();
    void localDanglingSymlink();
    void localSymlinkInside();
    void localRemoveSymlinkKeepsTarget();
    void localHiddenAndUnicodeNames();

private:
    std::shared_ptr<FileSystem> make(const QString& kind);
    QByteArray readAll(FileSystem& fs, const QString& path, qint64 offset = 0);
    bool write(FileSystem& fs, const QString& path, const QByteArray& data,
               FileSystem::WriteMode mode = FileSystem::WriteMode::Truncate, qint64 offset = 0);

    std::unique_ptr<QTemporaryDir> m_dir;
};

std::shared_ptr<FileSystem> TestServerFileSystems::make(const QString& kind)
{
    if (kind == QLatin1String("memory"))
        return std::make_shared<MemoryFileSystem>();
    m_dir = std::make_unique<QTemporaryDir>();
    if (!QDir(m_dir->path()).mkdir(QStringLiteral("root")))
        return nullptr;
    return std::make_shared<LocalFileSystem>(m_dir->path() + QStringLiteral("/root"));
}

QByteArray TestServerFileSystems::readAll(FileSystem& fs, const QString& path, qint64 offset)
{
    FsError error;
    std::unique_ptr<QIODevice> device = fs.openRead(path, offset, &error);
    if (!device)
        return QByteArray("<error: ") + error.message.toUtf8() + '>';
    return device->readAll();
}

bool TestServerFileSystems::write(FileSystem& fs, const QString& path, const QByteArray& data,
                                  FileSystem::WriteMode mode, qint64 offset)
{
    FsError error;
    std::unique_ptr<QIODevice> device = fs.openWrite(path, mode, offset, &error);
    if (!device)
        return false;
    const bool ok = device->write(data) == data.size();
    device->close();
    return ok;
}

void TestServerFileSystems::both_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("memory") << QStringLiteral("memory");
    QTest::newRow("local") << QStringLiteral("local");
}

void TestServerFileSystems::directories()
{
    QFETCH(QString, kind);
    std::shared_ptr<FileSystem> fs = make(kind);
    QVERIFY(fs);
    FsError error;
    QVERIFY(fs->stat(QStringLiteral("/"), &error)->isDir());
    QVERIFY(fs->list(QStringLiteral("/"), &error)->isEmpty());
    QVERIFY(fs->makeDirectory(QStringLiteral("/a"), &error));
    QVERIFY(fs->makeDirectory(QStringLiteral("/a/b"), &error));
    QVERIFY(!fs->makeDirectory(QStringLiteral("/a"), &error));
    QCOMPARE(error.code, FsError::Code::AlreadyExists);
    QVERIFY(write(*fs, QStringLiteral("/a/f.txt"), "hello"));

    const std::optional<QList<FileInfo>> list = fs->list(QStringLiteral("/a"), &error);
    QVERIFY(list);
    QStringList names;
    for (const FileInfo& info : *list)
        names.append(info.name);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("b"), QStringLiteral("f.txt")}));

    const std::optional<FileInfo> file = fs->stat(QStringLiteral("/a/f.txt"), &error);
    QVERIFY(file);
    QVERIFY(file->isFile());
    QCOMPARE(file->size, 5);
    QCOMPARE(file->name, QStringLiteral("f.txt"));
    QVERIFY(file->modified.isValid());
    QVERIFY(qAbs(file->modified.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(fs->modificationTime(QStringLiteral("/a/f.txt"), &error).isValid());

    QVERIFY(!fs->removeDirectory(QStringLiteral("/a"), &error));
    QCOMPARE(error.code, FsError::Code::NotEmpty);
    QVERIFY(!fs->removeDirectory(QStringLiteral("/a/f.txt"), &error));
    QCOMPARE(error.code, FsError::Code::NotADirectory);
    QVERIFY(!fs->removeFile(QStringLiteral("/a/b"), &error));
    QCOMPARE(error.code, FsError::Code::IsADirectory);
    QVERIFY(fs->removeFile(QStringLiteral("/a/f.txt"), &error));
    QVERIFY(fs->removeDirectory(QStringLiteral("/a/b"), &error));
    QVERIFY(fs->removeDirectory(QStringLiteral("/a"), &error));
    QVERIFY(!fs->stat(QStringLiteral("/a"), &error));
    QCOMPARE(error.code, FsError::Code::NotFound);
}

void TestServerFileSystems::writeModes()
{
    QFETCH(QString, kind);
    std::shared_ptr<FileSystem> fs = make(kind);
    QVERIFY(fs);
    const QString path = QStringLiteral("/f.bin");
    QVERIFY(write(*fs, path, "0123456789"));
    QCOMPARE(readAll(*fs, path), QByteArray("0123456789"));
    QCOMPARE(readAll(*fs, path, 4), QByteArray("456789"));
    QCOMPARE(readAll(*fs, path, 10), QByteArray());
    FsError error;
    QVERIFY(!fs->openRead(path, 11, &error));

    QVERIFY(write(*fs, path, "abc", FileSystem::WriteMode::Append));
    QCOMPARE(readAll(*fs, path), QByteArray("0123456789abc"));
    // REST + STOR: kept up to the offset, the rest replaced.
    QVERIFY(write(*fs, path, "XY", FileSystem::WriteMode::AtOffset, 5));
    QCOMPARE(readAll(*fs, path), QByteArray("01234XY"));
    QVERIFY(!fs->openWrite(path, FileSystem::WriteMode::AtOffset, 100, &error));
    QVERIFY(write(*fs, path, "new", FileSystem::WriteMode::Truncate));
    QCOMPARE(readAll(*fs, path), QByteArray("new"));
    // Append creates a missing file.
    QVERIFY(write(*fs, QStringLiteral("/g"), "x", FileSystem::WriteMode::Append));
    QCOMPARE(readAll(*fs, QStringLiteral("/g")), QByteArray("x"));
    // Streaming in chunks.
    {
        std::unique_ptr<QIODevice> out =
            fs->openWrite(QStringLiteral("/big"), FileSystem::WriteMode::Truncate, 0, &error);
        QVERIFY(out);
        for (int i = 0; i < 64; ++i)
            QCOMPARE(out->write(QByteArray(16 * 1024, char('a' + i % 26))), 16 * 1024);
        out->close();
    }
    QCOMPARE(fs->stat(QStringLiteral("/big"), &error)->size, 64 * 16 * 1024);
}

void TestServerFileSystems::rename()
{
    QFETCH(QString, kind);
    std::shared_ptr<FileSystem> fs = make(kind);
    QVERIFY(fs);
    FsError error;
    QVERIFY(write(*fs, QStringLiteral("/a"), "A"));
    QVERIFY(write(*fs, QStringLiteral("/b"), "B"));
    QVERIFY(fs->makeDirectory(QStringLiteral("/d"), &error));
    QVERIFY(fs->makeDirectory(QStringLiteral("/d/sub"), &error));

    QVERIFY(!fs->rename(QStringLiteral("/a"), QStringLiteral("/b"), false, &error));
    QCOMPARE(error.code, FsError::Code::AlreadyExists);
    QVERIFY(fs->rename(QStringLiteral("/a"), QStringLiteral("/b"), true, &error));
    QCOMPARE(readAll(*fs, QStringLiteral("/b")), QByteArray("A"));
    QVERIFY(!fs->stat(QStringLiteral("/a"), nullptr));

    QVERIFY(!fs->rename(QStringLiteral("/b"), QStringLiteral("/d"), true, &error)); // never over a folder
    QCOMPARE(error.code, FsError::Code::AlreadyExists);
    QVERIFY(!fs->rename(QStringLiteral("/d"), QStringLiteral("/d/sub/x"), true, &error)); // into itself
    QVERIFY(fs->rename(QStringLiteral("/b"), QStringLiteral("/d/sub/moved"), false, &error));
    QCOMPARE(readAll(*fs, QStringLiteral("/d/sub/moved")), QByteArray("A"));
    QVERIFY(fs->rename(QStringLiteral("/d"), QStringLiteral("/e"), false, &error));
    QCOMPARE(readAll(*fs, QStringLiteral("/e/sub/moved")), QByteArray("A"));
    QVERIFY(!fs->rename(QStringLiteral("/nope"), QStringLiteral("/x"), true, &error));
    QCOMPARE(error.code, FsError::Code::NotFound);
}

namespace {

// The outcome of a background operation, waited for in the event loop as the session does.
FsOutcome outcomeOf(QFuture<FsOutcome> future)
{
    QFutureWatcher<FsOutcome> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (finished.isEmpty() && !finished.wait(10000))
        return FsOutcome{false, FsError{FsError::Code::Io, QStringLiteral("timed out")}};
    return watcher.result();
}

} // namespace

void TestServerFileSystems::inBackground()
{
    QFETCH(QString, kind);
    std::shared_ptr<FileSystem> fs = make(kind);
    QVERIFY(fs);
    QVERIFY(write(*fs, QStringLiteral("/a"), "A"));
    QVERIFY(write(*fs, QStringLiteral("/b"), "B"));
    FsOutcome outcome = outcomeOf(fs->renameInBackground(QStringLiteral("/a"), QStringLiteral("/b"), false));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.code, FsError::Code::AlreadyExists);
    QVERIFY(outcomeOf(fs->renameInBackground(QStringLiteral("/a"), QStringLiteral("/b"), true)).ok);
    QCOMPARE(readAll(*fs, QStringLiteral("/b")), QByteArray("A"));
    QVERIFY(!fs->stat(QStringLiteral("/a"), nullptr));
    QVERIFY(outcomeOf(fs->removeFileInBackground(QStringLiteral("/b"))).ok);
    QVERIFY(!fs->stat(QStringLiteral("/b"), nullptr));
    outcome = outcomeOf(fs->removeFileInBackground(QStringLiteral("/b")));
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.error.code, FsError::Code::NotFound);
    QVERIFY(outcome.error.message.contains(QStringLiteral("/b")));
}

void TestServerFileSystems::uploadCommit()
{
    QFETCH(QString, kind);
    std::shared_ptr<FileSystem> fs = make(kind);
    QVERIFY(fs);
    QVERIFY(write(*fs, QStringLiteral("/old.txt"), "old"));
    const auto names = [&fs] {
        QStringList list;
        for (const FileInfo& info : fs->list(QStringLiteral("/"), nullptr).value_or(QList<FileInfo>()))
            list.append(info.name);
        list.sort();
        return list;
    };

    // STOR over a file: the bytes appear under the final name only at the commit.
    {
        UploadCommit commit(fs, QStringLiteral("/old.txt"), UploadCommit::Existing::Replace);
        FsError error;
        std::unique_ptr<QIODevice> device = commit.open(&error);
        QVERIFY(device);
        QVERIFY(commit.isPending());
        QCOMPARE(device->write("new"), 3);
        device.reset();
        QCOMPARE(readAll(*fs, QStringLiteral("/old.txt")), QByteArray("old"));
        QCOMPARE(names().size(), 2);
        QVERIFY(outcomeOf(commit.commit()).ok);
        QVERIFY(!commit.isPending());
        QCOMPARE(readAll(*fs, QStringLiteral("/old.txt")), QByteArray("new"));
        QCOMPARE(names(), QStringList{QStringLiteral("old.txt")});
    }
    // STOU whose name was taken meanwhile: the commit fails and the temporary file is gone.
    {
        UploadCommit commit(fs, QStringLiteral("/taken.txt"), UploadCommit::Existing::Keep);
        FsError error;
        std::unique_ptr<QIODevice> device = commit.open(&error);
        QVERIFY(device);
        device.reset();
        QVERIFY(write(*fs, QStringLiteral("/taken.txt"), "someone else's"));
        const FsOutcome outcome = outcomeOf(commit.commit());
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error.code, FsError::Code::AlreadyExists);
        QCOMPARE(readAll(*fs, QStringLiteral("/taken.txt")), QByteArray("someone else's"));
        QCOMPARE(names(), (QStringList{QStringLiteral("old.txt"), QStringLiteral("taken.txt")}));
    }
    // An aborted upload: discarded, in the background; one that is dropped is discarded too.
    {
        UploadCommit commit(fs, QStringLiteral("/aborted.txt"), UploadCommit::Existing::Replace);
        FsError error;
        QVERIFY(commit.open(&error));
        QVERIFY(outcomeOf(commit.discard()).ok);
        QVERIFY(!commit.isPending());
    }
    {
        auto dropped = std::make_unique<UploadCommit>(fs, QStringLiteral("/dropped.txt"),
                                                      UploadCommit::Existing::Replace);
        FsError error;
        QVERIFY(dropped->open(&error));
        dropped.reset();
    }
    QTRY_COMPARE(names(), (QStringList{QStringLiteral("old.txt"), QStringLiteral("taken.txt")}));
}

void TestServerFileSystems::errors()
{
    QFETCH(QString, kind);
    std::shared_ptr<FileSystem> fs = make(kind);
    QVERIFY(fs);
    FsError error;
    QVERIFY(!fs->openRead(QStringLiteral("/missing"), 0, &error));
    QCOMPARE(error.code, FsError::Code::NotFound);
    QVERIFY(error.message.contains(QStringLiteral("/missing")));
    QVERIFY(!fs->openWrite(QStringLiteral("/no/such/folder/f"), FileSystem::WriteMode::Truncate, 0, &error));
    QCOMPARE(error.code, FsError::Code::NotFound);
    QVERIFY(fs->makeDirectory(QStringLiteral("/dir"), &error));
    QVERIFY(!fs->openRead(QStringLiteral("/dir"), 0, &error));
    QCOMPARE(error.code, FsError::Code::IsADirectory);
    QVERIFY(!fs->openWrite(QStringLiteral("/dir"), FileSystem::WriteMode::Truncate, 0, &error));
    QCOMPARE(error.code, FsError::Code::IsADirectory);
    QVERIFY(!fs->list(QStringLiteral("/missing"), &error));
    QCOMPARE(error.code, FsError::Code::NotFound);
    QVERIFY(write(*fs, QStringLiteral("/file"), "x"));
    QVERIFY(!fs->list(QStringLiteral("/file"), &error));
    QCOMPARE(error.code, FsError::Code::NotADirectory);
    QVERIFY(!fs->makeDirectory(QStringLiteral("/file/sub"), &error));
    QVERIFY(!fs->removeDirectory(QStringLiteral("/"), &error));
    // Messages never name the local folder.
    if (auto* local = dynamic_cast<LocalFileSystem*>(fs.get()))
        QVERIFY(!error.message.contains(local->rootPath()));
}

void TestServerFileSystems::memoryCapacity()
{
    MemoryFileSystem fs;
    fs.setCapacity(100);
    QVERIFY(fs.addFile(QStringLiteral("/a"), QByteArray(60, 'a')));
    FsError error;
    std::unique_ptr<QIODevice> out =
        fs.openWrite(QStringLiteral("/b"), FileSystem::WriteMode::Truncate, 0, &error);
    QVERIFY(out);
    QCOMPARE(out->write(QByteArray(30, 'b')), 30);
    QCOMPARE(out->write(QByteArray(30, 'b')), -1); // disk full
    QCOMPARE(FileSystem::writeErrorCode(*out), FsError::Code::NoSpace);
    QCOMPARE(fs.usedBytes(), 90);
    QVERIFY(fs.removeFile(QStringLiteral("/a"), &error));
    QCOMPARE(fs.usedBytes(), 30);
    QCOMPARE(out->write(QByteArray(30, 'b')), 30);
}

void TestServerFileSystems::memoryOpenFileSurvivesRemoval()
{
    MemoryFileSystem fs;
    QVERIFY(fs.addFile(QStringLiteral("/a"), "data"));
    FsError error;
    std::unique_ptr<QIODevice> in = fs.openRead(QStringLiteral("/a"), 0, &error);
    QVERIFY(fs.removeFile(QStringLiteral("/a"), &error));
    QCOMPARE(in->readAll(), QByteArray("data"));
}

void TestServerFileSystems::localInvalidRoot()
{
    LocalFileSystem missing(QStringLiteral("/definitely/not/here"));
    QVERIFY(!missing.isValid());
    QVERIFY(!missing.errorString().isEmpty());
    FsError error;
    QVERIFY(!missing.stat(QStringLiteral("/"), &error));
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("f")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(!LocalFileSystem(file.fileName()).isValid());
}

void TestServerFileSystems::localRootMapping()
{
    QTemporaryDir dir;
    LocalFileSystem fs(dir.path() + QStringLiteral("/")); // a trailing slash is fine
    QVERIFY(fs.isValid());
    const QString root = QFileInfo(dir.path()).canonicalFilePath();
    QCOMPARE(fs.rootPath(), root);
    FsError error;
    QCOMPARE(fs.localPath(QStringLiteral("/"), LocalFileSystem::Resolve::FollowLink, &error),
             std::optional<QString>(root));
    QCOMPARE(fs.localPath(QStringLiteral("/../../.."), LocalFileSystem::Resolve::FollowLink, &error),
             std::optional<QString>(root));
    QCOMPARE(fs.localPath(QStringLiteral("/a\\..\\..\\b"), LocalFileSystem::Resolve::FollowLink, &error),
             std::optional<QString>(root + QStringLiteral("/b")));
    QVERIFY(!fs.localPath(QStringLiteral("/a\nb"), LocalFileSystem::Resolve::FollowLink, &error));
    QCOMPARE(error.code, FsError::Code::InvalidName);
}

void TestServerFileSystems::localSymlinkFolderOutside()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("root")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("secret")));
    QFile secret(dir.filePath(QStringLiteral("secret/passwd")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("top secret");
    secret.close();
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("secret")), dir.filePath(QStringLiteral("root/escape"))));

    LocalFileSystem fs(dir.filePath(QStringLiteral("root")));
    FsError error;
    QVERIFY(!fs.stat(QStringLiteral("/escape"), &error));
    QCOMPARE(error.code, FsError::Code::OutsideRoot);
    QVERIFY(!fs.list(QStringLiteral("/escape"), &error));
    QCOMPARE(error.code, FsError::Code::OutsideRoot);
    QVERIFY(!fs.openRead(QStringLiteral("/escape/passwd"), 0, &error));
    QCOMPARE(error.code, FsError::Code::OutsideRoot);
    QVERIFY(!fs.openWrite(QStringLiteral("/escape/new"), FileSystem::WriteMode::Truncate, 0, &error));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("secret/new"))));
    QVERIFY(!fs.makeDirectory(QStringLiteral("/escape/d"), &error));
    QVERIFY(!fs.removeFile(QStringLiteral("/escape/passwd"), &error));
    QVERIFY(QFile::exists(secret.fileName()));
    QVERIFY(!fs.rename(QStringLiteral("/escape/passwd"), QStringLiteral("/stolen"), true, &error));
    QVERIFY(QFile::exists(secret.fileName()));
    // The link is not even listed.
    QVERIFY(fs.list(QStringLiteral("/"), &error)->isEmpty());
}

void TestServerFileSystems::localSymlinkFileOutside()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("root")));
    QFile secret(dir.filePath(QStringLiteral("outside.txt")));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("outside");
    secret.close();
    QVERIFY(QFile::link(secret.fileName(), dir.filePath(QStringLiteral("root/link.txt"))));
    LocalFileSystem fs(dir.filePath(QStringLiteral("root")));
    FsError error;
    QVERIFY(!fs.openRead(QStringLiteral("/link.txt"), 0, &error));
    QCOMPARE(error.code, FsError::Code::OutsideRoot);
    QVERIFY(!fs.openWrite(QStringLiteral("/link.txt"), FileSystem::WriteMode::Truncate, 0, &error));
    QVERIFY(!fs.openWrite(QStringLiteral("/link.txt"), FileSystem::WriteMode::Append, 0, &error));
    QCOMPARE(secret.size(), 7);
    QVERIFY(!fs.stat(QStringLiteral("/link.txt"), &error));
}

void TestServerFileSystems::localDanglingSymlink()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("root")));
    const QString target = dir.filePath(QStringLiteral("created-through-link"));
    QVERIFY(QFile::link(target, dir.filePath(QStringLiteral("root/dangling"))));
    LocalFileSystem fs(dir.filePath(QStringLiteral("root")));
    FsError error;
    QVERIFY(!fs.openWrite(QStringLiteral("/dangling"), FileSystem::WriteMode::Truncate, 0, &error));
    QVERIFY(!QFile::exists(target));
    QVERIFY(!fs.stat(QStringLiteral("/dangling"), &error));
    QVERIFY(fs.list(QStringLiteral("/"), &error)->isEmpty());
    // The link itself can be removed.
    QVERIFY(fs.removeFile(QStringLiteral("/dangling"), &error));
}

void TestServerFileSystems::localSymlinkInside()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("root/real")));
    QFile file(dir.filePath(QStringLiteral("root/real/f")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("inside");
    file.close();
    QVERIFY(
        QFile::link(dir.filePath(QStringLiteral("root/real")), dir.filePath(QStringLiteral("root/alias"))));
    LocalFileSystem fs(dir.filePath(QStringLiteral("root")));
    FsError error;
    QVERIFY(fs.stat(QStringLiteral("/alias"), &error)->isDir());
    QCOMPARE(readAll(fs, QStringLiteral("/alias/f")), QByteArray("inside"));
    const std::optional<QList<FileInfo>> list = fs.list(QStringLiteral("/"), &error);
    QCOMPARE(list->size(), 2);
}

void TestServerFileSystems::localRemoveSymlinkKeepsTarget()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("root")));
    QFile file(dir.filePath(QStringLiteral("root/target")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    QVERIFY(QFile::link(file.fileName(), dir.filePath(QStringLiteral("root/link"))));
    LocalFileSystem fs(dir.filePath(QStringLiteral("root")));
    FsError error;
    QVERIFY(fs.removeFile(QStringLiteral("/link"), &error));
    QVERIFY(QFile::exists(file.fileName()));
    QVERIFY(!QFileInfo(dir.filePath(QStringLiteral("root/link"))).isSymLink());
}

void TestServerFileSystems::localHiddenAndUnicodeNames()
{
    QTemporaryDir dir;
    LocalFileSystem fs(dir.path());
    FsError error;
    QVERIFY(write(fs, QStringLiteral("/.hidden"), "h"));
    QVERIFY(write(fs, QString::fromUtf8("/\xe6\x97\xa5\xe6\x9c\xac \xc3\xa9.txt"), "u"));
    QVERIFY(write(fs, QStringLiteral("/100% a"), "p"));
    const std::optional<QList<FileInfo>> list = fs.list(QStringLiteral("/"), &error);
    QVERIFY(list);
    QStringList names;
    for (const FileInfo& info : *list)
        names.append(info.name);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral(".hidden"), QStringLiteral("100% a"),
                                 QString::fromUtf8("\xe6\x97\xa5\xe6\x9c\xac \xc3\xa9.txt")}));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("100% a"))));
}

QTEST_GUILESS_MAIN(TestServerFileSystems)
#include "tst_serverfilesystems.moc"
