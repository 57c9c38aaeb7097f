#include "comparisonlegend.h"

#include "comparisondelegate.h"
#include "directorycomparison.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace Ferry {

namespace {

QPixmap swatch(const QColor& color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    QColor solid = color;
    solid.setAlpha(200);
    painter.setBrush(solid);
    painter.setPen(Qt::NoPen);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 2, 2);
    return pixmap;
}

} // namespace

ComparisonLegend::ComparisonLegend(DirectoryComparison* comparison, QWidget* parent)
    : QWidget(parent), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("comparisonLegend"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    const struct
    {
        SyncState state;
        QString text;
    } marks[] = {
        {SyncState::OnlyLocal, tr("one side only")},
        {SyncState::LocalNewer, tr("newer (older: grey)")},
        {SyncState::SizeDiffers, tr("size")},
        {SyncState::TypeDiffers, tr("file/folder")},
    };
    QStringList tips;
    for (const auto& mark : marks) {
        auto* icon = new QLabel(this);
        icon->setPixmap(swatch(ComparisonDelegate::markColor(mark.state, DirectoryComparison::Side::Local)));
        auto* text = new QLabel(mark.text, this);
        layout->addWidget(icon);
        layout->addWidget(text);
        layout->addSpacing(6);
        tips << mark.text;
    }
    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    layout->addWidget(m_summary);
    setToolTip(tr("Directory comparison: the marks show how each entry differs from the other pane's folder; "
                  "point at an entry for the sizes and times."));
    setComparison(comparison);
}

void ComparisonLegend::setComparison(DirectoryComparison* comparison)
{
    if (m_comparison)
        m_comparison->disconnect(this);
    m_comparison = comparison;
    if (comparison)
        connect(comparison, &DirectoryComparison::compared, this, &ComparisonLegend::update);
    update();
}

ComparisonLegend::~ComparisonLegend() = default;

QString ComparisonLegend::summaryText() const
{
    return m_summary->text();
}

void ComparisonLegend::update()
{
    const QString summary = m_comparison ? m_comparison->summary() : QString();
    m_summary->setText(summary.isEmpty() ? QString() : QStringLiteral("— ") + summary);
}

} // namespace Ferry
