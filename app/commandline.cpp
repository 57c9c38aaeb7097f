#include "commandline.h"

#include "commandrunner.h"
#include "console.h"
#include "mirrorcommand.h"
#include "servecommand.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace Ferry::Cli {

namespace {

constexpr int HelpWidth = 79;
constexpr int OptionColumn = 24;

enum class Opt
{
    User,
    Password,
    Active,
    Passive,
    Verbose,
    Help,
    Long,
    Continue,
    Version
};

struct OptionSpec
{
    Opt id;
    const char* shortName; // nullptr when none
    const char* longName;
    const char* valueName; // nullptr for a flag
    const char* description;
};

// clang-format off
const OptionSpec optionSpecs[] = {
    {Opt::Long, "l", "long", nullptr, QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine",
        "Long listing, one entry a line like `ls -l`: type and permissions, size in bytes, "
        "modification time and name.")},
    {Opt::Continue, "c", "continue", nullptr, QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine",
        "Resume: if the partial file .NAME.ferry-part exists, continue the download from its size "
        "(REST); keep it when the download fails or is interrupted.")},
    {Opt::User, nullptr, "user", "NAME", QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine",
        "Log in as NAME (instead of the URL's user; default: anonymous).")},
    {Opt::Password, nullptr, "password", "PASSWORD", QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine",
        "Log in with PASSWORD (instead of the URL's password). Other users on this machine may see "
        "command lines: prefer the FERRY_PASSWORD environment variable.")},
    {Opt::Active, nullptr, "active", nullptr, QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine",
        "Active mode: the server connects to ferry for data (EPRT/PORT).")},
    {Opt::Passive, nullptr, "passive", nullptr, QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine",
        "Passive mode: ferry connects to the server for data (EPSV/PASV). Default: passive, "
        "falling back to active when the server refuses it.")},
    {Opt::Verbose, "v", "verbose", nullptr, QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine",
        "Print the control dialogue with the server (passwords masked) and a transfer summary "
        "on standard error.")},
    {Opt::Help, "h", "help", nullptr, QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine",
        "Show this help.")},
    {Opt::Version, nullptr, "version", nullptr, QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine",
        "Print the version and exit.")},
};

struct CommandSpec
{
    Command command;
    const char* name;
    const char* synopsis; // the arguments, e.g. "URL [LOCAL]"
    int minArguments;
    int maxArguments;
    bool hasLong;
    bool hasContinue;
    const char* summary;
    const char* details;
};

const CommandSpec commandSpecs[] = {
    {Command::Ls, "ls", "URL", 1, 1, true, false,
     QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine", "List a remote directory, or show one file."),
     QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine",
        "Lists the directory the URL names (ftp://host/ is the login directory); for a URL that names "
        "a file, shows that file. Prints one name a line on standard output, sorted, directories with "
        "a trailing '/'; a listing of more than 10,000 entries is printed while it arrives, in the "
        "server's order. With -l, one entry a line like `ls -l`: type and permissions ('?' where the "
        "server does not tell; for servers that only say what this login may do, that is the first "
        "triad), size in bytes, modification time (local time, YYYY-MM-DD HH:MM), name, "
        "and ' -> TARGET' for symbolic links. The entries '.' and '..' are left out.")},
    {Command::Get, "get", "URL [LOCAL]", 1, 2, false, true,
     QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine", "Download a file."),
     QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine",
        "Downloads the file the URL names to LOCAL. Without LOCAL, the file keeps its remote name in "
        "the current directory; if LOCAL is a directory, the file goes into it under its remote name; "
        "'-' writes the file to standard output. The data goes to a temporary file .NAME.ferry-part "
        "beside the target, which is renamed to NAME (replacing an existing file) only once the whole "
        "file arrived. On failure or Ctrl-C the temporary file is removed, unless -c is given.")},
    {Command::Put, "put", "LOCAL URL", 2, 2, false, false,
     QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine", "Upload a file."),
     QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine",
        "Uploads the local file LOCAL to the URL, replacing a remote file of that name. If the URL "
        "ends with '/', the file goes into that directory under its local name.")},
    {Command::Mkdir, "mkdir", "URL", 1, 1, false, false,
     QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine", "Create a remote directory."),
     QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine",
        "Creates the directory the URL names. Its parent directory must exist.")},
    {Command::Rm, "rm", "URL", 1, 1, false, false,
     QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine", "Delete a remote file."),
     QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine",
        "Deletes the file the URL names. Directories are deleted with rmdir.")},
    {Command::Rmdir, "rmdir", "URL", 1, 1, false, false,
     QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine", "Delete an empty remote directory."),
     QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine",
        "Deletes the directory the URL names. Servers delete only empty directories.")},
    {Command::Mv, "mv", "URL NEWNAME", 2, 2, false, false,
     QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine", "Rename or move a remote file or directory."),
     QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine",
        "Renames the file or directory the URL names to NEWNAME. NEWNAME is taken relative to the "
        "directory that holds the entry, unless it starts with '/' (an absolute path on the server) "
        "or is an ftp:// URL on the same server; it is not percent-decoded unless it is a URL.")},
    {Command::Serve, "serve", "[DIR]", 0, -1, false, false,
     QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine", "Share a local folder over FTP until Ctrl-C."),
     QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine",
        "Runs Ferry's FTP server on a local folder (see ferry serve --help).")},
    {Command::Mirror, "mirror", "SRC DEST", 2, 2, false, false,
     QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine", "Mirror a folder to or from a server."),
     QT_TRANSLATE_NOOP("Ferry::Cli::CommandLine",
        "Makes DEST a copy of SRC, one a local folder, the other an ftp:// URL "
        "(see ferry mirror --help).")},
};
// clang-format on

const CommandSpec* findCommand(const QString& name)
{
    for (const CommandSpec& spec : commandSpecs) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

const CommandSpec* findCommand(Command command)
{
    for (const CommandSpec& spec : commandSpecs) {
        if (spec.command == command)
            return &spec;
    }
    return nullptr;
}

const OptionSpec& findOption(Opt id)
{
    for (const OptionSpec& spec : optionSpecs) {
        if (spec.id == id)
            return spec;
    }
    Q_UNREACHABLE();
}

QString trCli(const char* text)
{
    return CommandLine::tr(text);
}

QCommandLineOption makeOption(Opt id)
{
    const OptionSpec& spec = findOption(id);
    QStringList names;
    if (spec.shortName)
        names << QLatin1String(spec.shortName);
    names << QLatin1String(spec.longName);
    if (spec.valueName)
        return QCommandLineOption(names, trCli(spec.description), QLatin1String(spec.valueName));
    return QCommandLineOption(names, trCli(spec.description));
}

// The options a command accepts, in the order its help lists them.
QList<Opt> commandOptions(const CommandSpec& spec)
{
    QList<Opt> options;
    if (spec.hasLong)
        options << Opt::Long;
    if (spec.hasContinue)
        options << Opt::Continue;
    options << Opt::User << Opt::Password << Opt::Active << Opt::Passive << Opt::Verbose << Opt::Help;
    return options;
}

// Word-wraps text to HelpWidth, every line indented by `indent` spaces except the first
// (firstLinePrefix, which the caller pads itself).
QString wrap(const QString& text, int indent, int firstLineUsed)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString out;
    int column = firstLineUsed;
    bool lineEmpty = true;
    for (const QString& word : words) {
        if (!lineEmpty && column + 1 + word.size() > HelpWidth) {
            out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
            lineEmpty = true;
        }
        if (!lineEmpty) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += word;
        column += static_cast<int>(word.size());
        lineEmpty = false;
    }
    return out;
}

QString paragraph(const QString& text, int indent = 0)
{
    return QString(indent, QLatin1Char(' ')) + wrap(text, indent, indent) + QLatin1Char('\n');
}

QString optionLine(Opt id)
{
    const OptionSpec& spec = findOption(id);
    QString names = spec.shortName ? QStringLiteral("  -%1, ").arg(QLatin1String(spec.shortName))
                                   : QStringLiteral("      ");
    names += QStringLiteral("--") + QLatin1String(spec.longName);
    if (spec.valueName)
        names += QLatin1Char(' ') + QLatin1String(spec.valueName);
    QString line = names;
    if (line.size() + 1 >= OptionColumn)
        line += QLatin1Char('\n') + QString(OptionColumn, QLatin1Char(' '));
    else
        line += QString(OptionColumn - line.size(), QLatin1Char(' '));
    line += wrap(trCli(spec.description), OptionColumn, OptionColumn);
    return line + QLatin1Char('\n');
}

// "  TERM  description", the description wrapped and aligned at `column`.
QString definition(const QString& term, const QString& description, int column)
{
    QString line = QStringLiteral("  ") + term;
    if (line.size() + 1 >= column)
        line += QLatin1Char('\n') + QString(column, QLatin1Char(' '));
    else
        line += QString(column - line.size(), QLatin1Char(' '));
    return line + wrap(description, column, column) + QLatin1Char('\n');
}

QString exitStatusHelp()
{
    constexpr int column = 7;
    return CommandLine::tr("Exit status:") + QLatin1Char('\n') +
           definition(QStringLiteral("0"), CommandLine::tr("success"), column) +
           definition(QStringLiteral("1"),
                      CommandLine::tr("the operation failed: the server refused it (no such file, "
                                      "permission denied, ...)"),
                      column) +
           definition(QStringLiteral("2"), CommandLine::tr("usage error: bad command line or URL"), column) +
           definition(QStringLiteral("3"),
                      CommandLine::tr("connection or login failure: host not found, connection refused "
                                      "or lost, timeout, wrong password"),
                      column) +
           definition(QStringLiteral("4"),
                      CommandLine::tr("local I/O error: a local file could not be read, written or "
                                      "renamed"),
                      column) +
           definition(QStringLiteral("130"), CommandLine::tr("interrupted (Ctrl-C or SIGTERM)"), column);
}

QString urlHelp()
{
    return CommandLine::tr("URLs:") + QLatin1Char('\n') +
           paragraph(
               CommandLine::tr("ftp://[USER[:PASSWORD]@]HOST[:PORT]/PATH, e.g. "
                               "ftp://alice@192.168.1.10/logs/today.txt, ftp://[::1]:2121/dir/. "
                               "The port defaults to 21; without a user, ferry logs in as "
                               "anonymous. Names may be percent-encoded (a%20b.txt, %C3%A9). "
                               "PATH is relative to the login directory; "
                               "ftp://host/%2Fetc/motd or ftp://host//etc/motd is the absolute "
                               "path /etc/motd. A trailing '/' names a directory. "
                               "ftpes:// requires TLS (AUTH TLS), ftps:// is implicit TLS (port 990); "
                               "ftp:// encrypts with TLS when the server offers it and says so with -v."),
               2);
}

QString environmentHelp()
{
    return CommandLine::tr("Environment:") + QLatin1Char('\n') +
           definition(QStringLiteral("FERRY_PASSWORD"),
                      CommandLine::tr("The password for a named user (--user or the URL's) when neither "
                                      "--password nor the URL gives one."),
                      OptionColumn);
}

Invocation usageError(const QString& message, Command command = Command::None)
{
    Invocation invocation;
    invocation.action = Invocation::Action::UsageError;
    invocation.error = message;
    invocation.command = command;
    return invocation;
}

// The index of the first argument that is not an option or an option's value, or -1.
qsizetype findCommandIndex(const QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return i + 1 < arguments.size() ? i + 1 : -1;
        if (argument.startsWith(QLatin1Char('-')) && argument != QLatin1String("-")) {
            if (argument == QLatin1String("--user") || argument == QLatin1String("--password"))
                ++i; // skip the value
            continue;
        }
        return i;
    }
    return -1;
}

bool looksLikeUrl(const QString& argument)
{
    return argument.contains(QLatin1String("://"));
}

} // namespace

bool CommandLine::wantsGui(const QStringList& arguments)
{
    if (arguments.isEmpty())
        return true;
    const qsizetype index = findCommandIndex(arguments);
    return index == 0 && arguments.size() == 1 && looksLikeUrl(arguments.first());
}

Invocation CommandLine::parse(const QStringList& arguments, bool guiAvailable)
{
    const qsizetype commandIndex = findCommandIndex(arguments);
    const QString programName = QStringLiteral("ferry");

    if (commandIndex < 0) {
        QCommandLineParser parser;
        parser.addOption(makeOption(Opt::Help));
        parser.addOption(makeOption(Opt::Version));
        if (!parser.parse(QStringList{programName} + arguments))
            return usageError(parser.errorText());
        Invocation invocation;
        if (parser.isSet(QStringLiteral("help"))) {
            invocation.action = Invocation::Action::ShowHelp;
        } else if (parser.isSet(QStringLiteral("version"))) {
            invocation.action = Invocation::Action::ShowVersion;
        } else if (guiAvailable) {
            invocation.action = Invocation::Action::OpenGui;
        } else {
            invocation = usageError(tr("No command given."));
            invocation.showHelpOnError = true;
        }
        return invocation;
    }

    const QString commandName = arguments.at(commandIndex);
    QStringList rest = arguments;
    rest.removeAt(commandIndex);

    if (looksLikeUrl(commandName)) {
        if (!rest.isEmpty())
            return usageError(tr("A URL in place of a command takes no further arguments; to run a "
                                 "command on it, write e.g. 'ferry ls %1'.")
                                  .arg(commandName));
        if (guiAvailable) {
            Invocation invocation;
            invocation.action = Invocation::Action::OpenGui;
            invocation.guiUrl = commandName;
            return invocation;
        }
        return usageError(tr("This build of ferry has no graphical interface to open %1 in; use a command "
                             "such as 'ferry ls %1'.")
                              .arg(commandName));
    }

    if (commandName == QLatin1String("help")) {
        QCommandLineParser parser;
        parser.addOption(makeOption(Opt::Help));
        if (!parser.parse(QStringList{programName} + rest))
            return usageError(parser.errorText());
        const QStringList topics = parser.positionalArguments();
        if (topics.size() > 1)
            return usageError(tr("Too many arguments (usage: ferry help [COMMAND])."));
        Invocation invocation;
        invocation.action = Invocation::Action::ShowHelp;
        if (!topics.isEmpty()) {
            const CommandSpec* spec = findCommand(topics.first());
            if (!spec)
                return usageError(tr("Unknown command \"%1\".").arg(topics.first()));
            invocation.command = spec->command;
        }
        return invocation;
    }

    const CommandSpec* spec = findCommand(commandName);
    if (!spec)
        return usageError(tr("Unknown command \"%1\".").arg(commandName));

    if (spec->command == Command::Serve || spec->command == Command::Mirror) {
        Invocation invocation;
        invocation.command = spec->command;
        invocation.action = rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))
                                ? Invocation::Action::ShowHelp
                                : Invocation::Action::RunCommand;
        invocation.arguments = rest;
        return invocation;
    }

    QCommandLineParser parser;
    for (Opt id : commandOptions(*spec))
        parser.addOption(makeOption(id));
    parser.addOptions(TlsOptions::options());
    if (!parser.parse(QStringList{programName} + rest))
        return usageError(parser.errorText(), spec->command);

    Invocation invocation;
    invocation.command = spec->command;
    if (parser.isSet(QStringLiteral("help"))) {
        invocation.action = Invocation::Action::ShowHelp;
        return invocation;
    }

    const QStringList positional = parser.positionalArguments();
    const QString usage =
        QStringLiteral("ferry %1 %2").arg(QLatin1String(spec->name), QLatin1String(spec->synopsis));
    if (positional.size() < spec->minArguments)
        return usageError(tr("Missing argument (usage: %1).").arg(usage), spec->command);
    if (spec->maxArguments >= 0 && positional.size() > spec->maxArguments)
        return usageError(tr("Too many arguments (usage: %1).").arg(usage), spec->command);

    if (parser.isSet(QStringLiteral("active")) && parser.isSet(QStringLiteral("passive")))
        return usageError(tr("Choose --active or --passive, not both."), spec->command);

    invocation.action = Invocation::Action::RunCommand;
    invocation.arguments = positional;
    if (parser.isSet(QStringLiteral("active")))
        invocation.dataMode = DataConnectionMode::Active;
    else if (parser.isSet(QStringLiteral("passive")))
        invocation.dataMode = DataConnectionMode::Passive;
    invocation.hasUser = parser.isSet(QStringLiteral("user"));
    invocation.user = parser.value(QStringLiteral("user"));
    invocation.hasPassword = parser.isSet(QStringLiteral("password"));
    invocation.password = parser.value(QStringLiteral("password"));
    invocation.verbose = parser.isSet(QStringLiteral("verbose"));
    invocation.longListing = spec->hasLong && parser.isSet(QStringLiteral("long"));
    invocation.resume = spec->hasContinue && parser.isSet(QStringLiteral("continue"));
    QString tlsError;
    const std::optional<TlsOptions> tls = TlsOptions::read(parser, &tlsError);
    if (!tls)
        return usageError(tlsError, spec->command);
    invocation.tls = *tls;
    return invocation;
}

QString CommandLine::overallHelp(bool guiAvailable)
{
    QString text = tr("Usage: ferry COMMAND [OPTIONS] ARGUMENTS") + QLatin1Char('\n');
    if (guiAvailable)
        text += tr("       ferry                  open the main window") + QLatin1Char('\n');
    text += QLatin1Char('\n');
    text += paragraph(tr("Ferry transfers files to and from FTP servers, from desktops to small boards. "
                         "Data goes to standard output, messages to standard error."));
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const CommandSpec& spec : commandSpecs) {
        QString head = QStringLiteral("  %1 %2").arg(QLatin1String(spec.name), QLatin1String(spec.synopsis));
        if (head.size() + 1 >= OptionColumn)
            head += QLatin1Char('\n') + QString(OptionColumn, QLatin1Char(' '));
        else
            head += QString(OptionColumn - head.size(), QLatin1Char(' '));
        text += head + wrap(trCli(spec.summary), OptionColumn, OptionColumn) + QLatin1Char('\n');
    }
    QString helpHead = QStringLiteral("  help [COMMAND]");
    helpHead += QString(OptionColumn - helpHead.size(), QLatin1Char(' '));
    text += helpHead + tr("Show help on a command (or: ferry COMMAND --help).") + QLatin1Char('\n');

    text += QLatin1Char('\n') + tr("Options of every command:") + QLatin1Char('\n');
    for (Opt id : {Opt::User, Opt::Password, Opt::Active, Opt::Passive, Opt::Verbose, Opt::Help})
        text += optionLine(id);
    for (const auto& [term, description] : TlsOptions::helpEntries())
        text += definition(QLatin1String("    ") + term, description, OptionColumn);
    text += QLatin1Char('\n') + tr("Other options:") + QLatin1Char('\n');
    text += optionLine(Opt::Version);

    text += QLatin1Char('\n') + urlHelp();
    text += QLatin1Char('\n') + environmentHelp();
    text += QLatin1Char('\n') + exitStatusHelp();
    return text;
}

QString CommandLine::commandHelp(Command command)
{
    const CommandSpec* spec = findCommand(command);
    if (!spec)
        return overallHelp(false);
    QString text = tr("Usage: ferry %1 [OPTIONS] %2")
                       .arg(QLatin1String(spec->name), QLatin1String(spec->synopsis))
                       .trimmed() +
                   QLatin1Char('\n');
    text += QLatin1Char('\n') + paragraph(trCli(spec->summary));
    text += QLatin1Char('\n') + paragraph(trCli(spec->details));
    if (command == Command::Serve)
        return ServeCommand::helpText();
    if (command == Command::Mirror)
        return MirrorCommand::helpText();
    text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
    for (Opt id : commandOptions(*spec))
        text += optionLine(id);
    for (const auto& [term, description] : TlsOptions::helpEntries())
        text += definition(QLatin1String("    ") + term, description, OptionColumn);
    text += QLatin1Char('\n') + urlHelp();
    text += QLatin1Char('\n') + environmentHelp();
    text += QLatin1Char('\n') + exitStatusHelp();
    return text;
}

QString CommandLine::commandName(Command command)
{
    const CommandSpec* spec = findCommand(command);
    return spec ? QLatin1String(spec->name) : QString();
}

QString CommandLine::versionText()
{
    return QStringLiteral("ferry %1").arg(QLatin1String(FERRY_VERSION));
}

int CommandLine::run(const Invocation& invocation, bool guiAvailable)
{
    switch (invocation.action) {
    case Invocation::Action::ShowHelp:
        Console::writeOut(invocation.command == Command::None ? overallHelp(guiAvailable)
                                                              : commandHelp(invocation.command));
        return ExitOk;
    case Invocation::Action::ShowVersion:
        Console::writeOut(versionText() + QLatin1Char('\n'));
        return ExitOk;
    case Invocation::Action::OpenGui:
        Console::writeErr(tr("ferry: this build has no graphical interface.") + QLatin1Char('\n'));
        return ExitUsage;
    case Invocation::Action::UsageError: {
        QString text = QStringLiteral("ferry: ") + invocation.error + QLatin1Char('\n');
        if (invocation.showHelpOnError) {
            text += QLatin1Char('\n') + overallHelp(guiAvailable);
        } else {
            const QString topic = commandName(invocation.command);
            text += (topic.isEmpty() ? tr("Try 'ferry --help' for more information.")
                                     : tr("Try 'ferry %1 --help' for more information.").arg(topic)) +
                    QLatin1Char('\n');
        }
        Console::writeErr(text);
        return ExitUsage;
    }
    case Invocation::Action::RunCommand:
        break;
    }

    if (invocation.command == Command::Serve) {
        ServeCommand::Settings settings;
        QString error;
        if (!ServeCommand::parse(invocation.arguments, &settings, &error)) {
            Console::writeErr(QStringLiteral("ferry: %1\n").arg(error) +
                              tr("Try 'ferry serve --help' for more information.") + QLatin1Char('\n'));
            return ExitUsage;
        }
        return ServeCommand::run(settings);
    }
    if (invocation.command == Command::Mirror) {
        MirrorCommand::Settings settings;
        QString error;
        if (!MirrorCommand::parse(invocation.arguments, &settings, &error)) {
            Console::writeErr(QStringLiteral("ferry: %1\n").arg(error) +
                              tr("Try 'ferry mirror --help' for more information.") + QLatin1Char('\n'));
            return ExitUsage;
        }
        if (settings.help) {
            Console::writeOut(MirrorCommand::helpText());
            return ExitOk;
        }
        return MirrorCommand::run(settings);
    }
    CommandRunner runner(invocation);
    return runner.exec();
}

int exitCodeFor(FtpOperation::Error error)
{
    switch (error) {
    case FtpOperation::Error::NoError:
        return ExitOk;
    case FtpOperation::Error::ServerRefused:
    case FtpOperation::Error::TransientError:
        return ExitOperationFailed;
    case FtpOperation::Error::LocalIoError:
        return ExitLocalIo;
    case FtpOperation::Error::InvalidArgument:
        return ExitUsage;
    case FtpOperation::Error::Canceled:
        return ExitInterrupted;
    case FtpOperation::Error::HostNotFound:
    case FtpOperation::Error::ConnectionRefused:
    case FtpOperation::Error::Timeout:
    case FtpOperation::Error::ConnectionLost:
    case FtpOperation::Error::LoginFailed:
    case FtpOperation::Error::DataConnectionFailed:
    case FtpOperation::Error::ProtocolError:
    case FtpOperation::Error::NotConnected:
    case FtpOperation::Error::TlsFailed:
        break;
    }
    return ExitConnection;
}

} // namespace Ferry::Cli
