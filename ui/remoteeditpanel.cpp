#include "remoteeditpanel.h"

#include "appsettings.h"
#include "protocol/remotepath.h"
#include "transfer/transferengine.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Ferry {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

enum Column
{
    FileColumn,
    StateColumn,
    UploadColumn,
    ServerColumn,
};

} // namespace

RemoteEditPanel::RemoteEditPanel(TransferEngine* queue, QWidget* parent)
    : QWidget(parent), m_editor(new RemoteEditor(queue, this))
{
    setObjectName(QStringLiteral("remoteEditPanel"));
    const std::unique_ptr<QSettings> settings = AppSettings::openSettings();
    settings->beginGroup(QStringLiteral("remoteEdit"));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("editedFiles"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("File"), tr("State"), tr("Last upload"), tr("On the server")});
    m_list->header()->setSectionResizeMode(FileColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(UploadColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("Files being edited"));

    m_openAgain = new QPushButton(tr("&Open again"), this);
    m_uploadNow = new QPushButton(tr("&Upload now"), this);
    m_uploadNow->setObjectName(QStringLiteral("editUploadNow"));
    m_stop = new QPushButton(tr("&Stop watching"), this);
    m_stop->setObjectName(QStringLiteral("editStopWatching"));
    m_stop->setToolTip(tr("Forget the file: later saves are not uploaded and the temporary copy is deleted"));
    m_command = new QLineEdit(settings->value(QStringLiteral("editor")).toString(), this);
    m_command->setObjectName(QStringLiteral("editorCommand"));
    m_command->setPlaceholderText(tr("the desktop's default application"));
    m_command->setToolTip(tr("The command that opens a file for editing (the file is added at the end), e.g. "
                             "\"kate\" or \"code --wait\"; empty: the application your desktop uses"));
    m_automatic = new QCheckBox(tr("Upload saved files &automatically"), this);
    m_automatic->setObjectName(QStringLiteral("editUploadAutomatically"));
    m_automatic->setChecked(settings->value(QStringLiteral("automatic"), false).toBool());
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openAgain);
    buttons->addWidget(m_uploadNow);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    auto* editorLabel = new QLabel(tr("&Editor:"), this);
    editorLabel->setBuddy(m_command);
    auto* editorRow = new QHBoxLayout;
    editorRow->addWidget(editorLabel);
    editorRow->addWidget(m_command, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addLayout(editorRow);
    layout->addWidget(m_automatic);
    layout->addWidget(m_status);

    m_editor->setUploadPolicy(m_automatic->isChecked() ? RemoteEditor::UploadPolicy::Automatic
                                                       : RemoteEditor::UploadPolicy::Ask);
    connect(m_automatic, &QCheckBox::toggled, this, [this](bool on) {
        m_editor->setUploadPolicy(on ? RemoteEditor::UploadPolicy::Automatic
                                     : RemoteEditor::UploadPolicy::Ask);
        saveSettings();
    });
    connect(m_command, &QLineEdit::editingFinished, this, &RemoteEditPanel::saveSettings);
    connect(m_openAgain, &QPushButton::clicked, this, &RemoteEditPanel::openSelectedAgain);
    connect(m_uploadNow, &QPushButton::clicked, this, &RemoteEditPanel::uploadSelected);
    connect(m_stop, &QPushButton::clicked, this, &RemoteEditPanel::stopSelected);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &RemoteEditPanel::openSelectedAgain);
    connect(m_editor, &RemoteEditor::fileChanged, this, &RemoteEditPanel::refreshRow);
    connect(m_editor, &RemoteEditor::fileRemoved, this, [this](quint64 id) {
        closeQuestion(id);
        delete rowFor(id);
    });
    connect(m_editor, &RemoteEditor::opened, this,
            [this](quint64, const QString& localPath) { launchEditor(localPath); });
    connect(m_editor, &RemoteEditor::uploadQuestion, this, [this](quint64 id) { ask(id, false, QString()); });
    connect(m_editor, &RemoteEditor::conflict, this,
            [this](quint64 id, const QString& message) { ask(id, true, message); });
    connect(m_editor, &RemoteEditor::uploaded, this, [this](quint64 id) {
        if (const auto file = m_editor->file(id))
            m_status->setText(
                tr("%1 uploaded to %2.").arg(QFileInfo(file->localPath).fileName(), file->remotePath));
    });
    connect(m_editor, &RemoteEditor::failed, this,
            [this](quint64, const QString& message) { m_status->setText(message); });
}

RemoteEditPanel::~RemoteEditPanel()
{
    // The editor is a child, deleted by ~QWidget after this part of the panel is gone; it stops watching
    // its files then and says so (fileRemoved): nothing of the panel may hear it.
    m_editor->disconnect(this);
    for (const QPointer<QMessageBox>& box : std::as_const(m_questions))
        delete box.data();
}

QMessageBox* RemoteEditPanel::question(quint64 id) const
{
    return m_questions.value(id);
}

QString RemoteEditPanel::editorCommand() const
{
    return m_command->text().trimmed();
}

void RemoteEditPanel::setEditorCommand(const QString& command)
{
    m_command->setText(command);
    saveSettings();
}

bool RemoteEditPanel::uploadsAutomatically() const
{
    return m_automatic->isChecked();
}

void RemoteEditPanel::setUploadsAutomatically(bool automatic)
{
    m_automatic->setChecked(automatic);
}

void RemoteEditPanel::saveSettings() const
{
    const std::unique_ptr<QSettings> settings = AppSettings::openSettings();
    settings->beginGroup(QStringLiteral("remoteEdit"));
    settings->setValue(QStringLiteral("editor"), editorCommand());
    settings->setValue(QStringLiteral("automatic"), m_automatic->isChecked());
}

bool RemoteEditPanel::open(const QString& siteId, const QString& remotePath)
{
    for (const RemoteEditor::File& file : m_editor->files()) {
        if (file.siteId == siteId && file.remotePath == RemotePath::normalize(remotePath)) {
            launchEditor(file.localPath); // already being edited: to the front again
            return true;
        }
    }
    QString error;
    if (!m_editor->open(siteId, remotePath, &error)) {
        m_status->setText(error);
        return false;
    }
    m_status->setText(tr("Opening %1…").arg(remotePath));
    return true;
}

void RemoteEditPanel::launchEditor(const QString& localPath)
{
    const QString command = editorCommand();
    bool ok = false;
    if (command.isEmpty()) {
        ok = QDesktopServices::openUrl(QUrl::fromLocalFile(localPath));
    } else {
        QStringList arguments = QProcess::splitCommand(command);
        const QString program = arguments.isEmpty() ? QString() : arguments.takeFirst();
        arguments << localPath;
        ok = !program.isEmpty() && QProcess::startDetached(program, arguments);
    }
    if (ok) {
        m_status->setText(tr("Editing %1: every save is %2.")
                              .arg(QDir::toNativeSeparators(localPath),
                                   uploadsAutomatically() ? tr("uploaded") : tr("offered for upload")));
        Q_EMIT editorStarted(localPath);
    } else {
        const QString message = command.isEmpty()
                                    ? tr("No application opens %1; set an editor command below.")
                                          .arg(QDir::toNativeSeparators(localPath))
                                    : tr("Could not start the editor \"%1\".").arg(command);
        m_status->setText(message);
        Q_EMIT editorFailed(message);
    }
}

QTreeWidgetItem* RemoteEditPanel::rowFor(quint64 id) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(FileColumn, IdRole).toULongLong() == id)
            return item;
    }
    return nullptr;
}

void RemoteEditPanel::refreshRow(quint64 id)
{
    const std::optional<RemoteEditor::File> file = m_editor->file(id);
    if (!file)
        return;
    QTreeWidgetItem* item = rowFor(id);
    if (!item) {
        item = new QTreeWidgetItem(m_list);
        item->setData(FileColumn, IdRole, id);
        item->setText(FileColumn, RemotePath::fileName(file->remotePath));
        item->setText(ServerColumn, file->remotePath);
        item->setToolTip(FileColumn, QDir::toNativeSeparators(file->localPath));
    }
    item->setText(StateColumn, RemoteEditor::stateText(file->state));
    item->setData(StateColumn, Qt::UserRole, int(file->state));
    item->setToolTip(StateColumn, file->message);
    const bool trouble =
        file->state == RemoteEditor::State::Failed || file->state == RemoteEditor::State::Conflict;
    item->setIcon(StateColumn, trouble ? QIcon(QStringLiteral(":/ui/icons/error.svg")) : QIcon());
    item->setText(UploadColumn, file->lastUploadAt.isValid()
                                    ? file->lastUploadAt.toString(QStringLiteral("HH:mm:ss")) +
                                          tr(" (%n upload(s))", nullptr, file->uploads)
                                    : QString());
}

quint64 RemoteEditPanel::selectedId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item && m_list->topLevelItemCount() == 1)
        item = m_list->topLevelItem(0);
    return item ? item->data(FileColumn, IdRole).toULongLong() : 0;
}

void RemoteEditPanel::openSelectedAgain()
{
    if (const auto file = m_editor->file(selectedId()); file && file->state != RemoteEditor::State::Opening)
        launchEditor(file->localPath);
}

void RemoteEditPanel::uploadSelected()
{
    if (const quint64 id = selectedId())
        m_editor->upload(id);
}

void RemoteEditPanel::stopSelected()
{
    if (const quint64 id = selectedId())
        m_editor->stopWatching(id);
}

void RemoteEditPanel::closeQuestion(quint64 id)
{
    if (QMessageBox* box = m_questions.take(id))
        box->deleteLater();
}

void RemoteEditPanel::ask(quint64 id, bool conflict, const QString& message)
{
    const std::optional<RemoteEditor::File> file = m_editor->file(id);
    if (!file)
        return;
    closeQuestion(id);
    const QString name = RemotePath::fileName(file->remotePath);
    auto* box = new QMessageBox(conflict ? QMessageBox::Warning : QMessageBox::Question,
                                conflict ? tr("Changed on the server") : tr("Upload the saved file?"),
                                conflict ? tr("%1 changed on the server since you opened it.").arg(name)
                                         : tr("%1 was saved. Upload it to %2?").arg(name, file->remotePath),
                                QMessageBox::NoButton, window());
    box->setObjectName(conflict ? QStringLiteral("remoteEditConflict")
                                : QStringLiteral("remoteEditUploadQuestion"));
    if (conflict)
        box->setInformativeText(message + QLatin1Char('\n') + tr("Replace the server's copy with yours?"));
    QPushButton* yes = box->addButton(conflict ? tr("&Overwrite the server's copy") : tr("&Upload"),
                                      QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("yesButton"));
    QPushButton* no =
        box->addButton(conflict ? tr("&Keep the server's copy") : tr("&Not now"), QMessageBox::RejectRole);
    no->setObjectName(QStringLiteral("noButton"));
    QCheckBox* always = nullptr;
    if (!conflict) {
        always = new QCheckBox(tr("Upload saved files automatically from now on"), box);
        box->setCheckBox(always);
    }
    box->setModal(false);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_questions.insert(id, box);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, id, yes, conflict, always](QAbstractButton* button) {
                m_questions.remove(id);
                const bool accepted = button == yes;
                if (always && always->isChecked())
                    setUploadsAutomatically(true);
                if (conflict)
                    accepted ? m_editor->overwrite(id) : m_editor->keepServerCopy(id);
                else
                    accepted ? m_editor->upload(id) : m_editor->skipUpload(id);
            });
    box->show();
}

} // namespace Ferry
