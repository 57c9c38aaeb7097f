#include "site.h"

#include "appsettings.h"

#include <QSettings>
#include <QUuid>

namespace Ferry {

void Site::applyBoardPreset()
{
    dataMode = DataConnectionMode::Passive; // PASV first: boards wait 1 s for the data connection
    maxConnections = 1;                     // one server thread: a second transfer only waits
    connectTimeoutSeconds = 10;             // a 5th session gets no greeting: fail early, not after minutes
    replyTimeoutSeconds = 60;               // another session's download blocks the board's replies
    keepAliveSeconds = 60;                  // idle sessions are dropped after 180 s without a 421
}

bool Site::isBoardPreset() const
{
    return dataMode == DataConnectionMode::Passive && maxConnections == 1 && connectTimeoutSeconds == 10 &&
           replyTimeoutSeconds == 60 && keepAliveSeconds == 60;
}

FtpLogin Site::login() const
{
    FtpLogin login;
    login.host = host;
    login.port = port;
    login.user = user;
    login.password = password;
    return login;
}

FtpClientOptions Site::options() const
{
    FtpClientOptions options;
    options.dataMode = dataMode;
    options.connectTimeoutMs = connectTimeoutSeconds * 1000;
    options.replyTimeoutMs = replyTimeoutSeconds * 1000;
    options.dataTimeoutMs = qMax(options.dataTimeoutMs, replyTimeoutSeconds * 1000);
    options.keepAliveIntervalMs = keepAliveSeconds * 1000;
    options.tls.mode = tlsMode;
    return options;
}

QString Site::tlsModeKey(TlsMode mode)
{
    switch (mode) {
    case TlsMode::Auto:
        break;
    case TlsMode::Explicit:
        return QStringLiteral("explicit");
    case TlsMode::Implicit:
        return QStringLiteral("implicit");
    case TlsMode::Off:
        return QStringLiteral("off");
    }
    return QStringLiteral("auto");
}

TlsMode Site::tlsModeFromKey(const QString& key)
{
    for (const TlsMode mode : {TlsMode::Explicit, TlsMode::Implicit, TlsMode::Off}) {
        if (key == tlsModeKey(mode))
            return mode;
    }
    return TlsMode::Auto;
}

QString Site::fullName() const
{
    return folder.isEmpty() ? displayName() : folder + QLatin1Char('/') + displayName();
}

Site Site::create(const QString& folder)
{
    Site site;
    site.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    site.folder = folder;
    site.name = tr("New site");
    return site;
}

QList<Site> Site::loadAll(QStringList* folders)
{
    const std::unique_ptr<QSettings> s = AppSettings::openSettings(QStringLiteral("sites.ini"));
    QList<Site> sites;
    if (folders)
        *folders = s->value(QStringLiteral("folders")).toStringList();
    s->beginGroup(QStringLiteral("sites"));
    const QStringList ids = s->childGroups();
    for (const QString& id : ids) {
        s->beginGroup(id);
        Site site;
        site.id = id;
        site.folder = s->value(QStringLiteral("folder")).toString();
        site.name = s->value(QStringLiteral("name")).toString();
        site.host = s->value(QStringLiteral("host")).toString();
        site.port = quint16(qBound(1, s->value(QStringLiteral("port"), 21).toInt(), 65535));
        site.tlsMode = tlsModeFromKey(s->value(QStringLiteral("encryption")).toString());
        site.user = s->value(QStringLiteral("user")).toString();
        site.rememberPassword = s->value(QStringLiteral("rememberPassword"), false).toBool();
        site.plainTextPassword = s->value(QStringLiteral("plainTextPassword"), false).toBool();
        if (site.plainTextPassword)
            site.password = s->value(QStringLiteral("password")).toString();
        site.dataMode =
            static_cast<DataConnectionMode>(qBound(0, s->value(QStringLiteral("dataMode"), 0).toInt(), 2));
        site.maxConnections = qBound(1, s->value(QStringLiteral("maxConnections"), 2).toInt(), 10);
        site.localFolder = s->value(QStringLiteral("localFolder")).toString();
        site.remoteFolder = s->value(QStringLiteral("remoteFolder")).toString();
        site.connectTimeoutSeconds = qBound(1, s->value(QStringLiteral("connectTimeout"), 15).toInt(), 600);
        site.replyTimeoutSeconds = qBound(1, s->value(QStringLiteral("replyTimeout"), 30).toInt(), 600);
        site.keepAliveSeconds = qBound(0, s->value(QStringLiteral("keepAlive"), 150).toInt(), 3600);
        site.encryption = s->value(QStringLiteral("encryption")).toString();
        site.comments = s->value(QStringLiteral("comments")).toString();
        s->endGroup();
        if (!site.host.isEmpty() || !site.name.isEmpty())
            sites << site;
    }
    s->endGroup();
    return sites;
}

void Site::saveAll(const QList<Site>& sites, const QStringList& folders)
{
    const std::unique_ptr<QSettings> s = AppSettings::openSettings(QStringLiteral("sites.ini"));
    s->remove(QStringLiteral("sites"));
    s->setValue(QStringLiteral("folders"), folders);
    s->beginGroup(QStringLiteral("sites"));
    for (const Site& site : sites) {
        s->beginGroup(site.id);
        s->setValue(QStringLiteral("folder"), site.folder);
        s->setValue(QStringLiteral("name"), site.name);
        s->setValue(QStringLiteral("host"), site.host);
        s->setValue(QStringLiteral("port"), site.port);
        s->setValue(QStringLiteral("encryption"), tlsModeKey(site.tlsMode));
        s->setValue(QStringLiteral("user"), site.user);
        s->setValue(QStringLiteral("rememberPassword"), site.rememberPassword);
        s->setValue(QStringLiteral("plainTextPassword"), site.plainTextPassword);
        if (site.plainTextPassword)
            s->setValue(QStringLiteral("password"), site.password);
        s->setValue(QStringLiteral("dataMode"), int(site.dataMode));
        s->setValue(QStringLiteral("maxConnections"), site.maxConnections);
        s->setValue(QStringLiteral("localFolder"), site.localFolder);
        s->setValue(QStringLiteral("remoteFolder"), site.remoteFolder);
        s->setValue(QStringLiteral("connectTimeout"), site.connectTimeoutSeconds);
        s->setValue(QStringLiteral("replyTimeout"), site.replyTimeoutSeconds);
        s->setValue(QStringLiteral("keepAlive"), site.keepAliveSeconds);
        if (!site.encryption.isEmpty())
            s->setValue(QStringLiteral("encryption"), site.encryption);
        if (!site.comments.isEmpty())
            s->setValue(QStringLiteral("comments"), site.comments);
        s->endGroup();
    }
    s->endGroup();
    s->sync();
}

} // namespace Ferry
