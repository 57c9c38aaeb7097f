#include "server/servercertificatestore.h"

#include "server/selfsignedcertificate.h"
#include "server/tlscredentials.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace Ferry {

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

bool writeAtomically(const QString& path, const QByteArray& bytes, QFileDevice::Permissions permissions,
                     QString* error)
{
    QSaveFile file(path);
    // Permissions are set on the temporary file before the first byte is written: the key is never
    // readable by others, not even for a moment.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions) ||
        file.write(bytes) != bytes.size() || !file.commit()) {
        *error = Ferry::ServerCertificateStore::tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

ServerCertificateStore::ServerCertificateStore(const QString& folder)
    : m_folder(folder.isEmpty() ? defaultFolder() : folder)
{}

QString ServerCertificateStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/server-certificate");
}

QString ServerCertificateStore::certificatePath() const
{
    return m_folder + QStringLiteral("/certificate.pem");
}

QString ServerCertificateStore::keyPath() const
{
    return m_folder + QStringLiteral("/key.pem");
}

std::shared_ptr<const TlsCredentials> ServerCertificateStore::loadOrCreate(QString* error)
{
    m_created = false;
    if (!QDir().mkpath(m_folder)) {
        *error = tr("Cannot create the folder %1 for the server's certificate.")
                     .arg(QDir::toNativeSeparators(m_folder));
        return nullptr;
    }
    QFile::setPermissions(m_folder, OwnerOnly | QFileDevice::ExeOwner);
    QLockFile lock(m_folder + QStringLiteral("/.lock"));
    if (!lock.tryLock(10000)) {
        *error = tr("The server's certificate in %1 is locked by another process.")
                     .arg(QDir::toNativeSeparators(m_folder));
        return nullptr;
    }

    if (QFile::exists(certificatePath()) || QFile::exists(keyPath())) {
        QString reason;
        std::shared_ptr<const TlsCredentials> stored =
            TlsCredentials::fromFiles(certificatePath(), keyPath(), &reason);
        if (!stored) {
            *error = tr("The server's stored certificate cannot be used (%1). Delete %2 to make a new one.")
                         .arg(reason, QDir::toNativeSeparators(m_folder));
            return nullptr;
        }
        if (stored->validUntil() > QDateTime::currentDateTimeUtc().addDays(1))
            return stored;
        // Expired (or about to): a new one, which clients will be asked to trust again.
    }

    const std::optional<SelfSignedCertificate::Pem> pem = SelfSignedCertificate::generate(
        SelfSignedCertificate::localHostName(), SelfSignedCertificate::localAddresses(),
        SelfSignedCertificate::DefaultValidDays, error);
    if (!pem)
        return nullptr;
    std::shared_ptr<const TlsCredentials> created =
        TlsCredentials::fromPem(pem->certificate, pem->key, error);
    if (!created || !store(pem->certificate, pem->key, error))
        return nullptr;
    m_created = true;
    return created;
}

bool ServerCertificateStore::store(const QByteArray& certificate, const QByteArray& key, QString* error)
{
    // The key first: a certificate on disk always has its key next to it.
    return writeAtomically(keyPath(), key, OwnerOnly, error) &&
           writeAtomically(certificatePath(), certificate,
                           OwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther, error);
}

} // namespace Ferry
