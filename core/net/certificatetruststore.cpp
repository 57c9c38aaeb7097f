#include "net/certificatetruststore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace Ferry {

namespace {

QString trStore(const char* text)
{
    return QCoreApplication::translate("Ferry::CertificateTrustStore", text);
}

QString normalHost(const QString& host)
{
    QString h = host.trimmed().toLower();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    return h;
}

constexpr int FormatVersion = 1;

} // namespace

QString CertificateTrustStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/trusted-certificates.json");
}

CertificateTrustStore::CertificateTrustStore(const QString& path) : m_path(path) {}

bool CertificateTrustStore::load()
{
    m_entries.clear();
    m_error.clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = trStore("Cannot read the trusted certificates in %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    file.close();
    const QJsonObject root = document.object();
    bool damaged = parseError.error != QJsonParseError::NoError || !document.isObject() ||
                   root.value(QLatin1String("version")).toInt() != FormatVersion;
    QList<Entry> entries;
    if (!damaged) {
        for (const QJsonValue& value : root.value(QLatin1String("certificates")).toArray()) {
            const QJsonObject object = value.toObject();
            Entry entry;
            entry.host = normalHost(object.value(QLatin1String("host")).toString());
            const int port = object.value(QLatin1String("port")).toInt();
            const QList<QSslCertificate> certificates = QSslCertificate::fromData(
                object.value(QLatin1String("pem")).toString().toLatin1(), QSsl::Pem);
            if (entry.host.isEmpty() || port <= 0 || port > 65535 || certificates.size() != 1) {
                damaged = true;
                break;
            }
            entry.port = quint16(port);
            entry.certificate = certificates.first();
            entry.trustedSince =
                QDateTime::fromString(object.value(QLatin1String("trustedSince")).toString(), Qt::ISODate);
            entries.append(entry);
        }
    }
    if (damaged) {
        const QString aside = m_path + QStringLiteral(".damaged-") +
                              QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddhhmmss"));
        QFile::rename(m_path, aside);
        m_error = trStore("The trusted certificates file %1 was damaged; it was set aside as %2 and no "
                          "certificate is trusted until you trust them again.")
                      .arg(m_path, aside);
        return false;
    }
    m_entries = entries;
    return true;
}

qsizetype CertificateTrustStore::indexOf(const QString& host, quint16 port) const
{
    const QString h = normalHost(host);
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).host == h && m_entries.at(i).port == port)
            return i;
    }
    return -1;
}

CertificateTrustStore::Verdict CertificateTrustStore::check(const QString& host, quint16 port,
                                                            const QSslCertificate& certificate,
                                                            QSslCertificate* kept) const
{
    const qsizetype i = indexOf(host, port);
    if (i < 0)
        return Verdict::Unknown;
    if (kept)
        *kept = m_entries.at(i).certificate;
    return m_entries.at(i).certificate == certificate ? Verdict::Trusted : Verdict::Changed;
}

bool CertificateTrustStore::trust(const QString& host, quint16 port, const QSslCertificate& certificate)
{
    if (certificate.isNull()) {
        m_error = trStore("No certificate to trust.");
        return false;
    }
    const bool loaded = load();
    const QString loadError = m_error;
    if (!loaded && QFile::exists(m_path))
        return false;
    Entry entry;
    entry.host = normalHost(host);
    entry.port = port;
    entry.certificate = certificate;
    entry.trustedSince = QDateTime::currentDateTimeUtc();
    const qsizetype i = indexOf(host, port);
    if (i >= 0)
        m_entries[i] = entry;
    else
        m_entries.append(entry);
    const bool saved = save();
    if (saved && !loaded)
        m_error = loadError; // the damaged file was set aside: say so
    return saved;
}

bool CertificateTrustStore::forget(const QString& host, quint16 port)
{
    if (!load() && QFile::exists(m_path))
        return false;
    const qsizetype i = indexOf(host, port);
    if (i < 0)
        return true;
    m_entries.removeAt(i);
    return save();
}

bool CertificateTrustStore::save()
{
    QJsonArray certificates;
    for (const Entry& entry : std::as_const(m_entries)) {
        QJsonObject object;
        object.insert(QLatin1String("host"), entry.host);
        object.insert(QLatin1String("port"), int(entry.port));
        object.insert(QLatin1String("pem"), QString::fromLatin1(entry.certificate.toPem()));
        object.insert(QLatin1String("trustedSince"), entry.trustedSince.toString(Qt::ISODate));
        certificates.append(object);
    }
    QJsonObject root;
    root.insert(QLatin1String("version"), FormatVersion);
    root.insert(QLatin1String("certificates"), certificates);
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_error = trStore("Cannot create the folder for %1.").arg(m_path);
        return false;
    }
    QSaveFile file(m_path);
    const QByteArray bytes = QJsonDocument(root).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_error = trStore("Cannot write the trusted certificates to %1: %2").arg(m_path, file.errorString());
        return false;
    }
    m_error.clear();
    return true;
}

} // namespace Ferry
