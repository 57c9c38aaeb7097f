#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace Ferry {

// Site passwords in the system keychain (Secret Service, KWallet, macOS Keychain, Windows Credential
// Store) through QtKeychain when Ferry was built with it (optional: find_package(Qt6Keychain)). Without
// it, or in tests (QStandardPaths test mode, so a test never writes to a developer's real keychain),
// isAvailable() is false and every call reports an error. Asynchronous: the callbacks run later from the
// event loop, never inside the call.
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

    void write(const QString& key, const QString& password, WriteCallback callback);
    void read(const QString& key, ReadCallback callback);
    void remove(const QString& key, WriteCallback callback = {});
};

} // namespace Ferry
