// The pure parts of ferry's command line: URL parsing, remote path helpers, argument parsing and the
// listing format. No network, no process.
#include "client/ftpurl.h"
#include "commandline.h"
#include "listingformat.h"
#include "mirrorcommand.h"
#include "protocol/remotepath.h"
#include "transfer/transfertypes.h"

#include <QTest>

using namespace Ferry;
using namespace Ferry::Cli;

class TestFtpUrl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void schemesChooseTls_data();
    void schemesChooseTls();
    void displayStringHidesPassword();
    void remotePaths();

    void commandLine_data();
    void commandLine();
    void commandLineOptions();
    void commandLineErrors_data();
    void commandLineErrors();
    void wantsGui_data();
    void wantsGui();
    void helpMentionsEveryCommandAndExitCode();

    void listingShort();
    void listingLong();
    void modeString_data();
    void modeString();

    void mirrorArguments();
    void transferFilter_data();
    void transferFilter();
};

void TestFtpUrl::parseValid_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("hasPassword");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("isDirectory");

    QTest::newRow("host only") << "ftp://example.com"
                               << "example.com" << 21 << ""
                               << "" << false << "" << true;
    QTest::newRow("root slash") << "ftp://example.com/"
                                << "example.com" << 21 << ""
                                << "" << false << "" << true;
    QTest::newRow("full") << "ftp://alice:s3cret@host:2121/dir/file.txt"
                          << "host" << 2121 << "alice"
                          << "s3cret" << true << "dir/file.txt" << false;
    QTest::newRow("user no password") << "ftp://bob@host/x"
                                      << "host" << 21 << "bob"
                                      << "" << false << "x" << false;
    QTest::newRow("empty password") << "ftp://bob:@host/x"
                                    << "host" << 21 << "bob"
                                    << "" << true << "x" << false;
    QTest::newRow("ipv6") << "ftp://[::1]:2121/dir/"
                          << "::1" << 2121 << ""
                          << "" << false << "dir" << true;
    QTest::newRow("ipv6 no port") << "ftp://[fe80::1]/"
                                  << "fe80::1" << 21 << ""
                                  << "" << false << "" << true;
    QTest::newRow("upper-case scheme and host") << "FTP://Example.COM/A.txt"
                                                << "example.com" << 21 << ""
                                                << "" << false << "A.txt" << false;
    QTest::newRow("percent space") << "ftp://h/a%20b.txt"
                                   << "h" << 21 << ""
                                   << "" << false << "a b.txt" << false;
    QTest::newRow("raw space") << "ftp://h/a b.txt"
                               << "h" << 21 << ""
                               << "" << false << "a b.txt" << false;
    QTest::newRow("utf-8 encoded") << "ftp://h/%C3%A9t%C3%A9.txt"
                                   << "h" << 21 << ""
                                   << "" << false << QString::fromUtf8("\xc3\xa9t\xc3\xa9.txt") << false;
    QTest::newRow("utf-8 raw") << QString::fromUtf8("ftp://h/d\xc3\xa9j\xc3\xa0/") << "h" << 21 << ""
                               << "" << false << QString::fromUtf8("d\xc3\xa9j\xc3\xa0") << true;
    QTest::newRow("latin-1 byte") << "ftp://h/caf%E9"
                                  << "h" << 21 << ""
                                  << "" << false << QString::fromUtf8("caf\xc3\xa9") << false;
    QTest::newRow("encoded credentials") << "ftp://us%40er:p%3Aw%40d@h/"
                                         << "h" << 21 << "us@er"
                                         << "p:w@d" << true << "" << true;
    QTest::newRow("absolute %2F") << "ftp://h/%2Fetc/motd"
                                  << "h" << 21 << ""
                                  << "" << false << "/etc/motd" << false;
    QTest::newRow("absolute double slash") << "ftp://h//etc/motd"
                                           << "h" << 21 << ""
                                           << "" << false << "/etc/motd" << false;
    QTest::newRow("absolute root") << "ftp://h/%2F"
                                   << "h" << 21 << ""
                                   << "" << false << "/" << true;
    QTest::newRow("question mark") << "ftp://h/what?.txt"
                                   << "h" << 21 << ""
                                   << "" << false << "what?.txt" << false;
    QTest::newRow("hash") << "ftp://h/file#1.txt"
                          << "h" << 21 << ""
                          << "" << false << "file#1.txt" << false;
    QTest::newRow("percent sign") << "ftp://h/100%25.txt"
                                  << "h" << 21 << ""
                                  << "" << false << "100%.txt" << false;
    QTest::newRow("trailing slashes") << "ftp://h/a/b//"
                                      << "h" << 21 << ""
                                      << "" << false << "a/b" << true;
    QTest::newRow("surrounding blanks") << "  ftp://h/x  "
                                        << "h" << 21 << ""
                                        << "" << false << "x" << false;
}

void TestFtpUrl::parseValid()
{
    QFETCH(QString, url);
    QString error;
    const std::optional<FtpUrl> parsed = parseFtpUrl(url, &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    QTEST(parsed->host, "host");
    QTEST(int(parsed->port), "port");
    QTEST(parsed->user, "user");
    QTEST(parsed->password, "password");
    QTEST(parsed->hasPassword, "hasPassword");
    QTEST(parsed->path, "path");
    QTEST(parsed->isDirectory, "isDirectory");
}

void TestFtpUrl::schemesChooseTls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<TlsMode>("mode");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("hasPort");
    QTest::newRow("ftp: TLS if available") << "ftp://h/x" << TlsMode::Auto << 21 << false;
    QTest::newRow("ftpes: explicit TLS required") << "ftpes://h/x" << TlsMode::Explicit << 21 << false;
    QTest::newRow("ftps: implicit, port 990") << "ftps://h/x" << TlsMode::Implicit << 990 << false;
    QTest::newRow("ftps with a port") << "ftps://h:2990/x" << TlsMode::Implicit << 2990 << true;
    QTest::newRow("FTPES upper case") << "FTPES://h:21/" << TlsMode::Explicit << 21 << true;
    QTest::newRow("ftps ipv6") << "ftps://[::1]/" << TlsMode::Implicit << 990 << false;
}

void TestFtpUrl::schemesChooseTls()
{
    QFETCH(QString, url);
    QString error;
    const std::optional<FtpUrl> parsed = parseFtpUrl(url, &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    QTEST(parsed->tlsMode, "mode");
    QTEST(int(parsed->port), "port");
    QTEST(parsed->hasPort, "hasPort");
    QVERIFY(isFtpUrl(url));
    QVERIFY(!isFtpUrl(QStringLiteral("/local/ftps-folder")));
}

void TestFtpUrl::parseInvalid_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("empty") << ""
                           << "No URL";
    QTest::newRow("no scheme") << "example.com/file"
                               << "not an FTP URL";
    QTest::newRow("http") << "http://example.com/"
                          << "Only ftp://";
    QTest::newRow("sftp") << "sftp://example.com/"
                          << "Only ftp://";
    QTest::newRow("no host") << "ftp:///file"
                             << "no host";
    QTest::newRow("scheme only") << "ftp://"
                                 << "no host";
    QTest::newRow("bad port") << "ftp://h:99999/"
                              << "";
    QTest::newRow("port zero") << "ftp://h:0/"
                               << "port";
    QTest::newRow("line break") << "ftp://h/a%0D%0ADELE%20x"
                                << "line break";
    QTest::newRow("bad ipv6") << "ftp://[::1/"
                              << "";
}

void TestFtpUrl::parseInvalid()
{
    QFETCH(QString, url);
    QFETCH(QString, errorContains);
    QString error;
    const std::optional<FtpUrl> parsed = parseFtpUrl(url, &error);
    QVERIFY2(!parsed.has_value(), qPrintable(parsed ? parsed->path : QString()));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(errorContains, Qt::CaseInsensitive), qPrintable(error));
}

void TestFtpUrl::displayStringHidesPassword()
{
    const std::optional<FtpUrl> parsed = parseFtpUrl(QStringLiteral("ftp://alice:topsecret@h:2121/x"));
    QVERIFY(parsed.has_value());
    QVERIFY2(!parsed->displayString.contains(QLatin1String("topsecret")), qPrintable(parsed->displayString));
    QVERIFY(parsed->displayString.contains(QLatin1String("alice@h:2121/x")));
}

void TestFtpUrl::remotePaths()
{
    QCOMPARE(RemotePath::fileName(QStringLiteral("dir/a.txt")), QStringLiteral("a.txt"));
    QCOMPARE(RemotePath::fileName(QStringLiteral("a.txt")), QStringLiteral("a.txt"));
    QCOMPARE(RemotePath::fileName(QStringLiteral("/a.txt")), QStringLiteral("a.txt"));
    QCOMPARE(RemotePath::fileName(QStringLiteral("/")), QString());
    QCOMPARE(RemotePath::parent(QStringLiteral("dir/a.txt")), QStringLiteral("dir"));
    QCOMPARE(RemotePath::parent(QStringLiteral("a.txt")), QString());
    QCOMPARE(RemotePath::parent(QStringLiteral("/a.txt")), QStringLiteral("/"));
    QCOMPARE(RemotePath::parent(QStringLiteral("/x/y/z")), QStringLiteral("/x/y"));
    QCOMPARE(RemotePath::join(QString(), QStringLiteral("a")), QStringLiteral("a"));
    QCOMPARE(RemotePath::join(QStringLiteral("/"), QStringLiteral("a")), QStringLiteral("/a"));
    QCOMPARE(RemotePath::join(QStringLiteral("dir"), QStringLiteral("a")), QStringLiteral("dir/a"));
    QCOMPARE(RemotePath::join(QStringLiteral("dir"), QStringLiteral("../a")), QStringLiteral("dir/../a"));
    QCOMPARE(RemotePath::join(QStringLiteral("dir"), QStringLiteral("/abs/a")), QStringLiteral("/abs/a"));
}

using Action = Invocation::Action;

void TestFtpUrl::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("gui");
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("command");
    QTest::addColumn<QStringList>("positional");

    const auto row = [](const char* name, const QStringList& arguments, bool gui, Action action,
                        Command command, const QStringList& positional = {}) {
        QTest::newRow(name) << arguments << gui << int(action) << int(command) << positional;
    };
    const QString url = QStringLiteral("ftp://h/x");
    row("nothing, gui", {}, true, Action::OpenGui, Command::None);
    row("nothing, headless", {}, false, Action::UsageError, Command::None);
    row("bare url, gui", {url}, true, Action::OpenGui, Command::None);
    row("bare url, headless", {url}, false, Action::UsageError, Command::None);
    row("--help", {QStringLiteral("--help")}, false, Action::ShowHelp, Command::None);
    row("-h", {QStringLiteral("-h")}, false, Action::ShowHelp, Command::None);
    row("--version", {QStringLiteral("--version")}, false, Action::ShowVersion, Command::None);
    row("help", {QStringLiteral("help")}, false, Action::ShowHelp, Command::None);
    row("help get", {QStringLiteral("help"), QStringLiteral("get")}, false, Action::ShowHelp, Command::Get);
    row("get --help", {QStringLiteral("get"), QStringLiteral("--help")}, false, Action::ShowHelp,
        Command::Get);
    row("--help before command", {QStringLiteral("--help"), QStringLiteral("mv")}, false, Action::ShowHelp,
        Command::Mv);
    row("ls", {QStringLiteral("ls"), url}, false, Action::RunCommand, Command::Ls, {url});
    row("get", {QStringLiteral("get"), url}, false, Action::RunCommand, Command::Get, {url});
    row("get local", {QStringLiteral("get"), url, QStringLiteral("out")}, false, Action::RunCommand,
        Command::Get, {url, QStringLiteral("out")});
    row("get stdout", {QStringLiteral("get"), url, QStringLiteral("-")}, false, Action::RunCommand,
        Command::Get, {url, QStringLiteral("-")});
    row("put", {QStringLiteral("put"), QStringLiteral("f"), url}, false, Action::RunCommand, Command::Put,
        {QStringLiteral("f"), url});
    row("mkdir", {QStringLiteral("mkdir"), url}, false, Action::RunCommand, Command::Mkdir, {url});
    row("rm", {QStringLiteral("rm"), url}, false, Action::RunCommand, Command::Rm, {url});
    row("rmdir", {QStringLiteral("rmdir"), url}, false, Action::RunCommand, Command::Rmdir, {url});
    row("mv", {QStringLiteral("mv"), url, QStringLiteral("y")}, false, Action::RunCommand, Command::Mv,
        {url, QStringLiteral("y")});
    row("options first",
        {QStringLiteral("--user"), QStringLiteral("bob"), QStringLiteral("-v"), QStringLiteral("ls"), url},
        false, Action::RunCommand, Command::Ls, {url});
    row("double dash", {QStringLiteral("mv"), url, QStringLiteral("--"), QStringLiteral("-odd")}, false,
        Action::RunCommand, Command::Mv, {url, QStringLiteral("-odd")});
    row("serve", {QStringLiteral("serve")}, false, Action::RunCommand, Command::Serve);
}

void TestFtpUrl::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, gui);
    QFETCH(int, action);
    const Invocation invocation = CommandLine::parse(arguments, gui);
    if (action != int(Action::UsageError))
        QVERIFY2(invocation.action != Action::UsageError, qPrintable(invocation.error));
    QCOMPARE(int(invocation.action), action);
    QTEST(int(invocation.command), "command");
    if (invocation.action == Action::RunCommand && invocation.command != Command::Serve)
        QTEST(invocation.arguments, "positional");
}

void TestFtpUrl::commandLineOptions()
{
    const QString url = QStringLiteral("ftp://h/x");
    Invocation i = CommandLine::parse({QStringLiteral("ls"), QStringLiteral("-lv"),
                                       QStringLiteral("--active"), QStringLiteral("--user=bob"),
                                       QStringLiteral("--password"), QStringLiteral("pw"), url},
                                      false);
    QCOMPARE(int(i.action), int(Action::RunCommand));
    QVERIFY(i.longListing);
    QVERIFY(i.verbose);
    QCOMPARE(i.dataMode, DataConnectionMode::Active);
    QVERIFY(i.hasUser);
    QCOMPARE(i.user, QStringLiteral("bob"));
    QVERIFY(i.hasPassword);
    QCOMPARE(i.password, QStringLiteral("pw"));
    QVERIFY(!i.resume);

    i = CommandLine::parse({QStringLiteral("get"), QStringLiteral("-c"), QStringLiteral("--passive"), url},
                           false);
    QCOMPARE(int(i.action), int(Action::RunCommand));
    QVERIFY(i.resume);
    QCOMPARE(i.dataMode, DataConnectionMode::Passive);
    QVERIFY(!i.hasUser);
    QVERIFY(!i.hasPassword);
    QVERIFY(!i.verbose);

    i = CommandLine::parse({QStringLiteral("get"), url}, false);
    QCOMPARE(i.dataMode, DataConnectionMode::Auto);
}

void TestFtpUrl::commandLineErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString url = QStringLiteral("ftp://h/x");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("ls"), QStringLiteral("--frob"), url};
    QTest::newRow("unknown global option") << QStringList{QStringLiteral("--frob")};
    QTest::newRow("ls -c") << QStringList{QStringLiteral("ls"), QStringLiteral("-c"), url};
    QTest::newRow("get -l") << QStringList{QStringLiteral("get"), QStringLiteral("-l"), url};
    QTest::newRow("missing url") << QStringList{QStringLiteral("get")};
    QTest::newRow("too many") << QStringList{QStringLiteral("ls"), url, url};
    QTest::newRow("put one") << QStringList{QStringLiteral("put"), url};
    QTest::newRow("mv one") << QStringList{QStringLiteral("mv"), url};
    QTest::newRow("active and passive")
        << QStringList{QStringLiteral("ls"), QStringLiteral("--active"), QStringLiteral("--passive"), url};
    QTest::newRow("user without value") << QStringList{QStringLiteral("ls"), url, QStringLiteral("--user")};
    QTest::newRow("help unknown") << QStringList{QStringLiteral("help"), QStringLiteral("frob")};
    QTest::newRow("url with arguments") << QStringList{url, QStringLiteral("x")};
    QTest::newRow("no command, verbose") << QStringList{QStringLiteral("-v")};
}

void TestFtpUrl::commandLineErrors()
{
    QFETCH(QStringList, arguments);
    for (bool gui : {false, true}) {
        const Invocation invocation = CommandLine::parse(arguments, gui);
        QCOMPARE(int(invocation.action), int(Action::UsageError));
        QVERIFY(!invocation.error.isEmpty());
    }
}

void TestFtpUrl::wantsGui_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("gui");
    QTest::newRow("none") << QStringList{} << true;
    QTest::newRow("url") << QStringList{QStringLiteral("ftp://h/")} << true;
    QTest::newRow("ls") << QStringList{QStringLiteral("ls"), QStringLiteral("ftp://h/")} << false;
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << false;
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << false;
    QTest::newRow("url and more") << QStringList{QStringLiteral("ftp://h/"), QStringLiteral("x")} << false;
}

void TestFtpUrl::wantsGui()
{
    QFETCH(QStringList, arguments);
    QTEST(CommandLine::wantsGui(arguments), "gui");
}

void TestFtpUrl::helpMentionsEveryCommandAndExitCode()
{
    const QString help = CommandLine::overallHelp(false);
    for (const char* command : {"ls", "get", "put", "mkdir", "rm", "rmdir", "mv", "serve", "help"})
        QVERIFY2(help.contains(QLatin1String("  ") + QLatin1String(command) + QLatin1Char(' ')), command);
    for (const char* code : {"  0 ", "  1 ", "  2 ", "  3 ", "  4 ", "  130 "})
        QVERIFY2(help.contains(QLatin1String(code)), code);
    QVERIFY(help.contains(QLatin1String("FERRY_PASSWORD")));
    for (const QString& line : help.split(QLatin1Char('\n')))
        QVERIFY2(line.size() <= 79, qPrintable(line));
    QVERIFY(CommandLine::commandHelp(Command::Get).contains(QLatin1String("--continue")));
    QVERIFY(CommandLine::commandHelp(Command::Ls).contains(QLatin1String("--long")));
    QVERIFY(!CommandLine::commandHelp(Command::Put).contains(QLatin1String("--long")));
    QVERIFY(CommandLine::versionText().startsWith(QLatin1String("ferry ")));
}

namespace {

RemoteEntry entry(const QString& name, RemoteEntry::Type type, qint64 size, const QString& permissions = {})
{
    RemoteEntry e;
    e.name = name;
    e.type = type;
    e.size = size;
    e.permissions = permissions;
    return e;
}

} // namespace

void TestFtpUrl::listingShort()
{
    const QList<RemoteEntry> entries = {
        entry(QStringLiteral("b.txt"), RemoteEntry::Type::File, 1),
        entry(QStringLiteral("."), RemoteEntry::Type::Directory, 0),
        entry(QStringLiteral("logs"), RemoteEntry::Type::Directory, 0),
        entry(QStringLiteral(".."), RemoteEntry::Type::Directory, 0),
        entry(QStringLiteral("a b.txt"), RemoteEntry::Type::File, 2),
    };
    QCOMPARE(formatListing(entries, false), QStringLiteral("a b.txt\nb.txt\nlogs/\n"));
    QCOMPARE(formatListing({}, false), QString());
}

void TestFtpUrl::listingLong()
{
    RemoteEntry file =
        entry(QStringLiteral("test.txt"), RemoteEntry::Type::File, 28, QStringLiteral("-rw-rw-rw-"));
    file.modified = QDateTime(QDate(2024, 4, 2), QTime(8, 5), Qt::LocalTime);
    RemoteEntry dir =
        entry(QStringLiteral("logs"), RemoteEntry::Type::Directory, 4096, QStringLiteral("drwxr-xr-x"));
    dir.modified = QDateTime(QDate(2024, 2, 10), QTime(9, 0), Qt::LocalTime);
    RemoteEntry link =
        entry(QStringLiteral("latest"), RemoteEntry::Type::Symlink, -1, QStringLiteral("rwxrwxrwx"));
    link.linkTarget = QStringLiteral("logs");

    QCOMPARE(formatListing({file, dir, link}, true),
             QStringLiteral("lrwxrwxrwx    - -                latest -> logs\n"
                            "drwxr-xr-x 4096 2024-02-10 09:00 logs\n"
                            "-rw-rw-rw-   28 2024-04-02 08:05 test.txt\n"));
}

void TestFtpUrl::modeString_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("permissions");
    QTest::addColumn<QString>("perm");
    QTest::addColumn<QString>("unixMode");
    QTest::addColumn<QString>("expected");

    const int file = int(RemoteEntry::Type::File);
    const int dir = int(RemoteEntry::Type::Directory);
    QTest::newRow("unix 10") << file << "-rw-r--r--"
                             << ""
                             << ""
                             << "-rw-r--r--";
    QTest::newRow("unix 9") << dir << "rwxr-x---"
                            << ""
                            << ""
                            << "drwxr-x---";
    QTest::newRow("board read-only") << file << "-r--r--r--"
                                     << ""
                                     << ""
                                     << "-r--r--r--";
    QTest::newRow("eplf octal") << file << "644"
                                << ""
                                << ""
                                << "-rw-r--r--";
    QTest::newRow("unix.mode") << file << "adfrw"
                               << "adfrw"
                               << "0755"
                               << "-rwxr-xr-x";
    QTest::newRow("setuid sticky") << dir << ""
                                   << ""
                                   << "5755"
                                   << "drwsr-xr-t";
    QTest::newRow("mlsd file") << file << "adfrw"
                               << "adfrw"
                               << ""
                               << "-rw-??????";
    QTest::newRow("mlsd read-only file") << file << "r"
                                         << "r"
                                         << ""
                                         << "-r--??????";
    QTest::newRow("mlsd dir") << dir << "flcdmpe"
                              << "flcdmpe"
                              << ""
                              << "drwx??????";
    QTest::newRow("unknown") << file << ""
                             << ""
                             << ""
                             << "-?????????";
    QTest::newRow("other type") << int(RemoteEntry::Type::Other) << ""
                                << ""
                                << ""
                                << "??????????";
}

void TestFtpUrl::modeString()
{
    QFETCH(int, type);
    QFETCH(QString, permissions);
    QFETCH(QString, perm);
    QFETCH(QString, unixMode);
    RemoteEntry e = entry(QStringLiteral("x"), RemoteEntry::Type(type), 1, permissions);
    if (!perm.isEmpty())
        e.facts.insert(QStringLiteral("perm"), perm);
    if (!unixMode.isEmpty())
        e.facts.insert(QStringLiteral("unix.mode"), unixMode);
    QTEST(Cli::modeString(e), "expected");
}

void TestFtpUrl::mirrorArguments()
{
    using Cli::MirrorCommand;
    MirrorCommand::Settings settings;
    QString error;
    QVERIFY(MirrorCommand::parse(
        {QStringLiteral("--parallel"), QStringLiteral("4"), QStringLiteral("--newer-only"),
         QStringLiteral("--include"), QStringLiteral("*.txt"), QStringLiteral("--exclude"),
         QStringLiteral("tmp"), QStringLiteral("--exclude"), QStringLiteral("*.o"),
         QStringLiteral("--delete"), QStringLiteral("--dry-run"), QStringLiteral("--active"),
         QStringLiteral("dir"), QStringLiteral("ftp://h/x/")},
        &settings, &error));
    QCOMPARE(settings.parallel, 4);
    QVERIFY(settings.newerOnly && settings.deleteExtra && settings.dryRun);
    QCOMPARE(settings.include, QStringList{QStringLiteral("*.txt")});
    QCOMPARE(settings.exclude, (QStringList{QStringLiteral("tmp"), QStringLiteral("*.o")}));
    QCOMPARE(settings.dataMode, DataConnectionMode::Active);
    QCOMPARE(settings.source, QStringLiteral("dir"));
    QCOMPARE(settings.destination, QStringLiteral("ftp://h/x/"));

    const QList<QStringList> bad = {
        {QStringLiteral("a"), QStringLiteral("b")},
        {QStringLiteral("ftp://h/a/"), QStringLiteral("ftp://h/b/")},
        {QStringLiteral("a")},
        {QStringLiteral("--parallel"), QStringLiteral("0"), QStringLiteral("a"), QStringLiteral("ftp://h/")},
        {QStringLiteral("--active"), QStringLiteral("--passive"), QStringLiteral("a"),
         QStringLiteral("ftp://h/")},
    };
    for (const QStringList& arguments : bad) {
        MirrorCommand::Settings s;
        QVERIFY2(!MirrorCommand::parse(arguments, &s, &error), qPrintable(arguments.join(QLatin1Char(' '))));
    }
    const Cli::Invocation invocation = Cli::CommandLine::parse(
        {QStringLiteral("mirror"), QStringLiteral("a"), QStringLiteral("ftp://h/")}, false);
    QCOMPARE(invocation.command, Cli::Command::Mirror);
    QCOMPARE(invocation.action, Cli::Invocation::Action::RunCommand);
}

void TestFtpUrl::transferFilter_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("include");
    QTest::addColumn<QStringList>("exclude");
    QTest::addColumn<bool>("accepted");
    const QStringList none;
    QTest::newRow("no filters") << QString::fromUtf8("a/b.txt") << none << none << true;
    QTest::newRow("exclude by name") << QString::fromUtf8("a/b.txt") << none
                                     << QStringList{QString::fromUtf8("*.txt")} << false;
    QTest::newRow("exclude by path") << QString::fromUtf8("a/b.txt") << none
                                     << QStringList{QString::fromUtf8("a/*.txt")} << false;
    QTest::newRow("star stops at slash")
        << QString::fromUtf8("a/c/b.txt") << none << QStringList{QString::fromUtf8("a/*.txt")} << true;
    QTest::newRow("exclude a folder")
        << QString::fromUtf8("tmp/x/y.bin") << none << QStringList{QString::fromUtf8("tmp")} << false;
    QTest::newRow("exclude a nested folder")
        << QString::fromUtf8("a/tmp/y.bin") << none << QStringList{QString::fromUtf8("tmp")} << false;
    QTest::newRow("include by name") << QString::fromUtf8("a/b.txt")
                                     << QStringList{QString::fromUtf8("*.txt")} << none << true;
    QTest::newRow("not included") << QString::fromUtf8("a/b.bin") << QStringList{QString::fromUtf8("*.txt")}
                                  << none << false;
    QTest::newRow("include a folder")
        << QString::fromUtf8("docs/x/y.bin") << QStringList{QString::fromUtf8("docs")} << none << true;
    QTest::newRow("exclude wins") << QString::fromUtf8("a/b.txt") << QStringList{QString::fromUtf8("*.txt")}
                                  << QStringList{QString::fromUtf8("b.*")} << false;
    QTest::newRow("utf-8 and spaces") << QString::fromUtf8("ü dir/ファイル.txt") << none
                                      << QStringList{QString::fromUtf8("ü dir")} << false;
}

void TestFtpUrl::transferFilter()
{
    QFETCH(QString, path);
    QFETCH(QStringList, include);
    QFETCH(QStringList, exclude);
    QTEST(transferFilterAccepts(path, include, exclude), "accepted");
}

QTEST_GUILESS_MAIN(TestFtpUrl)
#include "tst_ftpurl.moc"
