#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <functional>

// A tiny FTP server on 127.0.0.1 whose every answer is scripted by the test: for faults and orderings
// that real servers do not produce on demand (replies split across segments, a PASV pointing elsewhere,
// the final reply before the data, silence). Each command the client sends is recorded.
class ScriptedServer final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(ScriptedServer& server, const QByteArray& command)>;

    explicit ScriptedServer(QObject* parent = nullptr);

    bool start(const QByteArray& greeting);
    quint16 port() const { return m_server.serverPort(); }
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    // Writes raw bytes on the control connection (one write).
    void reply(const QByteArray& bytes);
    // Opens a passive data listener on 127.0.0.1 and returns its port.
    quint16 listenForData();
    // The data connection, once the client connected to the passive port.
    QTcpSocket* dataSocket() const { return m_data; }
    void closeControl();

    QList<QByteArray> commands;   // every command line received, without CRLF
    QList<QByteArray> readChunks; // the raw chunks as read (one command per chunk = no pipelining)

Q_SIGNALS:
    void commandReceived(const QByteArray& command);
    void dataConnected();

private:
    QTcpServer m_server;
    QTcpServer m_dataServer;
    QPointer<QTcpSocket> m_control;
    QPointer<QTcpSocket> m_data;
    QByteArray m_greeting;
    QByteArray m_buffer;
    Handler m_handler;
};
