#include "client/ftpclient.h"

#include "client/checksumoperation.h"
#include "client/commandoperation.h"
#include "client/controlchannel.h"
#include "client/ftpsession.h"
#include "client/listfactsoperation.h"
#include "client/listoperation.h"
#include "client/logonoperation.h"
#include "client/renameoperation.h"
#include "client/statoperation.h"
#include "client/transferoperation.h"

#include <QMetaMethod>

namespace Ferry {

FtpClient::FtpClient(QObject* parent) : QObject(parent), m_session(new FtpSession(this))
{
    connect(m_session, &FtpSession::stateChanged, this, &FtpClient::stateChanged);
    connect(m_session, &FtpSession::logMessage, this, &FtpClient::logMessage);
    connect(m_session, &FtpSession::disconnected, this, &FtpClient::disconnected);
    connect(m_session, &FtpSession::securityChanged, this, &FtpClient::securityChanged);
    connect(m_session, &FtpSession::certificateCheckRequired, this, [this](const CertificateCheck& check) {
        if (isSignalConnected(QMetaMethod::fromSignal(&FtpClient::certificateCheckRequired)))
            Q_EMIT certificateCheckRequired(check);
        else
            m_session->control()->answerCertificateCheck(CertificateAnswer::Reject, QString());
    });
}

FtpClient::~FtpClient() = default;

FtpClientOptions FtpClient::options() const
{
    return m_session->options;
}

void FtpClient::setOptions(const FtpClientOptions& options)
{
    m_session->options = options;
}

ConnectionSecurity FtpClient::security() const
{
    return m_session->security();
}

void FtpClient::answerCertificateCheck(CertificateAnswer answer, const QString& message)
{
    m_session->control()->answerCertificateCheck(answer, message);
}

void FtpClient::setAvoidEpsvUploads(bool avoid)
{
    m_session->avoidEpsvUploads = avoid;
}

bool FtpClient::avoidsEpsvUploads() const
{
    return m_session->avoidEpsvUploads;
}

FtpClient::State FtpClient::state() const
{
    return m_session->state();
}

const ServerCapabilities& FtpClient::capabilities() const
{
    return m_session->capabilities;
}

QString FtpClient::currentDirectory() const
{
    return m_session->currentDirectory;
}

FtpLogin FtpClient::login() const
{
    return m_session->login;
}

template <typename Op> static Op* enqueued(FtpSession* session, Op* operation)
{
    session->enqueue(operation);
    return operation;
}

FtpOperation* FtpClient::connectToHost(const FtpLogin& login)
{
    if (state() != State::Unconnected)
        abortConnection();
    m_session->login = login;
    return enqueued(m_session, new LogonOperation(m_session));
}

FtpOperation* FtpClient::disconnectFromHost()
{
    return enqueued(m_session, new CommandOperation(m_session, CommandOperation::Kind::Quit));
}

void FtpClient::abortConnection()
{
    m_session->abortConnection();
}

FtpOperation* FtpClient::pwd()
{
    return enqueued(m_session, new CommandOperation(m_session, CommandOperation::Kind::Pwd));
}

FtpOperation* FtpClient::cd(const QString& path)
{
    return enqueued(m_session, new CommandOperation(m_session, CommandOperation::Kind::Cwd, path));
}

FtpOperation* FtpClient::cdUp()
{
    return enqueued(m_session, new CommandOperation(m_session, CommandOperation::Kind::Cdup));
}

ListOperation* FtpClient::list(const QString& path)
{
    return enqueued(m_session, new ListOperation(m_session, path, ListOperation::Kind::Auto));
}

ListOperation* FtpClient::nameList(const QString& path)
{
    return enqueued(m_session, new ListOperation(m_session, path, ListOperation::Kind::NameList));
}

TransferOperation* FtpClient::download(const QString& remotePath, QIODevice* target, qint64 offset,
                                       qint64 expectedSize)
{
    return enqueued(m_session, new TransferOperation(m_session, TransferOperation::Direction::Download,
                                                     remotePath, target, offset, expectedSize, false));
}

TransferOperation* FtpClient::upload(QIODevice* source, const QString& remotePath, qint64 offset, bool append)
{
    return enqueued(m_session, new TransferOperation(m_session, TransferOperation::Direction::Upload,
                                                     remotePath, source, offset, -1, append));
}

FtpOperation* FtpClient::mkdir(const QString& path)
{
    return enqueued(m_session, new CommandOperation(m_session, CommandOperation::Kind::Mkd, path));
}

FtpOperation* FtpClient::rmdir(const QString& path)
{
    return enqueued(m_session, new CommandOperation(m_session, CommandOperation::Kind::Rmd, path));
}

FtpOperation* FtpClient::remove(const QString& path)
{
    return enqueued(m_session, new CommandOperation(m_session, CommandOperation::Kind::Dele, path));
}

FtpOperation* FtpClient::rename(const QString& from, const QString& to)
{
    return enqueued(m_session, new RenameOperation(m_session, from, to));
}

FtpOperation* FtpClient::size(const QString& path)
{
    return enqueued(m_session, new CommandOperation(m_session, CommandOperation::Kind::Size, path));
}

FtpOperation* FtpClient::modificationTime(const QString& path)
{
    return enqueued(m_session, new CommandOperation(m_session, CommandOperation::Kind::Mdtm, path));
}

StatOperation* FtpClient::stat(const QString& path)
{
    return enqueued(m_session, new StatOperation(m_session, path));
}

ChecksumOperation* FtpClient::checksum(const QString& path, const ChecksumMethod& method)
{
    return enqueued(m_session, new ChecksumOperation(m_session, path, method));
}

ListFactsOperation* FtpClient::selectListFacts(const QList<QByteArray>& facts)
{
    return enqueued(m_session, new ListFactsOperation(m_session, facts));
}

FtpOperation* FtpClient::rawCommand(const QString& commandLine)
{
    return enqueued(m_session, new CommandOperation(m_session, CommandOperation::Kind::Raw, commandLine));
}

FtpOperation* FtpClient::noop()
{
    return enqueued(m_session, new CommandOperation(m_session, CommandOperation::Kind::Noop));
}

void FtpClient::abortAll()
{
    m_session->abortAll(FtpOperation::Error::Canceled, tr("Canceled"));
}

} // namespace Ferry
