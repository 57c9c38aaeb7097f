#include "memoryserver.h"

#include "server/serveroptions.h"
#include "server/userauthenticator.h"

#include <QHostAddress>

namespace Ferry::Test {

MemoryServer::MemoryServer() : m_fileSystem(std::make_shared<MemoryFileSystem>()) {}

MemoryServer::~MemoryServer()
{
    stop();
}

void MemoryServer::addFiles(const QString& folder, const QString& name, int count)
{
    const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    m_fileSystem->addDirectory(folder);
    for (int i = 0; i < count; ++i) {
        m_fileSystem->addFile(folder + QLatin1Char('/') + name + QLatin1Char('-') + QString::number(i),
                              QByteArray(i % 64, 'x'), start.addSecs(qint64(i) * 60));
    }
}

bool MemoryServer::start(QString* error)
{
    auto users = std::make_shared<UserAuthenticator>();
    users->addUser(QStringLiteral("mem"), QStringLiteral("pw"), m_fileSystem,
                   UserAuthenticator::Access::ReadWrite);
    ServerOptions options;
    options.port = 0;
    options.bindAddresses = {QHostAddress(QHostAddress::LocalHost)};
    options.failedLoginDelayMs = 10;
    m_host = std::make_unique<ServerHost>();
    if (!m_host->start(options, users)) {
        *error = m_host->errorString();
        return false;
    }
    return true;
}

void MemoryServer::stop()
{
    if (m_host)
        m_host->stop();
}

FtpLogin MemoryServer::login() const
{
    FtpLogin login;
    login.host = QStringLiteral("127.0.0.1");
    login.port = m_host ? m_host->port() : 0;
    login.user = QStringLiteral("mem");
    login.password = QStringLiteral("pw");
    return login;
}

} // namespace Ferry::Test
