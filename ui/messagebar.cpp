#include "messagebar.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace Ferry {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setTextFormat(Qt::PlainText);
    m_close->setAutoRaise(true);
    m_close->setIcon(QIcon(QStringLiteral(":/ui/icons/close.svg")));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

MessageBar::~MessageBar() = default;

void MessageBar::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    const bool error = kind == Kind::Error;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
        QIcon(error ? QStringLiteral(":/ui/icons/error.svg") : QStringLiteral(":/ui/icons/info.svg"))
            .pixmap(size, size));
    QPalette p = palette();
    const QColor base = palette().color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    const QColor tint = error ? QColor(220, 60, 50) : QColor(50, 120, 220);
    QColor background = tint;
    background.setAlpha(dark ? 90 : 45);
    // Blend by hand: a translucent fill over the window colour.
    const QColor window = palette().color(QPalette::Window);
    const auto mix = [](int a, int b, int alpha) {
        return (a * (255 - alpha) + b * alpha) / 255;
    };
    p.setColor(QPalette::Window, QColor(mix(window.red(), tint.red(), background.alpha()),
                                        mix(window.green(), tint.green(), background.alpha()),
                                        mix(window.blue(), tint.blue(), background.alpha())));
    setPalette(p);
    m_text->setText(text);
    setAccessibleDescription(text);
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}

} // namespace Ferry
