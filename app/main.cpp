// The ferry executable: the command line (ls, get, put, ...) on QCoreApplication, so that it runs without
// a display, and the main window on QApplication in builds with the GUI (FERRY_BUILD_GUI).
#include "commandline.h"
#include "i18n/translationloader.h"
#include "io/settingswriter.h"
#include "sync/timeoffset.h"

#include <QCoreApplication>
#include <QStringList>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#ifdef FERRY_WITH_GUI
#include "mainwindow.h"
#include "singleinstance.h"

#include <QApplication>
#endif

namespace {

constexpr bool guiAvailable =
#ifdef FERRY_WITH_GUI
    true;
#else
    false;
#endif

// Transfers allocate and free blocks of a few hundred KiB to a few MiB all the time, mostly inside Qt
// (QSslSocket's read and write buffers, its copy of the encrypted bytes, the socket's buffers). With
// glibc's defaults the engine thread's heap gave them back to the system after each free (madvise) and
// the next block faulted fresh zeroed pages in: a third of an FTPS upload's processor time (400,000 page
// faults per GiB). Blocks up to 16 MiB now come from the heap and up to 32 MiB of free heap is kept
// (what glibc's own adaptive threshold reaches at most, fixed from the start): 1,900 faults, 1.45 ->
// 0.99 CPU s per GiB uploaded (tests/bench/RESULTS.md section 11).
void tuneAllocator()
{
#ifdef __GLIBC__
    mallopt(M_MMAP_THRESHOLD, 16 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 32 * 1024 * 1024);
#endif
}

// The command line runs its event loops (the main thread's and the engine's threads') on Qt's own
// dispatcher instead of glib's: nothing there needs glib (no desktop integration), and glib's wakes an
// eventfd for every posted event and every socket-notifier change, 23 writes per file of a small-file
// mirror. Measured on `ferry mirror --parallel 4` of 2,000 x 4 KiB: 7 % less processor time (task-clock
// medians 487 -> 450 ms, tests/bench/RESULTS.md section 4). The window keeps glib's (platform themes and
// input methods integrate through it). A QT_NO_GLIB the user set is left as it is.
void useQtEventDispatcher()
{
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
}

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Ferry"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FERRY_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Ferry"));
}

} // namespace

int main(int argc, char* argv[])
{
    // Decide before any application object exists: QApplication needs a display, the command line must
    // not.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // Not for `ferry ls`, which moves no file data: its listing's large buffers grow by realloc, and with
    // the thresholds above its peak memory for 100,000 entries rose from 30.9 to 33.7 MiB (GUI build;
    // issue 11's target: 30 MiB).
    if (arguments.value(0) != QLatin1String("ls"))
        tuneAllocator();

#ifdef FERRY_WITH_GUI
    if (Ferry::Cli::CommandLine::wantsGui(arguments)) {
        QApplication app(argc, argv);
        setApplicationIdentity();
        Ferry::TranslationLoader::install(app, Ferry::TranslationLoader::storedLanguage());
        // Lets Wayland compositors match the window to installer/linux/io.github.ferry.Ferry.desktop.
        QGuiApplication::setDesktopFileName(QStringLiteral("io.github.ferry.Ferry"));
        // One window per user: a Ferry already running takes the URL (a new tab there) and this one ends.
        // Where that is not possible this process opens its own window.
        Ferry::SingleInstance instance;
        if (instance.sendToRunning(arguments))
            return 0;
        if (!instance.listen() && instance.sendToRunning(arguments))
            return 0;
        Ferry::MainWindow window;
        QObject::connect(&instance, &Ferry::SingleInstance::argumentsReceived, &window,
                         &Ferry::MainWindow::openArguments);
        window.show();
        // `ferry ftp://user@host/path`: connect and open that folder (errors show in the window).
        window.openArguments(arguments);
        const int code = QApplication::exec();
        Ferry::TimeOffsetStore::flush(); // the servers' clock offsets learned in this run are on disk
        Ferry::SettingsWriter::flush();  // and the settings saved off the window's thread
        return code;
    }
#endif

    useQtEventDispatcher();
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    Ferry::TranslationLoader::install(app, Ferry::TranslationLoader::storedLanguage());
    const Ferry::Cli::Invocation invocation =
        Ferry::Cli::CommandLine::parse(QCoreApplication::arguments().mid(1), guiAvailable);
    return Ferry::Cli::CommandLine::run(invocation, guiAvailable);
}
