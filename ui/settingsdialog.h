#pragma once

#include "appsettings.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace Ferry {

// Preferences: language (after a restart), default transfer mode, parallel transfers, what to do when a
// file exists, speed limit, timeouts and theme. OK saves and applies (the theme at once).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const AppSettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    AppSettings settings() const;

Q_SIGNALS:
    void settingsChanged(const Ferry::AppSettings& settings);

protected:
    void accept() override;

private:
    AppSettings m_initial;
    QComboBox* m_language;
    QComboBox* m_mode;
    QSpinBox* m_parallel;
    QComboBox* m_fileExists;
    QSpinBox* m_speedLimit;
    QSpinBox* m_connectTimeout;
    QSpinBox* m_replyTimeout;
    QComboBox* m_theme;
};

} // namespace Ferry
