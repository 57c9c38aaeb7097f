#include "syncfeatures.h"

#include "actionfactory.h"
#include "appsettings.h"
#include "client/checksumoperation.h"
#include "comparisonlegend.h"
#include "connectionsession.h"
#include "directorycomparison.h"
#include "filepane.h"
#include "localpane.h"
#include "protocol/remotepath.h"
#include "queuenotifier.h"
#include "remoteeditpanel.h"
#include "remotepane.h"
#include "sync/remotecommandqueue.h"
#include "sync/syncchecksums.h"
#include "sync/timeoffset.h"
#include "sync/timeoffsetprobe.h"
#include "syncbrowsing.h"
#include "synchronizedialog.h"
#include "transfer/transferengine.h"
#include "watchpanel.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>

namespace Ferry {

namespace {

SyncCriteria criteriaFromKey(const QString& key)
{
    if (key == QLatin1String("size"))
        return SyncCriterion::Size;
    if (key == QLatin1String("time"))
        return SyncCriterion::Time;
    return SyncCriterion::Size | SyncCriterion::Time;
}

} // namespace

SyncFeatures::SyncFeatures(QMainWindow* window, TransferEngine* queue)
    : QObject(window), m_window(window), m_queue(queue)
{
    const std::unique_ptr<QSettings> settings = AppSettings::openSettings();
    settings->beginGroup(QStringLiteral("sync"));

    m_compare = createAction(window, QStringLiteral("actionCompareDirectories"), QStringLiteral("compare"),
                             tr("&Compare Directories"), QKeySequence(tr("Ctrl+O")));
    m_compare->setCheckable(true);
    m_compare->setToolTip(
        tr("Mark what differs between the two folders shown: green only on one side, orange "
           "newer (grey the older side), red another size, purple file against folder"));
    m_compareBy = new QActionGroup(this);
    const QString by = settings->value(QStringLiteral("compareBy"), QStringLiteral("both")).toString();
    for (const auto& [key, text] : {std::pair{QStringLiteral("both"), tr("Size and Time")},
                                    std::pair{QStringLiteral("size"), tr("Size Only")},
                                    std::pair{QStringLiteral("time"), tr("Time Only")}}) {
        QAction* action = m_compareBy->addAction(text);
        action->setCheckable(true);
        action->setData(key);
        action->setObjectName(QStringLiteral("compareBy_") +
                              key); // settings of the Sync menu, reached by its mnemonics
        action->setChecked(key == by);
    }
    m_syncBrowsing = createAction(window, QStringLiteral("actionSyncBrowsing"), QStringLiteral("sync"),
                                  tr("S&ynchronized Browsing"), QKeySequence(tr("Ctrl+Y")));
    m_syncBrowsing->setCheckable(true);
    m_syncBrowsing->setToolTip(tr("Going into a folder in one pane goes to the same folder in the other"));
    m_synchronize = createAction(window, QStringLiteral("actionSynchronize"), QStringLiteral("sync"),
                                 tr("&Synchronize…"), QKeySequence(tr("Ctrl+Shift+Y")));
    m_keepUpToDate = createAction(window, QStringLiteral("actionKeepUpToDate"), QStringLiteral("watch"),
                                  tr("&Keep Remote Up to Date…"), QKeySequence(tr("Ctrl+Shift+U")));
    m_keepUpToDate->setCheckable(true);
    m_edit = createAction(window, QStringLiteral("actionEditRemote"), QStringLiteral("edit"), tr("&Edit"),
                          QKeySequence(tr("Ctrl+E")));
    m_edit->setToolTip(tr("Open the remote file in an editor and upload it whenever it is saved"));
    m_editedFiles = createAction(window, QStringLiteral("actionEditedFiles"), QStringLiteral("edit"),
                                 tr("Edited &Files"), QKeySequence(tr("Ctrl+Shift+F")));
    m_editedFiles->setCheckable(true);
    // A setting of the Sync menu (reached by its mnemonics), not an action with a key.
    m_notifications = createAction(window, QStringLiteral("syncNotifications"), QString(),
                                   tr("&Notify When Transfers Finish"));
    m_notifications->setCheckable(true);
    m_notifications->setChecked(settings->value(QStringLiteral("notify"), true).toBool());

    // Docks (hidden until asked for; the window's saved state may show them again).
    m_watchPanel = new WatchPanel(queue, window);
    m_watchDock = new QDockWidget(tr("Keep Remote Up to Date"), window);
    m_watchDock->setObjectName(QStringLiteral("watchDock"));
    m_watchDock->setWidget(m_watchPanel);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_watchDock);
    m_watchDock->hide();
    m_editPanel = new RemoteEditPanel(queue, window);
    m_editDock = new QDockWidget(tr("Edited Files"), window);
    m_editDock->setObjectName(QStringLiteral("editDock"));
    m_editDock->setWidget(m_editPanel);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_editDock);
    m_editDock->hide();
    // Tabs next to the message log and the transfer queue, which they share the window's bottom with.
    if (auto* log = window->findChild<QDockWidget*>(QStringLiteral("logDock"))) {
        window->tabifyDockWidget(log, m_watchDock);
        window->tabifyDockWidget(log, m_editDock);
    }

    // The Sync menu, before Help.
    m_menu = new QMenu(tr("S&ync"), window);
    m_menu->setObjectName(QStringLiteral("syncMenu"));
    m_menu->addAction(m_compare);
    QMenu* byMenu = m_menu->addMenu(tr("Compare &By"));
    byMenu->addActions(m_compareBy->actions());
    m_menu->addAction(m_syncBrowsing);
    m_menu->addSeparator();
    m_menu->addAction(m_synchronize);
    m_menu->addAction(m_keepUpToDate);
    m_menu->addSeparator();
    m_menu->addAction(m_edit);
    m_menu->addAction(m_editedFiles);
    m_menu->addSeparator();
    m_menu->addAction(m_notifications);
    const QList<QAction*> menus = window->menuBar()->actions();
    if (menus.isEmpty())
        window->menuBar()->addMenu(m_menu);
    else
        window->menuBar()->insertMenu(menus.last(), m_menu);

    m_notifier = new QueueNotifier(queue, window);
    m_notifier->setEnabled(m_notifications->isChecked());
    // The watcher's and the editor's own uploads are not worth a notification each.
    m_notifier->setIgnore([this](const TransferJobSnapshot& job) {
        const QString local = QDir::cleanPath(job.localPath);
        const auto below = [&local](const QString& folder) {
            return !folder.isEmpty() && local.startsWith(QDir::cleanPath(folder) + QLatin1Char('/'));
        };
        if (below(m_editPanel->editor()->workFolder()))
            return true;
        return !job.folder && m_watchPanel->isRunning() &&
               below(m_watchPanel->session()->settings().localRoot);
    });

    connect(m_compare, &QAction::toggled, this, [this](bool on) {
        if (!m_session)
            return;
        stateOf(m_session).comparison->setEnabled(on);
        m_legend->setVisible(on);
    });
    connect(m_compareBy, &QActionGroup::triggered, this, [this](QAction* action) {
        const std::unique_ptr<QSettings> s = AppSettings::openSettings();
        s->setValue(QStringLiteral("sync/compareBy"), action->data().toString());
        applyCompareOptions();
    });
    connect(m_syncBrowsing, &QAction::toggled, this, [this](bool on) {
        if (!m_session)
            return;
        QString error;
        if (!stateOf(m_session).browsing->setEnabled(on, &error)) {
            m_syncBrowsing->setChecked(false);
            m_window->statusBar()->showMessage(error, 5000);
        }
    });
    connect(m_synchronize, &QAction::triggered, this, &SyncFeatures::openSynchronizeDialog);
    connect(m_keepUpToDate, &QAction::toggled, this, [this](bool on) {
        // Opened: the panes' folders are the pair offered (unless it watches already).
        if (on && m_session && m_session->isConnected() && !m_watchPanel->isRunning())
            m_watchPanel->setTarget(m_session->siteId(), ConnectionSession::describeLogin(m_session->login()),
                                    m_session->localPane()->currentPath(),
                                    m_session->remotePane()->currentPath());
        m_watchDock->setVisible(on);
    });
    connect(m_watchDock, &QDockWidget::visibilityChanged, m_keepUpToDate, [this](bool visible) {
        if (!m_window->isVisible())
            return;
        m_keepUpToDate->setChecked(visible);
        if (visible)
            m_watchDock->raise();
    });
    connect(m_editedFiles, &QAction::toggled, m_editDock, &QDockWidget::setVisible);
    connect(m_editDock, &QDockWidget::visibilityChanged, m_editedFiles, [this](bool visible) {
        if (m_window->isVisible())
            m_editedFiles->setChecked(visible);
    });
    connect(m_edit, &QAction::triggered, this, &SyncFeatures::editSelection);
    connect(m_notifications, &QAction::toggled, this, [this](bool on) {
        m_notifier->setEnabled(on);
        const std::unique_ptr<QSettings> s = AppSettings::openSettings();
        s->setValue(QStringLiteral("sync/notify"), on);
    });
    connect(m_editPanel->editor(), &RemoteEditor::opened, this, [this] {
        m_editDock->show();
        m_editDock->raise();
    });
    connect(queue, &TransferEngine::fileFinished, this, &SyncFeatures::onFileFinished);
    updateActions();
}

SyncFeatures::~SyncFeatures() = default;

SyncFeatures::PerSession& SyncFeatures::stateOf(ConnectionSession* session)
{
    PerSession& state = m_sessions[session];
    if (!state.comparison) {
        state.comparison = new DirectoryComparison(session->localPane(), session->remotePane(), session);
        state.comparison->setOptions(compareOptions());
        state.browsing =
            new SyncBrowsing(session->localPane(), session->remotePane(), session->client(), session);
        connect(state.browsing, &SyncBrowsing::statusMessage, this,
                [this](const QString& text) { m_window->statusBar()->showMessage(text, 5000); });
        connect(session, &QObject::destroyed, this, [this, session] { m_sessions.remove(session); });
        connect(session, &ConnectionSession::stateChanged, this, [this, session] {
            if (session == m_session)
                onConnectionChanged();
        });
        connect(session, &ConnectionSession::actionsChanged, this, &SyncFeatures::updateActions);
    }
    return state;
}

void SyncFeatures::setSession(ConnectionSession* session)
{
    m_session = session;
    if (!m_legend) {
        DirectoryComparison* comparison = stateOf(session).comparison;
        m_legend = new ComparisonLegend(comparison, m_window);
        m_window->statusBar()->addWidget(m_legend);
        m_legend->hide();
    }
    const PerSession& state = stateOf(session);
    m_legend->setComparison(state.comparison);
    const QSignalBlocker blockCompare(m_compare);
    const QSignalBlocker blockBrowsing(m_syncBrowsing);
    m_compare->setChecked(state.comparison->isEnabled());
    m_syncBrowsing->setChecked(state.browsing->isEnabled());
    m_legend->setVisible(state.comparison->isEnabled());
    onConnectionChanged();
}

ConnectionSession* SyncFeatures::session() const
{
    return m_session;
}

SynchronizeDialog* SyncFeatures::synchronizeDialog() const
{
    return m_dialog;
}

DirectoryComparison* SyncFeatures::comparison() const
{
    return m_session ? m_sessions.value(m_session).comparison : nullptr;
}

SyncBrowsing* SyncFeatures::browsing() const
{
    return m_session ? m_sessions.value(m_session).browsing : nullptr;
}

SyncCompareOptions SyncFeatures::compareOptions() const
{
    SyncCompareOptions options;
    const QAction* checked = m_compareBy->checkedAction();
    options.criteria = criteriaFromKey(checked ? checked->data().toString() : QString());
    if (m_session && m_session->isConnected())
        options.remoteTimeOffsetSecs =
            TimeOffsetStore::offset(TimeOffsetStore::serverKey(m_session->login())).value_or(0);
    return options;
}

void SyncFeatures::applyCompareOptions()
{
    const SyncCompareOptions options = compareOptions();
    for (const PerSession& state : std::as_const(m_sessions))
        state.comparison->setOptions(options);
}

void SyncFeatures::onConnectionChanged()
{
    if (!m_session)
        return;
    applyCompareOptions();
    if (m_session->isConnected()) {
        if (!m_watchPanel->isRunning())
            m_watchPanel->setTarget(m_session->siteId(), ConnectionSession::describeLogin(m_session->login()),
                                    QString(), QString());
    } else {
        const PerSession& state = stateOf(m_session);
        state.browsing->setEnabled(false);
        m_syncBrowsing->setChecked(false);
    }
    updateActions();
}

void SyncFeatures::updateActions()
{
    const bool connected = m_session && m_session->isConnected();
    m_syncBrowsing->setEnabled(connected);
    m_synchronize->setEnabled(connected);
    bool remoteFile = false;
    if (connected && m_session->activePane() == m_session->remotePane()) {
        for (const RemoteItem& item : m_session->remotePane()->selectedItems())
            remoteFile = remoteFile || !item.isDir;
    }
    m_edit->setEnabled(remoteFile);
}

void SyncFeatures::addPaneActions(QMenu* menu, FilePane* pane)
{
    if (!m_session || pane != m_session->remotePane())
        return;
    updateActions();
    QAction* before = menu->actions().isEmpty() ? nullptr : menu->actions().value(1);
    menu->insertAction(before, m_edit);
}

void SyncFeatures::editSelection()
{
    if (!m_session || !m_session->isConnected())
        return;
    int opened = 0;
    for (const RemoteItem& item : m_session->remotePane()->selectedItems()) {
        if (!item.isDir && m_editPanel->open(m_session->siteId(), item.path))
            ++opened;
    }
    if (opened) {
        m_editDock->show();
        m_editDock->raise();
    }
}

void SyncFeatures::openSynchronizeDialog()
{
    if (!m_session || !m_session->isConnected())
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    const bool checksums = chooseChecksumMethod(m_session->client()->capabilities()).has_value();
    auto* dialog = new SynchronizeDialog(m_queue, m_session->siteId(), m_session->localPane()->currentPath(),
                                         m_session->remotePane()->currentPath(), checksums, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<ConnectionSession> session = m_session;
    connect(dialog, &SynchronizeDialog::runFinished, this, [session] {
        if (session) {
            session->localPane()->refresh();
            session->remotePane()->refresh();
        }
    });
    m_dialog = dialog;
    dialog->show();
}

void SyncFeatures::onFileFinished(quint64 jobId, const QString& sourcePath, bool transferred)
{
    // The first upload to a server whose time offset is not known yet teaches it.
    const std::optional<TransferJobSnapshot> job = m_queue->job(jobId);
    if (!transferred || !job || job->direction != TransferDirection::Upload)
        return;
    const std::optional<TransferSite> site = m_queue->site(job->siteId);
    if (!site || m_probing.contains(job->siteId))
        return;
    const QString key = TimeOffsetStore::serverKey(site->login);
    if (TimeOffsetStore::offset(key))
        return;
    QString remotePath = job->remotePath;
    if (job->folder) {
        const QString relative = QDir(job->localPath).relativeFilePath(sourcePath);
        remotePath = RemotePath::join(job->remotePath, QDir::fromNativeSeparators(relative));
    }
    RemoteCommandQueue* remote = RemoteCommandQueue::forSite(m_queue, job->siteId);
    m_probing.insert(job->siteId);
    const QDateTime finished = QDateTime::currentDateTimeUtc();
    const QString siteId = job->siteId;
    probeRemoteTimeOffset(
        remote, *site, remotePath, finished.addSecs(-10), finished, this,
        [this, siteId](std::optional<qint64> offset) {
            m_probing.remove(siteId);
            if (!offset)
                return;
            if (*offset != 0)
                m_window->statusBar()->showMessage(
                    tr("The server's clock is %1 s off this computer's; comparisons allow for it.")
                        .arg(*offset),
                    8000);
            applyCompareOptions();
        });
}

} // namespace Ferry
