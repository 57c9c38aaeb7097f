#include "browse/remotebrowser.h"

#include "browse/browserequest.h"
#include "browse/remotebrowserworker.h"
#include "io/enginethread.h"

#include <QMetaMethod>
#include <QThread>

namespace Ferry {

namespace {

bool sameSecurity(const ConnectionSecurity& a, const ConnectionSecurity& b)
{
    return a.controlEncrypted == b.controlEncrypted && a.dataEncrypted == b.dataEncrypted &&
           a.protocol == b.protocol && a.cipher == b.cipher && a.trust == b.trust &&
           a.acceptedFingerprint == b.acceptedFingerprint &&
           a.peerCertificateChain == b.peerCertificateChain && a.certificateErrors == b.certificateErrors;
}

} // namespace

RemoteBrowser::RemoteBrowser(QObject* parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new RemoteBrowserWorker)
{
    m_thread->setObjectName(QStringLiteral("ferry-browse"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RemoteBrowserWorker::stateReported, this, &RemoteBrowser::onStateReported);
    connect(m_worker, &RemoteBrowserWorker::logMessage, this, &RemoteBrowser::logMessage);
    connect(m_worker, &RemoteBrowserWorker::disconnected, this, &RemoteBrowser::disconnected);
    connect(m_worker, &RemoteBrowserWorker::certificateCheckRequired, this,
            &RemoteBrowser::onCertificateCheck);
    connect(m_worker, &RemoteBrowserWorker::entriesParsed, this, &RemoteBrowser::onEntries);
    connect(m_worker, &RemoteBrowserWorker::finished, this, &RemoteBrowser::onFinished);
    connect(m_thread, &QThread::started, [] { EngineThread::enter(); });
    m_thread->start();
    RemoteBrowserWorker* worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker] { worker->initialize(); });
}

RemoteBrowser::~RemoteBrowser()
{
    // Nothing the worker still says reaches this object; the connection closes in its own thread, and
    // the worker (with its client) is deleted there when the thread ends.
    disconnect(m_worker, nullptr, this, nullptr);
    RemoteBrowserWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker] { worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void RemoteBrowser::setOptions(const FtpClientOptions& options)
{
    m_options = options;
    RemoteBrowserWorker* worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, options] { worker->setOptions(options); });
}

template <typename Call>
BrowseRequest* RemoteBrowser::post(const QString& path, ListOperation::Delivery delivery, Call call)
{
    auto* request = new BrowseRequest(this, m_nextId++, path, delivery);
    m_requests.insert(request->id(), request);
    RemoteBrowserWorker* worker = m_worker;
    const quint64 id = request->id();
    QMetaObject::invokeMethod(m_worker, [worker, id, call] { call(worker, id); });
    return request;
}

BrowseRequest* RemoteBrowser::connectToHost(const FtpLogin& login)
{
    return post(QString(), ListOperation::Delivery::Collect,
                [login](RemoteBrowserWorker* worker, quint64 id) { worker->connectToHost(id, login); });
}

BrowseRequest* RemoteBrowser::disconnectFromHost()
{
    return post(QString(), ListOperation::Delivery::Collect,
                [](RemoteBrowserWorker* worker, quint64 id) { worker->disconnectFromHost(id); });
}

void RemoteBrowser::abortConnection()
{
    // Waits for the worker: the socket is closed when this returns, so that a session limit (a board's
    // four sessions) can hand the session on at once without the server still counting this one.
    RemoteBrowserWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker] { worker->abortConnection(); }, Qt::BlockingQueuedConnection);
}

void RemoteBrowser::answerCertificateCheck(CertificateAnswer answer)
{
    RemoteBrowserWorker* worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, answer] { worker->answerCertificateCheck(answer); });
}

BrowseRequest* RemoteBrowser::list(const QString& path, ListOperation::Delivery delivery)
{
    return post(path, delivery, [path](RemoteBrowserWorker* worker, quint64 id) { worker->list(id, path); });
}

BrowseRequest* RemoteBrowser::mkdir(const QString& path)
{
    return post(path, ListOperation::Delivery::Collect,
                [path](RemoteBrowserWorker* worker, quint64 id) { worker->mkdir(id, path); });
}

BrowseRequest* RemoteBrowser::rmdir(const QString& path)
{
    return post(path, ListOperation::Delivery::Collect,
                [path](RemoteBrowserWorker* worker, quint64 id) { worker->rmdir(id, path); });
}

BrowseRequest* RemoteBrowser::remove(const QString& path)
{
    return post(path, ListOperation::Delivery::Collect,
                [path](RemoteBrowserWorker* worker, quint64 id) { worker->remove(id, path); });
}

BrowseRequest* RemoteBrowser::rename(const QString& from, const QString& to)
{
    return post(from, ListOperation::Delivery::Collect,
                [from, to](RemoteBrowserWorker* worker, quint64 id) { worker->rename(id, from, to); });
}

void RemoteBrowser::abortRequest(quint64 id)
{
    RemoteBrowserWorker* worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, id] { worker->abortRequest(id); });
}

void RemoteBrowser::onStateReported(FtpClient::State state, const QString& currentDirectory,
                                    const ServerCapabilities& capabilities,
                                    const ConnectionSecurity& security)
{
    m_currentDirectory = currentDirectory;
    m_capabilities = capabilities;
    if (!sameSecurity(security, m_security)) {
        m_security = security;
        Q_EMIT securityChanged(security);
    }
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void RemoteBrowser::onCertificateCheck(const CertificateCheck& check)
{
    // The worker's client asked because the worker listens; pass the refusal on when nobody here does.
    if (isSignalConnected(QMetaMethod::fromSignal(&RemoteBrowser::certificateCheckRequired)))
        Q_EMIT certificateCheckRequired(check);
    else
        answerCertificateCheck(CertificateAnswer::Reject);
}

void RemoteBrowser::onEntries(quint64 id, const QList<RemoteEntry>& entries)
{
    if (BrowseRequest* request = m_requests.value(id))
        request->receiveEntries(entries);
}

void RemoteBrowser::onFinished(quint64 id, FtpOperation::Error error, const QString& errorString,
                               const QList<QByteArray>& unparsedLines)
{
    const QPointer<BrowseRequest> request = m_requests.take(id);
    if (request)
        request->finish(error, errorString, unparsedLines);
}

} // namespace Ferry
