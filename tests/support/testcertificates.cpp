#include "testcertificates.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

namespace Ferry::Test {

namespace {

const QString SubjectAltNames = QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1");

bool run(const QStringList& arguments, QString* error)
{
    const QString program = TestCertificates::openssl();
    if (program.isEmpty()) {
        *error = QStringLiteral("openssl is not installed (run scripts/setup-test-peers.sh)");
        return false;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

std::optional<TestCertificates::Files> load(const QString& certificatePath, const QString& keyPath,
                                            QString* error)
{
    QFile file(certificatePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(certificatePath);
        return std::nullopt;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        *error = QStringLiteral("%1 holds no certificate").arg(certificatePath);
        return std::nullopt;
    }
    // Readable by the peer's session user too (vsftpd reads them as root, pyftpdlib as the test).
    QFile::setPermissions(certificatePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadGroup | QFileDevice::ReadOther);
    TestCertificates::Files files;
    files.certificatePath = certificatePath;
    files.keyPath = keyPath;
    files.certificate = certificates.first();
    files.sha256 = files.certificate.digest(QCryptographicHash::Sha256);
    return files;
}

} // namespace

QString TestCertificates::openssl()
{
    return QStandardPaths::findExecutable(QStringLiteral("openssl"));
}

std::optional<TestCertificates::Files> TestCertificates::selfSigned(const QString& directory,
                                                                    const QString& name,
                                                                    const QString& commonName, QString* error)
{
    const QString certificate = QDir(directory).filePath(name + QStringLiteral(".pem"));
    const QString key = QDir(directory).filePath(name + QStringLiteral(".key"));
    if (!run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
              QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
              QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
              QStringLiteral("/CN=") + commonName, QStringLiteral("-addext"), SubjectAltNames,
              QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate},
             error))
        return std::nullopt;
    return load(certificate, key, error);
}

std::optional<TestCertificates::Files>
TestCertificates::signedByCa(const QString& directory, const QString& name, Files* ca, QString* error)
{
    const QDir dir(directory);
    const QString caCertificate = dir.filePath(name + QStringLiteral("-ca.pem"));
    const QString caKey = dir.filePath(name + QStringLiteral("-ca.key"));
    const QString certificate = dir.filePath(name + QStringLiteral(".pem"));
    const QString key = dir.filePath(name + QStringLiteral(".key"));
    const QString request = dir.filePath(name + QStringLiteral(".csr"));
    const QString extensions = dir.filePath(name + QStringLiteral(".ext"));
    QFile extensionFile(extensions);
    if (!extensionFile.open(QIODevice::WriteOnly) ||
        extensionFile.write((SubjectAltNames + QStringLiteral("\nbasicConstraints=CA:FALSE\n"
                                                              "extendedKeyUsage=serverAuth\n"))
                                .toLatin1()) < 0) {
        *error = QStringLiteral("cannot write %1").arg(extensions);
        return std::nullopt;
    }
    extensionFile.close();
    const QStringList newKey = {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes")};
    if (!run(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + newKey +
                 QStringList{QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                             QStringLiteral("/CN=Ferry Test CA ") + name, QStringLiteral("-addext"),
                             QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                             QStringLiteral("keyUsage=critical,keyCertSign,cRLSign"),
                             QStringLiteral("-keyout"), caKey, QStringLiteral("-out"), caCertificate},
             error) ||
        !run(QStringList{QStringLiteral("req"), QStringLiteral("-new")} + newKey +
                 QStringList{QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                             QStringLiteral("-keyout"), key, QStringLiteral("-out"), request},
             error) ||
        !run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request,
              QStringLiteral("-CA"), caCertificate, QStringLiteral("-CAkey"), caKey,
              QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("30"),
              QStringLiteral("-extfile"), extensions, QStringLiteral("-out"), certificate},
             error))
        return std::nullopt;
    const std::optional<Files> caFiles = load(caCertificate, caKey, error);
    if (!caFiles)
        return std::nullopt;
    *ca = *caFiles;
    return load(certificate, key, error);
}

} // namespace Ferry::Test
