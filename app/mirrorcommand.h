#pragma once

#include "client/ftpclientoptions.h"
#include "tlsoptions.h"
#include "transfer/transfertypes.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QMap>
#include <QObject>
#include <QStringList>

namespace Ferry {
class FtpClient;
class SyncScan;
class TransferEngine;
class WatchSession;
} // namespace Ferry

namespace Ferry::Cli {

class InterruptWatcher;

// `ferry mirror [OPTIONS] SRC DEST`: makes DEST a copy of SRC, one of them an ftp:// URL of a folder, the
// other a local folder (local to remote uploads, remote to local downloads). Runs on the transfer engine
// as the window does (TransferEngine: parallel connections, retries with resume, upload verification);
// the remote tree for --delete is listed by the engine's own walk (RemoteTasks), --compare and --dry-run
// come from the sync planner (MirrorSync), and the run is driven by signals from one event loop.
class MirrorCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MirrorCommand)

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
        TlsOptions tls;
    };

    // Parses the arguments after "mirror". Returns false with a one-line error.
    static bool parse(const QStringList& arguments, Settings* settings, QString* error);
    static QString helpText();
    // Runs the mirror; returns the exit status. Needs a QCoreApplication.
    static int run(const Settings& settings);

    explicit MirrorCommand(const Settings& settings, QObject* parent = nullptr);
    ~MirrorCommand() override;
    int exec();

private:
    // What one side of the mirror holds, by path relative to its root ("a/b.txt").
    struct TreeEntry
    {
        bool dir = false;
        qint64 size = -1;
        QDateTime time;
    };
    using Tree = QMap<QString, TreeEntry>;
    enum class Phase
    {
        Login,
        Preview, // --compare or --dry-run: the sync scan
        Transfer,
        Delete,    // listing and deleting for --delete
        Watch,     // --watch after the mirror
        StopWatch, // Ctrl-C while watching: the uploads under way are canceled
        Done,
    };

    void start();
    void onHomeLocated(quint64 request, const SiteHome& home);
    void onTreeListed(quint64 request, const RemoteTree& tree);
    void startPreview();
    void onPreviewScanned();
    void startTransfer();
    void onIdle();
    void deleteExtras(const Tree& remote);
    void onRemoteRemoved(quint64 request, const QList<TransferFileError>& failures);
    // The mirror is over: the summary, then --watch or the end.
    void complete();
    void stopWatching(int exitCode);
    void onInterrupted();
    void finish(int exitCode);
    void printSummary();

    static Tree localTree(const QString& root);
    static Tree remoteTreeOf(const RemoteTree& tree);
    bool accepted(const QString& relativePath) const;
    // Entries at the destination that are not at the source (filtered), files first, deepest first.
    QStringList extras(const Tree& source, const Tree& target) const;
    void draw(const TransferJobSnapshot& snapshot);
    void erase();
    QString relative(const QString& path) const;

    Settings m_settings;
    bool m_upload;
    QString m_localPath;
    QString m_remotePath;
    QString m_siteId;
    TransferSite m_site;
    TransferEngine* m_engine = nullptr;
    FtpClient* m_control = nullptr; // --compare and --dry-run: the sync scan's connection
    SyncScan* m_scan = nullptr;
    WatchSession* m_watch = nullptr;
    int m_watchFailures = 0;
    InterruptWatcher* m_interrupts = nullptr;
    QEventLoop m_loop;
    QElapsedTimer m_clock;
    Phase m_phase = Phase::Login;
    quint64 m_request = 0;
    TransferJobId m_job = 0;
    int m_exitCode = 0;
    bool m_interrupted = false;
    bool m_terminal = false;
    int m_linesShown = 0;
    QList<RemoteTreeEntry> m_removing; // uploads with --delete: what is being deleted
    int m_deleted = 0;
    int m_deleteFailed = 0;
};

} // namespace Ferry::Cli
