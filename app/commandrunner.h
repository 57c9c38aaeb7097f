#pragma once

#include "client/ftpclient.h"
#include "client/ftpoperation.h"
#include "client/ftpurl.h"
#include "commandline.h"
#include "console.h"

#include <QEventLoop>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

class QFile;

namespace Ferry {
class ListOperation;
class TransferEngine;
class TransferOperation;
struct RemoteEntry;
struct SiteHome;
struct TransferJobSnapshot;
} // namespace Ferry

namespace Ferry::Cli {

class InterruptWatcher;

// Runs one FTP command of the command line (ls, get, put, mkdir, rm, rmdir, mv): checks the arguments,
// logs on, runs the operation, logs off, and returns the exit status. `get` into a file and `put` run as
// a job of the transfer engine, as the window's transfers do (TransferEngine: part files, verified
// uploads, retries); the other commands, and `get` to standard output, drive an FtpClient. One event
// loop runs it all, so it needs a QCoreApplication but no display.
class CommandRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandRunner)

public:
    explicit CommandRunner(const Invocation& invocation, QObject* parent = nullptr);
    ~CommandRunner() override;

    // Runs the command to its end; returns an ExitCode.
    int exec();

private:
    // Checks the arguments and works out the paths, before any network traffic. False after a failure
    // was reported (m_exitCode says which).
    bool prepare();
    bool prepareGet();
    bool preparePut();
    bool prepareRename();

    void start();
    void runCommand();
    void runList();
    void showSingleEntry(const QString& originalError);
    void reportUnparsedLines(const ListOperation* operation);
    void runGetToStdout();
    void finishGetToStdout(TransferOperation* operation);
    // get into a file and put: a job of the transfer engine.
    bool usesEngine() const;
    void startEngineTransfer();
    void onHomeLocated(quint64 request, const SiteHome& home);
    void onJobChanged(const TransferJobSnapshot& snapshot);
    void onEngineIdle();
    void discardDownload();
    void runSimple(FtpOperation* operation);

    // Calls onFinished when `operation` finished (unless the runner is already on its way out).
    void whenFinished(FtpOperation* operation, std::function<void()> onFinished);
    // Calls onSuccess when `operation` succeeded; reports the failure and ends the run otherwise.
    void whenSucceeded(FtpOperation* operation, std::function<void()> onSuccess);
    void failOperation(const FtpOperation* operation);
    void fail(int exitCode, const QString& message);
    // Logs off (briefly waiting for QUIT) and leaves the event loop with exitCode.
    void finish(int exitCode);
    void onInterrupted();
    void hardAbort();
    void logMessage(FtpClient::LogKind kind, const QString& text);
    void printTransferSummary(bool download, qint64 bytes);

    Invocation m_invocation;
    FtpUrl m_url;
    FtpLogin m_login;
    TlsSettings m_tls;
    Console m_console;
    FtpClient* m_client;
    InterruptWatcher* m_interrupts = nullptr;
    QEventLoop m_loop;
    QPointer<FtpOperation> m_current;
    int m_exitCode = ExitOk;
    bool m_loggedIn = false;
    bool m_finishing = false;
    bool m_interrupted = false;

    // get and put
    TransferEngine* m_engine = nullptr;
    quint64 m_homeRequest = 0;
    quint64 m_job = 0;
    bool m_progressStarted = false;
    qint64 m_progressBase = 0;
    QString m_remotePath;
    QString m_localPath; // get: the final file; put: the source
    QString m_tempPath;  // get: .NAME.ferry-part
    bool m_toStdout = false;
    bool m_downloadDiscarded = false;
    qint64 m_localSize = -1;
    std::unique_ptr<QFile> m_file; // get to standard output
    // mv
    QString m_renameTarget;
};

} // namespace Ferry::Cli
