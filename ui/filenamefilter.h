#pragma once

#include <QRegularExpression>
#include <QString>

namespace Ferry {

// The panes' filter-as-you-type: the names that contain the text, in any case; with * or ? in it, the
// names that match it as a wildcard pattern (anywhere in the name). Empty or blank text matches all.
class FileNameFilter final
{
public:
    void setText(const QString& text);
    QString text() const { return m_text; }
    bool isEmpty() const { return m_trimmed.isEmpty(); }
    bool matches(const QString& name) const;

private:
    QString m_text;
    QString m_trimmed;
    bool m_wildcard = false;
    QRegularExpression m_expression;
};

} // namespace Ferry
