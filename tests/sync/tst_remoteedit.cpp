// Editing remote files (RemoteEditor) against pyftpdlib and the board server, with a scripted "editor"
// (fake_editor.sh: adds a line and saves by rename) run on the temporary copy: upload on save (asked and
// automatic), a save not uploaded, and the conflict when the server's copy changed meanwhile (overwrite,
// or keep the server's).
#include "sync/remoteeditor.h"
#include "syncpeers.h"
#include "transfer/transferengine.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Ferry;
using namespace Ferry::Test;

namespace {

constexpr int WaitMs = 60000;

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs the scripted editor on path, as the window would run a chosen editor, and waits for it to exit.
bool runEditor(const QString& path, const QByteArray& line)
{
    QProcess editor;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FERRY_TEST_EDIT_LINE"), QString::fromUtf8(line));
    editor.setProcessEnvironment(env);
    editor.start(TestFtpServer::sourceDir() + QStringLiteral("/tests/sync/fake_editor.sh"), {path});
    return editor.waitForFinished(WaitMs) && editor.exitStatus() == QProcess::NormalExit &&
           editor.exitCode() == 0;
}

} // namespace

class TestRemoteEdit final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestFtpServer> m_server;
    std::unique_ptr<TransferEngine> m_queue;
    std::unique_ptr<RemoteEditor> m_editor;
    QTemporaryDir m_work;

    QString serverFile() const { return m_server->rootPath() + QStringLiteral("/etc/app.conf"); }

    void startServer(const QString& kind)
    {
        m_server = makeSyncPeer(kind);
        FERRY_START_PEER(*m_server, QHostAddress(QHostAddress::LocalHost));
        QVERIFY(m_server->addFile(QStringLiteral("etc/app.conf"), "speed=1\n"));
        m_queue = std::make_unique<TransferEngine>();
        m_queue->setSettings(fastTransferSettings());
        m_queue->setSite(syncSite(QStringLiteral("edit"), *m_server));
        m_editor = std::make_unique<RemoteEditor>(m_queue.get());
        m_editor->setWorkFolder(m_work.filePath(QStringLiteral("edits")));
    }

    // Opens the file and waits for its copy.
    quint64 openFile(QString* localPath)
    {
        QSignalSpy opened(m_editor.get(), &RemoteEditor::opened);
        QSignalSpy failed(m_editor.get(), &RemoteEditor::failed);
        QString error;
        const quint64 id = m_editor->open(QStringLiteral("edit"), QStringLiteral("/etc/app.conf"), &error);
        if (!id) {
            qWarning() << error;
            return 0;
        }
        if (!waitOnSignal(
                opened, [&] { return !opened.isEmpty() || !failed.isEmpty(); }, WaitMs) ||
            opened.isEmpty()) {
            qWarning() << "not opened:" << failed;
            return 0;
        }
        *localPath = opened.first().at(1).toString();
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_work.isValid());
    }

    void cleanup()
    {
        m_editor.reset();
        m_queue.reset();
        m_server.reset();
    }

    void editUploads_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("automatic");
        QTest::newRow("pyftpdlib, ask") << QStringLiteral("pyftpdlib") << false;
        QTest::newRow("pyftpdlib, automatic") << QStringLiteral("pyftpdlib") << true;
        QTest::newRow("board, ask") << QStringLiteral("board") << false;
        QTest::newRow("board, automatic") << QStringLiteral("board") << true;
        QTest::newRow("vsftpd, automatic") << QStringLiteral("vsftpd") << true;
    }

    void editUploads()
    {
        QFETCH(QString, kind);
        QFETCH(bool, automatic);
        startServer(kind);
        if (!m_server || !m_server->isRunning() || !m_editor)
            return;
        m_editor->setUploadPolicy(automatic ? RemoteEditor::UploadPolicy::Automatic
                                            : RemoteEditor::UploadPolicy::Ask);
        QString local;
        const quint64 id = openFile(&local);
        QVERIFY(id);
        QCOMPARE(readFile(local), QByteArray("speed=1\n"));
        QVERIFY(local.startsWith(m_work.filePath(QStringLiteral("edits"))));
        QCOMPARE(m_editor->file(id)->state, RemoteEditor::State::Watching);

        QSignalSpy question(m_editor.get(), &RemoteEditor::uploadQuestion);
        QSignalSpy uploaded(m_editor.get(), &RemoteEditor::uploaded);
        QSignalSpy conflict(m_editor.get(), &RemoteEditor::conflict);
        QVERIFY(runEditor(local, "speed=2"));
        if (!automatic) {
            QVERIFY(question.wait(WaitMs));
            QCOMPARE(m_editor->file(id)->state, RemoteEditor::State::Saved);
            m_editor->upload(id);
        }
        QVERIFY(uploaded.wait(WaitMs));
        QCOMPARE(readFile(serverFile()), QByteArray("speed=1\nspeed=2\n"));
        QCOMPARE(m_editor->file(id)->uploads, 1);
        QCOMPARE(m_editor->file(id)->state, RemoteEditor::State::Watching);

        // Saved again: uploaded again, no conflict (the server's copy is the one just uploaded).
        QVERIFY(runEditor(local, "speed=3"));
        if (!automatic) {
            QVERIFY(question.wait(WaitMs));
            m_editor->upload(id);
        }
        QVERIFY(uploaded.wait(WaitMs));
        QCOMPARE(readFile(serverFile()), QByteArray("speed=1\nspeed=2\nspeed=3\n"));
        QCOMPARE(conflict.size(), 0);

        if (!automatic) {
            // A save the user does not upload.
            QVERIFY(runEditor(local, "draft"));
            QVERIFY(question.wait(WaitMs));
            m_editor->skipUpload(id);
            QCOMPARE(m_editor->file(id)->state, RemoteEditor::State::Watching);
            QCOMPARE(readFile(serverFile()), QByteArray("speed=1\nspeed=2\nspeed=3\n"));
        }

        QSignalSpy removed(m_editor.get(), &RemoteEditor::fileRemoved);
        m_editor->stopWatching(id);
        QCOMPARE(removed.size(), 1);
        QVERIFY(m_editor->files().isEmpty());
        QVERIFY(!QFileInfo::exists(local));
    }

    void conflictAsksBeforeOverwriting_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("overwrite");
        QTest::newRow("pyftpdlib, overwrite") << QStringLiteral("pyftpdlib") << true;
        QTest::newRow("pyftpdlib, keep the server's") << QStringLiteral("pyftpdlib") << false;
        QTest::newRow("board, overwrite") << QStringLiteral("board") << true;
        QTest::newRow("board, keep the server's") << QStringLiteral("board") << false;
    }

    void conflictAsksBeforeOverwriting()
    {
        QFETCH(QString, kind);
        QFETCH(bool, overwrite);
        startServer(kind);
        if (!m_server || !m_server->isRunning() || !m_editor)
            return;
        m_editor->setUploadPolicy(RemoteEditor::UploadPolicy::Automatic);
        QString local;
        const quint64 id = openFile(&local);
        QVERIFY(id);

        // Someone else changes the server's copy meanwhile.
        QVERIFY(writeSyncFile(serverFile(), "speed=9 # changed on the board\n"));
        QVERIFY(m_server->fixPermissions());

        QSignalSpy conflict(m_editor.get(), &RemoteEditor::conflict);
        QSignalSpy uploaded(m_editor.get(), &RemoteEditor::uploaded);
        QVERIFY(runEditor(local, "speed=2"));
        QVERIFY(conflict.wait(WaitMs));
        QCOMPARE(conflict.first().at(0).toULongLong(), id);
        const QString message = conflict.first().at(1).toString();
        QVERIFY2(message.contains(QStringLiteral("changed on the server")), qPrintable(message));
        QCOMPARE(m_editor->file(id)->state, RemoteEditor::State::Conflict);
        QCOMPARE(uploaded.size(), 0);
        QCOMPARE(readFile(serverFile()), QByteArray("speed=9 # changed on the board\n"));

        if (overwrite) {
            m_editor->overwrite(id);
            QVERIFY(uploaded.wait(WaitMs));
            QCOMPARE(readFile(serverFile()), QByteArray("speed=1\nspeed=2\n"));
        } else {
            QSignalSpy changed(m_editor.get(), &RemoteEditor::fileChanged);
            m_editor->keepServerCopy(id);
            QVERIFY(waitOnSignal(
                changed, [&] { return m_editor->file(id)->state == RemoteEditor::State::Watching; }, WaitMs));
            QCOMPARE(readFile(serverFile()), QByteArray("speed=9 # changed on the board\n"));
        }
        // The server's copy removed: the next save says so instead of recreating it silently.
        QVERIFY(QFile::remove(serverFile()));
        QVERIFY(runEditor(local, "speed=4"));
        QVERIFY(conflict.wait(WaitMs));
        QVERIFY2(conflict.last().at(1).toString().contains(QStringLiteral("deleted")),
                 qPrintable(conflict.last().at(1).toString()));
    }
};

QTEST_GUILESS_MAIN(TestRemoteEdit)
#include "tst_remoteedit.moc"
