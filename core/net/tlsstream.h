#pragma once

#include "net/datastream.h"

#include <QList>
#include <QSslError>
#include <QTimer>

class QSslSocket;

namespace Ferry {

// A data connection protected by TLS (FTPS, PROT P) as a DataStream, with Ferry always the TLS client
// (RFC 4217 section 7, whoever opened the TCP connection). Ready once the handshake is done. It resumes
// the control connection's session when given its ticket (servers such as vsftpd refuse data connections
// that do not), and checks the server's certificate like the control connection: trusted by the system
// for the host name, or exactly the certificate accepted there (its SHA-256 in `acceptedFingerprints`).
//
// Ends: the server's close_notify is the proper end (Finished; our side is then closed, which is what
// vsftpd waits for before its 226). A TCP close or reset without close_notify is a truncated stream
// (Broken): bytes may be missing. close() sends our close_notify after the last byte; under TLS 1.3 it
// first lets the server's post-handshake messages (session tickets) be read, since closing a socket with
// unread bytes makes the system send a reset that can cut the upload short (ftps.md).
class TlsStream final : public DataStream
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TlsStream)

public:
    // Takes `socket` (a QSslSocket on a connected descriptor, configured: CA certificates, protocol,
    // session ticket); begin() starts the client handshake, checking the certificate for `peerName`.
    TlsStream(QSslSocket* socket, const QString& peerName, const QList<QByteArray>& acceptedFingerprints,
              QObject* parent = nullptr);
    ~TlsStream() override;

    void begin() override;
    bool isReady() const override { return m_ready; }
    qint64 read(char* data, qint64 maxSize) override;
    qint64 write(const char* data, qint64 size) override;
    qint64 bytesToWrite() const override;
    void close() override;
    void abort() override;
    QHostAddress peerAddress() const override { return m_peerAddress; }
    quint16 peerPort() const override { return m_peerPort; }

    QSslSocket* socket() const { return m_socket; }

private:
    void onEncrypted();
    void onSslErrors(const QList<QSslError>& errors);
    void onSocketError();
    void onDisconnected();
    void shutDown();
    void breakWith(const QString& reason);

    QSslSocket* m_socket;
    QList<QByteArray> m_acceptedFingerprints;
    QHostAddress m_peerAddress;
    quint16 m_peerPort = 0;
    QTimer m_closeWait;
    bool m_ready = false;
    bool m_peerFinished = false; // close_notify received
    bool m_truncated = false;    // the TCP connection ended without close_notify
    bool m_heardAfterHandshake = false;
    bool m_readyReadQueued = false; // a readyRead() for the socket's last news is on its way
    bool m_closing = false;
    bool m_shutDown = false;
};

} // namespace Ferry
