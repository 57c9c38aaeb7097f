#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Ferry {

SettingsDialog::SettingsDialog(const AppSettings& settings, QWidget* parent)
    : QDialog(parent), m_initial(settings), m_language(new QComboBox(this)), m_mode(new QComboBox(this)),
      m_parallel(new QSpinBox(this)), m_fileExists(new QComboBox(this)), m_speedLimit(new QSpinBox(this)),
      m_connectTimeout(new QSpinBox(this)), m_replyTimeout(new QSpinBox(this)), m_theme(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    const auto languages = AppSettings::availableLanguages();
    for (const auto& language : languages)
        m_language->addItem(language.second, language.first);
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language)));
    auto* languageNote = new QLabel(tr("A new language takes effect when Ferry starts again."), this);
    languageNote->setWordWrap(true);
    languageNote->setEnabled(false);

    m_mode->setObjectName(QStringLiteral("settingsMode"));
    m_mode->addItem(tr("Automatic (passive, falling back to active)"), int(DataConnectionMode::Auto));
    m_mode->addItem(tr("Passive"), int(DataConnectionMode::Passive));
    m_mode->addItem(tr("Active"), int(DataConnectionMode::Active));
    m_mode->setCurrentIndex(m_mode->findData(int(settings.dataMode)));

    m_parallel->setObjectName(QStringLiteral("settingsParallel"));
    m_parallel->setRange(1, 10);
    m_parallel->setToolTip(tr("Connections per server for transfers. Small board servers (no FEAT) get "
                              "one unless their site says otherwise."));
    m_parallel->setValue(settings.parallelTransfers);

    m_fileExists->setObjectName(QStringLiteral("settingsFileExists"));
    m_fileExists->addItem(tr("Ask"), int(FileExistsAction::Ask));
    m_fileExists->addItem(tr("Overwrite"), int(FileExistsAction::Overwrite));
    m_fileExists->addItem(tr("Overwrite if newer"), int(FileExistsAction::OverwriteIfNewer));
    m_fileExists->addItem(tr("Overwrite if newer or of another size"),
                          int(FileExistsAction::OverwriteIfNewerOrSizeDiffers));
    m_fileExists->addItem(tr("Resume (continue a smaller file)"), int(FileExistsAction::Resume));
    m_fileExists->addItem(tr("Keep both (rename the new one)"), int(FileExistsAction::Rename));
    m_fileExists->addItem(tr("Skip"), int(FileExistsAction::Skip));
    m_fileExists->setCurrentIndex(m_fileExists->findData(int(settings.fileExists)));

    m_speedLimit->setObjectName(QStringLiteral("settingsSpeedLimit"));
    m_speedLimit->setRange(0, 1000000);
    m_speedLimit->setSuffix(tr(" KiB/s"));
    m_speedLimit->setSpecialValueText(tr("unlimited"));
    m_speedLimit->setValue(settings.speedLimitKiBps);

    m_connectTimeout->setRange(1, 600);
    m_connectTimeout->setSuffix(tr(" s"));
    m_connectTimeout->setValue(settings.connectTimeoutSeconds);
    m_replyTimeout->setRange(1, 600);
    m_replyTimeout->setSuffix(tr(" s"));
    m_replyTimeout->setValue(settings.replyTimeoutSeconds);

    m_theme->setObjectName(QStringLiteral("settingsTheme"));
    m_theme->addItem(tr("Follow the system"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(settings.theme)));

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("Default transfer &mode:"), m_mode);
    form->addRow(tr("&Parallel transfers:"), m_parallel);
    form->addRow(tr("When a file &exists:"), m_fileExists);
    form->addRow(tr("&Speed limit:"), m_speedLimit);
    form->addRow(tr("&Connect timeout:"), m_connectTimeout);
    form->addRow(tr("&Reply timeout:"), m_replyTimeout);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    setMinimumWidth(480);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

SettingsDialog::~SettingsDialog() = default;

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_initial;
    s.language = m_language->currentData().toString();
    s.dataMode = static_cast<DataConnectionMode>(m_mode->currentData().toInt());
    s.parallelTransfers = m_parallel->value();
    s.fileExists = static_cast<FileExistsAction>(m_fileExists->currentData().toInt());
    s.speedLimitKiBps = m_speedLimit->value();
    s.connectTimeoutSeconds = m_connectTimeout->value();
    s.replyTimeoutSeconds = m_replyTimeout->value();
    s.theme = static_cast<Theme>(m_theme->currentData().toInt());
    return s;
}

void SettingsDialog::accept()
{
    const AppSettings s = settings();
    s.save();
    Q_EMIT settingsChanged(s);
    QDialog::accept();
}

} // namespace Ferry
