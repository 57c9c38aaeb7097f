#pragma once

#include <QList>
#include <QString>
#include <QTableWidget>

namespace Ferry {

// The server panel's named accounts, one row each: the user name, the password (shown as dots, edited in
// a password field) and the access (read-write or read-only, edited with a drop-down). Double-click a
// cell to change it. The texts are translated in ServerPanel's context (they were its own).
class ServerAccountsTable final : public QTableWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerAccountsTable)

public:
    enum Column
    {
        NameColumn,
        PasswordColumn,
        AccessColumn,
        ColumnCount
    };

    struct Account
    {
        QString name;
        QString password;
        bool writable = true;
    };

    explicit ServerAccountsTable(QWidget* parent = nullptr);
    ~ServerAccountsTable() override;

    // Appends a row.
    void addAccount(const Account& account);
    // Every row, names trimmed (empty rows too).
    QList<Account> accounts() const;
};

} // namespace Ferry
