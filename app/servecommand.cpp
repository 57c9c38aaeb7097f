#include "servecommand.h"

#include "console.h"
#include "interruptwatcher.h"
#include "server/ftpserver.h"
#include "server/servercertificatestore.h"
#include "server/serverhost.h"
#include "server/tlscredentials.h"
#include "server/userauthenticator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTimer>
#include <memory>

namespace Ferry::Cli {

namespace {

QString timeStamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

bool parsePort(const QString& text, quint16* port)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > 65535)
        return false;
    *port = quint16(value);
    return true;
}

bool parseNumber(const QString& text, int minimum, int* out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum)
        return false;
    *out = value;
    return true;
}

bool parsePositive(const QString& text, int* out)
{
    return parseNumber(text, 1, out);
}

// The FTPS part of `ferry serve`: the certificate and what the banner says about it.
struct TlsSetup
{
    std::shared_ptr<const TlsCredentials> credentials;
    QString storedCertificate; // the self-signed certificate's file, for clients to trust (--cacert)
    bool created = false;
};

// False (the error printed) when the server must not start.
bool setUpTls(const ServeCommand::Settings& settings, TlsSetup* tls)
{
    using Tls = ServeCommand::Settings::Tls;
    if (settings.tls == Tls::Off)
        return true;
    QString error;
    if (!settings.certificateFile.isEmpty()) {
        tls->credentials = TlsCredentials::fromFiles(settings.certificateFile, settings.keyFile, &error);
        if (!tls->credentials) {
            Console::writeErr(ServeCommand::tr("ferry: cannot use the certificate: %1\n").arg(error));
            return false;
        }
        return true;
    }
    ServerCertificateStore store;
    tls->credentials = store.loadOrCreate(&error);
    if (!tls->credentials) {
        if (settings.tls != Tls::Default) {
            Console::writeErr(ServeCommand::tr("ferry: %1\n").arg(error));
            return false;
        }
        // By default a server without TLS is better than none (boards have no TLS anyway).
        Console::writeErr(ServeCommand::tr("ferry: serving without FTPS: %1\n").arg(error));
        return true;
    }
    tls->storedCertificate = store.certificatePath();
    tls->created = store.createdNew();
    return true;
}

QString tlsBanner(const ServerHost& host, const TlsSetup& tls)
{
    const ServerOptions options = host.options();
    if (options.tlsPolicy == ServerOptions::TlsPolicy::Off)
        return ServeCommand::tr("FTPS: off.\n");
    QString text = options.tlsPolicy == ServerOptions::TlsPolicy::Required
                       ? ServeCommand::tr("FTPS: required (AUTH TLS on port %1").arg(host.port())
                       : ServeCommand::tr("FTPS: optional (AUTH TLS on port %1").arg(host.port());
    if (host.implicitTlsPort() != 0)
        text += ServeCommand::tr(", implicit TLS on port %1").arg(host.implicitTlsPort());
    text += options.tlsRequireSessionReuse
                ? ServeCommand::tr("; data connections must resume the TLS session).\n")
                : QStringLiteral(").\n");
    text +=
        ServeCommand::tr("Certificate SHA-256 fingerprint: %1\n").arg(tls.credentials->sha256Fingerprint());
    if (!tls.storedCertificate.isEmpty())
        text += (tls.created ? ServeCommand::tr("Certificate (self-signed, made now): %1\n")
                             : ServeCommand::tr("Certificate (self-signed): %1\n"))
                    .arg(QDir::toNativeSeparators(tls.storedCertificate));
    return text;
}

} // namespace

bool ServeCommand::parse(const QStringList& arguments, Settings* settings, QString* error)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption port(QStringLiteral("port"), QString(), QStringLiteral("N"));
    const QCommandLineOption bind(QStringLiteral("bind"), QString(), QStringLiteral("ADDR"));
    const QCommandLineOption user(QStringLiteral("user"), QString(), QStringLiteral("NAME:PASSWORD[:rw|ro]"));
    const QCommandLineOption anonymous(QStringLiteral("anonymous"));
    const QCommandLineOption writable(QStringLiteral("writable"));
    const QCommandLineOption passive(QStringLiteral("passive-ports"), QString(), QStringLiteral("A-B"));
    const QCommandLineOption maxSessions(QStringLiteral("max-sessions"), QString(), QStringLiteral("N"));
    const QCommandLineOption maxPerAddress(QStringLiteral("max-per-address"), QString(), QStringLiteral("N"));
    const QCommandLineOption banAfter(QStringLiteral("ban-after"), QString(), QStringLiteral("N"));
    const QCommandLineOption banMinutes(QStringLiteral("ban-minutes"), QString(), QStringLiteral("M"));
    const QCommandLineOption verbose(QStringList{QStringLiteral("v"), QStringLiteral("verbose")});
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption tls(QStringLiteral("tls"), QString(), QStringLiteral("off|optional|required"));
    const QCommandLineOption cert(QStringLiteral("cert"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("key"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption implicitPort(QStringLiteral("implicit-port"), QString(), QStringLiteral("N"));
    const QCommandLineOption requireReuse(QStringLiteral("tls-require-reuse"));
    parser.addOptions({port, bind, user, anonymous, writable, passive, maxSessions, maxPerAddress, banAfter,
                       banMinutes, verbose, help, tls, cert, key, implicitPort, requireReuse});
    if (!parser.parse(QStringList{QStringLiteral("ferry-serve")} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    Settings s;
    s.help = parser.isSet(help);
    if (s.help) {
        *settings = s;
        return true;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        *error = tr("Too many arguments (usage: ferry serve [DIR] [OPTIONS]).");
        return false;
    }
    if (!positional.isEmpty())
        s.folder = positional.first();
    if (parser.isSet(port) && !parsePort(parser.value(port), &s.port)) {
        *error = tr("--port takes a number from 0 to 65535 (0: any free port), not \"%1\".")
                     .arg(parser.value(port));
        return false;
    }
    for (const QString& address : parser.values(bind)) {
        if (QHostAddress(address).isNull()) {
            *error = tr("--bind takes an IPv4 or IPv6 address, not \"%1\".").arg(address);
            return false;
        }
        s.bindAddresses.append(address);
    }
    for (const QString& value : parser.values(user)) {
        Settings::User u;
        QString rest = value;
        if (rest.endsWith(QLatin1String(":ro")) || rest.endsWith(QLatin1String(":rw"))) {
            u.writable = rest.endsWith(QLatin1String(":rw"));
            rest.chop(3);
        }
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == rest.size() - 1) {
            *error = tr("--user takes NAME:PASSWORD[:rw|ro], e.g. --user alice:secret:rw, not \"%1\".")
                         .arg(value.section(QLatin1Char(':'), 0, 0) + QStringLiteral(":…"));
            return false;
        }
        u.name = rest.left(colon);
        u.password = rest.mid(colon + 1);
        s.users.append(u);
    }
    s.anonymous = parser.isSet(anonymous) || s.users.isEmpty();
    s.writable = parser.isSet(writable);
    if (parser.isSet(passive)) {
        const QStringList range = parser.value(passive).split(QLatin1Char('-'));
        if (range.size() != 2 || !parsePort(range.at(0), &s.passiveMin) ||
            !parsePort(range.at(1), &s.passiveMax) || s.passiveMin < 1024 || s.passiveMin > s.passiveMax) {
            *error = tr("--passive-ports takes a range A-B of ports from 1024 to 65535, e.g. 50000-50999.");
            return false;
        }
        s.hasPassiveRange = true;
    }
    if (parser.isSet(maxSessions) && !parsePositive(parser.value(maxSessions), &s.maxSessions)) {
        *error = tr("--max-sessions takes a number of at least 1.");
        return false;
    }
    if (parser.isSet(maxPerAddress) && !parsePositive(parser.value(maxPerAddress), &s.maxPerAddress)) {
        *error = tr("--max-per-address takes a number of at least 1.");
        return false;
    }
    if (parser.isSet(banAfter) && !parseNumber(parser.value(banAfter), 0, &s.banAfter)) {
        *error = tr("--ban-after takes a number of failed logins (0: never ban).");
        return false;
    }
    if (parser.isSet(banMinutes) && !parsePositive(parser.value(banMinutes), &s.banMinutes)) {
        *error = tr("--ban-minutes takes a number of at least 1.");
        return false;
    }
    s.verbose = parser.isSet(verbose);
    if (parser.isSet(tls)) {
        const QString mode = parser.value(tls).toLower();
        if (mode == QLatin1String("off"))
            s.tls = Settings::Tls::Off;
        else if (mode == QLatin1String("optional"))
            s.tls = Settings::Tls::Optional;
        else if (mode == QLatin1String("required"))
            s.tls = Settings::Tls::Required;
        else {
            *error = tr("--tls takes off, optional or required, not \"%1\".").arg(parser.value(tls));
            return false;
        }
    }
    s.certificateFile = parser.value(cert);
    s.keyFile = parser.value(key);
    if (s.certificateFile.isEmpty() != s.keyFile.isEmpty()) {
        *error = tr("--cert and --key go together: the certificate (PEM) and its private key.");
        return false;
    }
    if (parser.isSet(implicitPort)) {
        quint16 value = 0;
        if (!parsePort(parser.value(implicitPort), &value)) {
            *error = tr("--implicit-port takes a number from 0 to 65535 (0: any free port), not \"%1\".")
                         .arg(parser.value(implicitPort));
            return false;
        }
        s.implicitPort = value;
    }
    s.requireReuse = parser.isSet(requireReuse);
    if (s.tls == Settings::Tls::Off &&
        (!s.certificateFile.isEmpty() || s.implicitPort >= 0 || s.requireReuse)) {
        *error = tr("--tls off cannot go with --cert, --implicit-port or --tls-require-reuse.");
        return false;
    }
    *settings = s;
    return true;
}

QString ServeCommand::helpText()
{
    return tr("Usage: ferry serve [DIR] [OPTIONS]\n"
              "\n"
              "Shares the folder DIR over FTP (IPv4 and IPv6) until Ctrl-C. Prints the URLs to type on the\n"
              "other side, then a line per session, login, transfer and file operation. Without DIR it\n"
              "shares your Public folder; without --user, anyone may log in as anonymous, read-only.\n"
              "Passwords never appear in the log.\n"
              "\n"
              "Options:\n"
              "      --port N          Listen on port N (default 2121; 0: any free port).\n"
              "      --bind ADDR       Listen only on ADDR (repeatable; default: every IPv4 and IPv6\n"
              "                        address of this machine).\n"
              "      --user NAME:PASSWORD[:rw|ro]\n"
              "                        Allow NAME to log in with PASSWORD, read-write (rw, the default)\n"
              "                        or read-only (ro). Repeatable.\n"
              "      --anonymous       Allow anonymous logins too (the default when no --user is given).\n"
              "      --writable        Let anonymous users upload, rename and delete.\n"
              "      --passive-ports A-B\n"
              "                        Choose passive data ports in A-B (for firewalls; default\n"
              "                        50000-50999).\n"
              "      --max-sessions N  Serve at most N sessions at once (default 32).\n"
              "      --max-per-address N\n"
              "                        At most N sessions from one client address (default 8).\n"
              "      --ban-after N     Refuse an address for --ban-minutes after N failed logins from it\n"
              "                        within 10 minutes, over all its connections (default 10; 0: never).\n"
              "                        Each failure also delays the next answer to that address more.\n"
              "      --ban-minutes M   How long such an address is refused (default 15).\n"
              "      --tls off|optional|required\n"
              "                        FTPS (RFC 4217). optional (the default): clients may use TLS\n"
              "                        (AUTH TLS), clear text still works (boards); required: logins\n"
              "                        and data connections only over TLS; off: clear text only.\n"
              "      --cert FILE --key FILE\n"
              "                        The certificate (PEM, its chain after it) and its private key.\n"
              "                        Default: a self-signed certificate made on first use and kept\n"
              "                        in Ferry's data folder (its fingerprint is printed at start).\n"
              "      --implicit-port N Also listen for implicit FTPS (TLS from connect, ftps://) on\n"
              "                        port N (0: any free port).\n"
              "      --tls-require-reuse\n"
              "                        Refuse TLS data connections that do not resume the control\n"
              "                        connection's TLS session (522), as vsftpd does by default.\n"
              "  -v, --verbose         Log every command and reply too.\n"
              "  -h, --help            Show this help.\n"
              "\n"
              "Small boards (NetX Duo FTP clients) are served as they expect. Exit status: 0 after Ctrl-C,\n"
              "2 usage error, 3 the port could not be opened, 4 the folder is not there.\n");
}

QString ServeCommand::defaultFolder()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PublicShareLocation);
    if (folder.isEmpty())
        folder = QDir::home().filePath(QStringLiteral("Public"));
    return folder;
}

int ServeCommand::run(const Settings& settings)
{
    if (settings.help) {
        Console::writeOut(helpText());
        return ExitOk;
    }
    QString folder = settings.folder;
    if (folder.isEmpty()) {
        folder = defaultFolder();
        if (!QDir().mkpath(folder)) {
            Console::writeErr(
                tr("ferry: could not create the folder %1 to share; name a folder: ferry serve DIR\n")
                    .arg(QDir::toNativeSeparators(folder)));
            return ExitLocalIo;
        }
    }
    const QFileInfo info(folder);
    if (!info.isDir()) {
        Console::writeErr(tr("ferry: %1 is not a folder.\n").arg(QDir::toNativeSeparators(folder)));
        return ExitLocalIo;
    }
    folder = info.canonicalFilePath();

    auto users = std::make_shared<UserAuthenticator>();
    QStringList who;
    for (const Settings::User& u : settings.users) {
        const auto access =
            u.writable ? UserAuthenticator::Access::ReadWrite : UserAuthenticator::Access::ReadOnly;
        if (!users->addUser(u.name, u.password, folder, access)) {
            Console::writeErr(QStringLiteral("ferry: %1\n").arg(users->errorString()));
            return ExitLocalIo;
        }
        who.append(u.writable ? tr("%1 (read-write)").arg(u.name) : tr("%1 (read-only)").arg(u.name));
    }
    if (settings.anonymous) {
        const auto access =
            settings.writable ? UserAuthenticator::Access::ReadWrite : UserAuthenticator::Access::ReadOnly;
        if (!users->setAnonymous(folder, access)) {
            Console::writeErr(QStringLiteral("ferry: %1\n").arg(users->errorString()));
            return ExitLocalIo;
        }
        who.append(settings.writable ? tr("anonymous (read-write)") : tr("anonymous (read-only)"));
    }

    ServerOptions options;
    options.port = settings.port;
    for (const QString& address : settings.bindAddresses)
        options.bindAddresses.append(QHostAddress(address));
    if (settings.hasPassiveRange) {
        options.passivePortMin = settings.passiveMin;
        options.passivePortMax = settings.passiveMax;
    }
    if (settings.maxSessions > 0)
        options.maxSessions = settings.maxSessions;
    if (settings.maxPerAddress > 0)
        options.maxSessionsPerAddress = settings.maxPerAddress;
    if (settings.banAfter >= 0)
        options.banAfterFailures = settings.banAfter;
    if (settings.banMinutes > 0)
        options.banMs = settings.banMinutes * 60 * 1000;
    options.logProtocol = settings.verbose;
    TlsSetup tls;
    if (!setUpTls(settings, &tls))
        return ExitLocalIo;
    if (tls.credentials) {
        options.tlsCredentials = tls.credentials;
        options.tlsPolicy = settings.tls == Settings::Tls::Required ? ServerOptions::TlsPolicy::Required
                                                                    : ServerOptions::TlsPolicy::Optional;
        options.tlsRequireSessionReuse = settings.requireReuse;
        if (settings.implicitPort >= 0)
            options.implicitTlsPort = quint16(settings.implicitPort);
    }

    // The server runs in a thread of its own (ServerHost, as in the window's server panel); this thread
    // prints its log and waits for Ctrl-C.
    ServerHost host;
    QObject::connect(&host, &ServerHost::logMessage, &host, [](const ServerLogEntry& entry) {
        const QString session = entry.sessionId ? QStringLiteral("[%1] ").arg(entry.sessionId) : QString();
        Console::writeOut(QStringLiteral("%1 %2%3\n").arg(timeStamp(), session, entry.text));
    });
    if (!host.start(options, users)) {
        Console::writeErr(tr("ferry: could not start the server: %1\n").arg(host.errorString()));
        return ExitConnection;
    }
    for (const QString& warning : host.warnings())
        Console::writeErr(QStringLiteral("ferry: %1\n").arg(warning));

    QString banner = tr("Serving %1 on port %2 to %3.\n")
                         .arg(QDir::toNativeSeparators(folder))
                         .arg(host.port())
                         .arg(who.join(QStringLiteral(", ")));
    banner += tlsBanner(host, tls);
    banner += tr("Connect with:\n");
    QList<QUrl> urls;
    const ServerOptions::TlsPolicy policy = host.options().tlsPolicy;
    if (policy != ServerOptions::TlsPolicy::Required)
        urls += host.connectionUrls();
    if (policy != ServerOptions::TlsPolicy::Off)
        urls += serverConnectionUrls(host.listeningAddresses(), host.port(), QStringLiteral("ftpes"));
    if (host.implicitTlsPort() != 0)
        urls +=
            serverConnectionUrls(host.listeningAddresses(), host.implicitTlsPort(), QStringLiteral("ftps"));
    for (const QUrl& url : std::as_const(urls))
        banner += QStringLiteral("  ") + url.toString() + QLatin1Char('\n');
    banner += tr("Press Ctrl-C to stop.\n");
    // Ctrl-C and SIGTERM are caught before the banner says the server is ready: a signal sent as soon as
    // the banner appears stops the server cleanly instead of killing the process.
    QEventLoop loop;
    InterruptWatcher interrupts;
    Console::writeOut(banner);
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&host, &loop] {
        Console::writeOut(QStringLiteral("%1 %2\n").arg(timeStamp(), tr("Stopping.")));
        // Sessions get their 421 and the last log lines are printed before the process ends; a session
        // in a long file operation finishes it first (the host's destructor waits for it).
        host.setStopWaitMs(30000);
        host.stop();
        loop.quit();
    });
    loop.exec();
    return ExitOk;
}

} // namespace Ferry::Cli
