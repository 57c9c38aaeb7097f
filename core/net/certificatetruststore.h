#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace Ferry {

// The server certificates a user chose to trust although the system does not ("always trust this
// certificate for this server"), one per host and port, kept with the exact certificate: a new or
// regenerated certificate for that server is not trusted but reported as changed. Shared by the window
// and the command line: a JSON file in the application data folder, written atomically (QSaveFile); a
// damaged file is set aside (renamed *.damaged) and reported, never silently replaced.
//
// Not thread-safe; cheap to create. Each change re-reads the file first, so two processes lose nothing
// but a change made in the same instant.
class CertificateTrustStore
{
public:
    enum class Verdict
    {
        Unknown, // no certificate kept for this server
        Trusted, // exactly this certificate is kept for this server
        Changed, // another certificate is kept for this server
    };

    struct Entry
    {
        QString host; // lower case, IPv6 without brackets
        quint16 port = 0;
        QSslCertificate certificate;
        QDateTime trustedSince;
    };

    // The default file: <AppDataLocation>/trusted-certificates.json.
    static QString defaultPath();

    explicit CertificateTrustStore(const QString& path = defaultPath());

    QString path() const { return m_path; }
    // Reads the file (a missing file is an empty store). False and errorString() if it was damaged (then
    // set aside) or unreadable.
    bool load();
    QList<Entry> entries() const { return m_entries; }

    Verdict check(const QString& host, quint16 port, const QSslCertificate& certificate,
                  QSslCertificate* kept = nullptr) const;
    // Trusts `certificate` for host:port (replacing what was kept for it) and writes the file.
    bool trust(const QString& host, quint16 port, const QSslCertificate& certificate);
    bool forget(const QString& host, quint16 port);

    QString errorString() const { return m_error; }

private:
    bool save();
    qsizetype indexOf(const QString& host, quint16 port) const;

    QString m_path;
    QList<Entry> m_entries;
    QString m_error;
};

} // namespace Ferry
