#include "quickconnectbar.h"

#include "appsettings.h"
#include "ftplocation.h"
#include "io/settingswriter.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace Ferry {

namespace {

// "host" for TLS if available (or clear text), "ftpes://host" and "ftps://host" for the TLS modes.
QString hostText(const QString& host, TlsMode mode)
{
    const QString name = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    if (mode == TlsMode::Explicit || mode == TlsMode::Implicit)
        return FtpLocation::scheme(mode) + QStringLiteral("://") + name;
    return name;
}

QString recentText(const FtpLocation& location)
{
    QString host = hostText(location.host, location.tlsMode);
    const qsizetype schemeEnd = host.indexOf(QStringLiteral("://"));
    if (!location.user.isEmpty())
        host.insert(schemeEnd < 0 ? 0 : schemeEnd + 3, location.user + QLatin1Char('@'));
    QString text = host;
    if (location.port != defaultFtpPort(location.tlsMode))
        text += QStringLiteral(":%1").arg(location.port);
    if (!location.path.isEmpty())
        text += QLatin1Char('/') + location.path;
    return text;
}

} // namespace

QuickConnectBar::QuickConnectBar(QWidget* parent)
    : QWidget(parent), m_host(new QComboBox(this)), m_port(new QLineEdit(this)), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_connect(new QPushButton(tr("&Connect"), this))
{
    setObjectName(QStringLiteral("quickConnectBar"));
    m_host->setObjectName(QStringLiteral("quickHost"));
    m_host->setEditable(true);
    m_host->setInsertPolicy(QComboBox::NoInsert);
    m_host->setMinimumContentsLength(18);
    m_host->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_host->lineEdit()->setPlaceholderText(tr("host, ftp://, ftpes:// or ftps://user@host/folder"));
    m_host->setAccessibleName(tr("Host"));
    m_host->setToolTip(
        tr("A host name or address (encrypted with TLS when the server offers it), or a URL: ftp://, "
           "ftpes:// (explicit TLS required) or ftps:// (implicit TLS, port 990). The drop-down lists recent "
           "connections"));
    m_port->setObjectName(QStringLiteral("quickPort"));
    m_port->setPlaceholderText(QStringLiteral("21"));
    m_port->setValidator(new QIntValidator(1, 65535, m_port));
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(QStringLiteral("655350")) + 16);
    m_port->setAccessibleName(tr("Port"));
    m_user->setObjectName(QStringLiteral("quickUser"));
    m_user->setPlaceholderText(tr("anonymous"));
    m_user->setAccessibleName(tr("User"));
    m_user->setMaximumWidth(160);
    m_password->setObjectName(QStringLiteral("quickPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setMaximumWidth(160);
    m_connect->setObjectName(QStringLiteral("quickConnectButton"));
    m_connect->setIcon(QIcon(QStringLiteral(":/ui/icons/connect.svg")));
    m_connect->setDefault(true);

    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(label(tr("&Host:"), m_host));
    layout->addWidget(m_host, 3);
    layout->addWidget(label(tr("P&ort:"), m_port));
    layout->addWidget(m_port);
    layout->addWidget(label(tr("&User:"), m_user));
    layout->addWidget(m_user, 1);
    layout->addWidget(label(tr("Pass&word:"), m_password));
    layout->addWidget(m_password, 1);
    layout->addWidget(m_connect);

    connect(m_connect, &QPushButton::clicked, this, &QuickConnectBar::requestConnect);
    connect(m_host->lineEdit(), &QLineEdit::returnPressed, this, &QuickConnectBar::requestConnect);
    connect(m_port, &QLineEdit::returnPressed, this, &QuickConnectBar::requestConnect);
    connect(m_user, &QLineEdit::returnPressed, this, &QuickConnectBar::requestConnect);
    connect(m_password, &QLineEdit::returnPressed, this, &QuickConnectBar::requestConnect);
    connect(m_host, &QComboBox::activated, this, &QuickConnectBar::fillFromRecent);
    loadRecent();
    m_host->setEditText(QString());
}

QuickConnectBar::~QuickConnectBar() = default;

void QuickConnectBar::setFields(const FtpLogin& login, TlsMode mode)
{
    m_host->setEditText(hostText(login.host, mode));
    m_port->setText(login.port == defaultFtpPort(mode) ? QString() : QString::number(login.port));
    m_user->setText(login.user);
    m_password->setText(login.password);
}

void QuickConnectBar::fillFromRecent(int index)
{
    const std::optional<FtpLocation> location = FtpLocation::parse(m_host->itemText(index));
    if (!location)
        return;
    FtpLogin login;
    login.host = location->host;
    login.port = location->port;
    login.user = location->user;
    setFields(login, location->tlsMode);
    m_password->setFocus();
}

void QuickConnectBar::requestConnect()
{
    QString error;
    const std::optional<FtpLocation> location = FtpLocation::parse(m_host->currentText().trimmed(), &error);
    if (!location) {
        Q_EMIT invalidInput(error);
        m_host->setFocus();
        return;
    }
    FtpLogin login;
    login.host = location->host;
    login.port = location->port;
    if (!m_port->text().isEmpty() && !location->hasPort)
        login.port = quint16(m_port->text().toUInt());
    login.user = location->user.isEmpty() ? m_user->text().trimmed() : location->user;
    login.password = location->hasPassword ? location->password : m_password->text();
    const QString path = location->path;
    // Show what will be used; the password of a URL does not stay in the host field.
    setFields(login, location->tlsMode);
    Q_EMIT connectRequested(login, path, location->tlsMode);
}

void QuickConnectBar::addRecent(const FtpLogin& login, const QString& path, TlsMode mode)
{
    Q_UNUSED(path); // part 2 may remember the last folder per connection
    FtpLocation location;
    location.host = login.host;
    location.port = login.port;
    location.user = login.user;
    location.tlsMode = mode;
    const QString text = recentText(location);
    m_recent.removeAll(text);
    m_recent.prepend(text);
    while (m_recent.size() > MaxRecent)
        m_recent.removeLast();
    SettingsWriter::setValue(AppSettings::settingsFilePath(), QStringLiteral("quickConnect/recent"),
                             m_recent);
    const QString current = m_host->currentText();
    showRecent();
    m_host->setEditText(current);
}

void QuickConnectBar::loadRecent()
{
    m_recent = AppSettings::openSettings()->value(QStringLiteral("quickConnect/recent")).toStringList();
    showRecent();
}

void QuickConnectBar::showRecent()
{
    m_host->blockSignals(true);
    m_host->clear();
    m_host->addItems(m_recent);
    m_host->blockSignals(false);
}

} // namespace Ferry
