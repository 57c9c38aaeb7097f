// PasswordStore (ui/passwordstore) for real: stores, reads back, overwrites and deletes passwords through
// QtKeychain's Secret Service backend (libsecret) talking to a private gnome-keyring-daemon, which
// run-with-keyring.sh starts on a D-Bus session of its own, in a temporary HOME, with a fresh keyring
// unlocked by a known password; secret-tool (libsecret-tools), when installed, checks from outside that the
// entries are really in that keyring. And what happens when no keychain service can be reached (no session
// bus, a bus that is gone, a bus without a Secret Service): every call fails with an error that says so, and
// no password is written anywhere in plain text unless the user opted in (a site saved with "plain text").
// Those cases run in a child process of this binary (--no-service-child) with an environment of their own.
//
// The keychain cases skip, with the reason, when the build has no QtKeychain, when dbus-run-session or
// gnome-keyring-daemon is missing, or when this binary was not started by run-with-keyring.sh (run it
// through ctest): they never touch a developer's own keychain.

#include "passwordstore.h"
#include "site.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <memory>
#include <optional>

using namespace Ferry;

namespace {

constexpr int WaitMs = 30000; // libsecret gives up on a D-Bus call after 25 s
const char* const NoServiceChild = "--no-service-child";

struct Outcome
{
    bool done = false;
    bool ok = false;
    QString password;
    QString error;
};

Outcome writePassword(PasswordStore& store, const QString& key, const QString& password)
{
    auto outcome = std::make_shared<Outcome>();
    store.write(key, password, [outcome](bool ok, const QString& error) {
        outcome->done = true;
        outcome->ok = ok;
        outcome->error = error;
    });
    (void)QTest::qWaitFor([&] { return outcome->done; }, WaitMs);
    return *outcome;
}

Outcome readPassword(PasswordStore& store, const QString& key)
{
    auto outcome = std::make_shared<Outcome>();
    store.read(key, [outcome](bool ok, const QString& password, const QString& error) {
        outcome->done = true;
        outcome->ok = ok;
        outcome->password = password;
        outcome->error = error;
    });
    (void)QTest::qWaitFor([&] { return outcome->done; }, WaitMs);
    return *outcome;
}

Outcome removePassword(PasswordStore& store, const QString& key)
{
    auto outcome = std::make_shared<Outcome>();
    store.remove(key, [outcome](bool ok, const QString& error) {
        outcome->done = true;
        outcome->ok = ok;
        outcome->error = error;
    });
    (void)QTest::qWaitFor([&] { return outcome->done; }, WaitMs);
    return *outcome;
}

// Files under `root` whose bytes contain `secret` (UTF-8 or UTF-16).
QStringList filesContaining(const QString& root, const QString& secret)
{
    QStringList found;
    const QByteArray utf8 = secret.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char*>(secret.utf16()), secret.size() * 2);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16))
            found.append(file.fileName());
    }
    return found;
}

// The child: the application's settings in test mode, the keychain allowed, and whatever bus the parent
// left in the environment. Prints one line per call: "<call>\t<1|0>\t<error>", then saves two sites.
int runNoServiceChild(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Ferry"));
    QCoreApplication::setApplicationName(QStringLiteral("ferry-keychain-test"));
    QStandardPaths::setTestModeEnabled(true);
    PasswordStore::setAllowedInTestMode(true);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4)
        return 2;
    const QString key = args.at(2);
    const QString password = args.at(3);
    const auto print = [](const char* call, const Outcome& outcome) {
        std::printf("%s\t%d\t%d\t%s\n", call, outcome.done ? 1 : 0, outcome.ok ? 1 : 0,
                    qPrintable(QString(outcome.error).replace(QLatin1Char('\n'), QLatin1Char(' '))));
        std::fflush(stdout);
    };
    std::printf("available\t%d\n", PasswordStore::isAvailable() ? 1 : 0);
    PasswordStore store;
    print("write", writePassword(store, key, password));
    print("read", readPassword(store, key));
    print("remove", removePassword(store, key));

    // A site whose password is to be remembered (in the keychain, which is not there) and one whose user
    // opted in to plain text.
    Site remembered = Site::create();
    remembered.name = QStringLiteral("remembered");
    remembered.host = QStringLiteral("board.invalid");
    remembered.password = password + QStringLiteral("-remembered");
    remembered.rememberPassword = true;
    Site plain = Site::create();
    plain.name = QStringLiteral("plain");
    plain.host = QStringLiteral("other.invalid");
    plain.password = password + QStringLiteral("-plain");
    plain.plainTextPassword = true;
    Site::saveAll({remembered, plain}, {});
    print("remembered", writePassword(store, Site::keychainKey(remembered.id), remembered.password));
    return 0;
}

} // namespace

class TestPasswordStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    // Against the private keyring
    void storeReadOverwriteDelete_data();
    void storeReadOverwriteDelete();
    void entriesAreSeparate();
    void missingEntry();

    // Without a keychain
    void testModeAloneNeverUsesTheKeychain();
    void noKeychainService_data();
    void noKeychainService();

private:
    // Why the keychain cases cannot run (empty: the private keyring is there, and now allowed).
    QString whyNoPrivateKeyring();
    // secret-tool's view of the entry (libsecret-tools), or nullopt without secret-tool.
    std::optional<QString> lookUpOutside(const QString& key);

    QStringList m_keys; // stored by this run, removed at the end
};

void TestPasswordStore::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Ferry"));
    QCoreApplication::setApplicationName(QStringLiteral("ferry-keychain-test"));
    QStandardPaths::setTestModeEnabled(true);
    // Test mode alone keeps the keychain off (see testModeAloneNeverUsesTheKeychain); the private keyring
    // cases switch it on.
    PasswordStore::setAllowedInTestMode(false);
    qInfo("QtKeychain compiled in: %s; private keyring: %s", PasswordStore::isCompiledIn() ? "yes" : "no",
          qEnvironmentVariable("FERRY_KEYCHAIN_PRIVATE") == QLatin1String("1")
              ? "up"
              : qPrintable(
                    QStringLiteral("not available (%1)")
                        .arg(qEnvironmentVariable("FERRY_KEYCHAIN_SKIP",
                                                  QStringLiteral("not started by run-with-keyring.sh")))));
}

void TestPasswordStore::cleanupTestCase()
{
    // Whatever a failed case left in the private keyring (it goes away with the keyring anyway).
    if (!m_keys.isEmpty() && whyNoPrivateKeyring().isEmpty()) {
        PasswordStore store;
        for (const QString& key : std::as_const(m_keys))
            (void)removePassword(store, key);
    }
    PasswordStore::setAllowedInTestMode(false);
}

QString TestPasswordStore::whyNoPrivateKeyring()
{
    if (!PasswordStore::isCompiledIn())
        return QStringLiteral(
            "Ferry was built without QtKeychain (qtkeychain-qt6-dev, FERRY_WITH_KEYCHAIN): no "
            "keychain path to test");
    if (!qEnvironmentVariableIsEmpty("FERRY_KEYCHAIN_SKIP"))
        return QStringLiteral("no private keyring: ") + qEnvironmentVariable("FERRY_KEYCHAIN_SKIP");
    if (qEnvironmentVariable("FERRY_KEYCHAIN_PRIVATE") != QLatin1String("1"))
        return QStringLiteral("not started by tests/keychain/run-with-keyring.sh (run it through ctest): the "
                              "keychain cases never use your own keychain");
    if (!qEnvironmentVariableIsEmpty("FERRY_NO_KEYCHAIN"))
        return QStringLiteral("FERRY_NO_KEYCHAIN is set");
    PasswordStore::setAllowedInTestMode(true);
    return QString();
}

std::optional<QString> TestPasswordStore::lookUpOutside(const QString& key)
{
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (secretTool.isEmpty())
        return std::nullopt;
    // QtKeychain's libsecret schema (org.qt.keychain): the key is "user", the service "server".
    QProcess tool;
    tool.start(secretTool, {QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("Ferry"),
                            QStringLiteral("user"), key});
    if (!tool.waitForFinished(WaitMs))
        return QString();
    return QString::fromUtf8(tool.readAllStandardOutput());
}

void TestPasswordStore::storeReadOverwriteDelete_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("ascii") << QStringLiteral("s3cret-one") << QStringLiteral("s3cret-two");
    QTest::newRow("unicode and spaces")
        << QStringLiteral("pässwörd mit Leerzeichen €") << QStringLiteral("密码 パスワード");
    QTest::newRow("symbols") << QStringLiteral("a:b;c=d\"e'f\\g") << QStringLiteral("%00%x\t!");
}

void TestPasswordStore::storeReadOverwriteDelete()
{
    if (const QString reason = whyNoPrivateKeyring(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    QVERIFY(PasswordStore::isAvailable());
    QFETCH(QString, first);
    QFETCH(QString, second);
    const QString key =
        Site::keychainKey(QStringLiteral("tst-") + QString::fromLatin1(QTest::currentDataTag()));
    m_keys.append(key);
    PasswordStore store;

    Outcome written = writePassword(store, key, first);
    QVERIFY2(written.done, "no answer from the keychain");
    QVERIFY2(written.ok, qPrintable(written.error));
    Outcome read = readPassword(store, key);
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.password, first);
    if (const std::optional<QString> outside = lookUpOutside(key))
        QCOMPARE(*outside, first);

    written = writePassword(store, key, second);
    QVERIFY2(written.ok, qPrintable(written.error));
    read = readPassword(store, key);
    QVERIFY2(read.ok, qPrintable(read.error));
    QCOMPARE(read.password, second);
    if (const std::optional<QString> outside = lookUpOutside(key))
        QCOMPARE(*outside, second);

    // Never in plain text: not next to the keyring, not in a settings file (QtKeychain's insecure fallback).
    const QString work = qEnvironmentVariable("FERRY_KEYCHAIN_WORK");
    QVERIFY(!work.isEmpty());
    QCOMPARE(filesContaining(work, first), QStringList());
    QCOMPARE(filesContaining(work, second), QStringList());

    const Outcome removed = removePassword(store, key);
    QVERIFY2(removed.ok, qPrintable(removed.error));
    read = readPassword(store, key);
    QVERIFY(read.done);
    QVERIFY(!read.ok);
    QVERIFY(read.password.isEmpty());
    QVERIFY(!read.error.isEmpty());
    if (const std::optional<QString> outside = lookUpOutside(key))
        QCOMPARE(*outside, QString());
    // Removing what is not there is not an error.
    QVERIFY(removePassword(store, key).ok);
    m_keys.removeAll(key);
}

void TestPasswordStore::entriesAreSeparate()
{
    if (const QString reason = whyNoPrivateKeyring(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    QVERIFY(PasswordStore::isAvailable());
    PasswordStore store;
    const QString a = Site::keychainKey(QStringLiteral("tst-separate-a"));
    const QString b = Site::keychainKey(QStringLiteral("tst-separate-b"));
    m_keys << a << b;
    QVERIFY(writePassword(store, a, QStringLiteral("alpha")).ok);
    QVERIFY(writePassword(store, b, QStringLiteral("beta")).ok);
    QCOMPARE(readPassword(store, a).password, QStringLiteral("alpha"));
    QCOMPARE(readPassword(store, b).password, QStringLiteral("beta"));
    QVERIFY(removePassword(store, a).ok);
    QVERIFY(!readPassword(store, a).ok);
    QCOMPARE(readPassword(store, b).password, QStringLiteral("beta"));
    QVERIFY(removePassword(store, b).ok);
    m_keys.removeAll(a);
    m_keys.removeAll(b);
}

void TestPasswordStore::missingEntry()
{
    if (const QString reason = whyNoPrivateKeyring(); !reason.isEmpty())
        QSKIP(qPrintable(reason));
    QVERIFY(PasswordStore::isAvailable());
    PasswordStore store;
    const Outcome read = readPassword(store, Site::keychainKey(QStringLiteral("tst-never-stored")));
    QVERIFY(read.done);
    QVERIFY(!read.ok);
    QVERIFY(read.password.isEmpty());
    QVERIFY2(!read.error.isEmpty(), "a missing entry must come with a message");
}

void TestPasswordStore::testModeAloneNeverUsesTheKeychain()
{
    // What every other test relies on: in QStandardPaths test mode, without the opt-in, the keychain is off
    // and each call fails, later (from the event loop, never inside the call) and with a message.
    PasswordStore::setAllowedInTestMode(false);
    QVERIFY(!PasswordStore::isAvailable());
    PasswordStore store;
    bool called = false;
    store.write(QStringLiteral("site/x"), QStringLiteral("never-stored"),
                [&](bool, const QString&) { called = true; });
    QVERIFY(!called);
    const Outcome written = writePassword(store, QStringLiteral("site/x"), QStringLiteral("never-stored"));
    QVERIFY(written.done);
    QVERIFY(!written.ok);
    QVERIFY(!written.error.isEmpty());
    const Outcome read = readPassword(store, QStringLiteral("site/x"));
    QVERIFY(read.done);
    QVERIFY(!read.ok);
    QVERIFY(read.password.isEmpty());
    QVERIFY(!removePassword(store, QStringLiteral("site/x")).ok);
    QVERIFY(QTest::qWaitFor([&] { return called; }, WaitMs));
}

void TestPasswordStore::noKeychainService_data()
{
    QTest::addColumn<QString>("bus");
    QTest::newRow("no session bus") << QStringLiteral("none");
    QTest::newRow("session bus gone") << QStringLiteral("gone");
    QTest::newRow("session bus without a keychain service") << QStringLiteral("empty");
}

void TestPasswordStore::noKeychainService()
{
    QFETCH(QString, bus);
    QTemporaryDir work;
    QVERIFY(work.isValid());
    const QDir root(work.path());
    for (const char* folder : {"home", "config", "data", "cache", "runtime"})
        QVERIFY(root.mkpath(QString::fromLatin1(folder)));
    QVERIFY(QFile::setPermissions(root.filePath(QStringLiteral("runtime")),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name :
         {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "GNOME_KEYRING_CONTROL",
          "XDG_CURRENT_DESKTOP", "XDG_SESSION_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
          "KDE_SESSION_VERSION", "FERRY_NO_KEYCHAIN"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), root.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), root.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root.filePath(QStringLiteral("runtime")));

    const QString self = QCoreApplication::applicationFilePath();
    const QString password =
        QStringLiteral("plain-text-canary-") + QString::number(QCoreApplication::applicationPid());
    const QStringList childArgs = {QString::fromLatin1(NoServiceChild), QStringLiteral("site/tst-no-service"),
                                   password};
    QString program = self;
    QStringList arguments = childArgs;
    if (bus == QLatin1String("gone")) {
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + root.filePath(QStringLiteral("runtime/no-such-bus")));
    } else if (bus == QLatin1String("empty")) {
        // A session bus of its own that knows no services at all (no activation of a keyring daemon).
        const QString runSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        if (runSession.isEmpty())
            QSKIP(
                "dbus-run-session not found (Debian package dbus; scripts/setup-test-peers.sh installs it)");
        const QString config = root.filePath(QStringLiteral("session.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
            " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
            "<busconfig><type>session</type><listen>unix:tmpdir=" +
            root.filePath(QStringLiteral("runtime")).toUtf8() +
            "</listen><auth>EXTERNAL</auth><policy context=\"default\"><allow send_destination=\"*\" "
            "eavesdrop=\"true\"/><allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
        file.close();
        program = runSession;
        arguments =
            QStringList{QStringLiteral("--config-file=") + config, QStringLiteral("--"), self} + childArgs;
    }

    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(program, arguments);
    QVERIFY2(child.waitForFinished(4 * WaitMs), "the child process did not finish");
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    const QString err = QString::fromUtf8(child.readAllStandardError());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             qPrintable(QStringLiteral("child failed (%1): %2 %3").arg(child.exitCode()).arg(out, err)));

    QHash<QString, QStringList> calls;
    for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        calls.insert(fields.value(0), fields.mid(1));
    }
    qInfo("%s", qPrintable(QStringLiteral("%1: write -> \"%2\"; read -> \"%3\"")
                               .arg(bus, calls.value(QStringLiteral("write")).value(2),
                                    calls.value(QStringLiteral("read")).value(2))));
    const bool compiledIn = PasswordStore::isCompiledIn();
    QCOMPARE(calls.value(QStringLiteral("available")).value(0),
             compiledIn ? QStringLiteral("1") : QStringLiteral("0"));
    for (const char* call : {"write", "read", "remembered"}) {
        const QStringList fields = calls.value(QString::fromLatin1(call));
        QVERIFY2(fields.size() == 3,
                 qPrintable(QStringLiteral("no line for %1 in: %2").arg(QString::fromLatin1(call), out)));
        QVERIFY2(fields.at(0) == QLatin1String("1"),
                 qPrintable(QStringLiteral("%1: no answer").arg(QString::fromLatin1(call))));
        QVERIFY2(
            fields.at(1) == QLatin1String("0"),
            qPrintable(
                QStringLiteral("%1 succeeded without a keychain service").arg(QString::fromLatin1(call))));
        QVERIFY2(!fields.at(2).trimmed().isEmpty(),
                 qPrintable(QStringLiteral("%1 failed without a message").arg(QString::fromLatin1(call))));
    }
    // A clear error: it says the keychain could not be used, not merely that an entry is missing.
    const QString writeError = calls.value(QStringLiteral("write")).value(2);
    QVERIFY2(writeError.contains(QLatin1String("keychain"), Qt::CaseInsensitive),
             qPrintable(QStringLiteral("unclear error: ") + writeError));

    // Nothing in plain text, except the password of the site whose user chose plain text.
    QCOMPARE(filesContaining(work.path(), password + QStringLiteral("-remembered")), QStringList());
    const QStringList plain = filesContaining(work.path(), password + QStringLiteral("-plain"));
    QCOMPARE(plain.size(), 1);
    QVERIFY2(plain.constFirst().endsWith(QLatin1String("/sites.ini")), qPrintable(plain.constFirst()));
    const QStringList bare = filesContaining(work.path(), password);
    QCOMPARE(bare, plain); // the canary itself only as part of the opted-in one
}

int main(int argc, char** argv)
{
    if (argc > 1 && qstrcmp(argv[1], NoServiceChild) == 0)
        return runNoServiceChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestPasswordStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_passwordstore.moc"
