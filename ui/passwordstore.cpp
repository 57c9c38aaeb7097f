#include "passwordstore.h"

#include <QStandardPaths>
#include <QTimer>
#include <atomic>

#ifdef FERRY_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace Ferry {

namespace {

const QString serviceName = QStringLiteral("Ferry");

std::atomic<bool> allowedInTestMode{false};

#ifdef FERRY_HAVE_QTKEYCHAIN
// What went wrong, for a person: QtKeychain passes on the backend's own text, which for an unreachable
// service names D-Bus ("Could not connect: No such file or directory") but not the keychain.
QString errorText(const QKeychain::Job* job)
{
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::NoError:
        return QString();
    case QKeychain::EntryNotFound:
        return detail.isEmpty() ? PasswordStore::tr("The keychain has no such entry.") : detail;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return detail.isEmpty() ? PasswordStore::tr("The system keychain refused access.")
                                : PasswordStore::tr("The system keychain refused access: %1").arg(detail);
    default:
        return detail.isEmpty() ? PasswordStore::tr("The system keychain could not be used.")
                                : PasswordStore::tr("The system keychain could not be used: %1").arg(detail);
    }
}
#endif

} // namespace

PasswordStore::PasswordStore(QObject* parent) : QObject(parent) {}

PasswordStore::~PasswordStore() = default;

bool PasswordStore::isCompiledIn()
{
#ifdef FERRY_HAVE_QTKEYCHAIN
    return true;
#else
    return false;
#endif
}

bool PasswordStore::isAvailable()
{
    return isCompiledIn() && (!QStandardPaths::isTestModeEnabled() || allowedInTestMode.load()) &&
           qEnvironmentVariableIsEmpty("FERRY_NO_KEYCHAIN");
}

void PasswordStore::setAllowedInTestMode(bool allowed)
{
    allowedInTestMode.store(allowed);
}

void PasswordStore::write(const QString& key, const QString& password, WriteCallback callback)
{
#ifdef FERRY_HAVE_QTKEYCHAIN
    if (isAvailable()) {
        auto* job = new QKeychain::WritePasswordJob(serviceName, this);
        job->setKey(key);
        job->setTextData(password);
        job->setInsecureFallback(false); // never a plain-text file behind the user's back
        connect(job, &QKeychain::Job::finished, this, [job, callback](QKeychain::Job*) {
            if (callback)
                callback(job->error() == QKeychain::NoError, errorText(job));
        });
        job->start();
        return;
    }
#else
    Q_UNUSED(key);
    Q_UNUSED(password);
#endif
    QTimer::singleShot(0, this, [callback] {
        if (callback)
            callback(false, tr("No system keychain is available."));
    });
}

void PasswordStore::read(const QString& key, ReadCallback callback)
{
#ifdef FERRY_HAVE_QTKEYCHAIN
    if (isAvailable()) {
        auto* job = new QKeychain::ReadPasswordJob(serviceName, this);
        job->setKey(key);
        job->setInsecureFallback(false);
        connect(job, &QKeychain::Job::finished, this, [job, callback](QKeychain::Job*) {
            if (callback)
                callback(job->error() == QKeychain::NoError, job->textData(), errorText(job));
        });
        job->start();
        return;
    }
#else
    Q_UNUSED(key);
#endif
    QTimer::singleShot(0, this, [callback] {
        if (callback)
            callback(false, QString(), tr("No system keychain is available."));
    });
}

void PasswordStore::remove(const QString& key, WriteCallback callback)
{
#ifdef FERRY_HAVE_QTKEYCHAIN
    if (isAvailable()) {
        auto* job = new QKeychain::DeletePasswordJob(serviceName, this);
        job->setKey(key);
        job->setInsecureFallback(false);
        connect(job, &QKeychain::Job::finished, this, [job, callback](QKeychain::Job*) {
            if (callback)
                callback(job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound,
                         errorText(job));
        });
        job->start();
        return;
    }
#else
    Q_UNUSED(key);
#endif
    QTimer::singleShot(0, this, [callback] {
        if (callback)
            callback(false, tr("No system keychain is available."));
    });
}

} // namespace Ferry
