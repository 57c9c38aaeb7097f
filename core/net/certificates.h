#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>
#include <optional>

namespace Ferry {

// Certificate facts as people compare them (FileZilla, WinSCP, `openssl x509 -fingerprint -sha256`).

// The SHA-256 digest of the certificate's DER bytes (32 bytes).
QByteArray certificateFingerprint(const QSslCertificate& certificate);
// "AB:01:..." (upper-case hex, colon-separated) for 32 bytes of SHA-256.
QString formatFingerprint(const QByteArray& sha256);
// A SHA-256 fingerprint as a user types it: 64 hex digits, upper or lower case, colons (or spaces)
// optional, an optional "SHA256:" / "sha256=" prefix. The 32 bytes, or nothing if it is not one. Pure.
std::optional<QByteArray> parseFingerprint(const QString& text);
// The subject's common name, or its first alternative name, or "(no name)".
QString certificateName(const QSslCertificate& certificate);
// True when subject and issuer are the same (a self-signed certificate).
bool isSelfSigned(const QSslCertificate& certificate);
// The errors as one line for a person: "self-signed certificate; host name mismatch".
QString describeSslErrors(const QList<QSslError>& errors);

} // namespace Ferry
