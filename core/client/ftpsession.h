#pragma once

#include "client/ftpclient.h"
#include "client/ftpclientoptions.h"
#include "client/ftpoperation.h"
#include "client/servercapabilities.h"
#include "net/connectionsecurity.h"
#include "protocol/pathcodec.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

namespace Ferry {

class ClientSocketFactory;
class ControlChannel;

// How a data connection is opened (RFC 959 PASV/PORT, RFC 2428 EPSV/EPRT).
enum class DataMethod
{
    Epsv,
    Pasv,
    Eprt,
    Port
};

// The state of one FTP connection shared by its operations: the control channel, what the server can
// do, the path encoding, and the queue that runs operations one at a time. Internal to the client.
class FtpSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FtpSession)

public:
    explicit FtpSession(QObject* parent = nullptr);
    ~FtpSession() override;

    ControlChannel* control() const { return m_control; }
    // Where this connection's sockets are made (control and data).
    ClientSocketFactory* sockets() const { return m_sockets; }
    FtpClientOptions options;
    FtpLogin login;
    ServerCapabilities capabilities;
    PathEncoding encoding = PathEncoding::Utf8;
    QString currentDirectory;
    char transferType = 0; // 'A', 'I', or 0 when unknown
    // The data method that last worked, tried first next time.
    std::optional<DataMethod> lastDataMethod;
    // An upload over EPSV was stored empty or stalled (board servers): uploads use PASV (IPv4) or EPRT
    // (IPv6) from now on, whatever the data mode says.
    bool avoidEpsvUploads = false;

    FtpClient::State state() const { return m_state; }
    void setState(FtpClient::State state);

    // Takes ownership; the operation starts when the ones before it have finished.
    void enqueue(FtpOperation* operation);
    void abortAll(FtpOperation::Error error, const QString& message);
    void abortConnection();
    bool hasPendingOperations() const;

    // Used by operations.
    void sendLine(const QByteArray& line, const QString& logText);
    void log(FtpClient::LogKind kind, const QString& text);
    void operationFinished(FtpOperation* operation);
    // Encodes a path argument; nullopt if it cannot be sent (CR, LF or NUL in it).
    std::optional<QByteArray> encodeArgument(const QString& argument) const;
    // What protects the connection now; securityChanged() after it changed (TLS, PROT).
    ConnectionSecurity security() const;
    void announceSecurity();

Q_SIGNALS:
    void stateChanged(Ferry::FtpClient::State state);
    void logMessage(Ferry::FtpClient::LogKind kind, const QString& text);
    void disconnected(const QString& reason);
    void securityChanged(const Ferry::ConnectionSecurity& security);
    void certificateCheckRequired(const Ferry::CertificateCheck& check);

private:
    void scheduleNext();
    void startNext();
    void onReply(const FtpReply& reply);
    void onControlFailed(FtpOperation::Error error, const QString& message);
    void onControlClosed();
    void onKeepAlive();
    void updateKeepAlive();

    ClientSocketFactory* m_sockets;
    ControlChannel* m_control;
    FtpClient::State m_state = FtpClient::State::Unconnected;
    QList<QPointer<FtpOperation>> m_queue;
    QPointer<FtpOperation> m_current;
    QTimer m_keepAlive;
    QString m_failureReason;
    bool m_startScheduled = false;
};

} // namespace Ferry
