#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

namespace Ferry {

namespace {

constexpr qint64 MaxMessageBytes = 64 * 1024;
constexpr int ReadTimeoutMs = 5000;

QByteArray encode(const QStringList& arguments)
{
    return QJsonDocument(QJsonArray::fromStringList(arguments)).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

SingleInstance::SingleInstance(const QString& serverName, QObject* parent)
    : QObject(parent), m_name(serverName.isEmpty() ? defaultServerName() : serverName)
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultServerName()
{
    const QByteArray settings = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation).toUtf8();
    const QString id =
        QString::fromLatin1(QCryptographicHash::hash(settings, QCryptographicHash::Sha256).toHex().left(16));
#ifdef Q_OS_UNIX
    // The runtime folder is the user's alone (0700); Qt makes one in /tmp when XDG_RUNTIME_DIR is unset.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty() && QDir(runtime).exists())
        return QDir(runtime).filePath(QStringLiteral("ferry-%1.socket").arg(id));
#endif
    QString user = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"));
    user.remove(QLatin1Char('/')).remove(QLatin1Char('\\'));
    return QStringLiteral("ferry-%1-%2").arg(user, id);
}

bool SingleInstance::sendToRunning(const QStringList& arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs)) {
        m_error = socket.errorString();
        return false;
    }
    socket.write(encode(arguments));
    if (!socket.waitForBytesWritten(timeoutMs)) {
        m_error = socket.errorString();
        return false;
    }
    QByteArray reply;
    while (!reply.contains('\n')) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            m_error = tr("The running Ferry did not answer: %1").arg(socket.errorString());
            return false;
        }
        reply += socket.readAll();
    }
    socket.disconnectFromServer();
    return reply.startsWith("ok");
}

bool SingleInstance::listen()
{
    if (m_server && m_server->isListening())
        return true;
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    }
    if (m_server->listen(m_name))
        return true;
    if (m_server->serverError() != QAbstractSocket::AddressInUseError) {
        m_error = m_server->errorString();
        return false;
    }
    // The name is taken: by a running instance (which then answers), or left behind by one that crashed.
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(1000)) {
        probe.abort();
        m_error = tr("Another Ferry is running.");
        return false;
    }
    QLocalServer::removeServer(m_name);
    if (m_server->listen(m_name))
        return true;
    m_error = m_server->errorString();
    return false;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        // A peer that never finishes its line is dropped.
        QTimer::singleShot(ReadTimeoutMs, socket, [socket] { socket->abort(); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void SingleInstance::onReadyRead(QLocalSocket* socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxMessageBytes)
            socket->abort();
        return;
    }
    const QByteArray line = socket->readLine(MaxMessageBytes);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        socket->write("error\n");
        socket->disconnectFromServer();
        return;
    }
    QStringList arguments;
    const QJsonArray array = document.array();
    for (const QJsonValue& value : array)
        arguments << value.toString();
    socket->write("ok\n");
    socket->flush();
    socket->disconnectFromServer();
    Q_EMIT argumentsReceived(arguments);
}

} // namespace Ferry
