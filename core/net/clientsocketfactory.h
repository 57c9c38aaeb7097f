#pragma once

#include "net/connectionsecurity.h"
#include "net/tlssettings.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <memory>
#include <optional>

class QSslSocket;
class QTcpSocket;

namespace Ferry {

class ClientTlsContext;
class DataListener;
class DataStream;
class TcpConnector;

// Where an FTP client connection's sockets are made and upgraded to TLS: the control connection's socket
// (TLS from the start for implicit FTPS, or after AUTH TLS), the data connections (passive: connected by
// us; active: accepted from the server) and the stream a data connection becomes: plain TCP, or TLS under
// PROT P that resumes the control connection's TLS session (vsftpd and proftpd refuse data connections
// that do not). One per connection (FtpSession owns it); TLS is written here and nowhere else.
//
// The control connection is plain TCP (a QTcpSocket) until the server accepts AUTH TLS: only then does
// upgradeControlSocket() move its descriptor into a QSslSocket, so that Qt's TLS backend and OpenSSL are
// not loaded nor initialised for a connection that never uses TLS (a board that refuses AUTH, TLS mode
// off: about 4 MiB of a `ferry ls`'s memory). Implicit FTPS starts with a QSslSocket. The QSslSocket
// answers the certificate questions and holds the trust decision; a protected data connection runs
// OpenSSL directly on the socket (ClientTlsStream: no memory BIO, one copy each way, like curl),
// offering the control connection's session and insisting on its certificate. Where that cannot be done
// (no session ticket yet, a session OpenSSL cannot offer) the data connection falls back to QSslSocket
// (TlsStream), and dataTlsNotice() says why; never to clear text.
//
// It also judges the server's certificate for the control connection: trusted by the system (plus
// TlsSettings::caCertificates) for the host name; or pinned by fingerprint; or kept in the
// CertificateTrustStore for this host and port. Anything else needs a person's decision
// (CertificateCheck); a certificate that differs from the one kept is reported as changed.
class ClientSocketFactory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientSocketFactory)

public:
    explicit ClientSocketFactory(QObject* parent = nullptr);
    ~ClientSocketFactory() override;

    // For the next connection (before its control socket connects): the server and the options.
    void configure(const QString& host, quint16 port, const TlsSettings& settings);
    const TlsSettings& tlsSettings() const { return m_settings; }
    TlsMode tlsMode() const { return m_settings.mode; }

    enum class ControlStart
    {
        Plain, // clear text; TLS after AUTH through upgradeControlSocket(), if at all
        Tls    // implicit FTPS: connectToHostEncrypted()
    };
    // The control connection's socket (buffered: the reply reader reads lines), not connected yet: a
    // QTcpSocket, or for ControlStart::Tls a QSslSocket (nullptr and *why where this Qt has no TLS).
    QTcpSocket* createControlSocket(ControlStart start, QObject* parent, QString* why = nullptr);
    // After the server's 234 to AUTH: the same TCP connection as a QSslSocket, not encrypted yet (connect
    // its signals, then startClientEncryption()). The plain socket must hold nothing unread or unwritten;
    // it is closed (its descriptor moved, the connection stays) and deleted later, without emitting
    // anything more. nullptr and *why if TLS is not possible (the plain socket is left as it was).
    QSslSocket* upgradeControlSocket(QTcpSocket* plain, QObject* parent, QString* why);
    // Whether TLS is possible with this Qt build, and why not. Loads and initialises Qt's TLS backend.
    static bool tlsAvailable(QString* why = nullptr);

    // The control connection's certificate: nothing when it is accepted (`trust` says why), else the
    // question for a person.
    std::optional<CertificateCheck> judgeCertificate(QSslSocket* control, const QList<QSslError>& errors,
                                                     ConnectionSecurity::Trust* trust);
    // A person's answer to that question; AcceptAlways keeps the certificate (false and *error if the
    // trust store cannot be written; the certificate is accepted for this connection all the same).
    bool acceptCertificate(const CertificateCheck& check, CertificateAnswer answer, QString* error);
    QByteArray acceptedFingerprint() const { return m_acceptedFingerprint; }

    // PROT P: data connections are TLS from now on.
    void setDataProtected(bool dataProtected) { m_dataProtected = dataProtected; }
    bool isDataProtected() const { return m_dataProtected; }

    // A passive data connection's connector, and an active one's listener.
    TcpConnector* createDataConnector(QObject* parent);
    DataListener* createDataListener(QObject* parent);
    // The stream over a connected data connection's descriptor (from the two above); takes the descriptor.
    // TLS (resuming the control connection's session) while data is protected.
    DataStream* openDataStream(qintptr descriptor, QObject* parent);

Q_SIGNALS:
    // Why a protected data connection uses QSslSocket instead of OpenSSL directly, for the log.
    void dataTlsNotice(const QString& text);

private:
    QSslConfiguration baseConfiguration() const;
    // A new control QSslSocket, configured for this connection (m_control).
    QSslSocket* newTlsControlSocket(QObject* parent);
    // The data connection on OpenSSL directly, or nullptr and *why (the descriptor is then untouched).
    DataStream* openDirectTlsStream(qintptr descriptor, QObject* parent, QString* why);

    QString m_host;
    quint16 m_port = 0;
    TlsSettings m_settings;
    QPointer<QSslSocket> m_control;
    QByteArray m_acceptedFingerprint;
    std::unique_ptr<ClientTlsContext> m_dataTls; // made for the first protected data connection
    bool m_dataProtected = false;
};

} // namespace Ferry
