// The translations: every translations/ferry_<lang>.ts complete (no unfinished, empty or obsolete
// entries), placeholders kept, every .qm embedded, and the main window speaking each language once the
// TranslationLoader installed it.
#include "i18n/translationloader.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Ferry;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;             // the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or the numerus forms
};

QString translationsDir()
{
    return QDir(qEnvironmentVariable("FERRY_SOURCE_DIR")).filePath(QStringLiteral("translations"));
}

QStringList tsFiles()
{
    return QDir(translationsDir()).entryList({QStringLiteral("ferry_*.ts")}, QDir::Files, QDir::Name);
}

QList<Message> readTs(const QString& path, QString* error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message();
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// The %1..%99 and %n placeholders of a text (%% and e.g. "%20" in a URL example are taken as written).
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QSet<QString> found;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured(0));
    return found;
}

QString actionText(const QWidget& window, const char* objectName)
{
    const auto* action = window.findChild<QAction*>(QLatin1String(objectName));
    return action ? action->text() : QStringLiteral("<no action %1>").arg(QLatin1String(objectName));
}

QStringList menuTitles(const QMainWindow& window)
{
    QStringList titles;
    const auto actions = window.menuBar()->actions();
    for (const QAction* action : actions)
        titles << action->text();
    return titles;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyLanguageIsEmbedded();
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
    void contextsAreTheRuntimeOnes();
    void everySourceStringIsInTheTsFiles();
    void mainWindowSpeaksTheLanguage_data();
    void mainWindowSpeaksTheLanguage();
    void qtOwnStringsFollow();
    void unknownLanguageFallsBackToEnglish();
    void cleanup();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(!qEnvironmentVariableIsEmpty("FERRY_SOURCE_DIR"), "run through ctest (FERRY_SOURCE_DIR)");
    QVERIFY2(tsFiles().size() >= 6, qPrintable(tsFiles().join(QLatin1Char(' '))));
}

void TestTranslations::cleanup()
{
    TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

void TestTranslations::everyLanguageIsEmbedded()
{
    QStringList fromTs;
    for (const QString& file : tsFiles())
        fromTs << file.mid(6, file.size() - 6 - 3); // ferry_<lang>.ts
    fromTs.sort();
    QCOMPARE(TranslationLoader::availableLanguages(), fromTs);
    for (const QString& language : std::as_const(fromTs)) {
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral(":/i18n/ferry_%1.qm").arg(language)), qPrintable(language));
    }
}

void TestTranslations::tsFilesAreComplete_data()
{
    QTest::addColumn<QString>("file");
    for (const QString& file : tsFiles())
        QTest::newRow(qPrintable(file)) << file;
}

void TestTranslations::tsFilesAreComplete()
{
    QFETCH(QString, file);
    QString error;
    const QList<Message> messages = readTs(QDir(translationsDir()).filePath(file), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);

    QStringList problems;
    for (const Message& m : messages) {
        const QString where = m.context + QStringLiteral(": \"") + m.source.left(60) + QLatin1Char('"');
        if (!m.type.isEmpty())
            problems << m.type + QStringLiteral(" ") + where;
        if (m.translations.isEmpty())
            problems << QStringLiteral("no translation ") + where;
        const QSet<QString> wanted = placeholders(m.source);
        QSet<QString> wantedArgs = wanted;
        wantedArgs.remove(QStringLiteral("%n"));
        bool lastHasN = false;
        for (const QString& t : m.translations) {
            if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
                problems << QStringLiteral("empty ") + where;
                continue;
            }
            QSet<QString> got = placeholders(t);
            lastHasN = got.contains(QStringLiteral("%n"));
            got.remove(QStringLiteral("%n"));
            if (got != wantedArgs)
                problems << QStringLiteral("placeholders differ in \"%1\" for ").arg(t.left(60)) + where;
            // Accelerators: a translated "&X" label keeps one (CJK style "(&X)" included).
            if (m.source.contains(QRegularExpression(QStringLiteral("&[^&\\s]"))) &&
                !t.contains(QRegularExpression(QStringLiteral("&[^&\\s]"))))
                problems << QStringLiteral("accelerator lost in \"%1\" for ").arg(t) + where;
        }
        // %n: singular forms may spell "one" out, the last (general) form must carry the number.
        if (m.numerus && wanted.contains(QStringLiteral("%n")) && !lastHasN)
            problems << QStringLiteral("%n missing in the last plural form of ") + where;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::contextsAreTheRuntimeOnes()
{
    // lupdate files a message under the unqualified class name when it cannot resolve the namespace
    // (e.g. "CommandLine" for Ferry::Cli::CommandLine): such messages are never found at run time.
    QString error;
    const QList<Message> messages =
        readTs(QDir(translationsDir()).filePath(QStringLiteral("ferry_de.ts")), &error);
    QSet<QString> contexts;
    for (const Message& m : messages)
        contexts.insert(m.context);
    // These classes declare their context unqualified on purpose (Q_DECLARE_TR_FUNCTIONS(LocalFileSystem)).
    for (const char* declared : {"LocalFileSystem", "MemoryFileSystem", "UserAuthenticator"})
        contexts.remove(QLatin1String(declared));
    QStringList shadowed;
    for (const QString& context : std::as_const(contexts)) {
        for (const QString& other : std::as_const(contexts)) {
            if (other != context && other.endsWith(QStringLiteral("::") + context))
                shadowed << QStringLiteral("%1 (should be %2)").arg(context, other);
        }
    }
    QVERIFY2(shadowed.isEmpty(), qPrintable(shadowed.join(QStringLiteral(", "))));

    // And the command line's help, translated in the context its code asks for.
    TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("Ferry::Cli::CommandLine", "Exit status:"),
             QStringLiteral("Exit-Status:"));
    QCOMPARE(QCoreApplication::translate("Ferry::Cli::CommandLine", "No command given."),
             QStringLiteral("Kein Befehl angegeben."));
}

void TestTranslations::everySourceStringIsInTheTsFiles()
{
    // A tr() added without `update_translations` is missing from every .ts file, so the complete-file
    // checks above cannot see it and users get English: lupdate the sources into a scratch file, with the
    // options translations/CMakeLists.txt uses, and look for each of its messages in ferry_en.ts.
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString extracted = scratch.filePath(QStringLiteral("ferry_check.ts"));
    const QDir source(qEnvironmentVariable("FERRY_SOURCE_DIR"));
    QStringList arguments{QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                          QStringLiteral("-no-obsolete"), QStringLiteral("-no-ui-lines")};
    for (const char* folder : {"core", "ui", "app"})
        arguments << QStringLiteral("-I") << source.filePath(QLatin1String(folder));
    for (const char* folder : {"core", "ui", "app"})
        arguments << source.filePath(QLatin1String(folder));
    arguments << QStringLiteral("-ts") << extracted;
    QProcess lupdate;
    lupdate.start(QStringLiteral(FERRY_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(90000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());

    QString error;
    const QList<Message> wanted = readTs(extracted, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(wanted.size() > 500, qPrintable(QString::number(wanted.size())));
    const QList<Message> present =
        readTs(QDir(translationsDir()).filePath(QStringLiteral("ferry_en.ts")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> known;
    for (const Message& message : present)
        known.insert(message.context + QLatin1Char('\n') + message.source);
    QStringList missing;
    for (const Message& message : wanted) {
        if (!known.contains(message.context + QLatin1Char('\n') + message.source))
            missing << message.context + QStringLiteral(": ") + message.source;
    }
    QVERIFY2(
        missing.isEmpty(),
        qPrintable(QStringLiteral("not in the .ts files (run the update_translations target, then translate "
                                  "them):\n") +
                   missing.join(QLatin1Char('\n'))));
}

void TestTranslations::mainWindowSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("upload");
    QTest::addColumn<QString>("quit");
    QTest::addColumn<QString>("settings");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("helpMenu");
    QTest::newRow("de") << "de"
                        << "&Hochladen"
                        << "&Beenden"
                        << "&Einstellungen…"
                        << "&Datei"
                        << "&Hilfe";
    QTest::newRow("es") << "es"
                        << "&Subir"
                        << "&Salir"
                        << "&Preferencias…"
                        << "&Archivo"
                        << "A&yuda";
    QTest::newRow("fr") << "fr"
                        << "&Téléverser"
                        << "&Quitter"
                        << "&Paramètres…"
                        << "&Fichier"
                        << "&Aide";
    QTest::newRow("ja") << "ja"
                        << "アップロード(&U)"
                        << "終了(&Q)"
                        << "設定(&E)…"
                        << "ファイル(&F)"
                        << "ヘルプ(&H)";
    QTest::newRow("zh_CN") << "zh_CN"
                           << "上传(&U)"
                           << "退出(&Q)"
                           << "设置(&E)…"
                           << "文件(&F)"
                           << "帮助(&H)";
    QTest::newRow("en") << "en"
                        << "&Upload"
                        << "&Quit"
                        << "S&ettings…"
                        << "&File"
                        << "&Help";
}

void TestTranslations::mainWindowSpeaksTheLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, upload);
    QFETCH(QString, quit);
    QFETCH(QString, settings);
    QFETCH(QString, fileMenu);
    QFETCH(QString, helpMenu);

    QCOMPARE(TranslationLoader::install(*QCoreApplication::instance(), language), language);
    MainWindow window;
    QCOMPARE(actionText(window, "actionTransfer"), upload);
    QCOMPARE(actionText(window, "actionQuit"), quit);
    QCOMPARE(actionText(window, "actionSettings"), settings);
    const QStringList menus = menuTitles(window);
    QVERIFY2(menus.contains(fileMenu), qPrintable(menus.join(QLatin1Char('|'))));
    QVERIFY2(menus.contains(helpMenu), qPrintable(menus.join(QLatin1Char('|'))));
    if (language != QLatin1String("en")) {
        QVERIFY(!menus.contains(QStringLiteral("&File")));
    }
    // The English plural forms come from ferry_en.qm; the others from their own file.
    const QString plural = QCoreApplication::translate("Ferry::MainWindow", "%n transfer(s)", nullptr, 1);
    QVERIFY2(!plural.contains(QStringLiteral("(s)")), qPrintable(plural));
}

void TestTranslations::qtOwnStringsFollow()
{
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (!QFile::exists(QDir(qtDir).filePath(QStringLiteral("qtbase_de.qm"))))
        QSKIP("Qt's translations are not installed (Debian: qt6-translations-l10n)");
    TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("de"));
    // QPlatformTheme's standard button texts, as QDialogButtonBox shows them.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
}

void TestTranslations::unknownLanguageFallsBackToEnglish()
{
    QCOMPARE(TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("tlh")),
             QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("Ferry::MainWindow", "&Quit"), QStringLiteral("&Quit"));
    QCOMPARE(QCoreApplication::translate("Ferry::MainWindow", "%n transfer(s)", nullptr, 2),
             QStringLiteral("2 transfers"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
