#include "vsftpdserver.h"

#include "peerprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace Ferry::Test {

VsftpdServer::VsftpdServer() : TestFtpServer(QStringLiteral("ferry-vsftpd"), systemUser(), systemPassword())
{}

VsftpdServer::~VsftpdServer()
{
    stop();
}

QString VsftpdServer::name() const
{
    return QStringLiteral("vsftpd");
}

QString VsftpdServer::systemUser()
{
    return QStringLiteral("ferrytest");
}

QString VsftpdServer::systemPassword()
{
    return QStringLiteral("ferrytest-pw");
}

QString VsftpdServer::pamService()
{
    return QStringLiteral("ferry-vsftpd");
}

QString VsftpdServer::program()
{
    const QString found = QStandardPaths::findExecutable(
        QStringLiteral("vsftpd"),
        {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"), QStringLiteral("/sbin")});
    return found.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("vsftpd")) : found;
}

QString VsftpdServer::checkEnvironment() const
{
#ifndef Q_OS_LINUX
    return QStringLiteral("vsftpd test peers run on Linux only");
#else
    const QString setup = QStringLiteral(" (run scripts/setup-test-peers.sh)");
    if (program().isEmpty()) {
        return QStringLiteral("vsftpd is not installed") + setup;
    }
    if (::geteuid() != 0) {
        return QStringLiteral("vsftpd test peers need root: vsftpd logs in a system user through PAM and "
                              "chroots into the served folder");
    }
    if (::getpwnam(systemUser().toLocal8Bit().constData()) == nullptr) {
        return QStringLiteral("the test user %1 does not exist").arg(systemUser()) + setup;
    }
    if (!QFileInfo::exists(QStringLiteral("/etc/pam.d/") + pamService())) {
        return QStringLiteral("the PAM service /etc/pam.d/%1 is missing").arg(pamService()) + setup;
    }
    return QString();
#endif
}

quint16 VsftpdServer::launch(PeerProcess& process, const QHostAddress& bindAddress, QString* error)
{
    if (!prepareFolders(error)) {
        return 0;
    }
    const QString config = workFile(QStringLiteral("vsftpd.conf"));
    process.setProgram(program(), {config});
    if (m_tls.version != TlsVersion::Any) {
        QString opensslConfig;
        if (!writeOpensslConfig(&opensslConfig, error))
            return 0;
        process.setEnvironmentVariable(QStringLiteral("OPENSSL_CONF"), opensslConfig);
    }
    process.setGreetingOverTls(m_tls.mode == Tls::Implicit);
    process.addExtraLogFile(workFile(QStringLiteral("vsftpd.log")));
    process.setStandardInputToErrorLog(true);

    // vsftpd needs its port in the config: take a free one, and if another process grabbed it in the
    // meantime ("could not bind listening socket"), try once more with another.
    for (int attempt = 1; attempt <= 2; ++attempt) {
        const quint16 port = findFreePort(bindAddress);
        if (port == 0) {
            *error = QStringLiteral("no free port on %1").arg(bindAddress.toString());
            return 0;
        }
        if (!writeConfig(bindAddress, port, error)) {
            return 0;
        }
        if (process.startAndWaitForGreeting(bindAddress, port)) {
            return port;
        }
        *error = process.errorString();
        if (!error->contains(QLatin1String("could not bind"))) {
            return 0;
        }
    }
    return 0;
}

bool VsftpdServer::runsAsOtherUser() const
{
    return true;
}

bool VsftpdServer::adoptPath(const QString& path, QString* error)
{
    if (!lookUpUser(error)) {
        return false;
    }
#ifdef Q_OS_UNIX
    if (::lchown(QFile::encodeName(path).constData(), m_uid, m_gid) != 0) {
        *error = QStringLiteral("cannot hand %1 to %2: %3")
                     .arg(path, systemUser(), QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
#else
    Q_UNUSED(path);
#endif
    return true;
}

bool VsftpdServer::lookUpUser(QString* error)
{
    if (m_userKnown) {
        return true;
    }
#ifdef Q_OS_UNIX
    const passwd* entry = ::getpwnam(systemUser().toLocal8Bit().constData());
    if (entry == nullptr) {
        *error = QStringLiteral("the test user %1 does not exist (run scripts/setup-test-peers.sh)")
                     .arg(systemUser());
        return false;
    }
    m_uid = entry->pw_uid;
    m_gid = entry->pw_gid;
    m_userKnown = true;
    return true;
#else
    *error = QStringLiteral("vsftpd test peers run on Linux only");
    return false;
#endif
}

bool VsftpdServer::prepareFolders(QString* error)
{
    // The session user must be able to walk to rootPath(): QTemporaryDir makes workPath() 0700.
    const QFileDevice::Permissions walkable = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                              QFileDevice::ExeOther;
    if (!QFile::setPermissions(workPath(), walkable)) {
        *error = QStringLiteral("cannot make %1 traversable").arg(workPath());
        return false;
    }
    for (QDir dir(workPath()); dir.cdUp();) {
        if (!QFileInfo(dir.path()).permissions().testFlag(QFileDevice::ExeOther)) {
            *error = QStringLiteral("%1 cannot reach %2: %3 is not searchable by others (point TMPDIR "
                                    "elsewhere)")
                         .arg(systemUser(), rootPath(), dir.path());
            return false;
        }
        if (dir.isRoot()) {
            break;
        }
    }
    // secure_chroot_dir: an empty folder owned by root and writable by nobody else.
    const QString empty = workFile(QStringLiteral("empty"));
    const QFileDevice::Permissions emptyPermissions =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
        QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    if (!QDir().mkpath(empty) || !QFile::setPermissions(empty, emptyPermissions)) {
        *error = QStringLiteral("cannot create %1").arg(empty);
        return false;
    }
    return true;
}

bool VsftpdServer::writeConfig(const QHostAddress& bindAddress, quint16 port, QString* error)
{
    const bool ipv6 = bindAddress.protocol() == QAbstractSocket::IPv6Protocol;
    const QPair<quint16, quint16> passive = passivePortRange();
    // vsftpd is strict: "name=value" with no spaces around "=" and no trailing blanks.
    QStringList lines = {
        QStringLiteral("# written by Ferry's VsftpdServer (tests/support) for one test"),
        QStringLiteral("listen=%1").arg(ipv6 ? QStringLiteral("NO") : QStringLiteral("YES")),
        QStringLiteral("listen_ipv6=%1").arg(ipv6 ? QStringLiteral("YES") : QStringLiteral("NO")),
        ipv6 ? QStringLiteral("listen_address6=%1").arg(bindAddress.toString())
             : QStringLiteral("listen_address=%1").arg(bindAddress.toString()),
        QStringLiteral("listen_port=%1").arg(port),
        QStringLiteral("background=NO"),
        QStringLiteral("anonymous_enable=NO"),
        QStringLiteral("local_enable=YES"),
        QStringLiteral("write_enable=YES"),
        QStringLiteral("local_umask=022"),
        QStringLiteral("chroot_local_user=YES"),
        QStringLiteral("allow_writeable_chroot=YES"),
        QStringLiteral("local_root=%1").arg(rootPath()),
        QStringLiteral("secure_chroot_dir=%1").arg(workFile(QStringLiteral("empty"))),
        QStringLiteral("pam_service_name=%1").arg(pamService()),
        QStringLiteral("userlist_enable=NO"),
        QStringLiteral("session_support=NO"),
        QStringLiteral("pasv_enable=YES"),
        QStringLiteral("pasv_min_port=%1").arg(passive.first),
        QStringLiteral("pasv_max_port=%1").arg(passive.second),
        QStringLiteral("port_enable=YES"),
        QStringLiteral("connect_from_port_20=NO"),
        // A session whose control connection dies between STOR and the data connection keeps the file's
        // upload lock (lock_upload_files) while it waits for that data connection: 60 s by default, so a
        // client's retry of the same file waits that long for the lock (tst_mirror's repeated drops).
        // Loopback needs far less.
        QStringLiteral("accept_timeout=10"),
        QStringLiteral("connect_timeout=10"),
        // Containers: no new namespaces, no seccomp filter.
        QStringLiteral("isolate=NO"),
        QStringLiteral("isolate_network=NO"),
        QStringLiteral("seccomp_sandbox=NO"),
        QStringLiteral("utf8_filesystem=YES"),
        QStringLiteral("use_localtime=NO"),
        // A wrong password is answered at once instead of after vsftpd's default 1 s.
        QStringLiteral("delay_failed_login=0"),
        QStringLiteral("xferlog_enable=YES"),
        QStringLiteral("xferlog_file=%1").arg(workFile(QStringLiteral("xferlog"))),
        QStringLiteral("dual_log_enable=YES"),
        QStringLiteral("log_ftp_protocol=YES"),
        QStringLiteral("vsftpd_log_file=%1").arg(workFile(QStringLiteral("vsftpd.log"))),
    };
    lines += tlsLines();
    QFile file(workFile(QStringLiteral("vsftpd.conf")));
    const QByteArray text = lines.join(QLatin1Char('\n')).toUtf8() + '\n';
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

QStringList VsftpdServer::tlsLines() const
{
    if (m_tls.mode == Tls::Off)
        return {};
    return {
        QStringLiteral("ssl_enable=YES"),
        QStringLiteral("rsa_cert_file=%1").arg(m_tls.certificatePath),
        QStringLiteral("rsa_private_key_file=%1").arg(m_tls.keyPath),
        // vsftpd 3.0.3's default list (DES-CBC3-SHA) leaves OpenSSL 3 nothing for TLS 1.2.
        QStringLiteral("ssl_ciphers=HIGH"),
        QStringLiteral("force_local_logins_ssl=YES"),
        QStringLiteral("force_local_data_ssl=YES"),
        QStringLiteral("require_ssl_reuse=%1")
            .arg(m_tls.requireReuse ? QStringLiteral("YES") : QStringLiteral("NO")),
        QStringLiteral("implicit_ssl=%1")
            .arg(m_tls.mode == Tls::Implicit ? QStringLiteral("YES") : QStringLiteral("NO")),
        QStringLiteral("debug_ssl=YES"),
    };
}

bool VsftpdServer::writeOpensslConfig(QString* path, QString* error)
{
    *path = workFile(QStringLiteral("openssl.cnf"));
    const QByteArray text =
        QByteArrayLiteral("openssl_conf = ferry_conf\n"
                          "[ferry_conf]\n"
                          "ssl_conf = ferry_ssl\n"
                          "[ferry_ssl]\n"
                          "system_default = ferry_tls\n"
                          "[ferry_tls]\n") +
        (m_tls.version == TlsVersion::Tls12Only ? QByteArrayLiteral("MaxProtocol = TLSv1.2\n")
                                                : QByteArrayLiteral("MinProtocol = TLSv1.3\n"));
    QFile file(*path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size()) {
        *error = QStringLiteral("cannot write %1: %2").arg(*path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Ferry::Test
