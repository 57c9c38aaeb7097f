#pragma once

#include <QFileDevice>
#include <QString>
#include <initializer_list>
#include <system_error>

namespace Ferry {

// A message of the server in two languages: English for FTP replies (what goes on the wire stays English
// whatever the desktop's language, as clients and their users expect), and the user's language for the
// log and the window.
//
//   setError(error, FsError::Code::NotFound,
//            ServerText::translate("LocalFileSystem", QT_TRANSLATE_NOOP("LocalFileSystem", "No such file:
//            %1"),
//                                  {path}));
struct ServerText
{
    ServerText() = default;
    // Text that is the same in every language: a name, a path, a number.
    ServerText(const QString& same) : english(same), localized(same) {}
    ServerText(const QString& englishText, const QString& localizedText)
        : english(englishText), localized(localizedText)
    {}

    QString english;
    QString localized;

    bool isEmpty() const { return english.isEmpty(); }

    // `source` (marked for lupdate with QT_TR_NOOP or QT_TRANSLATE_NOOP in `context`) with %1, %2...
    // replaced by `args` in one pass (a '%' in an argument is never taken as a marker), in English and
    // in the loaded translation.
    static ServerText translate(const char* context, const char* source,
                                std::initializer_list<ServerText> args = {});
    // What went wrong with a file: English from the error kind (the system's own text may be in the user's
    // language), the user's language from the device's error string.
    static ServerText fileError(QFileDevice::FileError error, const QString& errorString);
    // The same for an error of the operating system (std::filesystem and the like).
    static ServerText systemError(const std::error_code& error);
};

} // namespace Ferry
