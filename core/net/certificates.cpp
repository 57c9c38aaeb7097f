#include "net/certificates.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace Ferry {

QByteArray certificateFingerprint(const QSslCertificate& certificate)
{
    return certificate.isNull() ? QByteArray() : certificate.digest(QCryptographicHash::Sha256);
}

QString formatFingerprint(const QByteArray& sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

std::optional<QByteArray> parseFingerprint(const QString& text)
{
    QString digits = text.trimmed();
    for (const QLatin1String prefix :
         {QLatin1String("sha256:"), QLatin1String("sha256="), QLatin1String("sha-256:")}) {
        if (digits.startsWith(prefix, Qt::CaseInsensitive)) {
            digits = digits.mid(prefix.size()).trimmed();
            break;
        }
    }
    QByteArray hex;
    hex.reserve(64);
    for (const QChar c : std::as_const(digits)) {
        if (c == QLatin1Char(':') || c == QLatin1Char(' '))
            continue;
        const char l = c.toLatin1();
        const bool isHex = (l >= '0' && l <= '9') || (l >= 'a' && l <= 'f') || (l >= 'A' && l <= 'F');
        if (!isHex || hex.size() == 64)
            return std::nullopt;
        hex.append(l);
    }
    if (hex.size() != 64)
        return std::nullopt;
    return QByteArray::fromHex(hex);
}

QString certificateName(const QSslCertificate& certificate)
{
    const QStringList common = certificate.subjectInfo(QSslCertificate::CommonName);
    if (!common.isEmpty() && !common.first().isEmpty())
        return common.first();
    const auto names = certificate.subjectAlternativeNames();
    if (!names.isEmpty())
        return names.first();
    return QCoreApplication::translate("Ferry::Certificates", "(no name)");
}

bool isSelfSigned(const QSslCertificate& certificate)
{
    return !certificate.isNull() && certificate.isSelfSigned();
}

QString describeSslErrors(const QList<QSslError>& errors)
{
    QStringList texts;
    for (const QSslError& error : errors) {
        const QString text = error.errorString();
        if (!texts.contains(text))
            texts.append(text);
    }
    return texts.join(QLatin1String("; "));
}

} // namespace Ferry
