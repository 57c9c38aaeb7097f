#include "copyablefield.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QIcon>
#include <QLineEdit>
#include <QToolButton>
#include <QToolTip>

namespace Ferry {

CopyableField::CopyableField(const QString& value, const Texts& texts, QWidget* parent)
    : QWidget(parent), m_value(value), m_text(new QLineEdit(value, this)), m_copy(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text->setReadOnly(true);
    m_text->setFrame(false);
    m_text->setCursorPosition(0);
    m_copy->setIcon(QIcon(QStringLiteral(":/ui/icons/copy.svg")));
    m_copy->setAutoRaise(true);
    m_copy->setToolTip(texts.toolTip);
    m_copy->setAccessibleName(texts.accessibleName);
    connect(m_copy, &QToolButton::clicked, this,
            [this, copied = texts.copied] { copy(m_copy, m_value, copied); });
    layout->addWidget(m_text, 1);
    layout->addWidget(m_copy);
}

void CopyableField::copy(QWidget* anchor, const QString& value, const QString& message)
{
    QApplication::clipboard()->setText(value);
    QToolTip::showText(anchor->mapToGlobal(QPoint(0, anchor->height())), message, anchor);
}

} // namespace Ferry
