#pragma once

#include "client/ftpclientoptions.h"

#include <QCoreApplication>
#include <QStringList>

namespace Ferry::Cli {

// `ferry mirror [OPTIONS] SRC DEST`: makes DEST a copy of SRC, one of them an ftp:// URL of a folder, the
// other a local folder (local to remote uploads, remote to local downloads). Runs on the transfer engine
// (TransferQueue): parallel connections, retries with resume, upload verification.
class MirrorCommand
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::Cli::MirrorCommand)

public:
    struct Settings
    {
        QString source;
        QString destination;
        int parallel = 0; // 0: the engine's automatic choice
        bool newerOnly = false;
        bool dryRun = false;
        bool deleteExtra = false;
        bool watch = false;    // after the mirror, keep uploading changes (mirrorsync)
        bool compare = false;  // print what differs and exit (mirrorsync)
        bool checksum = false; // compare by the server's checksum (mirrorsync)
        QStringList include;
        QStringList exclude;
        QString user;
        bool hasUser = false;
        QString password;
        bool hasPassword = false;
        DataConnectionMode dataMode = DataConnectionMode::Auto;
        bool verbose = false;
        bool help = false;
    };

    // Parses the arguments after "mirror". Returns false with a one-line error.
    static bool parse(const QStringList& arguments, Settings* settings, QString* error);
    static QString helpText();
    // Runs the mirror; returns the exit status. Needs a QCoreApplication.
    static int run(const Settings& settings);
};

} // namespace Ferry::Cli
