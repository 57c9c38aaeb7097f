#include "browse/remotebrowserworker.h"

#include "client/listoperation.h"

namespace Ferry {

RemoteBrowserWorker::RemoteBrowserWorker(QObject* parent) : QObject(parent) {}

RemoteBrowserWorker::~RemoteBrowserWorker()
{
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
}

void RemoteBrowserWorker::initialize()
{
    m_client = new FtpClient(this);
    m_batchTimer = new QTimer(this);
    m_batchTimer->setInterval(BatchIntervalMs);
    m_batchTimer->setSingleShot(true);
    connect(m_batchTimer, &QTimer::timeout, this, &RemoteBrowserWorker::flushAll);
    connect(m_client, &FtpClient::stateChanged, this, &RemoteBrowserWorker::reportState);
    connect(m_client, &FtpClient::securityChanged, this, &RemoteBrowserWorker::reportState);
    connect(m_client, &FtpClient::certificateCheckRequired, this,
            &RemoteBrowserWorker::certificateCheckRequired);
    connect(m_client, &FtpClient::logMessage, this, &RemoteBrowserWorker::logMessage);
    connect(m_client, &FtpClient::disconnected, this, [this](const QString& reason) {
        reportState();
        Q_EMIT disconnected(reason);
    });
}

void RemoteBrowserWorker::setOptions(const FtpClientOptions& options)
{
    m_client->setOptions(options);
}

void RemoteBrowserWorker::connectToHost(quint64 id, const FtpLogin& login)
{
    track(id, m_client->connectToHost(login));
}

void RemoteBrowserWorker::disconnectFromHost(quint64 id)
{
    track(id, m_client->disconnectFromHost());
}

void RemoteBrowserWorker::abortConnection()
{
    m_client->abortConnection();
    reportState();
}

void RemoteBrowserWorker::answerCertificateCheck(CertificateAnswer answer)
{
    m_client->answerCertificateCheck(answer);
}

void RemoteBrowserWorker::list(quint64 id, const QString& path)
{
    ListOperation* operation = m_client->list(path);
    // Parsed here as the data arrives; the caller's side keeps what it wants.
    operation->setDelivery(ListOperation::Delivery::Stream);
    connect(operation, &ListOperation::entriesParsed, this, [this, id](const QList<RemoteEntry>& entries) {
        const auto it = m_running.find(id);
        if (it == m_running.end())
            return;
        it->batch += entries;
        if (it->batch.size() >= BatchEntries)
            flush(id);
        else if (!m_batchTimer->isActive())
            m_batchTimer->start();
    });
    track(id, operation);
}

void RemoteBrowserWorker::mkdir(quint64 id, const QString& path)
{
    track(id, m_client->mkdir(path));
}

void RemoteBrowserWorker::rmdir(quint64 id, const QString& path)
{
    track(id, m_client->rmdir(path));
}

void RemoteBrowserWorker::remove(quint64 id, const QString& path)
{
    track(id, m_client->remove(path));
}

void RemoteBrowserWorker::rename(quint64 id, const QString& from, const QString& to)
{
    track(id, m_client->rename(from, to));
}

void RemoteBrowserWorker::abortRequest(quint64 id)
{
    const auto it = m_running.constFind(id);
    if (it != m_running.cend() && it->operation)
        it->operation->abort();
}

void RemoteBrowserWorker::shutdown()
{
    m_client->abortConnection();
    reportState();
}

void RemoteBrowserWorker::track(quint64 id, FtpOperation* operation)
{
    m_running.insert(id, Running{operation, {}});
    connect(operation, &FtpOperation::finished, this, [this, id, operation] {
        flush(id);
        m_running.remove(id);
        reportState();
        QList<QByteArray> unparsed;
        if (const auto* list = qobject_cast<const ListOperation*>(operation))
            unparsed = list->unparsedLines();
        Q_EMIT finished(id, operation->error(), operation->errorString(), unparsed);
    });
}

void RemoteBrowserWorker::flush(quint64 id)
{
    const auto it = m_running.find(id);
    if (it == m_running.end() || it->batch.isEmpty())
        return;
    Q_EMIT entriesParsed(id, std::exchange(it->batch, {}));
}

void RemoteBrowserWorker::flushAll()
{
    const QList<quint64> ids = m_running.keys();
    for (quint64 id : ids)
        flush(id);
}

void RemoteBrowserWorker::reportState()
{
    Q_EMIT stateReported(m_client->state(), m_client->currentDirectory(), m_client->capabilities(),
                         m_client->security());
}

} // namespace Ferry
