#pragma once

#include "site.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace Ferry {

class PasswordStore;

// The site manager: saved sites in folders, each with host, port, user, password (system keychain when
// there is one; plain text only when the user ticks it), encryption (FTPS: TLS if available, explicit,
// implicit on port 990, or clear text), transfer mode, transfer connections, default
// folders, timeouts and the board preset. Non-modal. OK saves, Cancel forgets the changes, Connect saves
// and asks the window to connect (connectRequested carries the password when it was typed or saved in
// plain text; otherwise the window reads the keychain or asks).
class SiteManagerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteManagerDialog)

public:
    SiteManagerDialog(PasswordStore* passwords, QWidget* parent = nullptr);
    ~SiteManagerDialog() override;

    QList<Site> sites() const { return m_sites; }
    QString currentSiteId() const { return m_currentId; }
    void selectSite(const QString& id);

public Q_SLOTS:
    Site newSite();
    void newFolder();
    void deleteCurrent();
    void applyBoardPreset();
    // Writes the sites (and keychain entries for typed passwords); returns false when nothing is valid.
    bool save();
    // Adds the sites of a FileZilla sitemanager.xml (FileZillaSiteImport); their passwords go to the
    // keychain with the next save. Says what it did in a non-modal box; returns the number of sites added.
    int importFileZilla(const QString& path);
    // Asks for the file (FileZilla's own file first) and imports it.
    void chooseFileZillaFile();

Q_SIGNALS:
    void connectRequested(const Ferry::Site& site);
    // The last keychain write finished (for tests and the status line); ok=false names the problem.
    void passwordsStored(bool ok, const QString& message);

protected:
    void accept() override;

private:
    void buildTree();
    void loadForm(const Site* site);
    void commitForm();
    Site* findSite(const QString& id);
    QTreeWidgetItem* folderItem(const QString& folder);
    void updatePasswordWidgets();

    PasswordStore* m_passwords;
    QList<Site> m_sites;
    QStringList m_folders;
    QString m_currentId;
    QSet<QString> m_typedPasswords; // sites whose password was typed in this dialog
    QSet<QString> m_removedKeys;
    bool m_loading = false;

    QTreeWidget* m_tree;
    QWidget* m_form;
    QLineEdit* m_name;
    QComboBox* m_folder;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QComboBox* m_encryption;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QCheckBox* m_plainText;
    QComboBox* m_mode;
    QSpinBox* m_maxConnections;
    QLineEdit* m_localFolder;
    QLineEdit* m_remoteFolder;
    QSpinBox* m_connectTimeout;
    QSpinBox* m_replyTimeout;
    QSpinBox* m_keepAlive;
    QLabel* m_passwordNote;
    QPushButton* m_connectButton;
};

} // namespace Ferry
