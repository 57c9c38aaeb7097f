#include "translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

namespace Ferry {

namespace {

const QString resourceFolder = QStringLiteral(":/i18n");
const QString filePrefix = QStringLiteral("ferry_");

// The translators this class installed, so that a second install() replaces them.
QList<QPointer<QTranslator>>& installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void removeInstalled()
{
    for (const QPointer<QTranslator>& translator : std::as_const(installedTranslators())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installedTranslators().clear();
}

// "ferry_zh_CN.qm" -> "zh_CN"
QString languageOfFile(const QString& filePath)
{
    return QFileInfo(filePath).completeBaseName().mid(filePrefix.size());
}

bool installTranslator(QTranslator* translator)
{
    if (!QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    installedTranslators().append(QPointer<QTranslator>(translator));
    return true;
}

} // namespace

QString TranslationLoader::install(QCoreApplication& app, const QString& languageOverride)
{
    removeInstalled();

    // QTranslator::load(QLocale, ...) walks the locale's uiLanguages() ("zh-Hans-CN", "zh-CN", "zh", ...)
    // and takes the first embedded file that matches.
    const QString override = languageOverride.trimmed();
    const QLocale locale = override.isEmpty() ? QLocale::system() : QLocale(override);

    auto* ferry = new QTranslator(&app);
    QString language;
    if (ferry->load(locale, QStringLiteral("ferry"), QStringLiteral("_"), resourceFolder)
        || ferry->load(QStringLiteral("ferry_en"), resourceFolder)) { // no match: English plural forms
        language = languageOfFile(ferry->filePath());
        if (!installTranslator(ferry))
            language.clear();
    } else {
        delete ferry;
    }

    // Qt's own strings (standard buttons, file dialogs, context menus) in the same language as Ferry's.
    if (!language.isEmpty() && language != QLatin1String("en")) {
        auto* qt = new QTranslator(&app);
        if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            installTranslator(qt);
        else
            delete qt;
    }
    return language;
}

QString TranslationLoader::storedLanguage()
{
    // The same file and key as the settings dialog's AppSettings (ui/appsettings.cpp), which the command
    // line cannot link.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    const QSettings settings(QDir(folder).filePath(QStringLiteral("ferry.ini")), QSettings::IniFormat);
    return settings.value(QStringLiteral("preferences/language")).toString();
}

QStringList TranslationLoader::availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(resourceFolder).entryList({filePrefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString& file : files)
        languages << languageOfFile(file);
    languages.sort();
    return languages;
}

} // namespace Ferry
