#pragma once

#include <QTabWidget>
#include <memory>

class QSettings;

namespace Ferry {

class ConnectionSession;
class PasswordStore;
class SessionBudget;
class TransferActions;

// Where a new connection goes.
enum class TabChoice
{
    Current,        // replaces the connection of the tab shown
    NewIfBusy,      // the tab shown when it is not connected (nor connecting), else a new tab
    NewUnlessBlank, // the tab shown when it never had a server (a fresh window), else a new tab
    New             // always a new tab
};

// The window's connection tabs, one ConnectionSession each: creating them (a new tab takes the shown
// one's local folder and columns), naming them (the server; and the folder where two tabs show the same
// server), closing them (asking first when transfers of the tab's server would be left without a tab; the
// last tab is replaced by a fresh one), and keeping them across restarts (servers and folders, never
// passwords). The bar shows once there are two tabs. All sessions share the window's TransferActions and
// SessionBudget.
class ConnectionTabs final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTabs)

public:
    ConnectionTabs(TransferActions* transfers, PasswordStore* passwords,
                   std::shared_ptr<SessionBudget> budget, QWidget* parent = nullptr);
    ~ConnectionTabs() override;

    ConnectionSession* current() const;
    ConnectionSession* at(int index) const;
    // The sessions on a queue site (the one shown when no tab is on it any more).
    QList<ConnectionSession*> sessionsFor(const QString& siteId) const;
    SessionBudget* budget() const { return m_budget.get(); }

    // A new tab like the one shown (its local folder, columns and log level), shown.
    ConnectionSession* newTab();
    // The tab a new connection goes to (a new one when `where` asks for it).
    ConnectionSession* sessionFor(TabChoice where);
    // Closes a tab; asks first (non-modal) when transfers of its server are queued or running and no
    // other tab shows that server: they go on, or are canceled.
    void closeTab(ConnectionSession* session);
    void showNext();
    void showPrevious();

    void setShowHidden(bool show);
    // Says QUIT on every tab's connection (the window is closing).
    void quitServers();
    // The tabs in the current settings group: an array "tabs" of their folders and servers, and the tab
    // shown. Without that array (settings of versions without tabs) the group itself holds one tab's
    // folders.
    void saveTabs(QSettings& settings) const;
    void restoreTabs(QSettings& settings);

Q_SIGNALS:
    // A tab was made: the window connects it to the log dock, the status bar and its actions.
    void sessionAdded(Ferry::ConnectionSession* session);
    // A tab was added or removed.
    void tabsChanged();

private:
    ConnectionSession* addSession();
    void removeSession(ConnectionSession* session);
    void updateTitles();

    TransferActions* m_transfers;
    PasswordStore* m_passwords;
    std::shared_ptr<SessionBudget> m_budget;
    bool m_showHidden = false;
};

} // namespace Ferry
