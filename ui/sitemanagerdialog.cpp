#include "sitemanagerdialog.h"

#include "filezillasiteimport.h"
#include "passwordstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ferry {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int FolderRole = Qt::UserRole + 2;

QSpinBox* secondsBox(QWidget* parent, int min, int max)
{
    auto* box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setSuffix(SiteManagerDialog::tr(" s"));
    return box;
}

} // namespace

SiteManagerDialog::SiteManagerDialog(PasswordStore* passwords, QWidget* parent)
    : QDialog(parent), m_passwords(passwords), m_tree(new QTreeWidget(this)), m_form(new QWidget(this))
{
    setObjectName(QStringLiteral("siteManager"));
    setWindowTitle(tr("Site Manager"));
    m_sites = Site::loadAll(&m_folders);

    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Saved sites"));
    m_tree->setMinimumWidth(200);

    auto* newSiteButton =
        new QPushButton(QIcon(QStringLiteral(":/ui/icons/site-new.svg")), tr("&New site"), this);
    newSiteButton->setObjectName(QStringLiteral("newSiteButton"));
    newSiteButton->setShortcut(QKeySequence::New);
    newSiteButton->setToolTip(tr("New site (Ctrl+N)"));
    auto* newFolderButton =
        new QPushButton(QIcon(QStringLiteral(":/ui/icons/folder-new.svg")), tr("New &folder"), this);
    auto* deleteButton = new QPushButton(QIcon(QStringLiteral(":/ui/icons/delete.svg")), tr("&Delete"), this);
    deleteButton->setObjectName(QStringLiteral("deleteSiteButton"));
    auto* importButton = new QPushButton(tr("&Import from FileZilla…"), this);
    importButton->setObjectName(QStringLiteral("importFileZillaButton"));
    importButton->setToolTip(tr("Add the sites of FileZilla's site manager (sitemanager.xml): folders, "
                                "servers, users, modes, and passwords into the system keychain"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    auto* leftButtons = new QHBoxLayout;
    leftButtons->addWidget(newSiteButton);
    leftButtons->addWidget(newFolderButton);
    leftButtons->addWidget(deleteButton);
    leftLayout->addLayout(leftButtons);
    leftLayout->addWidget(importButton);

    m_name = new QLineEdit(m_form);
    m_name->setObjectName(QStringLiteral("siteName"));
    m_folder = new QComboBox(m_form);
    m_folder->setEditable(true);
    m_folder->setObjectName(QStringLiteral("siteFolder"));
    m_host = new QLineEdit(m_form);
    m_host->setObjectName(QStringLiteral("siteHost"));
    m_host->setPlaceholderText(tr("ftp.example.com, 192.168.1.20 or ::1"));
    m_port = new QSpinBox(m_form);
    m_port->setObjectName(QStringLiteral("sitePort"));
    m_port->setRange(1, 65535);
    m_encryption = new QComboBox(m_form);
    m_encryption->setObjectName(QStringLiteral("siteEncryption"));
    m_encryption->addItem(tr("Use TLS if available (FTP, encrypted when the server can)"),
                          int(TlsMode::Auto));
    m_encryption->addItem(tr("Require explicit TLS (FTPES)"), int(TlsMode::Explicit));
    m_encryption->addItem(tr("Implicit TLS (FTPS, port 990)"), int(TlsMode::Implicit));
    m_encryption->addItem(tr("Clear text only (insecure: passwords readable on the network)"),
                          int(TlsMode::Off));
    m_encryption->setToolTip(
        tr("TLS if available encrypts whenever the server offers it and works with servers that cannot "
           "(small boards). Explicit TLS refuses to go on without it; implicit TLS speaks TLS from the "
           "first byte, usually on port 990."));
    m_user = new QLineEdit(m_form);
    m_user->setObjectName(QStringLiteral("siteUser"));
    m_user->setPlaceholderText(tr("empty for anonymous"));
    m_password = new QLineEdit(m_form);
    m_password->setObjectName(QStringLiteral("sitePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("Remember the password in the system &keychain"), m_form);
    m_remember->setObjectName(QStringLiteral("siteRememberPassword"));
    m_plainText = new QCheckBox(tr("Save the password in plain text (not recommended)"), m_form);
    m_plainText->setObjectName(QStringLiteral("sitePlainTextPassword"));
    m_passwordNote = new QLabel(m_form);
    m_passwordNote->setWordWrap(true);
    m_passwordNote->setEnabled(false);

    m_mode = new QComboBox(m_form);
    m_mode->setObjectName(QStringLiteral("siteMode"));
    m_mode->addItem(tr("Automatic (passive, falling back to active)"), int(DataConnectionMode::Auto));
    m_mode->addItem(tr("Passive"), int(DataConnectionMode::Passive));
    m_mode->addItem(tr("Active"), int(DataConnectionMode::Active));
    m_maxConnections = new QSpinBox(m_form);
    m_maxConnections->setObjectName(QStringLiteral("siteMaxConnections"));
    m_maxConnections->setRange(1, 10);
    m_maxConnections->setToolTip(tr("Connections used for transfers; browsing uses one more."));

    m_localFolder = new QLineEdit(m_form);
    m_localFolder->setObjectName(QStringLiteral("siteLocalFolder"));
    auto* browse = new QToolButton(m_form);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose the local folder"));
    browse->setAccessibleName(tr("Choose the local folder"));
    auto* localRow = new QHBoxLayout;
    localRow->setContentsMargins(0, 0, 0, 0);
    localRow->addWidget(m_localFolder, 1);
    localRow->addWidget(browse);
    m_remoteFolder = new QLineEdit(m_form);
    m_remoteFolder->setObjectName(QStringLiteral("siteRemoteFolder"));
    m_remoteFolder->setPlaceholderText(tr("the login folder"));

    m_connectTimeout = secondsBox(m_form, 1, 600);
    m_replyTimeout = secondsBox(m_form, 1, 600);
    m_keepAlive = secondsBox(m_form, 0, 3600);
    m_keepAlive->setSpecialValueText(tr("off"));
    auto* boardButton = new QPushButton(tr("&Board preset (NetX Duo / small embedded server)"), m_form);
    boardButton->setObjectName(QStringLiteral("boardPresetButton"));
    boardButton->setToolTip(
        tr("One transfer connection, passive mode, conservative timeouts and a keep-alive "
           "before the board drops idle sessions"));

    auto* general = new QGroupBox(tr("Server"), m_form);
    auto* generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Name:"), m_name);
    generalForm->addRow(tr("F&older:"), m_folder);
    generalForm->addRow(tr("&Host:"), m_host);
    generalForm->addRow(tr("&Port:"), m_port);
    generalForm->addRow(tr("&Encryption:"), m_encryption);
    generalForm->addRow(tr("&User:"), m_user);
    generalForm->addRow(tr("Pass&word:"), m_password);
    generalForm->addRow(QString(), m_remember);
    generalForm->addRow(QString(), m_plainText);
    generalForm->addRow(QString(), m_passwordNote);

    auto* transfer = new QGroupBox(tr("Transfers"), m_form);
    auto* transferForm = new QFormLayout(transfer);
    transferForm->addRow(tr("&Mode:"), m_mode);
    transferForm->addRow(tr("Transfer &connections:"), m_maxConnections);
    auto* localLabel = new QLabel(tr("&Local folder:"), transfer);
    localLabel->setBuddy(m_localFolder);
    transferForm->addRow(localLabel, localRow);
    transferForm->addRow(tr("&Remote folder:"), m_remoteFolder);
    transferForm->addRow(tr("Connect &timeout:"), m_connectTimeout);
    transferForm->addRow(tr("Repl&y timeout:"), m_replyTimeout);
    transferForm->addRow(tr("&Keep-alive every:"), m_keepAlive);
    transferForm->addRow(QString(), boardButton);

    auto* formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(general);
    formLayout->addWidget(transfer);
    formLayout->addStretch(1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_connectButton = buttons->addButton(tr("&Connect"), QDialogButtonBox::ActionRole);
    m_connectButton->setObjectName(QStringLiteral("siteConnectButton"));
    m_connectButton->setIcon(QIcon(QStringLiteral(":/ui/icons/connect.svg")));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SiteManagerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SiteManagerDialog::reject);
    connect(m_connectButton, &QPushButton::clicked, this, [this] {
        commitForm();
        Site* site = findSite(m_currentId);
        if (!site || site->host.trimmed().isEmpty()) {
            m_host->setFocus();
            return;
        }
        const Site copy = *site;
        save();
        Q_EMIT connectRequested(copy);
        accept();
    });
    connect(newSiteButton, &QPushButton::clicked, this, &SiteManagerDialog::newSite);
    connect(newFolderButton, &QPushButton::clicked, this, &SiteManagerDialog::newFolder);
    connect(deleteButton, &QPushButton::clicked, this, &SiteManagerDialog::deleteCurrent);
    connect(boardButton, &QPushButton::clicked, this, &SiteManagerDialog::applyBoardPreset);
    connect(importButton, &QPushButton::clicked, this, &SiteManagerDialog::chooseFileZillaFile);
    connect(browse, &QToolButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Local folder"), m_localFolder->text());
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, m_localFolder, &QLineEdit::setText);
        dialog->open();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current, QTreeWidgetItem*) {
                if (m_loading)
                    return;
                commitForm();
                const QString id = current ? current->data(0, IdRole).toString() : QString();
                m_currentId = id;
                loadForm(findSite(id));
            });
    connect(m_password, &QLineEdit::textEdited, this, [this] {
        if (!m_currentId.isEmpty())
            m_typedPasswords.insert(m_currentId);
    });
    connect(m_encryption, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        // Implicit TLS has its own port: follow it while the port is the other mode's default.
        const auto mode = static_cast<TlsMode>(m_encryption->currentData().toInt());
        if (mode == TlsMode::Implicit && m_port->value() == defaultFtpPort(TlsMode::Auto))
            m_port->setValue(defaultFtpPort(TlsMode::Implicit));
        else if (mode != TlsMode::Implicit && m_port->value() == defaultFtpPort(TlsMode::Implicit))
            m_port->setValue(defaultFtpPort(TlsMode::Auto));
    });
    connect(m_remember, &QCheckBox::toggled, this, &SiteManagerDialog::updatePasswordWidgets);
    connect(m_plainText, &QCheckBox::toggled, this, &SiteManagerDialog::updatePasswordWidgets);
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        commitForm();
        buildTree();
    });
    connect(m_folder, &QComboBox::currentTextChanged, this, [this] {
        if (m_loading)
            return;
        commitForm();
        buildTree();
    });

    buildTree();
    if (!m_sites.isEmpty())
        selectSite(m_sites.first().id);
    else
        loadForm(nullptr);
    resize(780, 640);
}

SiteManagerDialog::~SiteManagerDialog() = default;

Site* SiteManagerDialog::findSite(const QString& id)
{
    for (Site& site : m_sites) {
        if (site.id == id)
            return &site;
    }
    return nullptr;
}

QTreeWidgetItem* SiteManagerDialog::folderItem(const QString& folder)
{
    if (folder.isEmpty())
        return m_tree->invisibleRootItem();
    static QFileIconProvider provider;
    QTreeWidgetItem* parent = m_tree->invisibleRootItem();
    QString path;
    const QStringList parts = folder.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        path = path.isEmpty() ? part : path + QLatin1Char('/') + part;
        QTreeWidgetItem* found = nullptr;
        for (int i = 0; i < parent->childCount(); ++i) {
            QTreeWidgetItem* child = parent->child(i);
            if (child->data(0, IdRole).toString().isEmpty() && child->text(0) == part) {
                found = child;
                break;
            }
        }
        if (!found) {
            found = new QTreeWidgetItem(parent, {part});
            found->setIcon(0, provider.icon(QFileIconProvider::Folder));
            found->setData(0, FolderRole, path);
            found->setExpanded(true);
        }
        parent = found;
    }
    return parent;
}

void SiteManagerDialog::buildTree()
{
    m_loading = true;
    m_tree->clear();
    QStringList folderNames = m_folders;
    for (const QString& folder : std::as_const(m_folders))
        folderItem(folder);
    QTreeWidgetItem* current = nullptr;
    for (const Site& site : std::as_const(m_sites)) {
        if (!site.folder.isEmpty() && !folderNames.contains(site.folder))
            folderNames << site.folder;
        auto* item = new QTreeWidgetItem(folderItem(site.folder), {site.displayName()});
        item->setIcon(0, QIcon(QStringLiteral(":/ui/icons/server.svg")));
        item->setData(0, IdRole, site.id);
        item->setData(0, FolderRole, site.folder);
        if (site.id == m_currentId)
            current = item;
    }
    m_tree->expandAll();
    m_tree->sortItems(0, Qt::AscendingOrder);
    const QString folderText = m_folder->currentText();
    m_folder->blockSignals(true);
    m_folder->clear();
    folderNames.sort(Qt::CaseInsensitive);
    m_folder->addItem(QString());
    m_folder->addItems(folderNames);
    m_folder->setEditText(folderText);
    m_folder->blockSignals(false);
    if (current)
        m_tree->setCurrentItem(current);
    m_loading = false;
}

void SiteManagerDialog::selectSite(const QString& id)
{
    commitForm();
    m_currentId = id;
    buildTree();
    loadForm(findSite(id));
}

void SiteManagerDialog::loadForm(const Site* site)
{
    m_loading = true;
    m_form->setEnabled(site != nullptr);
    m_connectButton->setEnabled(site != nullptr);
    const Site empty;
    const Site& s = site ? *site : empty;
    m_name->setText(s.name);
    m_folder->setEditText(s.folder);
    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_encryption->setCurrentIndex(m_encryption->findData(int(s.tlsMode)));
    m_user->setText(s.user);
    m_password->setText(s.password);
    m_password->setPlaceholderText(s.password.isEmpty() && s.rememberPassword ? tr("saved in the keychain")
                                                                              : QString());
    m_remember->setChecked(s.rememberPassword);
    m_plainText->setChecked(s.plainTextPassword);
    m_mode->setCurrentIndex(m_mode->findData(int(s.dataMode)));
    m_maxConnections->setValue(s.maxConnections);
    m_localFolder->setText(s.localFolder);
    m_remoteFolder->setText(s.remoteFolder);
    m_connectTimeout->setValue(s.connectTimeoutSeconds);
    m_replyTimeout->setValue(s.replyTimeoutSeconds);
    m_keepAlive->setValue(s.keepAliveSeconds);
    m_loading = false;
    updatePasswordWidgets();
}

void SiteManagerDialog::commitForm()
{
    if (m_loading)
        return;
    Site* site = findSite(m_currentId);
    if (!site)
        return;
    site->name = m_name->text().trimmed();
    site->folder = m_folder->currentText().split(QLatin1Char('/'), Qt::SkipEmptyParts).join(QLatin1Char('/'));
    site->host = m_host->text().trimmed();
    site->port = quint16(m_port->value());
    site->tlsMode = static_cast<TlsMode>(m_encryption->currentData().toInt());
    site->user = m_user->text();
    site->password = m_password->text();
    site->rememberPassword = m_remember->isChecked();
    site->plainTextPassword = m_plainText->isChecked();
    site->dataMode = static_cast<DataConnectionMode>(m_mode->currentData().toInt());
    site->maxConnections = m_maxConnections->value();
    site->localFolder = m_localFolder->text().trimmed();
    site->remoteFolder = m_remoteFolder->text().trimmed();
    site->connectTimeoutSeconds = m_connectTimeout->value();
    site->replyTimeoutSeconds = m_replyTimeout->value();
    site->keepAliveSeconds = m_keepAlive->value();
}

void SiteManagerDialog::updatePasswordWidgets()
{
    const bool keychain = PasswordStore::isAvailable();
    m_remember->setEnabled(keychain && !m_plainText->isChecked());
    if (!keychain && m_remember->isChecked() && !m_loading)
        m_remember->setChecked(false);
    if (m_plainText->isChecked())
        m_passwordNote->setText(tr("Anyone who can read your settings file can read this password."));
    else if (keychain)
        m_passwordNote->setText(tr("Without either option Ferry asks for the password when it connects."));
    else
        m_passwordNote->setText(tr("No system keychain is available: Ferry asks for the password when it "
                                   "connects, unless you save it in plain text."));
}

Site SiteManagerDialog::newSite()
{
    commitForm();
    QString folder;
    if (QTreeWidgetItem* item = m_tree->currentItem())
        folder = item->data(0, FolderRole).toString();
    Site site = Site::create(folder);
    m_sites << site;
    m_currentId = site.id;
    buildTree();
    loadForm(findSite(site.id));
    m_name->setFocus();
    m_name->selectAll();
    return site;
}

void SiteManagerDialog::newFolder()
{
    auto* dialog = new QInputDialog(this);
    dialog->setWindowTitle(tr("New folder"));
    dialog->setLabelText(tr("Folder name (use / for a folder inside a folder):"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& text) {
        const QString folder = text.split(QLatin1Char('/'), Qt::SkipEmptyParts).join(QLatin1Char('/'));
        if (folder.isEmpty() || m_folders.contains(folder))
            return;
        m_folders << folder;
        commitForm();
        buildTree();
    });
    dialog->open();
}

void SiteManagerDialog::deleteCurrent()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return;
    const QString id = item->data(0, IdRole).toString();
    if (id.isEmpty()) {
        const QString folder = item->data(0, FolderRole).toString();
        for (const Site& site : std::as_const(m_sites)) {
            if (site.folder == folder || site.folder.startsWith(folder + QLatin1Char('/'))) {
                QMessageBox* box = new QMessageBox(
                    QMessageBox::Information, tr("Delete folder"),
                    tr("The folder %1 still holds sites: delete or move them first.").arg(folder),
                    QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                return;
            }
        }
        m_folders.removeAll(folder);
        buildTree();
        return;
    }
    m_removedKeys.insert(Site::keychainKey(id));
    for (qsizetype i = 0; i < m_sites.size(); ++i) {
        if (m_sites.at(i).id == id) {
            m_sites.removeAt(i);
            break;
        }
    }
    m_currentId.clear();
    buildTree();
    loadForm(nullptr);
}

void SiteManagerDialog::applyBoardPreset()
{
    commitForm();
    Site* site = findSite(m_currentId);
    if (!site)
        return;
    site->applyBoardPreset();
    loadForm(site);
}

bool SiteManagerDialog::save()
{
    commitForm();
    QStringList folders = m_folders;
    for (const Site& site : std::as_const(m_sites)) {
        if (!site.folder.isEmpty() && !folders.contains(site.folder))
            folders << site.folder;
    }
    Site::saveAll(m_sites, folders);

    // Keychain: typed passwords of sites that remember them; forget those of deleted sites or of sites
    // that no longer want them kept.
    int pending = 0;
    auto results = std::make_shared<QStringList>();
    auto remaining = std::make_shared<int>(0);
    const auto report = [this, results, remaining] {
        if (--*remaining > 0)
            return;
        Q_EMIT passwordsStored(results->isEmpty(), results->join(QLatin1Char('\n')));
    };
    QList<std::function<void()>> jobs;
    for (const Site& site : std::as_const(m_sites)) {
        if (site.rememberPassword && m_typedPasswords.contains(site.id) && !site.password.isEmpty()) {
            jobs << [this, site, results, report] {
                m_passwords->write(
                    Site::keychainKey(site.id), site.password,
                    [site, results, report](bool ok, const QString& error) {
                        if (!ok)
                            results->append(
                                tr("The password of %1 was not saved: %2").arg(site.displayName(), error));
                        report();
                    });
            };
        } else if (!site.rememberPassword && PasswordStore::isAvailable()) {
            m_removedKeys.insert(Site::keychainKey(site.id));
        }
    }
    for (const QString& key : std::as_const(m_removedKeys)) {
        jobs << [this, key, report] {
            m_passwords->remove(key, [report](bool, const QString&) { report(); });
        };
    }
    m_removedKeys.clear();
    m_typedPasswords.clear();
    pending = int(jobs.size());
    *remaining = pending;
    for (const auto& job : std::as_const(jobs))
        job();
    if (pending == 0)
        Q_EMIT passwordsStored(true, QString());
    return true;
}

void SiteManagerDialog::chooseFileZillaFile()
{
    const QString known = fileZillaSiteManagerPath();
    auto* dialog = new QFileDialog(this, tr("FileZilla's site manager file"),
                                   QFileInfo::exists(known) ? known : QString());
    dialog->setNameFilters({tr("FileZilla sites (*.xml)"), tr("All files (*)")});
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { importFileZilla(path); });
    dialog->open();
}

int SiteManagerDialog::importFileZilla(const QString& path)
{
    commitForm();
    const FileZillaSiteImport::Result result =
        FileZillaSiteImport::fromFile(path, m_sites, PasswordStore::isAvailable());
    QString text;
    if (!result.error.isEmpty()) {
        text = result.error;
    } else {
        for (const Site& site : result.sites) {
            m_sites << site;
            if (site.rememberPassword && !site.password.isEmpty())
                m_typedPasswords.insert(site.id); // written to the keychain by save()
        }
        for (const QString& folder : result.folders) {
            if (!m_folders.contains(folder))
                m_folders << folder;
        }
        if (!result.sites.isEmpty())
            m_currentId = result.sites.first().id;
        buildTree();
        loadForm(findSite(m_currentId));
        text = tr("%n site(s) imported from FileZilla.", nullptr, int(result.sites.size()));
        if (!result.sites.isEmpty())
            text +=
                QLatin1Char(' ') + (PasswordStore::isAvailable()
                                        ? tr("Press OK to keep them (passwords go to the system keychain).")
                                        : tr("Press OK to keep them."));
    }
    auto* box = new QMessageBox(result.error.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                                tr("Import from FileZilla"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("fileZillaImportSummary"));
    if (!result.notes.isEmpty())
        box->setDetailedText(result.notes.join(QLatin1Char('\n')));
    if (!result.notes.isEmpty())
        box->setInformativeText(tr("%n note(s): see the details.", nullptr, int(result.notes.size())));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
    return int(result.sites.size());
}

void SiteManagerDialog::accept()
{
    save();
    QDialog::accept();
}

} // namespace Ferry
