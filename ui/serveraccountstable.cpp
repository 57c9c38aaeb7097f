#include "serveraccountstable.h"

#include "serverpanel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QStyledItemDelegate>

namespace Ferry {

namespace {

constexpr int NameColumn = ServerAccountsTable::NameColumn;
constexpr int PasswordColumn = ServerAccountsTable::PasswordColumn;
constexpr int AccessColumn = ServerAccountsTable::AccessColumn;

constexpr int WritableRole = Qt::UserRole + 1;

// The accounts table: the password column shows dots and edits in a password field; the access column
// edits with a drop-down (read-write / read-only).
class AccountDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        if (index.column() == PasswordColumn) {
            auto* edit = new QLineEdit(parent);
            edit->setEchoMode(QLineEdit::Password);
            edit->setObjectName(QStringLiteral("accountPasswordEditor"));
            return edit;
        }
        if (index.column() == AccessColumn) {
            auto* box = new QComboBox(parent);
            box->addItem(ServerPanel::tr("Read-write"), true);
            box->addItem(ServerPanel::tr("Read-only"), false);
            return box;
        }
        return QStyledItemDelegate::createEditor(parent, option, index);
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (auto* box = qobject_cast<QComboBox*>(editor)) {
            box->setCurrentIndex(index.data(WritableRole).toBool() ? 0 : 1);
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        if (auto* box = qobject_cast<QComboBox*>(editor)) {
            const bool writable = box->currentData().toBool();
            model->setData(index, writable, WritableRole);
            model->setData(index, box->currentText(), Qt::DisplayRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != PasswordColumn)
            return;
        const bool set = !index.data(Qt::EditRole).toString().isEmpty();
        option->text = set ? QString(8, QChar(0x2022)) : ServerPanel::tr("(enter a password)");
        if (!set)
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    }
};

} // namespace

ServerAccountsTable::ServerAccountsTable(QWidget* parent) : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("serverAccounts"));
    setHorizontalHeaderLabels(
        {ServerPanel::tr("User"), ServerPanel::tr("Password"), ServerPanel::tr("Access")});
    setItemDelegate(new AccountDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(PasswordColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(AccessColumn, QHeaderView::ResizeToContents);
    setMinimumHeight(horizontalHeader()->sizeHint().height() + 3 * verticalHeader()->defaultSectionSize() +
                     4);
    setMaximumHeight(horizontalHeader()->sizeHint().height() + 5 * verticalHeader()->defaultSectionSize() +
                     4);
    setAccessibleName(ServerPanel::tr("User accounts"));
    setToolTip(ServerPanel::tr("Named users: double-click a cell to change it."));
}

ServerAccountsTable::~ServerAccountsTable() = default;

void ServerAccountsTable::addAccount(const Account& account)
{
    const int row = rowCount();
    insertRow(row);
    setItem(row, NameColumn, new QTableWidgetItem(account.name));
    auto* password = new QTableWidgetItem;
    password->setData(Qt::EditRole, account.password);
    setItem(row, PasswordColumn, password);
    auto* access =
        new QTableWidgetItem(account.writable ? ServerPanel::tr("Read-write") : ServerPanel::tr("Read-only"));
    access->setData(WritableRole, account.writable);
    setItem(row, AccessColumn, access);
}

QList<ServerAccountsTable::Account> ServerAccountsTable::accounts() const
{
    QList<Account> result;
    for (int row = 0; row < rowCount(); ++row) {
        Account account;
        if (const QTableWidgetItem* cell = item(row, NameColumn))
            account.name = cell->text().trimmed();
        if (const QTableWidgetItem* cell = item(row, PasswordColumn))
            account.password = cell->data(Qt::EditRole).toString();
        if (const QTableWidgetItem* cell = item(row, AccessColumn))
            account.writable = cell->data(WritableRole).toBool();
        result.append(account);
    }
    return result;
}

} // namespace Ferry
