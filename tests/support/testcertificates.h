#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QString>
#include <optional>

namespace Ferry::Test {

// Certificates for FTPS tests, made by the openssl command (scripts/setup-test-peers.sh installs it) in a
// folder of the test's: ECDSA P-256, valid 30 days, names localhost, 127.0.0.1 and ::1.
class TestCertificates
{
public:
    struct Files
    {
        QString certificatePath; // PEM
        QString keyPath;         // PEM, unencrypted
        QSslCertificate certificate;
        QByteArray sha256; // fingerprint, 32 bytes
    };

    // A self-signed certificate (CN=`commonName`), files `<name>.pem` and `<name>.key` in `directory`.
    static std::optional<Files> selfSigned(const QString& directory, const QString& name,
                                           const QString& commonName, QString* error);
    // A CA (`<name>-ca.pem`) and a server certificate it signed (`<name>.pem`): the server's in the result,
    // the CA's in *ca.
    static std::optional<Files> signedByCa(const QString& directory, const QString& name, Files* ca,
                                           QString* error);
    // The openssl program, or empty when it is not installed.
    static QString openssl();
};

} // namespace Ferry::Test
