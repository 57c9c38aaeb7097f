#pragma once

#include "client/ftpclientoptions.h"
#include "transfer/transfertypes.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <memory>

class QSettings;

namespace Ferry {

enum class Theme
{
    System,
    Light,
    Dark
};

// The application's preferences (the settings dialog edits them), stored in ferry.ini in the
// QStandardPaths config folder, which test mode redirects. The window's own state (geometry, splitter,
// docks, folders, recent connections) lives in the same file under other groups.
struct AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(Ferry::AppSettings)

public:
    QString language; // "" follows the system; takes effect after a restart
    DataConnectionMode dataMode = DataConnectionMode::Auto;
    // Transfer connections per site (TransferSettings::defaultMaxConnections); board servers get one
    // unless their site says otherwise.
    int parallelTransfers = 2;
    FileExistsAction fileExists = FileExistsAction::Ask;
    int speedLimitKiBps = 0; // all transfers together; 0 = unlimited
    int connectTimeoutSeconds = 15;
    int replyTimeoutSeconds = 30;
    Theme theme = Theme::System;

    static AppSettings load();
    void save() const;

    // The client options these preferences give (mode and timeouts).
    FtpClientOptions clientOptions() const;
    // The transfer queue's settings these preferences give (connections, speed limit, file-exists
    // default), on top of `base`.
    TransferSettings transferSettings(TransferSettings base = TransferSettings()) const;

    // A QSettings on fileName (e.g. "ferry.ini", "sites.ini") in the writable config location.
    static std::unique_ptr<QSettings> openSettings(const QString& fileName = QStringLiteral("ferry.ini"));
    // The path of that file (for SettingsWriter, which saves off the window's thread).
    static QString settingsFilePath(const QString& fileName = QStringLiteral("ferry.ini"));
    // The languages offered: code ("" = system) and name.
    static QList<QPair<QString, QString>> availableLanguages();
    // Switches the whole application between the platform look, Fusion light and Fusion dark.
    static void applyTheme(Theme theme);
};

} // namespace Ferry
