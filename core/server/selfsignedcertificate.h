#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <optional>

namespace Ferry {

// A new self-signed certificate for the embedded FTPS server, as a quick-sharing server needs one on
// first start: an ECDSA P-256 key and an X.509 v3 certificate, CN = the host name, subject alternative
// names = the host name, "localhost" and the given addresses, for server authentication (extended key
// usage serverAuth, not a CA). Pure: it
// touches no file (ServerCertificateStore keeps it).
class SelfSignedCertificate final
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::SelfSignedCertificate)

public:
    struct Pem
    {
        QByteArray certificate;
        QByteArray key; // unencrypted PKCS#8
    };

    static constexpr int DefaultValidDays = 3650;

    // nullopt and *error on failure. Valid from an hour ago (clocks differ) for validDays.
    static std::optional<Pem> generate(const QString& hostName, const QList<QHostAddress>& addresses,
                                       int validDays, QString* error);
    // This machine's host name, and its addresses on interfaces that are up (loopback included, IPv6
    // link-local left out: a certificate name cannot carry a zone).
    static QString localHostName();
    static QList<QHostAddress> localAddresses();
};

} // namespace Ferry
