#pragma once

#include "client/ftpclientoptions.h"
#include "client/servercapabilities.h"
#include "net/connectionsecurity.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

class QIODevice;

namespace Ferry {

class ChecksumOperation;
class FtpOperation;
class FtpSession;
class ListFactsOperation;
class ListOperation;
class StatOperation;
class TransferOperation;
struct ChecksumMethod;

// An FTP client connection (RFC 959 with RFC 2389, 2428, 2640 and 3659 extensions). Asynchronous: every
// call returns at once with an operation object that reports progress and completion. Operations run one
// after another in the order they were asked for, one command per write, never pipelined, so the client
// works with small board servers (NetX Duo) as well as with full servers. A GUI, the command line and
// the transfer queue drive it alike; it never blocks the thread it lives in.
class FtpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FtpClient)

public:
    enum class State
    {
        Unconnected,
        Connecting,
        LoggingIn,
        Connected,
        Closing
    };
    Q_ENUM(State)

    enum class LogKind
    {
        Command,
        Reply,
        Info,
        Error
    };
    Q_ENUM(LogKind)

    explicit FtpClient(QObject* parent = nullptr);
    ~FtpClient() override;

    FtpClientOptions options() const;
    void setOptions(const FtpClientOptions& options);

    // After an upload over EPSV was stored empty or stalled (a board server's defect), this connection's
    // uploads use PASV on IPv4 and EPRT on IPv6, whatever options().dataMode says.
    void setAvoidEpsvUploads(bool avoid);
    bool avoidsEpsvUploads() const;

    State state() const;
    const ServerCapabilities& capabilities() const;
    // The directory the server reported after login (PWD), or the last one set by cd().
    QString currentDirectory() const;
    FtpLogin login() const;

    // Connects, reads the greeting, logs on (USER/PASS), probes FEAT, switches to UTF-8 where offered,
    // sets binary type and reads the working directory. Finishes when the connection is ready.
    FtpOperation* connectToHost(const FtpLogin& login);
    // Sends QUIT after the queued operations and closes the connection.
    FtpOperation* disconnectFromHost();
    // Closes the connection at once; running and queued operations fail with Canceled.
    void abortConnection();

    FtpOperation* pwd();
    FtpOperation* cd(const QString& path);
    FtpOperation* cdUp();
    // MLSD when the server offers it, else LIST. An empty path lists the current directory.
    ListOperation* list(const QString& path = QString());
    ListOperation* nameList(const QString& path = QString());
    // Streams the remote file into `target` (open for writing). With offset > 0, REST offset is sent
    // first: the caller positions `target` (e.g. opened in Append mode). expectedSize (or SIZE, or the
    // 150 reply's "(N bytes)") gives progress a total.
    TransferOperation* download(const QString& remotePath, QIODevice* target, qint64 offset = 0,
                                qint64 expectedSize = -1);
    // Streams `source` (open for reading, positioned by the caller) to the remote file with STOR; with
    // offset > 0, REST offset + STOR (resume), or APPE when `append` is true.
    TransferOperation* upload(QIODevice* source, const QString& remotePath, qint64 offset = 0,
                              bool append = false);
    FtpOperation* mkdir(const QString& path);
    FtpOperation* rmdir(const QString& path);
    FtpOperation* remove(const QString& path);
    FtpOperation* rename(const QString& from, const QString& to);
    FtpOperation* size(const QString& path);
    FtpOperation* modificationTime(const QString& path);
    // MLST: the facts of one file or folder (size, type, modify, unique, ...) without a data connection.
    StatOperation* stat(const QString& path);
    // The server's checksum of a stored file (HASH, XSHA256, XSHA1, XMD5 or XCRC) with a method from
    // chooseChecksumMethod(capabilities()) (client/checksumoperation.h).
    ChecksumOperation* checksum(const QString& path, const ChecksumMethod& method);
    // OPTS MLST: asks for these MLST facts in later MLSD/MLST replies, next to those sent already.
    ListFactsOperation* selectListFacts(const QList<QByteArray>& facts);
    // Any command line, sent as given (one line). The reply is in reply(); 4xx/5xx finish with an error.
    FtpOperation* rawCommand(const QString& commandLine);
    FtpOperation* noop();

    // Aborts every running and queued operation without closing the connection.
    void abortAll();

    // FTPS: what protects the connection (protocol, cipher, the server's certificate chain and why it is
    // trusted, whether data connections are encrypted). Not encrypted before connecting or in clear text.
    ConnectionSecurity security() const;
    // The decision certificateCheckRequired() asked for. AcceptAlways also keeps the certificate in the
    // trust store (CertificateTrustStore) for this host and port. A Reject fails the connection with
    // `message` (or a default naming the fingerprint). Safe to call from another thread through a queued
    // call.
    Q_INVOKABLE void answerCertificateCheck(Ferry::CertificateAnswer answer,
                                            const QString& message = QString());

Q_SIGNALS:
    void stateChanged(Ferry::FtpClient::State state);
    // The control dialogue and the client's own notes. Passwords are masked.
    void logMessage(Ferry::FtpClient::LogKind kind, const QString& text);
    // The connection closed, with the reason when it was not asked for (empty on a clean QUIT).
    void disconnected(const QString& reason);
    void securityChanged(const Ferry::ConnectionSecurity& security);
    // The server's certificate needs a person's decision (untrusted, or changed since it was trusted): the
    // connection waits for answerCertificateCheck(). Nobody connected to this signal: rejected at once
    // (the command line decides from its options before connecting, a window shows a dialog).
    void certificateCheckRequired(const Ferry::CertificateCheck& check);

private:
    FtpSession* m_session;
};

} // namespace Ferry
