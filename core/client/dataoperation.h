#pragma once

#include "client/ftpoperation.h"

#include <QList>
#include <QPointer>

class QIODevice;

namespace Ferry {

class DataChannel;
enum class DataMethod;

// The common part of every operation that moves data (LIST, MLSD, NLST, RETR, STOR, APPE): binary type,
// the choice of data connection with fallback (EPSV, PASV, EPRT, PORT), the passive connect made before
// the transfer command is sent (board servers wait only 1 s for it), the 1xx / data / 2xx dance in any
// order, and abort with resynchronisation of the control connection.
class DataOperation : public FtpOperation
{
    Q_OBJECT

public:
    qint64 totalBytes() const { return m_total; }
    // True once the transfer command (RETR, STOR, LIST, ...) went to the server: from then on an upload
    // may have created or changed the remote file, even if the operation failed or was aborted.
    bool transferCommandSent() const { return m_transferSent; }
    // True when the data connection of the transfer command was opened with EPSV.
    bool usedEpsv() const;

protected:
    DataOperation(FtpSession* session, const QString& description);
    ~DataOperation() override;

    // The device data goes to (downloads, listings) or comes from (uploads).
    void setDevice(QIODevice* device, bool upload);
    void setTotalBytes(qint64 total) { m_total = total; }
    qint64 transferredBytes() const;

    // Hooks for the concrete operations.
    // Sends the commands that must precede the data connection (SIZE, REST); calls openData() when done.
    virtual void prepare() { openData(); }
    virtual void handlePrepareReply(const FtpReply& reply) { Q_UNUSED(reply); }
    virtual QByteArray transferCommand() const = 0;
    virtual QString transferArgument() const = 0;
    // "Server refused the upload", used in front of the server's reply.
    virtual QString failureText() const = 0;
    // True when this 4xx/5xx after a 1xx and no data means "empty" (NLST of an empty folder).
    virtual bool acceptsEmptyFailure(const FtpReply& reply) const
    {
        Q_UNUSED(reply);
        return false;
    }
    virtual void transferPreliminary(const FtpReply& reply) { Q_UNUSED(reply); }
    // Called when the final reply and all data are in, before finishing with success.
    virtual void transferSucceeded() {}

    void openData();

    void start() final;
    void handleReply(const FtpReply& reply) final;
    void handleAbort() final;
    void handleConnectionLost(Error error, const QString& message) final;

private:
    enum class Step
    {
        Type,
        Prepare,
        DataSetup,
        DataConnecting,
        Transfer,
        Draining,
        Aborting,
        Syncing,
        Done
    };

    void tryNextMethod(const QString& reasonForNext);
    void sendTransferCommand();
    void onDataConnected();
    void onDataConnectFailed(const QString& message);
    void onDataFinished();
    void onDataFailed(Error error, const QString& message);
    void maybeComplete();
    // Stops the transfer and brings the control connection back in step (ABOR where the server has it,
    // then a NOOP whose 200 marks the end of the stray replies), then finishes with the given error.
    void abortTransfer(Error error, const QString& message);
    void handleSyncReply(const FtpReply& reply);
    void sendSyncNoop();
    QList<DataMethod> candidateMethods() const;
    void releaseData();

    Step m_step = Step::Type;
    QList<DataMethod> m_methods;
    DataMethod m_method;
    QString m_lastDataError;
    DataChannel* m_data = nullptr;
    QPointer<QIODevice> m_device;
    bool m_upload = false;
    bool m_transferSent = false;
    bool m_gotPreliminary = false;
    bool m_gotFinal = false;
    bool m_dataDone = false;
    qint64 m_total = -1;
    qint64 m_finalBytes = 0;
    int m_syncNoopsSent = 0;
    int m_syncRepliesSeen = 0;
    Error m_pendingError = Error::NoError;
    QString m_pendingMessage;
};

} // namespace Ferry
