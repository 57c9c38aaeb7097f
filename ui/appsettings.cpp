#include "appsettings.h"

#include "io/userfile.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>

namespace Ferry {

AppSettings AppSettings::load()
{
    const std::unique_ptr<QSettings> s = openSettings();
    AppSettings a;
    s->beginGroup(QStringLiteral("preferences"));
    a.language = s->value(QStringLiteral("language"), a.language).toString();
    a.dataMode = static_cast<DataConnectionMode>(
        qBound(0, s->value(QStringLiteral("dataMode"), int(a.dataMode)).toInt(), 2));
    a.parallelTransfers =
        qBound(1, s->value(QStringLiteral("parallelTransfers"), a.parallelTransfers).toInt(), 10);
    a.fileExists = fileExistsActionFromKey(s->value(QStringLiteral("fileExistsAction")).toString())
                       .value_or(a.fileExists);
    a.speedLimitKiBps = qMax(0, s->value(QStringLiteral("speedLimitKiBps"), a.speedLimitKiBps).toInt());
    a.connectTimeoutSeconds =
        qBound(1, s->value(QStringLiteral("connectTimeout"), a.connectTimeoutSeconds).toInt(), 600);
    a.replyTimeoutSeconds =
        qBound(1, s->value(QStringLiteral("replyTimeout"), a.replyTimeoutSeconds).toInt(), 600);
    a.theme = static_cast<Theme>(qBound(0, s->value(QStringLiteral("theme"), int(a.theme)).toInt(), 2));
    s->endGroup();
    return a;
}

void AppSettings::save() const
{
    const std::unique_ptr<QSettings> s = openSettings();
    s->beginGroup(QStringLiteral("preferences"));
    s->setValue(QStringLiteral("language"), language);
    s->setValue(QStringLiteral("dataMode"), int(dataMode));
    s->setValue(QStringLiteral("parallelTransfers"), parallelTransfers);
    s->setValue(QStringLiteral("fileExistsAction"), fileExistsActionKey(fileExists));
    s->setValue(QStringLiteral("speedLimitKiBps"), speedLimitKiBps);
    s->setValue(QStringLiteral("connectTimeout"), connectTimeoutSeconds);
    s->setValue(QStringLiteral("replyTimeout"), replyTimeoutSeconds);
    s->setValue(QStringLiteral("theme"), int(theme));
    s->endGroup();
}

FtpClientOptions AppSettings::clientOptions() const
{
    FtpClientOptions options;
    options.dataMode = dataMode;
    options.connectTimeoutMs = connectTimeoutSeconds * 1000;
    options.replyTimeoutMs = replyTimeoutSeconds * 1000;
    return options;
}

TransferSettings AppSettings::transferSettings(TransferSettings base) const
{
    base.defaultMaxConnections = parallelTransfers;
    base.globalSpeedLimit = qint64(speedLimitKiBps) * 1024;
    base.defaultExistsAction = fileExists;
    return base;
}

QString AppSettings::settingsFilePath(const QString& fileName)
{
    // QSettings' own default location ignores QStandardPaths' test mode: name the file explicitly.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(fileName);
}

std::unique_ptr<QSettings> AppSettings::openSettings(const QString& fileName)
{
    const QString path = settingsFilePath(fileName);
    QDir().mkpath(QFileInfo(path).absolutePath());
    // A damaged file is set aside (and reported) rather than rewritten with what could be parsed of it.
    return UserFile::openIniSettings(path);
}

QList<QPair<QString, QString>> AppSettings::availableLanguages()
{
    // Each language's own name, for the shipped translations (translations/ferry_<lang>.ts).
    return {{QString(), tr("System default")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("ja"), QStringLiteral("日本語")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

void AppSettings::applyTheme(Theme theme)
{
    // What the platform gave, remembered on first use so "follow system" can go back to it.
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();

    switch (theme) {
    case Theme::System:
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        return;
    case Theme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    case Theme::Dark: {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette p;
        const QColor window(45, 45, 48);
        const QColor base(30, 30, 32);
        const QColor text(230, 230, 230);
        const QColor disabled(130, 130, 130);
        const QColor highlight(42, 130, 218);
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, window);
        p.setColor(QPalette::ToolTipBase, base);
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::PlaceholderText, disabled);
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, window);
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::BrightText, Qt::red);
        p.setColor(QPalette::Link, highlight.lighter(130));
        p.setColor(QPalette::Highlight, highlight);
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Light, window.lighter(150));
        p.setColor(QPalette::Mid, window.lighter(120));
        p.setColor(QPalette::Dark, window.darker(150));
        p.setColor(QPalette::Shadow, Qt::black);
        for (const QPalette::ColorRole role :
             {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
            p.setColor(QPalette::Disabled, role, disabled);
        QApplication::setPalette(p);
        return;
    }
    }
}

} // namespace Ferry
