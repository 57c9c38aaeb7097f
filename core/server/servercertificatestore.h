#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace Ferry {

class TlsCredentials;

// Where the embedded FTPS server keeps the self-signed certificate it makes on first use, so that it
// stays the same from one start to the next (clients pin the exact certificate): certificate.pem and
// key.pem in a folder of the application data folder (QStandardPaths), the folder and the key readable
// by the user only (0700, 0600), both written atomically (QSaveFile), under a lock file so that two
// servers starting at once agree on one certificate.
class ServerCertificateStore final
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::ServerCertificateStore)

public:
    // Empty: defaultFolder().
    explicit ServerCertificateStore(const QString& folder = QString());

    // <application data>/server-certificate.
    static QString defaultFolder();
    QString folder() const { return m_folder; }
    QString certificatePath() const;
    QString keyPath() const;

    // The stored certificate, or a new one (stored) when there is none or the stored one has expired.
    // A stored pair that cannot be read is an error that names the files (the server does not silently
    // change its identity). nullptr and *error on failure.
    std::shared_ptr<const TlsCredentials> loadOrCreate(QString* error);
    // Whether the last loadOrCreate() made a new certificate.
    bool createdNew() const { return m_created; }

private:
    bool store(const QByteArray& certificate, const QByteArray& key, QString* error);

    QString m_folder;
    bool m_created = false;
};

} // namespace Ferry
