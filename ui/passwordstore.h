#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace Ferry {

// Site passwords in the system keychain (Secret Service, KWallet, macOS Keychain, Windows Credential
// Store) through QtKeychain when Ferry was built with it (optional: find_package(Qt6Keychain)). Without
// it, or in tests (QStandardPaths test mode, so a test never writes to a developer's real keychain),
// isAvailable() is false and every call reports an error. Asynchronous: the callbacks run later from the
// event loop, never inside the call. Nothing is ever written in plain text here: when the keychain
// service cannot be reached, the calls fail with an error that says so.
class PasswordStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordStore)

public:
    using WriteCallback = std::function<void(bool ok, const QString& errorString)>;
    using ReadCallback = std::function<void(bool ok, const QString& password, const QString& errorString)>;

    explicit PasswordStore(QObject* parent = nullptr);
    ~PasswordStore() override;

    static bool isAvailable();
    // Whether the build has QtKeychain at all (isAvailable() may still be false in test mode).
    static bool isCompiledIn();
    // For tests that run against a private keyring service of their own (tests/keychain): lets the
    // keychain be used although QStandardPaths test mode is on. Off by default; the application never
    // calls it.
    static void setAllowedInTestMode(bool allowed);

    void write(const QString& key, const QString& password, WriteCallback callback);
    void read(const QString& key, ReadCallback callback);
    void remove(const QString& key, WriteCallback callback = {});
};

} // namespace Ferry
