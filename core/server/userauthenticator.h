#pragma once

#include "server/authenticator.h"

#include <QCoreApplication>
#include <QMap>

namespace Ferry {

// Named users, each with a password, a root folder (or any FileSystem) and read-only or read-write
// rights; optionally anonymous access ("anonymous" or "ftp", any password), read-only by default.
// Passwords are compared in constant time; they are kept in memory as given.
class UserAuthenticator final : public Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(UserAuthenticator)

public:
    enum class Access
    {
        ReadOnly,
        ReadWrite
    };

    UserAuthenticator();
    ~UserAuthenticator() override;

    // A user whose files are the local folder rootPath. False (and errorString()) if it is not a folder.
    bool addUser(const QString& name, const QString& password, const QString& rootPath,
                 Access access = Access::ReadWrite);
    void addUser(const QString& name, const QString& password, std::shared_ptr<FileSystem> fileSystem,
                 Access access = Access::ReadWrite);
    void removeUser(const QString& name);
    bool hasUser(const QString& name) const;
    QStringList userNames() const;

    bool setAnonymous(const QString& rootPath, Access access = Access::ReadOnly);
    void setAnonymous(std::shared_ptr<FileSystem> fileSystem, Access access = Access::ReadOnly);
    void disableAnonymous();
    bool anonymousEnabled() const { return m_anonymous.fileSystem != nullptr; }

    QString errorString() const { return m_error; }

    LoginResult login(const LoginRequest& request) override;

    static bool isAnonymousName(const QString& user);

private:
    struct Account
    {
        QString password;
        std::shared_ptr<FileSystem> fileSystem;
        Access access = Access::ReadOnly;
    };

    QMap<QString, Account> m_users;
    Account m_anonymous;
    QString m_error;
};

} // namespace Ferry
