#include "sync/filezillasites.h"

#include <QDir>
#include <QStandardPaths>
#include <QXmlStreamReader>

namespace Ferry {

namespace {

const std::pair<FtpEncryption, const char*> encryptionKeys[] = {
    {FtpEncryption::None, "none"},
    {FtpEncryption::ExplicitIfAvailable, "explicit-if-available"},
    {FtpEncryption::Explicit, "explicit"},
    {FtpEncryption::Implicit, "implicit"},
};

// FileZilla's <Protocol> numbers.
enum Protocol
{
    Ftp = 0,
    Sftp = 1,
    Http = 2,
    Ftps = 3,
    Ftpes = 4,
    Https = 5,
    InsecureFtp = 6,
};

// FileZilla's <Logontype> numbers.
enum LogonType
{
    Anonymous = 0,
    Normal = 1,
    Ask = 2,
    Interactive = 3,
    Account = 4,
    Key = 5,
};

struct Fields
{
    QString host;
    QString port;
    QString protocol;
    QString user;
    QString pass;
    QString passEncoding;
    QString logonType;
    QString pasvMode;
    QString name;
    QString localDir;
    QString remoteDir;
    QString maxConnections;
    QString comments;
};

// The elements of a <Server> read as text, where they go, and whether spaces around them count.
struct FieldTag
{
    const char* tag;
    QString Fields::*member;
    bool trim;
};

const FieldTag fieldTags[] = {
    {"Host", &Fields::host, true},
    {"Port", &Fields::port, true},
    {"Protocol", &Fields::protocol, true},
    {"User", &Fields::user, false},
    {"Logontype", &Fields::logonType, true},
    {"PasvMode", &Fields::pasvMode, true},
    {"Name", &Fields::name, true},
    {"LocalDir", &Fields::localDir, true},
    {"RemoteDir", &Fields::remoteDir, false},
    {"MaximumMultipleConnections", &Fields::maxConnections, true},
    {"Comments", &Fields::comments, false},
};

QString siteLabel(const Fields& f)
{
    return f.name.isEmpty() ? f.host : f.name;
}

void readServer(QXmlStreamReader& xml, const QString& folder, FileZillaImport* result)
{
    Fields f;
    while (xml.readNextStartElement()) {
        const QStringView tag = xml.name();
        if (tag == QLatin1String("Pass")) {
            f.passEncoding = xml.attributes().value(QLatin1String("encoding")).toString();
            f.pass = xml.readElementText(QXmlStreamReader::SkipChildElements);
            continue;
        }
        const QString text = xml.readElementText(QXmlStreamReader::SkipChildElements);
        for (const FieldTag& field : fieldTags) {
            if (tag == QLatin1String(field.tag)) {
                f.*field.member = field.trim ? text.trimmed() : text;
                break;
            }
        }
    }
    if (f.host.isEmpty()) {
        result->warnings << QCoreApplication::translate("Ferry::FileZillaImport",
                                                        "A site without a host was left out (%1).")
                                .arg(f.name.isEmpty() ? QStringLiteral("?") : f.name);
        return;
    }
    ImportedSite site;
    site.folder = folder;
    site.name = f.name;
    site.host = f.host;
    bool ok = false;
    const int protocol = f.protocol.isEmpty() ? Ftp : f.protocol.toInt(&ok);
    if (!f.protocol.isEmpty() && !ok) {
        result->warnings << QCoreApplication::translate("Ferry::FileZillaImport",
                                                        "%1 was left out: unknown protocol %2.")
                                .arg(siteLabel(f), f.protocol);
        return;
    }
    switch (protocol) {
    case Ftp:
        site.encryption = FtpEncryption::ExplicitIfAvailable;
        break;
    case Ftps:
        site.encryption = FtpEncryption::Implicit;
        break;
    case Ftpes:
        site.encryption = FtpEncryption::Explicit;
        break;
    case InsecureFtp:
        site.encryption = FtpEncryption::None;
        break;
    default:
        result->warnings << QCoreApplication::translate("Ferry::FileZillaImport",
                                                        "%1 was left out: Ferry speaks FTP and FTPS, not %2.")
                                .arg(siteLabel(f), protocol == Sftp   ? QStringLiteral("SFTP")
                                                   : protocol == Http ? QStringLiteral("HTTP")
                                                   : protocol == Https
                                                       ? QStringLiteral("HTTPS")
                                                       : QCoreApplication::translate("Ferry::FileZillaImport",
                                                                                     "protocol %1")
                                                             .arg(protocol));
        return;
    }
    const int port = f.port.toInt(&ok);
    site.port = (ok && port > 0 && port < 65536) ? quint16(port) : quint16(protocol == Ftps ? 990 : 21);

    const int logon = f.logonType.isEmpty() ? Normal : f.logonType.toInt();
    if (logon != Anonymous)
        site.user = f.user;
    if (logon == Normal || logon == Account) {
        if (f.passEncoding.compare(QLatin1String("base64"), Qt::CaseInsensitive) == 0) {
            const auto decoded = QByteArray::fromBase64Encoding(f.pass.trimmed().toLatin1(),
                                                                QByteArray::AbortOnBase64DecodingErrors);
            if (decoded) {
                site.password = QString::fromUtf8(*decoded);
                site.hasPassword = true;
            } else {
                site.passwordNote = QCoreApplication::translate("Ferry::FileZillaImport",
                                                                "The saved password could not be decoded.");
            }
        } else if (f.passEncoding.compare(QLatin1String("crypt"), Qt::CaseInsensitive) == 0) {
            site.passwordNote = QCoreApplication::translate(
                "Ferry::FileZillaImport",
                "FileZilla keeps this password under its master password: type it in once.");
        } else if (!f.passEncoding.isEmpty()) {
            site.passwordNote =
                QCoreApplication::translate("Ferry::FileZillaImport",
                                            "The password is stored in a way Ferry cannot read (%1).")
                    .arg(f.passEncoding);
        } else if (!f.pass.isEmpty()) {
            site.password = f.pass; // FileZilla before 3.26 kept it in plain text
            site.hasPassword = true;
        }
    } else if (logon == Ask || logon == Interactive) {
        site.passwordNote = QCoreApplication::translate("Ferry::FileZillaImport",
                                                        "FileZilla asked for this password each time.");
    } else if (logon == Key) {
        site.passwordNote =
            QCoreApplication::translate("Ferry::FileZillaImport", "This site logged on with a key file.");
    }

    if (f.pasvMode == QLatin1String("MODE_ACTIVE"))
        site.dataMode = DataConnectionMode::Active;
    else if (f.pasvMode == QLatin1String("MODE_PASSIVE"))
        site.dataMode = DataConnectionMode::Passive;
    site.localFolder = f.localDir;
    site.remoteFolder = fileZillaRemotePath(f.remoteDir);
    const int connections = f.maxConnections.toInt(&ok);
    site.maxConnections = ok ? qBound(0, connections, 10) : 0;
    site.comments = f.comments;
    result->sites << site;
}

void readFolder(QXmlStreamReader& xml, const QString& parent, FileZillaImport* result, int depth);

// The children of <Servers> or of a <Folder>.
void readChildren(QXmlStreamReader& xml, const QString& folder, FileZillaImport* result, int depth)
{
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement())
            return;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("Server"))
            readServer(xml, folder, result);
        else if (xml.name() == QLatin1String("Folder"))
            readFolder(xml, folder, result, depth + 1);
        else
            xml.skipCurrentElement();
    }
}

void readFolder(QXmlStreamReader& xml, const QString& parent, FileZillaImport* result, int depth)
{
    if (depth > 32) {
        xml.raiseError(QCoreApplication::translate("Ferry::FileZillaImport", "Folders nested too deeply."));
        return;
    }
    // The folder's name is its first text, before the sites and folders it holds.
    QString name;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters()) {
            name += xml.text();
            continue;
        }
        break;
    }
    name = name.trimmed().replace(QLatin1Char('/'), QLatin1Char('_'));
    if (name.isEmpty())
        name = QCoreApplication::translate("Ferry::FileZillaImport", "Unnamed folder");
    const QString folder = parent.isEmpty() ? name : parent + QLatin1Char('/') + name;
    if (!result->folders.contains(folder))
        result->folders << folder;
    if (xml.isEndElement())
        return;
    // The element readNext() stopped at, then the rest.
    if (xml.isStartElement()) {
        if (xml.name() == QLatin1String("Server"))
            readServer(xml, folder, result);
        else if (xml.name() == QLatin1String("Folder"))
            readFolder(xml, folder, result, depth + 1);
        else
            xml.skipCurrentElement();
    }
    readChildren(xml, folder, result, depth);
}

} // namespace

QString ftpEncryptionKey(FtpEncryption encryption)
{
    for (const auto& entry : encryptionKeys) {
        if (entry.first == encryption)
            return QString::fromLatin1(entry.second);
    }
    return QString();
}

std::optional<FtpEncryption> ftpEncryptionFromKey(const QString& key)
{
    for (const auto& entry : encryptionKeys) {
        if (key == QLatin1String(entry.second))
            return entry.first;
    }
    return std::nullopt;
}

QString fileZillaRemotePath(const QString& serialized)
{
    const QString text = serialized.trimmed();
    if (text.isEmpty())
        return QString();
    if (text.startsWith(QLatin1Char('/')))
        return text;
    // "<type> <prefix length> [<prefix>] (<length> <segment>)*": lengths count characters, so segments
    // may hold spaces.
    qsizetype pos = 0;
    const auto readNumber = [&](int* value) {
        const qsizetype start = pos;
        while (pos < text.size() && text.at(pos).isDigit())
            ++pos;
        if (pos == start || pos - start > 9)
            return false;
        *value = text.mid(start, pos - start).toInt();
        if (pos < text.size()) {
            if (text.at(pos) != QLatin1Char(' '))
                return false;
            ++pos;
        }
        return true;
    };
    int type = 0;
    int prefixLength = 0;
    if (!readNumber(&type) || !readNumber(&prefixLength) || prefixLength > text.size() - pos)
        return QString();
    pos += prefixLength;
    if (prefixLength > 0 && pos < text.size() && text.at(pos) == QLatin1Char(' '))
        ++pos;
    QStringList segments;
    while (pos < text.size()) {
        int length = 0;
        if (!readNumber(&length) || length <= 0 || length > text.size() - pos)
            return QString();
        segments << text.mid(pos, length);
        pos += length;
        if (pos < text.size()) {
            if (text.at(pos) != QLatin1Char(' '))
                return QString();
            ++pos;
        }
    }
    return QLatin1Char('/') + segments.join(QLatin1Char('/'));
}

FileZillaImport parseFileZillaSites(const QByteArray& data)
{
    FileZillaImport result;
    QXmlStreamReader xml(data);
    bool sawRoot = false;
    bool sawServers = false;
    while (!xml.atEnd() && !xml.hasError()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (!sawRoot) {
            if (xml.name() != QLatin1String("FileZilla3")) {
                result.error = QCoreApplication::translate(
                                   "Ferry::FileZillaImport",
                                   "This is not a FileZilla site manager file (it starts with <%1>).")
                                   .arg(xml.name().toString());
                return result;
            }
            sawRoot = true;
            continue;
        }
        if (xml.name() == QLatin1String("Servers")) {
            sawServers = true;
            readChildren(xml, QString(), &result, 0);
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        FileZillaImport failed;
        failed.error = QCoreApplication::translate("Ferry::FileZillaImport",
                                                   "The file cannot be read as XML (line %1: %2).")
                           .arg(xml.lineNumber())
                           .arg(xml.errorString());
        return failed;
    }
    if (!sawRoot || !sawServers) {
        FileZillaImport failed;
        failed.error = QCoreApplication::translate(
            "Ferry::FileZillaImport", "This is not a FileZilla site manager file (no sites in it).");
        return failed;
    }
    return result;
}

QString fileZillaSiteManagerPath()
{
#ifdef Q_OS_WIN
    return QDir(qEnvironmentVariable("APPDATA")).filePath(QStringLiteral("FileZilla/sitemanager.xml"));
#else
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    return QDir(config).filePath(QStringLiteral("filezilla/sitemanager.xml"));
#endif
}

} // namespace Ferry
