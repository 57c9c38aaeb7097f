#include "synchronizedialog.h"

#include "folderfield.h"
#include "remotefilemodel.h"
#include "sync/remotecommandqueue.h"
#include "sync/syncrunner.h"
#include "sync/timeoffset.h"
#include "transfer/transferengine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <memory>

namespace Ferry {

namespace {

constexpr int ActionRole = Qt::UserRole + 1;

enum Column
{
    ActionColumn,
    PathColumn,
    SizeColumn,
    ReasonColumn,
};

QStringList patterns(const QString& text)
{
    return text.split(QRegularExpression(QStringLiteral("[\\s;,]+")), Qt::SkipEmptyParts);
}

} // namespace

SynchronizeDialog::SynchronizeDialog(TransferEngine* queue, const QString& siteId, const QString& localFolder,
                                     const QString& remoteFolder, bool checksumOffered, QWidget* parent)
    : QDialog(parent), m_queue(queue), m_siteId(siteId), m_checksumOffered(checksumOffered)
{
    setObjectName(QStringLiteral("synchronizeDialog"));
    setWindowTitle(tr("Synchronize"));

    m_local = new FolderField(tr("Choose the local folder"), this);
    m_local->setPath(localFolder);
    m_local->lineEdit()->setObjectName(QStringLiteral("syncLocalFolder"));
    m_remote = new QLineEdit(remoteFolder, this);
    m_remote->setObjectName(QStringLiteral("syncRemoteFolder"));

    m_direction = new QComboBox(this);
    m_direction->setObjectName(QStringLiteral("syncDirection"));
    m_direction->addItem(tr("Upload: make the server like this computer"), int(SyncDirection::LocalToRemote));
    m_direction->addItem(tr("Download: make this computer like the server"),
                         int(SyncDirection::RemoteToLocal));
    m_direction->addItem(tr("Both ways: the newer file wins"), int(SyncDirection::BothWays));

    m_bySize = new QCheckBox(tr("&Size"), this);
    m_bySize->setObjectName(QStringLiteral("syncBySize"));
    m_byTime = new QCheckBox(tr("&Modification time"), this);
    m_byTime->setObjectName(QStringLiteral("syncByTime"));
    m_byChecksum = new QCheckBox(tr("C&hecksum"), this);
    m_byChecksum->setObjectName(QStringLiteral("syncByChecksum"));
    m_byChecksum->setEnabled(checksumOffered);
    m_byChecksum->setToolTip(checksumOffered
                                 ? tr("Files of the same size are compared by the server's checksum (slower: "
                                      "both sides read every such file).")
                                 : tr("The server offers no checksum command (HASH, XSHA, XMD5, XCRC)."));
    m_bySize->setChecked(true);
    m_byTime->setChecked(true);
    auto* criteria = new QHBoxLayout;
    criteria->setContentsMargins(0, 0, 0, 0);
    criteria->addWidget(m_bySize);
    criteria->addWidget(m_byTime);
    criteria->addWidget(m_byChecksum);
    criteria->addStretch(1);

    m_deleteExtras = new QCheckBox(tr("&Delete files and folders that only the target has"), this);
    m_deleteExtras->setObjectName(QStringLiteral("syncDeleteExtras"));
    m_include = new QLineEdit(this);
    m_include->setObjectName(QStringLiteral("syncInclude"));
    m_include->setPlaceholderText(tr("everything (e.g. *.bin *.cfg)"));
    m_exclude = new QLineEdit(this);
    m_exclude->setObjectName(QStringLiteral("syncExclude"));
    m_exclude->setPlaceholderText(tr("nothing (e.g. *.o .git/ build/)"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Local folder:"), m_local);
    form->addRow(tr("&Remote folder:"), m_remote);
    form->addRow(tr("Di&rection:"), m_direction);
    form->addRow(tr("Compare by:"), criteria);
    form->addRow(QString(), m_deleteExtras);
    form->addRow(tr("&Include:"), m_include);
    form->addRow(tr("E&xclude:"), m_exclude);

    m_compareButton = new QPushButton(tr("&Compare"), this);
    m_compareButton->setObjectName(QStringLiteral("syncCompareButton"));
    m_compareButton->setDefault(true);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("syncStatus"));
    m_status->setWordWrap(true);
    auto* compareRow = new QHBoxLayout;
    compareRow->addWidget(m_compareButton);
    compareRow->addWidget(m_busy);
    compareRow->addWidget(m_status, 1);

    m_preview = new QTreeWidget(this);
    m_preview->setObjectName(QStringLiteral("syncPreview"));
    m_preview->setRootIsDecorated(false);
    m_preview->setUniformRowHeights(true);
    m_preview->setAlternatingRowColors(true);
    m_preview->setHeaderLabels({tr("Action"), tr("Path"), tr("Size"), tr("Reason")});
    m_preview->header()->setSectionResizeMode(ActionColumn, QHeaderView::ResizeToContents);
    m_preview->header()->setSectionResizeMode(PathColumn, QHeaderView::Interactive);
    m_preview->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    m_preview->header()->setStretchLastSection(true);
    m_preview->setAccessibleName(tr("Planned actions"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("syncSummary"));
    m_allButton = new QPushButton(tr("Check &all"), this);
    m_noneButton = new QPushButton(tr("Check &none"), this);
    auto* summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_allButton);
    summaryRow->addWidget(m_noneButton);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_runButton = buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole);
    m_runButton->setObjectName(QStringLiteral("syncRunButton"));
    m_runButton->setToolTip(tr("Put the checked actions on the transfer queue"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(compareRow);
    layout->addWidget(m_preview, 1);
    layout->addLayout(summaryRow);
    layout->addWidget(buttons);

    connect(m_compareButton, &QPushButton::clicked, this, &SynchronizeDialog::compare);
    connect(m_runButton, &QPushButton::clicked, this, &SynchronizeDialog::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &SynchronizeDialog::reject);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &SynchronizeDialog::updateControls);
    connect(m_allButton, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_preview->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = m_preview->topLevelItem(i);
            if (item->flags() & Qt::ItemIsUserCheckable)
                item->setCheckState(ActionColumn, Qt::Checked);
        }
    });
    connect(m_noneButton, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_preview->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = m_preview->topLevelItem(i);
            if (item->flags() & Qt::ItemIsUserCheckable)
                item->setCheckState(ActionColumn, Qt::Unchecked);
        }
    });
    connect(m_preview, &QTreeWidget::itemChanged, this, &SynchronizeDialog::updateSummary);
    // Changing what is compared makes the preview stale.
    for (QCheckBox* box : {m_bySize, m_byTime, m_byChecksum, m_deleteExtras})
        connect(box, &QCheckBox::toggled, this, &SynchronizeDialog::updateControls);
    updateControls();
    resize(860, 600);
}

SynchronizeDialog::~SynchronizeDialog()
{
    // A scan that runs stops in the queue's thread and gives the connection back.
    if (m_remoteCommands)
        m_remoteCommands->cancel(this);
}

SyncOptions SynchronizeDialog::options() const
{
    SyncOptions options;
    options.direction = static_cast<SyncDirection>(m_direction->currentData().toInt());
    SyncCriteria criteria;
    if (m_bySize->isChecked())
        criteria |= SyncCriterion::Size;
    if (m_byTime->isChecked() || options.direction == SyncDirection::BothWays)
        criteria |= SyncCriterion::Time;
    if (m_byChecksum->isChecked() && m_byChecksum->isEnabled())
        criteria |= SyncCriterion::Checksum;
    options.compare.criteria = criteria;
    options.deleteExtras = m_deleteExtras->isChecked() && options.direction != SyncDirection::BothWays;
    options.compare.include = patterns(m_include->text());
    options.compare.exclude = patterns(m_exclude->text());
    if (const std::optional<TransferSite> site = m_queue->site(m_siteId))
        options.compare.remoteTimeOffsetSecs =
            TimeOffsetStore::offset(TimeOffsetStore::serverKey(site->login)).value_or(0);
    return options;
}

void SynchronizeDialog::setOptions(const SyncOptions& options)
{
    m_direction->setCurrentIndex(m_direction->findData(int(options.direction)));
    m_bySize->setChecked(options.compare.criteria.testFlag(SyncCriterion::Size));
    m_byTime->setChecked(options.compare.criteria.testFlag(SyncCriterion::Time));
    m_byChecksum->setChecked(options.compare.criteria.testFlag(SyncCriterion::Checksum));
    m_deleteExtras->setChecked(options.deleteExtras);
    m_include->setText(options.compare.include.join(QLatin1Char(' ')));
    m_exclude->setText(options.compare.exclude.join(QLatin1Char(' ')));
    updateControls();
}

QString SynchronizeDialog::localFolder() const
{
    return m_local->path();
}

QString SynchronizeDialog::remoteFolder() const
{
    return m_remote->text().trimmed();
}

QString SynchronizeDialog::statusText() const
{
    return m_status->text();
}

void SynchronizeDialog::updateControls()
{
    const bool both =
        static_cast<SyncDirection>(m_direction->currentData().toInt()) == SyncDirection::BothWays;
    m_deleteExtras->setEnabled(!both);
    m_byTime->setEnabled(!both);
    if (both)
        m_byTime->setChecked(true);
    const bool idle = !m_scanning;
    m_compareButton->setEnabled(idle);
    m_runButton->setEnabled(idle && !m_runner && !checkedActions().isEmpty());
}

void SynchronizeDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    updateControls();
}

void SynchronizeDialog::setStatus(const QString& text, bool error)
{
    m_status->setText(text);
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText,
                     error ? QColor(0xc6, 0x28, 0x28) : this->palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

void SynchronizeDialog::compare()
{
    const std::optional<TransferSite> site = m_queue->site(m_siteId);
    if (!site) {
        setStatus(tr("Connect to the server first."), true);
        Q_EMIT compared(false);
        return;
    }
    if (!QFileInfo(localFolder()).isDir() && options().direction != SyncDirection::RemoteToLocal) {
        setStatus(tr("%1 is not a folder.").arg(QDir::toNativeSeparators(localFolder())), true);
        Q_EMIT compared(false);
        return;
    }
    if (!remoteFolder().startsWith(QLatin1Char('/'))) {
        setStatus(tr("The remote folder must be an absolute path (starting with /)."), true);
        Q_EMIT compared(false);
        return;
    }
    m_preview->clear();
    m_plan = SyncPlan();
    updateSummary();
    // The server's connection for sync work, shared with the window's other sync features (a board's
    // four sessions): the scan (both trees read, compared) runs in its thread, the comparisons come back.
    m_remoteCommands = RemoteCommandQueue::forSite(m_queue, m_siteId);
    m_plannedWith = options();
    m_scanning = true;
    setBusy(true);
    setStatus(tr("Connecting to %1…").arg(site->login.host));
    m_remoteCommands->scan(
        localFolder(), remoteFolder(), m_plannedWith.compare,
        [this](const RemoteCommandQueue::ScanResult& result) { onScanned(result); }, this,
        [this](const QString& text) { setStatus(text); });
}

void SynchronizeDialog::onScanned(const RemoteCommandQueue::ScanResult& result)
{
    m_scanning = false;
    const bool ok = result.succeeded();
    if (ok) {
        m_plan = planSync(result.comparisons, m_plannedWith);
        showPlan();
    } else {
        setStatus(result.errorString, true);
    }
    setBusy(false);
    Q_EMIT compared(ok);
}

void SynchronizeDialog::showPlan()
{
    m_preview->blockSignals(true);
    m_preview->clear();
    for (int i = 0; i < m_plan.actions.size(); ++i) {
        const SyncAction& action = m_plan.actions.at(i);
        auto* item = new QTreeWidgetItem(m_preview);
        item->setText(ActionColumn, syncActionText(action.kind));
        item->setData(ActionColumn, ActionRole, i);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ActionColumn, Qt::Checked);
        item->setText(PathColumn, action.path() + (action.isDir() ? QStringLiteral("/") : QString()));
        const qint64 bytes = action.bytes();
        if (bytes > 0 || (bytes == 0 && !action.isDir() &&
                          (action.kind == SyncActionKind::Upload || action.kind == SyncActionKind::Download)))
            item->setText(SizeColumn, RemoteFileModel::formatSize(bytes));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(ReasonColumn, syncReasonText(action, m_plannedWith.compare));
        item->setToolTip(ReasonColumn, item->text(ReasonColumn));
        item->setData(PathColumn, Qt::UserRole, syncActionKey(action.kind));
    }
    for (const SyncComparison& conflict : m_plan.conflicts) {
        auto* item = new QTreeWidgetItem(m_preview);
        item->setText(ActionColumn, tr("Leave (conflict)"));
        item->setText(PathColumn, conflict.path);
        item->setText(ReasonColumn, syncComparisonDetail(conflict, m_plannedWith.compare) +
                                        tr(" — neither side can be said to be right"));
        item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable & ~Qt::ItemIsSelectable);
        item->setForeground(ActionColumn, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    m_preview->resizeColumnToContents(PathColumn);
    m_preview->blockSignals(false);
    if (m_plan.actions.isEmpty() && m_plan.conflicts.isEmpty())
        setStatus(
            tr("Nothing to do: the folders are in step (%n entry/entries compared).", nullptr, m_plan.equal));
    else
        setStatus(tr("Uncheck what should not happen, then Run."));
    updateSummary();
}

QList<SyncAction> SynchronizeDialog::checkedActions() const
{
    QList<SyncAction> result;
    for (int i = 0; i < m_preview->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_preview->topLevelItem(i);
        if (!(item->flags() & Qt::ItemIsUserCheckable) || item->checkState(ActionColumn) != Qt::Checked)
            continue;
        const int index = item->data(ActionColumn, ActionRole).toInt();
        if (index >= 0 && index < m_plan.actions.size())
            result << m_plan.actions.at(index);
    }
    return result;
}

void SynchronizeDialog::setChecked(const QString& actionKey, const QString& path, bool checked)
{
    for (int i = 0; i < m_preview->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_preview->topLevelItem(i);
        const int index = item->data(ActionColumn, ActionRole).toInt();
        if (!(item->flags() & Qt::ItemIsUserCheckable) || index < 0 || index >= m_plan.actions.size())
            continue;
        const SyncAction& action = m_plan.actions.at(index);
        if (syncActionKey(action.kind) == actionKey && action.path() == path)
            item->setCheckState(ActionColumn, checked ? Qt::Checked : Qt::Unchecked);
    }
}

void SynchronizeDialog::updateSummary()
{
    int uploads = 0;
    int downloads = 0;
    int deletions = 0;
    int folders = 0;
    qint64 bytes = 0;
    const QList<SyncAction> checked = checkedActions();
    for (const SyncAction& action : checked) {
        switch (action.kind) {
        case SyncActionKind::Upload:
            ++uploads;
            bytes += qMax<qint64>(0, action.bytes());
            break;
        case SyncActionKind::Download:
            ++downloads;
            bytes += qMax<qint64>(0, action.bytes());
            break;
        case SyncActionKind::DeleteLocal:
        case SyncActionKind::DeleteRemote:
            ++deletions;
            break;
        case SyncActionKind::CreateLocalFolder:
        case SyncActionKind::CreateRemoteFolder:
            ++folders;
            break;
        }
    }
    QString text = tr("%1 of %2 checked: %3 uploads, %4 downloads (%5), %6 folders to create, %7 deletions")
                       .arg(checked.size())
                       .arg(m_plan.actions.size())
                       .arg(uploads)
                       .arg(downloads)
                       .arg(RemoteFileModel::formatSize(bytes))
                       .arg(folders)
                       .arg(deletions);
    if (!m_plan.conflicts.isEmpty())
        text += tr("; %n conflict(s) left alone", nullptr, int(m_plan.conflicts.size()));
    m_summary->setText(text);
    updateControls();
}

void SynchronizeDialog::run()
{
    const QList<SyncAction> actions = checkedActions();
    if (actions.isEmpty() || m_runner)
        return;
    // The runner outlives the dialog if it is closed: it belongs to the queue.
    auto* runner = new SyncRunner(m_queue, m_siteId, localFolder(), remoteFolder(), m_queue);
    m_runner = runner;
    connect(runner, &SyncRunner::finished, runner, &QObject::deleteLater);
    connect(runner, &SyncRunner::actionFinished, this,
            [this, runner](const SyncAction&, bool, const QString&) {
                setStatus(tr("Running: %1 of %2 done, %3 failed")
                              .arg(runner->succeeded() + runner->failed())
                              .arg(runner->total())
                              .arg(runner->failed()));
            });
    auto failures = std::make_shared<QStringList>();
    connect(runner, &SyncRunner::actionFinished, this,
            [failures](const SyncAction& action, bool ok, const QString& message) {
                if (!ok)
                    *failures << action.path() + QStringLiteral(": ") + message;
            });
    connect(runner, &SyncRunner::finished, this, [this, runner, failures] {
        const int ok = runner->succeeded();
        const int failed = runner->failed();
        if (failed)
            setStatus(tr("Finished: %1 done, %2 failed:\n%3")
                          .arg(ok)
                          .arg(failed)
                          .arg(failures->mid(0, 5).join(QLatin1Char('\n'))),
                      true);
        else
            setStatus(tr("Finished: all %n action(s) done.", nullptr, ok));
        m_runner = nullptr;
        updateControls();
        Q_EMIT runFinished(ok, failed);
    });
    QString error;
    if (!runner->run(actions, &error)) {
        setStatus(error, true);
        runner->deleteLater();
        m_runner = nullptr;
        return;
    }
    setStatus(tr("Queued %n action(s): see the transfer queue.", nullptr, int(actions.size())));
    updateControls();
}

} // namespace Ferry
