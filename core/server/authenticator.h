#pragma once

#include "server/filesystem.h"

#include <QHostAddress>
#include <QString>
#include <functional>
#include <memory>

namespace Ferry {

// What a session knows when the client sends PASS (board-servers.md: the login callback receives the
// client's address and port, name and password).
struct LoginRequest
{
    quint64 sessionId = 0;
    QHostAddress clientAddress;
    quint16 clientPort = 0;
    QString user;
    QString password;
};

// The answer. An accepted login must give the session its files; readOnly makes every write command
// answer 532.
struct LoginResult
{
    bool accepted = false;
    bool readOnly = true;
    std::shared_ptr<FileSystem> fileSystem;
    QString homeDirectory = QStringLiteral("/"); // the initial working directory inside fileSystem
    QString reason; // for the server log only (never sent to the client): why it was refused

    static LoginResult refuse(const QString& reason = QString())
    {
        LoginResult r;
        r.reason = reason;
        return r;
    }
};

// Given to logout(): runs on QUIT or disconnect whenever a password was tried in the session.
struct LogoutInfo
{
    quint64 sessionId = 0;
    QHostAddress clientAddress;
    quint16 clientPort = 0;
    QString user;
    bool loggedIn = false;
};

// Decides who may log in and what they see. Called from the server's thread; login() must return
// promptly (it runs in the event loop).
class Authenticator
{
public:
    virtual ~Authenticator();
    virtual LoginResult login(const LoginRequest& request) = 0;
    virtual void logout(const LogoutInfo& info);
};

// An Authenticator made of two callbacks (the logout one may be empty).
class CallbackAuthenticator final : public Authenticator
{
public:
    using LoginFunction = std::function<LoginResult(const LoginRequest&)>;
    using LogoutFunction = std::function<void(const LogoutInfo&)>;

    explicit CallbackAuthenticator(LoginFunction login, LogoutFunction logout = LogoutFunction());

    LoginResult login(const LoginRequest& request) override;
    void logout(const LogoutInfo& info) override;

private:
    LoginFunction m_login;
    LogoutFunction m_logout;
};

} // namespace Ferry
