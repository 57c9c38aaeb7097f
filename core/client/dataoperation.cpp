#include "client/dataoperation.h"

#include "client/controlchannel.h"
#include "client/datachannel.h"
#include "client/ftpsession.h"
#include "net/hostaddress.h"
#include "protocol/dataaddress.h"

#include <QIODevice>

namespace Ferry {

namespace {

QByteArray methodVerb(DataMethod method)
{
    switch (method) {
    case DataMethod::Epsv:
        return "EPSV";
    case DataMethod::Pasv:
        return "PASV";
    case DataMethod::Eprt:
        return "EPRT";
    case DataMethod::Port:
        return "PORT";
    }
    return QByteArray();
}

bool isPassive(DataMethod method)
{
    return method == DataMethod::Epsv || method == DataMethod::Pasv;
}

bool isIpv6(const QHostAddress& address)
{
    bool isV4 = false;
    address.toIPv4Address(&isV4);
    return !isV4 && address.protocol() == QAbstractSocket::IPv6Protocol;
}

} // namespace

DataOperation::DataOperation(FtpSession* session, const QString& description)
    : FtpOperation(session, description)
{}

DataOperation::~DataOperation() = default;

void DataOperation::setDevice(QIODevice* device, bool upload)
{
    m_device = device;
    m_upload = upload;
}

qint64 DataOperation::transferredBytes() const
{
    return m_data ? m_data->bytesTransferred() : m_finalBytes;
}

void DataOperation::start()
{
    FtpSession* s = session();
    if (s->state() != FtpClient::State::Connected) {
        finishError(Error::NotConnected, tr("Not connected."));
        return;
    }
    if (!m_device) {
        finishError(Error::InvalidArgument, tr("No local file to transfer."));
        return;
    }
    if (s->transferType != 'I') {
        m_step = Step::Type;
        sendCommand("TYPE I");
        return;
    }
    m_step = Step::Prepare;
    prepare();
}

QList<DataMethod> DataOperation::candidateMethods() const
{
    const FtpSession* s = session();
    const bool v6 = isIpv6(s->control()->peerAddress());
    const bool minimal = s->capabilities.isMinimal();
    QList<DataMethod> passive;
    QList<DataMethod> active;
    if (v6) {
        passive = {DataMethod::Epsv};
        active = {DataMethod::Eprt};
    } else if (minimal) {
        // Board servers: PASV is the reliable one on IPv4 (an EPSV upload may be stored empty), and EPRT
        // is refused on IPv4.
        passive = {DataMethod::Pasv, DataMethod::Epsv};
        active = {DataMethod::Port, DataMethod::Eprt};
    } else {
        passive = {DataMethod::Epsv, DataMethod::Pasv};
        active = {DataMethod::Eprt, DataMethod::Port};
    }
    QList<DataMethod> methods;
    switch (s->options.dataMode) {
    case DataConnectionMode::Passive:
        methods = passive;
        break;
    case DataConnectionMode::Active:
        methods = active;
        break;
    case DataConnectionMode::Auto:
        // A board server on IPv6 offers only EPSV for passive, which may store uploads empty: prefer
        // active mode (EPRT) for uploads there.
        methods = (v6 && minimal && m_upload) ? active + passive : passive + active;
        break;
    }
    if (m_upload && s->avoidEpsvUploads) {
        // An EPSV upload was stored empty or stalled on this server: PASV on IPv4, EPRT on IPv6.
        methods.removeAll(DataMethod::Epsv);
        if (methods.isEmpty())
            methods = v6 ? QList<DataMethod>{DataMethod::Eprt} : QList<DataMethod>{DataMethod::Pasv};
    }
    QList<DataMethod> usable;
    for (DataMethod m : methods) {
        if (!s->capabilities.isKnownUnsupported(methodVerb(m)))
            usable.append(m);
    }
    // The method that worked last goes first, except a passive one in front of an upload to a board
    // server on IPv6: the listing's EPSV worked, but an EPSV upload may be stored empty (see above).
    const bool keepActiveFirst = v6 && minimal && m_upload && s->options.dataMode == DataConnectionMode::Auto;
    if (s->lastDataMethod && usable.contains(*s->lastDataMethod) &&
        !(keepActiveFirst && isPassive(*s->lastDataMethod))) {
        usable.removeAll(*s->lastDataMethod);
        usable.prepend(*s->lastDataMethod);
    }
    return usable;
}

bool DataOperation::usedEpsv() const
{
    return m_transferSent && m_method == DataMethod::Epsv;
}

void DataOperation::openData()
{
    if (isFinished())
        return;
    m_methods = candidateMethods();
    if (m_methods.isEmpty()) {
        finishError(Error::DataConnectionFailed,
                    tr("No way to open a data connection is left: the server refused every one."));
        return;
    }
    tryNextMethod(QString());
}

void DataOperation::tryNextMethod(const QString& reasonForNext)
{
    FtpSession* s = session();
    releaseData();
    if (!reasonForNext.isEmpty())
        m_lastDataError = reasonForNext;
    if (m_methods.isEmpty()) {
        finishError(Error::DataConnectionFailed,
                    tr("Could not open a data connection: %1").arg(m_lastDataError));
        return;
    }
    if (!reasonForNext.isEmpty())
        s->log(FtpClient::LogKind::Info,
               tr("%1; trying %2").arg(reasonForNext, QString::fromLatin1(methodVerb(m_methods.first()))));
    m_method = m_methods.takeFirst();
    m_step = Step::DataSetup;
    m_data = new DataChannel(s->sockets(), s->options.chunkSize, s->options.dataTimeoutMs, this);
    connect(m_data, &DataChannel::connected, this, &DataOperation::onDataConnected);
    connect(m_data, &DataChannel::connectFailed, this, &DataOperation::onDataConnectFailed);
    connect(m_data, &DataChannel::finished, this, &DataOperation::onDataFinished);
    connect(m_data, &DataChannel::failed, this, &DataOperation::onDataFailed);
    connect(m_data, &DataChannel::progress, this, [this](qint64 bytes) { Q_EMIT progress(bytes, m_total); });
    if (!m_upload)
        m_data->startReceiving(m_device); // data may arrive before the 1xx reply is read

    if (isPassive(m_method)) {
        sendCommand(methodVerb(m_method));
        return;
    }
    // Active: listen on the address the control connection uses, so the server reaches us the same way.
    const QHostAddress local = s->control()->localAddress();
    QString error;
    const quint16 port = m_data->listen(local, s->control()->peerAddress(), &error);
    if (port == 0) {
        tryNextMethod(error);
        return;
    }
    const QByteArray argument = m_method == DataMethod::Eprt ? DataAddress::formatEprtArgument(local, port)
                                                             : DataAddress::formatPortArgument(local, port);
    if (argument.isEmpty()) {
        tryNextMethod(tr("%1 cannot express the address %2")
                          .arg(QString::fromLatin1(methodVerb(m_method)), local.toString()));
        return;
    }
    sendRaw(methodVerb(m_method) + ' ' + argument, QString());
}

void DataOperation::releaseData()
{
    if (!m_data)
        return;
    m_finalBytes = m_data->bytesTransferred();
    m_data->disconnect(this);
    m_data->abort();
    m_data->deleteLater();
    m_data = nullptr;
}

void DataOperation::handleReply(const FtpReply& reply)
{
    FtpSession* s = session();
    switch (m_step) {
    case Step::Type:
        if (reply.isPreliminary())
            return;
        if (!reply.isCompletion()) {
            finishWithReply(tr("The server refused binary mode"), reply);
            return;
        }
        s->transferType = 'I';
        m_step = Step::Prepare;
        prepare();
        return;
    case Step::Prepare:
        if (reply.isPreliminary())
            return;
        handlePrepareReply(reply);
        return;
    case Step::DataSetup: {
        if (reply.isPreliminary())
            return;
        const QString verb = QString::fromLatin1(methodVerb(m_method));
        if (reply.isError()) {
            if (reply.code == 500 || reply.code == 502 || (reply.code == 522 && !isPassive(m_method)))
                s->capabilities.markUnsupported(methodVerb(m_method));
            tryNextMethod(tr("The server refused %1: %2").arg(verb, reply.toString()));
            return;
        }
        if (!isPassive(m_method)) {
            m_step = Step::DataConnecting; // the server connects when the command arrives
            m_data->setPeerReady();
            sendTransferCommand();
            return;
        }
        const QHostAddress peer = s->control()->peerAddress();
        quint16 port = 0;
        if (m_method == DataMethod::Epsv) {
            const std::optional<quint16> parsed = DataAddress::parseEpsvReply(reply.text().toLatin1());
            if (reply.code != 229 || !parsed) {
                tryNextMethod(tr("Could not understand the EPSV reply: %1").arg(reply.toString()));
                return;
            }
            port = *parsed;
        } else {
            const std::optional<HostPort> parsed = DataAddress::parsePasvReply(reply.text().toLatin1());
            if (reply.code != 227 || !parsed) {
                tryNextMethod(tr("Could not understand the PASV reply: %1").arg(reply.toString()));
                return;
            }
            // A PASV address other than the control peer's (a private address behind NAT, or an attempt
            // to make us connect elsewhere) is not trusted: the data goes to the host we talk to.
            if (!sameHost(parsed->address, peer))
                s->log(FtpClient::LogKind::Info,
                       tr("The server asked for a data connection to %1; using %2 instead")
                           .arg(parsed->address.toString(), peer.toString()));
            port = parsed->port;
        }
        // Connect before sending the transfer command: board servers wait only one second for it.
        m_step = Step::DataConnecting;
        m_data->connectToHost(peer, port);
        return;
    }
    case Step::DataConnecting:
    case Step::Transfer:
        if (reply.isPreliminary()) {
            m_gotPreliminary = true;
            if (m_data)
                m_data->setPeerReady();
            s->control()->suspendReplyTimeout();
            transferPreliminary(reply);
            if (m_upload && m_data)
                m_data->startSending(m_device);
            return;
        }
        setReply(reply);
        if (reply.isError()) {
            const bool emptyListing =
                m_gotPreliminary && transferredBytes() == 0 && acceptsEmptyFailure(reply);
            releaseData();
            if (emptyListing) {
                m_gotFinal = true;
                m_dataDone = true;
                maybeComplete();
                return;
            }
            // A download that started (1xx) and moved data, then got 550: board servers (NetX "550 Read
            // Fail") say so when the transfer broke off, not because the file is refused. Worth retrying.
            // A board server's data socket may have been reset before any byte reached us (the
            // kernel then drops what it held), so there any 550 after its 1xx counts.
            if (!m_upload && m_gotPreliminary && reply.code == 550 &&
                (m_finalBytes > 0 || s->capabilities.isMinimal())) {
                setReply(reply);
                finishError(Error::TransientError, tr("%1: %2 (the transfer broke off after %3 bytes)")
                                                       .arg(failureText(), reply.toString())
                                                       .arg(m_finalBytes));
                return;
            }
            finishWithReply(failureText(), reply);
            return;
        }
        m_gotFinal = true;
        maybeComplete();
        return;
    case Step::Draining:
        if (reply.isPreliminary())
            return;
        finishError(m_pendingError, m_pendingMessage);
        return;
    case Step::Aborting:
        if (reply.isPreliminary())
            return;
        // The first answer after ABOR (the transfer's 426 or ABOR's 225/226). A NOOP now marks the end
        // of whatever else the server still has to say about the aborted transfer.
        m_gotFinal = true;
        m_step = Step::Syncing;
        sendSyncNoop();
        return;
    case Step::Syncing:
        handleSyncReply(reply);
        return;
    case Step::Done:
        return;
    }
}

void DataOperation::sendTransferCommand()
{
    m_transferSent = true;
    if (m_step != Step::DataConnecting)
        m_step = Step::Transfer;
    sendCommand(transferCommand(), transferArgument());
}

void DataOperation::onDataConnected()
{
    if (isFinished())
        return;
    // Active mode: some servers (pyftpdlib) connect while handling PORT/EPRT, before their 200; the step
    // follows the replies, not the connection.
    if (isPassive(m_method) && !m_transferSent) {
        m_step = Step::Transfer;
        sendTransferCommand();
    }
}

void DataOperation::onDataConnectFailed(const QString& message)
{
    if (isFinished() || m_transferSent)
        return;
    tryNextMethod(tr("Could not connect to the server's data port (%1): %2")
                      .arg(QString::fromLatin1(methodVerb(m_method)), message));
}

void DataOperation::onDataFinished()
{
    if (isFinished())
        return;
    m_dataDone = true;
    if (!m_gotFinal)
        session()->control()->armReplyTimeout();
    maybeComplete();
}

void DataOperation::onDataFailed(Error error, const QString& message)
{
    if (isFinished())
        return;
    abortTransfer(error, message);
}

void DataOperation::maybeComplete()
{
    if (isFinished() || !m_gotFinal || !m_dataDone)
        return;
    session()->lastDataMethod = m_method;
    m_step = Step::Done;
    releaseData();
    transferSucceeded();
    if (!isFinished())
        finishSuccess();
}

void DataOperation::handleAbort()
{
    abortTransfer(Error::Canceled, tr("Canceled"));
}

void DataOperation::abortTransfer(Error error, const QString& message)
{
    if (isFinished() || m_step == Step::Draining || m_step == Step::Aborting || m_step == Step::Syncing)
        return;
    m_pendingError = error;
    m_pendingMessage = message;
    releaseData();
    FtpSession* s = session();
    switch (m_step) {
    case Step::Type:
    case Step::Prepare:
    case Step::DataSetup:
        // A command is on its way: wait for its answer, then stop.
        m_step = Step::Draining;
        return;
    case Step::DataConnecting:
    case Step::Transfer:
        if (!m_transferSent || m_gotFinal) {
            finishError(error, message);
            return;
        }
        break;
    case Step::Draining:
    case Step::Aborting:
    case Step::Syncing:
    case Step::Done:
        return;
    }
    s->control()->armReplyTimeout();
    if (s->capabilities.isMinimal() || s->capabilities.isKnownUnsupported("ABOR")) {
        // No ABOR on board servers: closing the data connection ends the transfer. The transfer
        // command's final reply is still to come, before or after NOOP's 200 (see handleSyncReply()).
        m_step = Step::Syncing;
        sendSyncNoop();
        return;
    }
    m_step = Step::Aborting;
    sendCommand("ABOR");
}

void DataOperation::sendSyncNoop()
{
    ++m_syncNoopsSent;
    sendCommand("NOOP");
}

void DataOperation::handleSyncReply(const FtpReply& reply)
{
    // Replies about the aborted transfer (and the ABOR) come first, NOOP's 200 last: usually. A board
    // server (NetX Duo: one thread that handles a waiting command before a waiting data disconnect)
    // may answer the NOOP before it sends the final reply of the upload whose data connection was
    // closed ("250 File Written"). That reply would then be taken as the answer to the next command
    // and every later reply would be off by one. So until the transfer's final reply is in, the first
    // 200 is answered with a second NOOP; the server has handled the disconnect by the time it reads
    // that one, so its 200 is the last word about the transfer (also if no final reply ever comes).
    if (reply.isPreliminary())
        return;
    if (reply.code != 200) {
        m_gotFinal = true;
        return;
    }
    ++m_syncRepliesSeen;
    if (m_syncRepliesSeen < m_syncNoopsSent)
        return;
    if (!m_gotFinal && m_syncNoopsSent < 2) {
        session()->log(FtpClient::LogKind::Info,
                       tr("The server has not answered the aborted transfer yet; synchronising again"));
        sendSyncNoop();
        return;
    }
    finishError(m_pendingError, m_pendingMessage);
}

void DataOperation::handleConnectionLost(Error error, const QString& message)
{
    releaseData();
    if (m_step == Step::Aborting || m_step == Step::Syncing || m_step == Step::Draining) {
        finishError(m_pendingError, m_pendingMessage);
        return;
    }
    finishError(error, message);
}

} // namespace Ferry
