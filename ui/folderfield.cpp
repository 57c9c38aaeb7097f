#include "folderfield.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace Ferry {

FolderField::FolderField(const QString& dialogTitle, QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_title(dialogTitle)
{
    auto* browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setToolTip(dialogTitle);
    browse->setAccessibleName(dialogTitle);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(browse);
    setFocusProxy(m_edit);
    connect(browse, &QToolButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, m_title, m_edit->text());
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, &FolderField::setPath);
        dialog->open();
    });
}

FolderField::~FolderField() = default;

QString FolderField::path() const
{
    const QString text = m_edit->text().trimmed();
    return text.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(text));
}

void FolderField::setPath(const QString& path)
{
    m_edit->setText(QDir::toNativeSeparators(path));
}

} // namespace Ferry
