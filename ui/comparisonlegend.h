#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

namespace Ferry {

class DirectoryComparison;

// A strip that explains the comparison marks (a swatch and a word for each) and counts what differs;
// the window shows it while the comparison is on.
class ComparisonLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonLegend)

public:
    explicit ComparisonLegend(DirectoryComparison* comparison, QWidget* parent = nullptr);
    ~ComparisonLegend() override;

    QString summaryText() const;
    // The comparison it speaks of (the tab shown).
    void setComparison(DirectoryComparison* comparison);

private:
    void update();

    QPointer<DirectoryComparison> m_comparison;
    QLabel* m_summary;
};

} // namespace Ferry
