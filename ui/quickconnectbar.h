#pragma once

#include "client/ftpclientoptions.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace Ferry {

// Host, port, user, password and Connect. The host field also takes an ftp://, ftpes:// (explicit TLS
// required) or ftps:// (implicit TLS, port 990) URL (user, password, port and folder are taken from it;
// a bare host is TLS if available) and drops down the recent connections, which are kept in ferry.ini
// with their scheme and without their passwords.
class QuickConnectBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickConnectBar)

public:
    static constexpr int MaxRecent = 10;

    explicit QuickConnectBar(QWidget* parent = nullptr);
    ~QuickConnectBar() override;

    QComboBox* hostBox() const { return m_host; }
    QLineEdit* portEdit() const { return m_port; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* connectButton() const { return m_connect; }

    // Fills the fields (the password too, when given); explicit and implicit TLS show as the host's
    // ftpes:// or ftps:// scheme.
    void setFields(const FtpLogin& login, TlsMode mode = TlsMode::Auto);
    // Remembers a connection that worked (no password) at the top of the drop-down. The list is saved
    // (ferry.ini) by SettingsWriter's thread: a connect never waits for the disk.
    void addRecent(const FtpLogin& login, const QString& path, TlsMode mode = TlsMode::Auto);
    QStringList recentEntries() const { return m_recent; }

public Q_SLOTS:
    // Parses the fields and emits connectRequested, or reports what is wrong.
    void requestConnect();

Q_SIGNALS:
    // path: the folder to open (from a URL), empty for the login folder; mode: from the URL's scheme.
    void connectRequested(const Ferry::FtpLogin& login, const QString& path, Ferry::TlsMode mode);
    void invalidInput(const QString& message);

private:
    void loadRecent();
    void showRecent();
    void fillFromRecent(int index);

    QComboBox* m_host;
    QLineEdit* m_port;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QPushButton* m_connect;
    QStringList m_recent; // read from the settings once, then kept here
};

} // namespace Ferry
