#include "tlsoptions.h"

#include "client/ftpclient.h"
#include "net/certificates.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSslCertificate>

namespace Ferry::Cli {

namespace {

const QString TlsName = QStringLiteral("tls");
const QString FingerprintName = QStringLiteral("fingerprint");
const QString CaCertName = QStringLiteral("cacert");

} // namespace

QList<QCommandLineOption> TlsOptions::options()
{
    return {
        QCommandLineOption(TlsName,
                           tr("Encryption: auto (TLS if the server offers it; the default for ftp://), "
                              "require (explicit TLS; ftpes://), implicit (TLS from the first byte; "
                              "ftps://, port 990) or off. Overrides the URL's scheme."),
                           QStringLiteral("MODE")),
        QCommandLineOption(FingerprintName,
                           tr("Trust the server certificate whose SHA-256 fingerprint is SHA256 (hex, "
                              "colons optional), even if it is self-signed or its name does not match."),
                           QStringLiteral("SHA256")),
        QCommandLineOption(CaCertName,
                           tr("Trust the certificates in FILE (PEM or DER): a CA that signed the server's "
                              "certificate, or the server's own certificate."),
                           QStringLiteral("FILE")),
    };
}

QList<QPair<QString, QString>> TlsOptions::helpEntries()
{
    return {
        {QStringLiteral("--tls MODE"),
         tr("Encryption: auto (TLS if the server offers it, the default for ftp://), "
            "require (ftpes://), implicit (ftps://, port 990) or off. Overrides the "
            "URL's scheme.")},
        {QStringLiteral("--fingerprint SHA256"),
         tr("Trust the server certificate with this SHA-256 fingerprint "
            "(hex, colons optional), even if it is self-signed.")},
        {QStringLiteral("--cacert FILE"),
         tr("Trust the certificates in FILE (PEM or DER): the server's own or "
            "the CA that signed it.")},
    };
}

std::optional<TlsOptions> TlsOptions::read(const QCommandLineParser& parser, QString* error)
{
    TlsOptions result;
    if (parser.isSet(TlsName)) {
        const QString value = parser.value(TlsName).trimmed().toLower();
        result.hasMode = true;
        if (value == QLatin1String("auto")) {
            result.mode = TlsMode::Auto;
        } else if (value == QLatin1String("require") || value == QLatin1String("explicit")) {
            result.mode = TlsMode::Explicit;
        } else if (value == QLatin1String("implicit")) {
            result.mode = TlsMode::Implicit;
        } else if (value == QLatin1String("off")) {
            result.mode = TlsMode::Off;
        } else {
            *error = tr("--tls takes auto, require, implicit or off, not \"%1\".").arg(parser.value(TlsName));
            return std::nullopt;
        }
    }
    for (const QString& text : parser.values(FingerprintName)) {
        const std::optional<QByteArray> fingerprint = parseFingerprint(text);
        if (!fingerprint) {
            *error = tr("--fingerprint takes a SHA-256 fingerprint: 64 hexadecimal digits, colons "
                        "optional (not \"%1\").")
                         .arg(text);
            return std::nullopt;
        }
        result.fingerprints.append(*fingerprint);
    }
    result.caFiles = parser.values(CaCertName);
    return result;
}

bool TlsOptions::apply(const FtpUrl& url, TlsSettings* settings, quint16* port, QString* error) const
{
    settings->mode = hasMode ? mode : url.tlsMode;
    settings->acceptedFingerprints += fingerprints;
    // The transfer engine's connections refuse an untrusted certificate themselves: say how to trust it.
    settings->refusalAdvice = tr("If that is the server's certificate, run again with --fingerprint %1 (or "
                                 "--cacert FILE with the certificate or its CA).");
    for (const QString& path : caFiles) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the certificate file %1: %2").arg(path, file.errorString());
            return false;
        }
        const QByteArray bytes = file.readAll();
        QList<QSslCertificate> certificates = QSslCertificate::fromData(bytes, QSsl::Pem);
        if (certificates.isEmpty())
            certificates = QSslCertificate::fromData(bytes, QSsl::Der);
        if (certificates.isEmpty()) {
            *error = tr("%1 holds no certificate (PEM or DER).").arg(path);
            return false;
        }
        settings->caCertificates += certificates;
    }
    if (!url.hasPort)
        *port = defaultFtpPort(settings->mode);
    return true;
}

void refuseUntrustedCertificates(FtpClient* client)
{
    QObject::connect(
        client, &FtpClient::certificateCheckRequired, client, [client](const CertificateCheck& check) {
            if (check.reason != CertificateCheck::Reason::Changed) {
                // The client's own refusal text, with TlsSettings::refusalAdvice (set by apply()) appended.
                client->answerCertificateCheck(CertificateAnswer::Reject, QString());
                return;
            }
            const QString fingerprint = formatFingerprint(certificateFingerprint(check.certificate()));
            client->answerCertificateCheck(
                CertificateAnswer::Reject,
                TlsOptions::tr("The certificate of %1:%2 CHANGED since you trusted it: its SHA-256 "
                               "fingerprint is now %3, it was %4. Someone may be intercepting the "
                               "connection; refused. If the server's certificate really was replaced, "
                               "check the new fingerprint with its administrator and run again with "
                               "--fingerprint %3.")
                    .arg(check.host)
                    .arg(check.port)
                    .arg(fingerprint, formatFingerprint(certificateFingerprint(check.previous))));
        });
}

QString describeSecurity(const ConnectionSecurity& security)
{
    if (!security.controlEncrypted)
        return TlsOptions::tr("Not encrypted (clear text).");
    QString trust;
    switch (security.trust) {
    case ConnectionSecurity::Trust::System:
        trust = TlsOptions::tr("certificate trusted by the system");
        break;
    case ConnectionSecurity::Trust::Pinned:
        trust = TlsOptions::tr("certificate pinned by fingerprint");
        break;
    case ConnectionSecurity::Trust::TrustStore:
        trust = TlsOptions::tr("certificate trusted before for this server");
        break;
    case ConnectionSecurity::Trust::User:
    case ConnectionSecurity::Trust::None:
        trust = TlsOptions::tr("certificate accepted for this connection");
        break;
    }
    return TlsOptions::tr("Encrypted: %1; %2.").arg(security.summary(), trust);
}

} // namespace Ferry::Cli
