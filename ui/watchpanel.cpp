#include "watchpanel.h"

#include "appsettings.h"
#include "folderfield.h"
#include "protocol/remotepath.h"
#include "remotefilemodel.h"
#include "transfer/transferengine.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ferry {

namespace {

constexpr int MaxRows = 200;

QString defaultIgnore()
{
    return QStringLiteral(".git/ *.o *.swp *~");
}

} // namespace

WatchPanel::WatchPanel(TransferEngine* queue, QWidget* parent)
    : QWidget(parent), m_queue(queue), m_session(new WatchSession(queue, this))
{
    setObjectName(QStringLiteral("watchPanel"));
    const std::unique_ptr<QSettings> settings = AppSettings::openSettings();
    settings->beginGroup(QStringLiteral("keepUpToDate"));

    m_local = new FolderField(tr("Choose the folder to watch"), this);
    m_local->lineEdit()->setObjectName(QStringLiteral("watchLocalFolder"));
    m_remote = new QLineEdit(this);
    m_remote->setObjectName(QStringLiteral("watchRemoteFolder"));
    m_ignore = new QLineEdit(settings->value(QStringLiteral("ignore"), defaultIgnore()).toString(), this);
    m_ignore->setObjectName(QStringLiteral("watchIgnore"));
    m_ignore->setToolTip(tr("Patterns of files and folders not to upload, separated by spaces; a trailing / "
                            "names a folder."));
    m_delete = new QCheckBox(tr("Delete on the server what is deleted here"), this);
    m_delete->setObjectName(QStringLiteral("watchDelete"));
    m_delete->setChecked(settings->value(QStringLiteral("delete"), false).toBool());
    m_uploadFirst = new QCheckBox(tr("Upload what differs first"), this);
    m_uploadFirst->setObjectName(QStringLiteral("watchUploadFirst"));
    m_uploadFirst->setChecked(settings->value(QStringLiteral("uploadFirst"), true).toBool());
    m_startStop = new QPushButton(tr("&Start"), this);
    m_startStop->setObjectName(QStringLiteral("watchStartStop"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("watchStatus"));
    m_status->setWordWrap(true);

    m_events = new QTreeWidget(this);
    m_events->setObjectName(QStringLiteral("watchEvents"));
    m_events->setRootIsDecorated(false);
    m_events->setUniformRowHeights(true);
    m_events->setHeaderLabels({tr("Time"), tr("What"), tr("File"), tr("Details")});
    m_events->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_events->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_events->header()->setStretchLastSection(true);
    m_events->setAccessibleName(tr("Last uploads and errors"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Watch:"), m_local);
    form->addRow(tr("&Upload to:"), m_remote);
    form->addRow(tr("&Ignore:"), m_ignore);
    auto* options = new QHBoxLayout;
    options->addWidget(m_delete);
    options->addWidget(m_uploadFirst);
    options->addStretch(1);
    options->addWidget(m_startStop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(options);
    layout->addWidget(m_status);
    layout->addWidget(m_events, 1);

    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (m_session->isRunning())
            stop();
        else
            start();
    });
    connect(m_session, &WatchSession::activity, this, &WatchPanel::addEvent);
    connect(m_session, &WatchSession::problem, this, [this](const QString& message) {
        m_problem = message;
        updateStatus();
    });
    connect(m_session, &WatchSession::runningChanged, this, [this](bool running) {
        m_startStop->setText(running ? tr("&Stop") : tr("&Start"));
        for (QWidget* field : {static_cast<QWidget*>(m_local), static_cast<QWidget*>(m_remote),
                               static_cast<QWidget*>(m_ignore), static_cast<QWidget*>(m_delete),
                               static_cast<QWidget*>(m_uploadFirst)})
            field->setEnabled(!running);
        updateStatus();
        Q_EMIT runningChanged(running);
    });
    connect(m_session, &WatchSession::idle, this, &WatchPanel::updateStatus);
    updateStatus();
}

WatchPanel::~WatchPanel() = default;

void WatchPanel::setTarget(const QString& siteId, const QString& serverName, const QString& localFolder,
                           const QString& remoteFolder)
{
    if (m_session->isRunning() && siteId != m_siteId)
        stop();
    m_siteId = siteId;
    m_serverName = serverName;
    if (!m_session->isRunning()) {
        if (!localFolder.isEmpty())
            m_local->setPath(localFolder);
        if (!remoteFolder.isEmpty())
            m_remote->setText(remoteFolder);
    }
    updateStatus();
}

QString WatchPanel::statusText() const
{
    return m_status->text();
}

void WatchPanel::saveFields() const
{
    const std::unique_ptr<QSettings> settings = AppSettings::openSettings();
    settings->beginGroup(QStringLiteral("keepUpToDate"));
    settings->setValue(QStringLiteral("ignore"), m_ignore->text());
    settings->setValue(QStringLiteral("delete"), m_delete->isChecked());
    settings->setValue(QStringLiteral("uploadFirst"), m_uploadFirst->isChecked());
}

bool WatchPanel::start()
{
    m_problem.clear();
    if (m_siteId.isEmpty() || !m_queue->site(m_siteId)) {
        m_problem = tr("Connect to a server first.");
        updateStatus();
        return false;
    }
    WatchSession::Settings settings;
    settings.localRoot = m_local->path();
    settings.remoteRoot = m_remote->text().trimmed();
    settings.siteId = m_siteId;
    settings.deleteRemote = m_delete->isChecked();
    settings.watch.ignore =
        m_ignore->text().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (!settings.remoteRoot.startsWith(QLatin1Char('/'))) {
        m_problem = tr("The remote folder must be an absolute path (starting with /).");
        updateStatus();
        return false;
    }
    QString error;
    if (!m_session->start(settings, &error)) {
        m_problem = error;
        updateStatus();
        return false;
    }
    saveFields();
    if (m_uploadFirst->isChecked()) {
        // The queue's folder job skips files that are the same on the server already.
        TransferJobRequest request;
        request.siteId = m_siteId;
        request.direction = TransferDirection::Upload;
        request.folder = true;
        request.localPath = settings.localRoot;
        request.remotePath = RemotePath::normalize(settings.remoteRoot);
        request.existsAction = FileExistsAction::OverwriteIfNewerOrSizeDiffers;
        request.excludeGlobs = settings.watch.ignore;
        for (QString& pattern : request.excludeGlobs) {
            while (pattern.size() > 1 && pattern.endsWith(QLatin1Char('/')))
                pattern.chop(1);
        }
        if (!m_queue->addJob(request, &error)) {
            m_problem = error;
            updateStatus();
        }
    }
    return true;
}

void WatchPanel::stop()
{
    m_session->stop();
}

void WatchPanel::addEvent(const WatchSession::Event& event)
{
    auto* item = new QTreeWidgetItem;
    item->setText(0, event.time.toString(QStringLiteral("HH:mm:ss")));
    QString what;
    switch (event.kind) {
    case WatchSession::Event::Kind::Uploaded:
        what = tr("Uploaded");
        item->setText(3, RemoteFileModel::formatSize(qMax<qint64>(0, event.size)));
        break;
    case WatchSession::Event::Kind::Deleted:
        what = tr("Deleted");
        break;
    case WatchSession::Event::Kind::FolderCreated:
        what = tr("Folder created");
        break;
    case WatchSession::Event::Kind::Failed:
        what = tr("Failed");
        item->setText(3, event.message);
        item->setToolTip(3, event.message);
        item->setIcon(1, QIcon(QStringLiteral(":/ui/icons/error.svg")));
        break;
    }
    item->setText(1, what);
    item->setText(2, event.path);
    item->setData(1, Qt::UserRole, WatchSession::eventKindKey(event.kind));
    m_events->insertTopLevelItem(0, item);
    while (m_events->topLevelItemCount() > MaxRows)
        delete m_events->takeTopLevelItem(m_events->topLevelItemCount() - 1);
    updateStatus();
}

void WatchPanel::updateStatus()
{
    QString text;
    if (m_session->isRunning()) {
        const WatchSession::Settings s = m_session->settings();
        text = tr("Watching %1 → %2 on %3: %4 uploaded, %5 deleted, %6 failed%7")
                   .arg(QDir::toNativeSeparators(s.localRoot), s.remoteRoot, m_serverName)
                   .arg(m_session->uploadCount())
                   .arg(m_session->deleteCount())
                   .arg(m_session->failureCount())
                   .arg(m_session->isBusy() ? tr(" (busy)") : QString());
    } else if (m_siteId.isEmpty()) {
        text = tr("Connect to a server, pick a folder, and Start: every file saved in it is uploaded.");
    } else {
        text = tr("Stopped.");
    }
    if (!m_problem.isEmpty())
        text += QLatin1Char('\n') + m_problem;
    m_status->setText(text);
}

} // namespace Ferry
