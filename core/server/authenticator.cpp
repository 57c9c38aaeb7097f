#include "server/authenticator.h"

namespace Ferry {

Authenticator::~Authenticator() = default;

void Authenticator::logout(const LogoutInfo&) {}

CallbackAuthenticator::CallbackAuthenticator(LoginFunction login, LogoutFunction logout)
    : m_login(std::move(login)), m_logout(std::move(logout))
{}

LoginResult CallbackAuthenticator::login(const LoginRequest& request)
{
    return m_login ? m_login(request) : LoginResult::refuse();
}

void CallbackAuthenticator::logout(const LogoutInfo& info)
{
    if (m_logout)
        m_logout(info);
}

} // namespace Ferry
