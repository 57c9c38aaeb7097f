#include "server/userauthenticator.h"

#include "server/localfilesystem.h"

namespace Ferry {

namespace {

// Compares without an early exit, so the time taken does not tell how much of the password was right.
bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    const qsizetype n = qMax(a.size(), b.size());
    unsigned int diff = static_cast<unsigned int>(a.size() ^ b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const auto x = static_cast<unsigned char>(i < a.size() ? a.at(i) : 0);
        const auto y = static_cast<unsigned char>(i < b.size() ? b.at(i) : 0);
        diff |= static_cast<unsigned int>(x ^ y);
    }
    return diff == 0;
}

} // namespace

UserAuthenticator::UserAuthenticator() = default;
UserAuthenticator::~UserAuthenticator() = default;

bool UserAuthenticator::addUser(const QString& name, const QString& password, const QString& rootPath,
                                Access access)
{
    auto fs = std::make_shared<LocalFileSystem>(rootPath);
    if (!fs->isValid()) {
        m_error = fs->errorString();
        return false;
    }
    addUser(name, password, fs, access);
    return true;
}

void UserAuthenticator::addUser(const QString& name, const QString& password,
                                std::shared_ptr<FileSystem> fileSystem, Access access)
{
    m_users.insert(name, Account{password, std::move(fileSystem), access});
}

void UserAuthenticator::removeUser(const QString& name)
{
    m_users.remove(name);
}

bool UserAuthenticator::hasUser(const QString& name) const
{
    return m_users.contains(name);
}

QStringList UserAuthenticator::userNames() const
{
    return m_users.keys();
}

bool UserAuthenticator::setAnonymous(const QString& rootPath, Access access)
{
    auto fs = std::make_shared<LocalFileSystem>(rootPath);
    if (!fs->isValid()) {
        m_error = fs->errorString();
        return false;
    }
    setAnonymous(fs, access);
    return true;
}

void UserAuthenticator::setAnonymous(std::shared_ptr<FileSystem> fileSystem, Access access)
{
    m_anonymous = Account{QString(), std::move(fileSystem), access};
}

void UserAuthenticator::disableAnonymous()
{
    m_anonymous = Account();
}

bool UserAuthenticator::isAnonymousName(const QString& user)
{
    return user.compare(QLatin1String("anonymous"), Qt::CaseInsensitive) == 0 ||
           user.compare(QLatin1String("ftp"), Qt::CaseInsensitive) == 0;
}

LoginResult UserAuthenticator::login(const LoginRequest& request)
{
    const auto accept = [](const Account& account) {
        LoginResult result;
        result.accepted = true;
        result.readOnly = account.access == Access::ReadOnly;
        result.fileSystem = account.fileSystem;
        return result;
    };
    const auto it = m_users.constFind(request.user);
    if (it != m_users.cend()) {
        if (constantTimeEquals(request.password.toUtf8(), it->password.toUtf8()))
            return accept(*it);
        return LoginResult::refuse(tr("wrong password"));
    }
    if (isAnonymousName(request.user)) {
        if (m_anonymous.fileSystem)
            return accept(m_anonymous);
        return LoginResult::refuse(tr("anonymous access is disabled"));
    }
    // Hash-free dummy comparison so unknown users take about as long as known ones.
    constantTimeEquals(request.password.toUtf8(), request.password.toUtf8());
    return LoginResult::refuse(tr("unknown user"));
}

} // namespace Ferry
