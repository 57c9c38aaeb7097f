#include "scriptedserver.h"

ScriptedServer::ScriptedServer(QObject* parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        QTcpSocket* socket = m_server.nextPendingConnection();
        if (m_control) {
            socket->abort();
            socket->deleteLater();
            return;
        }
        m_control = socket;
        connect(socket, &QTcpSocket::readyRead, this, [this] {
            const QByteArray chunk = m_control->readAll();
            readChunks.append(chunk);
            m_buffer += chunk;
            qsizetype end;
            while ((end = m_buffer.indexOf("\r\n")) >= 0) {
                const QByteArray line = m_buffer.left(end);
                m_buffer.remove(0, end + 2);
                commands.append(line);
                Q_EMIT commandReceived(line);
                if (m_handler)
                    m_handler(*this, line);
            }
        });
        if (!m_greeting.isEmpty())
            socket->write(m_greeting);
    });
    connect(&m_dataServer, &QTcpServer::newConnection, this, [this] {
        m_data = m_dataServer.nextPendingConnection();
        Q_EMIT dataConnected();
    });
}

bool ScriptedServer::start(const QByteArray& greeting)
{
    m_greeting = greeting;
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void ScriptedServer::reply(const QByteArray& bytes)
{
    if (m_control) {
        m_control->write(bytes);
        m_control->flush();
    }
}

quint16 ScriptedServer::listenForData()
{
    if (!m_dataServer.isListening())
        m_dataServer.listen(QHostAddress::LocalHost, 0);
    return m_dataServer.serverPort();
}

void ScriptedServer::closeControl()
{
    if (m_control)
        m_control->disconnectFromHost();
}
