#include "passwordstore.h"

#include <QStandardPaths>
#include <QTimer>

#ifdef FERRY_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace Ferry {

namespace {

const QString serviceName = QStringLiteral("Ferry");

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
    return isCompiledIn() && !QStandardPaths::isTestModeEnabled() &&
           qEnvironmentVariableIsEmpty("FERRY_NO_KEYCHAIN");
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
                callback(job->error() == QKeychain::NoError, job->errorString());
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
                callback(job->error() == QKeychain::NoError, job->textData(), job->errorString());
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
                         job->errorString());
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
