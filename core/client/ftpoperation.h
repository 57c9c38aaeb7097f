#pragma once

#include "protocol/ftpreply.h"

#include <QDateTime>
#include <QObject>
#include <QString>

namespace Ferry {

class FtpSession;

// One asynchronous FTP operation (log on, list, download, rename, ...), in the manner of QNetworkReply:
// the client returns it at once, it reports progress() and finished(), then error()/errorString() and
// its results. Operations run one at a time per connection, in the order they were asked for. An
// operation deletes itself after finished() unless setAutoDelete(false) was called.
class FtpOperation : public QObject
{
    Q_OBJECT

public:
    enum class Error
    {
        NoError,
        HostNotFound,
        ConnectionRefused,
        Timeout,
        ConnectionLost,
        LoginFailed,
        ServerRefused,  // a 5xx reply: permanent, retrying will not help
        TransientError, // a 4xx reply: may work when tried again
        DataConnectionFailed,
        LocalIoError,    // reading or writing the local file failed (disk full, permissions)
        ProtocolError,   // the server sent something that is not FTP
        TlsFailed,       // FTPS: TLS refused or failed (handshake, certificate not accepted)
        InvalidArgument, // e.g. a path containing a line break
        NotConnected,
        Canceled,
    };
    Q_ENUM(Error)

    enum class State
    {
        Queued,
        Running,
        Finished
    };
    Q_ENUM(State)

    ~FtpOperation() override;

    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Finished; }
    bool succeeded() const { return isFinished() && m_error == Error::NoError; }
    Error error() const { return m_error; }
    // What went wrong, for a person: the cause and, where there is one, the server's reply,
    // e.g. "Server refused the upload: 553 Permission denied".
    QString errorString() const { return m_errorString; }
    // Transient failures (4xx, timeouts, dropped connections) are worth retrying.
    bool isTransientError() const;

    // The last final (non-1xx) reply the server sent for this operation.
    FtpReply reply() const { return m_reply; }
    // A short description, e.g. "RETR /pub/file.bin".
    QString description() const { return m_description; }

    // Results of single-value operations: PWD/MKD (path), SIZE (size), MDTM (time).
    QString resultPath() const { return m_resultPath; }
    qint64 resultSize() const { return m_resultSize; }
    QDateTime resultTime() const { return m_resultTime; }

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    // Cancels the operation: a queued one finishes at once with Canceled; a running transfer closes its
    // data connection and resynchronises the control connection; a running command finishes as Canceled
    // once its reply arrived.
    void abort();

Q_SIGNALS:
    void started();
    // Bytes moved so far and the total (-1 when unknown). Only data operations emit it.
    void progress(qint64 done, qint64 total);
    void finished();

protected:
    FtpOperation(FtpSession* session, const QString& description);

    FtpSession* session() const { return m_session; }

    // Called by the session when this operation's turn has come.
    virtual void start() = 0;
    // Every reply the server sends while this operation runs.
    virtual void handleReply(const FtpReply& reply) = 0;
    // abort() on a running operation; the default waits for the pending reply and then cancels.
    virtual void handleAbort();
    // The control connection was lost or closed while this operation ran or waited.
    virtual void handleConnectionLost(Error error, const QString& message);

    // Sends one command (verb plus an optional path argument in the session's encoding).
    // Returns false (and finishes the operation with InvalidArgument) if the argument cannot be sent.
    bool sendCommand(const QByteArray& verb, const QString& argument = QString());
    void sendRaw(const QByteArray& line, const QString& logText = QString());

    void setDescription(const QString& description) { m_description = description; }
    void setReply(const FtpReply& reply) { m_reply = reply; }
    void setResultPath(const QString& path) { m_resultPath = path; }
    void setResultSize(qint64 size) { m_resultSize = size; }
    void setResultTime(const QDateTime& time) { m_resultTime = time; }
    bool isAbortRequested() const { return m_abortRequested; }

    void finishSuccess();
    void finishError(Error error, const QString& message);
    // Finishes with the error that fits the reply's class (5xx ServerRefused, 4xx TransientError):
    // "<what>: <reply>".
    void finishWithReply(const QString& what, const FtpReply& reply);

private:
    friend class FtpSession;
    void setRunning();
    void announceFinished();

    FtpSession* m_session;
    State m_state = State::Queued;
    Error m_error = Error::NoError;
    QString m_errorString;
    FtpReply m_reply;
    QString m_description;
    QString m_resultPath;
    qint64 m_resultSize = -1;
    QDateTime m_resultTime;
    bool m_autoDelete = true;
    bool m_abortRequested = false;
};

} // namespace Ferry
