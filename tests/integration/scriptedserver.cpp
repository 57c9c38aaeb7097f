#include "scriptedserver.h"

void ScriptedServer::Listener::incomingConnection(qintptr descriptor)
{
    auto* socket = new QSslSocket(this);
    if (socket->setSocketDescriptor(descriptor))
        addPendingConnection(socket);
    else
        delete socket;
}

ScriptedServer::ScriptedServer(QObject* parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        auto* socket = qobject_cast<QSslSocket*>(m_server.nextPendingConnection());
        if (m_control) {
            socket->abort();
            socket->deleteLater();
            return;
        }
        m_control = socket;
        connect(socket, &QTcpSocket::readyRead, this, &ScriptedServer::onControlReadyRead);
        if (!m_greeting.isEmpty())
            socket->write(m_greeting);
    });
    connect(&m_dataServer, &QTcpServer::newConnection, this, [this] {
        m_data = qobject_cast<QSslSocket*>(m_dataServer.nextPendingConnection());
        if (m_dataTls) {
            configureTls(m_data);
            connect(m_data, &QSslSocket::encrypted, this, &ScriptedServer::dataEncrypted);
            m_data->startServerEncryption();
        }
        Q_EMIT dataConnected();
    });
}

void ScriptedServer::onControlReadyRead()
{
    const QByteArray chunk = m_control->readAll();
    if (m_dropOnNextData) {
        m_control->abort();
        return;
    }
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
        if (!m_control)
            return;
    }
}

bool ScriptedServer::start(const QByteArray& greeting)
{
    m_greeting = greeting;
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void ScriptedServer::setCertificate(const QSslCertificate& certificate, const QSslKey& key)
{
    m_certificate = certificate;
    m_key = key;
}

void ScriptedServer::configureTls(QSslSocket* socket)
{
    socket->setLocalCertificate(m_certificate);
    socket->setPrivateKey(m_key);
    socket->setPeerVerifyMode(QSslSocket::VerifyNone);
}

void ScriptedServer::reply(const QByteArray& bytes)
{
    if (m_control) {
        m_control->write(bytes);
        m_control->flush();
    }
}

void ScriptedServer::startControlTls()
{
    if (!m_control)
        return;
    m_buffer.clear();
    configureTls(m_control);
    m_control->startServerEncryption();
}

quint16 ScriptedServer::listenForData(bool tls)
{
    m_dataTls = tls;
    // A new PASV: the previous data connection (closed by now, or about to be) is no longer the one
    // dataSocket() names; it is null until the client connects again (dataConnected()).
    m_data = nullptr;
    if (!m_dataServer.isListening())
        m_dataServer.listen(QHostAddress::LocalHost, 0);
    return m_dataServer.serverPort();
}

void ScriptedServer::closeControl()
{
    if (m_control)
        m_control->disconnectFromHost();
}
