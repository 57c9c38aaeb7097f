#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <functional>

// A tiny FTP server on 127.0.0.1 whose every answer is scripted by the test: for faults and orderings
// that real servers do not produce on demand (replies split across segments, a PASV pointing elsewhere,
// the final reply before the data, silence). Each command the client sends is recorded.
//
// FTPS faults too (setCertificate() first): the handler switches the control connection to TLS after its
// 234 (startControlTls()), data connections can be TLS (listenForData(true)), and a connection can be
// dropped in the middle of the handshake (dropOnNextData()) or cut without close_notify.
class ScriptedServer final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(ScriptedServer& server, const QByteArray& command)>;

    explicit ScriptedServer(QObject* parent = nullptr);

    bool start(const QByteArray& greeting);
    quint16 port() const { return m_server.serverPort(); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setCertificate(const QSslCertificate& certificate, const QSslKey& key);

    // Writes raw bytes on the control connection (one write).
    void reply(const QByteArray& bytes);
    // Server side of the TLS handshake on the control connection, right after what was written.
    void startControlTls();
    // Closes the control connection at once when the client sends anything (its TLS ClientHello).
    void dropOnNextData() { m_dropOnNextData = true; }
    // Opens a passive data listener on 127.0.0.1 and returns its port; with tls, each data connection
    // becomes a TLS server as it is accepted.
    quint16 listenForData(bool tls = false);
    // The data connection, once the client connected to the passive port.
    QSslSocket* dataSocket() const { return m_data; }
    void closeControl();

    QList<QByteArray> commands;   // every command line received, without CRLF
    QList<QByteArray> readChunks; // the raw chunks as read (one command per chunk = no pipelining)

Q_SIGNALS:
    void commandReceived(const QByteArray& command);
    void dataConnected();
    // A data connection finished its TLS handshake.
    void dataEncrypted();

private:
    // A listener whose sockets can turn into TLS servers.
    class Listener final : public QTcpServer
    {
    public:
        using QTcpServer::QTcpServer;

    protected:
        void incomingConnection(qintptr descriptor) override;
    };

    void onControlReadyRead();
    void configureTls(QSslSocket* socket);

    Listener m_server;
    Listener m_dataServer;
    QPointer<QSslSocket> m_control;
    QPointer<QSslSocket> m_data;
    QByteArray m_greeting;
    QByteArray m_buffer;
    Handler m_handler;
    QSslCertificate m_certificate;
    QSslKey m_key;
    bool m_dataTls = false;
    bool m_dropOnNextData = false;
};
