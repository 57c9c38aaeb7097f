#include "serverpanel.h"

#include "appsettings.h"
#include "copyablefield.h"
#include "messagebar.h"
#include "passwordstore.h"
#include "server/serverhost.h"
#include "server/userauthenticator.h"
#include "serveraccountstable.h"
#include "serversessionmodel.h"
#include "serversessionsview.h"
#include "servertlssection.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>

namespace Ferry {

namespace {

QString keychainKey(const QString& name)
{
    return QStringLiteral("server/account/") + name;
}

} // namespace

ServerPanel::ServerPanel(PasswordStore* passwords, QWidget* parent)
    : QWidget(parent), m_passwords(passwords), m_host(new ServerHost(this)),
      m_sessionModel(new ServerSessionModel(this))
{
    setObjectName(QStringLiteral("serverPanel"));
    setAcceptDrops(true);
    buildUi();
    m_sessionModel->setHost(m_host);
    connect(m_host, &ServerHost::logMessage, this, &ServerPanel::appendLog);
    loadSettings();
    updateState();
}

ServerPanel::~ServerPanel()
{
    disconnect(m_host, nullptr, this, nullptr);
    // Stops the server in its thread and ends the thread (see ServerHost).
    m_sessionModel->setHost(nullptr);
    delete m_host;
}

void ServerPanel::buildUi()
{
    m_message = new MessageBar(this);
    m_message->setObjectName(QStringLiteral("serverMessageBar"));

    // What to serve and to whom.
    m_settingsBox = new QGroupBox(tr("Share"), this);
    m_folderEdit = new QLineEdit(m_settingsBox);
    m_folderEdit->setObjectName(QStringLiteral("serverFolder"));
    m_folderEdit->setPlaceholderText(tr("A folder to share (or drop one here)"));
    m_folderEdit->setAcceptDrops(false); // the panel takes the drop (a folder, not its URL as text)
    m_folderEdit->setClearButtonEnabled(true);
    m_chooseButton = new QToolButton(m_settingsBox);
    m_chooseButton->setObjectName(QStringLiteral("serverChooseFolder"));
    m_chooseButton->setIcon(QIcon(QStringLiteral(":/ui/icons/open.svg")));
    m_chooseButton->setText(tr("Choose…"));
    m_chooseButton->setToolTip(tr("Choose the folder to share"));
    m_chooseButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_chooseButton, &QToolButton::clicked, this, &ServerPanel::chooseFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(m_chooseButton);

    m_portSpin = new QSpinBox(m_settingsBox);
    m_portSpin->setObjectName(QStringLiteral("serverPort"));
    m_portSpin->setRange(1, 65535);
    m_portSpin->setValue(2121);
    m_portSpin->setAccessibleName(tr("Port"));
    m_anyPortCheck = new QCheckBox(tr("Any free port"), m_settingsBox);
    m_anyPortCheck->setObjectName(QStringLiteral("serverAnyPort"));
    m_anyPortCheck->setToolTip(tr("Let the system choose a free port; the URLs show which one."));
    connect(m_anyPortCheck, &QCheckBox::toggled, this, &ServerPanel::updateState);
    auto* portRow = new QHBoxLayout;
    portRow->addWidget(m_portSpin);
    portRow->addWidget(m_anyPortCheck);
    portRow->addStretch(1);

    m_anonymousCheck = new QCheckBox(tr("Allow anonymous logins"), m_settingsBox);
    m_anonymousCheck->setObjectName(QStringLiteral("serverAnonymous"));
    m_anonymousCheck->setToolTip(tr("Anyone may log in as \"anonymous\" or \"ftp\" with any password."));
    m_anonymousWritableCheck =
        new QCheckBox(tr("Anonymous users may upload, rename and delete"), m_settingsBox);
    m_anonymousWritableCheck->setObjectName(QStringLiteral("serverAnonymousWritable"));
    connect(m_anonymousCheck, &QCheckBox::toggled, this, &ServerPanel::updateState);

    m_accounts = new ServerAccountsTable(m_settingsBox);
    connect(m_accounts, &QTableWidget::itemSelectionChanged, this, &ServerPanel::updateState);
    m_addAccountButton = new QToolButton(m_settingsBox);
    m_addAccountButton->setObjectName(QStringLiteral("serverAddAccount"));
    m_addAccountButton->setText(tr("Add user"));
    m_addAccountButton->setToolTip(tr("Add a user account"));
    connect(m_addAccountButton, &QToolButton::clicked, this, [this] {
        addAccountRow(Account{QString(), QString(), true});
        const int row = m_accounts->rowCount() - 1;
        m_accounts->setCurrentCell(row, ServerAccountsTable::NameColumn);
        m_accounts->editItem(m_accounts->item(row, ServerAccountsTable::NameColumn));
    });
    m_removeAccountButton = new QToolButton(m_settingsBox);
    m_removeAccountButton->setObjectName(QStringLiteral("serverRemoveAccount"));
    m_removeAccountButton->setText(tr("Remove"));
    m_removeAccountButton->setToolTip(tr("Remove the selected user accounts"));
    connect(m_removeAccountButton, &QToolButton::clicked, this, [this] {
        const QModelIndexList rows = m_accounts->selectionModel()->selectedRows();
        QList<int> numbers;
        for (const QModelIndex& index : rows)
            numbers.append(index.row());
        std::sort(numbers.begin(), numbers.end(), std::greater<int>());
        for (int row : numbers)
            m_accounts->removeRow(row);
        updateState();
    });
    m_plainTextCheck = new QCheckBox(tr("Save passwords in plain text (not recommended)"), m_settingsBox);
    m_plainTextCheck->setObjectName(QStringLiteral("serverPlainTextPasswords"));
    m_plainTextCheck->setToolTip(
        PasswordStore::isAvailable()
            ? tr("Without this, account passwords are kept in the system keychain.")
            : tr("Without this, account passwords are not saved: enter them again after Ferry restarts."));
    auto* accountButtons = new QHBoxLayout;
    accountButtons->addWidget(m_addAccountButton);
    accountButtons->addWidget(m_removeAccountButton);
    accountButtons->addStretch(1);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* folderLabel = new QLabel(tr("&Folder:"), m_settingsBox);
    folderLabel->setBuddy(m_folderEdit);
    form->addRow(folderLabel, folderRow);
    auto* portLabel = new QLabel(tr("&Port:"), m_settingsBox);
    portLabel->setBuddy(m_portSpin);
    form->addRow(portLabel, portRow);
    form->addRow(QString(), m_anonymousCheck);
    form->addRow(QString(), m_anonymousWritableCheck);
    auto* settingsLayout = new QVBoxLayout(m_settingsBox);
    settingsLayout->addLayout(form);
    auto* usersLabel = new QLabel(tr("User accounts:"), m_settingsBox);
    usersLabel->setBuddy(m_accounts);
    settingsLayout->addWidget(usersLabel);
    settingsLayout->addWidget(m_accounts);
    settingsLayout->addLayout(accountButtons);
    settingsLayout->addWidget(m_plainTextCheck);

    // Start/Stop and the status.
    m_startButton = new QPushButton(this);
    m_startButton->setObjectName(QStringLiteral("serverStartButton"));
    connect(m_startButton, &QPushButton::clicked, this, &ServerPanel::toggle);
    m_connectButton =
        new QPushButton(QIcon(QStringLiteral(":/ui/icons/connect.svg")), tr("Connect to this server"), this);
    m_connectButton->setObjectName(QStringLiteral("serverConnectButton"));
    m_connectButton->setToolTip(tr("Open the shared folder in the remote pane, as the first user"));
    connect(m_connectButton, &QPushButton::clicked, this, [this] { Q_EMIT connectRequested(localUrl()); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_startButton);
    buttons->addWidget(m_connectButton);
    buttons->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("serverStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_urlsBox = new QGroupBox(tr("Connect with"), this);
    m_urlsBox->setObjectName(QStringLiteral("serverUrls"));
    m_urlsLayout = new QVBoxLayout(m_urlsBox);
    m_urlsLayout->setSpacing(2);

    // The sessions.
    m_sessionsBox = new QGroupBox(tr("Sessions"), this);
    m_sessionsView = new ServerSessionsView(m_sessionModel, m_sessionsBox);
    m_sessionsView->horizontalHeader()->setMinimumSectionSize(fontMetrics().averageCharWidth() * 4);
    m_disconnectButton = new QPushButton(QIcon(QStringLiteral(":/ui/icons/disconnect.svg")),
                                         tr("&Disconnect session"), m_sessionsBox);
    m_disconnectButton->setObjectName(QStringLiteral("serverDisconnectSession"));
    m_disconnectButton->setToolTip(tr("Close the selected sessions (the client gets 421)"));
    connect(m_disconnectButton, &QPushButton::clicked, this, &ServerPanel::disconnectSelectedSessions);
    connect(m_sessionsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServerPanel::updateState);
    connect(m_sessionModel, &QAbstractItemModel::rowsInserted, this, &ServerPanel::updateState);
    connect(m_sessionModel, &QAbstractItemModel::rowsRemoved, this, &ServerPanel::updateState);
    connect(m_sessionsView, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        if (!m_sessionsView->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        QAction* action = menu.addAction(m_disconnectButton->icon(), tr("&Disconnect"));
        connect(action, &QAction::triggered, this, &ServerPanel::disconnectSelectedSessions);
        menu.exec(m_sessionsView->viewport()->mapToGlobal(pos));
    });
    auto* sessionsLayout = new QVBoxLayout(m_sessionsBox);
    sessionsLayout->addWidget(m_sessionsView, 1);
    sessionsLayout->addWidget(m_disconnectButton, 0, Qt::AlignLeft);

    // The log.
    auto* logBox = new QGroupBox(tr("Server log"), this);
    m_log = new QPlainTextEdit(logBox);
    m_log->setObjectName(QStringLiteral("serverLog"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("Sessions, logins, transfers and file operations appear here."));
    auto* logLayout = new QVBoxLayout(logBox);
    logLayout->addWidget(m_log);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("serverSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_sessionsBox);
    splitter->addWidget(logBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    // While the server runs the settings make way for the sessions and the log (the status line says
    // what is shared, where and to whom).
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_settingsBox);
    m_tls = new ServerTlsSection(this);
    layout->addWidget(m_tls);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_urlsBox);
    layout->addWidget(splitter, 1);
    m_sessionsView->fitColumns();
}

QSize ServerPanel::sizeHint() const
{
    // The width the dock opens with: a typical session's columns whole (an IPv4 client, a user, the
    // action's header, both byte counts) and about 62 characters of log per line, without scrolling
    // sideways. Longer actions elide; the user can widen the dock (its width is remembered).
    const int sessions = m_sessionsView->typicalWidth();
    const QFontMetrics logMetrics(m_log->font());
    const int log = 62 * logMetrics.horizontalAdvance(QLatin1Char('x')) + 2 * m_log->frameWidth() +
                    style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_log) +
                    int(2 * m_log->document()->documentMargin());
    // The group boxes around both: their margins and frames.
    const int margins = 4 * style()->pixelMetric(QStyle::PM_LayoutLeftMargin) +
                        2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth);
    QSize hint = QWidget::sizeHint();
    hint.setWidth(qMax(hint.width(), qMax(sessions, log) + margins));
    return hint;
}

QSize ServerPanel::minimumSizeHint() const
{
    // Room for the URLs and the start button (the sessions table scrolls sideways below its width).
    QSize hint = QWidget::minimumSizeHint();
    hint.setWidth(qMax(hint.width(), fontMetrics().averageCharWidth() * 58));
    return hint;
}

bool ServerPanel::isRunning() const
{
    return m_host->isListening();
}

quint16 ServerPanel::port() const
{
    return m_host->port();
}

int ServerPanel::sessionCount() const
{
    return m_host->sessionCount();
}

QList<QUrl> ServerPanel::connectionUrls() const
{
    return m_host->connectionUrls();
}

QThread* ServerPanel::serverThread() const
{
    return m_host->serverThread();
}

QString ServerPanel::defaultFolder()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PublicShareLocation);
    if (folder.isEmpty())
        folder = QDir::home().filePath(QStringLiteral("Public"));
    return QDir::toNativeSeparators(folder);
}

QString ServerPanel::folder() const
{
    return QDir::fromNativeSeparators(m_folderEdit->text().trimmed());
}

void ServerPanel::setFolder(const QString& folder)
{
    m_folderEdit->setText(QDir::toNativeSeparators(folder));
}

void ServerPanel::addAccountRow(const Account& account)
{
    m_accounts->addAccount(account);
    updateState();
}

void ServerPanel::addAccount(const QString& name, const QString& password, bool writable)
{
    addAccountRow(Account{name, password, writable});
}

QList<ServerPanel::Account> ServerPanel::accounts() const
{
    return m_accounts->accounts();
}

void ServerPanel::setAccounts(const QList<Account>& accounts)
{
    m_accounts->setRowCount(0);
    for (const Account& account : accounts)
        addAccountRow(account);
}

QUrl ServerPanel::localUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("ftp"));
    bool v4 = false;
    const QList<QHostAddress> addresses = m_host->listeningAddresses();
    for (const QHostAddress& address : addresses) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol || address == QHostAddress(QHostAddress::Any))
            v4 = true;
    }
    url.setHost(v4 || addresses.isEmpty() ? QStringLiteral("127.0.0.1") : QStringLiteral("::1"));
    url.setPort(isRunning() ? m_host->port() : (m_anyPortCheck->isChecked() ? -1 : m_portSpin->value()));
    const QList<Account> list = accounts();
    for (const Account& account : list) {
        if (account.name.isEmpty())
            continue;
        url.setUserName(account.name);
        url.setPassword(account.password);
        break;
    }
    url.setPath(QStringLiteral("/"));
    return url;
}

QString ServerPanel::validate(QList<Account>* accounts) const
{
    const QString path = folder();
    if (path.isEmpty())
        return tr("Choose a folder to share first: type it, use Choose…, or drop one from a file manager.");
    const QFileInfo info(path);
    if (!info.exists())
        return tr("The folder %1 does not exist. Choose an existing folder (Choose…) or create it first.")
            .arg(QDir::toNativeSeparators(path));
    if (!info.isDir())
        return tr("%1 is a file, not a folder. Choose a folder to share.")
            .arg(QDir::toNativeSeparators(path));
    if (!info.isReadable())
        return tr("Ferry may not read the folder %1. Choose another folder or change its permissions.")
            .arg(QDir::toNativeSeparators(path));
    QStringList names;
    const QList<Account> list = this->accounts();
    for (const Account& account : list) {
        if (account.name.isEmpty() && account.password.isEmpty())
            continue; // an empty row, e.g. just added
        if (account.name.isEmpty())
            return tr("A user account has no name: enter one, or remove the account.");
        if (UserAuthenticator::isAnonymousName(account.name))
            return tr("\"%1\" is the anonymous login: tick \"Allow anonymous logins\" instead of adding it "
                      "as "
                      "a user.")
                .arg(account.name);
        if (account.name.contains(QLatin1Char(' ')) || account.name.contains(QLatin1Char(':')))
            return tr("The user name \"%1\" contains a space or a colon: choose another name.")
                .arg(account.name);
        if (names.contains(account.name))
            return tr("The user \"%1\" is listed twice: remove one of them.").arg(account.name);
        if (account.password.isEmpty())
            return tr("Enter a password for the user \"%1\" (double-click its password cell).")
                .arg(account.name);
        names.append(account.name);
        accounts->append(account);
    }
    if (accounts->isEmpty() && !m_anonymousCheck->isChecked())
        return tr("Nobody could log in: tick \"Allow anonymous logins\" or add a user account.");
    return QString();
}

bool ServerPanel::start()
{
    if (isRunning())
        return true;
    QList<Account> list;
    const QString problem = validate(&list);
    if (!problem.isEmpty()) {
        showError(problem);
        return false;
    }
    const QString root = QFileInfo(folder()).canonicalFilePath();
    auto users = std::make_shared<UserAuthenticator>();
    for (const Account& account : std::as_const(list)) {
        if (!users->addUser(account.name, account.password, root,
                            account.writable ? UserAuthenticator::Access::ReadWrite
                                             : UserAuthenticator::Access::ReadOnly)) {
            showError(users->errorString());
            return false;
        }
    }
    if (m_anonymousCheck->isChecked() &&
        !users->setAnonymous(root, m_anonymousWritableCheck->isChecked()
                                       ? UserAuthenticator::Access::ReadWrite
                                       : UserAuthenticator::Access::ReadOnly)) {
        showError(users->errorString());
        return false;
    }
    QStringList who;
    for (const Account& account : std::as_const(list))
        who.append(account.writable ? tr("%1 (read-write)").arg(account.name)
                                    : tr("%1 (read-only)").arg(account.name));
    if (m_anonymousCheck->isChecked())
        who.append(m_anonymousWritableCheck->isChecked() ? tr("anonymous (read-write)")
                                                         : tr("anonymous (read-only)"));
    m_servedTo = who.join(QStringLiteral(", "));
    ServerOptions options = m_host->options();
    options.port = m_anyPortCheck->isChecked() ? 0 : quint16(m_portSpin->value());
    QString tlsError;
    if (!m_tls->prepare(&options, &tlsError)) {
        showError(tr("Could not start the server with encryption: %1").arg(tlsError));
        return false;
    }
    saveSettings();
    // The authenticator is called from the server's thread from now on: it holds only the accounts and
    // their folders, never a GUI object.
    if (!m_host->start(options, users)) {
        showError(m_anyPortCheck->isChecked()
                      ? tr("Could not start the server: %1").arg(m_host->errorString())
                      : tr("Could not start the server: %1\nChoose another port, or tick \"Any free port\".")
                            .arg(m_host->errorString()));
        updateState();
        return false;
    }
    if (!m_host->warnings().isEmpty())
        m_message->showMessage(MessageBar::Kind::Info, m_host->warnings().join(QLatin1Char('\n')));
    else
        m_message->hide();
    showUrls();
    m_tls->showRunning(*m_host);
    updateState();
    Q_EMIT runningChanged(true);
    return true;
}

void ServerPanel::stop()
{
    if (!isRunning())
        return;
    m_host->stop();
    showUrls();
    m_tls->showStopped();
    updateState();
    Q_EMIT runningChanged(false);
}

void ServerPanel::toggle()
{
    if (isRunning())
        stop();
    else
        start();
}

void ServerPanel::showError(const QString& text)
{
    m_message->showMessage(MessageBar::Kind::Error, text);
}

void ServerPanel::showUrls()
{
    while (QLayoutItem* item = m_urlsLayout->takeAt(0)) {
        if (QWidget* widget = item->widget())
            widget->deleteLater();
        delete item;
    }
    m_shownUrls = isRunning() ? m_host->connectionUrls() : QList<QUrl>();
    for (const QUrl& url : std::as_const(m_shownUrls)) {
        const QString text = url.toString();
        auto* row = new CopyableField(
            text, {tr("Copy %1").arg(text), tr("Copied %1").arg(text), tr("Copy URL")}, m_urlsBox);
        row->textEdit()->setObjectName(QStringLiteral("serverUrl"));
        row->copyButton()->setObjectName(QStringLiteral("serverCopyUrl"));
        m_urlsLayout->addWidget(row);
    }
}

void ServerPanel::updateState()
{
    const bool running = isRunning();
    m_settingsBox->setVisible(!running);
    m_portSpin->setEnabled(!m_anyPortCheck->isChecked());
    m_anonymousWritableCheck->setEnabled(m_anonymousCheck->isChecked());
    m_removeAccountButton->setEnabled(m_accounts->selectionModel()->hasSelection());
    m_startButton->setText(running ? tr("&Stop server") : tr("&Start server"));
    m_startButton->setIcon(
        QIcon(running ? QStringLiteral(":/ui/icons/cancel.svg") : QStringLiteral(":/ui/icons/server.svg")));
    m_connectButton->setEnabled(running);
    m_urlsBox->setVisible(running && !m_shownUrls.isEmpty());
    m_disconnectButton->setEnabled(running && m_sessionsView->selectionModel()->hasSelection());
    const int sessions = m_sessionModel->rowCount();
    m_sessionsBox->setTitle(sessions ? tr("Sessions (%1)").arg(sessions) : tr("Sessions"));
    if (running)
        m_status->setText(tr("Serving %1 on port %2 to %3.")
                              .arg(QDir::toNativeSeparators(QFileInfo(folder()).canonicalFilePath()))
                              .arg(m_host->port())
                              .arg(m_servedTo));
    else
        m_status->setText(tr("The server is stopped."));
}

void ServerPanel::disconnectSelectedSessions()
{
    const QModelIndexList rows = m_sessionsView->selectionModel()->selectedRows();
    QList<quint64> ids;
    for (const QModelIndex& index : rows)
        ids.append(index.data(ServerSessionModel::SessionIdRole).value<quint64>());
    if (ids.isEmpty() && m_sessionsView->currentIndex().isValid())
        ids.append(m_sessionsView->currentIndex().data(ServerSessionModel::SessionIdRole).value<quint64>());
    for (quint64 id : std::as_const(ids))
        m_host->disconnectSession(id);
}

void ServerPanel::chooseFolder()
{
    auto* dialog = new QFileDialog(this, tr("Folder to share"), folder());
    dialog->setObjectName(QStringLiteral("serverFolderDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (!path.isEmpty())
            setFolder(path);
    });
    dialog->open();
}

void ServerPanel::appendLog(const ServerLogEntry& entry)
{
    QString prefix;
    switch (entry.level) {
    case ServerLogEntry::Level::Warning:
        prefix = tr("Warning: ");
        break;
    case ServerLogEntry::Level::Error:
        prefix = tr("Error: ");
        break;
    default:
        break;
    }
    const QString session = entry.sessionId ? QStringLiteral("[%1] ").arg(entry.sessionId) : QString();
    m_log->appendPlainText(
        QStringLiteral("%1 %2%3%4")
            .arg(entry.time.toLocalTime().toString(QStringLiteral("HH:mm:ss")), session, prefix, entry.text));
}

QString ServerPanel::droppedFolder(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return QString();
    const QList<QUrl> urls = mime->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return QString();
    const QString path = urls.first().toLocalFile();
    return QFileInfo(path).isDir() ? path : QString();
}

void ServerPanel::dragEnterEvent(QDragEnterEvent* event)
{
    if (!isRunning() && !droppedFolder(event->mimeData()).isEmpty()) {
        event->setDropAction(Qt::LinkAction);
        event->accept();
        return;
    }
    event->ignore();
}

void ServerPanel::dragMoveEvent(QDragMoveEvent* event)
{
    if (!isRunning() && !droppedFolder(event->mimeData()).isEmpty()) {
        event->setDropAction(Qt::LinkAction);
        event->accept();
        return;
    }
    event->ignore();
}

void ServerPanel::dropEvent(QDropEvent* event)
{
    const QString path = droppedFolder(event->mimeData());
    if (isRunning() || path.isEmpty()) {
        event->ignore();
        return;
    }
    setFolder(path);
    event->setDropAction(Qt::LinkAction);
    event->accept();
    m_message->hide();
}

void ServerPanel::saveSettings()
{
    const std::unique_ptr<QSettings> s = AppSettings::openSettings();
    s->beginGroup(QStringLiteral("server"));
    s->setValue(QStringLiteral("folder"), folder());
    s->setValue(QStringLiteral("port"), m_portSpin->value());
    s->setValue(QStringLiteral("anyPort"), m_anyPortCheck->isChecked());
    s->setValue(QStringLiteral("anonymous"), m_anonymousCheck->isChecked());
    s->setValue(QStringLiteral("anonymousWritable"), m_anonymousWritableCheck->isChecked());
    const bool plain = m_plainTextCheck->isChecked();
    s->setValue(QStringLiteral("plainTextPasswords"), plain);
    m_tls->save(*s);
    const QList<Account> list = accounts();
    QStringList stored;
    s->remove(QStringLiteral("accounts"));
    s->beginWriteArray(QStringLiteral("accounts"));
    int i = 0;
    for (const Account& account : list) {
        if (account.name.isEmpty())
            continue;
        s->setArrayIndex(i++);
        s->setValue(QStringLiteral("name"), account.name);
        s->setValue(QStringLiteral("writable"), account.writable);
        if (plain)
            s->setValue(QStringLiteral("password"), account.password);
        else if (m_passwords && PasswordStore::isAvailable() && !account.password.isEmpty()) {
            m_passwords->write(keychainKey(account.name), account.password, {});
            stored.append(account.name);
        }
    }
    s->endArray();
    s->endGroup();
    s->sync();
    // Accounts that are gone (or now in plain text) leave the keychain.
    if (m_passwords && PasswordStore::isAvailable()) {
        for (const QString& name : std::as_const(m_keychainNames)) {
            if (!stored.contains(name))
                m_passwords->remove(keychainKey(name));
        }
    }
    m_keychainNames = stored;
}

void ServerPanel::loadSettings()
{
    const std::unique_ptr<QSettings> s = AppSettings::openSettings();
    s->beginGroup(QStringLiteral("server"));
    setFolder(s->value(QStringLiteral("folder"), defaultFolder()).toString());
    m_portSpin->setValue(qBound(1, s->value(QStringLiteral("port"), 2121).toInt(), 65535));
    m_anyPortCheck->setChecked(s->value(QStringLiteral("anyPort"), false).toBool());
    m_anonymousCheck->setChecked(s->value(QStringLiteral("anonymous"), true).toBool());
    m_anonymousWritableCheck->setChecked(s->value(QStringLiteral("anonymousWritable"), false).toBool());
    const bool plain = s->value(QStringLiteral("plainTextPasswords"), false).toBool();
    m_plainTextCheck->setChecked(plain);
    m_tls->load(*s);
    QList<Account> list;
    const int count = s->beginReadArray(QStringLiteral("accounts"));
    for (int i = 0; i < count; ++i) {
        s->setArrayIndex(i);
        Account account;
        account.name = s->value(QStringLiteral("name")).toString();
        account.writable = s->value(QStringLiteral("writable"), true).toBool();
        if (plain)
            account.password = s->value(QStringLiteral("password")).toString();
        if (!account.name.isEmpty())
            list.append(account);
    }
    s->endArray();
    s->endGroup();
    setAccounts(list);
    m_keychainNames.clear();
    if (plain || !m_passwords || !PasswordStore::isAvailable())
        return;
    for (const Account& account : std::as_const(list)) {
        m_keychainNames.append(account.name);
        const QPointer<ServerPanel> self(this);
        const QString name = account.name;
        m_passwords->read(keychainKey(name), [self, name](bool ok, const QString& password, const QString&) {
            if (!self || !ok)
                return;
            for (int row = 0; row < self->m_accounts->rowCount(); ++row) {
                QTableWidgetItem* item = self->m_accounts->item(row, ServerAccountsTable::NameColumn);
                QTableWidgetItem* secret = self->m_accounts->item(row, ServerAccountsTable::PasswordColumn);
                if (item && secret && item->text() == name && secret->data(Qt::EditRole).toString().isEmpty())
                    secret->setData(Qt::EditRole, password);
            }
        });
    }
}

} // namespace Ferry
