#include "connectiontabs.h"

#include "connectionsession.h"
#include "protocol/remotepath.h"
#include "transferactions.h"

#include <QIcon>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>

namespace Ferry {

ConnectionTabs::ConnectionTabs(TransferActions* transfers, PasswordStore* passwords,
                               std::shared_ptr<SessionBudget> budget, QWidget* parent)
    : QTabWidget(parent), m_transfers(transfers), m_passwords(passwords), m_budget(std::move(budget))
{
    setObjectName(QStringLiteral("connectionTabs"));
    setDocumentMode(true);
    setTabsClosable(true);
    setMovable(true);
    setTabBarAutoHide(true);
    tabBar()->setFocusPolicy(Qt::NoFocus); // the keys stay in the panes
    tabBar()->setExpanding(false);
    tabBar()->setElideMode(Qt::ElideMiddle);
    connect(this, &QTabWidget::tabCloseRequested, this, [this](int index) { closeTab(at(index)); });
}

ConnectionTabs::~ConnectionTabs() = default;

ConnectionSession* ConnectionTabs::current() const
{
    return static_cast<ConnectionSession*>(currentWidget());
}

ConnectionSession* ConnectionTabs::at(int index) const
{
    return static_cast<ConnectionSession*>(widget(index));
}

QList<ConnectionSession*> ConnectionTabs::sessionsFor(const QString& siteId) const
{
    QList<ConnectionSession*> sessions;
    for (int i = 0; i < count(); ++i) {
        if (!siteId.isEmpty() && at(i)->siteId() == siteId)
            sessions << at(i);
    }
    if (sessions.isEmpty() && current())
        sessions << current(); // no tab on that server (any more): the one shown
    return sessions;
}

ConnectionSession* ConnectionTabs::addSession()
{
    auto* session = new ConnectionSession(m_transfers, m_passwords, m_budget, this);
    session->setShowHidden(m_showHidden);
    connect(session, &ConnectionSession::stateChanged, this, &ConnectionTabs::updateTitles);
    connect(session, &ConnectionSession::remoteFolderShown, this, &ConnectionTabs::updateTitles);
    connect(m_transfers, &TransferActions::remoteFolderChanged, session,
            &ConnectionSession::remoteFolderChanged);
    Q_EMIT sessionAdded(session);
    addTab(session, session->title());
    updateTitles();
    Q_EMIT tabsChanged();
    return session;
}

ConnectionSession* ConnectionTabs::newTab()
{
    ConnectionSession* like = current();
    ConnectionSession* created = addSession();
    if (like)
        created->copyLayout(*like);
    setCurrentWidget(created);
    return created;
}

ConnectionSession* ConnectionTabs::sessionFor(TabChoice where)
{
    ConnectionSession* shown = current();
    if (where == TabChoice::Current || (where == TabChoice::NewIfBusy && !shown->isBusy()) ||
        (where == TabChoice::NewUnlessBlank && !shown->isBusy() && !shown->hasServer()))
        return shown;
    return newTab();
}

void ConnectionTabs::showNext()
{
    setCurrentIndex((currentIndex() + 1) % count());
}

void ConnectionTabs::showPrevious()
{
    setCurrentIndex((currentIndex() + count() - 1) % count());
}

void ConnectionTabs::updateTitles()
{
    for (int i = 0; i < count(); ++i) {
        const ConnectionSession* tab = at(i);
        QString text = tab->title();
        for (int j = 0; j < count(); ++j) {
            if (j != i && at(j)->title() == tab->title() && !tab->lastRemotePath().isEmpty()) {
                const QString folder = RemotePath::fileName(tab->lastRemotePath());
                text = tr("%1 (%2)").arg(text, folder.isEmpty() ? QStringLiteral("/") : folder);
                break;
            }
        }
        setTabText(i, text);
        setTabToolTip(i, tab->stateText());
        setTabIcon(i, QIcon(tab->isConnected() ? QStringLiteral(":/ui/icons/connect.svg")
                                               : QStringLiteral(":/ui/icons/disconnect.svg")));
    }
}

void ConnectionTabs::closeTab(ConnectionSession* session)
{
    if (!session)
        return;
    // Transfers of a server another tab shows keep a tab; others would be left without one.
    int transfers = session->siteId().isEmpty() ? 0 : m_transfers->pendingJobCount(session->siteId());
    for (int i = 0; i < count() && transfers > 0; ++i) {
        if (at(i) != session && at(i)->siteId() == session->siteId())
            transfers = 0;
    }
    if (transfers == 0) {
        removeSession(session);
        return;
    }
    setCurrentWidget(session);
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Close the tab?"),
        tr("%n transfer(s) to or from %1 are queued or running. They run on connections of their own and "
           "can go on without this tab.",
           nullptr, transfers)
            .arg(session->title()),
        QMessageBox::NoButton, window());
    box->setObjectName(QStringLiteral("confirmCloseTab"));
    QPushButton* keep = box->addButton(tr("Close, &transfers go on"), QMessageBox::AcceptRole);
    QPushButton* cancel = box->addButton(tr("Close and &cancel them"), QMessageBox::DestructiveRole);
    box->addButton(tr("&Keep the tab"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<ConnectionSession> target(session);
    connect(box, &QMessageBox::finished, this, [this, box, keep, cancel, target](int) {
        if (!target || (box->clickedButton() != keep && box->clickedButton() != cancel))
            return;
        if (box->clickedButton() == cancel)
            m_transfers->cancelJobsOf(target->siteId());
        removeSession(target);
    });
    box->open();
}

void ConnectionTabs::removeSession(ConnectionSession* session)
{
    if (count() == 1)
        newTab(); // never without a tab: a fresh one like it takes its place
    removeTab(indexOf(session));
    session->disconnectFromServer();
    session->deleteLater();
    updateTitles();
    Q_EMIT tabsChanged();
}

void ConnectionTabs::setShowHidden(bool show)
{
    m_showHidden = show;
    for (int i = 0; i < count(); ++i)
        at(i)->setShowHidden(show);
}

void ConnectionTabs::quitServers()
{
    for (int i = 0; i < count(); ++i)
        at(i)->quitServer();
}

void ConnectionTabs::saveTabs(QSettings& settings) const
{
    settings.remove(QStringLiteral("tabs"));
    settings.beginWriteArray(QStringLiteral("tabs"), count());
    for (int i = 0; i < count(); ++i) {
        settings.setArrayIndex(i);
        at(i)->saveState(settings);
        at(i)->saveServer(settings);
    }
    settings.endArray();
    settings.setValue(QStringLiteral("currentTab"), currentIndex());
}

void ConnectionTabs::restoreTabs(QSettings& settings)
{
    const int tabs = settings.beginReadArray(QStringLiteral("tabs"));
    for (int i = 0; i < tabs; ++i) {
        settings.setArrayIndex(i);
        ConnectionSession* restored = addSession();
        restored->restoreState(settings);
        restored->restoreServer(settings);
    }
    settings.endArray();
    if (tabs == 0)
        addSession()->restoreState(settings);
    setCurrentIndex(qBound(0, settings.value(QStringLiteral("currentTab"), 0).toInt(), count() - 1));
}

} // namespace Ferry
