#pragma once

#include "client/ftpclientoptions.h"
#include "client/ftpoperation.h"
#include "tlsoptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Ferry::Cli {

// The exit status of the ferry executable; documented in `ferry --help`.
enum ExitCode
{
    ExitOk = 0,
    ExitOperationFailed = 1, // the server refused (file not found, permission denied, ...)
    ExitUsage = 2,           // bad command line, bad URL
    ExitConnection = 3,      // host not found, connection refused or lost, timeout, login failed
    ExitLocalIo = 4,         // a local file could not be read, written or renamed
    ExitInterrupted = 130,   // Ctrl-C (SIGINT) or SIGTERM: 128 + SIGINT, as shells report it
};

// The exit status that fits an operation's error (documented in `ferry --help`).
int exitCodeFor(FtpOperation::Error error);

enum class Command
{
    None,
    Ls,
    Get,
    Put,
    Mkdir,
    Rm,
    Rmdir,
    Mv,
    Serve,
    Mirror
};

// What the command line asks for, as parseCommandLine() understands it. Pure data.
struct Invocation
{
    enum class Action
    {
        RunCommand,  // `command` with `arguments` and the options below
        ShowHelp,    // help on `command` (Command::None: the overall help), exit 0
        ShowVersion, // "ferry <version>", exit 0
        OpenGui,     // no command (or a bare URL, then in guiUrl): the main window
        UsageError,  // `error`; exit 2
    };

    Action action = Action::ShowHelp;
    Command command = Command::None;
    QString error;                // UsageError: what is wrong, one line
    bool showHelpOnError = false; // UsageError: print the overall help after the error
    QString guiUrl;               // OpenGui: the URL given instead of a command, or empty

    QStringList arguments; // RunCommand: the positional arguments after the command name
    DataConnectionMode dataMode = DataConnectionMode::Auto;
    QString user;
    bool hasUser = false;
    QString password;
    bool hasPassword = false;
    bool verbose = false;
    bool longListing = false; // ls -l
    bool resume = false;      // get -c
    TlsOptions tls;           // --tls, --fingerprint, --cacert
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::Cli::CommandLine)

public:
    // True when the arguments (argv without the program name) ask for the main window: none at all, or
    // a bare ftp:// URL in place of a command. Decided before any application object exists, so that the
    // command line never needs a display.
    static bool wantsGui(const QStringList& arguments);

    // Parses argv without the program name. guiAvailable tells whether this build has the main window.
    static Invocation parse(const QStringList& arguments, bool guiAvailable);

    // Runs the command line: prints help, version or a usage error, or runs the FTP command.
    // Needs a QCoreApplication. Returns the exit status. Must not be called for Action::OpenGui.
    static int run(const Invocation& invocation, bool guiAvailable);

    static QString overallHelp(bool guiAvailable);
    static QString commandHelp(Command command);
    static QString commandName(Command command);
    static QString versionText();
};

} // namespace Ferry::Cli
