#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Ferry {

// Installs Ferry's translation (:/i18n/ferry_<lang>.qm, embedded in the core) and Qt's own one
// (qtbase_<lang>.qm from QLibraryInfo::TranslationsPath) on the application. The language follows the
// system locale (QLocale::system().uiLanguages(), which honours LANGUAGE, LC_ALL and LANG on Unix) unless
// languageOverride names one ("de", "zh_CN", ...; "" = follow the system); the settings dialog's choice
// is that override and takes effect at the next start. Core and Network only, so the command line
// (QCoreApplication) and the window (QApplication) both use it.
class TranslationLoader final
{
public:
    TranslationLoader() = delete;

    // Replaces the translators an earlier call installed. Returns the language Ferry now speaks ("de",
    // "zh_CN", "en"), or "" when no translation fits and the source texts are used as they are.
    static QString install(QCoreApplication& app, const QString& languageOverride = QString());

    // The language chosen in the settings dialog ([preferences] language in ferry.ini in the writable
    // config location), "" to follow the system. Needs the application and organisation names set.
    static QString storedLanguage();

    // The languages Ferry ships (the embedded ferry_<lang>.qm files), sorted: "de", "en", ..., "zh_CN".
    static QStringList availableLanguages();
};

} // namespace Ferry
