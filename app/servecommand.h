#pragma once

#include "commandline.h"

#include <QCoreApplication>
#include <QStringList>

namespace Ferry::Cli {

// `ferry serve [DIR] [OPTIONS]`: Ferry's FTP server on a local folder, until Ctrl-C or SIGTERM. Prints the
// URLs to connect to (every local address, IPv4 and IPv6) and a log line per event on standard output.
class ServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::Cli::ServeCommand)

public:
    // What `ferry serve` was asked for. Pure data, filled by parse().
    struct Settings
    {
        QString folder; // empty: the default shared folder
        quint16 port = 2121;
        QStringList bindAddresses;
        struct User
        {
            QString name;
            QString password;
            bool writable = true;
        };
        QList<User> users;
        bool anonymous = false;
        bool writable = false; // anonymous may write
        quint16 passiveMin = 0;
        quint16 passiveMax = 0;
        bool hasPassiveRange = false;
        int maxSessions = -1;
        int maxPerAddress = -1;
        int banAfter = -1;   // failed logins from one address before it is banned; 0: never
        int banMinutes = -1; // how long
        // FTPS. Default: optional, with the self-signed certificate kept in the application data folder
        // (made on first use), or without TLS (and a warning) if there can be none.
        enum class Tls
        {
            Default,
            Off,
            Optional,
            Required
        };
        Tls tls = Tls::Default;
        QString certificateFile; // --cert; with keyFile
        QString keyFile;
        int implicitPort = -1; // --implicit-port: -1 none, 0 any free port
        bool requireReuse = false;
        bool verbose = false;
        bool help = false;
    };

    // Parses the arguments after "serve". Returns false with a one-line error.
    static bool parse(const QStringList& arguments, Settings* settings, QString* error);
    static QString helpText();
    // Runs the server until interrupted; returns the exit status. Needs a QCoreApplication.
    static int run(const Settings& settings);
    // The folder served when none is given: the user's Public folder (created if missing).
    static QString defaultFolder();
};

} // namespace Ferry::Cli
