#pragma once

#include "serveraccountstable.h"
#include "serversessionsview.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QMimeData;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QThread;
class QTableView;
class QTableWidget;
class QToolButton;
class QVBoxLayout;

namespace Ferry {

class MessageBar;
class PasswordStore;
class ServerHost;
class ServerSessionModel;
class ServerTlsSection;
struct ServerLogEntry;

// The embedded FTP server in the window (the "Server" dock): a folder (chosen, typed, or dropped from a
// file manager), the port (2121 by default, or any free port), anonymous access (read-only or writable),
// named accounts (name, masked password, read-write or read-only) and Start/Stop. While running it shows
// the URLs to type on the other side (each with a copy button), the connected sessions (with Disconnect)
// and a live log (the engine never logs passwords). "Connect to this server" opens it in the remote pane.
// The settings are kept in ferry.ini ([server]); account passwords only in the system keychain
// (PasswordStore), or in plain text when the user ticks that option. The server runs in a thread of its
// own (ServerHost), so its file work (a rename over a big file, a delete) never blocks the window; errors
// show in the panel's message bar, never in a modal box.
class ServerPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerPanel)

public:
    using Account = ServerAccountsTable::Account;

    explicit ServerPanel(PasswordStore* passwords, QWidget* parent = nullptr);
    ~ServerPanel() override;

    // The server's host: its state as the GUI last saw it, and requests queued to the server's thread.
    ServerHost* host() const { return m_host; }
    ServerSessionModel* sessionModel() const { return m_sessionModel; }
    bool isRunning() const;
    // The port listened on (0 when stopped), the connected sessions, and the URLs clients can use.
    quint16 port() const;
    int sessionCount() const;
    QList<QUrl> connectionUrls() const;
    // The thread the server runs in (never the GUI thread); for diagnostics and tests.
    QThread* serverThread() const;

    QString folder() const;
    void setFolder(const QString& folder);
    QList<Account> accounts() const;
    void setAccounts(const QList<Account>& accounts);
    void addAccount(const QString& name, const QString& password, bool writable);
    // The URLs shown while running (connectionUrls() as of the start).
    QList<QUrl> shownUrls() const { return m_shownUrls; }
    // What "Connect to this server" opens: loopback (127.0.0.1, or ::1 when only IPv6 listens), the port,
    // and the first account (with its password), or anonymous when there is none.
    QUrl localUrl() const;
    // The folder a fresh installation shares (the Public folder, as "ferry serve" does).
    static QString defaultFolder();

    // Wide enough for a session's columns and a readable log line (the width the dock opens with).
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The widgets, for tests and for the keyboard map.
    QLineEdit* folderEdit() const { return m_folderEdit; }
    QSpinBox* portSpin() const { return m_portSpin; }
    QCheckBox* anyPortCheck() const { return m_anyPortCheck; }
    QCheckBox* anonymousCheck() const { return m_anonymousCheck; }
    QCheckBox* anonymousWritableCheck() const { return m_anonymousWritableCheck; }
    QCheckBox* plainTextCheck() const { return m_plainTextCheck; }
    QTableWidget* accountsTable() const { return m_accounts; }
    QPushButton* startButton() const { return m_startButton; }
    QPushButton* connectButton() const { return m_connectButton; }
    QTableView* sessionsView() const { return m_sessionsView; }
    QPushButton* disconnectButton() const { return m_disconnectButton; }
    QPlainTextEdit* logView() const { return m_log; }
    MessageBar* messageBar() const { return m_message; }
    QLabel* statusLabel() const { return m_status; }
    ServerTlsSection* tlsSection() const { return m_tls; }

public Q_SLOTS:
    // Checks the settings and starts listening; false (and the reason in the panel) on failure.
    bool start();
    void stop();
    // Starts or stops.
    void toggle();
    void chooseFolder();
    // Closes the sessions selected in the sessions table.
    void disconnectSelectedSessions();
    void saveSettings();
    void loadSettings();

Q_SIGNALS:
    void runningChanged(bool running);
    // "Connect to this server": the window connects its remote pane to url.
    void connectRequested(const QUrl& url);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildUi();
    void updateState();
    void showError(const QString& text);
    void appendLog(const Ferry::ServerLogEntry& entry);
    void showUrls();
    void addAccountRow(const Account& account);
    QString validate(QList<Account>* accounts) const;
    static QString droppedFolder(const QMimeData* mime);

    QPointer<PasswordStore> m_passwords;
    ServerHost* m_host;
    ServerSessionModel* m_sessionModel;
    QList<QUrl> m_shownUrls;
    QStringList m_keychainNames; // accounts whose password is in the keychain
    QString m_servedTo;          // "dev (read-write), anonymous (read-only)"

    MessageBar* m_message = nullptr;
    QGroupBox* m_settingsBox = nullptr;
    QLineEdit* m_folderEdit = nullptr;
    QToolButton* m_chooseButton = nullptr;
    QSpinBox* m_portSpin = nullptr;
    QCheckBox* m_anyPortCheck = nullptr;
    QCheckBox* m_anonymousCheck = nullptr;
    QCheckBox* m_anonymousWritableCheck = nullptr;
    ServerAccountsTable* m_accounts = nullptr;
    QToolButton* m_addAccountButton = nullptr;
    QToolButton* m_removeAccountButton = nullptr;
    QCheckBox* m_plainTextCheck = nullptr;
    ServerTlsSection* m_tls = nullptr;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_connectButton = nullptr;
    QLabel* m_status = nullptr;
    QGroupBox* m_urlsBox = nullptr;
    QVBoxLayout* m_urlsLayout = nullptr;
    QGroupBox* m_sessionsBox = nullptr;
    ServerSessionsView* m_sessionsView = nullptr;
    QPushButton* m_disconnectButton = nullptr;
    QPlainTextEdit* m_log = nullptr;
};

} // namespace Ferry
